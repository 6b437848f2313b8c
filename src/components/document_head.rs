use leptos::prelude::*;
use portal_core::address::files;
use portal_core::document::{page_title, PageTitle};
use portal_core::{Key, Route};

use crate::context::{use_base, use_locale, CurrentRoute};
use crate::data::Data;

/// Keeps the document's title and robots tag, and the link to the feed, in
/// step with the page and the language, from `portal_core::document::page_title`
/// (which the site generator writes into each page file too). Renders nothing.
#[component]
pub fn DocumentHead() -> impl IntoView {
    let locale = use_locale();
    let route = expect_context::<CurrentRoute>().0;
    let data = expect_context::<Data>();
    let base = use_base();
    Effect::new(move |_| {
        let l = locale.get();
        let head = match (route.get(), data.catalog()) {
            // Shown only on its own page file (`page_text`), whose head is its own.
            (Some(route), _) if route.is_document() => return,
            (Some(route), Some(catalog)) => page_title(&route, l, &catalog),
            (Some(Route::NotFound(_)), None) => PageTitle {
                title: l.text(Key::NotFoundTitle).to_string(),
                found: false,
            },
            // While the data loads (or if it fails) the page file's title stays.
            _ => return,
        };
        crate::browser::set_document_head(&head.document_title(l), head.found);
        crate::browser::set_feed_link(&base.join(&files::feed(l)), l.text(Key::FeedTitle));
    });
}
