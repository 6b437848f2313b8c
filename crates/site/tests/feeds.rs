//! The Atom feeds (RFC 4287) from the shipped dataset, read back with a small
//! element reader written here, and compared with the dataset read as plain
//! JSON (not through the portal's model): every dated agreement and event,
//! newest first, each linking to a page the site generator writes.

use crate::support;

use std::collections::BTreeSet;

use crate::support::{catalog, catalog_of, page_paths, shipped_text};
use portal_core::address::Site;
use portal_core::document::page_head;
use portal_core::model::PartialDate;
use portal_core::{Key, Locale, Route};
use portal_site::feeds::{feed, feed_files};
use portal_site::pages::page_file_head;
use serde_json::Value;
fn site() -> Site {
    Site::parse("https://owner.github.io/portal/").unwrap()
}

/// XML's five entities undone.
fn unescape(text: &str) -> String {
    assert!(!text.contains('<'), "a bare < in text: {text}");
    let out = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'");
    let bare = out.replace("&amp;", "");
    assert!(
        !bare.contains('&'),
        "an unknown entity or a bare & in {text}"
    );
    out.replace("&amp;", "&")
}

/// The contents of each `<name>…</name>` directly in `xml`, in order.
fn elements<'a>(xml: &'a str, name: &str) -> Vec<&'a str> {
    let (open, close) = (format!("<{name}>"), format!("</{name}>"));
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(start) = rest.find(&open) {
        let inner = &rest[start + open.len()..];
        let end = inner.find(&close).expect("the element is closed");
        out.push(&inner[..end]);
        rest = &inner[end + close.len()..];
    }
    out
}

/// The text of the one `<name>` element in `xml`.
fn text_of(xml: &str, name: &str) -> String {
    let found = elements(xml, name);
    assert_eq!(found.len(), 1, "<{name}> in {xml}");
    unescape(found[0])
}

/// The `href` of the `<link>` with this `rel`.
fn link(xml: &str, rel: &str) -> String {
    let tag = xml
        .match_indices("<link ")
        .map(|(start, _)| &xml[start..start + xml[start..].find("/>").unwrap()])
        .find(|tag| tag.contains(&format!(" rel=\"{rel}\"")))
        .unwrap_or_else(|| panic!("no {rel} link in {xml}"));
    let href = tag.split(" href=\"").nth(1).unwrap();
    unescape(&href[..href.find('"').unwrap()])
}

/// The feed's own part, before its first entry.
fn head_of(xml: &str) -> &str {
    &xml[..xml.find("<entry>").unwrap_or(xml.len())]
}

/// ISO 8601 at the data's precision, from the dataset's JSON.
fn iso(date: &Value) -> String {
    let year = date["year"].as_i64().unwrap();
    match (date["month"].as_i64(), date["day"].as_i64()) {
        (Some(m), Some(d)) => format!("{year:04}-{m:02}-{d:02}"),
        (Some(m), None) => format!("{year:04}-{m:02}"),
        _ => format!("{year:04}"),
    }
}

/// The first instant a JSON date may mean, in RFC 3339 (UTC).
fn first_instant(date: &Value) -> String {
    let year = date["year"].as_i64().unwrap();
    let month = date["month"].as_i64().unwrap_or(1);
    let day = date["day"].as_i64().unwrap_or(1);
    format!("{year:04}-{month:02}-{day:02}T00:00:00+00:00")
}

/// Every dated agreement and event of the dataset: (section, id, title in
/// each language by code, its date's start).
fn dated_records() -> Vec<(&'static str, String, Value, Value)> {
    let json: Value = serde_json::from_str(&shipped_text()).unwrap();
    let mut out = Vec::new();
    for section in ["agreements", "events"] {
        for record in json[section].as_array().unwrap() {
            if let Some(date) = record.get("date").filter(|d| !d.is_null()) {
                out.push((
                    section,
                    record["id"].as_str().unwrap().to_string(),
                    record["title"].clone(),
                    date["from"].clone(),
                ));
            }
        }
    }
    out
}

