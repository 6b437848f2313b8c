//! The tip that names the marker or line under the pointer or the focus.

use std::sync::Arc;

use leptos::prelude::*;
use portal_core::map::{self, AgreementLine, MapPark, Rect};
use portal_core::Locale;
use wasm_bindgen::JsCast;

use super::Spot;

/// What a tip says and where it goes, for one marker or line.
pub(super) struct Named {
    spot: Spot,
    /// The park's whole name or the agreement's title, estimated in lines.
    estimated: map::Tip,
    /// What the tip is placed beside, and what it must not hide.
    anchor: Rect,
    obstacles: Vec<Rect>,
}

/// What each marker's and line's tip says and where it goes.
pub(super) fn tips(parks: &[MapPark<'_>], lines: &[AgreementLine<'_>], l: Locale) -> Vec<Named> {
    let obstacles = map::tip_obstacles(parks);
    parks
        .iter()
        .map(|p| {
            (
                Spot::Park(p.park.id.clone()),
                p.park.name.get(l),
                map::marker_box(p.marker),
                obstacles.clone(),
            )
        })
        .chain(lines.iter().map(|line| {
            (
                Spot::Agreement(line.agreement.id.clone()),
                line.agreement.title.get(l),
                map::anchor_box(line.anchor),
                obstacles.clone(),
            )
        }))
        .map(|(spot, text, anchor, obstacles)| Named {
            spot,
            estimated: map::tip(text, anchor, &obstacles),
            anchor,
            obstacles,
        })
        .collect()
}

/// The tip that names the marker or line under the pointer or the focus:
/// placed from an estimate of its text's width, then fitted to the width the
/// browser measured. Escape hides it (WCAG 1.4.13: dismissible).
#[component]
pub(super) fn MapTip(
    /// What each marker's and line's tip says and where it goes.
    named: Arc<Vec<Named>>,
    /// The marker or line under the pointer or the focus.
    active: RwSignal<Option<Spot>>,
) -> impl IntoView {
    // The tip's text as the browser measured it (what it names, width).
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
    #[cfg(target_arch = "wasm32")]
    {
        let escape = window_event_listener(leptos::ev::keydown, move |ev| {
            if ev.key() == "Escape" {
                active.try_set(None);
            }
        });
        on_cleanup(move || escape.remove());
    }
    move || {
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
    }
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
