use leptos::prelude::*;

use crate::app::{href, t, use_locale};
use crate::i18n::Key;
use crate::route::FOOTER_LINKS;

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