#[test]
fn each_language_lists_every_dated_agreement_and_event_newest_first() {
    let catalog = catalog();
    let site = site();
    let records = dated_records();
    let undated = catalog
        .data()
        .agreements
        .iter()
        .filter(|a| a.date.is_none())
        .count()
        + catalog
            .data()
            .events
            .iter()
            .filter(|e| e.date.is_none())
            .count();
    assert!(
        records.len() >= 10 && undated > 0,
        "the dataset tests both cases"
    );
    for locale in Locale::ALL {
        let lang = locale.code();
        let xml = feed(&catalog, locale, &site);
        assert!(
            xml.starts_with("<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"")
        );
        assert!(xml.contains(&format!("xml:lang=\"{}\"", locale.html_lang())));
        assert!(xml.trim_end().ends_with("</feed>"));
        let head = head_of(&xml);
        let feed_url = format!("https://owner.github.io/portal/{lang}/feed.xml");
        assert_eq!(text_of(head, "title"), locale.text(Key::FeedTitle));
        assert_eq!(text_of(head, "subtitle"), locale.text(Key::FeedSubtitle));
        assert_eq!(text_of(head, "id"), feed_url);
        assert_eq!(link(head, "self"), feed_url);
        assert_eq!(
            link(head, "alternate"),
            format!("https://owner.github.io/portal/{lang}/")
        );
        assert!(
            elements(head, "author")
                .iter()
                .any(|a| a.contains("<name>")),
            "Atom wants an author"
        );

        // The pages of this language, from the dataset file.
        let pages: BTreeSet<String> = page_paths()
            .iter()
            .map(|p| format!("https://owner.github.io/portal/{lang}/{p}"))
            .collect();
        let entries = elements(&xml, "entry");
        assert_eq!(
            entries.len(),
            records.len(),
            "{lang}: one entry per dated record, no undated one"
        );
        let mut seen = BTreeSet::new();
        let mut previous: Option<String> = None;
        for entry in &entries {
            let id = text_of(entry, "id");
            assert_eq!(link(entry, "alternate"), id, "the entry links its own page");
            assert!(pages.contains(&id), "{id} is not a page of {lang}");
            let (section, record_id, title, from) = records
                .iter()
                .find(|(section, rid, ..)| id.ends_with(&format!("/{lang}/{section}/{rid}/")))
                .unwrap_or_else(|| panic!("{id} is no dated agreement or event"));
            assert!(seen.insert((*section, record_id.clone())), "{id} twice");
            assert_eq!(text_of(entry, "title"), title[lang].as_str().unwrap());
            let updated = text_of(entry, "updated");
            assert_eq!(updated, first_instant(from), "{id}");
            if let Some(previous) = &previous {
                assert!(
                    &updated <= previous,
                    "{lang}: {id} ({updated}) after {previous}"
                );
            }
            previous = Some(updated);
            // The summary says when the date is less precise than `updated`.
            let summary = text_of(entry, "summary");
            let precision = iso(from).len();
            assert_eq!(
                summary.contains(locale.text(Key::FeedMonthOnly)),
                precision == 7,
                "{id}"
            );
            assert_eq!(
                summary.contains(locale.text(Key::FeedYearOnly)),
                precision == 4,
                "{id}"
            );
            let term = if *section == "agreements" {
                "agreement"
            } else {
                "event"
            };
            assert!(
                entry.contains(&format!("<category term=\"{term}\"")),
                "{id}"
            );
        }
        // The feed is as new as the dataset, which the editors date.
        let data: Value = serde_json::from_str(&shipped_text()).unwrap();
        assert_eq!(text_of(head, "updated"), first_instant(&data["updated"]));
        // It links to the calendar of its language's events.
        let calendar = site.url(&portal_core::address::files::events_calendar(locale));
        let link = head
            .split("<link ")
            .skip(1)
            .map(|l| &l[..l.find("/>").unwrap_or(l.len())])
            .find(|l| l.contains("rel=\"related\""))
            .unwrap_or_else(|| panic!("{locale:?}: no related link in {head}"));
        assert!(
            link.contains(&format!("href=\"{calendar}\""))
                && link.contains("type=\"text/calendar\""),
            "{link}"
        );
    }
}

#[test]
fn one_file_per_language_beside_the_home_page() {
    let paths: Vec<String> = feed_files(&catalog(), &site())
        .into_iter()
        .map(|f| f.path)
        .collect();
    assert_eq!(paths, ["fr/feed.xml", "en/feed.xml", "zh/feed.xml"]);
}

#[test]
fn text_from_the_data_is_escaped() {
    let mut dataset = support::dataset();
    let hostile = "A & B <b>\"x\"</b> ]]> \u{1}";
    dataset.agreements[0].title.en = hostile.into();
    dataset.agreements[0].summary.en = "<script>alert(1)</script>".into();
    let xml = feed(&catalog_of(dataset), Locale::En, &site());
    assert!(!xml.contains("<b>") && !xml.contains("<script>") && !xml.contains('\u{1}'));
    let entry = elements(&xml, "entry")
        .into_iter()
        .find(|e| e.contains("sophia-chengdu-sister-parks-2016/"))
        .unwrap();
    assert_eq!(text_of(entry, "title"), "A & B <b>\"x\"</b> ]]> ");
    assert!(text_of(entry, "summary").starts_with("<script>alert(1)</script>"));
}

#[test]
fn a_feed_is_dated_by_the_dataset_even_without_dated_records() {
    let mut dataset = support::dataset();
    dataset.agreements.iter_mut().for_each(|a| a.date = None);
    dataset.events.iter_mut().for_each(|e| e.date = None);
    dataset.updated = PartialDate {
        year: 2025,
        month: Some(1),
        day: Some(2),
    };
    let xml = feed(&catalog_of(dataset), Locale::Fr, &site());
    assert!(elements(&xml, "entry").is_empty());
    assert_eq!(text_of(&xml, "updated"), "2025-01-02T00:00:00+00:00");
}

#[test]
fn every_page_head_names_the_feed_of_its_language() {
    let catalog = catalog();
    let template =
        "<html><head><meta charset=\"utf-8\"><title>x</title></head><body></body></html>";
    for locale in Locale::ALL {
        for route in [
            Route::Home,
            Route::Parks,
            Route::Event("chinhui-cup-2016".into()),
        ] {
            let head = page_head(&route, locale, &catalog);
            let html = page_file_head(template, &head, &route, locale, &site());
            let expected = format!(
                "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"{}\" href=\"https://owner.github.io/portal/{}/feed.xml\">",
                locale.text(Key::FeedTitle),
                locale.code()
            );
            assert_eq!(html.matches(&expected).count(), 1, "{html}");
            assert!(html.find(&expected).unwrap() < html.find("</head>").unwrap());
        }
    }
}
