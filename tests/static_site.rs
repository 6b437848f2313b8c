//! The static page files generated for a file host, from the shipped dataset.

mod support;

use sophia_china_portal::data::{load, Catalog};
use sophia_china_portal::i18n::Locale;
use sophia_china_portal::static_site::{generate, Site};
use support::page_paths;

const TEMPLATE: &str = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<base href=\"/portal/\">\n<title>x</title>\n</head>\n<body></body>\n</html>\n";

#[test]
fn one_file_per_page_and_language_plus_404_sitemap_robots_and_root() {
    let text = std::fs::read_to_string("public/data/portal.json").unwrap();
    let catalog = Catalog::new(load(&text).unwrap());
    let site = Site::parse("https://owner.github.io/portal/").unwrap();
    let files = generate(TEMPLATE, &catalog, &site);
    // The pages expected, from the dataset file: 10 sections, and a page per
    // park, agreement, event and organisation, in each language.
    let pages = page_paths();
    assert_eq!(files.len(), pages.len() * 3 + 4);
    for page in &pages {
        for locale in Locale::ALL {
            let path = format!("{}/{page}index.html", locale.code());
            let file = files
                .iter()
                .find(|f| f.path == path)
                .unwrap_or_else(|| panic!("{path} missing"));
            assert!(file
                .contents
                .contains(&format!("<html lang=\"{}\">", locale.html_lang())));
            let canonical = format!(
                "<link rel=\"canonical\" href=\"https://owner.github.io/portal/{}/{page}\">",
                locale.code()
            );
            assert!(file.contents.contains(&canonical), "{path}");
            // The page start sits in the body, ahead of the app.
            assert!(
                file.contents.contains("<body>\n<div id=\"prerendered\">"),
                "{path}"
            );
            assert_eq!(
                file.contents.matches("rel=\"alternate\"").count(),
                4,
                "{path}"
            );
        }
    }
    let not_found = files.iter().find(|f| f.path == "404.html").unwrap();
    assert!(not_found.contents.contains("noindex"));
    let robots = files.iter().find(|f| f.path == "robots.txt").unwrap();
    assert!(robots
        .contents
        .contains("Sitemap: https://owner.github.io/portal/sitemap.xml"));
}

#[test]
fn record_text_cannot_break_out_of_the_head() {
    let text = std::fs::read_to_string("public/data/portal.json").unwrap();
    let mut dataset = load(&text).unwrap();
    dataset.parks[0].name.en = "</title><script>alert(1)</script>\"".into();
    let catalog = Catalog::new(dataset);
    let site = Site::parse("https://example.org/").unwrap();
    for file in generate(TEMPLATE, &catalog, &site) {
        assert!(!file.contents.contains("<script>alert"), "{}", file.path);
    }
}
