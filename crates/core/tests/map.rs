//! The map page's plan, from the shipped dataset: the projection agrees with
//! the build script that draws the base map, the right agreements become
//! lines, and the labels keep clear of each other.

use std::process::Command;

use portal_core::map::{self, Point};
use portal_core::model::Party;
use portal_core::Catalog;
use portal_core::Locale;
use serde_json::Value;

use crate::support::catalog;

/// The layout and park positions as `scripts/map-geometry.mjs` computes them.
fn node_projection() -> Value {
    let output = Command::new("node")
        .args(["scripts/map-geometry.mjs", "--project"])
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .output()
        .expect("node runs (the portal's build needs it too)");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("JSON from --project")
}

fn close(a: f64, b: &Value) -> bool {
    (a - b.as_f64().unwrap()).abs() < 1e-9
}

#[test]
fn projection_agrees_with_the_geometry_script() {
    let node = node_projection();
    let m = &node["map"];
    for (value, key) in [
        (map::WIDTH, "width"),
        (map::PARALLEL, "parallel"),
        (map::WEST, "west"),
        (map::EAST, "east"),
        (map::NORTH, "north"),
        (map::SOUTH, "south"),
    ] {
        assert!(close(value, &m[key]), "{key}: {value} vs {}", m[key]);
    }
    let d = &m["detail"];
    for (value, key) in [
        (map::DETAIL.west, "west"),
        (map::DETAIL.east, "east"),
        (map::DETAIL.north, "north"),
        (map::DETAIL.south, "south"),
        (map::DETAIL.x, "x"),
        (map::DETAIL.y, "y"),
        (map::DETAIL.width, "width"),
    ] {
        assert!(close(value, &d[key]), "detail.{key}");
    }
    assert!(close(map::scale(), &node["scale"]));
    assert!(close(map::height(), &node["height"]));
    assert!(close(map::detail_zoom(), &node["detail"]["zoom"]));
    let rect = map::detail_rect();
    assert!(close(rect.height, &node["detail"]["rect"]["height"]));

    let c = catalog();
    let parks = node["parks"].as_object().unwrap();
    assert_eq!(parks.len(), c.data().parks.len());
    for park in &c.data().parks {
        let expected = &parks[&park.id];
        let p = map::project(park.location);
        assert!(
            close(p.x, &expected["main"][0]) && close(p.y, &expected["main"][1]),
            "{}: {p:?} vs {}",
            park.id,
            expected["main"]
        );
        let q = map::to_detail(p);
        assert!(close(q.x, &expected["detail"][0]) && close(q.y, &expected["detail"][1]));
    }
}

#[test]
fn every_park_is_inside_the_map_and_eastern_china_in_the_panel() {
    let c = catalog();
    let bounds = map::Rect {
        x: 0.0,
        y: 0.0,
        width: map::WIDTH,
        height: map::height(),
    };
    for park in &c.data().parks {
        assert!(bounds.contains(map::project(park.location)), "{}", park.id);
    }
    let in_panel: Vec<&str> = c
        .data()
        .parks
        .iter()
        .filter(|p| map::in_detail(p.location))
        .map(|p| p.id.as_str())
        .collect();
    for id in [
        "jiangning-development-zone",
        "zhangjiang-hi-tech-park",
        "qingdao-hi-tech-zone",
        "shenfu-demonstration-zone",
    ] {
        assert!(in_panel.contains(&id), "{id} is in the panel");
    }
    assert!(!in_panel.contains(&"sophia-antipolis"));
    let panel = map::detail_rect();
    for park in c.data().parks.iter().filter(|p| map::in_detail(p.location)) {
        assert!(panel.contains(map::to_detail(map::project(park.location))));
    }
}

/// Lines as sorted pairs of park ids, for comparison.
fn pairs(c: &Catalog) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = map::links(c)
        .iter()
        .map(|l| {
            let (a, b) = l.parks;
            if a < b {
                (a.to_string(), b.to_string())
            } else {
                (b.to_string(), a.to_string())
            }
        })
        .collect();
    pairs.sort();
    pairs
}

