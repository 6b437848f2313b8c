use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use super::data_gate::loaded_catalog;
use crate::app::{use_locale, CurrentRoute};
use crate::document::{not_found, page_head, PageHead};
use crate::i18n::Key;
use crate::route::Route;

/// Keeps the document title, meta description and robots tag in step with the
/// page and the language, from [`crate::document::page_head`].
#[component]
pub fn DocumentHead() -> impl IntoView {
    let locale = use_locale();
    let route = expect_context::<CurrentRoute>().0;
    let catalog = loaded_catalog();
    let head = Memo::new(move |_| {
        let l = locale.get();
        match (route.get(), catalog.get()) {
            (Some(route), Some(catalog)) => page_head(&route, l, &catalog),
            (Some(Route::NotFound(_)), None) => not_found(l),
            // While the data loads (or if it fails), the portal's own title.
            _ => PageHead {
                title: String::new(),
                description: l.text(Key::HomeDescription).to_string(),
                found: true,
            },
        }
    });
    view! {
        <Title text=move || head.with(|h| h.document_title(locale.get()))/>
        <Meta name="description" content=move || head.with(|h| h.description.clone())/>
        {move || (!head.with(|h| h.found)).then(|| view! { <Meta name="robots" content="noindex"/> })}
    }
}
