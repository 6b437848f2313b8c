//! `/{lang}/map/`: the parks on a map of Eurasia, lines for the agreements
//! between them, and beside it the same content as a list.
//!
//! What goes where is worked out by [`crate::map`]; this file turns it into
//! SVG. The base map (land and borders) is a file of its own, fetched only
//! here: until it arrives, or if it cannot, the parks, the lines and the list
//! are shown on a plain background.
//!
//! Accessibility: the drawing (land, lines, dots) is hidden from assistive
//! technology; the `<svg>` is a labelled group whose only content for them is
//! one link per park, named after the park. The list beside the map carries
//! everything the lines say.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use portal_core::map::{self, Geometry, MapPark, Point};
use portal_core::{Catalog, Key, Locale, Route};

use crate::app::{href, t, use_locale};
use crate::components::record::{date_text, foreign_name, party_ref, record_link};
use crate::data::{use_catalog, GeometryFailure, MapBase};

type GeometryState = Option<Result<Arc<Geometry>, GeometryFailure>>;

#[component]
pub fn MapPage() -> impl IntoView {
    let catalog = use_catalog();
    let locale = use_locale();
    let map_base = expect_context::<MapBase>();
    #[cfg(target_arch = "wasm32")]
    if map_base.0.get_untracked().is_none() {
        fetch_map_base(map_base);
    }
    // The park whose name is shown and whose lines stand out: the marker or
    // list entry under the pointer or with the keyboard focus.
    let active = RwSignal::new(None::<String>);
    let figure = {
        let catalog = catalog.clone();
        move || map_figure(&catalog, locale.get(), map_base, active)
    };
    let list = move || park_list(&catalog, locale.get(), active);
    view! {
        <h1 tabindex="-1">{t(Key::MapTitle)}</h1>
        <p class="lead">{t(Key::MapIntro)}</p>
        <div class="map-layout">
            {figure}
            {list}
        </div>
    }
}

/// Fetches the base map; while it is on its way, the app does not take over
/// a page file that already draws it (see `crate::takeover`).
#[cfg(target_arch = "wasm32")]
fn fetch_map_base(map_base: MapBase) {
    let holds = expect_context::<crate::app::Holds>().0;
    holds.update(|n| *n += 1);
    crate::loader::load_map_base(&crate::app::use_base(), map_base, move || {
        holds.update(|n| *n = n.saturating_sub(1));
    });
}

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

/// Handlers that make a park the active one and clear it again. Focus and
/// pointer events can still arrive from an element whose page has just been
/// left (blur after a click): `try_` leaves a disposed signal alone.
fn highlight(
    active: RwSignal<Option<String>>,
    id: &str,
) -> (impl Fn() + Clone + 'static, impl Fn() + Clone + 'static) {
    let id = Arc::<str>::from(id);
    let show = {
        let id = id.clone();
        move || {
            active.try_set(Some(id.to_string()));
        }
    };
    let hide = move || {
        if active.try_get_untracked().flatten().as_deref() == Some(&*id) {
            active.try_set(None);
        }
    };
    (show, hide)
}

/// The map and its legend.
fn map_figure(
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
    fetch_map_base(map_base);
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

/// The same content as the map, for everyone: each park, with each of its
/// agreements and the partners it links the park to.
fn park_list(catalog: &Catalog, l: Locale, active: RwSignal<Option<String>>) -> AnyView {
    let mut parks: Vec<_> = catalog.data().parks.iter().collect();
    portal_core::ordering::sort_by(&mut parks, |a, b| {
        catalog.compare_names(a.name.get(l), b.name.get(l), l)
    });
    let drawn: Vec<&str> = map::links(catalog)
        .iter()
        .flat_map(|link| link.agreements.clone())
        .collect();
    let mut some_not_drawn = false;
    // "With:" is followed by a space, except after the Chinese full-width colon.
    // (An empty text would still be a node, written as a space in the page file.)
    let space = (l != Locale::Zh).then_some(" ");
    let items = parks
        .into_iter()
        .map(|park| {
            let name = park.name.get(l).to_string();
            let agreements = map::agreements_of_park(catalog, &park.id);
            let rows = agreements
                .iter()
                .map(|agreement| {
                    let partners = map::partners_in(catalog, agreement, &park.id);
                    let count = partners.len();
                    let partner_links = partners
                        .into_iter()
                        .enumerate()
                        .map(|(i, party)| {
                            let separator = (i + 1 < count).then_some(", ");
                            view! { {record_link(catalog, party_ref(party), l)}{separator} }
                        })
                        .collect_view();
                    some_not_drawn |= !drawn.contains(&agreement.id.as_str());
                    view! {
                        <li>
                            <a href=href(&Route::Agreement(agreement.id.clone()), l)>{agreement.title.get(l).to_string()}</a>
                            <span class="map-list__date">{date_text(agreement.date.as_ref(), l)}</span>
                            {(count > 0).then(|| view! {
                                <span class="map-list__partners">
                                    <span class="map-list__with">{l.text(Key::MapWith)}</span>{space}{partner_links}
                                </span>
                            })}
                        </li>
                    }
                })
                .collect_view();
            let body = if agreements.is_empty() {
                view! { <p class="muted">{l.text(Key::MapNoAgreement)}</p> }.into_any()
            } else {
                view! { <ul class="map-list__agreements">{rows}</ul> }.into_any()
            };
            let (show, hide) = highlight(active, &park.id);
            let (show2, hide2) = (show.clone(), hide.clone());
            view! {
                <li class="map-list__park" data-park=park.id.clone()
                    on:mouseenter=move |_| show() on:mouseleave=move |_| hide()
                    on:focusin=move |_| show2() on:focusout=move |_| hide2()>
                    <h3><a href=href(&Route::Park(park.id.clone()), l)>{name.clone()}</a></h3>
                    <p class="map-list__place">
                        {park.city.get(l).to_string()}" · "{catalog.country_name(&park.country, l).to_string()}
                        {(park.local_name != name).then(|| view! { " · " {foreign_name(&park.local_name, Some(&park.local_name_lang))} })}
                    </p>
                    {body}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="map-list" aria-labelledby="map-list-title">
            <h2 id="map-list-title">{l.text(Key::MapListTitle)}</h2>
            <ul class="map-list__parks" data-list="map-parks">{items}</ul>
            {some_not_drawn.then(|| view! { <p class="map-list__note muted">{l.text(Key::MapNotDrawn)}</p> })}
        </section>
    }
    .into_any()
}
