//! The dataset as CSV tables, one per record type, for spreadsheets and
//! scripts that do not read JSON. The JSON file (`data/portal.json`) stays the
//! dataset itself; the tables hold one row per record with its main fields.
//!
//! The files follow RFC 4180: comma-separated, CRLF at the end of each row,
//! fields quoted when they hold a comma, a quote or a line break, quotes
//! doubled. They are UTF-8 with a byte order mark, so spreadsheet programs
//! read the Chinese text as such. Texts have one column per language
//! (`name_fr`, `name_en`, `name_zh`); references to other records are their
//! ids joined by `;`. Plain Rust: `static-pages` writes the files at build time.

use std::borrow::Cow;

use serde::Serialize;

use portal_core::address::files::Table;
use portal_core::model::{Dataset, DateSpan, Localized, PartialDate, Party};

/// The byte order mark that opens each file.
pub const BOM: &str = "\u{FEFF}";

/// What separates the ids in a reference column.
pub const ID_SEPARATOR: &str = ";";

/// The column names of a table.
pub fn header(table: Table) -> Vec<String> {
    table_header(table)
}

/// One row per record, in dataset order, each with a value per column.
pub fn rows(table: Table, data: &Dataset) -> Vec<Vec<String>> {
    table_rows(table, data)
}

/// The whole CSV file: byte order mark, header, one row per record.
pub fn table(table: Table, data: &Dataset) -> String {
    write_csv(&header(table), &rows(table, data))
}

fn table_header(table: Table) -> Vec<String> {
    let cols: &[&str] = match table {
        Table::Parks => &[
            "id",
            "name*",
            "local_name",
            "local_name_lang",
            "city*",
            "region*",
            "country",
            "lat",
            "lon",
            "founded",
            "sectors",
            "description*",
            "note*",
            "sources",
        ],
        Table::Organisations => &[
            "id",
            "name*",
            "local_name",
            "local_name_lang",
            "acronym",
            "kind",
            "country",
            "park",
            "sectors",
            "description*",
            "note*",
            "sources",
        ],
        Table::Agreements => &[
            "id",
            "title*",
            "kind",
            "party_parks",
            "party_organisations",
            "date_from",
            "date_to",
            "place*",
            "summary*",
            "topics",
            "event",
            "note*",
            "sources",
        ],
        Table::Events => &[
            "id",
            "title*",
            "kind",
            "status",
            "format",
            "date_from",
            "date_to",
            "place*",
            "lat",
            "lon",
            "organiser_parks",
            "organiser_organisations",
            "participant_parks",
            "participant_organisations",
            "people",
            "attendance",
            "attendance_qualifier",
            "summary*",
            "outcomes*",
            "agreements",
            "parks",
            "topics",
            "note*",
            "sources",
        ],
        Table::People => &[
            "id",
            "native_name",
            "latin_name",
            "role*",
            "organisation",
            "park",
            "note*",
            "sources",
        ],
        Table::Sources => &[
            "id",
            "original_title",
            "title*",
            "publisher*",
            "languages",
            "date",
            "note*",
        ],
        Table::Topics => &["id", "name*"],
    };
    // `name*` stands for one column per language.
    cols.iter()
        .flat_map(|col| match col.strip_suffix('*') {
            Some(stem) => ["fr", "en", "zh"]
                .iter()
                .map(|lang| format!("{stem}_{lang}"))
                .collect(),
            None => vec![col.to_string()],
        })
        .collect()
}

