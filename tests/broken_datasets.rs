//! The validator on broken files: each fixture under `tests/fixtures/broken/`
//! has one fault, which must be reported alone, at the right JSON path, with a
//! plain message; a file with several faults gets all of them at once.

use std::path::PathBuf;

use serde_json::Value;
use sophia_china_portal::data::model::Qualifier;
use sophia_china_portal::data::validate::{
    validate, Problem, ValidationError, MAX_DOCUMENT_BYTES, MAX_STRING_CHARS,
};

fn fixture(rel: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn problems_of(text: &str) -> Vec<Problem> {
    match validate(text) {
        Ok(_) => panic!("expected the validator to refuse the document"),
        Err(problems) => problems,
    }
}

/// The fixture has exactly one problem, at `path`, whose message contains every fragment.
fn assert_single(file: &str, path: &str, fragments: &[&str]) {
    let problems = problems_of(&fixture(&format!("broken/{file}")));
    let listing: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(
        problems.len(),
        1,
        "{file}: expected one problem, got {listing:#?}"
    );
    let p = &problems[0];
    assert_eq!(p.path, path, "{file}: wrong path in {p}");
    for fragment in fragments {
        assert!(
            p.message.contains(fragment),
            "{file}: message `{}` lacks `{fragment}`",
            p.message
        );
    }
}

#[test]
fn the_base_fixture_is_valid() {
    let data = validate(&fixture("valid/minimal.json")).expect("the minimal fixture validates");
    // It has both qualifiers: "about 230 companies", "over 400" attendees.
    assert_eq!(data.parks[0].figures[0].qualifier, Some(Qualifier::About));
    assert_eq!(
        data.events[0].attendance.unwrap().qualifier,
        Some(Qualifier::MoreThan)
    );
    // Every local name says its language.
    assert_eq!(data.parks[0].local_name_lang, "en");
    assert_eq!(data.parks[1].local_name_lang, "zh-Hans");
    assert_eq!(
        data.organisations[0].local_name.as_deref(),
        Some("Fondation Exemple")
    );
    assert_eq!(data.organisations[0].local_name_lang.as_deref(), Some("fr"));
}

#[test]
fn truncated_file() {
    assert_single(
        "truncated.json",
        "$",
        &["ends too early", "truncated", "line 136, column"],
    );
}

#[test]
fn not_json() {
    assert_single(
        "not-json.json",
        "$",
        &["not valid JSON", "line 1, column 1"],
    );
}

#[test]
fn wrong_type() {
    assert_single(
        "wrong-type.json",
        "$.parks[0].location.lat",
        &["expected a number, found a string"],
    );
}

#[test]
fn unknown_field() {
    assert_single(
        "unknown-field.json",
        "$.parks[0].website",
        &["unknown field `website`", "expected one of", "local_name"],
    );
}

#[test]
fn missing_field() {
    assert_single(
        "missing-field.json",
        "$.parks[1].country",
        &["missing field `country`"],
    );
}

#[test]
fn missing_translation() {
    assert_single(
        "missing-translation.json",
        "$.parks[0].name.zh",
        &["missing `zh` translation"],
    );
}

#[test]
fn empty_translation() {
    assert_single(
        "empty-translation.json",
        "$.organisations[0].description.fr",
        &["empty `fr` translation"],
    );
}

#[test]
fn empty_string() {
    assert_single(
        "empty-string.json",
        "$.parks[0].local_name",
        &["empty string"],
    );
}

#[test]
fn duplicate_id() {
    assert_single(
        "duplicate-id.json",
        "$.parks[2].id",
        &["duplicate park id `north-park`", "$.parks[0]"],
    );
}

#[test]
fn duplicate_key_in_one_object() {
    assert_single(
        "duplicate-key.json",
        "$",
        &["duplicate field `id`", "line 151"],
    );
}

#[test]
fn id_with_slash() {
    assert_single(
        "id-with-slash.json",
        "$.people[0].id",
        &["`jean/dupont` is not a valid id", "slash"],
    );
}

#[test]
fn id_with_dot_dot() {
    assert_single(
        "id-with-dotdot.json",
        "$.people[0].id",
        &["`..` is not a valid id", "contains `..`"],
    );
}

#[test]
fn id_with_space() {
    assert_single(
        "id-with-space.json",
        "$.people[0].id",
        &["`jean dupont` is not a valid id", "space"],
    );
}

#[test]
fn id_with_upper_case() {
    assert_single(
        "id-upper-case.json",
        "$.people[0].id",
        &["not a valid id", "upper-case"],
    );
}

#[test]
fn dangling_reference() {
    assert_single(
        "dangling-reference.json",
        "$.agreements[0].parties[1].park",
        &["no park has the id `west-park`"],
    );
}

#[test]
fn same_id_listed_twice() {
    assert_single(
        "listed-twice.json",
        "$.events[0].parks[2]",
        &["`north-park` is listed twice"],
    );
}

#[test]
fn agreement_event_not_listing_the_agreement() {
    assert_single(
        "event-does-not-list-agreement.json",
        "$.agreements[0].event",
        &["`signing-forum` does not list the agreement `north-south-sister-parks`"],
    );
}

#[test]
fn february_30() {
    assert_single(
        "date-february-30.json",
        "$.events[0].date.from.day",
        &["impossible date 2021-02-30", "February 2021 has 28 days"],
    );
}

#[test]
fn month_13() {
    assert_single(
        "month-13.json",
        "$.parks[0].founded.month",
        &["month 13 does not exist"],
    );
}

#[test]
fn span_ending_before_it_starts() {
    assert_single(
        "span-ends-before-start.json",
        "$.agreements[0].date.to",
        &["ends (2020) before it starts (2021-06)"],
    );
}

#[test]
fn record_without_source() {
    assert_single(
        "record-without-source.json",
        "$.organisations[0].sources",
        &["at least one source"],
    );
}

#[test]
fn source_nobody_cites() {
    assert_single(
        "uncited-source.json",
        "$.sources[1]",
        &["no record cites this source", "unused-article"],
    );
}

#[test]
fn coordinates_out_of_range() {
    assert_single(
        "coordinates-out-of-range.json",
        "$.parks[0].location.lat",
        &["95.5 is out of range for a latitude"],
    );
}

#[test]
fn unknown_enum_value() {
    assert_single(
        "unknown-kind.json",
        "$.events[0].kind",
        &["unknown value `party`", "forum"],
    );
}

#[test]
fn unknown_qualifier() {
    assert_single(
        "unknown-qualifier.json",
        "$.parks[0].figures[0].qualifier",
        &[
            "unknown qualifier `roughly`",
            "expected \"about\"",
            "\"more-than\"",
            "leave the field out for an exact count",
        ],
    );
}

#[test]
fn qualifier_of_an_attendance_is_checked_too() {
    let mut doc = base();
    doc["events"][0]["attendance"]["qualifier"] = Value::String("over".into());
    let problems = problems_of(&doc.to_string());
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].path, "$.events[0].attendance.qualifier");
    assert!(problems[0].message.contains("unknown qualifier `over`"));

    // The old boolean is a wrong type, not a qualifier.
    doc["events"][0]["attendance"]["qualifier"] = Value::Bool(true);
    let problems = problems_of(&doc.to_string());
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].path, "$.events[0].attendance.qualifier");
    assert!(problems[0].message.contains("found a boolean"));
}

