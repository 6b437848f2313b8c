//! The files a visitor or a program downloads, and where each lives relative
//! to the site's base. The site generator writes them there; pages link to
//! them through [`super::Base`].

use super::route::Route;

/// The open data's tables, whose files live under `/data/`.
pub use crate::csv::Table;
use crate::i18n::Locale;

/// The dataset, as the app loads it and as it is offered for download.
pub const DATASET: &str = "/data/portal.json";

/// The dataset's JSON Schema, beside it (`$schema` in the dataset names it).
pub const DATASET_SCHEMA: &str = "/data/portal.schema.json";

/// Country names and the order of names per language ([`crate::i18n::names`]).
pub const NAMES: &str = "/data/names.json";

/// The map's land and borders, fetched by the map page only.
pub const MAP_GEOMETRY: &str = "/map/geometry.json";

/// The offline worker.
pub const WORKER: &str = "/sw.js";

/// The app without a page, which the offline worker keeps to open a page never
/// visited: the app renders whatever page the address names.
pub const OFFLINE_SHELL: &str = "/offline.html";

/// The calendar of every dated event in a language: `/fr/events/calendar.ics`.
pub fn events_calendar(locale: Locale) -> String {
    format!("{}calendar.ics", Route::Events.path(locale))
}

/// The calendar file of one event: `/fr/events/<id>/event.ics`.
pub fn event_calendar(id: &str, locale: Locale) -> String {
    format!("{}event.ics", Route::Event(id.to_string()).path(locale))
}

/// The QR code of a page's address, beside the page file: `/fr/parks/<id>/qr.svg`.
pub fn page_qr(route: &Route, locale: Locale) -> String {
    format!("{}qr.svg", route.path(locale))
}

/// The Atom feed of the agreements and events in a language: `/fr/feed.xml`.
pub fn feed(locale: Locale) -> String {
    format!("{}feed.xml", Route::Home.path(locale))
}

/// The image a link preview shows for a page (Open Graph, Twitter cards): a
/// record's own, beside its page file (`/fr/events/<id>/preview.png`); the
/// portal's, one per language, for every other page (`/fr/preview.png`).
pub fn preview_image(route: &Route, locale: Locale) -> String {
    let page = match route {
        Route::Park(_)
        | Route::Organisation(_)
        | Route::Agreement(_)
        | Route::Event(_)
        | Route::Person(_) => route,
        _ => &Route::Home,
    };
    format!("{}preview.png", page.path(locale))
}

/// The `webcal:` address of a calendar file, which calendar apps open as a
/// subscription that they refresh: its `https:` (or `http:`) address with
/// that scheme replaced.
pub fn webcal(url: &str) -> String {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    format!("webcal://{rest}")
}

#[cfg(test)]
mod webcal_tests {
    #[test]
    fn a_calendar_address_becomes_a_subscription() {
        assert_eq!(
            super::webcal("https://owner.github.io/portal/fr/events.ics"),
            "webcal://owner.github.io/portal/fr/events.ics"
        );
        assert_eq!(
            super::webcal("http://127.0.0.1:8080/en/events.ics"),
            "webcal://127.0.0.1:8080/en/events.ics"
        );
    }
}
