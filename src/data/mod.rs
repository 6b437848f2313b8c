//! The partnership dataset: record types, validation and lookups. No Leptos here.
//!
//! - [`model`]: the record types, exactly as they appear in `public/data/portal.json`.
//! - [`validate`](mod@validate): reads the file's text and reports every problem at
//!   once, each with its JSON path; [`load`] returns the typed [`Dataset`] or a
//!   [`ValidationError`] the app can show.

pub mod catalog;
pub mod dates;
pub mod filters;
pub mod model;
pub mod search;
pub mod validate;

/// Where the dataset is published, relative to the site's base: the app
/// fetches it, the page files preload it, the offline worker keeps it.
pub const DATASET_PATH: &str = "data/portal.json";

pub use catalog::{Catalog, RecordRef};
pub use model::Dataset;
pub use validate::{load, validate, Problem, ValidationError};
