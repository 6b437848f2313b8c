use leptos::prelude::*;

use crate::app::t;
use crate::components::PageMeta;
use crate::i18n::Key;

/// `/{lang}/parks`: the list of parks.
#[component]
pub fn ParksPage() -> impl IntoView {
    view! {
        <PageMeta title=t(Key::ParksTitle) description=t(Key::ParksDescription)/>
        <h1 tabindex="-1">{t(Key::ParksTitle)}</h1>
        <p class="lead">{t(Key::ParksIntro)}</p>
        <p class="notice">{t(Key::PlaceholderComing)}</p>
    }
}
