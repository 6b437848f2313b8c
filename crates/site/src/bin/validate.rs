//! Checks a dataset file before it is published.
//!
//! ```text
//! cargo run -p portal-site --bin validate -- public/data/portal.json
//! ```
//!
//! Prints every problem as `path: message`, then a summary. Exit code 0 when
//! the file is valid, 1 when it is not, 2 when it cannot be read (or the
//! command is used wrongly).
//!
//! `validate --schema` prints the dataset's JSON Schema, as generated from the
//! model; `public/data/portal.schema.json` is that output, and a test checks
//! that it is current:
//!
//! ```text
//! cargo run -p portal-site --bin validate -- --schema > public/data/portal.schema.json
//! ```

use std::process::ExitCode;

use portal_site::validate::validate;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args == ["--schema"] {
        print!("{}", portal_core::schema::dataset_schema_text());
        return ExitCode::SUCCESS;
    }
    let [path] = args.as_slice() else {
        eprintln!("usage: validate <dataset.json>   or   validate --schema");
        eprintln!("example: cargo run -p portal-site --bin validate -- public/data/portal.json");
        return ExitCode::from(2);
    };
    let text = match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) => {
                eprintln!(
                    "{path}: cannot read the file: it is not UTF-8 text (invalid byte at offset {})",
                    e.utf8_error().valid_up_to()
                );
                return ExitCode::from(2);
            }
        },
        Err(e) => {
            eprintln!("{path}: cannot read the file: {e}");
            return ExitCode::from(2);
        }
    };
    match validate(&text) {
        Ok(data) => {
            println!(
                "{path}: valid — {} sources, {} topics, {} parks, {} organisations, {} people, {} agreements, {} events",
                data.sources.len(),
                data.topics.len(),
                data.parks.len(),
                data.organisations.len(),
                data.people.len(),
                data.agreements.len(),
                data.events.len()
            );
            ExitCode::SUCCESS
        }
        Err(problems) => {
            for p in &problems {
                println!("{p}");
            }
            let n = problems.len();
            println!(
                "{path}: {n} problem{} found; the file is not valid",
                if n == 1 { "" } else { "s" }
            );
            ExitCode::from(1)
        }
    }
}
