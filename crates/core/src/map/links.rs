//! Which parks the map joins: an agreement's parties, each standing for its
//! park, and the curves drawn between them.

use super::{num, Point};
use crate::Catalog;

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
            if let Some(park) = catalog.park_of(party) {
                if !parks.contains(&park.id.as_str()) {
                    parks.push(&park.id);
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

/// A quadratic curve from `a` to `b`, bowed to the north like a flight path
/// by `bow` times its length (its control point's distance from the chord):
/// its start, control point and end.
pub fn arc(a: Point, b: Point, bow: f64) -> [Point; 3] {
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
    let bow = length * bow;
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
