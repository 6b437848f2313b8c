use leptos::prelude::*;

use crate::context::{href, t, use_locale};
use portal_core::Key;
use portal_core::Route;

/// Any address that names no page: says so in the visitor's language and offers a way back.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let locale = use_locale();
    view! {
        <section class="not-found" data-page="not-found">
            <p class="not-found__code" aria-hidden="true">"404"</p>
            <h1 tabindex="-1">{t(Key::NotFoundTitle)}</h1>
            <p>{t(Key::NotFoundBody)}</p>
            <p><a class="button" href=move || href(&Route::Home, locale.get())>{t(Key::NotFoundBack)}</a></p>
        </section>
    }
}
