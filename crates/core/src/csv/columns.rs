//! A table's columns, each defined once: the name it has in the header and
//! what each record puts in it, side by side, so that the header and the rows
//! cannot disagree on the order or the number of columns.
//!
//! The methods are the kinds of value the tables hold. Some define several
//! columns at once (a text gives one per language, a date span its start and
//! end), so that the way a kind is spread over columns is written only here.
//! An absent value (no note, no date, no park) is an empty field.

use crate::i18n::Locale;
use crate::model::{Coordinates, DateSpan, Localized, PartialDate, Party};
use crate::{Catalog, Vocabulary};

use super::{ID_SEPARATOR, NAME_SEPARATOR};

/// What a column puts in the field of a record; the catalog names the
/// records it refers to.
type Field<R> = Box<dyn Fn(&R, &Catalog) -> String>;

/// One column: its header name and its field for a record.
struct Column<R> {
    name: String,
    field: Field<R>,
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
    pub fn row<'a>(
        &'a self,
        record: &'a R,
        catalog: &'a Catalog,
    ) -> impl Iterator<Item = String> + 'a {
        self.columns
            .iter()
            .map(move |column| (column.field)(record, catalog))
    }
}

impl<R: 'static> Default for Columns<R> {
    fn default() -> Self {
        Self::new()
    }
}