#[test]
fn lines_join_the_parks_of_each_agreement() {
    let c = catalog();
    let links = map::links(&c);
    let pairs = pairs(&c);
    let has = |a: &str, b: &str| pairs.contains(&(a.min(b).to_string(), a.max(b).to_string()));
    // Two parks named as parties.
    assert!(has("sophia-antipolis", "chengdu-hi-tech-zone"));
    // An organisation stands for its park: the Fondation Sophia Antipolis for Sophia Antipolis.
    assert!(has("sophia-antipolis", "jiangning-development-zone"));
    assert!(has("sophia-antipolis", "qingdao-hi-tech-zone"));
    // The 2017 declaration joins each pair of its five parks.
    assert!(has("chengdu-hi-tech-zone", "xian-hi-tech-zone"));
    assert!(has(
        "zhangjiang-hi-tech-park",
        "shenzhen-science-technology-industrial-park"
    ));
    // An organisation with no park draws nothing: EUPIC–Qingdao, Shenfu–AIFC.
    let shenfu = "shenfu-demonstration-zone";
    assert!(!pairs.iter().any(|(a, b)| a == shenfu || b == shenfu));
    assert!(!links
        .iter()
        .any(|l| l.agreements.contains(&"eupic-qingdao-exchange-platform")));
    // Every pair once; 10 pairs from the declaration, plus Sophia with Jiangning and Qingdao.
    let mut unique = pairs.clone();
    unique.dedup();
    assert_eq!(unique.len(), pairs.len());
    assert_eq!(pairs.len(), 12);
    // Sophia–Chengdu carries the two 2016 agreements and the declaration, so it is not "multilateral only".
    let sc = links
        .iter()
        .find(|l| {
            l.parks == ("sophia-antipolis", "chengdu-hi-tech-zone")
                || l.parks == ("chengdu-hi-tech-zone", "sophia-antipolis")
        })
        .unwrap();
    assert_eq!(sc.agreements.len(), 3);
    assert!(!sc.multilateral);
    // A pair that only the declaration joins is drawn as multilateral.
    let xs = links
        .iter()
        .find(|l| {
            l.parks
                == (
                    "xian-hi-tech-zone",
                    "shenzhen-science-technology-industrial-park",
                )
                || l.parks
                    == (
                        "shenzhen-science-technology-industrial-park",
                        "xian-hi-tech-zone",
                    )
        })
        .unwrap();
    assert!(xs.multilateral);
}

#[test]
fn every_drawn_agreement_and_every_park_is_in_the_list() {
    let c = catalog();
    for link in map::links(&c) {
        for agreement in &link.agreements {
            for park in [link.parks.0, link.parks.1] {
                assert!(
                    c.agreements_of_park(park)
                        .iter()
                        .any(|a| &a.id == agreement),
                    "{agreement} is listed under {park}"
                );
            }
        }
    }
    // The list keeps what the map cannot draw: Shenfu's agreement with the AIFC.
    let shenfu = c.agreements_of_park("shenfu-demonstration-zone");
    assert_eq!(shenfu.len(), 1);
    let partners = c.partners_in(shenfu[0], "shenfu-demonstration-zone");
    assert_eq!(partners, vec![&Party::Organisation("aifc".into())]);
    // Seen from Jiangning, the partner is the Fondation Sophia Antipolis itself.
    let jiangning = c.agreements_of_park("jiangning-development-zone");
    assert!(jiangning
        .iter()
        .any(|a| c.partners_in(a, "jiangning-development-zone")
            == vec![&Party::Organisation("fondation-sophia-antipolis".into())]));
}

