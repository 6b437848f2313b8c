//! The few things the portal asks of the browser itself: the visitor's
//! languages and the language they chose last time.

use crate::i18n::{negotiate, Locale};
use wasm_bindgen::JsCast;

/// Where the visitor's explicit choice of language is kept between visits.
const LOCALE_STORAGE_KEY: &str = "portal.locale";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The language to open the portal in when the address names none.
pub fn preferred_locale() -> Locale {
    let remembered = local_storage().and_then(|s| s.get_item(LOCALE_STORAGE_KEY).ok().flatten());
    let languages: Vec<String> = web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    negotiate(remembered.as_deref(), languages.iter().map(String::as_str))
}

/// Remembers the language the visitor picked in the switcher.
/// Private browsing may refuse storage; the choice then lasts for the visit only.
pub fn remember_locale(locale: Locale) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(LOCALE_STORAGE_KEY, locale.code());
    }
}

/// Removes the head tags the static page files carry for search engines and
/// link previews (description, canonical, language alternates, Open Graph):
/// once the app runs, the visitor moves between pages and languages without
/// reloading, and those tags would describe the page first loaded. The app
/// sets the title and description itself from then on.
pub fn drop_static_head_tags() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let selector = "meta[name=description], meta[name=robots], link[rel=canonical], link[rel=alternate], meta[property^='og:']";
    if let Ok(tags) = document.query_selector_all(selector) {
        for i in 0..tags.length() {
            if let Some(tag) = tags.item(i) {
                if let Some(parent) = tag.parent_node() {
                    let _ = parent.remove_child(&tag);
                }
            }
        }
    }
}

/// Resolves in a later task of the event loop, letting the browser paint and
/// handle input first.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The page start written at build time (`crate::prerender`), while it is in the page.
fn prerendered() -> Option<web_sys::Element> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(crate::prerender::CONTAINER_ID))
}

/// Whether the page start written at build time is still in the page.
pub fn has_prerendered() -> bool {
    prerendered().is_some()
}

/// Shows the loading message of the page start written at build time (hidden
/// there, for visitors without scripts): the app runs, the data is on its way.
pub fn show_prerendered_loading() {
    let status = prerendered().and_then(|p| p.query_selector(".data-status").ok().flatten());
    if let Some(status) = status {
        let _ = status.remove_attribute("hidden");
    }
}

/// Removes the page start written at build time, which covers the app until
/// the dataset is there; from then on the app's own render, until now hidden
/// behind it, is the page.
pub fn drop_prerendered() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(prerendered) = prerendered() else {
        return;
    };
    // A visitor may already be typing in the search field of the page start:
    // carry the focus and the text over to the app's field of the same id.
    let active = document
        .active_element()
        .filter(|e| prerendered.contains(Some(e)))
        .map(|e| {
            let value = e.dyn_ref::<web_sys::HtmlInputElement>().map(|i| i.value());
            (e.id(), value)
        });
    prerendered.remove();
    if let Some((id, value)) = active.filter(|(id, _)| !id.is_empty()) {
        if let Some(element) = document.get_element_by_id(&id) {
            if let (Some(input), Some(value)) =
                (element.dyn_ref::<web_sys::HtmlInputElement>(), value)
            {
                input.set_value(&value);
            }
            if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        }
    }
}

/// Registers the offline worker the page file names (`crate::offline::WORKER_META`),
/// so pages already visited and the data keep working without a network. A
/// refusal (a broken or missing `sw.js`, a browser that forbids workers) leaves
/// the portal working online and is reported on the console, where the
/// browser tests see it.
pub fn register_offline_worker(base: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let script = window
        .document()
        .and_then(|d| {
            d.query_selector(&format!("meta[name={}]", crate::offline::WORKER_META))
                .ok()
                .flatten()
        })
        .and_then(|meta| meta.get_attribute("content"));
    let Some(script) = script else {
        return;
    };
    let url = format!("{base}/{script}");
    let promise = window.navigator().service_worker().register(&url);
    leptos::task::spawn_local(async move {
        if let Err(error) = wasm_bindgen_futures::JsFuture::from(promise).await {
            web_sys::console::error_2(
                &format!("The offline worker {url} could not be registered:").into(),
                &error,
            );
        }
    });
}
