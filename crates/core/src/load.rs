//! Reading the dataset file in the app: a typed parse, and the few checks
//! that keep a broken file from freezing or crashing a page.
//!
//! The editors' validator (the site generator's `validate` command) checks
//! every rule of the format, and the build refuses to publish a file that
//! breaks one. The browser does not run it again: it reads the file into the
//! typed [`Dataset`] and checks only what could otherwise hang or break the
//! page: the file's size, overlong texts and the format version. Everything
//! else (a reference to a missing record, an impossible date) is shown as
//! well as it can be; the pages never assume the data is consistent.

use std::fmt;

use crate::json;
use crate::model::Dataset;

/// The format version this portal reads (`version` in the file).
pub const SCHEMA_VERSION: u32 = 1;
/// A larger file is refused without being read.
pub const MAX_DOCUMENT_BYTES: usize = 256 * 1024 * 1024;
/// The longest text accepted anywhere in the file, in characters.
pub const MAX_STRING_CHARS: usize = 10_000;

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
    let dataset: Dataset = match json::from_str(text) {
        Ok(dataset) => dataset,
        Err(error) => return Err(reading_error(text, &error)),
    };
    if dataset.version != SCHEMA_VERSION {
        return Err(LoadError::Invalid(Problem::new(
            "$.version",
            format!(
                "unsupported schema version {}: this portal reads version {SCHEMA_VERSION}",
                dataset.version
            ),
        )));
    }
    if let Some((path, chars)) = overlong_string(text, MAX_STRING_CHARS) {
        return Err(LoadError::Invalid(Problem::new(
            path,
            format!("{chars} characters is over the limit of {MAX_STRING_CHARS}"),
        )));
    }
    Ok(dataset)
}

/// The problem of a failed reading, at the JSON path where it stopped.
fn reading_error(text: &str, error: &json::Error) -> LoadError {
    let (line, column) = error.line_column(text);
    match error.kind() {
        json::ErrorKind::Eof => LoadError::NotJson(Problem::new(
            "$",
            format!("the file ends too early (is it truncated?) at line {line}, column {column}"),
        )),
        json::ErrorKind::Syntax => LoadError::NotJson(Problem::new(
            "$",
            format!(
                "not valid JSON: {} at line {line}, column {column}",
                error.message()
            ),
        )),
        json::ErrorKind::Data => LoadError::Invalid(Problem::new(
            path_at(text, error.offset()),
            format!("{} (line {line}, column {column})", error.message()),
        )),
    }
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

/// The JSON path and length of the first string longer than `max` characters
/// in a document already known to be valid JSON, found by one pass over its
/// text (no tree is built).
pub fn overlong_string(text: &str, max: usize) -> Option<(String, usize)> {
    let mut found = None;
    scan(text, |event| match event {
        Scan::String { path, chars, .. } if chars > max => {
            found = Some((path(), chars));
            false
        }
        _ => true,
    });
    found
}

/// The JSON path of the value at a byte offset: where a reading stopped.
pub fn path_at(text: &str, offset: usize) -> String {
    let mut found = String::from("$");
    scan(text, |event| match event {
        Scan::At { offset: at, path } if at >= offset => {
            found = path();
            false
        }
        _ => true,
    });
    found
}

/// What [`scan`] reports: a position with the path of the value there, or a
/// string value with its length in characters.
enum Scan<'p> {
    At {
        offset: usize,
        path: &'p dyn Fn() -> String,
    },
    String {
        path: &'p dyn Fn() -> String,
        chars: usize,
    },
}

/// Walks a JSON text, keeping the path of the value under the cursor, and
/// calls `visit` at each structural character and string value; stops when
/// it returns false.
fn scan(text: &str, mut visit: impl FnMut(Scan) -> bool) {
    /// Where the scanner is: in an object (with the last key read) or an array (with the index).
    enum Frame {
        Object(Option<String>),
        Array(usize),
    }
    fn path(stack: &[Frame]) -> String {
        let mut out = String::from("$");
        for frame in stack {
            match frame {
                Frame::Object(Some(key)) => out.push_str(&format!(".{key}")),
                Frame::Object(None) => {}
                Frame::Array(i) => out.push_str(&format!("[{i}]")),
            }
        }
        out
    }
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    // In an object, whether the next string is a key.
    let mut expect_key = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => {
                stack.push(Frame::Object(None));
                expect_key = true;
            }
            b'[' => stack.push(Frame::Array(0)),
            b'}' | b']' => {
                // At the end of a container, the container itself.
                stack.pop();
                let here = || path(&stack);
                if !visit(Scan::At {
                    offset: i,
                    path: &here,
                }) {
                    return;
                }
                expect_key = false;
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array(n)) => *n += 1,
                Some(Frame::Object(_)) => expect_key = true,
                None => {}
            },
            b'"' => {
                let start = i + 1;
                let mut j = start;
                let mut chars = 0;
                while j < bytes.len() && bytes[j] != b'"' {
                    if bytes[j] == b'\\' {
                        // An escape is one character: `\n`, `\"`, `\u00e9`.
                        let skip = if bytes.get(j + 1) == Some(&b'u') {
                            6
                        } else {
                            2
                        };
                        chars += 1;
                        j += skip;
                        continue;
                    }
                    // Count characters, not bytes: skip UTF-8 continuation bytes.
                    if bytes[j] & 0xC0 != 0x80 {
                        chars += 1;
                    }
                    j += 1;
                }
                let end = j.min(bytes.len());
                if expect_key {
                    if let Some(Frame::Object(key)) = stack.last_mut() {
                        *key = text.get(start..end).map(str::to_string);
                    }
                    expect_key = false;
                    let here = || path(&stack);
                    if !visit(Scan::At {
                        offset: end,
                        path: &here,
                    }) {
                        return;
                    }
                } else {
                    let here = || path(&stack);
                    if !visit(Scan::String { path: &here, chars })
                        || !visit(Scan::At {
                            offset: end,
                            path: &here,
                        })
                    {
                        return;
                    }
                }
                i = j;
            }
            _ => {
                let here = || path(&stack);
                if !bytes[i].is_ascii_whitespace()
                    && !visit(Scan::At {
                        offset: i,
                        path: &here,
                    })
                {
                    return;
                }
            }
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_string_is_found_with_its_path() {
        let text = r#"{"a": [1, {"b": "xyz", "c": "字字字字"}], "d": "ok"}"#;
        assert_eq!(overlong_string(text, 3), Some(("$.a[1].c".into(), 4)));
        assert_eq!(overlong_string(text, 4), None);
        // Escapes count as one character; keys are not values.
        let escaped = r#"{"a_long_key_here": "\"\\\u00e9"}"#;
        assert_eq!(overlong_string(escaped, 3), None);
        assert_eq!(
            overlong_string(escaped, 2),
            Some(("$.a_long_key_here".into(), 3))
        );
    }

    #[test]
    fn the_path_at_a_position() {
        let text = "{\"a\": [1, {\"b\": true,\n \"c\": \"x\"}]}";
        assert_eq!(path_at(text, 12), "$.a[1].b");
        assert_eq!(path_at(text, 24), "$.a[1].c");
    }

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
}
