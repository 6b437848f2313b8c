//! The dataset's CSV tables, from the shipped dataset: read back with a small
//! RFC 4180 reader written here, not with the code that writes them.

use crate::support;
use portal_core::model::Dataset;

use portal_core::address::files::Table;
use portal_core::address::Site;
use portal_core::csv::{Separator, BOM};
use portal_site::pages::data_files;

fn dataset() -> Dataset {
    support::dataset()
}

/// The published file of a table, with commas.
fn published(table: Table, data: &Dataset) -> String {
    portal_core::csv::table(table, &support::catalog_of(data.clone()), Separator::Comma)
}

/// The records of an RFC 4180 file (after its byte order mark), checking
/// that every record ends with CRLF.
fn parse(text: &str) -> Vec<Vec<String>> {
    parse_with(text, ',')
}

/// The records of a file whose fields are separated by `separator`.
fn parse_with(text: &str, separator: char) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    let mut at_field_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => {
                    quoted = false;
                    assert!(
                        matches!(chars.peek(), Some(&c) if c == separator || c == '\r'),
                        "text after a closing quote"
                    );
                }
                c => field.push(c),
            }
            continue;
        }
        match c {
            '"' if at_field_start => {
                quoted = true;
                at_field_start = false;
            }
            '"' => panic!("a quote inside an unquoted field"),
            c if c == separator => {
                record.push(std::mem::take(&mut field));
                at_field_start = true;
            }
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                at_field_start = true;
            }
            '\n' => panic!("a line break that is not CRLF outside quotes"),
            c => {
                field.push(c);
                at_field_start = false;
            }
        }
    }
    assert!(!quoted, "unterminated quote");
    assert!(
        record.is_empty() && field.is_empty(),
        "the last record ends with CRLF"
    );
    records
}

/// The columns each table is published with, as its readers know them: a
/// change here is a change to the open-data format.
const COLUMNS: [(&str, &str); 7] = [
    ("parks", "id name_fr name_en name_zh local_name local_name_lang city_fr city_en city_zh region_fr region_en region_zh country lat lon founded sectors description_fr description_en description_zh note_fr note_en note_zh sources country_name_fr country_name_en country_name_zh sector_names_fr sector_names_en sector_names_zh"),
    ("organisations", "id name_fr name_en name_zh local_name local_name_lang acronym kind country park sectors description_fr description_en description_zh note_fr note_en note_zh sources country_name_fr country_name_en country_name_zh park_name_fr park_name_en park_name_zh sector_names_fr sector_names_en sector_names_zh"),
    ("agreements", "id title_fr title_en title_zh kind party_parks party_organisations date_from date_to place_fr place_en place_zh summary_fr summary_en summary_zh topics event note_fr note_en note_zh sources party_names_fr party_names_en party_names_zh topic_names_fr topic_names_en topic_names_zh"),
    ("events", "id title_fr title_en title_zh kind status format date_from date_to place_fr place_en place_zh lat lon organiser_parks organiser_organisations participant_parks participant_organisations people attendance attendance_qualifier summary_fr summary_en summary_zh outcomes_fr outcomes_en outcomes_zh agreements parks topics note_fr note_en note_zh sources organiser_names_fr organiser_names_en organiser_names_zh participant_names_fr participant_names_en participant_names_zh park_names_fr park_names_en park_names_zh topic_names_fr topic_names_en topic_names_zh"),
    ("people", "id native_name latin_name role_fr role_en role_zh organisation park note_fr note_en note_zh sources organisation_name_fr organisation_name_en organisation_name_zh park_name_fr park_name_en park_name_zh"),
    ("sources", "id original_title title_fr title_en title_zh publisher_fr publisher_en publisher_zh languages date note_fr note_en note_zh"),
    ("topics", "id name_fr name_en name_zh"),
];

