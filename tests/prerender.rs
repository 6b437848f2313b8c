//! The page start written into each page file at build time: what a visitor
//! sees before the app runs, in the page's language, with working links.

mod support;

use sophia_china_portal::data::{load, Catalog};
use sophia_china_portal::i18n::{Key, Locale};
use sophia_china_portal::prerender::page_body;
use sophia_china_portal::route::Route;
use sophia_china_portal::static_site::{all_routes, defer_app_start, text};

fn catalog() -> Catalog {
    let text = std::fs::read_to_string("public/data/portal.json").unwrap();
    Catalog::new(load(&text).unwrap())
}

/// The text of the first `<h1>`, entities left as written.
fn heading(html: &str) -> &str {
    let start = html.find("<h1").expect("an h1");
    let start = start + html[start..].find('>').unwrap() + 1;
    let end = start + html[start..].find("</h1>").unwrap();
    &html[start..end]
}

#[test]
fn every_page_starts_with_its_heading_in_its_language() {
    let catalog = catalog();
    let routes = all_routes(&catalog);
    // Every page of the dataset, counted from the file itself.
    assert_eq!(routes.len(), support::page_paths().len());
    for route in routes {
        for locale in Locale::ALL {
            let body = page_body(&route, locale, &catalog, "/portal/")
                .unwrap_or_else(|| panic!("{route:?} has no page start"));
            let title = |key| locale.text(key).to_string();
            let expected = match &route {
                Route::Home => title(Key::HomeTitle),
                Route::Parks => title(Key::ParksTitle),
                Route::Agreements => title(Key::AgreementsTitle),
                Route::Events => title(Key::EventsTitle),
                Route::Organisations => title(Key::OrganisationsTitle),
                Route::Sources => title(Key::SourcesTitle),
                Route::Search => title(Key::SearchTitle),
                Route::Map => title(Key::MapTitle),
                Route::Timeline => title(Key::TimelineTitle),
                Route::OpenData => title(Key::OpenDataTitle),
                Route::Park(id) => catalog.park(id).unwrap().name.get(locale).to_string(),
                Route::Event(id) => catalog.event(id).unwrap().title.get(locale).to_string(),
                Route::Agreement(id) => {
                    catalog.agreement(id).unwrap().title.get(locale).to_string()
                }
                Route::Organisation(id) => {
                    let org = catalog.organisation(id).unwrap();
                    let name = org.name.get(locale);
                    match org.acronym.as_deref() {
                        Some(a) if !name.contains(a) => format!("{name} ({a})"),
                        _ => name.to_string(),
                    }
                }
                Route::NotFound(_) => panic!("all_routes lists a not-found page"),
            };
            assert_eq!(heading(&body), text(&expected), "{route:?} {locale:?}");
            assert_eq!(body.matches("<h1").count(), 1, "{route:?} {locale:?}");
            assert!(body.contains(&text(locale.text(Key::PortalName))));
        }
    }
}

#[test]
fn links_stay_under_the_base_and_in_the_language() {
    let catalog = catalog();
    let route = Route::Park("chengdu-hi-tech-zone".into());
    let body = page_body(&route, Locale::Zh, &catalog, "/portal/").unwrap();
    for (start, _) in body.match_indices("href=\"") {
        let href = &body[start + 6..start + 6 + body[start + 6..].find('"').unwrap()];
        assert!(href.starts_with("/portal/"), "{href}");
    }
    // The navigation marks the park's section; the switcher links to the same park.
    assert!(body.contains("<a href=\"/portal/zh/parks/\" aria-current=\"page\">"));
    assert!(body.contains("href=\"/portal/fr/parks/chengdu-hi-tech-zone/\""));
    assert!(body.contains("href=\"/portal/en/parks/chengdu-hi-tech-zone/\""));
    // The search form works without the app: a GET to the search page.
    assert!(body.contains("method=\"get\" action=\"/portal/zh/search/\""));
}

#[test]
fn record_text_is_escaped() {
    let text = std::fs::read_to_string("public/data/portal.json").unwrap();
    let mut dataset = load(&text).unwrap();
    dataset.parks[0].name.en = "<script>alert(1)</script>".into();
    dataset.parks[0].description.en = "a < b & \"c\"".into();
    let id = dataset.parks[0].id.clone();
    let catalog = Catalog::new(dataset);
    let body = page_body(&Route::Park(id), Locale::En, &catalog, "/").unwrap();
    assert!(!body.contains("<script>"));
    assert!(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(body.contains("a &lt; b &amp; \"c\""));
}

#[test]
fn an_unknown_record_has_no_page_start() {
    let catalog = catalog();
    assert!(page_body(&Route::Park("nowhere".into()), Locale::En, &catalog, "/").is_none());
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
    assert!(html.contains("fetch('/app-1_bg.wasm', { integrity: 'sha384-WASM' })"));
    let wait = html.find("requestAnimationFrame").unwrap();
    let data = html.find("data/portal.json").unwrap();
    let init = html.find("await init(").unwrap();
    assert!(wait < data && data < init);
}

#[test]
fn an_unexpected_loader_is_an_error_not_a_silent_skip() {
    assert!(defer_app_start("<head></head>").is_err());
    let other_call = TRUNK_PAGE.replace("const wasm = await init(", "const w = await init(");
    assert!(defer_app_start(&other_call).is_err());
}
