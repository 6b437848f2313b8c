//! The portal's site generator: what `scripts/build.sh` adds to Trunk's
//! build so that a plain file host serves every address of the portal.
//!
//! - [`pages`]: one file per page and language, its body drawn by the app's
//!   own components (`sophia_china_portal::render`), its head from
//!   [`head`]; `404.html`, the site root, [`sitemap`] and `robots.txt`;
//! - [`names`]: country names and the order of names per language, computed
//!   here and published beside the dataset for the app;
//! - [`calendar`] and [`csv`]: the dataset's calendars and CSV tables;
//!   [`offline`]: the service worker written for each build;
//! - [`validate`]: the editors' validator, run by the `validate` command and
//!   before anything is published.

pub mod calendar;
pub mod csv;
pub mod head;
pub mod names;
pub mod offline;
pub mod pages;
pub mod sitemap;
pub mod validate;

pub use pages::OutputFile;
