//! The core's tests against the shipped dataset, one file per part of the
//! core, linked into one test binary.

mod support;

mod catalog;
mod document;
mod filters;
mod map;
mod people;
mod search;
