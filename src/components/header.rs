use leptos::prelude::*;

use super::{LanguageSwitcher, SearchBox};
use crate::context::{href, t, use_locale, CurrentRoute};
use portal_core::address::route::MAIN_NAVIGATION;
use portal_core::Key;
use portal_core::Route;

/// The portal's name, the main navigation and the language switcher.
#[component]
pub fn Header() -> impl IntoView {
    let locale = use_locale();
    let current = expect_context::<CurrentRoute>().0;
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
            <nav class="site-nav" aria-label=t(Key::NavLabel) on:focusin=reveal_focused>
                <ul>
                    {MAIN_NAVIGATION.into_iter().map(|(section, label)| {
                        let target = section.clone();
                        let is_current = move || current.with(|r| r.as_ref().is_some_and(|r| r.section() == target));
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
            <ConnectionStatus/>
        </header>
    }
}

/// Brings the section that Tab reaches whole into the row's view (on a phone
/// the row scrolls sideways).
fn reveal_focused(ev: leptos::ev::FocusEvent) {
    use wasm_bindgen::JsCast;
    if let Some(tab) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    {
        crate::browser::reveal_in_row(&tab);
    }
}

/// A line that says when the browser is offline, and is empty otherwise: the
/// visitor knows why a page may be missing, and that saved ones still open.
#[component]
fn ConnectionStatus() -> impl IntoView {
    let offline = RwSignal::new(crate::browser::offline());
    #[cfg(target_arch = "wasm32")]
    {
        let online = window_event_listener(leptos::ev::online, move |_| offline.set(false));
        let gone = window_event_listener(leptos::ev::offline, move |_| offline.set(true));
        on_cleanup(move || {
            online.remove();
            gone.remove();
        });
    }
    view! {
        <p class="connection-status" role="status">
            {move || offline.get().then(|| t(Key::ConnectionOffline))}
        </p>
    }
}
