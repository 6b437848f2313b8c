//! The walk of a document against its format ([`super::shape`]): types,
//! unknown and missing fields, translations, strings, ids, parties.

use std::collections::{HashMap, HashSet};

use portal_core::load::Problem;
use serde_json::{Map, Value};

#[allow(unused_imports)]
use super::{dates::*, shape::*, text::*, *};

pub(super) struct Checker {
    /// The ids of each collection, as found in the document.
    pub(super) ids: HashMap<Coll, HashSet<String>>,
    /// Source ids some record cites.
    pub(super) cited_sources: HashSet<String>,
    /// Topic ids some record uses.
    pub(super) used_topics: HashSet<String>,
    pub(super) problems: Vec<Problem>,
}

impl Checker {
    /// Collects the ids of every collection and reports duplicates.
    pub(super) fn new(root: &Value) -> Self {
        let mut checker = Checker {
            ids: HashMap::new(),
            cited_sources: HashSet::new(),
            used_topics: HashSet::new(),
            problems: Vec::new(),
        };
        for coll in COLLS {
            let mut first_seen: HashMap<&str, usize> = HashMap::new();
            if let Some(items) = root.get(coll.key()).and_then(Value::as_array) {
                for (i, item) in items.iter().enumerate() {
                    let Some(id) = item.get("id").and_then(Value::as_str) else {
                        continue;
                    };
                    if let Some(first) = first_seen.get(id) {
                        checker.problems.push(Problem::new(
                            format!("$.{}[{i}].id", coll.key()),
                            format!(
                                "duplicate {} id `{id}`: $.{}[{first}] already uses it",
                                coll.singular(),
                                coll.key()
                            ),
                        ));
                    } else {
                        first_seen.insert(id, i);
                    }
                }
            }
            checker
                .ids
                .insert(coll, first_seen.keys().map(|id| id.to_string()).collect());
        }
        checker
    }

    pub(super) fn push(&mut self, path: &str, message: impl Into<String>) {
        self.problems.push(Problem::new(path, message));
    }

    pub(super) fn wrong_type(&mut self, path: &str, expected: &str, found: &Value) {
        self.push(
            path,
            format!("expected {expected}, found {}", describe(found)),
        );
    }

