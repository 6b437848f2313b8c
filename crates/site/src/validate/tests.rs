use super::{dates::*, shape::*, text::*, *};
use portal_core::dates::days_in_month;
use portal_core::model::{
    AgreementKind, EventFormat, EventKind, EventStatus, OrganisationKind, Qualifier,
};

fn all_parse<T: serde::de::DeserializeOwned>(names: &[&str]) {
    for name in names {
        serde_json::from_value::<T>(Value::String(name.to_string()))
            .unwrap_or_else(|e| panic!("`{name}` is not read by the model: {e}"));
    }
}

#[test]
fn enum_names_match_the_model() {
    all_parse::<OrganisationKind>(ORGANISATION_KINDS);
    all_parse::<AgreementKind>(AGREEMENT_KINDS);
    all_parse::<EventKind>(EVENT_KINDS);
    all_parse::<EventFormat>(EVENT_FORMATS);
    all_parse::<EventStatus>(EVENT_STATUSES);
    all_parse::<Qualifier>(QUALIFIERS);
}

#[test]
fn qualifier_names_are_the_models_and_no_others() {
    let written: Vec<String> = [Qualifier::About, Qualifier::MoreThan]
        .iter()
        .map(|q| {
            serde_json::to_value(q)
                .unwrap()
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(written, QUALIFIERS);
    for other in ["roughly", "More-than", "more_than", "approximate", ""] {
        assert!(
            serde_json::from_value::<Qualifier>(Value::String(other.to_string())).is_err(),
            "{other}"
        );
    }
}

#[test]
fn slugs() {
    for ok in ["a", "sophia-antipolis", "x1-2b", "2016"] {
        assert_eq!(slug_problem(ok), None, "{ok}");
    }
    for bad in [
        "", "a/b", "..", "a b", "Sophia", "-a", "a-", "a--b", "é", "a_b",
    ] {
        assert!(slug_problem(bad).is_some() || bad.is_empty(), "{bad}");
    }
}

#[test]
fn language_tags() {
    for ok in [
        "fr",
        "ca",
        "en",
        "zh",
        "yue",
        "zh-Hans",
        "zh-Hant",
        "zh-CN",
        "zh-Hans-CN",
        "fr-FR",
    ] {
        assert_eq!(language_tag_problem(ok), None, "{ok}");
    }
    for (bad, why) in [
        ("Chinese", "2 or 3 letters"),
        ("zh_hans", "hyphen"),
        ("zh_Hans", "hyphen"),
        ("ZH", "lower case (`zh`"),
        ("Fr", "lower case (`fr`"),
        ("f", "2 or 3 letters"),
        ("", "2 or 3 letters"),
        ("zh-hans", "capital first (`Hans`"),
        ("zh-HANS", "capital first (`Hans`"),
        ("zh-cn", "capitals (`CN`"),
        ("zh-CN-Hans", "out of place"),
        ("zh-Hans-Hant", "out of place"),
        ("zh-Hans-CN-TW", "out of place"),
        ("zh-", "neither a script"),
        ("zh--CN", "neither a script"),
        ("zh-Hans-", "neither a script"),
        ("es-419", "neither a script"),
        ("de-1996", "neither a script"),
        ("en-Latn1", "neither a script"),
        ("x-klingon", "2 or 3 letters"),
        ("zh Hans", "space"),
        ("中文", "2 or 3 letters"),
    ] {
        let problem = language_tag_problem(bad).unwrap_or_else(|| panic!("`{bad}` accepted"));
        assert!(problem.contains(why), "{bad}: `{problem}` lacks `{why}`");
    }
}

#[test]
fn paired_fields_go_together_in_every_record() {
    // Where a record has one field of a pair, it has the other, and both
    // are required (parks: the missing-field check does the job) or both
    // optional (organisations: the pair check does).
    let records = [
        ("source", SOURCE),
        ("topic", TOPIC),
        ("park", PARK),
        ("organisation", ORGANISATION),
        ("person", PERSON),
        ("agreement", AGREEMENT),
        ("event", EVENT),
    ];
    for (first, second) in PAIRED_FIELDS {
        for (record, fields) in records {
            let presence = |name: &str| fields.iter().find(|f| f.name == name).map(|f| f.presence);
            assert_eq!(
                presence(first),
                presence(second),
                "{record}: {first}, {second}"
            );
        }
        let optional = |fields: &[Field]| {
            fields
                .iter()
                .any(|f| f.name == *first && f.presence == Presence::Optional)
        };
        assert!(optional(ORGANISATION) && !optional(PARK));
    }
}

#[test]
fn dates() {
    assert!(ends_before((2021, Some(6), None), (2020, None, None)));
    assert!(ends_before(
        (2021, Some(6), Some(2)),
        (2021, Some(6), Some(1))
    ));
    assert!(!ends_before((2021, Some(6), None), (2021, None, None)));
    assert!(!ends_before((2021, None, None), (2022, None, None)));
    assert_eq!(days_in_month(2024, 2), 29);
    assert_eq!(days_in_month(1900, 2), 28);
    assert_eq!(days_in_month(2000, 2), 29);
    assert_eq!(days_in_month(2000, 13), 0);
}

#[test]
fn positions() {
    assert_eq!(record_position("$"), (0, 0));
    assert_eq!(record_position("$.sources[3].title.fr"), (2, 3));
    assert_eq!(record_position("$.parks[12]"), (4, 12));
    assert!(record_position("$.parks[2].id") < record_position("$.parks[10]"));
    assert!(record_position("$.events") > record_position("$.people[0]"));
}

#[test]
fn paths() {
    assert_eq!(child("$", "parks"), "$.parks");
    assert_eq!(child("$.a", "odd key"), "$.a[\"odd key\"]");
}

#[test]
fn error_display_counts_and_shows_the_first_few() {
    let problems: Vec<Problem> = (0..7)
        .map(|i| Problem::new(format!("$.parks[{i}]"), "bad"))
        .collect();
    let text = ValidationError::from(problems).to_string();
    assert!(text.starts_with("the data file failed validation: 7 problems"));
    assert!(text.contains("$.parks[4]: bad"));
    assert!(!text.contains("$.parks[5]"));
    assert!(text.ends_with("… and 2 more"));
}
