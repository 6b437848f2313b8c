//! Every file the site generator writes: a page file per page and language,
//! the site root, `404.html`, the sitemap and `robots.txt`; and the files made
//! from the dataset (names, calendars, CSV tables).
//!
//! A page file is Trunk's `index.html` with the page's head ([`crate::head`])
//! and, in its body, the whole page as the app renders it
//! (`sophia_china_portal::render`, the same components natively), inside
//! `#prerendered`. It reads without scripts; in the browser the app renders
//! the same page behind it and takes its place (`takeover` in the app).

use portal_core::address::{files, Site};
use portal_core::csv::{self, Separator};
use portal_core::document::{not_found, page_head, PageHead};
use portal_core::{Catalog, Key, Locale, Route};
use sophia_china_portal::render::{self, render_page};
use sophia_china_portal::PAGE_FILE_ID;

use crate::escape::attr;
use crate::head::{comments_removed, insert_body, page_head_html, rewrite_head};
use crate::{calendar, feeds, preview, sitemap, OutputFile};

impl OutputFile {
    /// A file at a path relative to the site's base (`/data/parks.csv`).
    fn at(path: &str, contents: String) -> OutputFile {
        OutputFile {
            path: path.trim_start_matches('/').to_string(),
            contents,
        }
    }
}

/// A page file's head: Trunk's template with the page's head
/// ([`page_head_html`]), the link to the feed of its language and the tags
/// of its preview image.
pub fn page_file_head(
    template: &str,
    head: &PageHead,
    route: &Route,
    locale: Locale,
    site: &Site,
) -> String {
    let more =
        feeds::head_link(locale, site) + &preview::head_tags(route, locale, site, &head.title);
    page_head_html(template, head, route, locale, site, &more)
}

/// The body of a page file: the page as the app renders it, in its
/// container, without the markers Leptos leaves for hydration.
pub fn page_body(path: &str, render: &render::Site) -> String {
    format!(
        "<div id=\"{PAGE_FILE_ID}\">{}</div>",
        comments_removed(&render_page(path, render))
    )
}

/// The page files, the site root, `404.html`, `sitemap.xml`, `robots.txt` and
/// the offline worker's shell.
pub fn page_files(template: &str, render: &render::Site, site: &Site) -> Vec<OutputFile> {
    let catalog = &render.catalog;
    let routes = Route::all(catalog);
    let mut out = Vec::with_capacity(routes.len() * 3 + 4);
    for route in &routes {
        for locale in Locale::ALL {
            let head = page_head(route, locale, catalog);
            let path = route.path(locale);
            let mut html = page_file_head(template, &head, route, locale, site);
            insert_body(&mut html, &page_body(&path, render));
            out.push(OutputFile::at(&format!("{path}index.html"), html));
        }
    }
    out.push(OutputFile::at(
        "/index.html",
        root_html(template, render, site),
    ));
    out.push(OutputFile::at(
        "/404.html",
        not_found_html(template, render),
    ));
    out.push(OutputFile::at(
        "/sitemap.xml",
        sitemap::sitemap(&routes, site),
    ));
    out.push(OutputFile::at("/robots.txt", sitemap::robots(site)));
    out.push(OutputFile::at(
        files::OFFLINE_SHELL,
        offline_shell(template),
    ));
    out
}

/// The site root: the home page in English, which the app replaces with the
/// visitor's language (their earlier choice, else their browser's); search
/// engines learn the three language versions from the alternates.
fn root_html(template: &str, render: &render::Site, site: &Site) -> String {
    let locale = Locale::En;
    let mut tags = format!(
        "<meta name=\"description\" content=\"{}\">\n",
        attr(locale.text(Key::HomeDescription))
    );
    for alternate in Locale::ALL {
        tags.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">\n",
            alternate.html_lang(),
            attr(&site.page(&Route::Home, alternate))
        ));
    }
    tags.push_str(&format!(
        "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">\n",
        attr(&site.url("/"))
    ));
    let mut html = rewrite_head(
        template,
        locale.html_lang(),
        locale.text(Key::PortalName),
        &tags,
    );
    insert_body(&mut html, &page_body(&Route::Home.path(locale), render));
    html
}

