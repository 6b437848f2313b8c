//! The few things the portal asks of the browser itself: the visitor's
//! languages and the language they chose last time, the document's language
//! and title, focus, tasks, and the offline worker.
//!
//! Components call some of these from event handlers and effects, which never
//! run in the native renderer; what a component could call while rendering is
//! a no-op off the browser.

use portal_core::i18n::negotiate;
use portal_core::Locale;
use wasm_bindgen::JsCast;

/// Where the visitor's explicit choice of language is kept between visits.
const LOCALE_STORAGE_KEY: &str = "portal.locale";

/// The browser window; none off the browser, where every function here then
/// does nothing (web-sys compiles natively, but any call panics there).
fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window();
    #[cfg(not(target_arch = "wasm32"))]
    None
}

fn document() -> Option<web_sys::Document> {
    window()?.document()
}

fn local_storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

/// The language to open the portal in when the address names none.
pub fn preferred_locale() -> Locale {
    let remembered = local_storage().and_then(|s| s.get_item(LOCALE_STORAGE_KEY).ok().flatten());
    let languages: Vec<String> = window()
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

/// The site's base path, from the page's `<base href>` (Trunk writes the
/// public URL there at build time).
pub fn base() -> portal_core::address::Base {
    let href = document()
        .and_then(|d| d.query_selector("base").ok().flatten())
        .and_then(|base| base.get_attribute("href"))
        .unwrap_or_default();
    portal_core::address::Base::new(&href)
}

/// Today's date in the visitor's time zone.
#[cfg(target_arch = "wasm32")]
pub fn today() -> portal_core::model::PartialDate {
    let now = js_sys::Date::new_0();
    portal_core::model::PartialDate {
        year: now.get_full_year() as i32,
        month: Some(now.get_month() as u8 + 1),
        day: Some(now.get_date() as u8),
    }
}

/// Loads the page file at `path` in place of the current history entry: for
/// a page the app does not draw itself (the pages about the portal).
#[cfg(target_arch = "wasm32")]
pub fn load_document(path: &str) {
    if let Some(window) = window() {
        let _ = window.location().replace(path);
    }
}

/// Remembers the language the visitor picked in the switcher.
/// Private browsing may refuse storage; the choice then lasts for the visit only.
pub fn remember_locale(locale: Locale) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(LOCALE_STORAGE_KEY, locale.code());
    }
}

/// The language of the document, from `<html lang>`.
pub fn document_locale() -> Locale {
    let lang = document()
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("lang"))
        .unwrap_or_default();
    Locale::from_tag(&lang).unwrap_or_default()
}

/// Keeps `<html lang>` in step with the page's language.
pub fn set_document_language(locale: Locale) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", locale.html_lang());
    }
}

/// Sets the document's title and its `<meta>` robots tag.
pub fn set_document_head(title: &str, indexed: bool) {
    let Some(document) = document() else {
        return;
    };
    document.set_title(title);
    let Some(head) = document.head() else {
        return;
    };
    let meta = |name: &str, content: Option<&str>| {
        let selector = format!("meta[name={name}]");
        let existing = document.query_selector(&selector).ok().flatten();
        match (existing, content) {
            (Some(tag), Some(content)) => {
                let _ = tag.set_attribute("content", content);
            }
            (Some(tag), None) => tag.remove(),
            (None, Some(content)) => {
                if let Ok(tag) = document.create_element("meta") {
                    let _ = tag.set_attribute("name", name);
                    let _ = tag.set_attribute("content", content);
                    let _ = head.append_child(&tag);
                }
            }
            (None, None) => {}
        }
    };
    meta("robots", (!indexed).then_some("noindex"));
}

/// Whether the screen is a touch screen without a pointer that hovers, where
/// keyboard tips mean nothing (as `style/main.css` hides them); off the
/// browser, no.
pub fn touch_only() -> bool {
    window()
        .and_then(|w| {
            w.match_media("(hover: none) and (pointer: coarse)")
                .ok()
                .flatten()
        })
        .is_some_and(|query| query.matches())
}

/// Whether the browser says it has no network; off the browser, no.
pub fn offline() -> bool {
    window().is_some_and(|w| !w.navigator().on_line())
}

/// Scrolls the header's row of sections, where it is wider than the screen
/// (a phone), so that the current section's tab is in view rather than cut
/// off at its edge. Changes nothing else: not the page's scroll position.
pub fn reveal_current_section() {
    let tab = document().and_then(|d| {
        d.query_selector(".site-nav a[aria-current=page]")
            .ok()
            .flatten()
    });
    if let Some(tab) = tab {
        reveal_in_row(&tab);
    }
}

