//! Each table's columns, left to right. This is the open-data format that
//! readers' spreadsheets and scripts depend on: renaming, reordering or
//! removing a column breaks them (the `open_data` tests list the columns as
//! published). Adding a column at the end is the gentle change: the names of
//! the records a row refers to came that way, after the ids.

use super::Table;
use crate::i18n::Locale;
use crate::model::{Agreement, Event, Organisation, Park, Person, Qualifier, Source, Topic};
use crate::Catalog;

use super::{Columns, Tabular};

fn topic_name(catalog: &Catalog, id: &str, locale: Locale) -> Option<String> {
    catalog
        .topic(id)
        .map(|topic| topic.name.get(locale).to_string())
}

fn park_name(catalog: &Catalog, id: &str, locale: Locale) -> Option<String> {
    catalog
        .park(id)
        .map(|park| park.name.get(locale).to_string())
}

fn organisation_name(catalog: &Catalog, id: &str, locale: Locale) -> Option<String> {
    catalog
        .organisation(id)
        .map(|org| org.name.get(locale).to_string())
}

fn country_name(catalog: &Catalog, code: &str, locale: Locale) -> Option<String> {
    Some(catalog.country_name(code, locale).to_string())
}

impl Tabular for Park {
    fn id(&self) -> &str {
        &self.id
    }

    const TABLE: Table = Table::Parks;

    fn columns() -> Columns<Park> {
        Columns::<Park>::new()
            .text("id", |park| &park.id)
            .localized("name", |park| &park.name)
            .text("local_name", |park| &park.local_name)
            .text("local_name_lang", |park| &park.local_name_lang)
            .localized("city", |park| &park.city)
            .localized("region", |park| &park.region)
            .text("country", |park| &park.country)
            .coordinates(|park| Some(&park.location))
            .date("founded", |park| park.founded.as_ref())
            .ids("sectors", |park| &park.sectors)
            .localized("description", |park| &park.description)
            .optional_localized("note", |park| park.note.as_ref())
            .ids("sources", |park| &park.sources)
            .name_of("country_name", |park| Some(&park.country), country_name)
            .names_of("sector_names", |park| &park.sectors, topic_name)
    }
}

impl Tabular for Organisation {
    fn id(&self) -> &str {
        &self.id
    }

    const TABLE: Table = Table::Organisations;

    fn columns() -> Columns<Organisation> {
        Columns::<Organisation>::new()
            .text("id", |org| &org.id)
            .localized("name", |org| &org.name)
            .optional_text("local_name", |org| org.local_name.as_deref())
            .optional_text("local_name_lang", |org| org.local_name_lang.as_deref())
            .optional_text("acronym", |org| org.acronym.as_deref())
            .vocabulary("kind", |org| Some(org.kind))
            .text("country", |org| &org.country)
            .reference("park", |org| org.park.as_deref())
            .ids("sectors", |org| &org.sectors)
            .localized("description", |org| &org.description)
            .optional_localized("note", |org| org.note.as_ref())
            .ids("sources", |org| &org.sources)
            .name_of("country_name", |org| Some(&org.country), country_name)
            .name_of("park_name", |org| org.park.as_deref(), park_name)
            .names_of("sector_names", |org| &org.sectors, topic_name)
    }
}

impl Tabular for Agreement {
    fn id(&self) -> &str {
        &self.id
    }

    const TABLE: Table = Table::Agreements;

    fn columns() -> Columns<Agreement> {
        Columns::<Agreement>::new()
            .text("id", |agreement| &agreement.id)
            .localized("title", |agreement| &agreement.title)
            .vocabulary("kind", |agreement| Some(agreement.kind))
            .parties("party", |agreement| &agreement.parties)
            .date_span(|agreement| agreement.date.as_ref())
            .optional_localized("place", |agreement| agreement.place.as_ref())
            .localized("summary", |agreement| &agreement.summary)
            .ids("topics", |agreement| &agreement.topics)
            .reference("event", |agreement| agreement.event.as_deref())
            .optional_localized("note", |agreement| agreement.note.as_ref())
            .ids("sources", |agreement| &agreement.sources)
            .party_names("party", |agreement| &agreement.parties)
            .names_of("topic_names", |agreement| &agreement.topics, topic_name)
    }
}

