use super::Table;
use crate::i18n::Names;
use crate::model::{
    Agreement, AgreementKind, Coordinates, Dataset, DateSpan, Localized, Park, PartialDate, Party,
    Topic,
};
use crate::Catalog;

use super::columns::{degrees, iso_date, Columns};
use super::{table, write, write_columns, Separator, Tabular};

fn localized(fr: &str, en: &str, zh: &str) -> Localized {
    Localized {
        fr: fr.into(),
        en: en.into(),
        zh: zh.into(),
    }
}

fn catalog_of(topics: Vec<Topic>, parks: Vec<Park>, agreements: Vec<Agreement>) -> Catalog {
    let data = Dataset {
        schema: None,
        version: 1,
        updated: crate::model::PartialDate {
            year: 2026,
            month: Some(11),
            day: Some(30),
        },
        sources: vec![],
        topics,
        parks,
        organisations: vec![],
        people: vec![],
        agreements,
        events: vec![],
    };
    Catalog::new(data, Names::default())
}

fn empty() -> Catalog {
    catalog_of(vec![], vec![], vec![])
}

/// A field as the file holds it: written in a row of its own after an id.
fn field(value: &str, separator: Separator) -> String {
    struct Note {
        id: &'static str,
        text: String,
    }
    let columns = Columns::<Note>::new()
        .text("id", |note| note.id)
        .text("text", |note| &note.text);
    let note = Note {
        id: "x",
        text: value.into(),
    };
    let file = write_columns(&columns, &[&note], &empty(), separator);
    let head = match separator {
        Separator::Comma => "\u{FEFF}id,text\r\nx,",
        Separator::Semicolon => "\u{FEFF}id;text\r\nx;",
    };
    let row = file.strip_prefix(head).unwrap();
    row.strip_suffix("\r\n").unwrap().to_string()
}

