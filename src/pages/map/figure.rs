//! The map's figure ([`MapFigure`]): the drawing (base map, one line per
//! agreement, park markers with their labels), the tip that names the marker
//! or line under the pointer or the focus, the base map's loading state, and
//! the caption.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use portal_core::map::{self, Geometry, Point};
use portal_core::{Catalog, Key, Locale, Route};
use wasm_bindgen::JsCast;

use super::marks::{line_view, marker, spot_at, LineCopy};
use super::tip::{tips, MapTip};
use super::Spot;
use crate::components::record::{party_ref, record_link};
use crate::context::href;
use crate::data::{GeometryFailure, MapBase};

type GeometryState = Option<Result<Arc<Geometry>, GeometryFailure>>;

/// The map and its caption: the drawing, the state of its base map, the
/// legend and the agreements it cannot draw.
#[component]
pub(super) fn MapFigure(
    /// The dataset the map draws.
    catalog: Arc<Catalog>,
    /// The interface language.
    locale: Locale,
    /// The base map (land and borders), loaded by the map page.
    map_base: MapBase,
    /// The marker or line under the pointer or the focus, shared with the park list.
    active: RwSignal<Option<Spot>>,
) -> impl IntoView {
    let l = locale;
    view! {
        <figure class="map-figure">
            <div class="map-pan">
                <p class="map-swipe">{l.text(Key::MapSwipe)}</p>
                <button class="button needs-script" type="button" data-pan="west" on:click=pan>
                    <span aria-hidden="true">"← "</span>{l.text(Key::MapShowEurope)}
                </button>
                <button class="button needs-script" type="button" data-pan="east" on:click=pan>
                    {l.text(Key::MapShowChina)}<span aria-hidden="true">" →"</span>
                </button>
            </div>
            <div class="map-frame">
                <MapDrawing catalog=catalog.clone() locale geometry=map_base.0 active/>
                <MapStatus locale map_base/>
            </div>
            <figcaption class="map-caption">
                <ul class="map-legend">
                    <li><svg aria-hidden="true" viewBox="0 0 28 14" width="28" height="14"><circle class="map-park__dot" cx="14" cy="7" r="5"/></svg>{l.text(Key::MapLegendPark)}</li>
                    <li><svg aria-hidden="true" viewBox="0 0 28 14" width="28" height="14"><path class="map-link" d="M2 11Q14 1 26 11"/></svg>{l.text(Key::MapLegendAgreement)}</li>
                    <li><svg aria-hidden="true" viewBox="0 0 28 14" width="28" height="14"><path class="map-link map-link--declaration" d="M2 11Q14 1 26 11"/></svg>{l.text(Key::MapLegendDeclaration)}</li>
                </ul>
                {undrawn(&catalog, l)}
                <p class="map-attribution">{l.text(Key::MapAttribution)}</p>
            </figcaption>
        </figure>
    }
}

/// The drawing: base map, agreement lines, the enlarged panel, park markers
/// and the tip. Markers and lines are links (SVG `<a>`); their pointer and
/// focus events are handled once, on the `<svg>`, for all of them.
#[component]
fn MapDrawing(
    /// The dataset the map draws.
    catalog: Arc<Catalog>,
    /// The interface language.
    locale: Locale,
    /// The base map, once loaded.
    geometry: RwSignal<GeometryState>,
    /// The marker or line under the pointer or the focus.
    active: RwSignal<Option<Spot>>,
) -> impl IntoView {
    let l = locale;
    let parks = map::place_parks(&catalog.data().parks, l);
    let lines = map::agreement_lines(&catalog, &parks);
    let width = map::WIDTH;
    let height = map::height();
    let source = map::detail_source();
    let panel = map::detail_rect();

    // Newest first: where two lines share most of their way (Sophia Antipolis
    // to Nanjing and to Qingdao), the one drawn last takes the taps there, and
    // the newer one keeps a part of its own in the panel. Tab follows the
    // same order, after the parks.
    let copies = |copy: LineCopy| {
        lines
            .iter()
            .rev()
            .filter(|line| {
                copy != LineCopy::Panel || line.curves.iter().any(|c| c.detail.is_some())
            })
            .map(|line| line_view(line, l, active, copy))
            .collect_view()
    };
    let main_lines = copies(LineCopy::Drawn);
    let detail_lines = copies(LineCopy::Panel);
    let keyboard_lines = copies(LineCopy::Keyboard);
    let dots = parks
        .iter()
        .filter(|p| p.in_detail)
        .map(|p| view! { <circle class="map-dot" cx=map::num(p.main.x) cy=map::num(p.main.y) r="2.6"/> })
        .collect_view();
    let named = Arc::new(tips(&parks, &lines, l));
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
        // Out of the Tab order: Chromium would stop on the drawing as a whole,
        // a stop that does nothing; its name and summary are announced with
        // the first marker, which is inside it.
        <svg class="map" viewBox=view_box role="group" aria-label=l.text(Key::MapLabel) tabindex="-1"
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
            <g class="map-links" aria-hidden="true">{main_lines}</g>
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
            <g class="map-links map-links--keyboard">{keyboard_lines}</g>
            <MapTip named active/>
        </svg>
    }
}

/// Whether the base map is loading or failed, with a retry.
#[component]
fn MapStatus(
    /// The interface language.
    locale: Locale,
    /// The base map (land and borders), loaded by the map page.
    map_base: MapBase,
) -> impl IntoView {
    let l = locale;
    move || {
        let state: GeometryState = map_base.0.get();
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
    }
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
