use portal_core::address::files::Table;
use portal_core::model::{Coordinates, DateSpan, Localized, PartialDate, Party, Qualifier, Topic};

use super::columns::{iso_date, Columns};
use super::{tables, write};

fn localized(fr: &str, en: &str, zh: &str) -> Localized {
    Localized {
        fr: fr.into(),
        en: en.into(),
        zh: zh.into(),
    }
}

/// A field as the file holds it: written in a row of its own after an id.
fn field(value: &str) -> String {
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
    let file = write(&columns, &[note]);
    let row = file.strip_prefix("\u{FEFF}id,text\r\nx,").unwrap();
    row.strip_suffix("\r\n").unwrap().to_string()
}

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
    let topics = [
        Topic {
            id: "ai".into(),
            name: localized("IA, robots", "AI", "人工智能"),
        },
        Topic {
            id: "iot".into(),
            name: localized("Internet des objets", "IoT", "物联网"),
        },
    ];
    assert_eq!(
        write(&tables::topics(), &topics),
        "\u{FEFF}id,name_fr,name_en,name_zh\r\n\
         ai,\"IA, robots\",AI,人工智能\r\n\
         iot,Internet des objets,IoT,物联网\r\n"
    );
    assert_eq!(
        write(&tables::topics(), &[]),
        "\u{FEFF}id,name_fr,name_en,name_zh\r\n"
    );
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
    let topics = tables::topics();
    let names: Vec<&str> = topics.names().collect();
    assert_eq!(names, ["id", "name_fr", "name_en", "name_zh"]);
    assert_eq!(Table::Parks.path(), "/data/parks.csv");
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
        qualifier: Option<Qualifier>,
    }
    let columns = Columns::<Meeting>::new()
        .parties("party", |m| &m.parties)
        .date_span(|m| m.date.as_ref())
        .optional_localized("place", |m| m.place.as_ref())
        .coordinates(|m| m.location.as_ref())
        .localized_lines("outcomes", |m| &m.outcomes)
        .vocabulary("qualifier", |m| m.qualifier);
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
        qualifier: Some(Qualifier::MoreThan),
    };
    let unknown = Meeting {
        parties: vec![],
        date: None,
        place: None,
        location: None,
        outcomes: vec![],
        qualifier: None,
    };
    assert_eq!(
        write(&columns, &[held, unknown]),
        "\u{FEFF}party_parks,party_organisations,date_from,date_to,\
         place_fr,place_en,place_zh,lat,lon,outcomes_fr,outcomes_en,outcomes_zh,qualifier\r\n\
         sophia;chengdu,fsa;eupic,2021,2022-03,Nice,Nice,尼斯,43.6,7.05,\
         \"a\nc\",\"b\nd\",\"甲\n乙\",more-than\r\n\
         ,,,,,,,,,,,,\r\n"
    );
}
