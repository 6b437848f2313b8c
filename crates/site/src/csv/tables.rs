//! Each table's columns, left to right. This is the open-data format that
//! readers' spreadsheets and scripts depend on: renaming, reordering or
//! removing a column breaks them (the `open_data` tests list the columns as
//! published). Adding a column at the end is the gentle change.

use portal_core::model::{Agreement, Event, Organisation, Park, Person, Source, Topic};

use super::columns::Columns;

pub fn parks() -> Columns<Park> {
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
}

pub fn organisations() -> Columns<Organisation> {
    Columns::<Organisation>::new()
        .text("id", |org| &org.id)
        .localized("name", |org| &org.name)
        .optional_text("local_name", |org| org.local_name.as_deref())
        .optional_text("local_name_lang", |org| org.local_name_lang.as_deref())
        .optional_text("acronym", |org| org.acronym.as_deref())
        .vocabulary("kind", |org| org.kind)
        .text("country", |org| &org.country)
        .reference("park", |org| org.park.as_deref())
        .ids("sectors", |org| &org.sectors)
        .localized("description", |org| &org.description)
        .optional_localized("note", |org| org.note.as_ref())
        .ids("sources", |org| &org.sources)
}

pub fn agreements() -> Columns<Agreement> {
    Columns::<Agreement>::new()
        .text("id", |agreement| &agreement.id)
        .localized("title", |agreement| &agreement.title)
        .vocabulary("kind", |agreement| agreement.kind)
        .parties("party", |agreement| &agreement.parties)
        .date_span(|agreement| agreement.date.as_ref())
        .optional_localized("place", |agreement| agreement.place.as_ref())
        .localized("summary", |agreement| &agreement.summary)
        .ids("topics", |agreement| &agreement.topics)
        .reference("event", |agreement| agreement.event.as_deref())
        .optional_localized("note", |agreement| agreement.note.as_ref())
        .ids("sources", |agreement| &agreement.sources)
}

pub fn events() -> Columns<Event> {
    Columns::<Event>::new()
        .text("id", |event| &event.id)
        .localized("title", |event| &event.title)
        .vocabulary("kind", |event| event.kind)
        .vocabulary("status", |event| event.status)
        .vocabulary("format", |event| event.format)
        .date_span(|event| event.date.as_ref())
        .optional_localized("place", |event| event.place.as_ref())
        .coordinates(|event| event.location.as_ref())
        .parties("organiser", |event| &event.organisers)
        .parties("participant", |event| &event.participants)
        .ids("people", |event| &event.people)
        .value("attendance", |event| {
            let count = event.attendance.map(|attendance| attendance.count);
            count.map(|count| count.to_string()).unwrap_or_default()
        })
        // `about` or `more-than`; empty for an exact count, as for no count.
        .vocabulary("attendance_qualifier", |event| {
            event.attendance.and_then(|attendance| attendance.qualifier)
        })
        .localized("summary", |event| &event.summary)
        .localized_lines("outcomes", |event| &event.outcomes)
        .ids("agreements", |event| &event.agreements)
        .ids("parks", |event| &event.parks)
        .ids("topics", |event| &event.topics)
        .optional_localized("note", |event| event.note.as_ref())
        .ids("sources", |event| &event.sources)
}

pub fn people() -> Columns<Person> {
    Columns::<Person>::new()
        .text("id", |person| &person.id)
        .text("native_name", |person| &person.native_name)
        .text("latin_name", |person| &person.latin_name)
        .localized("role", |person| &person.role)
        .reference("organisation", |person| person.organisation.as_deref())
        .reference("park", |person| person.park.as_deref())
        .optional_localized("note", |person| person.note.as_ref())
        .ids("sources", |person| &person.sources)
}

pub fn sources() -> Columns<Source> {
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

pub fn topics() -> Columns<Topic> {
    Columns::<Topic>::new()
        .text("id", |topic| &topic.id)
        .localized("name", |topic| &topic.name)
}
