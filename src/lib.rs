//! The portal's app: the Leptos components of every page, rendered in the
//! browser (compiled to wasm) and, natively, into the page files the site
//! generator (`crates/site`) writes, so both show the same markup.
//!
//! - [`app`]: the router, the shell and the route table; [`context`] what
//!   every page finds in context; [`pages`] one file per page, [`components`]
//!   the pieces several pages share.
//! - [`data`]: the dataset as the pages get it, and its loading state.
//! - [`browser`], [`loader`], [`takeover`], [`history`]: what only runs in
//!   the browser: the visitor's language, fetching the data, taking over the
//!   page file, and where a page opens after a move (Back and Forward included).
//! - [`render`]: the native renderer the site generator calls.
//!
//! The model, dates, addresses and interface strings are `portal_core`'s.

// Deeply nested view types (native rendering resolves them as futures).
#![recursion_limit = "256"]

/// The id of the element a page file's render lives in: the site generator
/// writes it, the app takes it over (`takeover`).
pub const PAGE_FILE_ID: &str = "prerendered";

pub mod app;
pub mod browser;
pub mod components;
pub mod context;
pub mod data;
pub mod pages;

#[cfg(target_arch = "wasm32")]
pub mod history;
#[cfg(target_arch = "wasm32")]
pub mod loader;
#[cfg(target_arch = "wasm32")]
pub mod takeover;

#[cfg(not(target_arch = "wasm32"))]
pub mod render;
