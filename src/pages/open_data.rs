use leptos::prelude::*;

use crate::app::t;
use crate::i18n::Key;

/// `/{lang}/data/`.
#[component]
pub fn OpenDataPage() -> impl IntoView {
    view! {
        <h1 tabindex="-1">{t(Key::OpenDataTitle)}</h1>
        <p class="lead">{t(Key::OpenDataIntro)}</p>
    }
}
