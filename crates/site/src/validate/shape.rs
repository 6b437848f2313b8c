//! The file's shape, checked against the dataset's JSON Schema
//! ([`portal_core::schema`], generated from the model): types, required and
//! unknown fields, translations, ids, vocabularies, ranges. Each error of the
//! schema validator becomes a [`Problem`] at its JSON path, in the words an
//! editor needs (what is wrong and what to write instead).

use std::sync::OnceLock;

use jsonschema::error::{TypeKind, ValidationErrorKind as Kind};
use jsonschema::JsonType;
use jsonschema::{ValidationError, Validator};
use portal_core::load::Problem;
use portal_core::schema::{
    dataset_schema, FILE_NAME_PATTERN, ID, LANGUAGE_CODE, LANGUAGE_TAG, NOT_BLANK,
};
use serde_json::Value;

use super::text::{child, describe, language_tag_problem, pointer_to_path, short, slug_problem};
use super::{LANGUAGES, SCHEMA_VERSION};

/// Fields the format no longer has, with what replaces them: the message for
/// an old file says what to write instead.
const RETIRED_FIELDS: &[(&str, &str)] = &[(
    "approximate",
    "`approximate` was replaced by `qualifier`: write \"qualifier\": \"about\" or \"more-than\" as the source words it, or leave it out for an exact count",
)];

/// Required fields whose purpose is not obvious from their name, with what to write.
const MISSING_HINTS: &[(&str, &str)] = &[(
    "local_name_lang",
    "give the language `local_name` is written in, as a BCP 47 tag such as \"fr\", \"ca\" or \"zh-Hans\"",
)];

/// The schema and its compiled validator, made once.
fn schema() -> &'static (Value, Validator) {
    static SCHEMA: OnceLock<(Value, Validator)> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        let schema = dataset_schema();
        let validator = jsonschema::draft202012::new(&schema)
            .expect("the schema generated from the model is a valid draft 2020-12 schema");
        (schema, validator)
    })
}

/// The dataset's schema, as the validator uses it.
pub(super) fn dataset() -> &'static Value {
    &schema().0
}

/// Every way `root` departs from the schema.
pub(super) fn problems(root: &Value) -> Vec<Problem> {
    let mut out = Vec::new();
    for error in schema().1.iter_errors(root) {
        collect(&error, &mut out);
    }
    // The same problem found through two keywords (an empty text fails both
    // `minLength` and its pattern) is listed once by `validate`, after sorting.
    out
}

/// The schema node an error's schema path leads to, less its last `n` segments.
fn schema_node(error: &ValidationError<'_>, up: usize) -> Option<&'static Value> {
    let pointer = error.schema_path().as_str();
    let segments: Vec<&str> = pointer.split('/').skip(1).collect();
    let kept = segments.len().checked_sub(up)?;
    let mut node = dataset();
    for segment in &segments[..kept] {
        let segment = segment.replace("~1", "/").replace("~0", "~");
        node = if segment == "$ref" {
            // The evaluation went through a reference: on into `$defs`.
            resolve(node.get("$ref")?.as_str()?)?
        } else {
            match node {
                Value::Object(map) => map.get(&segment)?,
                Value::Array(items) => items.get(segment.parse::<usize>().ok()?)?,
                _ => return None,
            }
        };
    }
    Some(node)
}

fn resolve(reference: &str) -> Option<&'static Value> {
    let name = reference.strip_prefix("#/$defs/")?;
    dataset().get("$defs")?.get(name)
}

