use leptos::prelude::*;

use crate::context::{href, t, use_base, use_locale};
use portal_core::address::files;
use portal_core::address::route::FOOTER_LINKS;
use portal_core::Key;

/// What the portal is and where its facts come from, and its feed.
#[component]
pub fn Footer() -> impl IntoView {
    let locale = use_locale();
    let base = use_base();
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
                    // A file, not a page of the app: `target="_self"` has the
                    // router leave the click to the browser, which opens it.
                    <li>
                        <a href=move || base.join(&files::feed(locale.get()))
                            type="application/atom+xml" target="_self">{t(Key::FeedLink)}</a>
                    </li>
                </ul>
            </div>
        </footer>
    }
}
