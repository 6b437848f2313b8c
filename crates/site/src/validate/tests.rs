use super::{dates::*, order::*, text::*, *};
use portal_core::dates::days_in_month;
use portal_core::model::Qualifier;
use serde_json::Value;

#[test]
fn the_schema_names_the_models_qualifiers_and_no_others() {
    let schema = shape::dataset();
    let written: Vec<Value> = [Qualifier::About, Qualifier::MoreThan]
        .iter()
        .map(|q| serde_json::to_value(q).unwrap())
        .collect();
    // Each value documented on its own: a `oneOf` of constants.
    let named: Vec<Value> = schema["$defs"]["Qualifier"]["oneOf"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["const"].clone())
        .collect();
    assert_eq!(named, written);
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
fn a_name_and_its_language_go_together_in_every_record() {
    // Parks require both; organisations may leave both out, not one (a rule
    // of `rules.rs`, as `null` counts as left out).
    let defs = &shape::dataset()["$defs"];
    let required = |def: &str| defs[def]["required"].as_array().unwrap().clone();
    assert!(required("Park").contains(&"local_name".into()));
    assert!(required("Park").contains(&"local_name_lang".into()));
    assert!(!required("Organisation").contains(&"local_name".into()));
    assert!(!required("Organisation").contains(&"local_name_lang".into()));
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
fn problems_are_listed_in_the_files_order() {
    assert!(file_order("$", "$.version").is_lt());
    assert!(file_order("$.version", "$.sources[3].title.fr").is_lt());
    assert!(file_order("$.parks[2].id", "$.parks[10]").is_lt());
    assert!(file_order("$.people[0]", "$.events").is_lt());
    // Within a record, in the model's order; an unknown field last.
    assert!(file_order("$.parks[0].name.zh", "$.parks[0].location.lon").is_lt());
    assert!(file_order("$.parks[0].sources", "$.parks[0].colour").is_lt());
    assert!(file_order("$.events[0].date.from.day", "$.events[0].people[0]").is_lt());
}

#[test]
fn paths() {
    assert_eq!(child("$", "parks"), "$.parks");
    assert_eq!(child("$.a", "odd key"), "$.a[\"odd key\"]");
    assert_eq!(pointer_to_path("/parks/2/name/zh"), "$.parks[2].name.zh");
    assert_eq!(pointer_to_path(""), "$");
    assert_eq!(pointer_to_path("/a/odd key"), "$.a[\"odd key\"]");
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
