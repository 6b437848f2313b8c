//! Text on the map: how wide a label is, where each park's label goes so
//! that none hides another marker or label, and where the name shown on hover
//! and focus goes so that it hides neither.

use super::{
    detail_rect, detail_source, height, in_detail, project, to_detail, Point, Rect, WIDTH,
};
use crate::i18n::Locale;
use crate::model::Park;

/// Font size of the labels beside the markers, in drawing units.
pub const LABEL_SIZE: f64 = 15.0;
/// Font size of the name shown on hover and focus.
pub const TIP_SIZE: f64 = 16.0;
/// Radius of a park marker.
pub const MARKER_RADIUS: f64 = 6.5;
/// Radius of the area around a marker that takes a tap or a click. The map is
/// never drawn narrower than 44rem (`style/map.css`), 0.704 px a unit, so
/// this is 25 px at the least: above WCAG 2.2's 24 × 24 px target size. Two
/// markers' areas do not meet (Chengdu and Xi'an, the closest, are 38 units apart).
pub const HIT_RADIUS: f64 = 18.0;
/// Width of the band around a line that takes a tap or a click, as [`HIT_RADIUS`].
pub const LINE_HIT_WIDTH: f64 = 2.0 * HIT_RADIUS;

/// The width of a text in the system sans-serif at `size`, estimated from its
/// characters (Chinese characters are square; Latin letters about half as wide).
pub fn text_width(text: &str, size: f64) -> f64 {
    let ems: f64 = text
        .chars()
        .map(|c| {
            if crate::text::is_wide(c) {
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
        } else if crate::text::is_wide(c) && !"、，。）".contains(c) {
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

/// A label `w` units wide beside `marker`, on `side`.
fn label_at(text: &str, w: f64, marker: Point, side: Side) -> Label {
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

/// A label centred above or below its marker, moved sideways as little as
/// makes it fit between the sides of `bounds` (if it is not wider); any
/// other label as it is.
fn within_sides(mut label: Label, bounds: &Rect) -> Label {
    let b = &label.bounds;
    if matches!(label.side, Side::Above | Side::Below) && b.width <= bounds.width {
        let x = b.x.max(bounds.x).min(bounds.right() - b.width);
        label.at.x += x - b.x;
        label.bounds.x = x;
    }
    label
}

/// The area of a marker that takes a tap: no label may cover another park's.
pub fn marker_box(p: Point) -> Rect {
    let r = HIT_RADIUS;
    Rect {
        x: p.x - r,
        y: p.y - r,
        width: 2.0 * r,
        height: 2.0 * r,
    }
}

/// Where the panel's title goes: above the panel, where the panel's crowded
/// parks leave it room (13 units high, at most 140 wide in any language).
pub fn panel_title_box() -> Rect {
    let panel = detail_rect();
    Rect {
        x: panel.x,
        y: panel.y - 22.0,
        width: 140.0,
        height: 20.0,
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
                label: label_at("", 0.0, marker, Side::Right),
            }
        })
        .collect();
    crate::ordering::sort_by(&mut placed, |a, b| {
        (a.in_detail, a.in_detail.then_some(a.main.y), a.main.x)
            .partial_cmp(&(b.in_detail, b.in_detail.then_some(b.main.y), b.main.x))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let markers: Vec<Rect> = placed.iter().map(|p| marker_box(p.marker)).collect();
    // The small dots of the panel's parks on the main map, the outline of
    // their area, and the panel's title.
    let mut obstacles: Vec<Rect> = markers.clone();
    obstacles.push(source);
    obstacles.push(panel_title_box());
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
        // Labels are drawn semi-bold with a halo of 2 units on each side
        // (`style/map.css`), and fonts differ between systems (DejaVu Sans,
        // where nothing else is installed, is among the widest): in the
        // panel, whose edges are close, a label's width is taken with a
        // margin, so that one kept inside stays inside.
        let width = if placed[i].in_detail {
            text_width(&text, LABEL_SIZE) * 1.2 + 4.0
        } else {
            text_width(&text, LABEL_SIZE)
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
        // Each side; above and below moved sideways into the bounds if
        // need be, for a name wider than the room on either side of its marker.
        let best = Side::ALL
            .iter()
            .map(|&side| within_sides(label_at(&text, width, placed[i].marker, side), &bounds))
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

/// What an element of the map is called on hover and focus: a park's whole
/// name, an agreement's title, in lines in a box beside it.
#[derive(Debug, Clone, PartialEq)]
pub struct Tip {
    pub lines: Vec<String>,
    pub bounds: Rect,
    /// `x` of the lines' start and the first baseline.
    pub at: Point,
    pub line_height: f64,
}

/// What a tip must not hide: every marker and every label, the label of the
/// park it names included (a visitor who focused a marker still reads what
/// it is called on the map).
pub fn tip_obstacles(parks: &[MapPark<'_>]) -> Vec<Rect> {
    let dots = parks.iter().map(|p| dot_box(p.marker));
    // A quarter wider on either side: fonts draw labels up to a quarter
    // wider than `text_width` estimates (DejaVu Sans, semi-bold).
    let labels = parks.iter().map(|p| {
        let b = p.label.bounds;
        Rect {
            x: b.x - b.width / 4.0,
            width: b.width * 1.5,
            ..b
        }
    });
    dots.chain(labels).collect()
}

/// The box of a marker's dot as drawn when it stands out, with its outline.
pub fn dot_box(p: Point) -> Rect {
    let r = MARKER_RADIUS + 3.5;
    Rect {
        x: p.x - r,
        y: p.y - r,
        width: 2.0 * r,
        height: 2.0 * r,
    }
}

/// The tip naming the element whose box is `anchor`, its width estimated;
/// see [`tip_box`].
pub fn tip(text: &str, anchor: Rect, obstacles: &[Rect]) -> Tip {
    let lines = wrap(text, TIP_SIZE * 1.1, 250.0);
    let widest = lines
        .iter()
        .map(|l| text_width(l, TIP_SIZE * 1.1))
        .fold(0.0, f64::max);
    tip_box(lines, widest, anchor, obstacles)
}

/// The tip for lines whose widest is `text_width` units (as the browser
/// measured it): beside `anchor`, above, below or to a side, wherever it
/// covers the least of `obstacles` (and never `anchor` itself), inside the drawing.
pub fn tip_box(lines: Vec<String>, text_width: f64, anchor: Rect, obstacles: &[Rect]) -> Tip {
    let pad = 7.0;
    let line_height = TIP_SIZE * 1.3;
    let w = text_width + 2.0 * pad;
    let h = line_height * lines.len() as f64 + 2.0 * pad - (line_height - TIP_SIZE) + 2.0;
    let gap = 3.0;
    let centre = anchor.x + anchor.width / 2.0;
    let (above, below) = (anchor.y - gap - h, anchor.bottom() + gap);
    let (left, right) = (anchor.x - gap - w, anchor.right() + gap);
    // Beside the anchor: above, below, to a side or diagonally, level with
    // it or a little further off; where the tip covers nothing, the nearest.
    let xs = [centre - w / 2.0, anchor.x, anchor.right() - w, right, left];
    let ys = [
        above,
        below,
        anchor.y + anchor.height / 2.0 - h / 2.0,
        anchor.y,
        anchor.bottom() - h,
        above - 12.0,
        below + 12.0,
    ];
    let cost = |b: &Rect| {
        let (dx, dy) = (
            b.x + b.width / 2.0 - centre,
            b.y + b.height / 2.0 - (anchor.y + anchor.height / 2.0),
        );
        b.overlap(&anchor) * 100.0
            + obstacles.iter().map(|o| b.overlap(o)).sum::<f64>()
            + (dx * dx + dy * dy).sqrt() * 0.01
    };
    let bounds = ys
        .iter()
        .flat_map(|&y| xs.iter().map(move |&x| (x, y)))
        // Kept inside the drawing with max/min rather than f64::clamp, which
        // panics when its bounds are in the wrong order (a label wider than
        // the room left for it).
        .map(|(x, y)| Rect {
            x: x.max(2.0).min((WIDTH - 2.0 - w).max(2.0)),
            y: y.max(2.0).min((height() - 2.0 - h).max(2.0)),
            width: w,
            height: h,
        })
        .map(|b| (cost(&b), b))
        .fold(None::<(f64, Rect)>, |best, (c, b)| match best {
            Some((bc, _)) if bc <= c => best,
            _ => Some((c, b)),
        })
        .map(|(_, b)| b)
        .expect("places to try");
    Tip {
        at: Point {
            x: bounds.x + pad,
            y: bounds.y + pad + TIP_SIZE * 0.85,
        },
        bounds,
        line_height,
        lines,
    }
}
