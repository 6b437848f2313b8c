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
//!
//! - `columns`: the kinds of column (a text in three languages, a list of
//!   ids, a date...), each a header name and a value per record together;
//! - `tables`: each table's columns, left to right: the published format;
//! - here: the file itself, written by the `csv` crate, which does the quoting.

mod columns;
mod tables;

use portal_core::address::files::Table;
use portal_core::model::Dataset;

use columns::Columns;

/// The byte order mark that opens each file.
pub const BOM: &str = "\u{FEFF}";

/// What separates the ids in a reference column.
pub const ID_SEPARATOR: &str = ";";

/// The whole CSV file: byte order mark, header, one row per record in dataset order.
pub fn table(table: Table, data: &Dataset) -> String {
    match table {
        Table::Parks => write(&tables::parks(), &data.parks),
        Table::Organisations => write(&tables::organisations(), &data.organisations),
        Table::Agreements => write(&tables::agreements(), &data.agreements),
        Table::Events => write(&tables::events(), &data.events),
        Table::People => write(&tables::people(), &data.people),
        Table::Sources => write(&tables::sources(), &data.sources),
        Table::Topics => write(&tables::topics(), &data.topics),
    }
}

/// A CSV file of `records`: the byte order mark, then the header and one row
/// per record, each ended by CRLF.
fn write<R>(columns: &Columns<R>, records: &[R]) -> String {
    // The writer's defaults are RFC 4180's (comma, quotes doubled, a field
    // quoted only when it holds a comma, a quote, CR or LF) but for the line
    // end, LF unless asked. The mark goes first, as bytes the writer never sees.
    let mut file = BOM.as_bytes().to_vec();
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(&mut file);
    // Writing to memory cannot fail, and every row has the header's length
    // since both come from the same columns: an error here is a bug.
    writer
        .write_record(columns.names())
        .expect("CSV header written to memory");
    for record in records {
        writer
            .write_record(columns.row(record))
            .expect("CSV row written to memory");
    }
    writer.flush().expect("CSV flushed to memory");
    drop(writer);
    String::from_utf8(file).expect("UTF-8 fields make a UTF-8 file")
}

#[cfg(test)]
mod tests;
