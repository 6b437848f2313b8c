use leptos::prelude::*;

use crate::app::t;
use crate::i18n::Key;

/// `/{lang}/map/`.
#[component]
pub fn MapPage() -> impl IntoView {
    view! {
        <h1 tabindex="-1">{t(Key::MapTitle)}</h1>
        <p class="lead">{t(Key::MapIntro)}</p>
    }
}
