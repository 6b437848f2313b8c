//! The validator on broken files: each case of `tests/fixtures/broken.json`
//! (the valid fixture with one fault, as a JSON Patch or a text edit) must be
//! refused with exactly the problems it lists, each at its JSON path with a
//! plain message; a file with several faults gets all of them at once.

use crate::support;

use crate::support::{broken_cases, fixture};
use portal_core::model::Qualifier;
use portal_site::validate::{
    validate, Problem, ValidationError, MAX_DOCUMENT_BYTES, MAX_STRING_CHARS,
};
use serde_json::Value;

fn problems_of(text: &str) -> Vec<Problem> {
    match validate(text) {
        Ok(_) => panic!("expected the validator to refuse the document"),
        Err(problems) => problems,
    }
}

#[test]
fn every_broken_case_is_refused_with_exactly_its_problems() {
    let cases = broken_cases();
    assert!(cases.len() >= 30, "only {} broken cases", cases.len());
    for (case, document) in &cases {
        let problems = validate(document)
            .err()
            .unwrap_or_else(|| panic!("{} ({}) validates", case.name, case.what));
        let listing: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(
            problems.len(),
            case.problems.len(),
            "{}: expected {:?}, got {listing:#?}",
            case.name,
            case.problems
        );
        for (got, want) in problems.iter().zip(&case.problems) {
            assert_eq!(got.path, want.path, "{}: {listing:#?}", case.name);
            for fragment in &want.says {
                assert!(
                    got.message.contains(fragment.as_str()),
                    "{}: message `{}` lacks `{fragment}`",
                    case.name,
                    got.message
                );
            }
        }
    }
}

#[test]
fn the_app_reads_each_broken_case_as_the_case_says() {
    use portal_core::load::{load, LoadError};
    use support::AppReading;
    for (case, document) in broken_cases() {
        match (&case.app, load(&document)) {
            (AppReading::Outcome(o), Ok(_)) if o == "reads" => {}
            (AppReading::Outcome(o), Err(LoadError::NotJson(_))) if o == "not-json" => {}
            (AppReading::Stops(want), Err(LoadError::Invalid(got))) => {
                assert_eq!(got.path, want.path, "{}", case.name);
                for fragment in &want.says {
                    assert!(
                        got.message.contains(fragment.as_str()),
                        "{}: `{got}` lacks `{fragment}`",
                        case.name
                    );
                }
            }
            (want, got) => panic!(
                "{}: expected {want:?}, the app's reading gave {got:?}",
                case.name
            ),
        }
    }
}

#[test]
fn each_broken_case_is_its_own_fault() {
    let cases = broken_cases();
    let base = fixture("valid/minimal.json");
    let mut documents: Vec<&str> = cases.iter().map(|(_, d)| d.as_str()).collect();
    documents.sort();
    documents.dedup();
    assert_eq!(
        documents.len(),
        cases.len(),
        "two cases make the same document"
    );
    for (case, document) in &cases {
        assert_ne!(
            document.trim(),
            base.trim(),
            "{} changes nothing",
            case.name
        );
        assert!(
            !case.what.trim().is_empty(),
            "{} says nothing of its fault",
            case.name
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
fn what_the_app_shows_of_several_faults() {
    let (_, document) = broken_cases()
        .into_iter()
        .find(|(case, _)| case.name == "several-faults")
        .expect("the several-faults case");
    let error = ValidationError::from(problems_of(&document));
    let shown = error.to_string();
    assert!(
        shown.starts_with("the data file failed validation: 8 problems"),
        "{shown}"
    );
    assert!(shown.contains("$.topics[0].colour: unknown field"));
    assert!(shown.ends_with("… and 3 more"));
}