#[test]
fn every_table_has_a_bom_its_columns_and_one_row_per_record() {
    let data = dataset();
    // The records per type, counted in the file itself, not by the model.
    let json: serde_json::Value = serde_json::from_str(&support::shipped_text()).unwrap();
    assert_eq!(Table::ALL.len(), COLUMNS.len());
    for (table, (name, columns)) in Table::ALL.into_iter().zip(COLUMNS) {
        assert_eq!(table.name(), name);
        let csv = published(table, &data);
        let body = csv.strip_prefix(BOM).expect("byte order mark");
        let records = parse(body);
        let header = &records[0];
        assert_eq!(header.join(" "), columns, "{name}");
        assert_eq!(
            records.len() - 1,
            json[name].as_array().unwrap().len(),
            "{name}: one row per record"
        );
        for row in &records[1..] {
            assert_eq!(row.len(), header.len(), "{}: {}", table.name(), row[0]);
        }
        let column = |name: &str| header.iter().position(|h| h == name);
        // Texts in the three languages, where the record type has names or titles.
        for stem in ["name", "title"] {
            if let Some(fr) = column(&format!("{stem}_fr")) {
                assert_eq!(header[fr + 1], format!("{stem}_en"));
                assert_eq!(header[fr + 2], format!("{stem}_zh"));
            }
        }
    }
}

#[test]
fn rows_hold_the_records_fields_in_dataset_order() {
    let data = dataset();
    let rows = |table: Table| {
        let csv = published(table, &data);
        let mut records = parse(csv.strip_prefix(BOM).unwrap());
        let header = records.remove(0);
        (header, records)
    };
    let value = |header: &[String], row: &[String], name: &str| -> String {
        let i = header.iter().position(|h| h == name).unwrap();
        row[i].clone()
    };

    let (header, parks) = rows(Table::Parks);
    for (park, row) in data.parks.iter().zip(&parks) {
        assert_eq!(row[0], park.id);
        assert_eq!(value(&header, row, "name_zh"), park.name.zh);
        assert_eq!(value(&header, row, "description_fr"), park.description.fr);
        assert_eq!(value(&header, row, "sources"), park.sources.join(";"));
        assert_eq!(value(&header, row, "sectors"), park.sectors.join(";"));
        assert_eq!(
            value(&header, row, "lat").parse::<f64>().unwrap(),
            park.location.lat
        );
    }

    let (header, events) = rows(Table::Events);
    for (event, row) in data.events.iter().zip(&events) {
        assert_eq!(row[0], event.id);
        assert_eq!(value(&header, row, "title_en"), event.title.en);
        assert_eq!(value(&header, row, "sources"), event.sources.join(";"));
        assert_eq!(value(&header, row, "people"), event.people.join(";"));
        let outcomes: Vec<&str> = event.outcomes.iter().map(|o| o.zh.as_str()).collect();
        assert_eq!(value(&header, row, "outcomes_zh"), outcomes.join("\n"));
    }
    let forum = events
        .iter()
        .find(|r| r[0] == "franco-chinese-forum-future-leaders-2016")
        .unwrap();
    assert_eq!(value(&header, forum, "date_from"), "2016-07-02");
    assert_eq!(value(&header, forum, "kind"), "forum");
    assert_eq!(value(&header, forum, "format"), "on-site");
    assert_eq!(
        value(&header, forum, "organiser_organisations"),
        "fondation-sophia-antipolis;chengdu-eu-project-innovation-center"
    );
    assert_eq!(
        value(&header, forum, "organiser_parks"),
        "chengdu-hi-tech-zone"
    );
    let undated = events
        .iter()
        .find(|r| r[0] == "sophia-antipolis-innovation-roadshow-ai-ict")
        .unwrap();
    assert_eq!(value(&header, undated, "date_from"), "");

    let (header, agreements) = rows(Table::Agreements);
    let sister = agreements
        .iter()
        .find(|r| r[0] == "sophia-chengdu-sister-parks-2016")
        .unwrap();
    assert_eq!(
        value(&header, sister, "party_parks"),
        "sophia-antipolis;chengdu-hi-tech-zone"
    );
    assert_eq!(value(&header, sister, "kind"), "sister-parks");

    let (header, people) = rows(Table::People);
    // Named as the article spells her (docs/DATA.md), the usual form in her note.
    let liu = people.iter().find(|r| r[0] == "liu-yandong").unwrap();
    assert_eq!(value(&header, liu, "native_name"), "Yadong Liu");
}

