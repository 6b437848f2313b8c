//! What several native test files share: the shipped dataset and what the
//! articles say of its figures; the broken datasets of
//! `tests/fixtures/broken.json`, made from the one valid fixture.

#![allow(dead_code)]

use std::path::PathBuf;

use portal_core::i18n::Names;
use portal_core::model::{Dataset, Qualifier};
use portal_core::Catalog;
use portal_site::names::name_table;
use portal_site::validate::validate;
use serde::Deserialize;
use serde_json::Value;

/// The seed articles the dataset is drawn from, by file name.
pub const SEEDS: [&str; 5] = [
    "000_0275e5c52c08726a.txt",
    "001_e616c3d33100e524.txt",
    "002_986bb0c1a2dac203.txt",
    "003_20d794eed928c2e8.txt",
    "004_2f534a846d59b422.txt",
];

/// A path from the repository's root.
pub fn repo(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

/// The shipped dataset file's text.
pub fn shipped_text() -> String {
    std::fs::read_to_string(repo("public/data/portal.json")).unwrap()
}

/// The shipped dataset with its lookups and the names the build computes.
pub fn catalog() -> Catalog {
    catalog_of(dataset())
}

/// A dataset with its lookups and the names the build computes.
pub fn catalog_of(data: Dataset) -> Catalog {
    let names = Names::new(name_table(&data));
    Catalog::new(data, names)
}

/// The shipped dataset, `public/data/portal.json`, validated.
pub fn dataset() -> Dataset {
    let text = shipped_text();
    match validate(&text) {
        Ok(data) => data,
        Err(problems) => {
            let listing: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
            panic!("the shipped dataset is invalid:\n{}", listing.join("\n"))
        }
    }
}

/// The sections of the portal, by path under a language (`/en/parks/`).
pub const SECTION_PATHS: [&str; 12] = [
    "",
    "parks/",
    "agreements/",
    "events/",
    "organisations/",
    "people/",
    "topics/",
    "sources/",
    "search/",
    "map/",
    "timeline/",
    "data/",
];

/// The pages about the portal, by path under a language.
pub const INFO_PATHS: [&str; 5] = [
    "about/",
    "contact/",
    "legal-notice/",
    "privacy/",
    "accessibility/",
];

/// Every page's path under a language, `parks/<id>/` and so on, from the
/// dataset file read as plain JSON (not through the portal's model).
pub fn page_paths() -> Vec<String> {
    let mut paths: Vec<String> = SECTION_PATHS.iter().map(|p| p.to_string()).collect();
    paths.extend(INFO_PATHS.iter().map(|p| p.to_string()));
    paths.extend(record_paths());
    paths.extend(topic_paths());
    paths
}

/// The record pages' paths under a language (`parks/<id>/`).
pub fn record_paths() -> Vec<String> {
    let json: Value = serde_json::from_str(&shipped_text()).unwrap();
    let mut paths = Vec::new();
    for section in ["parks", "agreements", "events", "organisations", "people"] {
        for record in json[section].as_array().unwrap() {
            paths.push(format!("{section}/{}/", record["id"].as_str().unwrap()));
        }
    }
    paths
}

/// The topic pages' paths under a language (`topics/<id>/`).
pub fn topic_paths() -> Vec<String> {
    let json: Value = serde_json::from_str(&shipped_text()).unwrap();
    json["topics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| format!("topics/{}/", t["id"].as_str().unwrap()))
        .collect()
}

/// Every figure and attendance of the dataset, in its order: (record, value,
/// qualifier, the article's wording). A number an article qualifies ("more
/// than", "about") carries that qualifier, a bare number does not. A figure
/// added to the dataset must be added here, with its wording.
pub const FIGURES: &[(&str, f64, Option<Qualifier>, &str)] = {
    use Qualifier::{About, MoreThan};
    &[
        (
            "chengdu-hi-tech-zone",
            2000.0,
            Some(MoreThan),
            "more than 2000 labs",
        ),
        // "more than" goes with the labs only: 168 is an exact count, and the
        // article writes "2.8 million" with no qualifier.
        ("chengdu-hi-tech-zone", 168.0, None, "labs168 incubators"),
        (
            "chengdu-hi-tech-zone",
            2_800_000.0,
            None,
            "and 2.8 million professionals",
        ),
        ("chengdu-hi-tech-zone", 7.0, None, "7 High-Tech Zones"),
        (
            "chengdu-hi-tech-zone",
            9.0,
            None,
            "9 Agricultural Innovation Zones",
        ),
        ("chengdu-hi-tech-zone", 5.0, None, "the fifth most populous"),
        ("jiangning-development-zone", 4.0, None, "ranked 4th"),
        (
            "qingdao-hi-tech-zone",
            230.0,
            Some(About),
            "environ 230 entreprises",
        ),
        // "environ" goes with the 230; the share is given as a plain fraction.
        ("qingdao-hi-tech-zone", 20.0, None, "dont un cinquième"),
        (
            "qingdao-hi-tech-zone",
            2100.0,
            Some(MoreThan),
            "Plus de 2 100",
        ),
        (
            "qingdao-hi-tech-zone",
            160.0,
            None,
            "Au total, 160 entreprises",
        ),
        ("qingdao-hi-tech-zone", 309.0, None, "dans 309 projets"),
        (
            "china-france-innovation-cooperation-forum-2021",
            400.0,
            Some(MoreThan),
            "over 400 participants",
        ),
        (
            "chengdu-technology-parks-summit-2017",
            80.0,
            Some(About),
            "about 80 representatives",
        ),
    ]
};

/// A file under `tests/fixtures/`.
pub fn fixture(rel: &str) -> String {
    let path = repo("tests/fixtures").join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// One broken dataset: how it differs from the base file, and what the
/// validator must say about it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BrokenCase {
    pub name: String,
    /// What is wrong, for a reader of the test file.
    pub what: String,
    /// The fault as a JSON Patch of the base document.
    pub patch: Option<json_patch::Patch>,
    /// The fault as an edit of the base file's text, for faults below JSON.
    pub text: Option<TextEdit>,
    pub problems: Vec<ExpectedProblem>,
    /// What the app's reading (`portal_core::load`) makes of the file.
    pub app: AppReading,
}

/// What the app's reading makes of a broken file.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum AppReading {
    /// `"reads"` or `"not-json"`.
    Outcome(String),
    /// The problem it stops at.
    Stops(ExpectedProblem),
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum TextEdit {
    /// The whole file, in place of the base.
    Whole(String),
    /// The base, cut just before this 1-based line and column.
    CutAt { line: usize, column: usize },
    /// The base with its one occurrence of the first text replaced by the second.
    Replace(String, String),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedProblem {
    pub path: String,
    /// Fragments the message contains, each of them.
    pub says: Vec<String>,
}

#[derive(Deserialize)]
struct BrokenFile {
    #[serde(rename = "_")]
    _about: String,
    base: String,
    cases: Vec<BrokenCase>,
}

impl BrokenCase {
    /// The broken document's text.
    pub fn document(&self, base: &str) -> String {
        match (&self.patch, &self.text) {
            (Some(patch), None) => {
                let mut doc: Value = serde_json::from_str(base).unwrap();
                json_patch::patch(&mut doc, patch)
                    .unwrap_or_else(|e| panic!("{}: the patch does not apply: {e}", self.name));
                serde_json::to_string_pretty(&doc).unwrap()
            }
            (None, Some(TextEdit::Whole(text))) => text.clone(),
            (None, Some(TextEdit::CutAt { line, column })) => {
                let start: usize = base
                    .split_inclusive('\n')
                    .take(line - 1)
                    .map(str::len)
                    .sum();
                let cut = start
                    + base[start..]
                        .chars()
                        .take(column - 1)
                        .map(char::len_utf8)
                        .sum::<usize>();
                base[..cut].to_string()
            }
            (None, Some(TextEdit::Replace(from, to))) => {
                assert_eq!(
                    base.matches(from.as_str()).count(),
                    1,
                    "{}: `{from}` is not once in the base",
                    self.name
                );
                base.replacen(from.as_str(), to, 1)
            }
            _ => panic!("{}: give either a patch or a text edit", self.name),
        }
    }
}

/// Every broken case, with its document.
pub fn broken_cases() -> Vec<(BrokenCase, String)> {
    let file: BrokenFile =
        serde_json::from_str(&fixture("broken.json")).expect("tests/fixtures/broken.json");
    let base = fixture(&file.base);
    file.cases
        .into_iter()
        .map(|case| {
            let document = case.document(&base);
            (case, document)
        })
        .collect()
}

/// The heading of a record's page in `locale`, from the record in the file:
/// its title or name, an organisation's with its acronym unless the name
/// shows it.
#[allow(dead_code)]
pub fn record_heading(record: &Value, locale: portal_core::Locale) -> String {
    // A person: the name in its own script on Chinese pages, else the
    // Latin form with the characters after it where they differ.
    if let (Some(native), Some(latin)) = (
        record.get("native_name").and_then(Value::as_str),
        record.get("latin_name").and_then(Value::as_str),
    ) {
        return if native == latin || locale == portal_core::Locale::Zh {
            native.to_string()
        } else {
            format!("{latin} ({native})")
        };
    }
    let field = if record.get("title").is_some() {
        "title"
    } else {
        "name"
    };
    let name = record[field][locale.code()].as_str().unwrap().to_string();
    match record.get("acronym").and_then(Value::as_str) {
        Some(acronym) if !name.contains(acronym) => format!("{name} ({acronym})"),
        _ => name,
    }
}