fn table_rows(table: Table, data: &Dataset) -> Vec<Vec<String>> {
    match table {
        Table::Parks => data
            .parks
            .iter()
            .map(|r| {
                Row::new(&r.id)
                    .texts(&r.name)
                    .text(&r.local_name)
                    .text(&r.local_name_lang)
                    .texts(&r.city)
                    .texts(&r.region)
                    .text(&r.country)
                    .text(&r.location.lat.to_string())
                    .text(&r.location.lon.to_string())
                    .text(&date(r.founded.as_ref()))
                    .ids(&r.sectors)
                    .texts(&r.description)
                    .optional_texts(r.note.as_ref())
                    .ids(&r.sources)
                    .done()
            })
            .collect(),
        Table::Organisations => data
            .organisations
            .iter()
            .map(|r| {
                Row::new(&r.id)
                    .texts(&r.name)
                    .text(r.local_name.as_deref().unwrap_or_default())
                    .text(r.local_name_lang.as_deref().unwrap_or_default())
                    .text(r.acronym.as_deref().unwrap_or_default())
                    .text(&vocabulary(&r.kind))
                    .text(&r.country)
                    .text(r.park.as_deref().unwrap_or_default())
                    .ids(&r.sectors)
                    .texts(&r.description)
                    .optional_texts(r.note.as_ref())
                    .ids(&r.sources)
                    .done()
            })
            .collect(),
        Table::Agreements => data
            .agreements
            .iter()
            .map(|r| {
                let (from, to) = span(r.date.as_ref());
                Row::new(&r.id)
                    .texts(&r.title)
                    .text(&vocabulary(&r.kind))
                    .ids(&parks_of(&r.parties))
                    .ids(&organisations_of(&r.parties))
                    .text(&from)
                    .text(&to)
                    .optional_texts(r.place.as_ref())
                    .texts(&r.summary)
                    .ids(&r.topics)
                    .text(r.event.as_deref().unwrap_or_default())
                    .optional_texts(r.note.as_ref())
                    .ids(&r.sources)
                    .done()
            })
            .collect(),
        Table::Events => data
            .events
            .iter()
            .map(|r| {
                let (from, to) = span(r.date.as_ref());
                let outcomes = |pick: fn(&Localized) -> &String| {
                    r.outcomes
                        .iter()
                        .map(|o| pick(o).as_str())
                        .collect::<Vec<_>>()
                        .join("\n")
                };
                Row::new(&r.id)
                    .texts(&r.title)
                    .text(&vocabulary(&r.kind))
                    .text(&vocabulary(&r.status))
                    .text(&vocabulary(&r.format))
                    .text(&from)
                    .text(&to)
                    .optional_texts(r.place.as_ref())
                    .text(&r.location.map(|l| l.lat.to_string()).unwrap_or_default())
                    .text(&r.location.map(|l| l.lon.to_string()).unwrap_or_default())
                    .ids(&parks_of(&r.organisers))
                    .ids(&organisations_of(&r.organisers))
                    .ids(&parks_of(&r.participants))
                    .ids(&organisations_of(&r.participants))
                    .ids(&r.people)
                    .text(
                        &r.attendance
                            .map(|a| a.count.to_string())
                            .unwrap_or_default(),
                    )
                    .text(
                        &r.attendance
                            .and_then(|a| a.qualifier)
                            .map(|q| vocabulary(&q))
                            .unwrap_or_default(),
                    )
                    .texts(&r.summary)
                    .text(&outcomes(|o| &o.fr))
                    .text(&outcomes(|o| &o.en))
                    .text(&outcomes(|o| &o.zh))
                    .ids(&r.agreements)
                    .ids(&r.parks)
                    .ids(&r.topics)
                    .optional_texts(r.note.as_ref())
                    .ids(&r.sources)
                    .done()
            })
            .collect(),
        Table::People => data
            .people
            .iter()
            .map(|r| {
                Row::new(&r.id)
                    .text(&r.native_name)
                    .text(&r.latin_name)
                    .texts(&r.role)
                    .text(r.organisation.as_deref().unwrap_or_default())
                    .text(r.park.as_deref().unwrap_or_default())
                    .optional_texts(r.note.as_ref())
                    .ids(&r.sources)
                    .done()
            })
            .collect(),
        Table::Sources => data
            .sources
            .iter()
            .map(|r| {
                Row::new(&r.id)
                    .text(&r.original_title)
                    .texts(&r.title)
                    .optional_texts(r.publisher.as_ref())
                    .ids(&r.languages)
                    .text(&date(r.date.as_ref()))
                    .optional_texts(r.note.as_ref())
                    .done()
            })
            .collect(),
        Table::Topics => data
            .topics
            .iter()
            .map(|r| Row::new(&r.id).texts(&r.name).done())
            .collect(),
    }
}

/// A row being filled column by column.
struct Row(Vec<String>);

impl Row {
    fn new(id: &str) -> Row {
        Row(vec![id.to_string()])
    }

