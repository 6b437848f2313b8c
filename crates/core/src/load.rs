//! Reading the dataset file in the app: a typed parse with serde, and the few
//! checks that keep a broken file from freezing or crashing a page.
//!
//! The editors' validator (the site generator's `validate` command) checks
//! every rule of the format, and the build refuses to publish a file that
//! breaks one. The browser does not run it again: it reads the file into the
//! typed [`Dataset`], which stops at the file's size, a missing or unknown
//! field, a wrong type, an overlong text ([`crate::model::MAX_STRING_CHARS`])
//! and another format version, each named by its JSON path. Everything else
//! (a reference to a missing record, an impossible date) is shown as well as
//! it can be; the pages never assume the data is consistent.

use std::fmt;

use serde_path_to_error::Segment;

use crate::model::Dataset;
pub use crate::model::MAX_STRING_CHARS;

/// The format version this portal reads (`version` in the file).
pub const SCHEMA_VERSION: u32 = 1;
/// A larger file is refused without being read.
pub const MAX_DOCUMENT_BYTES: usize = 256 * 1024 * 1024;
/// One thing wrong with a dataset file: where (a JSON path) and what.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Problem {
    /// JSON path of the offending value, e.g. `$.parks[2].name.zh`; `$` is the whole document.
    pub path: String,
    /// What is wrong, in plain English (the editors' language).
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

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The text is not JSON (empty, cut off, an HTML error page…).
    NotJson(Problem),
    /// JSON that is not a dataset of this format.
    Invalid(Problem),
}

impl LoadError {
    pub fn problem(&self) -> &Problem {
        match self {
            LoadError::NotJson(p) | LoadError::Invalid(p) => p,
        }
    }
}

/// Reads a dataset file's text for the app.
pub fn load(text: &str) -> Result<Dataset, LoadError> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(LoadError::Invalid(Problem::new(
            "$",
            format!(
                "the document is {} bytes, more than the limit of {MAX_DOCUMENT_BYTES} bytes (256 MB)",
                text.len()
            ),
        )));
    }
    let mut reader = serde_json::Deserializer::from_str(text);
    let dataset: Dataset = match serde_path_to_error::deserialize(&mut reader) {
        Ok(dataset) => dataset,
        Err(error) => return Err(reading_error(json_path(error.path()), error.inner())),
    };
    // Nothing but white space after the dataset.
    if let Err(error) = reader.end() {
        return Err(reading_error("$".into(), &error));
    }
    if dataset.version != SCHEMA_VERSION {
        return Err(LoadError::Invalid(Problem::new(
            "$.version",
            format!(
                "unsupported schema version {}: this portal reads version {SCHEMA_VERSION}",
                dataset.version
            ),
        )));
    }
    Ok(dataset)
}

/// The problem of a failed reading: text that is not JSON as [`syntax_problem`]
/// says it, a value that does not fit at the JSON path where it stopped.
fn reading_error(path: String, error: &serde_json::Error) -> LoadError {
    if error.classify() != serde_json::error::Category::Data {
        return LoadError::NotJson(syntax_problem(error));
    }
    LoadError::Invalid(Problem::new(
        path,
        format!(
            "{} (line {}, column {})",
            without_position(error),
            error.line(),
            error.column()
        ),
    ))
}

/// serde's path to a value as a JSON path: `$.parks[2].name.zh`.
fn json_path(path: &serde_path_to_error::Path) -> String {
    let mut out = String::from("$");
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } => out.push_str(&format!(".{key}")),
            Segment::Enum { variant } => out.push_str(&format!(".{variant}")),
            Segment::Unknown => {}
        }
    }
    out
}

/// A syntax error, with its line and column.
pub fn syntax_problem(e: &serde_json::Error) -> Problem {
    use serde_json::error::Category;
    let what = match e.classify() {
        Category::Eof => "the file ends too early (is it truncated?)".to_string(),
        Category::Syntax => format!("not valid JSON: {}", without_position(e)),
        Category::Io | Category::Data => {
            format!("cannot be read as JSON: {}", without_position(e))
        }
    };
    Problem::new(
        "$",
        format!("{what} at line {}, column {}", e.line(), e.column()),
    )
}

/// serde_json's message without its own " at line L column C" suffix.
pub fn without_position(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_errors_say_where() {
        let error = load(r#"{"version": 1, "sources": [], "topics": [{"id": "x", "name": {"fr": "a", "en": "b"}}]}"#)
            .unwrap_err();
        let p = error.problem();
        assert!(matches!(error, LoadError::Invalid(_)));
        assert_eq!(p.path, "$.topics[0].name");
        assert!(p.message.contains("missing field `zh`"), "{p}");
        assert!(matches!(
            load("{\"version\": 1,"),
            Err(LoadError::NotJson(_))
        ));
        assert!(matches!(load("<html>"), Err(LoadError::NotJson(_))));
        assert!(matches!(load(""), Err(LoadError::NotJson(_))));
    }

    #[test]
    fn an_overlong_text_is_refused_at_its_path() {
        let long = "字".repeat(MAX_STRING_CHARS + 1);
        let text = format!(
            r#"{{"version": 1, "updated": {{"year": 2026, "month": 1, "day": 2}}, "sources": [], "topics": [{{"id": "x", "name": {{"fr": "a", "en": "{long}", "zh": "c"}}}}], "parks": [], "organisations": [], "people": [], "agreements": [], "events": []}}"#
        );
        let error = load(&text).unwrap_err();
        assert_eq!(error.problem().path, "$.topics[0].name.en");
        let limit = format!("{} characters is over the limit", MAX_STRING_CHARS + 1);
        assert!(
            error.problem().message.contains(&limit),
            "{}",
            error.problem()
        );
        // At the limit it reads; the limit counts characters, not bytes.
        let at_limit = text.replace(&long, &"字".repeat(MAX_STRING_CHARS));
        assert!(load(&at_limit).is_ok());
    }

    #[test]
    fn anything_after_the_dataset_is_not_json() {
        let text = r#"{"version": 1, "updated": {"year": 2026, "month": 1, "day": 2}, "sources": [], "topics": [], "parks": [], "organisations": [], "people": [], "agreements": [], "events": []} x"#;
        assert!(matches!(load(text), Err(LoadError::NotJson(_))));
        assert!(load(text.trim_end_matches(" x")).is_ok());
    }
}
