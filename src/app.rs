//! The router, the shell and the route table.
//!
//! Addresses are parsed by `portal_core::address::route`, the same code the
//! site generator and the native tests use, so this file only maps each
//! [`Route`] to its page. leptos_router provides the history, the link
//! interception and the location signal (natively, the address being rendered).

use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use portal_core::address::share::Publication;
use portal_core::address::Base;
use portal_core::model::PartialDate;
use portal_core::{Key, Locale, Route};

use crate::components::{DataGate, DocumentHead, Footer, Header};
use crate::context::{t, use_base, ChromeBuilt, CurrentLocale, CurrentRoute, Today};
use crate::data::{Data, Holds, MapBase};
use crate::pages;

/// What the app starts from.
#[derive(Clone)]
pub struct Start {
    /// The base path every link starts with.
    pub base: Base,
    pub data: Data,
    pub map_base: MapBase,
    pub holds: Holds,
    /// Today, for what is upcoming and what is past.
    pub today: PartialDate,
    /// The language of the bare site root, which redirects to it.
    pub root_locale: Locale,
    /// Whether to build the header and footer a task after the rest (in the
    /// browser, behind a page file already on screen: shorter tasks).
    pub defer_chrome: bool,
    /// The site's address and repository, for the share panel.
    pub publication: Publication,
}

#[component]
pub fn App(start: Start) -> impl IntoView {
    let router_base = start.base.as_str().to_string();
    provide_context(start.base.clone());
    provide_context(start.data);
    provide_context(start.map_base);
    provide_context(Today(start.today));
    provide_context(start.holds);
    provide_context(start.publication.clone());
    let (root_locale, defer_chrome) = (start.root_locale, start.defer_chrome);
    // In the browser, the data and the offline worker start in a task after
    // the one that mounts the app: shorter tasks, the page answers in between.
    #[cfg(target_arch = "wasm32")]
    {
        let owner = Owner::current();
        let start = start.clone();
        crate::browser::after_a_task(move || {
            let run = move || {
                crate::history::start();
                crate::browser::register_offline_worker(&start.base);
                crate::loader::load_data(start.base.clone(), start.data);
                if crate::takeover::has_page_file() {
                    crate::takeover::take_over_when_ready(start.data, start.holds);
                }
            };
            match owner {
                Some(owner) => owner.with(run),
                None => run(),
            }
        });
    }
    // No `<Routes>`: `Route::parse` decides which page an address names, and
    // the shell shows it; leptos_router's route matching would only repeat
    // that, and add to the wasm (docs/BENCHMARK.md).
    view! {
        <Router base=router_base>
            <Shell root_locale defer_chrome/>
        </Router>
    }
}

/// The frame around every page: header, main content, footer; keeps `<html lang>` in step.
#[component]
fn Shell(root_locale: Locale, defer_chrome: bool) -> impl IntoView {
    let base = use_base();
    let location = use_location();
    let parsed = Memo::new(move |_| {
        let path = location.pathname.get();
        let relative = base.strip(&path).to_string();
        let parsed = Route::parse(&relative);
        (relative, parsed)
    });
    let locale =
        Memo::new(move |_| parsed.with(|(_, p)| p.as_ref().map_or(root_locale, |(l, _)| *l)));
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
    let chrome = RwSignal::new(!defer_chrome);
    provide_context(ChromeBuilt(chrome.read_only()));
    if defer_chrome {
        // The header and footer in a task of their own, after the rest of
        // the shell: two shorter tasks instead of one long one.
        crate::browser::after_a_task(move || chrome.set(true));
    }

    let navigate = use_navigate();
    Effect::new(move |_| {
        if route.get().is_none() {
            navigate(
                &Route::Home.path(root_locale),
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        }
    });
    Effect::new(move |_| crate::browser::set_document_language(locale.get()));
    // A navigation puts its address in the address bar once the new page is
    // rendered, which leptos_router leaves to `<Routes>`: this shell says so
    // itself, after each change of address.
    #[cfg(target_arch = "wasm32")]
    {
        use leptos_router::location::{BrowserUrl, LocationProvider};
        let browser_url = use_context::<BrowserUrl>();
        Effect::new(move |_| {
            location.pathname.track();
            location.search.track();
            location.hash.track();
            if let Some(url) = &browser_url {
                url.ready_to_complete();
            }
        });
    }

    // After each change of address (not on the first load), once the page is
    // drawn, put it where it belongs (`crate::history`): another page at its
    // top with the keyboard focus on its heading, so screen readers announce
    // it and Tab continues from the top of the content; the element the
    // fragment names in view and in focus; on Back and Forward, the place the
    // visitor left, the focus on the link they followed. A change of query
    // alone (a filter, a search) leaves the page as it is.
    #[cfg(target_arch = "wasm32")]
    Effect::new(move |previous: Option<Option<Route>>| {
        let current = route.get();
        location.search.track();
        let hash = location.hash.get();
        if let Some(previous) = previous {
            let page_changed = previous != current;
            request_animation_frame(move || {
                crate::history::arrive(page_changed, &hash);
                crate::browser::reveal_current_section();
            });
        }
        current
    });

    // With a `<base href>` in the page, a bare `#main` would point at the
    // site root, so the skip link moves focus itself.
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        crate::browser::focus_main();
    };
    view! {
        <DocumentHead/>
        <a class="skip-link" href="#main" on:click=skip>{t(Key::SkipToContent)}</a>
        {move || chrome.get().then(|| view! { <Header/> })}
        <main id="main" tabindex="-1">
            <DataGate>{move || route.get().map(page)}</DataGate>
        </main>
        {move || chrome.get().then(|| view! { <Footer/> })}
    }
}

/// The page of a route.
fn page(route: Route) -> AnyView {
    match route {
        Route::Home => view! { <pages::HomePage/> }.into_any(),
        Route::Parks => view! { <pages::ParksPage/> }.into_any(),
        Route::Park(id) => view! { <pages::ParkPage id/> }.into_any(),
        Route::Agreements => view! { <pages::AgreementsPage/> }.into_any(),
        Route::Agreement(id) => view! { <pages::AgreementPage id/> }.into_any(),
        Route::Events => view! { <pages::EventsPage/> }.into_any(),
        Route::Event(id) => view! { <pages::EventPage id/> }.into_any(),
        Route::Organisations => view! { <pages::OrganisationsPage/> }.into_any(),
        Route::Organisation(id) => view! { <pages::OrganisationPage id/> }.into_any(),
        Route::People => view! { <pages::PeoplePage/> }.into_any(),
        Route::Person(id) => view! { <pages::PersonPage id/> }.into_any(),
        Route::Topics => view! { <pages::TopicsPage/> }.into_any(),
        Route::Topic(id) => view! { <pages::TopicPage id/> }.into_any(),
        Route::Sources => view! { <pages::SourcesPage/> }.into_any(),
        Route::Search => view! { <pages::SearchPage/> }.into_any(),
        Route::Map => view! { <pages::MapPage/> }.into_any(),
        Route::Timeline => view! { <pages::TimelinePage/> }.into_any(),
        Route::OpenData => view! { <pages::OpenDataPage/> }.into_any(),
        Route::Info(info) => view! { <pages::InfoPage info/> }.into_any(),
        Route::NotFound(_) => view! { <pages::NotFoundPage/> }.into_any(),
    }
}