/// Scrolls the header's row of sections so that `tab`, one of its links, is
/// whole in view, clear of the shades at the row's edges: Chromium leaves a
/// link that Tab reaches half cut off at the edge, its focus ring with it.
pub fn reveal_in_row(tab: &web_sys::Element) {
    let Some(row) = tab.closest(".site-nav ul").ok().flatten() else {
        return;
    };
    if row.scroll_width() <= row.client_width() {
        return;
    }
    let (row_box, tab_box) = (
        row.get_bounding_client_rect(),
        tab.get_bounding_client_rect(),
    );
    // Room for the shade at each edge (style/main.css).
    const MARGIN: f64 = 32.0;
    let shift = if tab_box.right() > row_box.right() - MARGIN {
        tab_box.right() - row_box.right() + MARGIN
    } else if tab_box.left() < row_box.left() + MARGIN {
        tab_box.left() - row_box.left() - MARGIN
    } else {
        return;
    };
    row.set_scroll_left(row.scroll_left() + shift as i32);
}

/// Points the page's link to the Atom feed (which each page file carries for
/// its language) at the feed of the language shown, under its title.
pub fn set_feed_link(href: &str, title: &str) {
    let link = document().and_then(|d| {
        d.query_selector("link[rel=alternate][type='application/atom+xml']")
            .ok()
            .flatten()
    });
    if let Some(link) = link {
        let _ = link.set_attribute("href", href);
        let _ = link.set_attribute("title", title);
    }
}

/// Removes the head tags the page files carry for search engines and link
/// previews (canonical, language alternates, the description, Open Graph, the
/// Twitter card, whose tags are `name`s rather than `property`s, the
/// structured data in JSON-LD): once the app runs, the visitor moves between
/// pages and languages without reloading, and those tags would describe the
/// page first loaded. The app keeps the title up to date itself. The
/// link to the Atom feed stays: it names the whole portal's feed, which the
/// browser or an extension may still offer on any page; the app keeps it in
/// the language shown ([`set_feed_link`]).
pub fn drop_static_head_tags() {
    let Some(document) = document() else {
        return;
    };
    let selector = "link[rel=canonical], link[rel=alternate]:not([type='application/atom+xml']), \
                    meta[name=description], meta[property^='og:'], meta[name^='twitter:'], \
                    script[type='application/ld+json']";
    if let Ok(tags) = document.query_selector_all(selector) {
        for i in 0..tags.length() {
            if let Some(tag) = tags
                .item(i)
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            {
                tag.remove();
            }
        }
    }
}

