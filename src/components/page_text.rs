//! The text of a page with nothing to run: the pages about the portal and the
//! open-data page ([`Route::is_document`]).
//!
//! Their text is drawn at build time only, into their page files; the wasm
//! does not carry it (docs/BENCHMARK.md, "Trades measured"). In the browser
//! the app shows the text of the page file it started on; for another such
//! page (a language switched, Back or Forward) it loads that page's file,
//! which has the text. Links to them in the app's chrome are plain loads
//! (`target="_self"`), so a click goes to the page file directly.

use leptos::prelude::*;
#[cfg(target_arch = "wasm32")]
use portal_core::Locale;
#[cfg(target_arch = "wasm32")]
use portal_core::Route;

/// The page's text, `text` drawn (at build time).
#[cfg(not(target_arch = "wasm32"))]
pub fn page_text(text: impl FnOnce() -> AnyView) -> AnyView {
    view! { <div class="page-text" data-page-text="">{text()}</div> }.into_any()
}

/// The page's text, from its page file.
#[cfg(target_arch = "wasm32")]
pub fn page_text(route: &Route, locale: Locale) -> AnyView {
    use portal_core::Key;
    use std::cell::{Cell, RefCell};
    thread_local! {
        /// The text of the page file the app started on, and its address.
        static KEPT: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
        /// Whether such a page was drawn already in this visit.
        static DRAWN: Cell<bool> = const { Cell::new(false) };
    }
    let path = crate::context::href(route, locale);
    let first = !DRAWN.replace(true);
    // The app's first render is behind the page file of the same address.
    if first {
        if let Some(html) = crate::takeover::page_file_html("[data-page-text]") {
            KEPT.set(Some((path.clone(), html)));
        }
    }
    let kept = KEPT.with_borrow(|kept| match kept {
        Some((at, html)) if *at == path => Some(html.clone()),
        _ => None,
    });
    match kept {
        Some(html) => {
            view! { <div class="page-text" data-page-text="" inner_html=html></div> }.into_any()
        }
        // Started without this page's file (the offline shell): its text is
        // not on this device, and loading the page again would come back here.
        None if first => view! {
            <p class="notice" data-state="text-offline">{locale.text(Key::InfoOffline)}</p>
        }
        .into_any(),
        None => {
            crate::browser::load_document(&path);
            view! { <p class="data-status" role="status">{locale.text(Key::DataLoading)}</p> }
                .into_any()
        }
    }
}
