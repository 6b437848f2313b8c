//! The share panel's build-time part, natively: every QR code the build draws
//! reads back, with an independent decoder (rqrr), as its page's canonical
//! address; the page files carry the panel with the same address, the code's
//! image, the e-mail link and, where the repository is known, the correction
//! link prefilled for the record.

use crate::support;

use std::sync::Arc;

use portal_core::address::percent_encode;
use portal_core::address::share::Publication;
use portal_core::address::Site;
use portal_core::model::PartialDate;
use portal_core::{Key, Locale, Route};
use portal_site::pages::page_files;
use portal_site::qr::{qr_files, qr_svg, QUIET_ZONE};
use portal_site::share::publication;
use sophia_china_portal::render;

const TEMPLATE: &str = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>x</title>\n</head>\n<body></body>\n</html>\n";

/// The modules of a drawing made by `qr_svg`: its side and its dark squares,
/// read from the path's `M<x> <y>h<w>v<h>H<x>V<y>` rectangles.
fn modules(svg: &str) -> (usize, Vec<Vec<bool>>) {
    let side: usize = svg
        .split("viewBox=\"0 0 ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .expect("a square viewBox");
    let path = svg
        .split(" d=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    let mut dark = vec![vec![false; side]; side];
    for rect in path.split('M').skip(1) {
        let numbers: Vec<usize> = rect
            .split(|c: char| !c.is_ascii_digit())
            .filter(|n| !n.is_empty())
            .map(|n| n.parse().unwrap())
            .collect();
        let [x, y, w, h, ..] = numbers[..] else {
            panic!("unexpected path step M{rect}");
        };
        for row in dark.iter_mut().skip(y).take(h) {
            for module in row.iter_mut().skip(x).take(w) {
                *module = true;
            }
        }
    }
    (side, dark)
}

/// What a decoder reads in a drawing, photographed at `scale` pixels a module.
fn decode(svg: &str, scale: usize) -> Vec<String> {
    let (side, dark) = modules(svg);
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(side * scale, side * scale, |x, y| {
            if dark[y / scale][x / scale] {
                0
            } else {
                255
            }
        });
    image
        .detect_grids()
        .iter()
        .map(|grid| grid.decode().expect("a readable code").1)
        .collect()
}

#[test]
fn every_qr_code_reads_as_its_page_address() {
    let catalog = support::catalog();
    let routes = Route::all(&catalog);
    for url in [
        "https://owner.github.io/sophia-china-portal/",
        "http://127.0.0.1/sophia-china-portal/",
    ] {
        let site = Site::parse(url).unwrap();
        let files = qr_files(&routes, &site).unwrap();
        // The six lists (topics included), every record and every topic, in three languages.
        let data = catalog.data();
        let records = data.parks.len()
            + data.agreements.len()
            + data.events.len()
            + data.organisations.len()
            + data.people.len()
            + data.topics.len();
        assert_eq!(files.len(), 3 * (6 + records));
        for file in &files {
            let path = format!("/{}", file.path.trim_end_matches("qr.svg"));
            let (locale, route) = Route::parse(&path).unwrap();
            assert_eq!(decode(&file.contents, 3), [site.page(&route, locale)]);
        }
    }
}

#[test]
fn the_quiet_zone_is_four_light_modules() {
    let (side, dark) = modules(&qr_svg("https://owner.github.io/repo/en/parks/").unwrap());
    let q = QUIET_ZONE as usize;
    for (y, row) in dark.iter().enumerate() {
        for (x, module) in row.iter().enumerate() {
            let inside = (q..side - q).contains(&x) && (q..side - q).contains(&y);
            assert!(
                inside || !module,
                "dark module at {x},{y} in the quiet zone"
            );
        }
    }
    // The finder pattern starts right after it.
    assert!(dark[q][q] && dark[q][q + 6] && dark[q + 6][q]);
}

fn page_file(publication: Publication, path: &str) -> String {
    let site = publication.site.clone().unwrap();
    let render = render::Site {
        base: site.base(),
        catalog: Arc::new(support::catalog()),
        geometry: None,
        today: PartialDate {
            year: 2026,
            month: Some(11),
            day: Some(29),
        },
        info_texts: Arc::new(portal_site::info::info_texts(
            &Default::default(),
            &publication,
            &site.base,
        )),
        publication,
    };
    page_files(TEMPLATE, &render, &site)
        .into_iter()
        .find(|f| f.path == path)
        .unwrap()
        .contents
}

#[test]
fn record_pages_share_their_address_and_take_corrections() {
    let site = Site::parse("https://owner.github.io/sophia-china-portal/").unwrap();
    let catalog = support::catalog();
    let park = &catalog.data().parks[0];
    let route = Route::Park(park.id.clone());
    let html = page_file(
        publication(&site, None).unwrap(),
        &format!("zh/parks/{}/index.html", park.id),
    );
    let address = site.page(&route, Locale::Zh);
    let panel = &html[html.find("class=\"share-panel\"").expect("a share panel")..];
    assert!(panel.contains(&format!(">{address}</span>")));
    assert!(panel.contains(&format!(
        "<img src=\"/sophia-china-portal/zh/parks/{}/qr.svg\" alt=\"{}\"",
        park.id,
        Locale::Zh.text(Key::ShareQrAlt)
    )));
    let title = format!("{} · {}", park.name.zh, Locale::Zh.text(Key::PortalName));
    assert!(panel.contains(&format!(
        "href=\"mailto:?subject={}&amp;body={}\"",
        percent_encode(&title),
        percent_encode(&address)
    )));
    let issue = format!(
        "https://github.com/owner/sophia-china-portal/issues/new?template=correction.yml&amp;title={}&amp;record={}&amp;page={}",
        percent_encode(&format!("更正：{}", park.name.zh)),
        park.id,
        percent_encode(&address)
    );
    assert!(panel.contains(&format!("href=\"{issue}\"")), "{panel}");
    assert!(panel.contains(Locale::Zh.text(Key::ShareCorrection)));
}

#[test]
fn without_a_repository_there_is_no_correction_link_and_lists_have_none() {
    let local = Site::parse("http://127.0.0.1/sophia-china-portal/").unwrap();
    let catalog = support::catalog();
    let id = &catalog.data().events[0].id;
    let html = page_file(
        publication(&local, None).unwrap(),
        &format!("fr/events/{id}/index.html"),
    );
    assert!(html.contains("class=\"share-panel\""));
    assert!(html.contains(&format!(
        ">http://127.0.0.1/sophia-china-portal/fr/events/{id}/</span>"
    )));
    assert!(!html.contains("issues/new"));
    let pages = Site::parse("https://owner.github.io/sophia-china-portal/").unwrap();
    let list = page_file(publication(&pages, None).unwrap(), "en/events/index.html");
    assert!(list.contains("class=\"share-panel\""));
    assert!(!list.contains("issues/new"));
    // Pages that are not lists or records have no panel.
    let home = page_file(publication(&pages, None).unwrap(), "en/index.html");
    assert!(!home.contains("share-panel"));
}
