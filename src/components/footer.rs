use leptos::prelude::*;

use crate::app::t;
use crate::i18n::Key;

/// What the portal is and where its facts come from.
#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                <p class="site-footer__name">{t(Key::PortalLongName)}</p>
                <p>{t(Key::FooterAbout)}</p>
                <p>{t(Key::FooterSources)}</p>
            </div>
        </footer>
    }
}