#[test]
fn fields_are_quoted_only_when_needed() {
    let comma = |v| field(v, Separator::Comma);
    assert_eq!(comma("Chengdu"), "Chengdu");
    assert_eq!(comma("成都，高新区"), "成都，高新区");
    assert_eq!(comma("a,b"), "\"a,b\"");
    assert_eq!(comma("a;b"), "a;b");
    assert_eq!(comma("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(comma("one\ntwo"), "\"one\ntwo\"");
    assert_eq!(comma("one\r\ntwo"), "\"one\r\ntwo\"");
    assert_eq!(comma(""), "");
}

#[test]
fn texts_a_spreadsheet_would_run_as_formulas_are_defused() {
    for (text, written) in [
        (
            "=HYPERLINK(\"http://x\")",
            "\"'=HYPERLINK(\"\"http://x\"\")\"",
        ),
        ("+33 4 92 00 00 00", "'+33 4 92 00 00 00"),
        ("-x", "'-x"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        // Numbers, and texts with such a sign inside, stay as they are.
        ("-12", "-12"),
        ("-0.5", "-0.5"),
        ("+7", "+7"),
        ("a=b", "a=b"),
        ("", ""),
    ] {
        assert_eq!(field(text, Separator::Comma), written, "{text}");
    }
    assert_eq!(field("-", Separator::Comma), "'-");
    assert_eq!(field("-.5", Separator::Comma), "'-.5");
}

#[test]
fn the_semicolon_variant_quotes_semicolons_and_leaves_commas() {
    let semicolon = |v| field(v, Separator::Semicolon);
    assert_eq!(semicolon("a,b"), "a,b");
    assert_eq!(semicolon("43,6"), "43,6");
    assert_eq!(semicolon("sophia;chengdu"), "\"sophia;chengdu\"");
    assert_eq!(semicolon("« dit \"oui\" »"), "\"« dit \"\"oui\"\" »\"");
    assert_eq!(semicolon("one\ntwo"), "\"one\ntwo\"");
}

fn topics() -> Vec<Topic> {
    vec![
        Topic {
            id: "ai".into(),
            name: localized("IA, robots", "AI", "人工智能"),
        },
        Topic {
            id: "iot".into(),
            name: localized("Internet des objets", "IoT", "物联网"),
        },
    ]
}

#[test]
fn a_file_has_a_bom_and_crlf_rows() {
    let catalog = catalog_of(topics(), vec![], vec![]);
    assert_eq!(
        table(Table::Topics, &catalog, Separator::Comma),
        "\u{FEFF}id,name_fr,name_en,name_zh\r\n\
         ai,\"IA, robots\",AI,人工智能\r\n\
         iot,Internet des objets,IoT,物联网\r\n"
    );
    assert_eq!(
        table(Table::Topics, &catalog, Separator::Semicolon),
        "\u{FEFF}id;name_fr;name_en;name_zh\r\n\
         ai;IA, robots;AI;人工智能\r\n\
         iot;Internet des objets;IoT;物联网\r\n"
    );
    assert_eq!(
        write::<Topic>(&[], &catalog, Separator::Comma),
        "\u{FEFF}id,name_fr,name_en,name_zh\r\n"
    );
}

#[test]
fn records_are_written_in_the_order_given() {
    let catalog = catalog_of(topics(), vec![], vec![]);
    let all = &catalog.data().topics;
    let file = write(&[&all[1], &all[0]], &catalog, Separator::Comma);
    let ids: Vec<&str> = file
        .lines()
        .skip(1)
        .map(|row| row.split(',').next().unwrap())
        .collect();
    assert_eq!(ids, ["iot", "ai"]);
}

#[test]
fn dates_keep_their_precision() {
    let d = |year, month, day| PartialDate { year, month, day };
    assert_eq!(iso_date(Some(&d(2016, Some(7), Some(2)))), "2016-07-02");
    assert_eq!(iso_date(Some(&d(2017, Some(5), None))), "2017-05");
    assert_eq!(iso_date(Some(&d(2016, None, None))), "2016");
    assert_eq!(iso_date(None), "");
}

#[test]
fn text_columns_come_in_three_languages() {
    let topics = Topic::columns();
    let names: Vec<&str> = topics.names().collect();
    assert_eq!(names, ["id", "name_fr", "name_en", "name_zh"]);
    assert_eq!(Table::Parks.path(), "/data/parks.csv");
}

fn park(id: &str, name: Localized) -> Park {
    Park {
        id: id.into(),
        name,
        local_name: String::new(),
        local_name_lang: "zh".into(),
        city: localized("", "", ""),
        region: localized("", "", ""),
        country: "CN".into(),
        location: Coordinates { lat: 0.0, lon: 0.0 },
        founded: None,
        figures: vec![],
        sectors: vec![],
        description: localized("", "", ""),
        note: None,
        sources: vec![],
    }
}

/// Beside the ids, the names of the records they refer to, in each language.
#[test]
fn references_carry_their_names_in_each_language() {
    let agreement = Agreement {
        id: "pact".into(),
        title: localized("Pacte", "Pact", "协议"),
        kind: AgreementKind::SisterParks,
        parties: vec![
            Party::Park("sophia".into()),
            Party::Park("chengdu".into()),
            Party::Organisation("unknown".into()),
        ],
        date: None,
        place: None,
        summary: localized("", "", ""),
        topics: vec!["iot".into(), "ai".into()],
        event: None,
        note: None,
        sources: vec![],
    };
    // Names without commas, so that the row splits at each comma.
    let mut topics = topics();
    topics[0].name.fr = "IA".into();
    let catalog = catalog_of(
        topics,
        vec![
            park(
                "sophia",
                localized("Sophia Antipolis", "Sophia Antipolis", "索菲亚"),
            ),
            park(
                "chengdu",
                localized("Zone de Chengdu", "Chengdu Zone", "成都高新区"),
            ),
        ],
        vec![agreement],
    );
    let file = table(Table::Agreements, &catalog, Separator::Comma);
    let mut rows = file.trim_start_matches('\u{FEFF}').split("\r\n");
    let header: Vec<&str> = rows.next().unwrap().split(',').collect();
    let row: Vec<&str> = rows.next().unwrap().split(',').collect();
    let value = |name: &str| row[header.iter().position(|h| *h == name).unwrap()];
    assert_eq!(value("party_parks"), "sophia;chengdu");
    assert_eq!(value("party_names_fr"), "Sophia Antipolis; Zone de Chengdu");
    assert_eq!(value("party_names_zh"), "索菲亚; 成都高新区");
    assert_eq!(value("topic_names_en"), "IoT; AI");
    assert_eq!(value("kind"), "sister-parks");
    // The names come after every column published before them.
    assert_eq!(
        header[header.len() - 6..].join(" "),
        "party_names_fr party_names_en party_names_zh topic_names_fr topic_names_en topic_names_zh"
    );
}

/// The kinds of column that spread over several, and what absent values give.
#[test]
fn columns_of_several_fields_and_absent_values() {
    struct Meeting {
        parties: Vec<Party>,
        date: Option<DateSpan>,
        place: Option<Localized>,
        location: Option<Coordinates>,
        outcomes: Vec<Localized>,
    }
    let columns = Columns::<Meeting>::new()
        .parties("party", |m| &m.parties)
        .date_span(|m| m.date.as_ref())
        .optional_localized("place", |m| m.place.as_ref())
        .coordinates(|m| m.location.as_ref())
        .localized_lines("outcomes", |m| &m.outcomes);
    let held = Meeting {
        parties: vec![
            Party::Park("sophia".into()),
            Party::Organisation("fsa".into()),
            Party::Park("chengdu".into()),
            Party::Organisation("eupic".into()),
        ],
        date: Some(DateSpan {
            from: PartialDate {
                year: 2021,
                month: None,
                day: None,
            },
            to: Some(PartialDate {
                year: 2022,
                month: Some(3),
                day: None,
            }),
        }),
        place: Some(localized("Nice", "Nice", "尼斯")),
        location: Some(Coordinates {
            lat: 43.6,
            lon: 7.05,
        }),
        outcomes: vec![localized("a", "b", "甲"), localized("c", "d", "乙")],
    };
    let unknown = Meeting {
        parties: vec![],
        date: None,
        place: None,
        location: None,
        outcomes: vec![],
    };
    assert_eq!(
        write_columns(&columns, &[&held, &unknown], &empty(), Separator::Comma),
        "\u{FEFF}party_parks,party_organisations,date_from,date_to,\
         place_fr,place_en,place_zh,lat,lon,outcomes_fr,outcomes_en,outcomes_zh\r\n\
         sophia;chengdu,fsa;eupic,2021,2022-03,Nice,Nice,尼斯,43.6,7.05,\
         \"a\nc\",\"b\nd\",\"甲\n乙\"\r\n\
         ,,,,,,,,,,,\r\n"
    );
}

#[test]
fn degrees_are_written_as_rust_writes_them_up_to_six_decimals() {
    for value in [
        43.6167, 7.0553, 104.066, -0.5, -33.8688, 0.0, 180.0, -90.0, 1.000001, 0.1, 121.6,
    ] {
        assert_eq!(degrees(value), value.to_string(), "{value}");
    }
    // Beyond a tenth of a metre, rounded.
    assert_eq!(degrees(43.61670004), "43.6167");
    assert_eq!(degrees(-0.0000004), "0");
}

#[test]
fn selected_rows_of_a_table_are_its_writer_s_file_of_those_records() {
    let catalog = catalog_of(topics(), vec![], agreements_with_awkward_text());
    let data = catalog.data();
    let total = data.agreements.len();
    for separator in Separator::ALL {
        let published = table(Table::Agreements, &catalog, separator);
        // Every subset in both orders, quoted line breaks and all.
        let all: Vec<&Agreement> = data.agreements.iter().collect();
        for places in [vec![1, 0], vec![0], vec![1], vec![]] {
            let chosen: Vec<&Agreement> = places.iter().map(|&i| all[i]).collect();
            assert_eq!(
                super::select_rows_at(&published, &places, total).as_deref(),
                Some(write(&chosen, &catalog, separator).as_str()),
                "{places:?} {separator:?}"
            );
        }
        // Read without its byte order mark, as a browser reads it.
        assert_eq!(
            super::select_rows_at(published.trim_start_matches('\u{FEFF}'), &[1], total).as_deref(),
            Some(write(&[all[1]], &catalog, separator).as_str())
        );
        // A place the file lacks, a file of another release, or no table at all.
        assert_eq!(super::select_rows_at(&published, &[total], total), None);
        assert_eq!(super::select_rows_at(&published, &[0], total + 1), None);
        assert_eq!(super::select_rows_at("", &[], 0), None);
    }
}

/// Two agreements whose texts hold separators, quotes and line breaks, one
/// id the start of the other's.
fn agreements_with_awkward_text() -> Vec<Agreement> {
    let agreement = |id: &str, summary: Localized| Agreement {
        id: id.into(),
        title: localized("Pacte, « un »", "Pact; one", "协议"),
        kind: AgreementKind::SisterParks,
        parties: vec![],
        date: None,
        place: None,
        summary,
        topics: vec!["ai".into()],
        event: None,
        note: None,
        sources: vec![],
    };
    vec![
        agreement(
            "pact",
            localized("Deux lignes\r\nici", "A \"quoted\" word", "第一行\n第二行"),
        ),
        agreement("pact-2", localized("; ,", "\n", "")),
    ]
}
