//! Sophia Antipolis – China partnership portal.
//!
//! - [`data`]: the dataset's types, validation and lookups; plain Rust, tested natively.
//! - [`i18n`]: the interface languages, their strings and the browser's `Intl` formatting.
//! - [`app`]: the router, the shell and the route table; [`pages`] one file per page,
//!   [`components`] the pieces several pages share.

pub mod calendar;
pub mod data;
pub mod document;
pub mod i18n;
pub mod map;
pub mod offline;
pub mod open_data;
pub mod prerender;
pub mod route;
pub mod static_site;
pub mod text;

pub mod app;
pub mod browser;
pub mod components;
pub mod loader;
pub mod pages;
