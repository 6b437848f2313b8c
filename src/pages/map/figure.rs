//! The map's drawing: base map, one line per agreement, park markers with
//! their labels, and the tip that names the marker or line under the pointer
//! or the focus.
//!
//! Markers and lines are links (SVG `<a>`). Their pointer and focus events
//! are handled once, on the `<svg>`, for all of them: one set of handlers
//! keeps the wasm small.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use portal_core::map::{self, AgreementLine, Geometry, MapPark, Point, Rect};
use portal_core::{Catalog, Key, Locale, Route};
use wasm_bindgen::JsCast;

use super::Spot;
use crate::app::href;
use crate::components::record::{party_ref, record_link};
use crate::data::{GeometryFailure, MapBase};

type GeometryState = Option<Result<Arc<Geometry>, GeometryFailure>>;

/// What a tip says and where it goes, for one marker or line.
struct Named {
    spot: Spot,
    /// The park's whole name or the agreement's title, estimated in lines.
    estimated: map::Tip,
    /// What the tip is placed beside, and what it must not hide.
    anchor: Rect,
    obstacles: Vec<Rect>,
}

/// The map and its caption.
pub(super) fn map_figure(
    catalog: &Arc<Catalog>,
    l: Locale,
    map_base: MapBase,
    active: RwSignal<Option<Spot>>,
) -> AnyView {
    let geometry = map_base.0;
    let parks = map::place_parks(&catalog.data().parks, l);
    let lines = map::agreement_lines(catalog, &parks);
    let width = map::WIDTH;
    let height = map::height();
    let source = map::detail_source();
    let panel = map::detail_rect();

    // Newest first: where two lines share most of their way (Sophia Antipolis
    // to Nanjing and to Qingdao), the one drawn last takes the taps there, and
    // the newer one keeps a part of its own in the panel. Tab follows the
    // same order.
    let main_lines = lines
        .iter()
        .rev()
        .map(|line| line_view(line, l, active, false))
        .collect_view();
    let detail_lines = lines
        .iter()
        .rev()
        .filter(|line| line.curves.iter().any(|c| c.detail.is_some()))
        .map(|line| line_view(line, l, active, true))
        .collect_view();
    let dots = parks
        .iter()
        .filter(|p| p.in_detail)
        .map(|p| view! { <circle class="map-dot" cx=map::num(p.main.x) cy=map::num(p.main.y) r="2.6"/> })
        .collect_view();

    let line_obstacles = map::tip_obstacles(&parks, None);
    let named: Arc<Vec<Named>> = Arc::new(
        parks
            .iter()
            .enumerate()
            .map(|(i, p)| {
                (
                    Spot::Park(p.park.id.clone()),
                    p.park.name.get(l),
                    map::marker_box(p.marker),
                    map::tip_obstacles(&parks, Some(i)),
                )
            })
            .chain(lines.iter().map(|line| {
                (
                    Spot::Agreement(line.agreement.id.clone()),
                    line.agreement.title.get(l),
                    map::anchor_box(line.anchor),
                    line_obstacles.clone(),
                )
            }))
            .map(|(spot, text, anchor, obstacles)| Named {
                spot,
                estimated: map::tip(text, anchor, &obstacles),
                anchor,
                obstacles,
            })
            .collect(),
    );
    let markers = parks
        .iter()
        .map(|p| {
            let joined: Vec<String> = lines
                .iter()
                .filter(|line| line.parks.contains(&p.park.id.as_str()))
                .map(|line| line.agreement.id.clone())
                .collect();
            marker(p, l, active, joined)
        })
        .collect_view();

    // The tip's text as the browser measured it (what it names, width): the box is fitted to it.
    let measured = RwSignal::new(None::<(Spot, f64)>);
    Effect::new(move |_| {
        let Some(spot) = active.get() else {
            return;
        };
        request_animation_frame(move || {
            if let Some(width) = measure_tip() {
                if active.try_get_untracked().flatten().as_ref() == Some(&spot) {
                    measured.try_set(Some((spot, width)));
                }
            }
        });
    });
    // Escape hides the tip, wherever the focus is (WCAG 1.4.13: dismissible).
    #[cfg(target_arch = "wasm32")]
    {
        let escape = window_event_listener(leptos::ev::keydown, move |ev| {
            if ev.key() == "Escape" {
                active.try_set(None);
            }
        });
        on_cleanup(move || escape.remove());
    }
    let tip = move || {
        let spot = active.get()?;
        let named = named.iter().find(|n| n.spot == spot)?;
        let estimated = &named.estimated;
        let (tip, fitted) = match measured.get() {
            Some((s, width)) if s == spot => (
                map::tip_box(
                    estimated.lines.clone(),
                    width,
                    named.anchor,
                    &named.obstacles,
                ),
                true,
            ),
            _ => (estimated.clone(), false),
        };
        let lines = tip
            .lines
            .iter()
            .enumerate()
            .map(|(n, line)| {
                let y = map::num(tip.at.y + n as f64 * tip.line_height);
                view! { <tspan x=map::num(tip.at.x) y=y>{line.clone()}</tspan> }
            })
            .collect_view();
        Some(view! {
            <g class="map-tip" aria-hidden="true" data-fitted=fitted.then_some("")>
                <rect x=map::num(tip.bounds.x) y=map::num(tip.bounds.y)
                    width=map::num(tip.bounds.width) height=map::num(tip.bounds.height) rx="5"/>
                <text>{lines}</text>
            </g>
        })
    };

    let loaded = move || geometry.get().and_then(Result::ok);
    let base = move || {
        loaded().map(|g| {
            view! {
                <g class="map-base">
                    <path class="map-land" d=g.land.clone()/>
                    <path class="map-borders" d=g.borders.clone()/>
                </g>
            }
        })
    };
    let detail_base = move || {
        loaded().map(|g| {
            view! {
                <g class="map-base">
                    <path class="map-land" d=g.detail_land.clone()/>
                    <path class="map-borders" d=g.detail_borders.clone()/>
                </g>
            }
        })
    };
    let status = move || {
        let state: GeometryState = geometry.get();
        match state {
        None => Some(
            view! { <p class="map-status" role="status">{l.text(Key::MapLoading)}</p> }.into_any(),
        ),
        Some(Ok(_)) => None,
        Some(Err(error)) => Some(
            view! {
                <div class="map-status map-status--error" role="alert" data-state="map-error" data-error=format!("{error:?}")>
                    <p>{l.text(Key::MapError)}</p>
                    <button class="button" type="button" on:click=move |_| retry(map_base)>
                        {l.text(Key::MapRetry)}
                    </button>
                </div>
            }
            .into_any(),
        ),
    }
    };
    let summary = l.plural(Key::MapSummary, parks.len(), &[]);
    let view_box = format!("0 0 {} {}", map::num(width), map::num(height));
    let corner = |p: Point| (map::num(p.x), map::num(p.y));
    // The outline of the enlarged area and the two lines that join it to the panel.
    let (sx0, sy0) = corner(Point {
        x: source.right(),
        y: source.y,
    });
    let (sx1, sy1) = corner(Point {
        x: source.right(),
        y: source.bottom(),
    });
    let (px, py0) = corner(Point {
        x: panel.x,
        y: panel.y,
    });
    let py1 = map::num(panel.bottom());
    let title = map::panel_title_box();
    let detail_title = Point {
        x: title.x + 1.0,
        y: title.bottom() - 5.0,
    };

    let navigate = use_navigate();
    // leptos_router only intercepts clicks on HTML links: follow the SVG ones
    // here, the same way, so that the app does not reload.
    let on_click = move |ev: web_sys::MouseEvent| {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.ctrl_key()
            || ev.meta_key()
            || ev.shift_key()
            || ev.alt_key()
        {
            return;
        }
        let route = match spot_at(ev.target()) {
            Some(Spot::Park(id)) => Route::Park(id),
            Some(Spot::Agreement(id)) => Route::Agreement(id),
            None => return,
        };
        ev.prevent_default();
        navigate(&route.path(l), Default::default());
    };
    // Focus and pointer events can still arrive from an element whose page
    // has just been left (blur after a click): `try_` leaves a disposed signal alone.
    let show = move |target| {
        let spot = spot_at(target);
        if spot.is_some() && active.try_get_untracked().flatten() != spot {
            active.try_set(spot);
        }
    };
    let hide = move |target, to| {
        let spot = spot_at(target);
        if spot.is_some() && spot != spot_at(to) && active.try_get_untracked().flatten() == spot {
            active.try_set(None);
        }
    };

    view! {
        <figure class="map-figure">
            <div class="map-pan">
                <p class="map-swipe">{l.text(Key::MapSwipe)}</p>
                <button class="button" type="button" data-pan="west" on:click=pan>
                    <span aria-hidden="true">"← "</span>{l.text(Key::MapShowEurope)}
                </button>
                <button class="button" type="button" data-pan="east" on:click=pan>
                    {l.text(Key::MapShowChina)}<span aria-hidden="true">" →"</span>
                </button>
            </div>
            <div class="map-frame">
                <svg class="map" viewBox=view_box role="group" aria-label=l.text(Key::MapLabel)
                    aria-describedby="map-summary" preserveAspectRatio="xMidYMid meet"
                    on:click=on_click
                    on:focusin=move |ev| show(ev.target())
                    on:mouseover=move |ev| show(ev.target())
                    on:focusout=move |ev| hide(ev.target(), ev.related_target())
                    on:mouseout=move |ev| hide(ev.target(), ev.related_target())>
                    <desc id="map-summary">{summary}</desc>
                    <g aria-hidden="true">
                        <rect class="map-sea" width=map::num(width) height=map::num(height)/>
                        {base}
                    </g>
                    <g class="map-links">{main_lines}</g>
                    <g aria-hidden="true">
                        <rect class="map-area" x=map::num(source.x) y=map::num(source.y)
                            width=map::num(source.width) height=map::num(source.height)/>
                        <path class="map-connector" d=format!("M{sx0} {sy0}L{px} {py0}M{sx1} {sy1}L{px} {py1}")/>
                        {dots}
                        <clipPath id="map-panel-clip">
                            <rect x=map::num(panel.x) y=map::num(panel.y)
                                width=map::num(panel.width) height=map::num(panel.height)/>
                        </clipPath>
                        <rect class="map-panel map-sea" x=map::num(panel.x) y=map::num(panel.y)
                            width=map::num(panel.width) height=map::num(panel.height)/>
                        <g clip-path="url(#map-panel-clip)">
                            {detail_base}
                            <g class="map-links">{detail_lines}</g>
                        </g>
                        <rect class="map-panel-frame" x=map::num(panel.x) y=map::num(panel.y)
                            width=map::num(panel.width) height=map::num(panel.height)/>
                        <text class="map-panel-title" x=map::num(detail_title.x) y=map::num(detail_title.y)>
                            {l.text(Key::MapDetail)}
                        </text>
                    </g>
                    <g class="map-parks">{markers}</g>
                    {tip}
                </svg>
                {status}
            </div>
            <figcaption class="map-caption">
                <ul class="map-legend">
                    <li><svg aria-hidden="true" viewBox="0 0 28 14" width="28" height="14"><circle class="map-park__dot" cx="14" cy="7" r="5"/></svg>{l.text(Key::MapLegendPark)}</li>
                    <li><svg aria-hidden="true" viewBox="0 0 28 14" width="28" height="14"><path class="map-link" d="M2 11Q14 1 26 11"/></svg>{l.text(Key::MapLegendAgreement)}</li>
                    <li><svg aria-hidden="true" viewBox="0 0 28 14" width="28" height="14"><path class="map-link map-link--declaration" d="M2 11Q14 1 26 11"/></svg>{l.text(Key::MapLegendDeclaration)}</li>
                </ul>
                {undrawn(catalog, l)}
                <p class="map-attribution">{l.text(Key::MapAttribution)}</p>
            </figcaption>
        </figure>
    }
    .into_any()
}

