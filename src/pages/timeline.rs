use leptos::prelude::*;

use crate::app::t;
use crate::i18n::Key;

/// `/{lang}/timeline/`.
#[component]
pub fn TimelinePage() -> impl IntoView {
    view! {
        <h1 tabindex="-1">{t(Key::TimelineTitle)}</h1>
        <p class="lead">{t(Key::TimelineIntro)}</p>
    }
}
