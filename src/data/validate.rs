//! Validation of the dataset file (`public/data/portal.json`).
//!
//! [`validate`] reads the whole text and reports **every** problem it finds at
//! once, each with the JSON path of the offending value (`$.parks[2].name.zh`)
//! and a plain-language message, so a content editor can fix a file in one go.
//!
//! It works in two steps:
//!
//! 1. The text is parsed into a [`serde_json::Value`] (a syntax error is
//!    reported with its line and column), then walked against a description of
//!    the schema that mirrors [`super::model`]: types, unknown and missing
//!    fields, translations, empty or oversized strings, id syntax, duplicate
//!    ids, references between records, dates, coordinates, sources.
//! 2. When the walk found nothing, the text is deserialised into the typed
//!    [`Dataset`], which is what the caller gets back.
//!
//! Only `serde_json` is used, so the same code runs in the browser (wasm), in
//! the `validate` command and in the native tests.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt;

use serde_json::{Map, Value};

use super::model::Dataset;

/// The schema version this portal reads (`version` in the file).
pub const SCHEMA_VERSION: u64 = 1;
/// A larger document is refused without being parsed.
pub const MAX_DOCUMENT_BYTES: usize = 256 * 1024 * 1024;
/// The longest string accepted anywhere in the document, in characters.
pub const MAX_STRING_CHARS: usize = 10_000;
/// The longest id accepted, in characters.
pub const MAX_ID_CHARS: usize = 100;
/// Dates outside these years are taken for typing mistakes.
pub const MIN_YEAR: i64 = 1900;
/// See [`MIN_YEAR`].
pub const MAX_YEAR: i64 = 2100;

/// One thing wrong with the dataset: where (a JSON path) and what.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Problem {
    /// JSON path of the offending value, e.g. `$.parks[2].name.zh`; `$` is the whole document.
    pub path: String,
    /// What is wrong, in plain English.
    pub message: String,
}

impl Problem {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// The error the app shows when the data file cannot be used: all the problems
/// found, of which [`fmt::Display`] prints the count and the first few.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    problems: Vec<Problem>,
}

impl ValidationError {
    /// How many problems [`fmt::Display`] lists before "… and N more".
    pub const SHOWN: usize = 5;

    pub fn new(problems: Vec<Problem>) -> Self {
        ValidationError { problems }
    }

    /// Every problem, by collection (in the schema's order: sources, topics,
    /// parks, organisations, people, agreements, events) and record.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// The first `n` problems (all of them when there are fewer).
    pub fn first(&self, n: usize) -> &[Problem] {
        &self.problems[..n.min(self.problems.len())]
    }

    pub fn len(&self) -> usize {
        self.problems.len()
    }

    pub fn is_empty(&self) -> bool {
        self.problems.is_empty()
    }

    pub fn into_problems(self) -> Vec<Problem> {
        self.problems
    }
}

