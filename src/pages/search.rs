use leptos::prelude::*;

use crate::app::t;
use crate::i18n::Key;

/// `/{lang}/search/`.
#[component]
pub fn SearchPage() -> impl IntoView {
    view! {
        <h1 tabindex="-1">{t(Key::SearchTitle)}</h1>
        <p class="lead">{t(Key::SearchIntro)}</p>
    }
}
