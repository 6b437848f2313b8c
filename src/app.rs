//! The router, the shell and the route table.
//!
//! Addresses are parsed by [`crate::route`], the same code the build-time page
//! generator and the native tests use, so this file only maps each
//! [`Route`] to its page. leptos_router provides the history, the link
//! interception and the location signal.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html};
use leptos_router::components::{Route as RouterRoute, Router, Routes};
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::path;
use leptos_router::NavigateOptions;
use wasm_bindgen::JsCast;

use crate::components::{provide_catalog, DataGate, DocumentHead, Footer, Header};
use crate::i18n::{Key, Locale};
use crate::pages;
use crate::route::Route;

/// The site's base path without its trailing slash: `""` locally, `/<repo>` on
/// GitHub Pages. Trunk writes it into `<base href>` at build time.
pub fn base_path() -> &'static str {
    use std::sync::OnceLock;
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| {
        let href = document()
            .query_selector("base")
            .ok()
            .flatten()
            .and_then(|base| base.get_attribute("href"))
            .unwrap_or_default();
        href.trim_end_matches('/').to_string()
    })
}

/// The full address of `route` in `locale`, base included: every internal link goes through here.
pub fn href(route: &Route, locale: Locale) -> String {
    format!("{}{}", base_path(), route.path(locale))
}

/// The language the visitor reads the portal in, provided by the shell.
#[derive(Clone, Copy)]
pub struct CurrentLocale(pub Memo<Locale>);

/// Whether the shell has built its header and footer (a task after the rest
/// of it, at start-up): the app shows itself only once they are there.
#[derive(Clone, Copy)]
pub struct ChromeBuilt(pub ReadSignal<bool>);

/// The page being shown, provided by the shell.
#[derive(Clone, Copy)]
pub struct CurrentRoute(pub Memo<Option<Route>>);

/// The current interface language.
pub fn use_locale() -> Memo<Locale> {
    expect_context::<CurrentLocale>().0
}

/// A reactive interface string in the current language.
pub fn t(key: Key) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let locale = use_locale();
    move || locale.get().text(key)
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    crate::browser::register_offline_worker(base_path());
    view! {
        <Router base=base_path()>
            // One catch-all route: `crate::route` decides which page an address
            // names; `Routes` is still needed to complete each navigation.
            <Routes fallback=|| ()>
                <RouterRoute path=path!("/*any") view=Shell/>
            </Routes>
        </Router>
    }
}

/// The frame around every page: header, main content, footer; keeps `<html lang>` in step.
#[component]
fn Shell() -> impl IntoView {
    let location = use_location();
    let parsed = Memo::new(move |_| {
        let path = location.pathname.get();
        let relative = path.strip_prefix(base_path()).unwrap_or(&path).to_string();
        (relative.clone(), Route::parse(&relative))
    });
    let fallback_locale = crate::browser::preferred_locale();
    let locale =
        Memo::new(move |_| parsed.with(|(_, p)| p.as_ref().map_or(fallback_locale, |(l, _)| *l)));
    let route = Memo::new(move |_| {
        parsed.with(|(relative, p)| match p {
            Some((_, route)) => Some(route.clone()),
            // The bare site root chooses a language and redirects; any other
            // path without a valid language is not a page of the portal.
            None if relative.is_empty() || relative == "/" || relative == "/index.html" => None,
            None => Some(Route::NotFound(
                relative.trim_start_matches('/').to_string(),
            )),
        })
    });
    provide_context(CurrentLocale(locale));
    provide_context(CurrentRoute(route));
    provide_catalog();
    // Start-up work in tasks of its own, so none blocks the page for long
    // (the page start from the HTML file is on screen meanwhile): first this
    // frame, then the header and footer, then the browser's locale data.
    // Without a page start (404.html, the development server) the header
    // comes at once, or it would push the page down when it arrives.
    let chrome = RwSignal::new(!crate::browser::has_prerendered());
    provide_context(ChromeBuilt(chrome.read_only()));
    let first_locale = locale.get_untracked();
    leptos::task::spawn_local(async move {
        crate::browser::next_task().await;
        chrome.set(true);
        crate::browser::next_task().await;
        crate::i18n::format::prepare(first_locale);
    });

    let navigate = use_navigate();
    Effect::new(move |_| {
        if route.get().is_none() {
            navigate(
                &Route::Home.path(fallback_locale),
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        }
    });

    // After a move to another page (not on the first load, and not when only
    // the query changes), put the keyboard focus on the new page's heading, so
    // screen readers announce it and Tab continues from the top of the content.
    Effect::new(move |previous: Option<Option<Route>>| {
        let current = route.get();
        if previous.is_some_and(|p| p != current) {
            request_animation_frame(focus_page_heading);
        }
        current
    });

    view! {
        <Html {..} lang=move || locale.get().html_lang()/>
        <DocumentHead/>
        // With a `<base href>` in the page, a bare `#main` would point at the
        // site root, so the skip link moves focus itself.
        <a class="skip-link" href="#main" on:click=move |ev| {
            ev.prevent_default();
            if let Some(main) = document().get_element_by_id("main") {
                let _ = main.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        }>{t(Key::SkipToContent)}</a>
        {move || chrome.get().then(|| view! { <Header/> })}
        <main id="main" tabindex="-1">
            <DataGate>{move || route.get().map(|route| match route {
                Route::Home => view! { <pages::HomePage/> }.into_any(),
                Route::Parks => view! { <pages::ParksPage/> }.into_any(),
                Route::Park(id) => view! { <pages::ParkPage id/> }.into_any(),
                Route::Agreements => view! { <pages::AgreementsPage/> }.into_any(),
                Route::Agreement(id) => view! { <pages::AgreementPage id/> }.into_any(),
                Route::Events => view! { <pages::EventsPage/> }.into_any(),
                Route::Event(id) => view! { <pages::EventPage id/> }.into_any(),
                Route::Organisations => view! { <pages::OrganisationsPage/> }.into_any(),
                Route::Organisation(id) => view! { <pages::OrganisationPage id/> }.into_any(),
                Route::Sources => view! { <pages::SourcesPage/> }.into_any(),
                Route::Search => view! { <pages::SearchPage/> }.into_any(),
                Route::Map => view! { <pages::MapPage/> }.into_any(),
                Route::Timeline => view! { <pages::TimelinePage/> }.into_any(),
                Route::OpenData => view! { <pages::OpenDataPage/> }.into_any(),
                Route::NotFound(_) => view! { <pages::NotFoundPage/> }.into_any(),
            })}</DataGate>
        </main>
        {move || chrome.get().then(|| view! { <Footer/> })}
    }
}

/// Moves the focus to the main heading, once the new page is on screen (or,
/// while its data loads, to the main region).
fn focus_page_heading() {
    let target = document()
        .query_selector("main h1")
        .ok()
        .flatten()
        .or_else(|| document().get_element_by_id("main"));
    if let Some(element) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}
