use leptos::prelude::*;

use crate::app::{href, t, use_locale};
use portal_core::address::route::FOOTER_LINKS;
use portal_core::Key;

/// What the portal is and where its facts come from.
#[component]
pub fn Footer() -> impl IntoView {
    let locale = use_locale();
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                <p class="site-footer__name">{t(Key::PortalLongName)}</p>
                <p>{t(Key::FooterAbout)}</p>
                <p>{t(Key::FooterSources)}</p>
                <ul class="footer-links">
                    {FOOTER_LINKS.into_iter().map(|(route, label)| view! {
                        <li><a href=move || href(&route, locale.get())>{t(label)}</a></li>
                    }).collect_view()}
                </ul>
            </div>
        </footer>
    }
}