#[test]
fn labels_do_not_overlap_and_stay_in_their_panel_in_every_language() {
    let c = catalog();
    let panel = map::detail_rect();
    let main = map::Rect {
        x: 0.0,
        y: 0.0,
        width: map::WIDTH,
        height: map::height(),
    };
    for locale in Locale::ALL {
        let parks = map::place_parks(&c.data().parks, locale);
        assert_eq!(parks.len(), c.data().parks.len());
        for (i, a) in parks.iter().enumerate() {
            let b = &a.label.bounds;
            let inside = |r: &map::Rect| {
                b.x >= r.x && b.right() <= r.right() && b.y >= r.y && b.bottom() <= r.bottom()
            };
            if a.in_detail {
                assert!(
                    inside(&panel),
                    "{locale:?} {} label leaves the panel",
                    a.park.id
                );
            } else {
                assert!(
                    inside(&main),
                    "{locale:?} {} label leaves the map",
                    a.park.id
                );
                assert_eq!(
                    b.overlap(&panel),
                    0.0,
                    "{locale:?} {} label under the panel",
                    a.park.id
                );
            }
            for other in parks.iter().filter(|o| o.park.id != a.park.id) {
                assert_eq!(
                    b.overlap(&map::marker_box(other.marker)),
                    0.0,
                    "{locale:?}: the label of {} covers {}'s marker",
                    a.park.id,
                    other.park.id
                );
            }
            for other in &parks[i + 1..] {
                assert_eq!(
                    b.overlap(&other.label.bounds),
                    0.0,
                    "{locale:?}: labels of {} and {} overlap",
                    a.park.id,
                    other.park.id
                );
                let d = ((a.marker.x - other.marker.x).powi(2)
                    + (a.marker.y - other.marker.y).powi(2))
                .sqrt();
                assert!(
                    d > 2.0 * map::MARKER_RADIUS + 4.0,
                    "markers of {} and {} touch",
                    a.park.id,
                    other.park.id
                );
            }
        }
        // Markers in keyboard order: the main map west to east, then the panel north to south.
        let main_x: Vec<f64> = parks
            .iter()
            .filter(|p| !p.in_detail)
            .map(|p| p.main.x)
            .collect();
        assert!(main_x.windows(2).all(|w| w[0] <= w[1]));
        let first_detail = parks.iter().position(|p| p.in_detail).unwrap();
        assert!(parks[first_detail..].iter().all(|p| p.in_detail));
    }
}

#[test]
fn short_labels_name_the_park_or_its_city() {
    let c = catalog();
    let sophia = c.park("sophia-antipolis").unwrap();
    assert_eq!(
        map::short_label(sophia, Locale::En, 175.0),
        "Sophia Antipolis"
    );
    assert_eq!(map::short_label(sophia, Locale::Zh, 175.0), sophia.name.zh);
    assert_eq!(map::short_label(sophia, Locale::En, 0.0), "Valbonne");
    let chengdu = c.park("chengdu-hi-tech-zone").unwrap();
    assert_eq!(map::short_label(chengdu, Locale::Fr, 175.0), "Chengdu");
    assert_eq!(map::short_label(chengdu, Locale::Zh, 175.0), "成都");
    // In the panel, cities only.
    for locale in Locale::ALL {
        for p in map::place_parks(&c.data().parks, locale) {
            if p.in_detail {
                assert_eq!(p.label.text, p.park.city.get(locale));
            }
        }
    }
}

#[test]
fn tips_show_the_whole_name_beside_the_marker_and_hide_no_marker_nor_label() {
    let c = catalog();
    for locale in Locale::ALL {
        let parks = map::place_parks(&c.data().parks, locale);
        for p in &parks {
            let obstacles = map::tip_obstacles(&parks);
            let name = p.park.name.get(locale);
            let own = map::marker_box(p.marker);
            let tip = map::tip(name, own, &obstacles);
            let joined = if locale == Locale::Zh {
                tip.lines.concat()
            } else {
                tip.lines.join(" ")
            };
            assert_eq!(joined, name);
            assert!(tip.lines.len() <= 3, "{name}");
            // Beside its marker: within 16 units of the marker's tap area.
            let near = map::Rect {
                x: own.x - 16.0,
                y: own.y - 16.0,
                width: own.width + 32.0,
                height: own.height + 32.0,
            };
            assert!(tip.bounds.overlap(&near) > 0.0, "{name}: {:?}", tip.bounds);
            assert_eq!(tip.bounds.overlap(&own), 0.0, "{name} covers its marker");
            for other in &parks {
                let covered = tip.bounds.overlap(&map::dot_box(other.marker));
                assert_eq!(
                    covered, 0.0,
                    "{locale:?} {name} covers {}'s marker",
                    other.park.id
                );
                // Its own label too: the visitor who focused it still reads it.
                let covered = tip.bounds.overlap(&other.label.bounds);
                assert_eq!(
                    covered, 0.0,
                    "{locale:?} {name} covers {}'s label",
                    other.park.id
                );
            }
        }
    }
}