/// The parks of `parties` (`park: true`) or their organisations.
fn parties_of_kind(parties: &[Party], park: bool) -> String {
    let ids: Vec<&str> = parties
        .iter()
        .filter_map(|party| match party {
            Party::Park(id) if park => Some(id.as_str()),
            Party::Organisation(id) if !park => Some(id.as_str()),
            _ => None,
        })
        .collect();
    ids.join(ID_SEPARATOR)
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
    pub fn value(mut self, name: &str, field: impl Fn(&R, &Catalog) -> String + 'static) -> Self {
        self.columns.push(Column {
            name: name.to_string(),
            field: Box::new(field),
        });
        self
    }

    /// A text in one language only (an id, a local name, a country code).
    pub fn text(self, name: &str, text: fn(&R) -> &str) -> Self {
        self.value(name, move |record, _| text(record).to_string())
    }

    /// A text in one language that a record may lack (an acronym).
    pub fn optional_text(self, name: &str, text: fn(&R) -> Option<&str>) -> Self {
        self.value(name, move |record, _| {
            text(record).unwrap_or_default().to_string()
        })
    }

    /// The id of one other record, where there is one.
    pub fn reference(self, name: &str, id: fn(&R) -> Option<&str>) -> Self {
        self.optional_text(name, id)
    }

    /// The ids of other records (or codes, such as languages), joined by `;`.
    pub fn ids(self, name: &str, ids: fn(&R) -> &[String]) -> Self {
        self.value(name, move |record, _| ids(record).join(ID_SEPARATOR))
    }

    /// Parks and organisations taking part: `<role>_parks` then
    /// `<role>_organisations`, each the ids of that kind of party.
    pub fn parties(self, role: &str, parties: fn(&R) -> &[Party]) -> Self {
        self.value(&format!("{role}_parks"), move |record, _| {
            parties_of_kind(parties(record), true)
        })
        .value(&format!("{role}_organisations"), move |record, _| {
            parties_of_kind(parties(record), false)
        })
    }

    /// A value of a fixed vocabulary, as the JSON file spells it
    /// (`sister-parks`, `on-site`), so the two files can be read together.
    pub fn vocabulary<V: Vocabulary>(self, name: &str, value: fn(&R) -> Option<V>) -> Self {
        self.value(name, move |record, _| {
            value(record).map_or_else(String::new, |v| v.key().to_string())
        })
    }

    /// A text in the portal's three languages: `<stem>_fr`, `<stem>_en`, `<stem>_zh`.
    pub fn localized(self, stem: &str, text: fn(&R) -> &Localized) -> Self {
        self.in_each_language(stem, move |record, locale, _| {
            text(record).get(locale).to_string()
        })
    }

    /// A text in three languages that a record may lack (a note, a place).
    pub fn optional_localized(self, stem: &str, text: fn(&R) -> Option<&Localized>) -> Self {
        self.in_each_language(stem, move |record, locale, _| {
            text(record)
                .map(|text| text.get(locale).to_string())
                .unwrap_or_default()
        })
    }

    /// Several texts in three languages (an event's outcomes), one per line
    /// of each language's field.
    pub fn localized_lines(self, stem: &str, texts: fn(&R) -> &[Localized]) -> Self {
        self.in_each_language(stem, move |record, locale, _| {
            let lines: Vec<&str> = texts(record).iter().map(|t| t.get(locale)).collect();
            lines.join("\n")
        })
    }

    /// The names of the parks and organisations taking part, in each
    /// language, in the order of the parties: `<role>_names_fr`…
    pub fn party_names(self, role: &str, parties: fn(&R) -> &[Party]) -> Self {
        self.in_each_language(&format!("{role}_names"), move |record, locale, catalog| {
            let names: Vec<&str> = parties(record)
                .iter()
                .filter_map(|party| catalog.party_name(party, locale))
                .collect();
            names.join(NAME_SEPARATOR)
        })
    }

    /// The names of the records an id column refers to, in each language
    /// (`topic_names_fr`…); `name` looks one up.
    pub fn names_of(
        self,
        stem: &str,
        ids: fn(&R) -> &[String],
        name: fn(&Catalog, &str, Locale) -> Option<String>,
    ) -> Self {
        self.in_each_language(stem, move |record, locale, catalog| {
            let names: Vec<String> = ids(record)
                .iter()
                .filter_map(|id| name(catalog, id, locale))
                .collect();
            names.join(NAME_SEPARATOR)
        })
    }

    /// The name of the one record a reference column refers to, in each language.
    pub fn name_of(
        self,
        stem: &str,
        id: fn(&R) -> Option<&str>,
        name: fn(&Catalog, &str, Locale) -> Option<String>,
    ) -> Self {
        self.in_each_language(stem, move |record, locale, catalog| {
            id(record)
                .and_then(|id| name(catalog, id, locale))
                .unwrap_or_default()
        })
    }

    /// One column per language, in the portal's order (French, English, Chinese).
    fn in_each_language(
        mut self,
        stem: &str,
        field: impl Fn(&R, Locale, &Catalog) -> String + Clone + 'static,
    ) -> Self {
        for locale in Locale::ALL {
            let field = field.clone();
            let name = format!("{stem}_{}", locale.code());
            self = self.value(&name, move |record, catalog| field(record, locale, catalog));
        }
        self
    }

    /// A date at the precision the sources give it.
    pub fn date(self, name: &str, date: fn(&R) -> Option<&PartialDate>) -> Self {
        self.value(name, move |record, _| iso_date(date(record)))
    }

    /// A date or a span of dates: `date_from`, then `date_to`, which is
    /// empty unless the record spans several days, months or years.
    pub fn date_span(self, span: fn(&R) -> Option<&DateSpan>) -> Self {
        self.value("date_from", move |record, _| {
            iso_date(span(record).map(|span| &span.from))
        })
        .value("date_to", move |record, _| {
            iso_date(span(record).and_then(|span| span.to.as_ref()))
        })
    }

    /// A position: `lat`, then `lon`, in decimal degrees.
    pub fn coordinates(self, position: fn(&R) -> Option<&Coordinates>) -> Self {
        self.value("lat", move |record, _| {
            position(record).map(|p| degrees(p.lat)).unwrap_or_default()
        })
        .value("lon", move |record, _| {
            position(record).map(|p| degrees(p.lon)).unwrap_or_default()
        })
    }
}

/// Decimal degrees with at most six decimals (a tenth of a metre), as the
/// dataset writes them: `43.6167`, `7.0553`, `-0.5`: integer arithmetic
/// gives exactly that form, with no trailing zeros and no exponent.
pub fn degrees(value: f64) -> String {
    let millionths = (value * 1e6).round() as i64;
    let (whole, fraction) = (millionths.abs() / 1_000_000, millionths.abs() % 1_000_000);
    let sign = if millionths < 0 { "-" } else { "" };
    if fraction == 0 {
        return format!("{sign}{whole}");
    }
    let fraction = format!("{fraction:06}");
    format!("{sign}{whole}.{}", fraction.trim_end_matches('0'))
}

/// A date at its precision in ISO 8601 (`2016-07-02`, `2017-05`, `2016`); empty when absent.
pub fn iso_date(date: Option<&PartialDate>) -> String {
    date.map(crate::dates::iso).unwrap_or_default()
}
