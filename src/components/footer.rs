use leptos::prelude::*;

use crate::components::record::date_view;
use crate::context::{href, t, use_base, use_locale};
use crate::data::Data;
use portal_core::address::files;
use portal_core::address::route::{FOOTER_LINKS, INFO_PAGES};
use portal_core::model::DateSpan;
use portal_core::{Key, Route};

/// What the portal is and where its facts come from, the data's last
/// update, its feed and calendar, and the pages about the portal.
#[component]
pub fn Footer() -> impl IntoView {
    let locale = use_locale();
    let base = use_base();
    let calendar_base = base.clone();
    let data = expect_context::<Data>();
    // Once the dataset is there (the footer is drawn before it).
    let updated = move || {
        let catalog = data.catalog()?;
        let span = DateSpan {
            from: catalog.data().updated,
            to: None,
        };
        Some(view! {
            <p class="site-footer__updated" data-updated>
                // The label ends with the space its language puts before the date (none in Chinese).
                {t(Key::FooterUpdated)}{date_view(Some(&span), locale.get())}
            </p>
        })
    };
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                <p class="site-footer__name">{t(Key::PortalLongName)}</p>
                <p>{t(Key::FooterAbout)}</p>
                <p>{t(Key::FooterSources)}</p>
                {updated}
                <ul class="footer-links">
                    // A page whose text only its file has loads as a file (`page_text`).
                    {FOOTER_LINKS.into_iter().map(|(route, label)| {
                        let target = route.is_document().then_some("_self");
                        view! {
                            <li><a href=move || href(&route, locale.get()) target=target>{t(label)}</a></li>
                        }
                    }).collect_view()}
                    // Files, not pages of the app: `target="_self"` has the
                    // router leave the click to the browser, which opens them.
                    <li>
                        <a href=move || base.join(&files::feed(locale.get()))
                            type="application/atom+xml" target="_self">{t(Key::FeedLink)}</a>
                    </li>
                    <li>
                        <a href=move || calendar_base.join(&files::events_calendar(locale.get()))
                            type="text/calendar" target="_self" data-calendar="footer">{t(Key::CalendarAddAll)}</a>
                    </li>
                </ul>
                <nav class="footer-info" aria-label=t(Key::InfoAboutTitle)>
                    <ul class="footer-links">
                        {INFO_PAGES.into_iter().map(|info| view! {
                            <li>
                                <a href=move || href(&Route::Info(info), locale.get()) target="_self"
                                    data-info=info.slug()>{t(info.title())}</a>
                            </li>
                        }).collect_view()}
                    </ul>
                </nav>
            </div>
        </footer>
    }
}
