//! The interface languages: which ones exist, how a visitor's language is
//! chosen, the interface strings in each, and how each writes numbers and
//! names.
//!
//! Strings live in `locales/<language>/*.toml` (at the root of this crate),
//! files a translator can edit without touching Rust; `build.rs` turns them
//! into the [`Key`] enum and refuses to build if a language lacks a key.

mod locale;
pub mod names;
pub mod numbers;
mod strings;

pub use locale::{lang_of_name, negotiate, Locale};
pub use names::{NameTable, Names};
pub use numbers::{format_count, format_number};
pub use strings::{Key, PluralCategory, KEY_COUNT, KEY_NAMES};