/// The agreements the map cannot draw, each with the party that has no place on it.
fn undrawn(catalog: &Catalog, l: Locale) -> Option<AnyView> {
    let undrawn = map::undrawn(catalog);
    if undrawn.is_empty() {
        return None;
    }
    let (before, after) = l
        .text(Key::MapNotDrawnParty)
        .split_once("{party}")
        .unwrap_or_default();
    let items = undrawn
        .iter()
        .map(|u| {
            let agreement = Route::Agreement(u.agreement.id.clone());
            let parties = u
                .without_park
                .iter()
                .enumerate()
                .map(|(i, party)| view! { {(i > 0).then_some(", ")}{record_link(catalog, party_ref(party), l)} })
                .collect_view();
            view! {
                <li data-agreement=u.agreement.id.clone()>
                    <a href=href(&agreement, l)>{u.agreement.title.get(l).to_string()}</a>
                    <span class="map-undrawn__why">{before}{parties}{after}</span>
                </li>
            }
        })
        .collect_view();
    Some(
        view! {
            <div class="map-undrawn">
                <p>{l.plural(Key::MapNotDrawn, undrawn.len(), &[])}</p>
                <ul>{items}</ul>
            </div>
        }
        .into_any(),
    )
}

/// A line of the map: a link to its agreement, named after it, with a wide
/// band around each curve that takes taps. In the panel (`detail`) it is a
/// copy for the pointer, out of the Tab order and hidden from assistive
/// technology like the rest of the panel.
fn line_view(
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
fn spot_at(target: Option<web_sys::EventTarget>) -> Option<Spot> {
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

/// Slides the map on a narrow screen to its west (Europe) or east (China) end.
fn pan(ev: web_sys::MouseEvent) {
    let east = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|b| b.get_attribute("data-pan"))
        .is_some_and(|side| side == "east");
    if let Some(frame) = document().query_selector(".map-frame").ok().flatten() {
        // Past the end either way: the browser stops at the edge, whichever way the frame's
        // scroll position is counted.
        let by = frame.scroll_width();
        frame.set_scroll_left(frame.scroll_left() + if east { by } else { -by });
    }
}

/// Fetches the base map again.
fn retry(map_base: MapBase) {
    map_base.0.set(None);
    #[cfg(target_arch = "wasm32")]
    super::fetch_map_base(map_base);
}

/// The width of the tip's text on screen, in drawing units (SVG `getBBox`).
fn measure_tip() -> Option<f64> {
    let text = document().query_selector(".map-tip text").ok()??;
    let get_bbox = js_sys::Reflect::get(&text, &"getBBox".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let bbox = get_bbox.call0(&text).ok()?;
    js_sys::Reflect::get(&bbox, &"width".into())
        .ok()?
        .as_f64()
        .filter(|w| *w > 0.0)
}

/// A park's marker: a link to its page, with a short label, and its full name
/// shown beside it on hover and focus. Its tap area is a circle of
/// [`map::HIT_RADIUS`] around the dot, with the label. It stands out when it
/// or one of `agreements` (the lines that join it) is pointed at.
fn marker(
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