fn collect(error: &ValidationError<'_>, out: &mut Vec<Problem>) {
    let path = pointer_to_path(error.instance_path().as_str());
    let value = error.instance();
    let key = path
        .rsplit(['.', '['])
        .next()
        .unwrap_or("")
        .trim_end_matches(']');
    let mut push = |at: &str, message: String| out.push(Problem::new(at, message));
    match error.kind() {
        // An optional value (`anyOf`: its type, or null) or a party (`oneOf`:
        // a park or an organisation): the errors of the branch it was meant as.
        Kind::AnyOf { context } | Kind::OneOfNotValid { context } => {
            // A vocabulary whose values are documented one by one (`oneOf`
            // of `const`): one unknown value.
            if let Some(names) = constants(context, error.instance_path().as_str()) {
                let message = if value.is_string() {
                    unknown_value(key, value, &names)
                } else {
                    let quoted: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
                    format!(
                        "expected {} (a string), found {}",
                        quoted.join(" or "),
                        describe(value)
                    )
                };
                return push(&path, message);
            }
            match meant_branch(context, value) {
                Some(errors) => errors.iter().for_each(|e| collect(e, out)),
                None if key_is_party(&path) => push(
                    &path,
                    "a party is {\"park\": id} or {\"organisation\": id}, with exactly one of the two"
                        .into(),
                ),
                None => push(&path, format!("unexpected {}", describe(value))),
            }
        }
        Kind::Required { property } => {
            let property = property.as_str().unwrap_or_default();
            let at = child(&path, property);
            let hint = MISSING_HINTS.iter().find(|(name, _)| *name == property);
            let message = match hint {
                _ if LANGUAGES.contains(&property) => format!("missing `{property}` translation"),
                Some((_, hint)) => format!("missing field `{property}`: {hint}"),
                None => format!("missing field `{property}`"),
            };
            push(&at, message);
        }
        Kind::AdditionalProperties { unexpected } => {
            let expected: Vec<String> = schema_node(error, 1)
                .and_then(|node| node.get("properties"))
                .and_then(Value::as_object)
                .map(|p| p.keys().filter(|k| !k.starts_with('$')).cloned().collect())
                .unwrap_or_default();
            let translated = expected == LANGUAGES;
            for name in unexpected {
                let mut message = if translated {
                    format!(
                        "unknown field `{name}`; a translated text has exactly `fr`, `en` and `zh`"
                    )
                } else {
                    format!(
                        "unknown field `{name}`; expected one of: {}",
                        expected.join(", ")
                    )
                };
                if let Some((_, hint)) = RETIRED_FIELDS.iter().find(|(old, _)| old == name) {
                    message.push_str(&format!(" ({hint})"));
                }
                push(&child(&path, name), message);
            }
        }
        Kind::Type { kind } => {
            let expected = match kind {
                TypeKind::Single(t) => a_type(*t),
                TypeKind::Multiple(types) => types
                    .into_iter()
                    .filter(|t| *t != JsonType::Null)
                    .map(a_type)
                    .collect::<Vec<_>>()
                    .join(" or "),
            };
            let expected = match key {
                "version" => format!("the schema version number ({SCHEMA_VERSION})"),
                "id" => "an id (a string)".into(),
                "local_name_lang" => "a language tag (a string)".into(),
                "country" => "a country code (a string)".into(),
                "seed" => "a file name (a string)".into(),
                _ if expected == "an object" && is_translated(error) => {
                    "a text in three languages ({\"fr\": …, \"en\": …, \"zh\": …})".into()
                }
                _ => expected,
            };
            push(
                &path,
                format!("expected {expected}, found {}", describe(value)),
            );
        }
        Kind::Constant { .. } if key == "version" => push(
            &path,
            format!(
                "unsupported schema version {value}: this portal reads version {SCHEMA_VERSION}"
            ),
        ),
        Kind::Enum { options } => {
            let names: Vec<String> = options
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect();
            push(&path, unknown_value(key, value, &names));
        }
        Kind::Pattern { pattern } => {
            let text = value.as_str().unwrap_or_default();
            let message = if text.trim().is_empty() {
                blank(key)
            } else if pattern == ID {
                format!(
                    "`{text}` is not a valid id: {}",
                    slug_problem(text).unwrap_or_default()
                )
            } else if pattern == LANGUAGE_TAG {
                format!(
                    "`{text}` is not a language tag: {}; write a BCP 47 tag such as \"fr\", \"ca\", \"zh-Hans\" or \"zh-Hans-CN\"",
                    language_tag_problem(text).unwrap_or_default()
                )
            } else if pattern == LANGUAGE_CODE {
                format!("`{text}` is not a language code such as en, fr or zh")
            } else if pattern == FILE_NAME_PATTERN {
                format!("`{text}` is not a plain file name: give the seed file's name without any folder")
            } else if pattern == NOT_BLANK {
                blank(key)
            } else {
                format!("{} does not match `{pattern}`", short(value))
            };
            push(&path, message);
        }
        Kind::MinLength { .. } => push(&path, blank(key)),
        Kind::MaxLength { limit } if key == "id" => {
            push(&path, format!("an id has at most {limit} characters"))
        }
        Kind::Minimum { limit } | Kind::Maximum { limit } => {
            let (min, max) = range_of(error);
            let message = match key {
                "lat" => format!("{value} is out of range for a latitude (from {min} to {max})"),
                "lon" => format!("{value} is out of range for a longitude (from {min} to {max})"),
                "year" => format!("year {value} is out of range (from {min} to {max})"),
                "month" => format!("month {value} does not exist (expected 1 to 12)"),
                "day" => format!("day {value} does not exist in any month"),
                _ => format!("{value} is out of range (the limit is {limit})"),
            };
            push(&path, message);
        }
        Kind::MinItems { .. } => {
            let message = match key {
                "sources" => "a record needs at least one source: list the ids of the sources it was drawn from",
                "parties" => "an agreement needs at least two parties",
                "languages" => "give the language code(s) of the article, e.g. [\"en\"]",
                _ => "the list is too short",
            };
            push(&path, message.into());
        }
        // Repeated items are reported by the rules, at the repeated item.
        Kind::UniqueItems => {}
        _ => push(&path, error.to_string()),
    }
}

