use leptos::prelude::*;

use crate::app::{t, use_locale};
use crate::components::filter_bar::{
    country_facet, filter_bar, none_match, pager, topic_facet, use_filters, vocabulary_facet,
};
use crate::components::summaries::{agreement_item, summary_list};
use crate::data::use_catalog;
use portal_core::dates::newest_first;
use portal_core::filters::{apply, page_of, years, Facet};
use portal_core::model::AgreementKind;
use portal_core::Key;
use portal_core::Route;

/// `/{lang}/agreements/`: every agreement, newest first, filtered by kind,
/// country of a party, topic and year range.
#[component]
pub fn AgreementsPage() -> impl IntoView {
    let catalog = use_catalog();
    let locale = use_locale();
    let filters = use_filters();
    let body = move || {
        let l = locale.get();
        let f = filters.get();
        let all = &catalog.data().agreements;
        let mut agreements = apply(all, &f, &catalog);
        agreements.sort_by(|a, b| newest_first(a.date.as_ref(), b.date.as_ref()));
        let facets = vec![
            vocabulary_facet::<_, AgreementKind>(all, &f, Facet::Kind, &catalog, l),
            country_facet(all, &f, &catalog, l),
            topic_facet(all, &f, &catalog, l),
        ];
        let bar = filter_bar(
            Route::Agreements,
            l,
            &f,
            facets,
            years(all),
            agreements.len(),
            all.len(),
        );
        let (agreements, page, pages) = page_of(agreements, f.page);
        let list = if agreements.is_empty() {
            none_match(l)
        } else {
            summary_list(
                agreements
                    .into_iter()
                    .map(|a| agreement_item(&catalog, a, l))
                    .collect(),
                l,
            )
        };
        view! {
            {bar}
            // Headings must not skip a level: the list's items are h3.
            <h2 class="visually-hidden">{l.text(Key::AgreementsTitle)}</h2>
            <div data-list="agreements">{list}</div>
            {pager(&Route::Agreements, l, &f, page, pages)}
        }
    };
    view! {
        <h1 tabindex="-1">{t(Key::AgreementsTitle)}</h1>
        <p class="lead">{t(Key::AgreementsIntro)}</p>
        {body}
    }
}
