//! The dataset as CSV tables, one per record type, for spreadsheets and
//! scripts that do not read JSON: the files the site publishes
//! (`data/parks.csv`…), written here; the filtered lists the app exports are
//! the rows of the reading tables for the records shown ([`select_rows_at`]),
//! so the app carries no writer. The JSON file (`data/portal.json`) stays the dataset itself; the
//! tables hold one row per record with its main fields.
//!
//! The files follow RFC 4180: comma-separated, CRLF at the end of each row,
//! fields quoted when they hold the separator, a quote or a line break, quotes
//! doubled; a text that a spreadsheet would run as a formula starts with an
//! apostrophe. They are UTF-8 with a byte order mark, so spreadsheet programs
//! read the Chinese text as such. Texts have one column per language
//! (`name_fr`, `name_en`, `name_zh`); references to other records are their
//! ids joined by `;`, with the records' names in each language in columns of
//! their own at the end of the row (`party_names_fr`…), joined by `; `.
//!
//! Each table also comes with semicolons between fields ([`Separator`]):
//! spreadsheets set to French (and other languages whose decimal mark is a
//! comma) expect them, and open a comma-separated file as one column.
//!
//! - `columns`: the kinds of column (a text in three languages, a list of
//!   ids, a date...), each a header name and a value per record together;
//! - `tables`: each table's columns, left to right: the published format;
//! - `reading`: the agreements and events in one language, for people,
//!   which the lists export;
//! - here: the file itself, with its quoting, and the selection of its rows.

mod columns;
mod reading;
mod table;
mod tables;

use crate::Catalog;

pub use columns::{iso_date, Columns};
pub use reading::{reading_table, READING_TABLES};
pub use table::Table;

/// The byte order mark that opens each file.
pub const BOM: &str = "\u{FEFF}";

/// What separates the ids in a reference column.
pub const ID_SEPARATOR: &str = ";";

/// What separates the names in a column of names: the ids' separator, and a
/// space to read them by.
pub const NAME_SEPARATOR: &str = "; ";

/// What separates the fields of a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Separator {
    /// RFC 4180's, which programs and most spreadsheets read.
    Comma,
    /// What spreadsheets set to French expect (the comma is their decimal mark).
    Semicolon,
}

impl Separator {
    /// Both, in the order the pages offer them.
    pub const ALL: [Separator; 2] = [Separator::Comma, Separator::Semicolon];

    fn char(self) -> char {
        match self {
            Separator::Comma => ',',
            Separator::Semicolon => ';',
        }
    }
}

/// A record type with a CSV table.
pub trait Tabular: Sized + 'static {
    /// Its table, and the published file of it.
    const TABLE: Table;
    /// The record's id, its row's first field.
    fn id(&self) -> &str;
    /// Its table's columns, left to right.
    fn columns() -> Columns<Self>;
}

/// A CSV file of `records`, in their order: the byte order mark, then the
/// header and one row per record, each ended by CRLF.
pub fn write<R: Tabular>(records: &[&R], catalog: &Catalog, separator: Separator) -> String {
    write_columns(&R::columns(), records, catalog, separator)
}

/// The whole table of a record type, in dataset order: the published file.
pub fn table(table: Table, catalog: &Catalog, separator: Separator) -> String {
    fn all<R: Tabular>(records: &[R], catalog: &Catalog, separator: Separator) -> String {
        write(&records.iter().collect::<Vec<_>>(), catalog, separator)
    }
    let data = catalog.data();
    match table {
        Table::Parks => all(&data.parks, catalog, separator),
        Table::Organisations => all(&data.organisations, catalog, separator),
        Table::Agreements => all(&data.agreements, catalog, separator),
        Table::Events => all(&data.events, catalog, separator),
        Table::People => all(&data.people, catalog, separator),
        Table::Sources => all(&data.sources, catalog, separator),
        Table::Topics => all(&data.topics, catalog, separator),
    }
}

fn write_columns<R>(
    columns: &Columns<R>,
    records: &[&R],
    catalog: &Catalog,
    separator: Separator,
) -> String {
    let mut file = String::from(BOM);
    write_row(&mut file, columns.names().map(str::to_string), separator);
    for record in records {
        write_row(&mut file, columns.row(record, catalog), separator);
    }
    file
}

fn write_row(file: &mut String, fields: impl Iterator<Item = String>, separator: Separator) {
    let separator = separator.char();
    for (i, field) in fields.enumerate() {
        if i > 0 {
            file.push(separator);
        }
        let field = defused(field);
        // Quoted only when it must be, so that most fields read as written.
        if field.contains([separator, '"', '\r', '\n']) {
            file.push('"');
            file.push_str(&field.replace('"', "\"\""));
            file.push('"');
        } else {
            file.push_str(&field);
        }
    }
    file.push_str("\r\n");
}

/// A text a spreadsheet would take for a formula and run (it starts with
/// `=`, `+`, `-`, `@`, a tab or a carriage return, and is not a number),
/// with an apostrophe before it: spreadsheets then show it as text (OWASP's
/// advice on CSV injection). No text of the dataset starts so today; a
/// contributed one might, and readers open these files in spreadsheets.
fn defused(field: String) -> String {
    let risky = field.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && !is_number(&field) {
        format!("'{field}")
    } else {
        field
    }
}

/// A decimal number as the tables write them (`-12`, `-0.5`).
fn is_number(field: &str) -> bool {
    let digits = field.strip_prefix(['-', '+']).unwrap_or(field);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
    !whole.is_empty()
        && !fraction.is_empty()
        && whole
            .bytes()
            .chain(fraction.bytes())
            .all(|b| b.is_ascii_digit())
}

/// A reading table ([`reading_table`]) cut down to the rows at `positions`
/// (the records' places in the dataset), in that order, after its header:
/// the file a list exports. `None` if the table has not `total` rows (a
/// file of another release of the dataset) or is no table.
pub fn select_rows_at(table: &str, positions: &[usize], total: usize) -> Option<String> {
    let body = table.strip_prefix(BOM).unwrap_or(table);
    let rows = records(body);
    let (header, rows) = rows.split_first()?;
    if rows.len() != total {
        return None;
    }
    let mut file = String::from(BOM);
    file.push_str(header);
    for &at in positions {
        file.push_str(rows.get(at)?);
    }
    Some(file)
}

/// The records of a CSV text, each with its line end: a line break inside
/// quotes belongs to its field.
fn records(text: &str) -> Vec<&str> {
    let mut records = Vec::new();
    let (mut start, mut quoted) = (0, false);
    for (i, c) in text.char_indices() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => {
                records.push(&text[start..=i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    if start < text.len() {
        records.push(&text[start..]);
    }
    records
}

#[cfg(test)]
mod tests;
