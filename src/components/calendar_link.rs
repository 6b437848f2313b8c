//! Links to the events' calendar files (.ics), which the site generator
//! writes beside the event pages: one per dated event, and one with every
//! dated event. Each file is in the language of the page that links to it.

use leptos::prelude::*;
use portal_core::address::files;
use portal_core::address::share::Publication;
use portal_core::model::Event;
use portal_core::{Key, Locale};

use crate::context::use_base;

/// "Add to calendar (.ics)": downloads the calendar file of one event, in
/// `locale`. `None` for an event without a date, which has no file.
pub fn event_calendar_link(event: &Event, locale: Locale) -> Option<AnyView> {
    event.date.is_some().then(|| {
        let href = use_base().join(&files::event_calendar(&event.id, locale));
        let file = format!("{}.ics", event.id);
        view! {
            <a class="calendar-link" href=href download=file type="text/calendar" data-calendar="event">
                {locale.text(Key::CalendarAddEvent)}
            </a>
        }
        .into_any()
    })
}

/// "All events in a calendar (.ics)": downloads the calendar file of every
/// dated event, in `locale`; and "Subscribe (webcal)", the same file's
/// address for a calendar app to follow, where the site's address is known.
pub fn events_calendar_link(locale: Locale) -> AnyView {
    let path = files::events_calendar(locale);
    let href = use_base().join(&path);
    let file = format!("sophia-antipolis-china-events-{}.ics", locale.code());
    let subscribe = expect_context::<Publication>()
        .site
        .map(|site| files::webcal(&site.url(&path)))
        .map(|address| {
            view! {
                // A no-break space keeps the dot with the first link when the line wraps.
                "\u{A0}· "
                <a class="calendar-link" href=address rel="noopener noreferrer" data-calendar="subscribe">
                    {locale.text(Key::CalendarSubscribe)}
                </a>
            }
        });
    view! {
        <a class="calendar-link" href=href download=file type="text/calendar" data-calendar="events">
            {locale.text(Key::CalendarAddAll)}
        </a>
        {subscribe}
    }
    .into_any()
}
