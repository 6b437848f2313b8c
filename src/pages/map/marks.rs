//! The map's links: a line per agreement and a marker per park, and which
//! of them an event comes from.

use leptos::prelude::*;
use portal_core::map::{self, AgreementLine, MapPark};
use portal_core::{Key, Locale, Route};
use wasm_bindgen::JsCast;

use super::Spot;
use crate::context::href;

/// A line of the map: a link to its agreement, named after it, with a wide
/// band around each curve that takes taps. In the panel (`detail`) it is a
/// copy for the pointer, out of the Tab order and hidden from assistive
/// technology like the rest of the panel.
pub(super) fn line_view(
    line: &AgreementLine<'_>,
    l: Locale,
    active: RwSignal<Option<Spot>>,
    detail: bool,
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
        .filter_map(|c| if detail { c.detail } else { Some(c.main) })
        .map(|curve| {
            let d = map::arc_path(curve);
            view! {
                <path class="map-line__hit" d=d.clone()/>
                <path class=class d=d/>
            }
        })
        .collect_view();
    // In a `<g>`: the view then creates the link in the SVG namespace.
    view! {
        <g><a href=href(&Route::Agreement(id.clone()), l) class="map-line" data-agreement=id data-state=state
            aria-label=(!detail).then(|| line.agreement.title.get(l).to_string())
            tabindex=detail.then_some("-1") aria-hidden=detail.then_some("true")>
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
