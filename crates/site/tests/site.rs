//! The site generator's tests, one file per thing it makes, linked into one
//! test binary: each binary links the generator with Leptos, resvg and the
//! schema validator, so one binary instead of twelve saves minutes of linking
//! and gigabytes of disk. `seeds.rs` stays apart for its own harness.

mod support;

mod broken_datasets;
mod calendar;
mod dataset;
mod feeds;
mod open_data;
mod page_files;
mod previews;
mod schema;
mod share;
mod structured_data;
mod validate_command;
