//! The dataset against the articles it is drawn from, `../shared/seeds/`
//! (or the folder `PORTAL_SEEDS` names): every article there is a source of
//! the dataset, and every figure is worded as its cited articles word it.
//!
//! The articles are kept beside the repository, not in it (they remain their
//! publishers'), so a clone alone has none. This test then says so and skips,
//! rather than pass as if it had checked: it has its own harness
//! (`harness = false` in Cargo.toml) so that what it prints is always shown.

mod support;

use std::path::PathBuf;
use std::process::ExitCode;

use support::{dataset, FIGURES};

fn main() -> ExitCode {
    let dir = std::env::var_os("PORTAL_SEEDS")
        .map(PathBuf::from)
        .unwrap_or_else(|| support::repo("../shared/seeds"));
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!(
            "seeds: SKIPPED 2 checks: no seed articles at {} (set PORTAL_SEEDS to their folder)",
            dir.display()
        );
        return ExitCode::SUCCESS;
    };
    let d = dataset();
    let mut failures = Vec::new();

    // Every article of the collection is a source of the dataset.
    let mut articles = 0;
    for entry in entries {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if name.ends_with(".txt") {
            articles += 1;
            if !d.sources.iter().any(|s| s.seed == name) {
                failures.push(format!("the article {name} is not a source of the dataset"));
            }
        }
    }

    // Every figure's wording is in an article its record cites.
    let mut figures = Vec::new();
    for p in &d.parks {
        figures.extend(
            p.figures
                .iter()
                .map(|f| (p.id.as_str(), f.value, &f.sources)),
        );
    }
    for e in &d.events {
        if let Some(a) = e.attendance {
            figures.push((e.id.as_str(), f64::from(a.count), &e.sources));
        }
    }
    for ((record, value, sources), (_, _, _, wording)) in figures.iter().zip(FIGURES) {
        let texts: Vec<String> = sources
            .iter()
            .map(|id| &d.sources.iter().find(|s| &s.id == id).unwrap().seed)
            .map(|seed| match std::fs::read_to_string(dir.join(seed)) {
                // Seed 000 writes "more than\u{a0}2000": a no-break space is a space.
                Ok(text) => text.replace(['\u{a0}', '\u{202f}'], " "),
                Err(e) => {
                    failures.push(format!("{record} cites {seed}, which cannot be read: {e}"));
                    String::new()
                }
            })
            .collect();
        if !texts.iter().any(|t| t.contains(wording)) {
            failures.push(format!(
                "{record} {value}: no cited article says “{wording}”"
            ));
        }
    }

    if failures.is_empty() {
        println!(
            "seeds: ok: {articles} articles in {}, all sources; {} figures worded as their articles word them",
            dir.display(),
            figures.len()
        );
        ExitCode::SUCCESS
    } else {
        for failure in &failures {
            println!("seeds: FAILED: {failure}");
        }
        ExitCode::FAILURE
    }
}
