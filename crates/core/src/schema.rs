//! The dataset's JSON Schema (draft 2020-12), generated from the model in
//! [`crate::model`], so that the two cannot drift: published beside the
//! dataset as `data/portal.schema.json`, named by the dataset's `$schema` for
//! editors' tools, and used by the validator for the file's shape.
//!
//! Besides the standard keywords, the schema marks what the validator checks
//! in Rust, as annotations that other tools ignore:
//! - `x-references`: the value is the id of a record of that collection
//!   (`"parks"`), or a list of such ids.

use schemars::{json_schema, Schema, SchemaGenerator};
use serde_json::Value;

use crate::model::Dataset;

/// An id: lower-case letters, digits and single hyphens (`chengdu-hi-tech-zone`).
pub const ID: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";
/// A text with at least one character that is not a space.
pub const NOT_BLANK: &str = "\\S";
/// An ISO 639 language code, as the source articles' languages are given (`zh`).
pub const LANGUAGE_CODE: &str = "^[a-z]{2,3}$";
/// The language tag of a name, a simple subset of BCP 47: `fr`, `ca`,
/// `zh-Hans`, `zh-Hans-CN`.
pub const LANGUAGE_TAG: &str = "^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$";
/// A plain file name, without a folder: `000_0275e5c52c08726a.txt`.
pub const FILE_NAME_PATTERN: &str = "^[^/\\\\.][^/\\\\]*$";
/// The file name of the published schema, beside the dataset.
pub const FILE_NAME: &str = "portal.schema.json";

/// The ISO 3166-1 alpha-2 country codes, with `EU`, which ISO reserves for
/// the European Union and the dataset uses for its institutions.
pub const COUNTRIES: [&str; 250] = [
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "EU", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE",
    "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK",
    "HM", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE",
    "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB",
    "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH",
    "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ",
    "NA", "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF",
    "PG", "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU",
    "RW", "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR",
    "SS", "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN",
    "TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG",
    "VI", "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
];

/// The schema of a country field: one of [`COUNTRIES`].
pub fn country(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "type": "string",
        "description": "ISO 3166-1 alpha-2 country code (EU for the European Union)",
        "enum": COUNTRIES.as_slice(),
    })
}

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
