//! Each language's interface strings come from a file of their own
//! (`portal_core::address::files::strings`), so a visitor downloads those of
//! the languages they read, not all three with the code. The page's language
//! is loaded before the app starts ([`load`], from `main`); another one before
//! the app shows a page in it:
//!
//! - a link to a page in a language not loaded yet (the language switcher,
//!   usually) waits for its file, then goes on as a link inside the app; its
//!   file is most often already on its way, asked for when the pointer or the
//!   focus reached the link;
//! - Back or Forward to such a page waits likewise.
//!
//! If the file cannot be had, the browser loads that page's file as plain
//! HTML: the visitor still gets the page, in the language they chose.

use std::cell::RefCell;

use js_sys::Promise;
use portal_core::address::{files, Base};
use portal_core::{Locale, Route};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{future_to_promise, JsFuture};
use web_sys::{Element, Event, HtmlAnchorElement, MouseEvent};

use crate::app::locale_of_path;
use crate::browser::listen_first;
use crate::data::Failure;
use crate::loader::fetch_text;

thread_local! {
    /// Each language's file being loaded or loaded, by `Locale as usize`:
    /// one request per language, whoever asks (a hover, then the click).
    static LOADS: RefCell<[Option<Promise>; 3]> = const { RefCell::new([None, None, None]) };
}

/// Loads the strings of `locale` unless they are there.
pub async fn load(base: &Base, locale: Locale) -> Result<(), Failure> {
    if locale.has_strings() {
        return Ok(());
    }
    let url = base.join(&files::strings(locale));
    let load = LOADS.with_borrow_mut(|loads| {
        loads[locale as usize]
            .get_or_insert_with(|| {
                future_to_promise(async move {
                    let text = fetch_text(&url).await.map_err(|f| encode(&f))?;
                    // A file of another build or a damaged one: as the dataset's would be.
                    locale
                        .load_strings(&text)
                        .map_err(|_| encode(&Failure::Damaged))?;
                    Ok(JsValue::UNDEFINED)
                })
            })
            .clone()
    });
    let result = JsFuture::from(load).await;
    if result.is_err() {
        // The next ask tries again.
        LOADS.with_borrow_mut(|loads| loads[locale as usize] = None);
    }
    result.map(|_| ()).map_err(|failure| decode(&failure))
}

/// A failure through a promise: its HTTP status, or 0 for no answer, 1 for a
/// damaged file.
fn encode(failure: &Failure) -> JsValue {
    JsValue::from(match failure {
        Failure::Status(status) => u32::from(*status),
        Failure::Damaged | Failure::Invalid(_) => 1,
        Failure::Network => 0,
    })
}

fn decode(value: &JsValue) -> Failure {
    match value.as_f64().map(|n| n as u16) {
        Some(1) => Failure::Damaged,
        Some(status) if status >= 100 => Failure::Status(status),
        _ => Failure::Network,
    }
}

/// Starts loading the strings of `locale`, for a link that may soon be followed.
fn prefetch(base: &Base, locale: Locale) {
    let base = base.clone();
    leptos::task::spawn_local(async move {
        // A failure shows when the link is followed.
        let _ = load(&base, locale).await;
    });
}

/// Watches links and Back and Forward for pages in a language whose strings
/// are not loaded (see the module's description). Called before the app
/// mounts, so these listeners run before the router's.
pub fn guard(base: Base, root_locale: Locale) {
    // The language of a link's page, when it is a page of this site whose
    // strings are missing.
    let missing = {
        let base = base.clone();
        move |link: &HtmlAnchorElement| -> Option<Locale> {
            let origin = web_sys::window()?.location().origin().ok()?;
            if link.origin() != origin {
                return None;
            }
            let (locale, _) = Route::parse(base.strip(&link.pathname()))?;
            (!locale.has_strings()).then_some(locale)
        }
    };

    let intent = {
        let (base, missing) = (base.clone(), missing.clone());
        move |event: Event| {
            if let Some(locale) = link_of(&event).as_ref().and_then(&missing) {
                prefetch(&base, locale);
            }
        }
    };
    // (A tap on a touch screen starts with `pointerover` too.)
    for name in ["pointerover", "focusin"] {
        listen_first(name, intent.clone());
    }

    let click = {
        let base = base.clone();
        move |event: Event| {
            let Some(mouse) = event.dyn_ref::<MouseEvent>() else {
                return;
            };
            let plain = !event.default_prevented()
                && mouse.button() == 0
                && !(mouse.meta_key() || mouse.ctrl_key() || mouse.shift_key() || mouse.alt_key());
            let Some(link) = link_of(&event).filter(|link| {
                plain
                    && !link.has_attribute("download")
                    && matches!(link.target().as_str(), "" | "_self")
            }) else {
                return;
            };
            let Some(locale) = missing(&link) else {
                return;
            };
            event.prevent_default();
            event.stop_immediate_propagation();
            let base = base.clone();
            leptos::task::spawn_local(async move {
                match load(&base, locale).await {
                    // The same click again, which the router now takes.
                    Ok(()) => link.click(),
                    Err(_) => go_to(&link.href()),
                }
            });
        }
    };
    listen_first("click", click);

    let traversal = move |event: Event| {
        let Some(location) = web_sys::window().map(|w| w.location()) else {
            return;
        };
        let path = location.pathname().unwrap_or_default();
        let locale = locale_of_path(&base, &path, root_locale);
        if locale.has_strings() {
            return;
        }
        event.stop_immediate_propagation();
        let base = base.clone();
        leptos::task::spawn_local(async move {
            match load(&base, locale).await {
                // The same move again, which the router and the places now take.
                Ok(()) => {
                    if let (Some(window), Ok(again)) = (web_sys::window(), Event::new("popstate")) {
                        let _ = window.dispatch_event(&again);
                    }
                }
                Err(_) => {
                    let _ = location.reload();
                }
            }
        });
    };
    listen_first("popstate", traversal);
}

/// The link an event happened on or in.
fn link_of(event: &Event) -> Option<HtmlAnchorElement> {
    event
        .target()?
        .dyn_into::<Element>()
        .ok()?
        .closest("a[href]")
        .ok()??
        .dyn_into::<HtmlAnchorElement>()
        .ok()
}

/// Loads `href` as a page file.
fn go_to(href: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().assign(href);
    }
}
