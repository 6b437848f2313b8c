//! The map page's drawing, worked out in plain Rust: the projection, which
//! agreements become lines between which parks, where each park's marker and
//! label go, and the base geometry file's format. The page only turns this
//! into SVG; everything here is tested natively (`tests/map.rs`).
//!
//! The projection and the layout of the detail panel are the same as in
//! `scripts/map-geometry.mjs`, which draws the land and borders at build time;
//! the native tests compare the two.
//!
//! The map is a drawing `WIDTH` × [`height`] units: an equirectangular
//! projection of Eurasia, true to scale along the 40th parallel. The parks of
//! eastern China are too close together at that scale, so the area of
//! [`DETAIL`] is drawn again, enlarged, in a panel over the Pacific: the
//! markers of the parks in that area are in the panel, and small dots mark
//! them on the main map.

use serde::Deserialize;

use crate::data::model::{Agreement, Coordinates, Park, Party};
use crate::data::Catalog;
use crate::i18n::Locale;

/// Width of the drawing, in SVG user units.
pub const WIDTH: f64 = 1000.0;
/// The parallel along which the projection is true to scale.
pub const PARALLEL: f64 = 40.0;
pub const WEST: f64 = -12.0;
pub const EAST: f64 = 166.0;
pub const NORTH: f64 = 60.0;
pub const SOUTH: f64 = 6.0;

/// The enlarged area: its bounds in degrees, and the left, top and width of
/// its panel in drawing units (the height follows from the proportions).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DetailArea {
    pub west: f64,
    pub east: f64,
    pub north: f64,
    pub south: f64,
    pub x: f64,
    pub y: f64,
    pub width: f64,
}

/// Eastern China, from Nanjing and Shanghai to Shenyang.
pub const DETAIL: DetailArea = DetailArea {
    west: 112.6,
    east: 126.2,
    north: 44.2,
    south: 29.2,
    x: 792.0,
    y: 28.0,
    width: 200.0,
};

/// A point of the drawing, in user units, `y` downwards.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// An axis-aligned rectangle of the drawing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    pub fn right(&self) -> f64 {
        self.x + self.width
    }
    pub fn bottom(&self) -> f64 {
        self.y + self.height
    }
    pub fn contains(&self, p: Point) -> bool {
        p.x >= self.x && p.x <= self.right() && p.y >= self.y && p.y <= self.bottom()
    }
    /// The area two rectangles share (0 when they do not meet).
    pub fn overlap(&self, other: &Rect) -> f64 {
        let w = self.right().min(other.right()) - self.x.max(other.x);
        let h = self.bottom().min(other.bottom()) - self.y.max(other.y);
        if w > 0.0 && h > 0.0 {
            w * h
        } else {
            0.0
        }
    }
    /// The area of this rectangle outside `bounds`.
    fn outside(&self, bounds: &Rect) -> f64 {
        self.width * self.height - self.overlap(bounds)
    }
}

fn k() -> f64 {
    PARALLEL.to_radians().cos()
}

/// Drawing units per degree of latitude.
pub fn scale() -> f64 {
    WIDTH / ((EAST - WEST) * k())
}

/// Height of the drawing.
pub fn height() -> f64 {
    (NORTH - SOUTH) * scale()
}

/// A place on the main map.
pub fn project(c: Coordinates) -> Point {
    Point {
        x: (c.lon - WEST) * k() * scale(),
        y: (NORTH - c.lat) * scale(),
    }
}

/// The enlarged area as it appears on the main map.
pub fn detail_source() -> Rect {
    let a = project(Coordinates {
        lat: DETAIL.north,
        lon: DETAIL.west,
    });
    let b = project(Coordinates {
        lat: DETAIL.south,
        lon: DETAIL.east,
    });
    Rect {
        x: a.x,
        y: a.y,
        width: b.x - a.x,
        height: b.y - a.y,
    }
}

/// How much the panel enlarges its area.
pub fn detail_zoom() -> f64 {
    DETAIL.width / detail_source().width
}