impl Tabular for Event {
    fn id(&self) -> &str {
        &self.id
    }

    const TABLE: Table = Table::Events;

    fn columns() -> Columns<Event> {
        Columns::<Event>::new()
            .text("id", |event| &event.id)
            .localized("title", |event| &event.title)
            .vocabulary("kind", |event| Some(event.kind))
            .vocabulary("status", |event| Some(event.status))
            .vocabulary("format", |event| Some(event.format))
            .date_span(|event| event.date.as_ref())
            .optional_localized("place", |event| event.place.as_ref())
            .coordinates(|event| event.location.as_ref())
            .parties("organiser", |event| &event.organisers)
            .parties("participant", |event| &event.participants)
            .ids("people", |event| &event.people)
            .value("attendance", |event, _| {
                let count = event.attendance.map(|attendance| attendance.count);
                count.map(|count| count.to_string()).unwrap_or_default()
            })
            // `about` or `more-than`, as the JSON file spells them; empty for
            // an exact count, as for no count.
            .value("attendance_qualifier", |event, _| {
                let qualifier = event.attendance.and_then(|attendance| attendance.qualifier);
                match qualifier {
                    Some(Qualifier::About) => "about",
                    Some(Qualifier::MoreThan) => "more-than",
                    None => "",
                }
                .to_string()
            })
            .localized("summary", |event| &event.summary)
            .localized_lines("outcomes", |event| &event.outcomes)
            .ids("agreements", |event| &event.agreements)
            .ids("parks", |event| &event.parks)
            .ids("topics", |event| &event.topics)
            .optional_localized("note", |event| event.note.as_ref())
            .ids("sources", |event| &event.sources)
            .party_names("organiser", |event| &event.organisers)
            .party_names("participant", |event| &event.participants)
            .names_of("park_names", |event| &event.parks, park_name)
            .names_of("topic_names", |event| &event.topics, topic_name)
    }
}

impl Tabular for Person {
    fn id(&self) -> &str {
        &self.id
    }

    const TABLE: Table = Table::People;

    fn columns() -> Columns<Person> {
        Columns::<Person>::new()
            .text("id", |person| &person.id)
            .text("native_name", |person| &person.native_name)
            .text("latin_name", |person| &person.latin_name)
            .localized("role", |person| &person.role)
            .reference("organisation", |person| person.organisation.as_deref())
            .reference("park", |person| person.park.as_deref())
            .optional_localized("note", |person| person.note.as_ref())
            .ids("sources", |person| &person.sources)
            .name_of(
                "organisation_name",
                |person| person.organisation.as_deref(),
                organisation_name,
            )
            .name_of("park_name", |person| person.park.as_deref(), park_name)
    }
}

impl Tabular for Source {
    fn id(&self) -> &str {
        &self.id
    }

    const TABLE: Table = Table::Sources;

    fn columns() -> Columns<Source> {
        Columns::<Source>::new()
            .text("id", |source| &source.id)
            .text("original_title", |source| &source.original_title)
            .localized("title", |source| &source.title)
            .optional_localized("publisher", |source| source.publisher.as_ref())
            // BCP 47 codes, joined like ids.
            .ids("languages", |source| &source.languages)
            .date("date", |source| source.date.as_ref())
            .optional_localized("note", |source| source.note.as_ref())
    }
}

impl Tabular for Topic {
    fn id(&self) -> &str {
        &self.id
    }

    const TABLE: Table = Table::Topics;

    fn columns() -> Columns<Topic> {
        Columns::<Topic>::new()
            .text("id", |topic| &topic.id)
            .localized("name", |topic| &topic.name)
    }
}
