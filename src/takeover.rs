//! Taking over the page file.
//!
//! Each page file holds the whole page, rendered at build time by the same
//! components (`crate::render`), inside `#prerendered`. The app renders the
//! page again behind it, hidden (`style/main.css`), and once it has the data
//! (and the page has finished any work of its own, see [`crate::data::Holds`])
//! it takes the file's place: the two are the same markup, so nothing moves;
//! what the visitor did meanwhile is carried over (focus, text typed, open
//! details, scroll position). Until then links and forms work as plain HTML.
//!
//! If the data cannot be loaded, the page file stays, and a notice with a
//! retry appears at the top of its content.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::browser::{elements, focusable};
use crate::components::DataNotice;
use crate::data::{Data, DataState, Holds};
use crate::PAGE_FILE_ID;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

fn container() -> Option<Element> {
    document()?.get_element_by_id(PAGE_FILE_ID)
}

/// Whether the page file's render is still on screen.
pub fn has_page_file() -> bool {
    container().is_some()
}

/// The inner HTML of the page file's element that `selector` finds, while the
/// page file is on screen: what a page the app does not draw itself keeps.
pub fn page_file_html(selector: &str) -> Option<String> {
    Some(container()?.query_selector(selector).ok()??.inner_html())
}

/// Shows the data's failure, and its retry, at the top of the page file's
/// content while the page file is on screen.
fn show_failures_on_page_file(data: Data) {
    let Some(slot) = notice_slot() else {
        return;
    };
    let handle =
        leptos::mount::mount_to(slot, move || view! { <DataNotice data on_page_file=true/> });
    // It lives as long as the page file; the takeover removes both.
    handle.forget();
}

/// Where the page file shows a notice, at the top of its content.
fn notice_slot() -> Option<HtmlElement> {
    container()?
        .query_selector(".data-notice")
        .ok()??
        .dyn_into::<HtmlElement>()
        .ok()
}

/// Takes the page file's place once the data is loaded and no page holds
/// the takeover back; if the data fails, shows why on the page file (once).
pub fn take_over_when_ready(data: Data, holds: Holds) {
    let mut notice_shown = false;
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        let failed = data.state.with(|s| matches!(s, DataState::Failed(_)));
        if failed && !notice_shown {
            notice_shown = true;
            show_failures_on_page_file(data);
        }
        let ready = data.state.with(|s| matches!(s, DataState::Ready(_))) && holds.0.get() == 0;
        if ready {
            // After the frame in which the app rendered the page.
            crate::browser::after_a_task(swap);
        }
        ready
    });
}

/// Puts the app's render in the page file's place, carrying over what the
/// visitor did on the page file. The two lay out alike, so the scroll position
/// stays as it is; nothing here reads the layout (which would make the browser
/// lay the new page out within this task) unless the visitor has a field or a
/// link in focus.
fn swap() {
    let (Some(document), Some(old)) = (document(), container()) else {
        return;
    };
    let fields = form_state(&old);
    let open_details = details_state(&old);
    // The focused element, as its id or its place among the focusable ones.
    let focus = document
        .active_element()
        .filter(|e| old.contains(Some(e)))
        .map(|e| (e.id(), focusable(&old).iter().position(|f| *f == e)));
    old.remove();
    let Some(root) = document.body() else {
        return;
    };
    if fields.iter().any(Option::is_some) {
        restore_fields(&root, &fields);
    }
    if open_details.iter().any(|open| *open) {
        for (details, open) in elements(&root, "details").iter().zip(&open_details) {
            if *open {
                let _ = details.set_attribute("open", "");
            }
        }
    }
    if let Some((id, index)) = focus {
        let target = if id.is_empty() {
            index.and_then(|i| focusable(&root).get(i).cloned())
        } else {
            document.get_element_by_id(&id)
        };
        if let Some(target) = target.and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
            let _ = target.focus();
        }
    }
    // The app's header row starts at its left end, as the page file's did;
    // in the next frame, whose layout the browser makes anyway.
    request_animation_frame(crate::browser::reveal_current_section);
    crate::browser::mark("portal:takeover");
}

/// The value of each form field the visitor changed (`None` for the others),
/// by its place in the page.
fn form_state(root: &Element) -> Vec<Option<String>> {
    elements(root, "input, select, textarea")
        .iter()
        .map(|field| {
            if let Some(input) = field.dyn_ref::<web_sys::HtmlInputElement>() {
                (input.value() != input.default_value()).then(|| input.value())
            } else if let Some(select) = field.dyn_ref::<web_sys::HtmlSelectElement>() {
                let index = select.selected_index();
                let option = (index >= 0)
                    .then(|| select.item(index as u32))
                    .flatten()
                    .and_then(|o| o.dyn_into::<web_sys::HtmlOptionElement>().ok());
                option
                    .filter(|o| !o.default_selected())
                    .map(|_| select.value())
            } else {
                field
                    .dyn_ref::<web_sys::HtmlTextAreaElement>()
                    .filter(|t| t.default_value().is_ok_and(|d| d != t.value()))
                    .map(|t| t.value())
            }
        })
        .collect()
}

/// Gives the app's fields the values the visitor changed on the page file,
/// and tells the app, as if they had been typed or chosen there.
fn restore_fields(root: &Element, values: &[Option<String>]) {
    for (field, value) in elements(root, "input, select, textarea").iter().zip(values) {
        let Some(value) = value else {
            continue;
        };
        let event = if let Some(input) = field.dyn_ref::<web_sys::HtmlInputElement>() {
            input.set_value(value);
            "input"
        } else if let Some(select) = field.dyn_ref::<web_sys::HtmlSelectElement>() {
            select.set_value(value);
            "change"
        } else if let Some(area) = field.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            area.set_value(value);
            "input"
        } else {
            continue;
        };
        crate::browser::dispatch_change(field, event);
    }
}

fn details_state(root: &Element) -> Vec<bool> {
    elements(root, "details")
        .iter()
        .map(|d| d.has_attribute("open"))
        .collect()
}
