//! `/{lang}/map/`: the parks on a map of Eurasia, lines for the agreements
//! between them, and beside it the same content as a list.
//!
//! What goes where is worked out by [`portal_core::map`]; `figure.rs` (with
//! the links of `marks.rs` and the tip of `tip.rs`) turns it into SVG, this
//! file into the page and its list. The base map (land and
//! borders) is a file of its own, fetched only here: until it arrives, or if
//! it cannot, the parks, the lines and the list are shown on a plain background.
//!
//! Accessibility: the drawing (land, panel, dots) is hidden from assistive
//! technology; the `<svg>` is a labelled group whose content for them is one
//! link per agreement drawn (its line, named after it) and one per park (its
//! marker, named after the park). The list beside the map carries everything
//! the lines say, and the caption the agreements the map cannot draw.

mod figure;
mod marks;
mod tip;

use std::sync::Arc;

use leptos::prelude::*;
use portal_core::{Catalog, Key, Locale, Route};

use crate::components::record::{date_text, foreign_name, party_ref, record_link};
use crate::context::{href, t, use_locale};
use crate::data::{use_catalog, MapBase};

#[component]
pub fn MapPage() -> impl IntoView {
    let catalog = use_catalog();
    let locale = use_locale();
    let map_base = expect_context::<MapBase>();
    #[cfg(target_arch = "wasm32")]
    if map_base.0.get_untracked().is_none() {
        fetch_map_base(map_base);
    }
    // The park or agreement whose name is shown and whose lines stand out:
    // the marker, line or list entry under the pointer or with the keyboard focus.
    let active = RwSignal::new(None::<Spot>);
    let figure = {
        let catalog = catalog.clone();
        move || view! { <figure::MapFigure catalog=catalog.clone() locale=locale.get() map_base active/> }
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
    let holds = expect_context::<crate::data::Holds>().0;
    holds.update(|n| *n += 1);
    crate::loader::load_map_base(&crate::context::use_base(), map_base, move || {
        holds.update(|n| *n = n.saturating_sub(1));
    });
}

/// What the map names and brings out: a park (its marker or its entry in the
/// list) or an agreement (its line).
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Spot {
    Park(String),
    Agreement(String),
}

/// Handlers that make a park the active one and clear it again. Focus and
/// pointer events can still arrive from an element whose page has just been
/// left (blur after a click): `try_` leaves a disposed signal alone.
fn highlight(
    active: RwSignal<Option<Spot>>,
    id: &str,
) -> (impl Fn() + Clone + 'static, impl Fn() + Clone + 'static) {
    let spot = Arc::new(Spot::Park(id.to_string()));
    let show = {
        let spot = spot.clone();
        move || {
            active.try_set(Some((*spot).clone()));
        }
    };
    let hide = move || {
        if active.try_get_untracked().flatten().as_ref() == Some(&*spot) {
            active.try_set(None);
        }
    };
    (show, hide)
}

/// The same content as the map, for everyone: each park, with each of its
/// agreements and the partners it links the park to.
fn park_list(catalog: &Catalog, l: Locale, active: RwSignal<Option<Spot>>) -> AnyView {
    let mut parks: Vec<_> = catalog.data().parks.iter().collect();
    portal_core::ordering::sort_by(&mut parks, |a, b| {
        catalog.compare_names(a.name.get(l), b.name.get(l), l)
    });
    // "With:" is followed by a space, except after the Chinese full-width colon.
    // (An empty text would still be a node, written as a space in the page file.)
    let space = (l != Locale::Zh).then_some(" ");
    let items = parks
        .into_iter()
        .map(|park| {
            let name = park.name.get(l).to_string();
            let agreements = catalog.agreements_of_park(&park.id);
            let rows = agreements
                .iter()
                .map(|agreement| {
                    let partners = catalog.partners_in(agreement, &park.id);
                    let count = partners.len();
                    let partner_links = partners
                        .into_iter()
                        .enumerate()
                        .map(|(i, party)| {
                            let separator = (i + 1 < count).then_some(", ");
                            view! { {record_link(catalog, party_ref(party), l)}{separator} }
                        })
                        .collect_view();
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
        </section>
    }
    .into_any()
}
