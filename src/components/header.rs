use leptos::prelude::*;

use super::{LanguageSwitcher, SearchBox};
use crate::app::{href, t, use_locale, CurrentRoute};
use crate::i18n::Key;
use crate::route::Route;

/// The portal's name, the main navigation and the language switcher.
#[component]
pub fn Header() -> impl IntoView {
    let locale = use_locale();
    let current = expect_context::<CurrentRoute>().0;
    let sections = [
        (Route::Home, Key::NavHome),
        (Route::Parks, Key::NavParks),
        (Route::Agreements, Key::NavAgreements),
        (Route::Events, Key::NavEvents),
        (Route::Organisations, Key::NavOrganisations),
        (Route::Map, Key::NavMap),
        (Route::Timeline, Key::NavTimeline),
        (Route::Sources, Key::NavSources),
    ];
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <a class="brand" href=move || href(&Route::Home, locale.get())>
                    <span class="brand__mark" aria-hidden="true">"SA"</span>
                    <span class="brand__name">{t(Key::PortalName)}</span>
                </a>
                <div class="site-header__tools">
                    <SearchBox/>
                    <LanguageSwitcher/>
                </div>
            </div>
            <nav class="site-nav" aria-label=t(Key::NavLabel)>
                <ul>
                    {sections.into_iter().map(|(section, label)| {
                        let target = section.clone();
                        let is_current = move || current.with(|r| r.as_ref().is_some_and(|r| section_of(r) == target));
                        view! {
                            <li>
                                <a href=move || href(&section, locale.get())
                                    aria-current=move || is_current().then_some("page")>
                                    {t(label)}
                                </a>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </nav>
        </header>
    }
}

/// The navigation section a page belongs to, so a park page highlights "Parks".
fn section_of(route: &Route) -> Route {
    match route {
        Route::Park(_) | Route::Parks => Route::Parks,
        Route::Agreement(_) | Route::Agreements => Route::Agreements,
        Route::Event(_) | Route::Events => Route::Events,
        Route::Organisation(_) | Route::Organisations => Route::Organisations,
        Route::Home => Route::Home,
        other => other.clone(),
    }
}
