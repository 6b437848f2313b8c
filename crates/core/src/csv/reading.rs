//! The tables a list exports: agreements and events written for reading in a
//! spreadsheet, in one language. Where the open data's tables are for
//! programs (a column per language, ids, vocabulary as the JSON spells it,
//! English header names that never change), these have a dozen columns named
//! in the page's language, names instead of ids, dates and vocabulary in
//! words, and the address of each record's page. The site publishes one per
//! language and separator (`/data/fr/agreements.csv`, [`Table::reading_path`]);
//! a list's export is its rows for the records shown ([`super::select_rows_at`]),
//! so the app carries none of this.
//!
//! Their header names and order may change with the interface: programs read
//! the open data's tables.

use crate::address::Site;
use crate::dates::format_span;
use crate::i18n::{Key, Locale};
use crate::model::{Agreement, DateSpan, Event, Localized};
use crate::{Catalog, Route, Vocabulary};

use super::{write_columns, Columns, Separator, Table, NAME_SEPARATOR};

/// The reading table of `table` in `locale` (agreements and events; `None`
/// for a table no list exports), rows in dataset order.
pub fn reading_table(
    table: Table,
    catalog: &Catalog,
    site: &Site,
    locale: Locale,
    separator: Separator,
) -> Option<String> {
    let data = catalog.data();
    let file = match table {
        Table::Agreements => {
            let rows: Vec<&Agreement> = data.agreements.iter().collect();
            write_columns(&agreements(site, locale), &rows, catalog, separator)
        }
        Table::Events => {
            let rows: Vec<&Event> = data.events.iter().collect();
            write_columns(&events(site, locale), &rows, catalog, separator)
        }
        _ => return None,
    };
    Some(file)
}

/// The tables with a reading version: those of the lists that export.
pub const READING_TABLES: [Table; 2] = [Table::Agreements, Table::Events];

fn agreements(site: &Site, l: Locale) -> Columns<Agreement> {
    let site = site.clone();
    Columns::new()
        .value(l.text(Key::ExportTitle), move |a: &Agreement, _| {
            text(&a.title, l)
        })
        .value(l.text(Key::FieldKind), move |a, _| {
            l.text(a.kind.label()).into()
        })
        .value(l.text(Key::FieldDate), move |a, _| date(a.date.as_ref(), l))
        .value(l.text(Key::FieldPlace), move |a, _| {
            optional(a.place.as_ref(), l)
        })
        .value(l.text(Key::FieldParties), move |a, catalog| {
            joined(a.parties.iter().filter_map(|p| catalog.party_name(p, l)))
        })
        .value(l.text(Key::FieldPeople), move |a, catalog| {
            joined(catalog.people_at_signing(a).iter().map(|p| p.name_in(l)))
        })
        .value(l.text(Key::FieldTopics), move |a, catalog| {
            topics(&a.topics, catalog, l)
        })
        .value(l.text(Key::ExportSummary), move |a, _| text(&a.summary, l))
        .value(l.text(Key::FieldNote), move |a, _| {
            optional(a.note.as_ref(), l)
        })
        .value(l.text(Key::FieldSources), move |a, catalog| {
            sources(&a.sources, catalog, l)
        })
        .value(l.text(Key::ExportPage), move |a, _| {
            site.page(&Route::Agreement(a.id.clone()), l)
        })
}

fn events(site: &Site, l: Locale) -> Columns<Event> {
    let site = site.clone();
    Columns::new()
        .value(l.text(Key::ExportTitle), move |e: &Event, _| {
            text(&e.title, l)
        })
        .value(l.text(Key::FieldKind), move |e, _| {
            l.text(e.kind.label()).into()
        })
        .value(l.text(Key::FieldStatus), move |e, _| {
            l.text(e.status.label()).into()
        })
        .value(l.text(Key::FieldDate), move |e, _| date(e.date.as_ref(), l))
        .value(l.text(Key::FieldFormat), move |e, _| {
            l.text(e.format.label()).into()
        })
        .value(l.text(Key::FieldPlace), move |e, _| {
            optional(e.place.as_ref(), l)
        })
        .value(l.text(Key::FieldOrganisers), move |e, catalog| {
            joined(e.organisers.iter().filter_map(|p| catalog.party_name(p, l)))
        })
        .value(l.text(Key::FieldParticipants), move |e, catalog| {
            joined(
                e.participants
                    .iter()
                    .filter_map(|p| catalog.party_name(p, l)),
            )
        })
        .value(l.text(Key::FieldPeople), move |e, catalog| {
            joined(
                e.people
                    .iter()
                    .filter_map(|id| catalog.person(id))
                    .map(|p| p.name_in(l)),
            )
        })
        .value(l.text(Key::FieldTopics), move |e, catalog| {
            topics(&e.topics, catalog, l)
        })
        .value(l.text(Key::ExportSummary), move |e, _| text(&e.summary, l))
        .value(l.text(Key::FieldOutcomes), move |e, _| {
            let lines: Vec<&str> = e.outcomes.iter().map(|o| o.get(l)).collect();
            lines.join("\n")
        })
        .value(l.text(Key::FieldNote), move |e, _| {
            optional(e.note.as_ref(), l)
        })
        .value(l.text(Key::FieldSources), move |e, catalog| {
            sources(&e.sources, catalog, l)
        })
        .value(l.text(Key::ExportPage), move |e, _| {
            site.page(&Route::Event(e.id.clone()), l)
        })
}

fn text(text: &Localized, l: Locale) -> String {
    text.get(l).to_string()
}

fn optional(text: Option<&Localized>, l: Locale) -> String {
    text.map(|t| t.get(l).to_string()).unwrap_or_default()
}

/// A date as the page writes it (`mai 2017`, `2016年10月`); empty when the
/// sources give none.
fn date(span: Option<&DateSpan>, l: Locale) -> String {
    span.map(|s| format_span(s, l)).unwrap_or_default()
}

fn joined<S: AsRef<str>>(names: impl Iterator<Item = S>) -> String {
    let names: Vec<S> = names.collect();
    let names: Vec<&str> = names.iter().map(AsRef::as_ref).collect();
    names.join(NAME_SEPARATOR)
}

fn topics(ids: &[String], catalog: &Catalog, l: Locale) -> String {
    joined(
        ids.iter()
            .filter_map(|id| catalog.topic(id))
            .map(|t| t.name.get(l)),
    )
}

/// The articles cited, by their titles in the page's language.
fn sources(ids: &[String], catalog: &Catalog, l: Locale) -> String {
    joined(
        ids.iter()
            .filter_map(|id| catalog.source(id))
            .map(|s| s.title.get(l)),
    )
}
