//! The map's links: a line per agreement and a marker per park, and which
//! of them an event comes from.

use leptos::prelude::*;
use portal_core::map::{self, AgreementLine, MapPark};
use portal_core::{Key, Locale, Route};
use wasm_bindgen::JsCast;

use super::Spot;
use crate::context::href;

/// Which copy of an agreement's line is drawn. The visible line lies under
/// the markers (SVG paints in document order), but the Tab order follows the
/// document too: so the line a keyboard reaches is a second copy, after the
/// markers, that only draws the focus ring; parks come first in Tab order,
/// then agreements.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum LineCopy {
    /// The line as seen, under the markers: it takes the pointer, out of the
    /// Tab order and hidden from assistive technology.
    Drawn,
    /// The same in the enlarged panel.
    Panel,
    /// After the markers: the link that Tab and assistive technology reach,
    /// named after the agreement; the pointer passes through it.
    Keyboard,
}

/// A line of the map: a link to its agreement with, around each curve, a
/// wide band that takes taps (drawn copies) or the focus ring (keyboard copy).
pub(super) fn line_view(
    line: &AgreementLine<'_>,
    l: Locale,
    active: RwSignal<Option<Spot>>,
    copy: LineCopy,
) -> AnyView {
    let id = line.agreement.id.clone();
    let parks: Vec<String> = line.parks.iter().map(|p| p.to_string()).collect();
    // It stands out when it or one of its parks is pointed at, and fades when another is.
    let state = {
        let id = id.clone();
        move || {
            let on = match active.get()? {
                Spot::Agreement(a) => a == id,
                Spot::Park(p) => parks.contains(&p),
            };
            Some(if on { "on" } else { "off" })
        }
    };
    let class = if line.multilateral {
        "map-link map-link--declaration"
    } else {
        "map-link"
    };
    let curves = line
        .curves
        .iter()
        .filter_map(|c| match copy {
            LineCopy::Panel => c.detail,
            LineCopy::Drawn | LineCopy::Keyboard => Some(c.main),
        })
        .map(|curve| {
            let d = map::arc_path(curve);
            match copy {
                LineCopy::Keyboard => view! { <path class="map-line__focus" d=d/> }.into_any(),
                LineCopy::Drawn | LineCopy::Panel => view! {
                    <path class="map-line__hit" d=d.clone()/>
                    <path class=class d=d/>
                }
                .into_any(),
            }
        })
        .collect_view();
    let keyboard = copy == LineCopy::Keyboard;
    // In a `<g>`: the view then creates the link in the SVG namespace.
    view! {
        <g><a href=href(&Route::Agreement(id.clone()), l) class="map-line" class:map-line--keyboard=keyboard
            data-agreement=id data-state=state
            aria-label=keyboard.then(|| line.agreement.title.get(l).to_string())
            tabindex=(!keyboard).then_some("-1") aria-hidden=(!keyboard).then_some("true")>
            {curves}
        </a></g>
    }
    .into_any()
}

/// The marker or line an event comes from.
pub(super) fn spot_at(target: Option<web_sys::EventTarget>) -> Option<Spot> {
    let link = target?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("a")
        .ok()??;
    match link.get_attribute("data-park") {
        Some(id) => Some(Spot::Park(id)),
        None => link.get_attribute("data-agreement").map(Spot::Agreement),
    }
}

/// A park's marker: a link to its page, with a short label, and its full name
/// shown beside it on hover and focus. Its tap area is a circle of
/// [`map::HIT_RADIUS`] around the dot, with the label. It stands out when it
/// or one of `agreements` (the lines that join it) is pointed at.
pub(super) fn marker(
    p: &MapPark<'_>,
    l: Locale,
    active: RwSignal<Option<Spot>>,
    agreements: Vec<String>,
) -> AnyView {
    let id = p.park.id.clone();
    let on = move || match active.get() {
        Some(Spot::Park(a)) => a == id,
        Some(Spot::Agreement(a)) => agreements.contains(&a),
        None => false,
    };
    let label = &p.label;
    let (x, y) = (map::num(p.marker.x), map::num(p.marker.y));
    // In a `<g>`: the view then creates the link in the SVG namespace.
    view! {
        <g><a href=href(&Route::Park(p.park.id.clone()), l) class="map-park" class:map-park--detail=p.in_detail class:map-park--on=on
            data-park=p.park.id.clone() aria-label=marker_name(&label.text, p.park.name.get(l), l)>
            <circle class="map-park__halo" cx=x.clone() cy=y.clone() r=map::num(map::HIT_RADIUS)/>
            <circle class="map-park__dot" cx=x cy=y r=map::num(map::MARKER_RADIUS)/>
            <text class="map-park__label" x=map::num(label.at.x) y=map::num(label.at.y) text-anchor=label.anchor aria-hidden="true">
                {label.text.clone()}
            </text>
        </a></g>
    }
    .into_any()
}

/// What a marker is called for assistive technology: the park's name, after
/// the visible label when that is the city, so that a visitor who speaks the
/// label they see (voice control) names the marker (WCAG 2.5.3).
fn marker_name(label: &str, name: &str, l: Locale) -> String {
    if name.contains(label) {
        name.to_string()
    } else {
        l.format(Key::MapMarkerName, &[("label", label), ("name", name)])
    }
}
