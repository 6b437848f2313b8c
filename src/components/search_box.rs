use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::context::{href, t, use_locale};
use crate::data::Data;
use portal_core::address::route::query_string;
use portal_core::Key;
use portal_core::Route;

/// The search field in the header: submits to the search page (a plain GET
/// form, so it also works before the app has started).
#[component]
pub fn SearchBox() -> impl IntoView {
    let locale = use_locale();
    let navigate = use_navigate();
    let input = NodeRef::<leptos::html::Input>::new();
    let data = expect_context::<Data>();
    // The search index is built on first use: start it when the visitor
    // reaches for the field, so the first keystroke does not wait for it.
    let warm_index = move |_| {
        if let Some(catalog) = untrack(|| data.catalog()) {
            catalog.search_index();
        }
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let value = input.get().map(|i| i.value()).unwrap_or_default();
        let target = format!(
            "{}?{}",
            Route::Search.path(locale.get_untracked()),
            query_string([("q", value)])
        );
        navigate(&target, NavigateOptions::default());
        // On the results' heading, even from the search page itself (where
        // the page does not change), so that ↓ goes on into the results.
        request_animation_frame(crate::browser::focus_page_heading);
    };
    view! {
        <form class="search-box needs-script" role="search" aria-label=t(Key::SearchLabel) method="get" action=move || href(&Route::Search, locale.get()) on:submit=on_submit>
            <label for="header-search" class="visually-hidden">{t(Key::SearchLabel)}</label>
            <input id="header-search" node_ref=input type="search" name="q" autocomplete="off" placeholder=t(Key::SearchSubmit) on:focus=warm_index/>
            <button type="submit" class="search-box__button">{t(Key::SearchSubmit)}</button>
        </form>
    }
}
