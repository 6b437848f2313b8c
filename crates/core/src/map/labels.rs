//! Text on the map: how wide a label is, where each park's label goes so
//! that none hides another, and the box of the name shown on hover and focus.

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
    crate::ordering::sort_by(&mut placed, |a, b| {
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
