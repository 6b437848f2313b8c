use leptos::prelude::*;

use crate::app::{href, t, use_locale};
use crate::components::PageMeta;
use crate::i18n::Key;
use crate::route::Route;

/// `/{lang}/`: what the portal covers and a way into each section.
#[component]
pub fn HomePage() -> impl IntoView {
    let locale = use_locale();
    let sections = [
        (Route::Parks, Key::NavParks, Key::HomeSectionParks),
        (
            Route::Agreements,
            Key::NavAgreements,
            Key::HomeSectionAgreements,
        ),
        (Route::Events, Key::NavEvents, Key::HomeSectionEvents),
    ];
    view! {
        <PageMeta title=|| "" description=t(Key::HomeDescription)/>
        <section class="hero">
            <h1 tabindex="-1">{t(Key::HomeTitle)}</h1>
            <p class="hero__lead">{t(Key::HomeIntro)}</p>
        </section>
        <ul class="card-grid">
            {sections.into_iter().map(|(route, title, blurb)| view! {
                <li class="card">
                    <h2><a href=move || href(&route, locale.get())>{t(title)}</a></h2>
                    <p>{t(blurb)}</p>
                </li>
            }).collect_view()}
        </ul>
    }
}