/// The panel.
pub fn detail_rect() -> Rect {
    Rect {
        x: DETAIL.x,
        y: DETAIL.y,
        width: DETAIL.width,
        height: detail_source().height * detail_zoom(),
    }
}

/// A point of the main map → the same place in the panel.
pub fn to_detail(p: Point) -> Point {
    let source = detail_source();
    let zoom = detail_zoom();
    Point {
        x: DETAIL.x + (p.x - source.x) * zoom,
        y: DETAIL.y + (p.y - source.y) * zoom,
    }
}

/// Whether a place is drawn in the panel rather than on the main map.
pub fn in_detail(c: Coordinates) -> bool {
    c.lon >= DETAIL.west && c.lon <= DETAIL.east && c.lat >= DETAIL.south && c.lat <= DETAIL.north
}

/// The base map as `scripts/map-geometry.mjs` writes it: SVG path data in drawing units.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Geometry {
    pub width: f64,
    pub height: f64,
    pub land: String,
    pub borders: String,
    pub detail_land: String,
    pub detail_borders: String,
}

/// The base map's address under the site's base path.
pub fn geometry_path(base: &str) -> String {
    format!("{base}/map/geometry.json")
}

/// Reads the base map file; `None` when it is not one (or was drawn for another layout).
pub fn parse_geometry(text: &str) -> Option<Geometry> {
    let geometry: Geometry = serde_json::from_str(text).ok()?;
    let fits = (geometry.width - WIDTH).abs() < 0.01 && (geometry.height - height()).abs() < 0.01;
    fits.then_some(geometry)
}

// ------------------------------------------------------------ parks and links

/// The park an agreement's party stands for on the map: the park itself, or
/// the park an organisation belongs to. `None` for an organisation with no park.
pub fn park_of<'a>(catalog: &'a Catalog, party: &'a Party) -> Option<&'a str> {
    match party {
        Party::Park(id) => Some(id),
        Party::Organisation(id) => catalog.organisation(id)?.park.as_deref(),
    }
}

/// A line of the map: two parks and the agreements that bind them.
#[derive(Debug, Clone, PartialEq)]
pub struct Link<'a> {
    /// Park ids, in the order the first agreement names them.
    pub parks: (&'a str, &'a str),
    /// Agreement ids, in dataset order.
    pub agreements: Vec<&'a str>,
    /// Every agreement behind the line has more than two parties (a joint declaration).
    pub multilateral: bool,
}

/// The lines of the map: one per pair of parks that share an agreement, after
/// organisations are replaced by their parks. An agreement whose parties stand
/// for fewer than two parks draws nothing (it is still in the list).
pub fn links(catalog: &Catalog) -> Vec<Link<'_>> {
    let mut links: Vec<Link<'_>> = Vec::new();
    for agreement in &catalog.data().agreements {
        let mut parks: Vec<&str> = Vec::new();
        for party in &agreement.parties {
            if let Some(park) = park_of(catalog, party) {
                if !parks.contains(&park) && catalog.park(park).is_some() {
                    parks.push(park);
                }
            }
        }
        let multilateral = agreement.parties.len() > 2;
        for (i, a) in parks.iter().enumerate() {
            for b in &parks[i + 1..] {
                let same = |l: &Link<'_>| l.parks == (*a, *b) || l.parks == (*b, *a);
                match links.iter_mut().find(|l| same(l)) {
                    Some(link) => {
                        link.agreements.push(&agreement.id);
                        link.multilateral &= multilateral;
                    }
                    None => links.push(Link {
                        parks: (a, b),
                        agreements: vec![&agreement.id],
                        multilateral,
                    }),
                }
            }
        }
    }
    links
}

/// The agreements a park takes part in, itself or through an organisation based there.
pub fn agreements_of_park<'a>(catalog: &'a Catalog, park: &str) -> Vec<&'a Agreement> {
    catalog
        .data()
        .agreements
        .iter()
        .filter(|a| a.parties.iter().any(|p| park_of(catalog, p) == Some(park)))
        .collect()
}