/// The message for a value outside a vocabulary of `names`.
fn unknown_value(key: &str, value: &Value, names: &[String]) -> String {
    let text = value.as_str().unwrap_or_default();
    match key {
        "country" => format!(
            "`{text}` is not an ISO 3166-1 alpha-2 country code (two capital letters, e.g. FR, CN)"
        ),
        "qualifier" => format!(
            "unknown qualifier `{text}`; expected \"about\" (the source says about, around, some, environ…) or \"more-than\" (more than, over, plus de…), or leave the field out for an exact count"
        ),
        _ => format!("unknown value {}; expected one of: {}", short(value), names.join(", ")),
    }
}

/// The values of a vocabulary written as a `oneOf` of `const`s, when every
/// branch failed on its constant (looking through an optional value's `anyOf`).
fn constants(branches: &[Vec<ValidationError<'static>>], at: &str) -> Option<Vec<String>> {
    let mut names = Vec::new();
    for errors in branches {
        if errors.iter().any(|e| e.instance_path().as_str() != at) {
            return None;
        }
        let constant = errors.iter().find_map(|e| match e.kind() {
            Kind::Constant { expected_value } => expected_value.as_str().map(str::to_string),
            _ => None,
        });
        match (constant, errors.as_slice()) {
            // A constant's branch (with a type error besides, for a value that is no string).
            (Some(name), _) => names.push(name),
            (None, [e]) => match e.kind() {
                Kind::Type {
                    kind: TypeKind::Single(JsonType::Null),
                } => {}
                Kind::OneOfNotValid { context } | Kind::AnyOf { context } => {
                    names.extend(constants(context, at)?)
                }
                _ => return None,
            },
            _ => return None,
        }
    }
    (!names.is_empty()).then_some(names)
}

/// Of the branches of an `anyOf` or `oneOf`, the errors of the one the value
/// was meant as: not `null` when the value is not null, and for an object
/// the branch whose required field it has.
fn meant_branch<'e>(
    branches: &'e [Vec<ValidationError<'static>>],
    value: &Value,
) -> Option<&'e Vec<ValidationError<'static>>> {
    let is_null_branch = |errors: &Vec<ValidationError<'_>>| {
        errors.len() == 1
            && matches!(
                errors[0].kind(),
                Kind::Type {
                    kind: TypeKind::Single(JsonType::Null)
                }
            )
    };
    let candidates: Vec<_> = branches.iter().filter(|e| !is_null_branch(e)).collect();
    if candidates.len() == 1 {
        return candidates.into_iter().next();
    }
    // A party: the branch that does not miss the field the value has.
    let object = value.as_object()?;
    if object.len() != 1 {
        return None;
    }
    candidates.into_iter().find(|errors| {
        !errors.iter().any(|e| {
            matches!(
                e.kind(),
                Kind::Required { .. } | Kind::AdditionalProperties { .. }
            )
        })
    })
}

/// Whether the value of a type error is meant as a translated text.
fn is_translated(error: &ValidationError<'_>) -> bool {
    schema_node(error, 1)
        .and_then(|node| node.get("properties"))
        .and_then(Value::as_object)
        .is_some_and(|p| p.keys().eq(LANGUAGES.iter()))
}

fn key_is_party(path: &str) -> bool {
    ["parties[", "organisers[", "participants["]
        .iter()
        .any(|list| path.contains(list))
}

fn a_type(t: JsonType) -> String {
    match t {
        JsonType::Array => "an array",
        JsonType::Boolean => "true or false",
        JsonType::Integer => "a whole number",
        JsonType::Null => "null",
        JsonType::Number => "a number",
        JsonType::Object => "an object",
        JsonType::String => "a string",
    }
    .into()
}

/// The message for an empty text.
fn blank(key: &str) -> String {
    if LANGUAGES.contains(&key) {
        format!("empty `{key}` translation")
    } else {
        "empty string: write the text or leave the field out if it is optional".into()
    }
}

/// The `minimum` and `maximum` of the schema node of a range error.
fn range_of(error: &ValidationError<'_>) -> (Value, Value) {
    let node = schema_node(error, 1);
    let get = |k: &str| node.and_then(|n| n.get(k)).cloned().unwrap_or(Value::Null);
    (get("minimum"), get("maximum"))
}
