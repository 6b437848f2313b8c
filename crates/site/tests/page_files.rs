//! The page files, rendered natively from the shipped dataset by the app's
//! own components: one per page and language with its head, the whole page
//! in its body, links under the base; the root, `404.html`, sitemap, robots.

use crate::support;

use std::sync::Arc;

use crate::support::{catalog, catalog_of, page_paths, shipped_text};
use portal_core::address::Site;
use portal_core::model::PartialDate;
use portal_core::{Catalog, Key, Locale};
use portal_site::escape::text;
use portal_site::head::defer_app_start;
use portal_site::pages::page_files;
use portal_site::OutputFile;
use serde_json::Value;
use sophia_china_portal::render;

const TEMPLATE: &str = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<base href=\"/portal/\">\n<title>x</title>\n</head>\n<body></body>\n</html>\n";

fn render_site(catalog: Catalog) -> render::Site {
    let site = Site::parse("https://owner.github.io/portal/").unwrap();
    render::Site {
        base: site.base(),
        catalog: Arc::new(catalog),
        geometry: None,
        today: PartialDate {
            year: 2026,
            month: Some(11),
            day: Some(29),
        },
        info_texts: Arc::new(portal_site::info::info_texts(
            &Default::default(),
            &portal_site::share::publication(&site, None).unwrap(),
            &site.base,
        )),
        publication: portal_site::share::publication(&site, None).unwrap(),
    }
}

fn files() -> Vec<OutputFile> {
    let site = Site::parse("https://owner.github.io/portal/").unwrap();
    page_files(TEMPLATE, &render_site(catalog()), &site)
}

/// The text of the first element `<tag …>…</tag>`, tags inside stripped.
fn element_text(html: &str, tag: &str) -> Option<String> {
    let start = html.find(&format!("<{tag}"))?;
    let start = start + html[start..].find('>')? + 1;
    let end = start + html[start..].find(&format!("</{tag}>"))?;
    let mut out = String::new();
    let mut in_tag = false;
    for c in html[start..end].chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    Some(out)
}

/// The heading each page must have, from the dataset file read as JSON and
/// the interface strings: what a visitor reads first.
fn expected_heading(page: &str, locale: Locale, json: &Value) -> String {
    let key = match page {
        "" => Some(Key::HomeTitle),
        "parks/" => Some(Key::ParksTitle),
        "agreements/" => Some(Key::AgreementsTitle),
        "events/" => Some(Key::EventsTitle),
        "organisations/" => Some(Key::OrganisationsTitle),
        "people/" => Some(Key::PeopleTitle),
        "topics/" => Some(Key::TopicsTitle),
        "sources/" => Some(Key::SourcesTitle),
        "search/" => Some(Key::SearchTitle),
        "map/" => Some(Key::MapTitle),
        "timeline/" => Some(Key::TimelineTitle),
        "data/" => Some(Key::OpenDataTitle),
        "about/" => Some(Key::InfoAboutTitle),
        "contact/" => Some(Key::InfoContactTitle),
        "legal-notice/" => Some(Key::InfoLegalNoticeTitle),
        "privacy/" => Some(Key::InfoPrivacyTitle),
        "accessibility/" => Some(Key::InfoAccessibilityTitle),
        _ => None,
    };
    if let Some(key) = key {
        return locale.text(key).to_string();
    }
    let (section, id) = page.trim_end_matches('/').split_once('/').unwrap();
    let record = json[section]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
        .unwrap();
    support::record_heading(record, locale)
}