#[test]
fn each_drawn_agreement_is_one_line_and_its_caption_hides_no_park() {
    let c = catalog();
    let parks = map::place_parks(&c.data().parks, Locale::En);
    let lines = map::agreement_lines(&c, &parks);
    let ids: Vec<&str> = lines.iter().map(|l| l.agreement.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "sophia-chengdu-sister-parks-2016",
            "sophia-antipolis-china-innovation-center-agreement-2016",
            "fsa-jiangning-strategic-cooperation",
            "chengdu-technology-parks-declaration-2017",
            "fsa-qingdao-cooperation",
        ],
        "dataset order; EUPIC–Qingdao and Shenfu–AIFC have one park only"
    );
    // The declaration joins each pair of its five parks, dashed.
    let declaration = &lines[3];
    assert_eq!(declaration.curves.len(), 10);
    assert_eq!(declaration.parks.len(), 5);
    assert!(declaration.multilateral && !lines[0].multilateral);
    // The three agreements between Sophia Antipolis and Chengdu fan out: their
    // middles are farther apart than a line's tap band is wide.
    let middle = |[a, k, b]: [Point; 3]| Point {
        x: (a.x + 2.0 * k.x + b.x) / 4.0,
        y: (a.y + 2.0 * k.y + b.y) / 4.0,
    };
    let sophia_chengdu: Vec<Point> = lines
        .iter()
        .flat_map(|l| &l.curves)
        .filter(|curve| {
            let ends = [curve.main[0], curve.main[2]];
            let at = |id: &str| parks.iter().find(|p| p.park.id == id).unwrap().main;
            ends.contains(&at("sophia-antipolis")) && ends.contains(&at("chengdu-hi-tech-zone"))
        })
        .map(|curve| middle(curve.main))
        .collect();
    assert_eq!(sophia_chengdu.len(), 3);
    for (i, a) in sophia_chengdu.iter().enumerate() {
        for b in &sophia_chengdu[i + 1..] {
            let d = ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt();
            assert!(d > map::LINE_HIT_WIDTH, "{d}");
        }
    }
    // A curve that reaches the panel is drawn there too.
    let jiangning = &lines[2];
    assert!(jiangning.curves[0].detail.is_some());
    assert!(lines[0].curves[0].detail.is_none());
    for locale in Locale::ALL {
        let parks = map::place_parks(&c.data().parks, locale);
        let obstacles = map::tip_obstacles(&parks);
        for line in map::agreement_lines(&c, &parks) {
            let title = line.agreement.title.get(locale);
            let tip = map::tip(title, map::anchor_box(line.anchor), &obstacles);
            for o in &obstacles {
                assert_eq!(
                    tip.bounds.overlap(o),
                    0.0,
                    "{locale:?} {title}: {:?} covers {o:?}",
                    tip.bounds
                );
            }
        }
    }
}

#[test]
fn the_map_says_which_agreements_it_cannot_draw_and_why() {
    let c = catalog();
    let undrawn = map::undrawn(&c);
    let found: Vec<(&str, Vec<&Party>)> = undrawn
        .iter()
        .map(|u| (u.agreement.id.as_str(), u.without_park.clone()))
        .collect();
    // EUPIC is an organisation that the sources place in no park (the article
    // on Qingdao does not even name its city): its line would have no end.
    assert_eq!(
        found,
        [
            (
                "eupic-qingdao-exchange-platform",
                vec![&Party::Organisation(
                    "chengdu-eu-project-innovation-center".into()
                )]
            ),
            (
                "shenfu-aifc-cooperation-intention-2025",
                vec![&Party::Organisation("aifc".into())]
            ),
        ]
    );
    let parks = map::place_parks(&c.data().parks, Locale::Fr);
    let drawn = map::agreement_lines(&c, &parks);
    assert_eq!(drawn.len() + undrawn.len(), c.data().agreements.len());
}

#[test]
fn markers_take_taps_apart_and_a_phone_first_shows_china() {
    let c = catalog();
    for locale in Locale::ALL {
        let parks = map::place_parks(&c.data().parks, locale);
        for (i, a) in parks.iter().enumerate() {
            for b in &parks[i + 1..] {
                let d =
                    ((a.marker.x - b.marker.x).powi(2) + (a.marker.y - b.marker.y).powi(2)).sqrt();
                // A marker's tap area never reaches another marker.
                assert!(
                    d > map::HIT_RADIUS + map::MARKER_RADIUS + 2.0,
                    "{} and {}: {d}",
                    a.park.id,
                    b.park.id
                );
            }
        }
        // What a phone shows first: every park in China, its marker and its label.
        let first = map::WIDTH - map::NARROW_VIEW;
        for p in parks.iter().filter(|p| p.park.country == "CN") {
            let marker = map::marker_box(p.marker);
            assert!(marker.x >= first, "{locale:?} {}", p.park.id);
            assert!(p.label.bounds.x >= first, "{locale:?} {} label", p.park.id);
        }
    }
}
