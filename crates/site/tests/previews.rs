//! The link-preview images of the shipped dataset: one per record page and
//! language and the portal's own per language, each a PNG of 1200 × 630
//! under 60 KB, saying what the record's page says; and every page file's
//! head naming its image by absolute address, with its size and text
//! alternative, for Open Graph and Twitter.

use std::collections::BTreeSet;

use crate::support::{catalog, record_paths, shipped_text};
use portal_core::address::Site;
use portal_core::document::page_head;
use portal_core::model::EventKind;
use portal_core::{Key, Locale, Route, Vocabulary};
use portal_site::escape::attr;
use portal_site::pages::page_file_head;
use portal_site::preview::{images, record_card};
use serde_json::Value;

/// What a preview image may weigh: link previews fetch it on every share.
const MAX_BYTES: usize = 60 * 1024;

const TEMPLATE: &str = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<base href=\"/portal/\">\n<title>x</title>\n</head>\n<body></body>\n</html>\n";

/// Width and height from a PNG's signature and header chunk, read by hand
/// rather than by the encoder that wrote them.
fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    if bytes.len() < 24 || &bytes[..8] != b"\x89PNG\r\n\x1a\n" || &bytes[12..16] != b"IHDR" {
        return None;
    }
    let number = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    Some((number(16), number(20)))
}

#[test]
fn every_record_page_has_its_image_in_every_language() {
    let drawn = images(&catalog()).expect("the preview fonts (scripts/setup.sh installs them)");
    let mut expected = BTreeSet::new();
    for locale in Locale::ALL {
        let lang = locale.code();
        expected.insert(format!("{lang}/preview.png"));
        for path in record_paths() {
            expected.insert(format!("{lang}/{path}preview.png"));
        }
    }
    let paths: BTreeSet<String> = drawn.iter().map(|image| image.path.clone()).collect();
    assert_eq!(paths, expected);
    assert_eq!(drawn.len(), expected.len(), "an image drawn twice");
    for image in &drawn {
        assert_eq!(png_size(&image.png), Some((1200, 630)), "{}", image.path);
        assert!(
            image.png.len() <= MAX_BYTES,
            "{}: {} bytes",
            image.path,
            image.png.len()
        );
    }
    // No two images alike: each says its own record in its own language.
    let distinct: BTreeSet<&[u8]> = drawn.iter().map(|image| image.png.as_slice()).collect();
    assert_eq!(distinct.len(), drawn.len());
}

#[test]
fn an_image_says_the_records_type_kind_name_and_date_as_its_page_does() {
    let catalog = catalog();
    let json: Value = serde_json::from_str(&shipped_text()).unwrap();
    for locale in Locale::ALL {
        let l = locale;
        let code = l.code();
        let event = &json["events"][0];
        let card = record_card(
            &Route::Event(event["id"].as_str().unwrap().into()),
            l,
            &catalog,
        )
        .unwrap();
        assert_eq!(card.title, event["title"][code].as_str().unwrap());
        assert!(card.kind.starts_with(l.text(Key::RecordEvent)), "{card:?}");
        let kind = EventKind::from_key(event["kind"].as_str().unwrap()).unwrap();
        assert!(card.kind.ends_with(l.text(kind.label())), "{card:?}");
        assert!(card.below.as_deref().unwrap().contains("2016"), "{card:?}");
        // A record without a date says nothing of one.
        let undated = json["agreements"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["date"].is_null())
            .unwrap();
        let card = record_card(
            &Route::Agreement(undated["id"].as_str().unwrap().into()),
            l,
            &catalog,
        )
        .unwrap();
        assert_eq!(card.below, None);
        assert!(
            card.kind.starts_with(l.text(Key::RecordAgreement)),
            "{card:?}"
        );
        // A park has no kind but its type; its founding date where the sources give it.
        for park in json["parks"].as_array().unwrap() {
            let card = record_card(
                &Route::Park(park["id"].as_str().unwrap().into()),
                l,
                &catalog,
            )
            .unwrap();
            assert_eq!(card.kind, l.text(Key::RecordPark));
            assert_eq!(card.title, park["name"][code].as_str().unwrap());
            assert_eq!(card.below.is_some(), !park["founded"].is_null(), "{card:?}");
        }
    }
}

/// The `content` of the `<meta>` whose `key` attribute (`property`, `name`) is `value`.
fn meta<'a>(html: &'a str, key: &str, value: &str) -> Option<&'a str> {
    let start = html.find(&format!("<meta {key}=\"{value}\" content=\""))?;
    let content = &html[start..];
    let content = &content[content.find("content=\"")? + "content=\"".len()..];
    Some(&content[..content.find('"')?])
}

#[test]
fn every_page_file_names_its_image_by_its_absolute_address() {
    let catalog = catalog();
    let site = Site::parse("https://owner.github.io/portal/").unwrap();
    for route in Route::all(&catalog) {
        for locale in Locale::ALL {
            let head = page_head(&route, locale, &catalog);
            let html = page_file_head(TEMPLATE, &head, &route, locale, &site);
            let page = route.path(locale);
            let record = matches!(
                route,
                Route::Park(_)
                    | Route::Organisation(_)
                    | Route::Agreement(_)
                    | Route::Event(_)
                    | Route::Person(_)
            );
            let image = if record {
                format!("https://owner.github.io/portal{page}preview.png")
            } else {
                format!(
                    "https://owner.github.io/portal/{}/preview.png",
                    locale.code()
                )
            };
            assert_eq!(
                meta(&html, "property", "og:image"),
                Some(image.as_str()),
                "{page}"
            );
            assert_eq!(meta(&html, "property", "og:image:type"), Some("image/png"));
            assert_eq!(meta(&html, "property", "og:image:width"), Some("1200"));
            assert_eq!(meta(&html, "property", "og:image:height"), Some("630"));
            let alt = meta(&html, "property", "og:image:alt").unwrap();
            if record {
                assert!(alt.contains(&attr(&head.title)), "{page}: {alt}");
            }
            assert_eq!(
                meta(&html, "name", "twitter:card"),
                Some("summary_large_image")
            );
            assert_eq!(meta(&html, "name", "twitter:image"), Some(image.as_str()));
            assert_eq!(meta(&html, "name", "twitter:image:alt"), Some(alt));
        }
    }
}