#[test]
fn qualifier_may_be_left_out_or_null_for_an_exact_count() {
    let mut doc = base();
    doc["parks"][0]["figures"][0]
        .as_object_mut()
        .unwrap()
        .remove("qualifier");
    doc["events"][0]["attendance"]["qualifier"] = Value::Null;
    let data = validate(&doc.to_string()).expect("an exact count validates");
    assert_eq!(data.parks[0].figures[0].qualifier, None);
    assert_eq!(data.events[0].attendance.unwrap().qualifier, None);
}

#[test]
fn the_retired_approximate_field_says_what_replaces_it() {
    let mut doc = base();
    let figure = doc["parks"][0]["figures"][0].as_object_mut().unwrap();
    figure.remove("qualifier");
    figure.insert("approximate".into(), Value::Bool(true));
    let problems = problems_of(&doc.to_string());
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].path, "$.parks[0].figures[0].approximate");
    for fragment in [
        "unknown field `approximate`",
        "replaced by `qualifier`",
        "\"more-than\"",
    ] {
        assert!(
            problems[0].message.contains(fragment),
            "`{}` lacks `{fragment}`",
            problems[0].message
        );
    }
}

#[test]
fn park_without_the_language_of_its_local_name() {
    assert_single(
        "park-without-local-name-lang.json",
        "$.parks[1].local_name_lang",
        &[
            "missing field `local_name_lang`",
            "the language `local_name` is written in",
            "BCP 47",
            "\"zh-Hans\"",
        ],
    );
}

