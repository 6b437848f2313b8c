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
//! It runs in the `validate` command and in the site generator, which
//! refuses to publish a file that breaks a rule; the browser only reads the
//! file (`portal_core::load`).
//!
//! - [`shape`]: the format, as data; [`walk`]: a document against it;
//! - [`dates`], [`references`]: dates that exist, references that resolve,
//!   sources that are cited; [`text`]: ids, language tags, paths.

use std::fmt;

use portal_core::load::{syntax_problem, without_position};
pub use portal_core::load::{Problem, MAX_DOCUMENT_BYTES, MAX_STRING_CHARS};
use portal_core::Dataset;
use serde_json::Value;

use shape::{Shape, DATASET};
use text::record_position;
use walk::Checker;

/// The schema version this portal reads (`version` in the file).
pub const SCHEMA_VERSION: u64 = portal_core::load::SCHEMA_VERSION as u64;
/// The longest id accepted, in characters.
pub const MAX_ID_CHARS: usize = 100;
/// Dates outside these years are taken for typing mistakes.
pub const MIN_YEAR: i64 = 1900;
/// See [`MIN_YEAR`].
pub const MAX_YEAR: i64 = 2100;

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
mod references;
mod shape;
mod text;
mod walk;

#[cfg(test)]
mod tests;
