//! The map's drawing: base map, lines, park markers with their labels and
//! the tip that names the park under the pointer or the focus.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use portal_core::map::{self, Geometry, MapPark, Point};
use portal_core::{Catalog, Key, Locale, Route};

use super::highlight;
use crate::app::href;
use crate::data::{GeometryFailure, MapBase};

type GeometryState = Option<Result<Arc<Geometry>, GeometryFailure>>;

/// A line of the map, in the main map and (when it reaches the panel) in the panel.
struct Curve {
    main: String,
    detail: Option<String>,
    class: &'static str,
    /// The parks at its ends.
    ends: (String, String),
}

/// A line; it stands out when one of its parks is active, and fades when another is.
fn curve_view(curve: &Curve, d: String, active: RwSignal<Option<String>>) -> AnyView {
    let (a, b) = curve.ends.clone();
    let state = move || match active.get() {
        None => None,
        Some(id) if id == a || id == b => Some("on"),
        Some(_) => Some("off"),
    };
    view! { <path class=curve.class data-state=state d=d/> }.into_any()
}

/// The map and its legend.
pub(super) fn map_figure(
    catalog: &Arc<Catalog>,
    l: Locale,
    map_base: MapBase,
    active: RwSignal<Option<String>>,
) -> AnyView {
    let geometry = map_base.0;
    let parks = map::place_parks(&catalog.data().parks, l);
    let width = map::WIDTH;
    let height = map::height();
    let source = map::detail_source();
    let panel = map::detail_rect();
    let position = |id: &str| parks.iter().find(|p| p.park.id == id);
    let curves: Vec<Curve> = map::links(catalog)
        .iter()
        .filter_map(|link| {
            let a = position(link.parks.0)?;
            let b = position(link.parks.1)?;
            let main = map::arc(a.main, b.main);
            let detail = (a.in_detail || b.in_detail).then(|| main.map(map::to_detail));
            let class = match (link.multilateral, link.agreements.len()) {
                (true, _) => "map-link map-link--declaration",
                (false, 1) => "map-link",
                (false, _) => "map-link map-link--strong",
            };
            Some(Curve {
                main: map::arc_path(main),
                detail: detail.map(map::arc_path),
                class,
                ends: (a.park.id.clone(), b.park.id.clone()),
            })
        })
        .collect();
    // Drawn first, below the solid lines.
    let mut curves = curves;
    portal_core::ordering::sort_by_key(&mut curves, |c| !c.class.contains("declaration"));
    let main_curves = curves
        .iter()
        .map(|c| curve_view(c, c.main.clone(), active))
        .collect_view();
    let detail_curves = curves
        .iter()
        .filter_map(|c| c.detail.clone().map(|d| curve_view(c, d, active)))
        .collect_view();
    let dots = parks
        .iter()
        .filter(|p| p.in_detail)
        .map(|p| view! { <circle class="map-dot" cx=map::num(p.main.x) cy=map::num(p.main.y) r="2.6"/> })
        .collect_view();

    // The tip's text as the browser measured it (park, width): the box is fitted to it.
    let measured = RwSignal::new(None::<(String, f64)>);
    let ids: Arc<Vec<String>> = Arc::new(parks.iter().map(|p| p.park.id.clone()).collect());
    let tips: Arc<Vec<map::Tip>> = Arc::new(
        parks
            .iter()
            .map(|p| map::tip(p.park.name.get(l), p.marker))
            .collect(),
    );
    let places: Arc<Vec<Point>> = Arc::new(parks.iter().map(|p| p.marker).collect());
    let markers = parks.iter().map(|p| marker(p, l, active)).collect_view();
    Effect::new(move |_| {
        let Some(id) = active.get() else {
            return;
        };
        request_animation_frame(move || {
            if let Some(width) = measure_tip() {
                if active.try_get_untracked().flatten().as_ref() == Some(&id) {
                    measured.try_set(Some((id, width)));
                }
            }
        });
    });
    let tip = move || {
        let id = active.get()?;
        let i = ids.iter().position(|p| *p == id)?;
        let estimated = tips.get(i)?;
        let (tip, fitted) = match measured.get() {
            Some((j, width)) if j == id => (
                map::tip_box(estimated.lines.clone(), width, places[i]),
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
    let detail_title = Point {
        x: panel.x + 8.0,
        y: panel.bottom() - 9.0,
    };

    view! {
        <figure class="map-figure">
            <div class="map-frame">
                <svg class="map" viewBox=view_box role="group" aria-label=l.text(Key::MapLabel)
                    aria-describedby="map-summary" preserveAspectRatio="xMidYMid meet">
                    <desc id="map-summary">{summary}</desc>
                    <g aria-hidden="true">
                        <rect class="map-sea" width=map::num(width) height=map::num(height)/>
                        {base}
                        <g class="map-links">{main_curves}</g>
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
                            <g class="map-links">{detail_curves}</g>
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
                <p class="map-swipe">{l.text(Key::MapSwipe)}</p>
                <ul class="map-legend">
                    <li><svg aria-hidden="true" viewBox="0 0 28 14" width="28" height="14"><circle class="map-park__dot" cx="14" cy="7" r="5"/></svg>{l.text(Key::MapLegendPark)}</li>
                    <li><svg aria-hidden="true" viewBox="0 0 28 14" width="28" height="14"><path class="map-link" d="M2 11Q14 1 26 11"/></svg>{l.text(Key::MapLegendAgreement)}</li>
                    <li><svg aria-hidden="true" viewBox="0 0 28 14" width="28" height="14"><path class="map-link map-link--declaration" d="M2 11Q14 1 26 11"/></svg>{l.text(Key::MapLegendDeclaration)}</li>
                </ul>
                <p class="map-attribution">{l.text(Key::MapAttribution)}</p>
            </figcaption>
        </figure>
    }
    .into_any()
}

/// Fetches the base map again.
fn retry(map_base: MapBase) {
    map_base.0.set(None);
    #[cfg(target_arch = "wasm32")]
    super::fetch_map_base(map_base);
}

/// The width of the tip's text on screen, in drawing units (SVG `getBBox`).
fn measure_tip() -> Option<f64> {
    use wasm_bindgen::JsCast;
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
/// shown above it on hover and focus.
fn marker(p: &MapPark<'_>, l: Locale, active: RwSignal<Option<String>>) -> AnyView {
    let route = Route::Park(p.park.id.clone());
    let target = href(&route, l);
    let path = route.path(l);
    let navigate = use_navigate();
    // leptos_router only intercepts clicks on HTML links: follow SVG ones here,
    // the same way, so that the app does not reload.
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
        ev.prevent_default();
        navigate(&path, Default::default());
    };
    // Focus and pointer events can still arrive from a marker whose page has
    // just been left (blur after a click): `try_` leaves a disposed signal alone.
    let (show, hide) = highlight(active, &p.park.id);
    let (show2, hide2) = (show.clone(), hide.clone());
    let id = p.park.id.clone();
    let on = move || active.get().as_deref() == Some(id.as_str());
    let label = &p.label;
    view! {
        <g>
            <a href=target class="map-park" class:map-park--detail=p.in_detail class:map-park--on=on data-park=p.park.id.clone()
                aria-label=marker_name(&label.text, p.park.name.get(l), l)
                on:click=on_click
                on:focus=move |_| show() on:blur=move |_| hide()
                on:mouseenter=move |_| show2() on:mouseleave=move |_| hide2()>
                <circle class="map-park__halo" cx=map::num(p.marker.x) cy=map::num(p.marker.y) r=map::num(map::MARKER_RADIUS + 7.0)/>
                <circle class="map-park__dot" cx=map::num(p.marker.x) cy=map::num(p.marker.y) r=map::num(map::MARKER_RADIUS)/>
                <text class="map-park__label" x=map::num(label.at.x) y=map::num(label.at.y) text-anchor=label.anchor aria-hidden="true">
                    {label.text.clone()}
                </text>
            </a>
        </g>
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