#[test]
fn organisation_local_name_without_its_language() {
    assert_single(
        "organisation-local-name-without-lang.json",
        "$.organisations[0].local_name_lang",
        &[
            "missing field `local_name_lang`",
            "a record with a `local_name`",
            "BCP 47",
            "\"fr\"",
        ],
    );
}

#[test]
fn organisation_language_without_a_local_name() {
    assert_single(
        "organisation-lang-without-local-name.json",
        "$.organisations[0].local_name_lang",
        &[
            "`local_name_lang` is given without a `local_name`",
            "leave `local_name_lang` out",
        ],
    );
}

#[test]
fn language_tag_that_is_a_language_name() {
    assert_single(
        "language-tag-not-a-code.json",
        "$.parks[1].local_name_lang",
        &[
            "`Chinese` is not a language tag",
            "2 or 3 letters",
            "\"zh-Hans\"",
        ],
    );
}

#[test]
fn language_tag_with_an_underscore() {
    assert_single(
        "language-tag-with-underscore.json",
        "$.parks[1].local_name_lang",
        &["`zh_hans` is not a language tag", "hyphen", "\"zh-Hans\""],
    );
}

#[test]
fn language_tags_are_checked_on_organisations_and_parks_alike() {
    let check = |record: &str, tag: &str| -> Vec<Problem> {
        let mut doc = base();
        doc[record][0]["local_name_lang"] = Value::String(tag.into());
        match validate(&doc.to_string()) {
            Ok(_) => Vec::new(),
            Err(problems) => problems,
        }
    };
    for record in ["parks", "organisations"] {
        for ok in ["fr", "ca", "zh-Hans", "zh-Hans-CN", "zh-CN", "yue"] {
            assert_eq!(check(record, ok), [], "{record}: {ok}");
        }
        for (bad, fragment) in [
            ("zh-hans", "capital first (`Hans`"),
            ("FR", "lower case (`fr`"),
            ("zh-cn", "capitals (`CN`"),
            ("zh-CN-Hans", "out of place"),
            ("français", "2 or 3 letters"),
            ("   ", "empty string"),
        ] {
            let problems = check(record, bad);
            assert_eq!(problems.len(), 1, "{record}: {bad}: {problems:#?}");
            assert_eq!(problems[0].path, format!("$.{record}[0].local_name_lang"));
            assert!(
                problems[0].message.contains(fragment),
                "{record}: {bad}: `{}` lacks `{fragment}`",
                problems[0].message
            );
        }
    }
}

#[test]
fn an_organisation_may_have_neither_local_name_nor_its_language() {
    let mut doc = base();
    let org = doc["organisations"][0].as_object_mut().unwrap();
    org.remove("local_name");
    org.remove("local_name_lang");
    let data = validate(&doc.to_string()).expect("neither is fine");
    assert_eq!(data.organisations[0].local_name, None);
    assert_eq!(data.organisations[0].local_name_lang, None);

    // `null` counts as left out, for the pair as for any optional field.
    doc["organisations"][0]["local_name"] = Value::Null;
    doc["organisations"][0]["local_name_lang"] = Value::Null;
    validate(&doc.to_string()).expect("both null is fine");
    doc["organisations"][0]["local_name_lang"] = Value::String("fr".into());
    let problems = problems_of(&doc.to_string());
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].path, "$.organisations[0].local_name_lang");
    assert!(problems[0].message.contains("without a `local_name`"));
}