#[test]
fn one_file_per_page_and_language_with_the_whole_page_in_its_body() {
    let files = files();
    let json: Value = serde_json::from_str(&shipped_text()).unwrap();
    // The pages expected, from the dataset file: 12 sections, 5 pages about
    // the portal, and a page per
    // park, agreement, event, organisation, person and topic, in each language.
    let pages = page_paths();
    assert_eq!(files.len(), pages.len() * 3 + 5);
    for page in &pages {
        for locale in Locale::ALL {
            let path = format!("{}/{page}index.html", locale.code());
            let file = files
                .iter()
                .find(|f| f.path == path)
                .unwrap_or_else(|| panic!("{path} missing"));
            let html = &file.contents;
            assert!(html.contains(&format!("<html lang=\"{}\">", locale.html_lang())));
            let canonical = format!(
                "<link rel=\"canonical\" href=\"https://owner.github.io/portal/{}/{page}\">",
                locale.code()
            );
            assert!(html.contains(&canonical), "{path}");
            assert_eq!(
                html.matches("rel=\"alternate\" hreflang=").count(),
                4,
                "{path}"
            );
            // The page, whole, in its container: one heading, the navigation,
            // the footer, and the links of the other languages.
            let body = &html[html.find("<body>\n<div id=\"prerendered\">").expect(&path)..];
            assert_eq!(body.matches("<h1").count(), 1, "{path}");
            let heading = element_text(body, "h1").unwrap();
            assert_eq!(
                heading,
                text(&expected_heading(page, locale, &json)),
                "{path}"
            );
            assert!(body.contains("class=\"site-nav\""), "{path}");
            assert!(body.contains("<footer class=\"site-footer\">"), "{path}");
            for other in Locale::ALL {
                let link = format!("href=\"/portal/{}/{page}\"", other.code());
                assert!(body.contains(&link), "{path}: no link to {link}");
            }
            // Every address in the page is under the base, or another site's
            // (or the share panel's e-mail link, or the events' calendar to
            // subscribe to, under the site's address).
            for (start, _) in body.match_indices("href=\"") {
                let href = &body[start + 6..start + 6 + body[start + 6..].find('"').unwrap()];
                assert!(
                    href.starts_with("/portal/")
                        || href.starts_with("https://")
                        || href.starts_with("mailto:?")
                        || href.starts_with("webcal://owner.github.io/portal/")
                        || href == "#main",
                    "{path}: {href}"
                );
            }
        }
    }
    let not_found = files.iter().find(|f| f.path == "404.html").unwrap();
    assert!(not_found.contents.contains("noindex"));
    assert!(not_found
        .contents
        .contains(&text(Locale::En.text(Key::NotFoundBody))));
    let root = files.iter().find(|f| f.path == "index.html").unwrap();
    assert_eq!(
        element_text(&root.contents, "h1").unwrap(),
        text(Locale::En.text(Key::HomeTitle))
    );
    let robots = files.iter().find(|f| f.path == "robots.txt").unwrap();
    assert!(robots
        .contents
        .contains("Sitemap: https://owner.github.io/portal/sitemap.xml"));
}

#[test]
fn record_text_is_escaped_in_the_head_and_the_body() {
    let mut dataset = support::dataset();
    dataset.parks[0].name.en = "</title><script>alert(1)</script>\"".into();
    dataset.parks[0].description.en = "a < b & \"c\"".into();
    let site = Site::parse("https://example.org/").unwrap();
    let files = page_files(TEMPLATE, &render_site(catalog_of(dataset)), &site);
    for file in &files {
        assert!(!file.contents.contains("<script>alert"), "{}", file.path);
    }
    let park = files
        .iter()
        .find(|f| f.path == "en/parks/sophia-antipolis/index.html")
        .unwrap();
    assert!(park
        .contents
        .contains("&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(park.contents.contains("a &lt; b &amp; "));
}

const TRUNK_PAGE: &str = r#"<head>
<script type="module">
import init, * as bindings from '/app-1.js';
const wasm = await init({ module_or_path: '/app-1_bg.wasm' });
</script>
<link rel="modulepreload" href="/app-1.js" crossorigin="anonymous" integrity="sha384-JS"><link rel="preload" href="/app-1_bg.wasm" crossorigin="anonymous" integrity="sha384-WASM" as="fetch" type="application/wasm"></head>"#;

#[test]
fn the_app_starts_after_the_first_paint_and_keeps_the_wasm_integrity() {
    let html = defer_app_start(TRUNK_PAGE).unwrap();
    assert!(!html.contains("rel=\"preload\""), "{html}");
    assert!(html.contains("rel=\"modulepreload\""));
    assert!(html.contains(r#"fetch("/app-1_bg.wasm", { integrity: "sha384-WASM" })"#));
    let wait = html.find("requestAnimationFrame").unwrap();
    // Bounded: a page that gets no frame starts after a second.
    assert!(html[wait..].contains("setTimeout(paint, 1000)"), "{html}");
    let data = html.find("data/portal.json").unwrap();
    let init = html.find("await init(").unwrap();
    assert!(html.find("WebAssembly.compileStreaming").unwrap() < init);
    assert!(wait < data && data < init);
}

#[test]
fn an_unexpected_loader_is_an_error_not_a_silent_skip() {
    assert!(defer_app_start("<head></head>").is_err());
    let other_call = TRUNK_PAGE.replace("const wasm = await init(", "const w = await init(");
    assert!(defer_app_start(&other_call).is_err());
}
