//! The dataset's JSON Schema (draft 2020-12), generated from the model in
//! [`crate::model`], so that the two cannot drift: published beside the
//! dataset as `data/portal.schema.json`, named by the dataset's `$schema` for
//! editors' tools, and used by the validator for the file's shape.
//!
//! Besides the standard keywords, the schema marks what the validator checks
//! in Rust, as annotations that other tools ignore:
//! - `x-references`: the value is the id of a record of that collection
//!   (`"parks"`), or a list of such ids.

pub mod patterns;

use serde_json::Value;

use crate::model::Dataset;
pub use patterns::*;

/// The dataset's schema, as published.
pub fn dataset_schema() -> Value {
    let mut schema = schemars::schema_for!(Dataset).to_value();
    without_number_formats(&mut schema);
    if let Some(root) = schema.as_object_mut() {
        root.insert("$id".into(), Value::String(FILE_NAME.into()));
        root.insert(
            "title".into(),
            "Sophia Antipolis – China partnership portal: dataset".into(),
        );
    }
    schema
}

/// Removes the `format` schemars gives numbers (`uint32`, `double`): Rust's
/// storage types, which are no JSON Schema format and which strict
/// validators reject as unknown; the ranges say what a value may be.
fn without_number_formats(value: &mut Value) {
    match value {
        Value::Object(map) => {
            let numeric = map.get("type").is_some_and(|t| {
                let is_number = |t: &Value| matches!(t.as_str(), Some("integer" | "number"));
                is_number(t) || t.as_array().is_some_and(|a| a.iter().any(is_number))
            });
            if numeric {
                map.remove("format");
            }
            map.values_mut().for_each(without_number_formats);
        }
        Value::Array(items) => items.iter_mut().for_each(without_number_formats),
        _ => {}
    }
}

/// [`dataset_schema`] as the file `portal.schema.json` holds it.
pub fn dataset_schema_text() -> String {
    let mut text = serde_json::to_string_pretty(&dataset_schema()).expect("a schema serialises");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_country_list_is_sorted_and_without_repeats() {
        assert!(COUNTRIES.windows(2).all(|w| w[0] < w[1]));
        assert!(COUNTRIES.contains(&"CN") && COUNTRIES.contains(&"EU"));
        assert!(!COUNTRIES.contains(&"UK"));
    }

    #[test]
    fn the_schema_is_draft_2020_12_and_strict() {
        let schema = dataset_schema();
        assert_eq!(
            schema["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
        assert_eq!(schema["additionalProperties"], false);
        let park = &schema["$defs"]["Park"];
        assert_eq!(park["additionalProperties"], false);
        assert!(park["required"]
            .as_array()
            .unwrap()
            .contains(&"local_name_lang".into()));
        assert_eq!(park["properties"]["id"]["pattern"], ID);
    }
}
