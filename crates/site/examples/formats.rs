//! Prints, as JSON, every date and number of a dataset as the portal writes
//! it in each language, and the names the app sorts in the order its names
//! file gives, for the browser test that compares them with the browser's
//! `Intl` (`tests/e2e/formatting.test.mjs`): the page files are written by
//! this Rust code, the app's pages by the same code compiled to wasm, and
//! `Intl` is what a visitor's browser would write.
//!
//!   cargo run -p portal-site --example formats -- dist/data/portal.json dist/data/names.json

use portal_core::dates::{format_date, format_span};
use portal_core::i18n::names::{sortable, NameTable};
use portal_core::i18n::{format_count, format_number};
use portal_core::model::{DateSpan, PartialDate};
use portal_core::{Dataset, Locale};
use serde_json::{json, Value};

fn per_language(write: impl Fn(Locale) -> String) -> Value {
    json!({ "fr": write(Locale::Fr), "en": write(Locale::En), "zh": write(Locale::Zh) })
}

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "dist/data/portal.json".into());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("formats: cannot read {path}: {e}");
        std::process::exit(2);
    });
    let data: Dataset = serde_json::from_str(&text).unwrap_or_else(|e| {
        eprintln!("formats: {path} is not a dataset: {e}");
        std::process::exit(2);
    });

    let names_path = std::env::args()
        .nth(2)
        .unwrap_or_else(|| "dist/data/names.json".into());
    let table: NameTable = std::fs::read_to_string(&names_path)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_else(|| {
            eprintln!("formats: {names_path} is not a names file");
            std::process::exit(2);
        });
    // The names in the order the file gives: each at its place.
    let in_order = |locale: Locale| {
        let names = sortable(&data, &table.countries, locale);
        let places = table.order.get(locale);
        if names.len() != places.len() {
            eprintln!("formats: {names_path} does not fit {path}");
            std::process::exit(2);
        }
        let mut placed: Vec<(u32, &str)> = places.iter().copied().zip(names).collect();
        placed.sort_unstable();
        placed.into_iter().map(|(_, name)| name).collect::<Vec<_>>()
    };

    let mut dates: Vec<PartialDate> = data.sources.iter().filter_map(|s| s.date).collect();
    dates.extend(data.parks.iter().filter_map(|p| p.founded));
    let spans: Vec<DateSpan> = data
        .agreements
        .iter()
        .filter_map(|a| a.date)
        .chain(data.events.iter().filter_map(|e| e.date))
        .collect();
    let mut numbers: Vec<f64> = data
        .parks
        .iter()
        .flat_map(|p| p.figures.iter().map(|f| f.value))
        .collect();
    numbers.extend(
        data.events
            .iter()
            .filter_map(|e| e.attendance)
            .map(|a| f64::from(a.count)),
    );
    // Counts: the dataset's record counts, and the sizes a list can reach.
    let counts = [
        0,
        1,
        2,
        data.parks.len(),
        data.events.len(),
        999,
        1_000,
        12_345,
        1_234_567,
    ];

    let out = json!({
        "dates": dates.iter().map(|d| json!({
            "date": d,
            "text": per_language(|l| format_date(d, l)),
        })).collect::<Vec<_>>(),
        "spans": spans.iter().map(|s| json!({
            "span": s,
            "text": per_language(|l| format_span(s, l)),
        })).collect::<Vec<_>>(),
        "numbers": numbers.iter().map(|&n| json!({
            "value": n,
            "text": per_language(|l| format_number(n, l)),
        })).collect::<Vec<_>>(),
        "counts": counts.iter().map(|&n| json!({
            "value": n,
            "text": per_language(|l| format_count(n, l)),
        })).collect::<Vec<_>>(),
        "names": json!({
            "fr": in_order(Locale::Fr),
            "en": in_order(Locale::En),
            "zh": in_order(Locale::Zh),
        }),
    });
    println!("{out}");
}
