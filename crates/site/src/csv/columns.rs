//! A table's columns, each defined once: the name it has in the header and
//! what each record puts in it, side by side, so that the header and the rows
//! cannot disagree on the order or the number of columns.
//!
//! The methods are the kinds of value the tables hold. Some define several
//! columns at once (a text gives one per language, a date span its start and
//! end), so that the way a kind is spread over columns is written only here.
//! An absent value (no note, no date, no park) is an empty field.

use serde::Serialize;

use portal_core::i18n::Locale;
use portal_core::model::{Coordinates, DateSpan, Localized, PartialDate, Party};

use super::ID_SEPARATOR;

/// One column: its header name and its field for a record.
struct Column<R> {
    name: String,
    field: Box<dyn Fn(&R) -> String>,
}

/// The columns of a table of records `R`, left to right.
pub struct Columns<R> {
    columns: Vec<Column<R>>,
}

impl<R> Columns<R> {
    /// The header: each column's name.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.columns.iter().map(|column| column.name.as_str())
    }

    /// The row of a record: each column's field.
    pub fn row<'a>(&'a self, record: &'a R) -> impl Iterator<Item = String> + 'a {
        self.columns
            .iter()
            .map(move |column| (column.field)(record))
    }
}

// The accessors are `fn` pointers rather than closures: they only pick a
// field of the record, and a pointer's signature tells the compiler that
// what it returns is borrowed from the record (`|p| &p.name`).
impl<R: 'static> Columns<R> {
    pub fn new() -> Self {
        Columns {
            columns: Vec::new(),
        }
    }

    /// A column of any value; the kinds below are written with it.
    pub fn value(mut self, name: &str, field: impl Fn(&R) -> String + 'static) -> Self {
        self.columns.push(Column {
            name: name.to_string(),
            field: Box::new(field),
        });
        self
    }

    /// A text in one language only (an id, a local name, a country code).
    pub fn text(self, name: &str, text: fn(&R) -> &str) -> Self {
        self.value(name, move |record| text(record).to_string())
    }

    /// A text in one language that a record may lack (an acronym).
    pub fn optional_text(self, name: &str, text: fn(&R) -> Option<&str>) -> Self {
        self.value(name, move |record| {
            text(record).unwrap_or_default().to_string()
        })
    }

    /// The id of one other record, where there is one.
    pub fn reference(self, name: &str, id: fn(&R) -> Option<&str>) -> Self {
        self.optional_text(name, id)
    }

    /// The ids of other records (or codes, such as languages), joined by `;`.
    pub fn ids(self, name: &str, ids: fn(&R) -> &[String]) -> Self {
        self.value(name, move |record| ids(record).join(ID_SEPARATOR))
    }

    /// Parks and organisations taking part: `<role>_parks` then
    /// `<role>_organisations`, each the ids of that kind of party.
    pub fn parties(self, role: &str, parties: fn(&R) -> &[Party]) -> Self {
        self.value(&format!("{role}_parks"), move |record| {
            let parks = parties(record).iter().filter_map(|party| match party {
                Party::Park(id) => Some(id.as_str()),
                Party::Organisation(_) => None,
            });
            parks.collect::<Vec<_>>().join(ID_SEPARATOR)
        })
        .value(&format!("{role}_organisations"), move |record| {
            let organisations = parties(record).iter().filter_map(|party| match party {
                Party::Organisation(id) => Some(id.as_str()),
                Party::Park(_) => None,
            });
            organisations.collect::<Vec<_>>().join(ID_SEPARATOR)
        })
    }

    /// A value of a fixed vocabulary, as the JSON file spells it
    /// (`sister-parks`, `on-site`), so the two files can be read together.
    pub fn vocabulary<T: Serialize + 'static>(self, name: &str, value: fn(&R) -> T) -> Self {
        self.value(name, move |record| {
            match serde_json::to_value(value(record)) {
                Ok(serde_json::Value::String(spelling)) => spelling,
                // `null`, for an absent value.
                _ => String::new(),
            }
        })
    }

    /// A text in the portal's three languages: `<stem>_fr`, `<stem>_en`, `<stem>_zh`.
    pub fn localized(self, stem: &str, text: fn(&R) -> &Localized) -> Self {
        self.in_each_language(stem, move |record, locale| {
            text(record).get(locale).to_string()
        })
    }

    /// A text in three languages that a record may lack (a note, a place).
    pub fn optional_localized(self, stem: &str, text: fn(&R) -> Option<&Localized>) -> Self {
        self.in_each_language(stem, move |record, locale| {
            text(record)
                .map(|text| text.get(locale).to_string())
                .unwrap_or_default()
        })
    }

    /// Several texts in three languages (an event's outcomes), one per line
    /// of each language's field.
    pub fn localized_lines(self, stem: &str, texts: fn(&R) -> &[Localized]) -> Self {
        self.in_each_language(stem, move |record, locale| {
            let lines: Vec<&str> = texts(record).iter().map(|t| t.get(locale)).collect();
            lines.join("\n")
        })
    }

    /// One column per language, in the portal's order (French, English, Chinese).
    fn in_each_language(
        mut self,
        stem: &str,
        field: impl Fn(&R, Locale) -> String + Clone + 'static,
    ) -> Self {
        for locale in Locale::ALL {
            let field = field.clone();
            let name = format!("{stem}_{}", locale.code());
            self = self.value(&name, move |record| field(record, locale));
        }
        self
    }

    /// A date at the precision the sources give it.
    pub fn date(self, name: &str, date: fn(&R) -> Option<&PartialDate>) -> Self {
        self.value(name, move |record| iso_date(date(record)))
    }

    /// A date or a span of dates: `date_from`, then `date_to`, which is
    /// empty unless the record spans several days, months or years.
    pub fn date_span(self, span: fn(&R) -> Option<&DateSpan>) -> Self {
        self.value("date_from", move |record| {
            iso_date(span(record).map(|span| &span.from))
        })
        .value("date_to", move |record| {
            iso_date(span(record).and_then(|span| span.to.as_ref()))
        })
    }

    /// A position: `lat`, then `lon`, in decimal degrees.
    pub fn coordinates(self, position: fn(&R) -> Option<&Coordinates>) -> Self {
        self.value("lat", move |record| {
            position(record)
                .map(|p| p.lat.to_string())
                .unwrap_or_default()
        })
        .value("lon", move |record| {
            position(record)
                .map(|p| p.lon.to_string())
                .unwrap_or_default()
        })
    }
}

/// A date at its precision in ISO 8601: `2016-07-02`, `2017-05`, `2016`; empty when absent.
pub fn iso_date(date: Option<&PartialDate>) -> String {
    match date {
        None => String::new(),
        Some(d) => match (d.month, d.day) {
            (Some(m), Some(day)) => format!("{:04}-{m:02}-{day:02}", d.year),
            (Some(m), None) => format!("{:04}-{m:02}", d.year),
            _ => format!("{:04}", d.year),
        },
    }
}