#[test]
fn quotes_commas_and_line_breaks_in_texts_survive() {
    let mut data = dataset();
    data.topics[0].name.fr = "« IA », \"deep\" learning\r\net robots, etc.".to_string();
    data.topics[0].name.zh = "人工智能，机器人".to_string();
    let csv = published(Table::Topics, &data);
    assert!(csv.contains("\"« IA », \"\"deep\"\" learning\r\net robots, etc.\""));
    let records = parse(csv.strip_prefix(BOM).unwrap());
    assert_eq!(records[1][1], data.topics[0].name.fr);
    assert_eq!(records[1][3], data.topics[0].name.zh);
    assert_eq!(records.len(), data.topics.len() + 1);
}

#[test]
fn the_build_writes_one_csv_file_per_record_type() {
    let data = dataset();
    let site = Site::parse("https://owner.github.io/portal/").unwrap();
    let files = data_files(
        &support::catalog_of(data),
        &support::shipped_text(),
        &site,
        0,
    );
    for name in [
        "parks",
        "organisations",
        "agreements",
        "events",
        "people",
        "sources",
        "topics",
    ] {
        for path in [
            format!("data/{name}.csv"),
            format!("data/{name}-semicolon.csv"),
        ] {
            let file = files.iter().find(|f| f.path == path).expect(&path);
            assert!(file.contents.starts_with('\u{FEFF}'));
        }
    }
}

#[test]
fn ids_come_with_the_names_of_their_records_in_each_language() {
    let data = dataset();
    let mut records = parse(
        published(Table::Agreements, &data)
            .strip_prefix(BOM)
            .unwrap(),
    );
    let header = records.remove(0);
    let value =
        |row: &[String], name: &str| row[header.iter().position(|h| h == name).unwrap()].clone();
    let sister = records
        .iter()
        .find(|r| r[0] == "sophia-chengdu-sister-parks-2016")
        .unwrap();
    // One name per id, in the same order, in each language.
    let park = |id: &str| data.parks.iter().find(|p| p.id == id).unwrap();
    let (sophia, chengdu) = (park("sophia-antipolis"), park("chengdu-hi-tech-zone"));
    assert_eq!(
        value(sister, "party_names_fr"),
        format!("{}; {}", sophia.name.fr, chengdu.name.fr)
    );
    assert_eq!(
        value(sister, "party_names_en"),
        format!("{}; {}", sophia.name.en, chengdu.name.en)
    );
    assert_eq!(
        value(sister, "party_names_zh"),
        format!("{}; {}", sophia.name.zh, chengdu.name.zh)
    );
    let topics: Vec<&str> = data
        .agreements
        .iter()
        .find(|a| a.id == sister[0])
        .unwrap()
        .topics
        .iter()
        .map(|id| {
            data.topics
                .iter()
                .find(|t| &t.id == id)
                .unwrap()
                .name
                .zh
                .as_str()
        })
        .collect();
    assert_eq!(value(sister, "topic_names_zh"), topics.join("; "));

    // Organisations name their country as each language does.
    let mut records = parse(
        published(Table::Organisations, &data)
            .strip_prefix(BOM)
            .unwrap(),
    );
    let header = records.remove(0);
    let fsa = records
        .iter()
        .find(|r| r[0] == "fondation-sophia-antipolis")
        .unwrap();
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    assert_eq!(fsa[at("country_name_fr")], "France");
    assert_eq!(fsa[at("country_name_zh")], "法国");
    assert_eq!(fsa[at("park_name_en")], park("sophia-antipolis").name.en);
}