/// The other parties of an agreement, seen from a park: everyone but the park
/// and its own organisations.
pub fn partners_in<'a>(catalog: &Catalog, agreement: &'a Agreement, park: &str) -> Vec<&'a Party> {
    agreement
        .parties
        .iter()
        .filter(|p| park_of(catalog, p) != Some(park))
        .collect()
}

/// A quadratic curve from `a` to `b`, bowed to the north like a flight path:
/// its start, control point and end.
pub fn arc(a: Point, b: Point) -> [Point; 3] {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let length = (dx * dx + dy * dy).sqrt();
    if length == 0.0 {
        return [a, a, b];
    }
    // The normal that points up the drawing (north); for a vertical line, to the east.
    let (mut nx, mut ny) = (dy / length, -dx / length);
    if ny > 0.0 || (ny == 0.0 && nx < 0.0) {
        nx = -nx;
        ny = -ny;
    }
    let bow = length * 0.18;
    let control = Point {
        x: (a.x + b.x) / 2.0 + nx * bow,
        y: (a.y + b.y) / 2.0 + ny * bow,
    };
    [a, control, b]
}

/// SVG path data of a curve from [`arc`].
pub fn arc_path([a, c, b]: [Point; 3]) -> String {
    format!(
        "M{} {}Q{} {} {} {}",
        num(a.x),
        num(a.y),
        num(c.x),
        num(c.y),
        num(b.x),
        num(b.y)
    )
}

