//! `/{lang}/about/`, `/contact/`, `/legal-notice/`, `/privacy/`,
//! `/accessibility/`: the pages about the portal itself. Their texts are the
//! editors' Markdown, which the site generator renders (`portal_site::info`);
//! the app shows them from the page files (`components::page_text`).

use leptos::prelude::*;
use portal_core::address::route::Info;

use crate::components::page_text::page_text;
use crate::context::{t, use_locale};

/// Each page's text as HTML, by language: given to the native renderer by
/// the site generator.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone)]
pub struct InfoTexts(
    pub std::sync::Arc<std::collections::HashMap<(portal_core::Locale, Info), String>>,
);

#[component]
pub fn InfoPage(info: Info) -> impl IntoView {
    let locale = use_locale();
    let text = move || {
        let l = locale.get();
        #[cfg(not(target_arch = "wasm32"))]
        let text = page_text(|| {
            let html = use_context::<InfoTexts>()
                .and_then(|texts| texts.0.get(&(l, info)).cloned())
                .unwrap_or_default();
            view! { <div class="prose" data-info=info.slug() inner_html=html></div> }.into_any()
        });
        #[cfg(target_arch = "wasm32")]
        let text = page_text(&portal_core::Route::Info(info), l);
        text
    };
    view! {
        <div class="info-page">
            <h1 tabindex="-1">{t(info.title())}</h1>
            {text}
        </div>
    }
}
