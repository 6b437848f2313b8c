//! The reader against serde_json, and on broken or hostile texts.

use std::collections::BTreeMap;

use super::{from_str, Error, ErrorKind, FromJson, Reader, MAX_DEPTH};
use crate::model::{
    Agreement, Attendance, Coordinates, Dataset, DateSpan, Event, Localized, Organisation,
    PartialDate, Party, Person, Qualifier,
};

/// Any JSON value, read and dropped.
#[derive(Debug)]
struct Any;

impl FromJson for Any {
    fn read(reader: &mut Reader<'_>) -> Result<Self, Error> {
        reader.skip()?;
        Ok(Any)
    }

    fn empty() -> Self {
        Any
    }
}

fn shipped(path: &str) -> String {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../");
    std::fs::read_to_string(format!("{root}{path}")).unwrap()
}

#[test]
fn the_shipped_dataset_reads_as_serde_json_reads_it() {
    let text = shipped("public/data/portal.json");
    let ours: Dataset = from_str(&text).unwrap();
    let theirs: Dataset = serde_json::from_str(&text).unwrap();
    assert_eq!(ours, theirs);
    // Coordinates are compared bit for bit (PartialEq on f64 would let -0.0 = 0.0 pass).
    for (a, b) in ours.parks.iter().zip(&theirs.parks) {
        assert_eq!(a.location.lat.to_bits(), b.location.lat.to_bits());
        assert_eq!(a.location.lon.to_bits(), b.location.lon.to_bits());
    }
}

#[test]
fn numbers_are_read_exactly_up_to_fifteen_digits() {
    for text in [
        "0",
        "-0",
        "7",
        "43.6167",
        "-0.5",
        "104.0665",
        "1e3",
        "2.5E-3",
        "123456789012345",
        "0.000123",
        "1.5e300",
        "2.5e-300",
        "31.2304",
        "-122.4194",
        "1e22",
        "4.35e-10",
        "12345678901234567890",
        "99.99999999999999",
    ] {
        let ours: f64 = from_str(text).unwrap();
        let exact: f64 = text.parse().unwrap();
        let close = (ours - exact).abs() <= exact.abs() * 4.0 * f64::EPSILON;
        let significant = text
            .trim_start_matches(['-', '0', '.'])
            .chars()
            .filter(char::is_ascii_digit)
            .count();
        if significant <= 15 && !text.contains('e') && !text.contains('E') || text == "1e22" {
            assert_eq!(ours.to_bits(), exact.to_bits(), "{text}");
        } else {
            assert!(close, "{text}: {ours} vs {exact}");
        }
    }
    assert_eq!(from_str::<u32>("4000000000").unwrap(), 4_000_000_000);
    assert_eq!(from_str::<i32>("-1900").unwrap(), -1900);
    assert!(from_str::<u8>("256").is_err());
    assert!(from_str::<u32>("-1").is_err());
    assert!(from_str::<f64>("1e400").is_err());
}

