//! Links to the events' calendar files (.ics), which `static-pages` writes at
//! build time beside the event pages: one per dated event, and one with every
//! dated event. Each file is in the language of the page that links to it.

use leptos::prelude::*;

use crate::app::base_path;
use crate::calendar::{event_file_path, events_file_path, has_entry};
use crate::data::model::Event;
use crate::i18n::{Key, Locale};

/// "Add to calendar (.ics)": downloads the calendar file of one event, in
/// `locale`. `None` for an event without a date, which has no file.
pub fn event_calendar_link(event: &Event, locale: Locale) -> Option<AnyView> {
    has_entry(event).then(|| {
        let href = format!("{}{}", base_path(), event_file_path(&event.id, locale));
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
/// dated event, in `locale`.
pub fn events_calendar_link(locale: Locale) -> AnyView {
    let href = format!("{}{}", base_path(), events_file_path(locale));
    let file = format!("sophia-antipolis-china-events-{}.ics", locale.code());
    view! {
        <a class="calendar-link" href=href download=file type="text/calendar" data-calendar="events">
            {locale.text(Key::CalendarAddAll)}
        </a>
    }
    .into_any()
}
