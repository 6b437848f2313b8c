//! The interface languages: which ones exist, how a visitor's language is
//! chosen, and the interface strings in each.
//!
//! Strings live in `locales/<language>/*.toml`, files a translator can edit
//! without touching Rust; `build.rs` turns them into the
//! [`Key`] enum and refuses to build if a language lacks a key.

pub mod format;
pub mod labels;
mod locale;
mod strings;

pub use locale::{lang_of_name, negotiate, Locale};
pub use strings::{Key, KEY_COUNT, KEY_NAMES};