    fn text(mut self, value: &str) -> Row {
        self.0.push(value.to_string());
        self
    }

    fn texts(self, value: &Localized) -> Row {
        self.text(&value.fr).text(&value.en).text(&value.zh)
    }

    fn optional_texts(self, value: Option<&Localized>) -> Row {
        match value {
            Some(value) => self.texts(value),
            None => self.text("").text("").text(""),
        }
    }

    fn ids(self, ids: &[String]) -> Row {
        self.text(&ids.join(ID_SEPARATOR))
    }

    fn done(self) -> Vec<String> {
        self.0
    }
}

/// A vocabulary value as the JSON file spells it (`sister-parks`, `on-site`).
fn vocabulary<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// A date at its precision in ISO 8601: `2016-07-02`, `2017-05`, `2016`; empty when absent.
pub fn date(date: Option<&PartialDate>) -> String {
    match date {
        None => String::new(),
        Some(d) => match (d.month, d.day) {
            (Some(m), Some(day)) => format!("{:04}-{m:02}-{day:02}", d.year),
            (Some(m), None) => format!("{:04}-{m:02}", d.year),
            _ => format!("{:04}", d.year),
        },
    }
}

/// The start and, for a span, the end of a date.
fn span(span: Option<&DateSpan>) -> (String, String) {
    (
        date(span.map(|s| &s.from)),
        date(span.and_then(|s| s.to.as_ref())),
    )
}

fn parks_of(parties: &[Party]) -> Vec<String> {
    parties
        .iter()
        .filter_map(|p| match p {
            Party::Park(id) => Some(id.clone()),
            Party::Organisation(_) => None,
        })
        .collect()
}

fn organisations_of(parties: &[Party]) -> Vec<String> {
    parties
        .iter()
        .filter_map(|p| match p {
            Party::Organisation(id) => Some(id.clone()),
            Party::Park(_) => None,
        })
        .collect()
}

/// A field as RFC 4180 writes it: quoted, with quotes doubled, when it holds
/// a comma, a quote or a line break; as is otherwise.
pub fn field(value: &str) -> Cow<'_, str> {
    if value.contains([',', '"', '\r', '\n']) {
        Cow::Owned(format!("\"{}\"", value.replace('"', "\"\"")))
    } else {
        Cow::Borrowed(value)
    }
}

/// A CSV file: the byte order mark, then the header and each row, each ended by CRLF.
pub fn write_csv<S: AsRef<str>>(header: &[S], rows: &[Vec<String>]) -> String {
    let mut out = String::from(BOM);
    let mut line = |values: &mut dyn Iterator<Item = &str>| {
        let fields: Vec<Cow<'_, str>> = values.map(field).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    };
    line(&mut header.iter().map(AsRef::as_ref));
    for row in rows {
        line(&mut row.iter().map(String::as_str));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_only_when_needed() {
        assert_eq!(field("Chengdu"), "Chengdu");
        assert_eq!(field("成都，高新区"), "成都，高新区");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("one\ntwo"), "\"one\ntwo\"");
        assert_eq!(field("one\r\ntwo"), "\"one\r\ntwo\"");
        assert_eq!(field(""), "");
    }

    #[test]
    fn a_file_has_a_bom_and_crlf_rows() {
        let csv = write_csv(
            &["id", "name"],
            &[vec!["a".into(), "x, y".into()], vec!["b".into(), "".into()]],
        );
        assert_eq!(csv, "\u{FEFF}id,name\r\na,\"x, y\"\r\nb,\r\n");
    }

    #[test]
    fn dates_keep_their_precision() {
        let d = |year, month, day| PartialDate { year, month, day };
        assert_eq!(date(Some(&d(2016, Some(7), Some(2)))), "2016-07-02");
        assert_eq!(date(Some(&d(2017, Some(5), None))), "2017-05");
        assert_eq!(date(Some(&d(2016, None, None))), "2016");
        assert_eq!(date(None), "");
    }

    #[test]
    fn text_columns_come_in_three_languages() {
        let header = header(Table::Topics);
        assert_eq!(header, ["id", "name_fr", "name_en", "name_zh"]);
        assert_eq!(Table::Parks.path(), "/data/parks.csv");
    }
}