    pub(super) fn check(&mut self, path: &str, value: &Value, shape: &Shape) {
        match shape {
            Shape::Version => match value.as_u64() {
                Some(SCHEMA_VERSION) => {}
                Some(n) => self.push(
                    path,
                    format!(
                        "unsupported schema version {n}: this portal reads version {SCHEMA_VERSION}"
                    ),
                ),
                None => self.wrong_type(path, "the schema version number (1)", value),
            },
            Shape::Text => {
                self.text(path, value, "a string");
            }
            Shape::Id => {
                if let Some(id) = self.text(path, value, "an id (a string)") {
                    if let Some(why) = slug_problem(id) {
                        self.push(path, format!("`{id}` is not a valid id: {why}"));
                    }
                }
            }
            Shape::Ref(coll) => {
                if let Some(id) = self.text(path, value, "an id (a string)") {
                    match coll {
                        Coll::Sources => {
                            self.cited_sources.insert(id.to_string());
                        }
                        Coll::Topics => {
                            self.used_topics.insert(id.to_string());
                        }
                        _ => {}
                    }
                    if !self.ids[coll].contains(id) {
                        self.push(
                            path,
                            format!(
                                "no {} has the id `{id}` (it must match the `id` of a record in `{}`)",
                                coll.singular(),
                                coll.key()
                            ),
                        );
                    }
                }
            }
            Shape::Localized => self.localized(path, value),
            Shape::Country => {
                if let Some(code) = self.text(path, value, "a country code (a string)") {
                    let ok = code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase());
                    if !ok {
                        self.push(
                            path,
                            format!(
                                "`{code}` is not an ISO 3166-1 alpha-2 country code (two capital letters, e.g. FR, CN)"
                            ),
                        );
                    }
                }
            }
            Shape::Language => {
                if let Some(code) = self.text(path, value, "a language code (a string)") {
                    if !is_language_code(code) {
                        self.push(
                            path,
                            format!("`{code}` is not a language code such as en, fr or zh"),
                        );
                    }
                }
            }
            Shape::LanguageTag => {
                if let Some(tag) = self.text(path, value, "a language tag (a string)") {
                    if let Some(why) = language_tag_problem(tag) {
                        self.push(
                            path,
                            format!(
                                "`{tag}` is not a language tag: {why}; write a BCP 47 tag such as \"fr\", \"ca\", \"zh-Hans\" or \"zh-Hans-CN\""
                            ),
                        );
                    }
                }
            }
            Shape::Seed => {
                if let Some(name) = self.text(path, value, "a file name (a string)") {
                    if name.contains('/') || name.contains('\\') || name.starts_with('.') {
                        self.push(
                            path,
                            format!("`{name}` is not a plain file name: give the seed file's name without any folder"),
                        );
                    }
                }
            }
            Shape::Number => {
                if !value.is_number() {
                    self.wrong_type(path, "a number", value);
                }
            }
            Shape::Range { min, max, what } => match value.as_f64() {
                Some(x) if value.is_number() => {
                    if !(*min..=*max).contains(&x) {
                        self.push(
                            path,
                            format!("{x} is out of range for {what} (from {min} to {max})"),
                        );
                    }
                }
                _ => self.wrong_type(path, "a number", value),
            },
            Shape::Count => match value.as_u64() {
                Some(n) if (1..=u64::from(u32::MAX)).contains(&n) => {}
                Some(n) => self.push(
                    path,
                    format!("{n} is out of range (from 1 to {})", u32::MAX),
                ),
                None => self.wrong_type(path, "a whole number of at least 1", value),
            },
            Shape::Qualifier => {
                if let Some(s) = self.text(path, value, "\"about\" or \"more-than\" (a string)") {
                    if !QUALIFIERS.contains(&s) {
                        self.push(
                            path,
                            format!(
                                "unknown qualifier `{s}`; expected \"about\" (the source says about, around, some, environ…) or \"more-than\" (more than, over, plus de…), or leave the field out for an exact count"
                            ),
                        );
                    }
                }
            }
            Shape::Enum(allowed) => {
                if let Some(s) = self.text(path, value, "a string") {
                    if !allowed.contains(&s) {
                        self.push(
                            path,
                            format!(
                                "unknown value `{s}`; expected one of: {}",
                                allowed.join(", ")
                            ),
                        );
                    }
                }
            }
            Shape::Date => {
                self.date(path, value);
            }
            Shape::Span => self.span(path, value),
            Shape::Party => self.party(path, value),
            Shape::List {
                item,
                min,
                unique,
                too_few,
            } => {
                let Some(items) = value.as_array() else {
                    return self.wrong_type(path, "an array", value);
                };
                if items.len() < *min {
                    self.push(path, *too_few);
                }
                // Compared by their JSON text: ids and parties are small.
                let mut seen: HashSet<String> = HashSet::new();
                for (i, v) in items.iter().enumerate() {
                    let item_path = format!("{path}[{i}]");
                    self.check(&item_path, v, item);
                    if *unique && !seen.insert(v.to_string()) {
                        self.push(&item_path, format!("{} is listed twice", short(v)));
                    }
                }
            }
            Shape::Object(fields) => {
                self.object(path, value, fields);
            }
        }
    }

    /// Checks an object's fields; returns the object when it is one.
    pub(super) fn object<'v>(
        &mut self,
        path: &str,
        value: &'v Value,
        fields: &[Field],
    ) -> Option<&'v Map<String, Value>> {
        let Some(map) = value.as_object() else {
            self.wrong_type(path, "an object", value);
            return None;
        };
        // Fields in the schema's order, so that problems come out in the same
        // order whatever the order of the keys in the file.
        for f in fields {
            let field_path = child(path, f.name);
            match map.get(f.name) {
                None if f.presence == Presence::Required => {
                    let mut message = format!("missing field `{}`", f.name);
                    if let Some((_, hint)) = MISSING_HINTS.iter().find(|(name, _)| *name == f.name)
                    {
                        message.push_str(": ");
                        message.push_str(hint);
                    }
                    self.push(&field_path, message);
                }
                None => {}
                Some(Value::Null) if f.presence == Presence::Optional => {}
                Some(v) => self.check(&field_path, v, &f.shape),
            }
        }
        for key in map.keys() {
            if !fields.iter().any(|f| f.name == key) {
                let names: Vec<&str> = fields.iter().map(|f| f.name).collect();
                let mut message = format!(
                    "unknown field `{key}`; expected one of: {}",
                    names.join(", ")
                );
                if let Some((_, hint)) = RETIRED_FIELDS.iter().find(|(name, _)| name == key) {
                    message.push_str(" (");
                    message.push_str(hint);
                    message.push(')');
                }
                self.push(&child(path, key), message);
            }
        }
        self.pairs(path, map, fields);
        Some(map)
    }

    /// Checks that each pair of [`PAIRED_FIELDS`] the object's schema has as
    /// optional fields is given both or neither (`null` counts as left out).
    pub(super) fn pairs(&mut self, path: &str, map: &Map<String, Value>, fields: &[Field]) {
        let optional = |name: &str| {
            fields
                .iter()
                .any(|f| f.name == name && f.presence == Presence::Optional)
        };
        let given = |name: &str| !matches!(map.get(name), None | Some(Value::Null));
        for &(first, second) in PAIRED_FIELDS {
            if !(optional(first) && optional(second)) {
                continue;
            }
            match (given(first), given(second)) {
                (true, false) => self.push(
                    &child(path, second),
                    format!(
                        "missing field `{second}`: a record with a `{first}` must say which language it is in, as a BCP 47 tag such as \"fr\", \"ca\" or \"zh-Hans\""
                    ),
                ),
                (false, true) => self.push(
                    &child(path, second),
                    format!(
                        "`{second}` is given without a `{first}`: add the `{first}` it describes, or leave `{second}` out"
                    ),
                ),
                _ => {}
            }
        }
    }

    /// Checks a string: returns it when it is a non-empty string within the limit.
    pub(super) fn text<'v>(
        &mut self,
        path: &str,
        value: &'v Value,
        expected: &str,
    ) -> Option<&'v str> {
        let Some(s) = value.as_str() else {
            self.wrong_type(path, expected, value);
            return None;
        };
        let chars = s.chars().count();
        if chars > MAX_STRING_CHARS {
            self.push(
                path,
                format!(
                    "text of {chars} characters is over the limit of {MAX_STRING_CHARS} characters"
                ),
            );
            return None;
        }
        if s.trim().is_empty() {
            self.push(
                path,
                "empty string: write the text or leave the field out if it is optional",
            );
            return None;
        }
        Some(s)
    }

    pub(super) fn localized(&mut self, path: &str, value: &Value) {
        let Some(map) = value.as_object() else {
            return self.wrong_type(
                path,
                "a text in three languages ({\"fr\": …, \"en\": …, \"zh\": …})",
                value,
            );
        };
        for key in map.keys() {
            if !LANGUAGES.contains(&key.as_str()) {
                self.push(
                    &child(path, key),
                    format!(
                        "unknown field `{key}`; a translated text has exactly `fr`, `en` and `zh`"
                    ),
                );
            }
        }
        for lang in LANGUAGES {
            let lang_path = child(path, lang);
            match map.get(lang) {
                None => self.push(&lang_path, format!("missing `{lang}` translation")),
                Some(Value::String(s)) if s.trim().is_empty() => {
                    self.push(&lang_path, format!("empty `{lang}` translation"))
                }
                Some(v) => {
                    self.text(&lang_path, v, "a string");
                }
            }
        }
    }

    pub(super) fn party(&mut self, path: &str, value: &Value) {
        const HOW: &str = "a party ({\"park\": id} or {\"organisation\": id})";
        let Some(map) = value.as_object() else {
            return self.wrong_type(path, HOW, value);
        };
        if map.is_empty() {
            return self.push(
                path,
                "empty party: give {\"park\": id} or {\"organisation\": id}",
            );
        }
        if map.len() > 1 {
            return self.push(
                path,
                "a party is either {\"park\": id} or {\"organisation\": id}, not both",
            );
        }
        let (key, v) = map.iter().next().expect("one entry");
        let key_path = child(path, key);
        match key.as_str() {
            "park" => self.check(&key_path, v, &Shape::Ref(Coll::Parks)),
            "organisation" => self.check(&key_path, v, &Shape::Ref(Coll::Organisations)),
            _ => self.push(
                &key_path,
                format!("unknown field `{key}`; expected one of: park, organisation"),
            ),
        }
    }
}
