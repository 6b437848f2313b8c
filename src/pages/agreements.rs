use leptos::prelude::*;

use crate::app::{t, use_locale};
use crate::components::summaries::{agreement_item, summary_list};
use crate::components::use_catalog;
use crate::data::dates::newest_first;
use crate::i18n::Key;

/// `/{lang}/agreements`: every agreement, newest first.
#[component]
pub fn AgreementsPage() -> impl IntoView {
    let catalog = use_catalog();
    let locale = use_locale();
    let list = move || {
        let l = locale.get();
        let mut agreements: Vec<_> = catalog.data().agreements.iter().collect();
        agreements.sort_by(|a, b| newest_first(a.date.as_ref(), b.date.as_ref()));
        summary_list(
            agreements
                .into_iter()
                .map(|a| agreement_item(&catalog, a, l))
                .collect(),
            l,
        )
    };
    view! {
        <h1 tabindex="-1">{t(Key::AgreementsTitle)}</h1>
        <p class="lead">{t(Key::AgreementsIntro)}</p>
        <div data-list="agreements">{list}</div>
    }
}