impl From<Vec<Problem>> for ValidationError {
    fn from(problems: Vec<Problem>) -> Self {
        ValidationError::new(problems)
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.problems.len();
        write!(
            f,
            "the data file failed validation: {n} problem{}",
            if n == 1 { "" } else { "s" }
        )?;
        for p in self.first(Self::SHOWN) {
            write!(f, "\n  - {p}")?;
        }
        if n > Self::SHOWN {
            write!(f, "\n  … and {} more", n - Self::SHOWN)?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationError {}

/// Checks the text of a dataset file and returns the typed [`Dataset`], or
/// every problem found.
pub fn validate(json: &str) -> Result<Dataset, Vec<Problem>> {
    if json.len() > MAX_DOCUMENT_BYTES {
        return Err(vec![Problem::new(
            "$",
            format!(
                "the document is {} bytes, more than the limit of {} bytes (256 MB)",
                json.len(),
                MAX_DOCUMENT_BYTES
            ),
        )]);
    }
    let root: Value = match serde_json::from_str(json) {
        Ok(v) => v,
        Err(e) => return Err(vec![syntax_problem(&e)]),
    };

    let mut checker = Checker::new(&root);
    checker.check(ROOT, &root, &Shape::Object(DATASET));
    checker.cross_checks(&root);
    let mut problems = checker.problems;
    // Duplicate ids are found first and cross-checks last: put every problem
    // with the record it belongs to (stable, so a record's own order stays).
    problems.sort_by_key(|p| record_position(&p.path));
    if !problems.is_empty() {
        return Err(problems);
    }
    // The walk found nothing; the typed reading should then succeed. It can
    // still catch what a `Value` hides, such as a key written twice.
    match serde_json::from_str::<Dataset>(json) {
        Ok(dataset) => Ok(dataset),
        Err(e) => {
            problems.push(Problem::new(
                ROOT,
                format!(
                    "{} (line {}, column {})",
                    strip_position(&e),
                    e.line(),
                    e.column()
                ),
            ));
            Err(problems)
        }
    }
}

/// [`validate`] with the app's error type.
pub fn load(json: &str) -> Result<Dataset, ValidationError> {
    validate(json).map_err(ValidationError::from)
}

const ROOT: &str = "$";

fn syntax_problem(e: &serde_json::Error) -> Problem {
    use serde_json::error::Category;
    let what = match e.classify() {
        Category::Eof => "the file ends too early (is it truncated?)".to_string(),
        Category::Syntax => format!("not valid JSON: {}", strip_position(e)),
        Category::Io | Category::Data => format!("cannot be read as JSON: {}", strip_position(e)),
    };
    Problem::new(
        ROOT,
        format!("{what} at line {}, column {}", e.line(), e.column()),
    )
}

/// serde_json's message without its own " at line L column C" suffix.
fn strip_position(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

// ---------------------------------------------------------------------------
// The schema, as data. It mirrors `model.rs`; the unit tests below check that
// a document it accepts is one `Dataset` reads.

/// The record collections, i.e. the things an id can refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Coll {
    Sources,
    Topics,
    Parks,
    Organisations,
    People,
    Agreements,
    Events,
}

const COLLS: [Coll; 7] = [
    Coll::Sources,
    Coll::Topics,
    Coll::Parks,
    Coll::Organisations,
    Coll::People,
    Coll::Agreements,
    Coll::Events,
];

impl Coll {
    /// The collection's key in the document.
    fn key(self) -> &'static str {
        match self {
            Coll::Sources => "sources",
            Coll::Topics => "topics",
            Coll::Parks => "parks",
            Coll::Organisations => "organisations",
            Coll::People => "people",
            Coll::Agreements => "agreements",
            Coll::Events => "events",
        }
    }

    /// One record of the collection, for messages.
    fn singular(self) -> &'static str {
        match self {
            Coll::Sources => "source",
            Coll::Topics => "topic",
            Coll::Parks => "park",
            Coll::Organisations => "organisation",
            Coll::People => "person",
            Coll::Agreements => "agreement",
            Coll::Events => "event",
        }
    }
}

enum Shape {
    /// The schema version number.
    Version,
    /// A non-empty string.
    Text,
    /// The `id` of a record of the collection: a slug.
    Id,
    /// The id of a record of the collection.
    Ref(Coll),
    /// `{ "fr", "en", "zh" }`, all non-empty.
    Localized,
    /// ISO 3166-1 alpha-2.
    Country,
    /// BCP 47 language code.
    Language,
    /// The BCP 47 tag of a name's language, of the simple kind the portal
    /// uses: `fr`, `ca`, `zh-Hans`, `zh-Hans-CN` (see [`language_tag_problem`]).
    LanguageTag,
    /// A file name in the seed collection.
    Seed,
    /// Any number.
    Number,
    /// A number within a range; `what` names it in messages.
    Range {
        min: f64,
        max: f64,
        what: &'static str,
    },
    /// A whole number of at least 1 that fits in 32 bits.
    Count,
    /// How a source qualifies a number: one of [`QUALIFIERS`].
    Qualifier,
    /// One of the strings.
    Enum(&'static [&'static str]),
    /// `{ year, month?, day? }`, a date that exists.
    Date,
    /// `{ from, to? }`, with `to` not before `from`.
    Span,
    /// `{ "park": id }` or `{ "organisation": id }`.
    Party,
    /// An array.
    List {
        item: &'static Shape,
        min: usize,
        /// Items must not repeat.
        unique: bool,
        /// Message when there are fewer than `min` items.
        too_few: &'static str,
    },
    /// An object with exactly these fields.
    Object(&'static [Field]),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Presence {
    /// Must be there, and not `null`.
    Required,
    /// May be left out or be `null` (an `Option` in the model).
    Optional,
}

struct Field {
    name: &'static str,
    shape: Shape,
    presence: Presence,
}

const fn req(name: &'static str, shape: Shape) -> Field {
    Field {
        name,
        shape,
        presence: Presence::Required,
    }
}

const fn opt(name: &'static str, shape: Shape) -> Field {
    Field {
        name,
        shape,
        presence: Presence::Optional,
    }
}

const fn list(item: &'static Shape) -> Shape {
    Shape::List {
        item,
        min: 0,
        unique: true,
        too_few: "",
    }
}

const fn sources_list() -> Shape {
    Shape::List {
        item: &Shape::Ref(Coll::Sources),
        min: 1,
        unique: true,
        too_few:
            "a record needs at least one source: list the ids of the sources it was drawn from",
    }
}

const fn records(item: &'static Shape) -> Shape {
    Shape::List {
        item,
        min: 0,
        unique: false,
        too_few: "",
    }
}

const ORGANISATION_KINDS: &[&str] = &[
    "foundation",
    "association",
    "innovation-centre",
    "university",
    "company",
    "government",
    "network",
];
const AGREEMENT_KINDS: &[&str] = &[
    "sister-parks",
    "strategic-cooperation",
    "cooperation",
    "declaration",
    "intention",
];
const EVENT_KINDS: &[&str] = &[
    "forum",
    "summit",
    "meeting",
    "fair",
    "delegation",
    "competition",
    "roadshow",
    "exhibition",
    "signing",
];
const EVENT_FORMATS: &[&str] = &["on-site", "online", "hybrid"];
const EVENT_STATUSES: &[&str] = &["held", "announced"];
/// How a source qualifies a number ([`super::model::Qualifier`]); left out for an exact count.
const QUALIFIERS: &[&str] = &["about", "more-than"];

/// Fields the schema no longer has, with what replaces them: the message for
/// an old file says what to write instead.
const RETIRED_FIELDS: &[(&str, &str)] = &[(
    "approximate",
    "`approximate` was replaced by `qualifier`: write \"qualifier\": \"about\" or \"more-than\" as the source words it, or leave it out for an exact count",
)];

/// Missing required fields whose purpose is not obvious from their name, with
/// what to write.
const MISSING_HINTS: &[(&str, &str)] = &[(
    "local_name_lang",
    "give the language `local_name` is written in, as a BCP 47 tag such as \"fr\", \"ca\" or \"zh-Hans\"",
)];

/// Optional fields that go in pairs: the second (the language of a name) is
/// present exactly when the first (the name) is.
const PAIRED_FIELDS: &[(&str, &str)] = &[("local_name", "local_name_lang")];

static DATASET: &[Field] = &[
    req("version", Shape::Version),
    req("sources", records(&Shape::Object(SOURCE))),
    req("topics", records(&Shape::Object(TOPIC))),
    req("parks", records(&Shape::Object(PARK))),
    req("organisations", records(&Shape::Object(ORGANISATION))),
    req("people", records(&Shape::Object(PERSON))),
    req("agreements", records(&Shape::Object(AGREEMENT))),
    req("events", records(&Shape::Object(EVENT))),
];

static SOURCE: &[Field] = &[
    req("id", Shape::Id),
    req("original_title", Shape::Text),
    req("title", Shape::Localized),
    opt("publisher", Shape::Localized),
    req(
        "languages",
        Shape::List {
            item: &Shape::Language,
            min: 1,
            unique: true,
            too_few: "give the language code(s) of the article, e.g. [\"en\"]",
        },
    ),
    opt("date", Shape::Date),
    req("seed", Shape::Seed),
    opt("note", Shape::Localized),
];

static TOPIC: &[Field] = &[req("id", Shape::Id), req("name", Shape::Localized)];

static COORDINATES: &[Field] = &[
    req(
        "lat",
        Shape::Range {
            min: -90.0,
            max: 90.0,
            what: "a latitude",
        },
    ),
    req(
        "lon",
        Shape::Range {
            min: -180.0,
            max: 180.0,
            what: "a longitude",
        },
    ),
];

static KEY_FIGURE: &[Field] = &[
    req("value", Shape::Number),
    req("label", Shape::Localized),
    opt("qualifier", Shape::Qualifier),
    req("sources", sources_list()),
];

static PARK: &[Field] = &[
    req("id", Shape::Id),
    req("name", Shape::Localized),
    req("local_name", Shape::Text),
    req("local_name_lang", Shape::LanguageTag),
    req("city", Shape::Localized),
    req("region", Shape::Localized),
    req("country", Shape::Country),
    req("location", Shape::Object(COORDINATES)),
    opt("founded", Shape::Date),
    req("figures", records(&Shape::Object(KEY_FIGURE))),
    req("sectors", list(&Shape::Ref(Coll::Topics))),
    req("description", Shape::Localized),
    opt("note", Shape::Localized),
    req("sources", sources_list()),
];

static ORGANISATION: &[Field] = &[
    req("id", Shape::Id),
    req("name", Shape::Localized),
    opt("local_name", Shape::Text),
    opt("local_name_lang", Shape::LanguageTag),
    opt("acronym", Shape::Text),
    req("kind", Shape::Enum(ORGANISATION_KINDS)),
    req("country", Shape::Country),
    opt("park", Shape::Ref(Coll::Parks)),
    req("description", Shape::Localized),
    req("sectors", list(&Shape::Ref(Coll::Topics))),
    opt("note", Shape::Localized),
    req("sources", sources_list()),
];

static PERSON: &[Field] = &[
    req("id", Shape::Id),
    req("native_name", Shape::Text),
    req("latin_name", Shape::Text),
    req("role", Shape::Localized),
    opt("organisation", Shape::Ref(Coll::Organisations)),
    opt("park", Shape::Ref(Coll::Parks)),
    opt("note", Shape::Localized),
    req("sources", sources_list()),
];

static AGREEMENT: &[Field] = &[
    req("id", Shape::Id),
    req("title", Shape::Localized),
    req("kind", Shape::Enum(AGREEMENT_KINDS)),
    req(
        "parties",
        Shape::List {
            item: &Shape::Party,
            min: 2,
            unique: true,
            too_few: "an agreement needs at least two parties",
        },
    ),
    opt("date", Shape::Span),
    opt("place", Shape::Localized),
    req("summary", Shape::Localized),
    req("topics", list(&Shape::Ref(Coll::Topics))),
    opt("event", Shape::Ref(Coll::Events)),
    opt("note", Shape::Localized),
    req("sources", sources_list()),
];

static ATTENDANCE: &[Field] = &[
    req("count", Shape::Count),
    opt("qualifier", Shape::Qualifier),
];

static EVENT: &[Field] = &[
    req("id", Shape::Id),
    req("title", Shape::Localized),
    req("kind", Shape::Enum(EVENT_KINDS)),
    req("status", Shape::Enum(EVENT_STATUSES)),
    opt("date", Shape::Span),
    req("format", Shape::Enum(EVENT_FORMATS)),
    opt("place", Shape::Localized),
    opt("location", Shape::Object(COORDINATES)),
    req("organisers", list(&Shape::Party)),
    req("participants", list(&Shape::Party)),
    req("people", list(&Shape::Ref(Coll::People))),
    opt("attendance", Shape::Object(ATTENDANCE)),
    req("summary", Shape::Localized),
    req(
        "outcomes",
        Shape::List {
            item: &Shape::Localized,
            min: 0,
            unique: false,
            too_few: "",
        },
    ),
    req("agreements", list(&Shape::Ref(Coll::Agreements))),
    req("parks", list(&Shape::Ref(Coll::Parks))),
    req("topics", list(&Shape::Ref(Coll::Topics))),
    opt("note", Shape::Localized),
    req("sources", sources_list()),
];

const LANGUAGES: [&str; 3] = ["fr", "en", "zh"];

// ---------------------------------------------------------------------------
// The walk.

struct Checker {
    /// The ids of each collection, as found in the document.
    ids: HashMap<Coll, HashSet<String>>,
    /// Source ids some record cites.
    cited_sources: HashSet<String>,
    /// Topic ids some record uses.
    used_topics: HashSet<String>,
    problems: Vec<Problem>,
}

impl Checker {
    /// Collects the ids of every collection and reports duplicates.
    fn new(root: &Value) -> Self {
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

    fn push(&mut self, path: &str, message: impl Into<String>) {
        self.problems.push(Problem::new(path, message));
    }

    fn wrong_type(&mut self, path: &str, expected: &str, found: &Value) {
        self.push(
            path,
            format!("expected {expected}, found {}", describe(found)),
        );
    }

    fn check(&mut self, path: &str, value: &Value, shape: &Shape) {
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
    fn object<'v>(
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
    fn pairs(&mut self, path: &str, map: &Map<String, Value>, fields: &[Field]) {
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
    fn text<'v>(&mut self, path: &str, value: &'v Value, expected: &str) -> Option<&'v str> {
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

    fn localized(&mut self, path: &str, value: &Value) {
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

    /// Checks a partial date; returns it as (year, month, day) when it is valid.
    fn date(&mut self, path: &str, value: &Value) -> Option<(i64, Option<u32>, Option<u32>)> {
        static DATE: &[Field] = &[
            req("year", Shape::Number),
            opt("month", Shape::Number),
            opt("day", Shape::Number),
        ];
        let map = self.object(path, value, DATE)?;
        let mut ok = true;
        let mut whole = |name: &str, this: &mut Self| -> Option<i64> {
            match map.get(name) {
                None | Some(Value::Null) => None,
                Some(v) => match v.as_i64() {
                    Some(n) => Some(n),
                    None => {
                        if v.is_number() {
                            this.push(&child(path, name), format!("{v} is not a whole number"));
                        }
                        ok = false;
                        None
                    }
                },
            }
        };
        let year = whole("year", self);
        let month = whole("month", self);
        let day = whole("day", self);
        if !ok {
            return None;
        }
        let year = year?;
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            self.push(
                &child(path, "year"),
                format!("year {year} is out of range (from {MIN_YEAR} to {MAX_YEAR})"),
            );
            return None;
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                self.push(
                    &child(path, "month"),
                    format!("month {m} does not exist (expected 1 to 12)"),
                );
                return None;
            }
        }
        if let Some(d) = day {
            let Some(m) = month else {
                self.push(
                    &child(path, "day"),
                    "a day needs a month: give the month too, or leave the day out",
                );
                return None;
            };
            let last = days_in_month(year, m as u32);
            if !(1..=i64::from(last)).contains(&d) {
                self.push(
                    &child(path, "day"),
                    format!(
                        "impossible date {year}-{m:02}-{d:02}: {} {year} has {last} days",
                        MONTH_NAMES[(m - 1) as usize]
                    ),
                );
                return None;
            }
        }
        Some((year, month.map(|m| m as u32), day.map(|d| d as u32)))
    }

    fn span(&mut self, path: &str, value: &Value) {
        let Some(map) = value.as_object() else {
            return self.wrong_type(path, "a date span ({\"from\": {…}, \"to\": {…}})", value);
        };
        for key in map.keys() {
            if key != "from" && key != "to" {
                self.push(
                    &child(path, key),
                    format!("unknown field `{key}`; expected one of: from, to"),
                );
            }
        }
        let from = match map.get("from") {
            None => {
                self.push(&child(path, "from"), "missing field `from`");
                None
            }
            Some(v) => self.date(&child(path, "from"), v),
        };
        let to = match map.get("to") {
            None | Some(Value::Null) => None,
            Some(v) => self.date(&child(path, "to"), v),
        };
        if let (Some(from), Some(to)) = (from, to) {
            if ends_before(from, to) {
                self.push(
                    &child(path, "to"),
                    format!(
                        "the span ends ({}) before it starts ({})",
                        show_date(to),
                        show_date(from)
                    ),
                );
            }
        }
    }

    fn party(&mut self, path: &str, value: &Value) {
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

    /// Checks that need the whole document: agreements and their events,
    /// sources nobody cites and topics nobody uses.
    fn cross_checks(&mut self, root: &Value) {
        let events = root.get("events").and_then(Value::as_array);
        let event_lists: HashMap<&str, BTreeSet<&str>> = events
            .into_iter()
            .flatten()
            .filter_map(|e| {
                let id = e.get("id")?.as_str()?;
                let listed = e
                    .get("agreements")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .collect();
                Some((id, listed))
            })
            .collect();
        if let Some(agreements) = root.get("agreements").and_then(Value::as_array) {
            for (i, a) in agreements.iter().enumerate() {
                let (Some(id), Some(event)) = (
                    a.get("id").and_then(Value::as_str),
                    a.get("event").and_then(Value::as_str),
                ) else {
                    continue;
                };
                if let Some(listed) = event_lists.get(event) {
                    if !listed.contains(id) {
                        self.push(
                            &format!("$.agreements[{i}].event"),
                            format!(
                                "the event `{event}` does not list the agreement `{id}` in its `agreements`"
                            ),
                        );
                    }
                }
            }
        }
        for (coll, used, what) in [
            (
                Coll::Sources,
                &self.cited_sources,
                "no record cites this source",
            ),
            (Coll::Topics, &self.used_topics, "no record uses this topic"),
        ] {
            let Some(items) = root.get(coll.key()).and_then(Value::as_array) else {
                continue;
            };
            for (i, item) in items.iter().enumerate() {
                if let Some(id) = item.get("id").and_then(Value::as_str) {
                    if !used.contains(id) {
                        self.problems.push(Problem::new(
                            format!("$.{}[{i}]", coll.key()),
                            format!("{what} (`{id}`)"),
                        ));
                    }
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Helpers.

/// Where a path lies in the document: the collection (in the schema's order)
/// and the record's index. `$` and `$.version` come first.
fn record_position(path: &str) -> (usize, usize) {
    let Some(rest) = path.strip_prefix("$.") else {
        return (0, 0);
    };
    let key_end = rest.find(['.', '[']).unwrap_or(rest.len());
    let key = &rest[..key_end];
    let Some(collection) = DATASET.iter().position(|f| f.name == key) else {
        return (DATASET.len(), 0);
    };
    let index = rest[key_end..]
        .strip_prefix('[')
        .and_then(|r| r.split(']').next())
        .and_then(|i| i.parse().ok())
        .unwrap_or(0);
    (collection + 1, index)
}

/// The path of a field of the object at `path`.
fn child(path: &str, key: &str) -> String {
    let plain = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        && !key.starts_with(|c: char| c.is_ascii_digit());
    if plain {
        format!("{path}.{key}")
    } else {
        format!("{path}[{}]", Value::String(key.to_string()))
    }
}

fn describe(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A value as it appears in a message.
fn short(v: &Value) -> String {
    match v {
        Value::String(s) => format!("`{s}`"),
        other => {
            let text = other.to_string();
            if text.chars().count() > 60 {
                format!("{}…", text.chars().take(60).collect::<String>())
            } else {
                text
            }
        }
    }
}

/// Why `id` is not a slug (`[a-z0-9]+(-[a-z0-9]+)*`), or `None` when it is one.
pub(crate) fn slug_problem(id: &str) -> Option<String> {
    if id.chars().count() > MAX_ID_CHARS {
        return Some(format!("an id has at most {MAX_ID_CHARS} characters"));
    }
    let rule = "use lower-case letters a-z, digits and single hyphens, e.g. `chengdu-hi-tech-zone`";
    let why = if id.contains('/') || id.contains('\\') {
        "it contains a slash"
    } else if id.contains("..") {
        "it contains `..`"
    } else if id.chars().any(char::is_whitespace) {
        "it contains a space"
    } else if id.chars().any(char::is_uppercase) {
        "it contains upper-case letters"
    } else if id.starts_with('-') || id.ends_with('-') {
        "it starts or ends with a hyphen"
    } else if id.contains("--") {
        "it contains a double hyphen"
    } else if !id
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        "it contains a character other than a-z, 0-9 and `-`"
    } else {
        return None;
    };
    Some(format!("{why}; {rule}"))
}

fn is_language_code(code: &str) -> bool {
    let mut parts = code.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Why `tag` is not a language tag of the kind the portal uses, or `None` when
/// it is one. The accepted tags are a simple subset of BCP 47: a language
/// subtag of 2 or 3 lower-case letters (`fr`, `ca`, `zh`), then optionally a
/// script subtag of 4 letters with a capital first (`Hans`) and/or a region
/// subtag of 2 capital letters (`CN`), joined by hyphens: `zh-Hans-CN`.
pub(crate) fn language_tag_problem(tag: &str) -> Option<String> {
    if tag.contains('_') {
        return Some("subtags are joined by a hyphen `-`, not an underscore `_`".into());
    }
    if tag.chars().any(char::is_whitespace) {
        return Some("it contains a space".into());
    }
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or("");
    if !(2..=3).contains(&language.len()) || !language.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Some(format!(
            "it must start with a language code of 2 or 3 letters (ISO 639, e.g. `fr`, `ca`, `zh`), not `{language}`"
        ));
    }
    if !language.bytes().all(|b| b.is_ascii_lowercase()) {
        return Some(format!(
            "the language code is written in lower case (`{}`, not `{language}`)",
            language.to_ascii_lowercase()
        ));
    }
    let mut seen_script = false;
    let mut seen_region = false;
    for part in parts {
        let letters = !part.is_empty() && part.bytes().all(|b| b.is_ascii_alphabetic());
        let why = if !letters {
            format!("`{part}` is neither a script (e.g. `Hans`) nor a region (e.g. `CN`)")
        } else if part.len() == 4 && !seen_script && !seen_region {
            let mut chars = part.chars();
            let first_upper = chars.next().is_some_and(|c| c.is_ascii_uppercase());
            if first_upper && chars.all(|c| c.is_ascii_lowercase()) {
                seen_script = true;
                continue;
            }
            let fixed: String = part
                .char_indices()
                .map(|(i, c)| {
                    if i == 0 {
                        c.to_ascii_uppercase()
                    } else {
                        c.to_ascii_lowercase()
                    }
                })
                .collect();
            format!("a script is written with a capital first (`{fixed}`, not `{part}`)")
        } else if part.len() == 2 && !seen_region {
            if part.bytes().all(|b| b.is_ascii_uppercase()) {
                seen_region = true;
                continue;
            }
            format!(
                "a region is written in capitals (`{}`, not `{part}`)",
                part.to_ascii_uppercase()
            )
        } else if part.len() == 4 || part.len() == 2 {
            format!("`{part}` is out of place: the script comes before the region, and each at most once")
        } else {
            format!("`{part}` is neither a script (4 letters, e.g. `Hans`) nor a region (2 letters, e.g. `CN`)")
        };
        return Some(why);
    }
    None
}

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

type Ymd = (i64, Option<u32>, Option<u32>);

/// True when `to` is earlier than `from`, compared as far as both are known.
fn ends_before(from: Ymd, to: Ymd) -> bool {
    if to.0 != from.0 {
        return to.0 < from.0;
    }
    match (from.1, to.1) {
        (Some(fm), Some(tm)) if fm != tm => tm < fm,
        (Some(_), Some(_)) => matches!((from.2, to.2), (Some(fd), Some(td)) if td < fd),
        _ => false,
    }
}

fn show_date((y, m, d): Ymd) -> String {
    match (m, d) {
        (Some(m), Some(d)) => format!("{y}-{m:02}-{d:02}"),
        (Some(m), None) => format!("{y}-{m:02}"),
        _ => y.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::model::{
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
                let presence =
                    |name: &str| fields.iter().find(|f| f.name == name).map(|f| f.presence);
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
}