/// Moves the focus to the first element that `selector` matches, if any.
pub fn focus_first(selector: &str) {
    let element = document()
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Gives `element` the focus, whether an HTML element or an SVG one (the
/// map's markers and lines are SVG links).
pub fn focus(element: &web_sys::Element) {
    if let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() {
        let _ = html.focus();
    } else if let Some(svg) = element.dyn_ref::<web_sys::SvgElement>() {
        let _ = svg.focus();
    }
}

/// Moves the focus to the main heading, once the new page is on screen (or,
/// while its data loads, to the main region).
pub fn focus_page_heading() {
    let Some(document) = document() else {
        return;
    };
    let target = document
        .query_selector("main h1")
        .ok()
        .flatten()
        .or_else(|| document.get_element_by_id("main"));
    if let Some(element) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Tells the app that a field's value changed, as if the visitor had typed
/// (`event` `"input"`) or chosen (`"change"`): a bubbling event of that name.
pub fn dispatch_change(field: &web_sys::Element, event: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    if let Ok(event) = web_sys::Event::new_with_event_init_dict(event, &init) {
        let _ = field.dispatch_event(&event);
    }
}

/// Moves the focus to the main region (the skip link).
pub fn focus_main() {
    let main = document().and_then(|d| d.get_element_by_id("main"));
    if let Some(main) = main.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = main.focus();
    }
}

/// Runs `f` in a later task of the event loop, letting the browser paint and
/// handle input first. Off the browser, at once.
pub fn after_a_task(f: impl FnOnce() + 'static) {
    #[cfg(target_arch = "wasm32")]
    leptos::task::spawn_local(async move {
        next_task().await;
        f();
    });
    #[cfg(not(target_arch = "wasm32"))]
    f();
}

/// Resolves in a later task of the event loop.
#[cfg(target_arch = "wasm32")]
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Listens to `event` on the window in the capture phase, before the router's
/// own listeners, which draw the next page at once: what must happen on the
/// page being left (`history`) or before a page in another language is drawn
/// (`languages`) goes here.
#[cfg(target_arch = "wasm32")]
pub fn listen_first(event: &str, handler: impl Fn(web_sys::Event) + 'static) {
    let handler = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(handler);
    if let Some(window) = window() {
        let _ = window.add_event_listener_with_callback_and_bool(
            event,
            handler.into_js_value().unchecked_ref(),
            true,
        );
    }
}

/// Registers the offline worker the page file names (`<meta name="offline-worker">`,
/// written by the site generator beside `sw.js`), so pages already visited and
/// the data keep working without a network. A refusal (a broken or missing
/// `sw.js`, a browser that forbids workers) leaves the portal working online
/// and is reported on the console, where the browser tests see it. Pages
/// without the tag (the development server's) have no worker.
#[cfg(target_arch = "wasm32")]
pub fn register_offline_worker(base: &portal_core::address::Base) {
    let Some(window) = window() else {
        return;
    };
    let script = document()
        .and_then(|d| d.query_selector("meta[name=offline-worker]").ok().flatten())
        .and_then(|meta| meta.get_attribute("content"));
    let Some(script) = script else {
        return;
    };
    let url = base.join(&format!("/{script}"));
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

/// A User Timing mark, so `scripts/bench.sh` can split start-up into its
/// stages (read back with `performance.getEntriesByType("mark")`).
pub fn mark(name: &str) {
    if let Some(performance) = window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Where the portal is published, from the page file's head (the site
/// generator writes the site's address and its repository there, see
/// `portal_core::address::share`); nothing on the development server.
pub fn publication() -> portal_core::address::share::Publication {
    use portal_core::address::share::{Publication, Repository, REPOSITORY_META, SITE_URL_META};
    let meta = |name: &str| {
        document()?
            .query_selector(&format!("meta[name={name}]"))
            .ok()??
            .get_attribute("content")
    };
    Publication {
        site: meta(SITE_URL_META).and_then(|url| portal_core::address::Site::parse(&url).ok()),
        repository: meta(REPOSITORY_META).and_then(|url| Repository::parse(&url).ok()),
    }
}

/// The address of the page shown, without its query or fragment: the share
/// panel's address where the site's own is not known.
pub fn current_address() -> String {
    let Some(location) = window().map(|w| w.location()) else {
        return String::new();
    };
    let origin = location.origin().unwrap_or_default();
    format!("{origin}{}", location.pathname().unwrap_or_default())
}

/// Whether the browser offers its own sharing (`navigator.share`).
pub fn can_share() -> bool {
    window().is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
}

/// Hands `done` whether a browser promise resolved, once it settles; `None`
/// (the browser has no such feature) counts as not resolved.
fn when_settled(promise: Option<js_sys::Promise>, done: impl FnOnce(bool) + 'static) {
    #[cfg(target_arch = "wasm32")]
    leptos::task::spawn_local(async move {
        let resolved = match promise {
            Some(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
            None => false,
        };
        done(resolved);
    });
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (promise, done);
}

/// Copies `text` to the clipboard; `done` gets whether it was copied (the
/// browser may refuse, or have no clipboard outside a secure context).
fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let clipboard = window()
        .map(|w| w.navigator().clipboard())
        .filter(|clipboard| !clipboard.is_undefined());
    when_settled(clipboard.map(|c| c.write_text(text)), done);
}

/// Opens the browser's own sharing (`navigator.share`) for a page. Its
/// promise rejects when the visitor closes the dialogue, which is no error.
fn share_page(title: &str, url: &str) {
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    let promise = window()
        .filter(|_| can_share())
        .map(|w| w.navigator().share_with_data(&data));
    when_settled(promise, |_| {});
}

/// A click in the share panel's buttons (`data-share="copy"` or `"share"`):
/// copies `url`, writing `copied` or `failed` into the panel's status line
/// (`role="status"`, announced politely), or opens the browser's sharing for
/// `title` and `url`. One handler for the panel, and its status written here
/// rather than through a signal: the smaller wasm (the panel must not push
/// it past its budget).
pub fn share_panel_click(
    event: &web_sys::MouseEvent,
    title: &str,
    url: &str,
    copied: &'static str,
    failed: &'static str,
) {
    let Some(button) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|t| t.closest("[data-share]").ok().flatten())
    else {
        return;
    };
    let status = button
        .closest(".share-panel")
        .ok()
        .flatten()
        .and_then(|panel| panel.query_selector(".share-status").ok().flatten());
    match button.get_attribute("data-share").as_deref() {
        Some("copy") => {
            if let Some(status) = &status {
                status.set_text_content(None);
            }
            copy_text(url, move |ok| {
                if let Some(status) = status {
                    status.set_text_content(Some(if ok { copied } else { failed }));
                }
            });
        }
        Some("share") => share_page(title, url),
        _ => {}
    }
}

/// Downloads `contents` (a CSV file) as `name`: through a link of its own to
/// a `blob:` address, which the Content-Security-Policy allows, freed a
/// minute later, the download long started.
#[cfg(target_arch = "wasm32")]
pub fn download(name: &str, contents: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let (Ok(url), Some(link)) = (
        web_sys::Url::create_object_url_with_blob(&blob),
        document()
            .and_then(|d| d.create_element("a").ok())
            .and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok()),
    ) else {
        return;
    };
    let _ = link.set_attribute("href", &url);
    let _ = link.set_attribute("download", name);
    link.click();
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(60),
    );
}

/// The elements under `root` that `selector` matches, in document order.
pub fn elements(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .collect()
}

/// The elements that can take the focus, in document order: the page file
/// and the app draw the same ones, so a rank names the same element in both.
pub fn focusable(root: &web_sys::Element) -> Vec<web_sys::Element> {
    elements(root, "a[href], button, input, select, textarea, [tabindex]")
}
