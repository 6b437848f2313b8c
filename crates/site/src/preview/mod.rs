//! The images link previews show (Open Graph, Twitter cards): one per
//! record page and language, beside its page file, with the record's type
//! and kind, its name and its date; and the portal's own, one per language,
//! for every other page. Drawn at build time ([`draw`]) in the portal's
//! colours, 1200 × 630 pixels, and named in each page file's head
//! ([`head_tags`]).
//!
//! Drawing needs the Chinese and Latin font files (see [`fonts`]); without
//! them the build stops rather than publish images of empty boxes.

mod card;
mod draw;
mod fonts;
mod lines;
mod png;

use std::fmt;
use std::path::Path;
use std::time::{Duration, Instant};

use portal_core::address::{files, Site};
use portal_core::{Catalog, Locale, Route};

pub use card::{alt_text, portal_card, record_card, Card};
pub use draw::{Painter, HEIGHT, WIDTH};

use crate::escape::attr;

/// One image to write: its path relative to the site's base, and its card.
pub fn cards(catalog: &Catalog) -> Vec<(String, Card)> {
    let routes = Route::all(catalog);
    let mut out = Vec::new();
    for locale in Locale::ALL {
        out.push((
            files::preview_image(&Route::Home, locale),
            portal_card(locale),
        ));
        for route in &routes {
            if let Some(card) = record_card(route, locale, catalog) {
                out.push((files::preview_image(route, locale), card));
            }
        }
    }
    out
}

/// A drawn image: its path relative to `dist/` and its PNG bytes.
pub struct PreviewImage {
    pub path: String,
    pub png: Vec<u8>,
}

/// Every preview image, drawn on every core (each takes tens of milliseconds).
pub fn images(catalog: &Catalog) -> Result<Vec<PreviewImage>, String> {
    let painter = Painter::new()?;
    let cards = cards(catalog);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let share = cards.len().div_ceil(threads).max(1);
    let parts = std::thread::scope(|scope| {
        let workers: Vec<_> = cards
            .chunks(share)
            .map(|part| {
                let painter = &painter;
                scope.spawn(move || {
                    part.iter()
                        .map(|(path, card)| {
                            Ok(PreviewImage {
                                path: path.trim_start_matches('/').to_string(),
                                png: painter.png(card)?,
                            })
                        })
                        .collect::<Result<Vec<_>, String>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|worker| {
                worker
                    .join()
                    .map_err(|_| "a preview image panicked".to_string())?
            })
            .collect::<Result<Vec<_>, String>>()
    })?;
    Ok(parts.into_iter().flatten().collect())
}

/// What [`write_images`] wrote, for the build's log.
pub struct Written {
    pub count: usize,
    pub bytes: usize,
    /// The largest file's path and size.
    pub largest: (String, usize),
    pub took: Duration,
}

impl fmt::Display for Written {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "drew {} preview images in {:.1} s, {} KB in all, the largest {} KB ({})",
            self.count,
            self.took.as_secs_f32(),
            self.bytes.div_ceil(1024),
            self.largest.1.div_ceil(1024),
            self.largest.0
        )
    }
}

/// Draws every preview image and writes it under `dist`.
pub fn write_images(dist: &Path, catalog: &Catalog) -> Result<Written, String> {
    let start = Instant::now();
    let images = images(catalog)?;
    let mut written = Written {
        count: images.len(),
        bytes: 0,
        largest: (String::new(), 0),
        took: Duration::ZERO,
    };
    for image in &images {
        let target = dist.join(&image.path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        std::fs::write(&target, &image.png)
            .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
        written.bytes += image.png.len();
        if image.png.len() > written.largest.1 {
            written.largest = (image.path.clone(), image.png.len());
        }
    }
    written.took = start.elapsed();
    Ok(written)
}

/// The link-preview image tags of a page file's head: its absolute address,
/// type, size and text alternative, for Open Graph and for Twitter (which
/// reads `og:` tags too, but shows a large image only when asked).
/// `title` is the page's own title (`og:title`).
pub fn head_tags(route: &Route, locale: Locale, site: &Site, title: &str) -> String {
    let url = site.url(&files::preview_image(route, locale));
    let alt = alt_text(route, locale, title);
    let mut tags = String::new();
    for (property, value) in [
        ("og:image", url.as_str()),
        ("og:image:type", "image/png"),
        ("og:image:width", &WIDTH.to_string()),
        ("og:image:height", &HEIGHT.to_string()),
        ("og:image:alt", &alt),
    ] {
        tags.push_str(&format!(
            "<meta property=\"{property}\" content=\"{}\">\n",
            attr(value)
        ));
    }
    for (name, value) in [
        ("twitter:card", "summary_large_image"),
        ("twitter:image", url.as_str()),
        ("twitter:image:alt", &alt),
    ] {
        tags.push_str(&format!(
            "<meta name=\"{name}\" content=\"{}\">\n",
            attr(value)
        ));
    }
    tags
}