/// Every address that names no page: GitHub Pages answers with this file and
/// status 404. It shows the not-found page in English, titled in the three
/// languages; the app then shows it in the language of the address.
fn not_found_html(template: &str, render: &render::Site) -> String {
    let titles: Vec<&str> = Locale::ALL
        .iter()
        .map(|l| l.text(Key::NotFoundTitle))
        .collect();
    let head = not_found(Locale::En);
    let mut html = rewrite_head(
        template,
        Locale::En.html_lang(),
        &titles.join(" · "),
        &format!(
            "<meta name=\"description\" content=\"{}\">\n<meta name=\"robots\" content=\"noindex\">\n",
            attr(&head.description)
        ),
    );
    let path = Route::NotFound("404".into()).path(Locale::En);
    insert_body(&mut html, &page_body(&path, render));
    html
}

/// The app without a page: what the offline worker serves for a page never
/// visited, where the app then renders the page of the address. Small, since
/// every first visit downloads it for the worker.
fn offline_shell(template: &str) -> String {
    let locale = Locale::En;
    rewrite_head(
        template,
        locale.html_lang(),
        locale.text(Key::PortalName),
        "<meta name=\"robots\" content=\"noindex\">\n",
    )
}

/// The files made from the dataset: the dataset as published (its `text`
/// without indentation), the names file the app loads, in each language the
/// calendar of every dated event and one per dated event, and one CSV table
/// per record type, and in each language the tables the lists export.
/// `unix_seconds` is the build time, the calendars' `DTSTAMP`.
pub fn data_files(
    catalog: &Catalog,
    text: &str,
    site: &Site,
    unix_seconds: u64,
) -> Vec<OutputFile> {
    let data = catalog.data();
    let mut out = vec![
        OutputFile::at(files::DATASET, compact_json(text)),
        OutputFile::at(
            files::NAMES,
            serde_json::to_string(catalog.names().table()).expect("names serialise"),
        ),
    ];
    for locale in Locale::ALL {
        out.push(OutputFile::at(
            &files::events_calendar(locale),
            calendar::events_calendar(&data.events, locale, site, unix_seconds),
        ));
        for event in &data.events {
            if let Some(contents) = calendar::event_calendar(event, locale, site, unix_seconds) {
                out.push(OutputFile::at(
                    &files::event_calendar(&event.id, locale),
                    contents,
                ));
            }
        }
    }
    for table in files::Table::ALL {
        for separator in Separator::ALL {
            out.push(OutputFile::at(
                &table.path_for(separator),
                csv::table(table, catalog, separator),
            ));
        }
    }
    // What the lists export: their tables for reading, in each language.
    for table in csv::READING_TABLES {
        for locale in Locale::ALL {
            for separator in Separator::ALL {
                if let Some(file) = csv::reading_table(table, catalog, site, locale, separator) {
                    out.push(OutputFile::at(&table.reading_path(locale, separator), file));
                }
            }
        }
    }
    out
}

/// A JSON text without the white space between its tokens: the same
/// document, byte for byte inside its strings, in fewer bytes.
pub fn compact_json(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_string = false;
    let mut escaped = false;
    for c in text.chars() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !c.is_whitespace() {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::compact_json;

    #[test]
    fn compact_json_keeps_strings_whole() {
        let text = "{\n  \"a b\": [1, 2],\n  \"c\": \"x \\\" y\\\\\"\n}\n";
        assert_eq!(compact_json(text), "{\"a b\":[1,2],\"c\":\"x \\\" y\\\\\"}");
        let value: serde_json::Value = serde_json::from_str(text).unwrap();
        assert_eq!(
            value,
            serde_json::from_str::<serde_json::Value>(&compact_json(text)).unwrap()
        );
    }
}