/// The variant for French-locale spreadsheets holds the same fields,
/// separated by semicolons.
#[test]
fn the_semicolon_variant_holds_the_same_fields() {
    let catalog = support::catalog();
    for table in Table::ALL {
        let comma = portal_core::csv::table(table, &catalog, Separator::Comma);
        let semicolon = portal_core::csv::table(table, &catalog, Separator::Semicolon);
        let semicolon = semicolon.strip_prefix(BOM).expect("byte order mark");
        assert!(semicolon.starts_with("id;"), "{}", table.name());
        assert_eq!(
            parse(comma.strip_prefix(BOM).unwrap()),
            parse_with(semicolon, ';'),
            "{}",
            table.name()
        );
    }
}

/// What a list exports: its table for reading, in the page's language.
#[test]
fn a_list_exports_a_table_for_reading_in_its_language_names_not_ids() {
    use portal_core::csv::{reading_table, select_rows_at};
    use portal_core::{Key, Locale, Route, Vocabulary};
    let mut data = dataset();
    // A name that a spreadsheet would run as a formula, as an editor might type it.
    data.agreements[0].title.fr = "=HYPERLINK(\"http://x\";\"y\")".into();
    let catalog = support::catalog_of(data.clone());
    let site = Site::parse("https://owner.github.io/portal/").unwrap();
    for locale in Locale::ALL {
        let file = reading_table(
            Table::Agreements,
            &catalog,
            &site,
            locale,
            Separator::Semicolon,
        )
        .unwrap();
        let rows = parse_with(file.strip_prefix(BOM).expect("byte order mark"), ';');
        assert_eq!(rows.len(), data.agreements.len() + 1);
        let header = &rows[0];
        // Headers in the page's language, a dozen of them.
        let l = locale;
        assert_eq!(
            header[..5],
            [
                l.text(Key::ExportTitle),
                l.text(Key::FieldKind),
                l.text(Key::FieldDate),
                l.text(Key::FieldPlace),
                l.text(Key::FieldParties)
            ]
        );
        assert_eq!(header.last().unwrap(), l.text(Key::ExportPage));
        assert!(header.len() <= 12, "{header:?}");
        for (row, agreement) in rows[1..].iter().zip(&data.agreements) {
            // Vocabulary in words, names not ids, the record's page last.
            assert_eq!(row[1], l.text(agreement.kind.label()));
            let parties: Vec<&str> = agreement
                .parties
                .iter()
                .filter_map(|p| catalog.party_name(p, l))
                .collect();
            assert_eq!(row[4], parties.join("; "));
            let ids: Vec<&str> = data.parks.iter().map(|p| p.id.as_str()).collect();
            assert!(
                row[4].split("; ").all(|name| !ids.contains(&name)),
                "{row:?}"
            );
            assert_eq!(
                row.last().unwrap(),
                &site.page(&Route::Agreement(agreement.id.clone()), l)
            );
        }
        if locale == Locale::Fr {
            assert_eq!(rows[1][0], "'=HYPERLINK(\"http://x\";\"y\")");
        }
    }
    // The open data's own table defuses the same cell.
    let machine = parse(
        published(Table::Agreements, &data)
            .strip_prefix(BOM)
            .unwrap(),
    );
    let title_fr = machine[0].iter().position(|h| h == "title_fr").unwrap();
    assert_eq!(machine[1][title_fr], "'=HYPERLINK(\"http://x\";\"y\")");
    // The export keeps the rows of the records shown, in the list's order.
    let file = reading_table(Table::Events, &catalog, &site, Locale::En, Separator::Comma).unwrap();
    let all = parse(file.strip_prefix(BOM).unwrap());
    let picked = select_rows_at(&file, &[2, 0], data.events.len()).unwrap();
    let picked = parse(picked.strip_prefix(BOM).unwrap());
    assert_eq!(picked, [all[0].clone(), all[3].clone(), all[1].clone()]);
    // A file of another release (another number of rows) is refused.
    assert!(select_rows_at(&file, &[0], data.events.len() + 1).is_none());
}
