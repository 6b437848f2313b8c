//! The portal's plain-Rust core, shared by the app (compiled to wasm) and the
//! site generator (native): no Leptos and no browser API here, so all of it
//! is tested natively.
//!
//! - [`model`]: the dataset's record types, as `public/data/portal.json` has
//!   them; [`load`] reads that file for the app.
//! - [`catalog`]: the records with their lookups both ways; [`filters`] and
//!   [`search`] over them.
//! - [`csv`]: the dataset's CSV tables, published whole or exported filtered.
//! - [`dates`]: every date computation, and dates as each language writes them.
//! - [`address`]: every address of the portal (pages, downloads) under its base.
//! - [`i18n`]: the languages, their interface strings, numbers and names.
//! - [`document`]: each page's title and description; [`map`]: the map's geometry.
//! - [`history`]: where a page opens after a move within the app, Back and
//!   Forward included.

pub mod address;
pub mod catalog;
pub mod csv;
pub mod dates;
pub mod document;
pub mod filters;
pub mod history;
pub mod i18n;
pub mod load;
pub mod map;
pub mod model;
pub mod ordering;
pub mod people;
pub mod record;
#[cfg(feature = "schema")]
pub mod schema;
pub mod search;
pub mod text;
pub mod vocabulary;

pub use address::route::Route;
pub use catalog::Catalog;
pub use i18n::{Key, Locale};
pub use model::Dataset;
pub use record::{RecordKind, RecordRef};
pub use vocabulary::Vocabulary;
