//! The agreements as the map draws them: each agreement is one line (a curve
//! per pair of its parks) that can be focused and followed to the agreement's
//! page, with the point its caption names; and the agreements the map cannot
//! draw, with the party that has no place on it.

use super::{arc, detail_source, links, to_detail, MapPark, Point, Rect};
use crate::model::{Agreement, Party};
use crate::Catalog;

/// How far a line bows north, as a share of its length.
pub const BOW: f64 = 0.18;
/// How far apart the lines of several agreements between the same two parks
/// fan out around [`BOW`]: far enough for each to take its own tap.
const FAN: f64 = 0.14;

/// A curve of an agreement's line: on the main map, and again in the panel
/// when one of its parks is drawn there.
#[derive(Debug, Clone, PartialEq)]
pub struct Curve {
    pub main: [Point; 3],
    pub detail: Option<[Point; 3]>,
}

/// An agreement drawn on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreementLine<'a> {
    pub agreement: &'a Agreement,
    /// One curve per pair of the agreement's parks.
    pub curves: Vec<Curve>,
    /// The parks it joins (a line stands out when one of them is pointed at).
    pub parks: Vec<&'a str>,
    /// More than two parties (a joint declaration): drawn dashed.
    pub multilateral: bool,
    /// Where its caption points: the middle of its first curve, in the panel
    /// when that is in the panel's area.
    pub anchor: Point,
}

/// The point halfway along a curve from [`arc`].
fn halfway([a, c, b]: [Point; 3]) -> Point {
    Point {
        x: (a.x + 2.0 * c.x + b.x) / 4.0,
        y: (a.y + 2.0 * c.y + b.y) / 4.0,
    }
}

/// The agreements that join two parks or more, in dataset order, each with
/// its curves between the markers of `parks`. Where several agreements join
/// the same two parks, their curves fan out from one another.
pub fn agreement_lines<'a>(catalog: &'a Catalog, parks: &[MapPark<'_>]) -> Vec<AgreementLine<'a>> {
    let place = |id: &str| parks.iter().find(|p| p.park.id == id);
    let mut lines: Vec<AgreementLine<'a>> = Vec::new();
    for link in links(catalog) {
        let (Some(a), Some(b)) = (place(link.parks.0), place(link.parks.1)) else {
            continue;
        };
        let n = link.agreements.len() as f64;
        for (k, id) in link.agreements.iter().enumerate() {
            let Some(agreement) = catalog.agreement(id) else {
                continue;
            };
            let main = arc(a.main, b.main, BOW + (k as f64 - (n - 1.0) / 2.0) * FAN);
            let curve = Curve {
                main,
                detail: (a.in_detail || b.in_detail).then(|| main.map(to_detail)),
            };
            let i = match lines.iter().position(|l| l.agreement.id == agreement.id) {
                Some(i) => i,
                None => {
                    let middle = halfway(main);
                    lines.push(AgreementLine {
                        agreement,
                        curves: Vec::new(),
                        parks: Vec::new(),
                        multilateral: agreement.parties.len() > 2,
                        anchor: if detail_source().contains(middle) {
                            to_detail(middle)
                        } else {
                            middle
                        },
                    });
                    lines.len() - 1
                }
            };
            let line = &mut lines[i];
            line.curves.push(curve);
            for park in [link.parks.0, link.parks.1] {
                if !line.parks.contains(&park) {
                    line.parks.push(park);
                }
            }
        }
    }
    let position = |a: &Agreement| catalog.data().agreements.iter().position(|b| b.id == a.id);
    crate::ordering::sort_by_key(&mut lines, |l| position(l.agreement));
    lines
}

/// The box a line's caption is placed beside: a little around its anchor.
pub fn anchor_box(p: Point) -> Rect {
    Rect {
        x: p.x - 6.0,
        y: p.y - 6.0,
        width: 12.0,
        height: 12.0,
    }
}

/// An agreement the map cannot draw, and why: its parties that stand for no
/// park (organisations that the sources place in none), so that fewer than
/// two of its parties have a place on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct Undrawn<'a> {
    pub agreement: &'a Agreement,
    pub without_park: Vec<&'a Party>,
}

/// The agreements that draw no line, in dataset order.
pub fn undrawn(catalog: &Catalog) -> Vec<Undrawn<'_>> {
    catalog
        .data()
        .agreements
        .iter()
        .filter(|a| catalog.parks_of_agreement(a).len() < 2)
        .map(|agreement| Undrawn {
            agreement,
            without_park: agreement
                .parties
                .iter()
                .filter(|p| catalog.park_of(p).is_none())
                .collect(),
        })
        .collect()
}
