use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use super::data_gate::loaded_catalog;
use crate::app::{use_locale, CurrentRoute};
use crate::document::{not_found, page_head};
use crate::i18n::Key;
use crate::route::Route;

/// Keeps the document title, meta description and robots tag in step with the
/// page and the language, from [`crate::document::page_head`].
#[component]
pub fn DocumentHead() -> impl IntoView {
    let locale = use_locale();
    let route = expect_context::<CurrentRoute>().0;
    let catalog = loaded_catalog();
    // The title the page file came with is already the right one for its page
    // and language: keep it while the data loads rather than flash the portal's name.
    let first_route = route.get_untracked();
    let static_title = document().title();
    let head = Memo::new(move |_| {
        let l = locale.get();
        match (route.get(), catalog.get()) {
            (Some(route), Some(catalog)) => Some(page_head(&route, l, &catalog)),
            (Some(Route::NotFound(_)), None) => Some(not_found(l)),
            // While the data loads (or if it fails).
            _ => None,
        }
    });
    let title = move || {
        let l = locale.get();
        head.with(|h| match h {
            Some(h) => h.document_title(l),
            None if route.with(|r| *r == first_route) && !static_title.is_empty() => {
                static_title.clone()
            }
            None => l.text(Key::PortalName).to_string(),
        })
    };
    let description = move || {
        head.with(|h| match h {
            Some(h) => h.description.clone(),
            None => locale.get().text(Key::HomeDescription).to_string(),
        })
    };
    view! {
        <Title text=title/>
        <Meta name="description" content=description/>
        {move || head.with(|h| h.as_ref().is_some_and(|h| !h.found)).then(|| view! { <Meta name="robots" content="noindex"/> })}
    }
}
