//! The portal's site generator: what `scripts/build.sh` adds to Trunk's
//! build so that a plain file host serves every address of the portal.
//!
//! - [`pages`]: one file per page and language, its body drawn by the app's
//!   own components (`sophia_china_portal::render`), its head from
//!   [`head`] (text in markup through [`escape`]); `404.html`, the site root, [`sitemap`] and `robots.txt`;
//! - [`names`]: country names and the order of names per language, computed
//!   here and published beside the dataset for the app;
//! - [`calendar`]: the dataset's calendars (its CSV tables are written by
//!   `portal_core::csv`, which the app's exports share);
//! - [`feeds`] and [`structured_data`]: the Atom feeds of agreements and
//!   events, and each page file's schema.org data (JSON-LD);
//!   [`offline`]: the service worker written for each build;
//! - [`share`] and [`qr`]: for the share panel, the site's address and
//!   repository in each page file's head, and each shared page's QR code;
//! - [`preview`]: the image a link preview shows for each page, drawn from
//!   the record's type, name and date;
//! - [`info`]: the texts of the pages about the portal (Markdown) and the
//!   publisher's details (`site.toml`);
//! - [`validate`]: the editors' validator, run by the `validate` command and
//!   before anything is published.

pub mod calendar;
pub mod escape;
pub mod feeds;
pub mod head;
pub mod info;
pub mod names;
pub mod offline;
pub mod pages;
pub mod preview;
pub mod qr;
pub mod share;
pub mod sitemap;
pub mod structured_data;
pub mod template;
pub mod validate;

/// One file to write under `dist/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Path relative to `dist/`, e.g. `fr/parks/index.html`.
    pub path: String,
    pub contents: String,
}
