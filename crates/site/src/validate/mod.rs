//! Validation of the dataset file (`public/data/portal.json`).
//!
//! [`validate`] reads the whole text and reports **every** problem it finds at
//! once, each with the JSON path of the offending value (`$.parks[2].name.zh`)
//! and a plain-language message, so a content editor can fix a file in one go.
//!
//! It works in three steps:
//!
//! 1. The text is parsed into a [`serde_json::Value`] (a syntax error is
//!    reported with its line and column).
//! 2. The value is checked against the dataset's JSON Schema, the one
//!    published beside the dataset and generated from the model
//!    ([`portal_core::schema`]): types, required and unknown fields,
//!    translations, ids, vocabularies, ranges ([`shape`]); and against what a
//!    schema cannot say, in Rust ([`rules`]): ids used once, references that
//!    resolve, items listed twice, dates that exist, spans that end after
//!    they start, every source cited, every topic used.
//! 3. When nothing was found, the text is deserialised into the typed
//!    [`Dataset`], which is what the caller gets back.
//!
//! It runs in the `validate` command and in the site generator, which
//! refuses to publish a file that breaks a rule; the browser only reads the
//! file (`portal_core::load`).

use std::fmt;

use portal_core::load::{syntax_problem, without_position};
pub use portal_core::load::{Problem, MAX_DOCUMENT_BYTES, MAX_STRING_CHARS};
use portal_core::Dataset;
use serde_json::Value;

/// The schema version this portal reads (`version` in the file).
pub const SCHEMA_VERSION: u64 = portal_core::load::SCHEMA_VERSION as u64;
/// The longest id accepted, in characters.
pub const MAX_ID_CHARS: usize = 100;
/// The record collections, in the file's order, each with the name of one record.
const COLLECTIONS: [(&str, &str); 7] = [
    ("sources", "source"),
    ("topics", "topic"),
    ("parks", "park"),
    ("organisations", "organisation"),
    ("people", "person"),
    ("agreements", "agreement"),
    ("events", "event"),
];

/// The languages of every translated text.
const LANGUAGES: [&str; 3] = ["fr", "en", "zh"];

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

    let mut problems = shape::problems(&root);
    problems.extend(rules::Rules::check(&root, shape::dataset()));
    // Put every problem with the record it belongs to, in the file's order.
    problems.sort_by(|a, b| order::file_order(&a.path, &b.path));
    problems.dedup();
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
                    without_position(&e),
                    e.line(),
                    e.column()
                ),
            ));
            Err(problems)
        }
    }
}

/// [`validate`] with an error type that prints the count and the first problems.
pub fn load(json: &str) -> Result<Dataset, ValidationError> {
    validate(json).map_err(ValidationError::from)
}

const ROOT: &str = "$";

mod dates;
mod order;
mod rules;
mod shape;
mod text;

#[cfg(test)]
mod tests;