#[test]
fn strings_with_escapes() {
    let s: String = from_str(r#""a\"b\\c\/d\n\t\u00e9\u4e2d\ud83d\ude00""#).unwrap();
    assert_eq!(s, "a\"b\\c/d\n\té中😀");
    let plain: String = from_str(r#""索菲亚""#).unwrap();
    assert_eq!(plain, "索菲亚");
    for bad in [
        r#""\ud83d""#,
        r#""\ude00""#,
        r#""\x""#,
        r#""\u12g4""#,
        "\"a\nb\"",
    ] {
        let e = from_str::<String>(bad).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Syntax, "{bad}");
    }
}

#[test]
fn what_json_forbids_is_refused() {
    for bad in [
        "",
        " ",
        "{",
        "[1,",
        "[1,]",
        "{\"a\":1,}",
        "01",
        "1.",
        ".5",
        "-",
        "1e",
        "+1",
        "tru",
        "nul",
        "[1 2]",
        "{\"a\" 1}",
        "{a:1}",
        "'a'",
        "[1] x",
        "// c\n1",
        "NaN",
    ] {
        let e = from_str::<Any>(bad).err();
        assert!(e.is_some(), "{bad:?} was accepted");
        let kind = e.unwrap().kind();
        assert!(
            kind == ErrorKind::Syntax || kind == ErrorKind::Eof,
            "{bad:?}: {kind:?}"
        );
    }
    assert_eq!(
        from_str::<Vec<u8>>("[1,").unwrap_err().kind(),
        ErrorKind::Eof
    );
    // Values that are fine.
    assert!(from_str::<Any>(r#" {"a": [true, false, null, -1, 2.5, "x", {}], "b": []} "#).is_ok());
    let v: Vec<Option<f64>> = from_str("[null, -1, 2.5]").unwrap();
    assert_eq!(v, [None, Some(-1.0), Some(2.5)]);
}

#[test]
fn deep_nesting_is_refused_not_overflowed() {
    let deep = "[".repeat(100_000) + &"]".repeat(100_000);
    let e = from_str::<Any>(&deep).unwrap_err();
    assert_eq!(e.message(), "nested too deeply");
    let fine = "[".repeat(MAX_DEPTH as usize) + &"]".repeat(MAX_DEPTH as usize);
    assert!(from_str::<Any>(&fine).is_ok());
    // Values skipped while an object's keys are checked are bounded too.
    #[derive(Debug)]
    struct Loose {
        #[allow(dead_code)]
        x: Option<u8>,
    }
    record!(Loose { x });
    let deep_field = format!("{{\"x\": {}{}}}", "[".repeat(1000), "]".repeat(1000));
    assert!(from_str::<Loose>(&deep_field).is_err());
    // Skipped values are read as strictly as the others.
    assert!(from_str::<Vec<Loose>>(r#"[{"x": null}, {}]"#).is_ok());
    for bad in [r#"{"x": {1: 2}}"#, r#"{"x": [1,]}"#, r#"{"x": {"a" 1}}"#] {
        assert_eq!(
            from_str::<Loose>(bad).unwrap_err().kind(),
            ErrorKind::Syntax,
            "{bad}"
        );
    }
}

#[test]
fn data_errors_say_what_and_where() {
    #[derive(Debug)]
    #[allow(dead_code)]
    struct Record {
        id: String,
        count: u32,
        parties: Vec<Party>,
    }
    record!(Record { id, count, parties });
    let cases = [
        (r#"{"id": "a", "count": 1}"#, "missing field `parties`", "}"),
        (
            r#"{"id": "a", "count": "1", "parties": []}"#,
            "invalid type: string \"1\", expected u32",
            "\"",
        ),
        (
            r#"{"id": "a", "count": 1.5, "parties": []}"#,
            "invalid type: a number with a fraction, expected u32",
            "5",
        ),
        (
            r#"{"id": "a", "count": 1, "parties": {}}"#,
            "invalid type: object, expected an array",
            "}",
        ),
        (
            r#"{"id": "a", "count": 1, "parties": [{"city": "x"}]}"#,
            "unknown field `city`, expected one of `park`, `organisation`",
            "\"",
        ),
        (
            r#"{"id": "a", "idd": 1}"#,
            "unknown field `idd`, expected one of `id`, `count`, `parties`",
            "\"",
        ),
        (r#"{"id": "a", "id": "b"}"#, "duplicate field `id`", "\""),
        (
            r#"{"id": "a", "count": 4294967296, "parties": []}"#,
            "invalid value: integer `4294967296`, expected u32",
            "6",
        ),
    ];
    for (text, message, at) in cases {
        let e = from_str::<Record>(text).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Data, "{text}");
        assert_eq!(e.message(), message, "{text}");
        assert_eq!(&text[e.offset()..e.offset() + 1], at, "{text}: {e}");
    }
    // A party is an object of exactly one entry.
    for bad in ["{}", r#"{"park": "p", "organisation": "o"}"#] {
        let e = from_str::<Party>(bad).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Data, "{bad}");
        assert_eq!(&bad[e.offset()..], "}", "{bad}");
    }
    assert_eq!(
        from_str::<Party>(r#"{1: "p"}"#).unwrap_err().kind(),
        ErrorKind::Syntax
    );
    let parties: Vec<Party> = from_str(r#"[{"park": "p"}, {"organisation": "o"}]"#).unwrap();
    assert_eq!(
        parties,
        [Party::Park("p".into()), Party::Organisation("o".into())]
    );
    let map: BTreeMap<String, Option<u8>> = from_str(r#"{"b": null, "a": 3}"#).unwrap();
    assert_eq!(
        map.into_iter().collect::<Vec<_>>(),
        [("a".into(), Some(3)), ("b".into(), None)]
    );
}

#[test]
fn line_and_column() {
    let text = "{\n  \"a\": 1,\n  \"é\": x\n}";
    let e = from_str::<Any>(text).unwrap_err();
    assert_eq!(e.line_column(text), (3, 8));
}

#[test]
fn every_optional_field_and_variant_reads_as_serde_json_reads_it() {
    // The shipped dataset leaves some optional fields out everywhere; here
    // each is given, so that a field name misspelt in `record!` shows.
    let mut data: Dataset = serde_json::from_str(&shipped("public/data/portal.json")).unwrap();
    let text = |s: &str| Localized {
        fr: format!("{s} fr"),
        en: format!("{s} en"),
        zh: format!("{s} zh"),
    };
    let day = PartialDate {
        year: 2024,
        month: Some(5),
        day: Some(31),
    };
    let span = DateSpan {
        from: day,
        to: Some(PartialDate {
            year: 2025,
            month: None,
            day: None,
        }),
    };
    data.schema = Some("portal.schema.json".into());
    for s in &mut data.sources {
        s.publisher = Some(text("publisher"));
        s.date = Some(day);
        s.note = Some(text("note"));
    }
    for p in &mut data.parks {
        p.founded = Some(day);
        p.note = Some(text("note"));
        for (i, f) in p.figures.iter_mut().enumerate() {
            f.qualifier = [None, Some(Qualifier::About), Some(Qualifier::MoreThan)][i % 3];
        }
    }
    let organisation: &mut Organisation = &mut data.organisations[0];
    organisation.local_name = Some("名".into());
    organisation.local_name_lang = Some("zh-Hans".into());
    organisation.acronym = Some("ACR".into());
    organisation.park = Some("p".into());
    organisation.note = Some(text("note"));
    let person: &mut Person = &mut data.people[0];
    person.organisation = Some("o".into());
    person.park = Some("p".into());
    person.note = Some(text("note"));
    let agreement: &mut Agreement = &mut data.agreements[0];
    agreement.date = Some(span);
    agreement.place = Some(text("place"));
    agreement.event = Some("e".into());
    agreement.note = Some(text("note"));
    let event: &mut Event = &mut data.events[0];
    event.date = Some(span);
    event.place = Some(text("place"));
    event.location = Some(Coordinates {
        lat: -33.5,
        lon: 151.25,
    });
    event.attendance = Some(Attendance {
        count: 3000,
        qualifier: Some(Qualifier::MoreThan),
    });
    event.organisers = vec![Party::Park("p".into()), Party::Organisation("o".into())];
    event.note = Some(text("note"));
    let written = serde_json::to_string_pretty(&data).unwrap();
    let ours: Dataset = from_str(&written).unwrap();
    assert_eq!(ours, data);
}
