//! The record types, each with its table of the open data: its file's name
//! and path, its name in the interface, its row count.

use super::Separator;
use crate::model::Dataset;
use crate::Key;

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

    /// The path of the reading table in `locale` ([`super::reading_table`]):
    /// `/data/fr/agreements.csv`, `/data/fr/agreements-semicolon.csv`.
    pub fn reading_path(self, locale: crate::Locale, separator: Separator) -> String {
        format!("/data/{}/{}", locale.code(), self.file_name_for(separator))
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
