use leptos::prelude::*;

use crate::app::t;
use crate::components::PageMeta;
use crate::i18n::Key;

/// `/{lang}/events`: the list of events.
#[component]
pub fn EventsPage() -> impl IntoView {
    view! {
        <PageMeta title=t(Key::EventsTitle) description=t(Key::EventsDescription)/>
        <h1 tabindex="-1">{t(Key::EventsTitle)}</h1>
        <p class="lead">{t(Key::EventsIntro)}</p>
        <p class="notice">{t(Key::PlaceholderComing)}</p>
    }
}