#[test]
fn a_park_needs_the_language_even_as_null() {
    let mut doc = base();
    doc["parks"][0]["local_name_lang"] = Value::Null;
    let problems = problems_of(&doc.to_string());
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].path, "$.parks[0].local_name_lang");
    assert!(problems[0]
        .message
        .contains("expected a language tag (a string), found null"));
}

#[test]
fn bad_country_code() {
    assert_single(
        "bad-country-code.json",
        "$.parks[1].country",
        &["`China` is not an ISO 3166-1 alpha-2 country code"],
    );
}

#[test]
fn unsupported_version() {
    assert_single(
        "unsupported-version.json",
        "$.version",
        &["unsupported schema version 2"],
    );
}

/// The minimal fixture as a `Value`, to build documents that are too big to store.
fn base() -> Value {
    serde_json::from_str(&fixture("valid/minimal.json")).unwrap()
}

#[test]
fn string_over_the_limit() {
    let mut doc = base();
    doc["parks"][0]["description"]["en"] = Value::String("x".repeat(MAX_STRING_CHARS + 1));
    let problems = problems_of(&doc.to_string());
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].path, "$.parks[0].description.en");
    assert!(problems[0].message.contains(&format!(
        "{} characters is over the limit",
        MAX_STRING_CHARS + 1
    )));

    // Exactly at the limit is fine; the limit counts characters, not bytes.
    doc["parks"][0]["description"]["en"] = Value::String("字".repeat(MAX_STRING_CHARS));
    validate(&doc.to_string()).expect("a string at the limit validates");
}

#[test]
fn document_over_the_limit() {
    let mut text = fixture("valid/minimal.json");
    text.push_str(&" ".repeat(MAX_DOCUMENT_BYTES));
    let problems = problems_of(&text);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].path, "$");
    assert!(problems[0].message.contains("more than the limit"));
}

#[test]
fn html_and_script_in_texts_are_inert_text_not_errors() {
    let text = fixture("valid/html-in-text.json");
    assert!(text.contains("<script>"));
    let data = validate(&text).expect("markup in a text is not a validation error");
    assert!(data.parks[0]
        .description
        .en
        .contains("<script>alert('x')</script>"));
    assert_eq!(data.people[0].native_name, "<i>Jean</i> Dupont");
}

#[test]
fn several_faults_are_all_reported_at_once() {
    let problems = problems_of(&fixture("broken/several-faults.json"));
    let expected = [
        ("$.topics[0].colour", "unknown field `colour`"),
        ("$.parks[0].name.zh", "missing `zh` translation"),
        ("$.parks[1].location.lon", "out of range for a longitude"),
        ("$.organisations[0].sources", "at least one source"),
        ("$.people[0].id", "not a valid id"),
        (
            "$.agreements[0].parties[0].park",
            "no park has the id `nowhere`",
        ),
        ("$.events[0].date.from.day", "impossible date 2021-02-30"),
        // The renamed person is no longer found by the event that lists it.
        (
            "$.events[0].people[0]",
            "no person has the id `jean-dupont`",
        ),
    ];
    let got: Vec<(&str, &str)> = problems
        .iter()
        .map(|p| (p.path.as_str(), p.message.as_str()))
        .collect();
    assert_eq!(got.len(), expected.len(), "{got:#?}");
    for ((path, message), (want_path, fragment)) in got.iter().zip(expected) {
        assert_eq!(*path, want_path, "{got:#?}");
        assert!(message.contains(fragment), "`{message}` lacks `{fragment}`");
    }

    // What the app shows: the count and the first few.
    let error = ValidationError::from(problems);
    let shown = error.to_string();
    assert!(shown.starts_with("the data file failed validation: 8 problems"));
    assert!(shown.contains("$.topics[0].colour: unknown field"));
    assert!(shown.ends_with("… and 3 more"));
}

#[test]
fn every_broken_fixture_is_refused_and_every_problem_has_a_path() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken");
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let problems = validate(&text)
            .err()
            .unwrap_or_else(|| panic!("{} validates", path.display()));
        for p in problems {
            assert!(p.path.starts_with('$'), "{}: {p}", path.display());
            assert!(!p.message.trim().is_empty(), "{}: {p}", path.display());
        }
        count += 1;
    }
    assert!(count >= 20, "only {count} broken fixtures");
}
