//! Where a page opens after a move within the app: at its top with the focus
//! on its heading, at the element its fragment names (in view, with the
//! focus), or, on Back and Forward, where the visitor left it, the focus back
//! on the link they followed. The choice is `portal_core::history::landing`.
//!
//! The app draws the page only after the browser has moved through its
//! history, so the browser's own restoration of the scroll meets the previous
//! page's content: the app sets the position itself once the page is drawn.
//! The browser's restoration stays on (`history.scrollRestoration` is left
//! `auto`) for a page file loaded again, which it restores well and the
//! takeover keeps. Places are kept by history entry (the Navigation API's
//! key, else the address) in the tab's session storage: after a reload, Back
//! and Forward still move within the same document, through the app.

use std::cell::{Cell, RefCell};

use portal_core::history::{landing, Landing, Place, Places};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, Window};

/// The session storage item that keeps the places through a reload.
const STORAGE_KEY: &str = "portal.places";

thread_local! {
    static PLACES: RefCell<Places> = RefCell::default();
    /// The key of the history entry on screen.
    static CURRENT: RefCell<String> = RefCell::default();
    /// The scroll position as of the last scroll event: by the time `popstate`
    /// arrives the browser has already moved the previous page.
    static SCROLL_Y: Cell<i32> = const { Cell::new(0) };
    /// Whether the coming change of address is Back or Forward.
    static TRAVERSAL: Cell<bool> = const { Cell::new(false) };
}

fn window() -> Option<Window> {
    web_sys::window()
}

fn scroll_y() -> i32 {
    window()
        .and_then(|w| w.scroll_y().ok())
        .unwrap_or(0.0)
        .round() as i32
}

/// The key of the history entry on screen: the Navigation API's, which stays
/// with the entry through a reload and a change of query; else the address.
fn entry_key() -> String {
    let Some(window) = window() else {
        return String::new();
    };
    let get =
        |object: &wasm_bindgen::JsValue, name: &str| js_sys::Reflect::get(object, &name.into());
    get(&window, "navigation")
        .and_then(|n| get(&n, "currentEntry"))
        .and_then(|e| get(&e, "key"))
        .ok()
        .and_then(|key| key.as_string())
        .or_else(|| window.location().href().ok())
        .unwrap_or_default()
}

/// What holds the page: the page file's render while it is on screen, else the app's.
fn page_root() -> Option<Element> {
    let document = window()?.document()?;
    document
        .get_element_by_id(crate::PAGE_FILE_ID)
        .or_else(|| document.body().map(Into::into))
}

/// Remembers where the visitor leaves the page on screen, `focused` the
/// element to give the focus back to.
fn leave(scroll_y: i32, focused: Option<Element>) {
    let focus = focused.and_then(|element| {
        let root = page_root()?;
        let rank = crate::browser::focusable(&root)
            .iter()
            .position(|f| *f == element)?;
        Some(rank as u32)
    });
    let key = CURRENT.with_borrow(Clone::clone);
    let encoded = PLACES.with_borrow_mut(|places| {
        places.leave(&key, Place { scroll_y, focus });
        places.encode()
    });
    if let Some(storage) = window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = storage.set_item(STORAGE_KEY, &encoded);
    }
}

fn active_element() -> Option<Element> {
    window()?.document()?.active_element()
}

/// Starts keeping places: reads those of the session, and listens for what
/// leaves a page (a link followed, a form sent, Back and Forward), before the
/// router draws the next one.
pub fn start() {
    use crate::browser::listen_first;
    if let Some(stored) = window()
        .and_then(|w| w.session_storage().ok().flatten())
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
    {
        PLACES.set(Places::decode(&stored));
    }
    CURRENT.set(entry_key());
    SCROLL_Y.set(scroll_y());
    listen_first("scroll", |_| SCROLL_Y.set(scroll_y()));
    listen_first("click", |event| {
        let link = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest("a[href]").ok().flatten());
        if link.is_some() && crate::takeover::has_page_file() {
            // The app has not taken the page over yet (its data has not come):
            // the browser follows the link to the next page file, which shows
            // at once, rather than the router to a page it cannot draw yet.
            event.stop_immediate_propagation();
        } else if link.is_some() {
            TRAVERSAL.set(false);
            leave(scroll_y(), link);
        }
    });
    listen_first("submit", |_| {
        TRAVERSAL.set(false);
        leave(scroll_y(), active_element());
    });
    listen_first("popstate", |_| {
        leave(SCROLL_Y.get(), active_element());
        TRAVERSAL.set(true);
    });
}

/// Puts the page just drawn where it belongs, after a change of address
/// within the app: `page_changed` unless only the query or the fragment
/// changed, `hash` the address's fragment.
pub fn arrive(page_changed: bool, hash: &str) {
    let key = entry_key();
    let saved = PLACES.with_borrow(|places| places.get(&key));
    CURRENT.set(key);
    let traversal = TRAVERSAL.replace(false);
    let Some(window) = window() else {
        return;
    };
    let top = || {
        window.scroll_to_with_x_and_y(0.0, 0.0);
        crate::browser::focus_page_heading();
    };
    match landing(traversal, saved, hash, page_changed) {
        Landing::Place(place) => {
            let focused = place.focus.and_then(|rank| {
                let all = crate::browser::focusable(&page_root()?);
                all.get(rank as usize).cloned()
            });
            match focused {
                Some(element) => crate::browser::focus(&element),
                None => crate::browser::focus_page_heading(),
            }
            // After the focus, which may have scrolled.
            window.scroll_to_with_x_and_y(0.0, f64::from(place.scroll_y));
        }
        Landing::Fragment(id) => {
            let target = window
                .document()
                .and_then(|d| d.get_element_by_id(&id))
                .and_then(|e| e.dyn_into::<HtmlElement>().ok());
            match target {
                Some(target) => {
                    // A section or an article takes the focus only with a tabindex.
                    if target.tab_index() < 0 && !target.has_attribute("tabindex") {
                        let _ = target.set_attribute("tabindex", "-1");
                    }
                    let _ = target.focus();
                    target.scroll_into_view();
                }
                None if page_changed => top(),
                None => {}
            }
        }
        Landing::Top => top(),
        Landing::Stay => {}
    }
}
