//! The files a visitor or a program downloads, and where each lives relative
//! to the site's base. The site generator writes them there; pages link to
//! them through [`super::Base`].

use super::route::Route;
use crate::csv::Separator;
use crate::i18n::Locale;
use crate::model::Dataset;
use crate::Key;

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

/// A record type, and its table of the open data (CSV).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Table {
    Parks,
    Organisations,
    Agreements,
    Events,
    People,
    Sources,
    Topics,
}

impl Table {
    /// Every table, in the order the open-data page lists them.
    pub const ALL: [Table; 7] = [
        Table::Parks,
        Table::Organisations,
        Table::Agreements,
        Table::Events,
        Table::People,
        Table::Sources,
        Table::Topics,
    ];

    /// The record type's name in the dataset and the file name's stem: `parks`.
    pub fn name(self) -> &'static str {
        match self {
            Table::Parks => "parks",
            Table::Organisations => "organisations",
            Table::Agreements => "agreements",
            Table::Events => "events",
            Table::People => "people",
            Table::Sources => "sources",
            Table::Topics => "topics",
        }
    }

    /// The file's name: `parks.csv`.
    pub fn file_name(self) -> String {
        self.file_name_for(Separator::Comma)
    }

    /// The file's path: `/data/parks.csv`.
    pub fn path(self) -> String {
        self.path_for(Separator::Comma)
    }

    /// The name of the file with fields separated by `separator`:
    /// `parks.csv`, or `parks-semicolon.csv` for French-locale spreadsheets.
    pub fn file_name_for(self, separator: Separator) -> String {
        match separator {
            Separator::Comma => format!("{}.csv", self.name()),
            Separator::Semicolon => format!("{}-semicolon.csv", self.name()),
        }
    }

    /// The name under which a list exports the records it shows:
    /// `agreements-filtered.csv`, `agreements-filtered-semicolon.csv`.
    pub fn filtered_file_name(self, separator: Separator) -> String {
        match separator {
            Separator::Comma => format!("{}-filtered.csv", self.name()),
            Separator::Semicolon => format!("{}-filtered-semicolon.csv", self.name()),
        }
    }

    /// The path of the file with fields separated by `separator`: `/data/parks-semicolon.csv`.
    pub fn path_for(self, separator: Separator) -> String {
        format!("/data/{}", self.file_name_for(separator))
    }

    /// The record type's name in the interface.
    pub fn label(self) -> Key {
        match self {
            Table::Parks => Key::OpenDataTableParks,
            Table::Organisations => Key::OpenDataTableOrganisations,
            Table::Agreements => Key::OpenDataTableAgreements,
            Table::Events => Key::OpenDataTableEvents,
            Table::People => Key::OpenDataTablePeople,
            Table::Sources => Key::OpenDataTableSources,
            Table::Topics => Key::OpenDataTableTopics,
        }
    }

    /// How many records of this type the dataset holds: the table's row count.
    pub fn count(self, data: &Dataset) -> usize {
        match self {
            Table::Parks => data.parks.len(),
            Table::Organisations => data.organisations.len(),
            Table::Agreements => data.agreements.len(),
            Table::Events => data.events.len(),
            Table::People => data.people.len(),
            Table::Sources => data.sources.len(),
            Table::Topics => data.topics.len(),
        }
    }
}
