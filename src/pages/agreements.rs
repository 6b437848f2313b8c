use leptos::prelude::*;

use crate::app::t;
use crate::components::PageMeta;
use crate::i18n::Key;

/// `/{lang}/agreements`: the list of agreements.
#[component]
pub fn AgreementsPage() -> impl IntoView {
    view! {
        <PageMeta title=t(Key::AgreementsTitle) description=t(Key::AgreementsDescription)/>
        <h1 tabindex="-1">{t(Key::AgreementsTitle)}</h1>
        <p class="lead">{t(Key::AgreementsIntro)}</p>
        <p class="notice">{t(Key::PlaceholderComing)}</p>
    }
}