/// A coordinate with one decimal, without a trailing `.0`.
pub fn num(v: f64) -> String {
    let s = format!("{:.1}", v);
    let s = s.strip_suffix(".0").unwrap_or(&s);
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

// ------------------------------------------------------------ text and labels

/// Font size of the labels beside the markers, in drawing units.
pub const LABEL_SIZE: f64 = 15.0;
/// Font size of the name shown on hover and focus.
pub const TIP_SIZE: f64 = 16.0;
/// Radius of a park marker.
pub const MARKER_RADIUS: f64 = 6.5;

fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

/// The width of a text in the system sans-serif at `size`, estimated from its
/// characters (Chinese characters are square; Latin letters about half as wide).
pub fn text_width(text: &str, size: f64) -> f64 {
    let ems: f64 = text
        .chars()
        .map(|c| {
            if is_wide(c) {
                1.0
            } else if c == ' ' {
                0.28
            } else if "iljtfrI.,:;’'()·-".contains(c) {
                0.33
            } else if "mwMW".contains(c) {
                0.85
            } else if c.is_uppercase() {
                0.66
            } else {
                0.56
            }
        })
        .sum();
    ems * size
}

/// A text cut into lines no wider than `max` at `size`: at spaces in
/// alphabetic text, between any two characters in Chinese.
pub fn wrap(text: &str, size: f64, max: f64) -> Vec<String> {
    // Words, each with whether a space came before it; a Chinese character is a word of its own.
    let mut words: Vec<(String, bool)> = Vec::new();
    let mut word = String::new();
    let mut space = false;
    for c in text.chars() {
        if c == ' ' {
            if !word.is_empty() {
                words.push((std::mem::take(&mut word), space));
            }
            space = true;
        } else if is_wide(c) && !"、，。）".contains(c) {
            if !word.is_empty() {
                words.push((std::mem::take(&mut word), space));
                space = false;
            }
            word.push(c);
        } else {
            word.push(c);
        }
    }
    if !word.is_empty() {
        words.push((word, space));
    }
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for (word, space) in words {
        let joiner = if line.is_empty() || !space { "" } else { " " };
        let candidate = format!("{line}{joiner}{word}");
        if !line.is_empty() && text_width(&candidate, size) > max {
            lines.push(std::mem::replace(&mut line, word));
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The label beside a marker: the park's name where it fits in `room` units
/// and is not a description of its city ("Sophia Antipolis"), otherwise its
/// city ("Chengdu").
pub fn short_label(park: &Park, locale: Locale, room: f64) -> String {
    let name = park.name.get(locale);
    let city = park.city.get(locale);
    if !name.contains(city) && text_width(name, LABEL_SIZE) <= room {
        name.to_string()
    } else {
        city.to_string()
    }
}

/// Where a label sits relative to its marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Right,
    Left,
    Above,
    Below,
    AboveRight,
    BelowRight,
    AboveLeft,
    BelowLeft,
}

impl Side {
    const ALL: [Side; 8] = [
        Side::Right,
        Side::Left,
        Side::Above,
        Side::Below,
        Side::AboveRight,
        Side::BelowRight,
        Side::AboveLeft,
        Side::BelowLeft,
    ];
}

/// A text of one line placed on the drawing: its box, and where its baseline
/// starts with which `text-anchor`.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub text: String,
    pub side: Side,
    pub bounds: Rect,
    /// Anchor point of the text (`x`, baseline `y`).
    pub at: Point,
    /// `start`, `middle` or `end`.
    pub anchor: &'static str,
}

fn label_at(text: &str, marker: Point, side: Side) -> Label {
    let w = text_width(text, LABEL_SIZE);
    let h = LABEL_SIZE * 1.25;
    let gap = MARKER_RADIUS + 4.0;
    let diagonal = MARKER_RADIUS * 0.7 + 2.0;
    let (x, y) = match side {
        Side::Right => (marker.x + gap, marker.y - h / 2.0),
        Side::Left => (marker.x - gap - w, marker.y - h / 2.0),
        Side::Above => (marker.x - w / 2.0, marker.y - gap - h),
        Side::Below => (marker.x - w / 2.0, marker.y + gap),
        Side::AboveRight => (marker.x + diagonal, marker.y - diagonal - h),
        Side::BelowRight => (marker.x + diagonal, marker.y + diagonal),
        Side::AboveLeft => (marker.x - diagonal - w, marker.y - diagonal - h),
        Side::BelowLeft => (marker.x - diagonal - w, marker.y + diagonal),
    };
    let bounds = Rect {
        x,
        y,
        width: w,
        height: h,
    };
    let (ax, anchor) = match side {
        Side::Right | Side::AboveRight | Side::BelowRight => (x, "start"),
        Side::Left | Side::AboveLeft | Side::BelowLeft => (x + w, "end"),
        Side::Above | Side::Below => (x + w / 2.0, "middle"),
    };
    Label {
        text: text.to_string(),
        side,
        bounds,
        at: Point {
            x: ax,
            y: y + h * 0.78,
        },
        anchor,
    }
}

fn marker_box(p: Point) -> Rect {
    let r = MARKER_RADIUS + 1.5;
    Rect {
        x: p.x - r,
        y: p.y - r,
        width: 2.0 * r,
        height: 2.0 * r,
    }
}

/// A park as the map draws it.
#[derive(Debug, Clone, PartialEq)]
pub struct MapPark<'a> {
    pub park: &'a Park,
    /// Its place on the main map.
    pub main: Point,
    /// Whether its marker is in the detail panel.
    pub in_detail: bool,
    /// Where its marker is: `main`, or its place in the panel.
    pub marker: Point,
    pub label: Label,
}

/// Every park with its marker and a label that keeps clear of the other
/// markers, the other labels and the panel edges, placed greedily (the panel's
/// parks first, as they have the least room). Parks are in keyboard order:
/// the main map from west to east, then the panel from north to south.
pub fn place_parks<'a>(parks: &'a [Park], locale: Locale) -> Vec<MapPark<'a>> {
    let main_bounds = Rect {
        x: 0.0,
        y: 0.0,
        width: WIDTH,
        height: height(),
    };
    let panel = detail_rect();
    let source = detail_source();
    let mut placed: Vec<MapPark<'a>> = parks
        .iter()
        .map(|park| {
            let main = project(park.location);
            let in_detail = in_detail(park.location);
            let marker = if in_detail { to_detail(main) } else { main };
            MapPark {
                park,
                main,
                in_detail,
                marker,
                label: label_at("", marker, Side::Right),
            }
        })
        .collect();
    placed.sort_by(|a, b| {
        (a.in_detail, a.in_detail.then_some(a.main.y), a.main.x)
            .partial_cmp(&(b.in_detail, b.in_detail.then_some(b.main.y), b.main.x))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let markers: Vec<Rect> = placed.iter().map(|p| marker_box(p.marker)).collect();
    // The small dots of the panel's parks on the main map, and the outline of their area.
    let mut obstacles: Vec<Rect> = markers.clone();
    obstacles.push(source);
    let mut labels: Vec<Rect> = Vec::new();
    let order: Vec<usize> = (0..placed.len())
        .filter(|&i| placed[i].in_detail)
        .chain((0..placed.len()).filter(|&i| !placed[i].in_detail))
        .collect();
    for i in order {
        // The crowded panel names cities only.
        let room = if placed[i].in_detail { 0.0 } else { 175.0 };
        let text = short_label(placed[i].park, locale, room);
        let (bounds, avoid_panel) = if placed[i].in_detail {
            (panel, false)
        } else {
            (main_bounds, true)
        };
        let own = markers[i];
        let cost = |label: &Label| {
            let b = &label.bounds;
            let mut cost = b.outside(&bounds) * 10.0;
            if avoid_panel {
                cost += b.overlap(&panel) * 10.0;
            }
            cost += obstacles
                .iter()
                .filter(|o| **o != own)
                .map(|o| b.overlap(o) * 4.0)
                .sum::<f64>();
            cost += labels.iter().map(|o| b.overlap(o) * 4.0).sum::<f64>();
            cost
        };
        let best = Side::ALL
            .iter()
            .map(|&side| label_at(&text, placed[i].marker, side))
            .enumerate()
            .min_by(|(ia, a), (ib, b)| {
                (cost(a), *ia)
                    .partial_cmp(&(cost(b), *ib))
                    .unwrap_or(std::cmp::Ordering::Equal)
            })
            .map(|(_, label)| label)
            .expect("eight sides");
        labels.push(best.bounds);
        placed[i].label = best;
    }
    placed
}

/// The name shown on hover and focus: the full name in lines, in a box above
/// the marker (below when there is no room), kept inside the drawing.
#[derive(Debug, Clone, PartialEq)]
pub struct Tip {
    pub lines: Vec<String>,
    pub bounds: Rect,
    /// `x` of the lines' start and the first baseline.
    pub at: Point,
    pub line_height: f64,
}

pub fn tip(name: &str, marker: Point) -> Tip {
    let lines = wrap(name, TIP_SIZE * 1.1, 250.0);
    let widest = lines
        .iter()
        .map(|l| text_width(l, TIP_SIZE * 1.1))
        .fold(0.0, f64::max);
    tip_box(lines, widest, marker)
}

/// The same tip for lines whose widest is `text_width` units, as the browser measured it.
pub fn tip_box(lines: Vec<String>, text_width: f64, marker: Point) -> Tip {
    let pad = 7.0;
    let line_height = TIP_SIZE * 1.3;
    let width = text_width + 2.0 * pad;
    let height = line_height * lines.len() as f64 + 2.0 * pad - (line_height - TIP_SIZE) + 2.0;
    let gap = MARKER_RADIUS + 6.0;
    let mut y = marker.y - gap - height;
    if y < 2.0 {
        y = marker.y + gap;
    }
    let x = (marker.x - width / 2.0).clamp(2.0, (WIDTH - 2.0 - width).max(2.0));
    Tip {
        bounds: Rect {
            x,
            y,
            width,
            height,
        },
        at: Point {
            x: x + pad,
            y: y + pad + TIP_SIZE * 0.85,
        },
        line_height,
        lines,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_corners_of_the_map_are_its_bounds() {
        let nw = project(Coordinates {
            lat: NORTH,
            lon: WEST,
        });
        let se = project(Coordinates {
            lat: SOUTH,
            lon: EAST,
        });
        assert!(nw.x.abs() < 1e-9 && nw.y.abs() < 1e-9);
        assert!((se.x - WIDTH).abs() < 1e-9 && (se.y - height()).abs() < 1e-9);
    }

    #[test]
    fn the_panel_maps_its_area_onto_itself() {
        let source = detail_source();
        let panel = detail_rect();
        let a = to_detail(Point {
            x: source.x,
            y: source.y,
        });
        let b = to_detail(Point {
            x: source.right(),
            y: source.bottom(),
        });
        assert!((a.x - panel.x).abs() < 1e-9 && (a.y - panel.y).abs() < 1e-9);
        assert!((b.x - panel.right()).abs() < 1e-9 && (b.y - panel.bottom()).abs() < 1e-9);
        assert!(panel.bottom() <= height(), "the panel fits in the drawing");
        assert!(panel.x > source.right(), "the panel is beside its area");
    }

    #[test]
    fn arcs_bow_north() {
        let [_, c, _] = arc(Point { x: 0.0, y: 100.0 }, Point { x: 200.0, y: 100.0 });
        assert!(c.y < 100.0 && (c.x - 100.0).abs() < 1e-9);
        let [_, c, _] = arc(Point { x: 200.0, y: 100.0 }, Point { x: 0.0, y: 120.0 });
        assert!(c.y < 110.0);
    }

    #[test]
    fn numbers_are_short() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.04), "12");
        assert_eq!(num(-0.01), "0");
        assert_eq!(num(3.25), "3.2");
        assert_eq!(arc_path([Point { x: 1.0, y: 2.0 }; 3]), "M1 2Q1 2 1 2");
    }

    #[test]
    fn text_wraps_at_spaces_and_between_chinese_characters() {
        let lines = wrap(
            "Zone nationale de développement industriel de haute technologie de Qingdao",
            16.0,
            250.0,
        );
        assert!(lines.len() >= 2);
        assert!(lines.iter().all(|l| text_width(l, 16.0) <= 250.0));
        assert_eq!(
            lines.join(" "),
            "Zone nationale de développement industriel de haute technologie de Qingdao"
        );
        let zh = wrap("中国（成都）高新技术产业开发区示范区域园区", 16.0, 100.0);
        assert!(zh.len() > 1 && zh.iter().all(|l| !l.contains(' ')));
        assert_eq!(zh.concat(), "中国（成都）高新技术产业开发区示范区域园区");
        assert_eq!(
            wrap("Sophia Antipolis", 16.0, 250.0),
            vec!["Sophia Antipolis"]
        );
        assert_eq!(
            wrap("索菲亚·安蒂波利斯科技园", 16.0, 500.0),
            vec!["索菲亚·安蒂波利斯科技园"]
        );
    }

    #[test]
    fn tips_stay_inside_the_drawing() {
        for marker in [
            Point { x: 3.0, y: 3.0 },
            Point { x: 997.0, y: 200.0 },
            Point {
                x: 500.0,
                y: height() - 3.0,
            },
        ] {
            let t = tip("Parc scientifique de Barcelone et de sa région", marker);
            assert!(t.bounds.x >= 0.0 && t.bounds.right() <= WIDTH, "{t:?}");
            assert!(t.bounds.y >= 0.0, "{t:?}");
            assert!(
                !t.bounds.contains(marker),
                "the tip does not hide its marker"
            );
        }
    }

    #[test]
    fn geometry_of_another_layout_is_refused() {
        let ok = format!(
            r#"{{"width":1000,"height":{},"land":"M0 0","borders":"","detail_land":"","detail_borders":"","attribution":"x"}}"#,
            height()
        );
        assert!(parse_geometry(&ok).is_some());
        assert!(parse_geometry(&ok.replace("1000", "900")).is_none());
        assert!(parse_geometry("<html>").is_none());
        assert_eq!(geometry_path("/portal"), "/portal/map/geometry.json");
    }
}
