//! The `validate` command as an editor runs it: its exit code and what it
//! prints for a valid file, an invalid one, and one it cannot read.

use crate::support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::support::{broken_cases, fixture};

fn validate(args: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_validate"))
        .args(args)
        .output()
        .expect("the validate command runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// A file of the test's own, removed at the end.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, contents: &[u8]) -> TempFile {
        let path = std::env::temp_dir().join(format!("portal-{}-{name}", std::process::id()));
        std::fs::write(&path, contents).unwrap();
        TempFile(path)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[test]
fn a_valid_file_exits_0_with_its_record_counts() {
    let path = support::repo("public/data/portal.json");
    let out = validate(&[&path]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    // The counts, read from the file independently of the portal's model.
    let data: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let count = |field: &str| data[field].as_array().unwrap().len();
    let expected = format!(
        "{}: valid — {} sources, {} topics, {} parks, {} organisations, {} people, {} agreements, {} events\n",
        path.display(),
        count("sources"),
        count("topics"),
        count("parks"),
        count("organisations"),
        count("people"),
        count("agreements"),
        count("events"),
    );
    assert_eq!(stdout, expected);
    assert_eq!(text(&out.stderr), "");
}

#[test]
fn an_invalid_file_exits_1_listing_each_problem_then_the_count() {
    let (case, document) = broken_cases()
        .into_iter()
        .find(|(case, _)| case.name == "several-faults")
        .unwrap();
    let file = TempFile::new("several-faults.json", document.as_bytes());
    let out = validate(&[&file.0]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), case.problems.len() + 1, "{stdout}");
    for (line, problem) in lines.iter().zip(&case.problems) {
        assert!(line.starts_with(&format!("{}: ", problem.path)), "{line}");
        assert!(
            problem.says.iter().all(|s| line.contains(s.as_str())),
            "{line}"
        );
    }
    assert_eq!(
        lines[case.problems.len()],
        format!(
            "{}: 8 problems found; the file is not valid",
            file.0.display()
        )
    );

    // One problem is "1 problem", not "1 problems".
    let (_, month_13) = broken_cases()
        .into_iter()
        .find(|(case, _)| case.name == "month-13")
        .unwrap();
    let file = TempFile::new("month-13.json", month_13.as_bytes());
    let out = validate(&[&file.0]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout).ends_with(": 1 problem found; the file is not valid\n"));
}

#[test]
fn a_file_it_cannot_read_exits_2_and_says_why() {
    let missing = std::env::temp_dir().join("portal-no-such-file.json");
    let out = validate(&[&missing]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stdout), "");
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with(&format!("{}: cannot read the file: ", missing.display())),
        "{stderr}"
    );

    let latin1 = TempFile::new(
        "latin1.json",
        b"{\"version\": 1, \"name\": \"Soci\xe9t\xe9\"}",
    );
    let out = validate(&[&latin1.0]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("it is not UTF-8 text (invalid byte at offset 28)"),
        "{}",
        text(&out.stderr)
    );

    let folder = support::repo("tests");
    assert_eq!(validate(&[&folder]).status.code(), Some(2));
}

#[test]
fn wrong_use_exits_2_with_the_usage() {
    let out = validate(&[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).starts_with("usage: validate <dataset.json>"));
    let base = support::repo("tests/fixtures/valid/minimal.json");
    assert_eq!(validate(&[&base, &base]).status.code(), Some(2));
    // The base fixture alone is fine.
    assert!(!fixture("valid/minimal.json").is_empty());
    assert_eq!(validate(&[&base]).status.code(), Some(0));
}
