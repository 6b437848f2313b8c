//! The partnership dataset: record types, validation and lookups. No Leptos here.

pub mod model;
