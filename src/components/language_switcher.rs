use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::browser::remember_locale;
use crate::context::{use_base, use_locale};
use portal_core::address::route::switch_language;
use portal_core::{Key, Locale};

/// Links to the current page in each language, each named in its own language.
/// Plain links, so a visitor can also open or share the page in another language.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let locale = use_locale();
    let location = use_location();
    let label = move || locale.get().text(Key::LanguageLabel);
    let base = use_base();
    view! {
        <nav class="language-switcher" aria-label=label>
            <ul>
                {Locale::ALL.into_iter().map(|target| {
                    let base = base.clone();
                    let target_href = move || {
                        let path = location.pathname.get();
                        let relative = base.strip(&path);
                        let query = location.search.get();
                        let hash = location.hash.get();
                        let query = if query.is_empty() { String::new() } else { format!("?{query}") };
                        base.join(&switch_language(&format!("{relative}{query}{hash}"), target))
                    };
                    let title = move || target.format(Key::LanguageSwitchTo, &[("language", target.native_name())]);
                    view! {
                        <li>
                            <a href=target_href
                                hreflang=target.html_lang()
                                lang=target.html_lang()
                                title=title
                                aria-current=move || (locale.get() == target).then_some("true")
                                on:click=move |_| remember_locale(target)>
                                {target.native_name()}
                            </a>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </nav>
    }
}
