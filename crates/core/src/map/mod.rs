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

mod labels;
mod lines;
mod links;

use crate::model::Coordinates;

pub use labels::*;
pub use lines::*;
pub use links::*;

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

/// How much of the drawing a phone shows first, in drawing units from its
/// east edge: eastern China and the panel, where most parks are; Europe is a
/// swipe or a button away. `style/map.css` draws the map 52rem wide on narrow
/// screens, so that a 390 px phone's frame (350 px) shows this much, and
/// starts it scrolled to its east edge.
pub const NARROW_VIEW: f64 = 420.0;

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
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Geometry {
    pub width: f64,
    pub height: f64,
    pub land: String,
    pub borders: String,
    pub detail_land: String,
    pub detail_borders: String,
    /// Where the drawing comes from (the page names it in the interface's language).
    pub attribution: String,
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

/// A coordinate with one decimal, without a trailing `.0`.
pub fn num(v: f64) -> String {
    // In tenths, with integer arithmetic: one decimal at most, and the same
    // text in the browser and in the page files.
    let tenths = (v * 10.0).round() as i64;
    let (whole, tenth) = (tenths.abs() / 10, tenths.abs() % 10);
    let sign = if tenths < 0 { "-" } else { "" };
    if tenth == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{tenth}")
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
        let [_, c, _] = arc(
            Point { x: 0.0, y: 100.0 },
            Point { x: 200.0, y: 100.0 },
            BOW,
        );
        assert!(c.y < 100.0 && (c.x - 100.0).abs() < 1e-9);
        let [_, c, _] = arc(
            Point { x: 200.0, y: 100.0 },
            Point { x: 0.0, y: 120.0 },
            BOW,
        );
        assert!(c.y < 110.0);
    }

    #[test]
    fn numbers_are_short() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.04), "12");
        assert_eq!(num(-0.01), "0");
        // Halves round away from zero.
        assert_eq!(num(3.25), "3.3");
        assert_eq!(num(-3.25), "-3.3");
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
            let t = tip(
                "Parc scientifique de Barcelone et de sa région",
                marker_box(marker),
                &[],
            );
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
