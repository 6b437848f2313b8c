//! One-line summaries of agreements and events, as lists show them on the
//! home page, the list pages and the pages of related records.

use leptos::prelude::*;
use portal_core::Vocabulary;

use super::record::{date_view, party_ref, record_name};
use crate::context::{href, Today};
use portal_core::dates::{event_timing, Timing};
use portal_core::model::{Agreement, Event, EventStatus};
use portal_core::Catalog;
use portal_core::Route;
use portal_core::{Key, Locale};

pub fn agreement_item(catalog: &Catalog, agreement: &Agreement, locale: Locale) -> AnyView {
    let parties = agreement
        .parties
        .iter()
        .map(|p| record_name(catalog, party_ref(p), locale))
        .collect::<Vec<_>>()
        .join(" · ");
    view! {
        <li class="summary" data-id=agreement.id.clone()>
            <p class="summary__meta">
                <span class="badge">{locale.text(agreement.kind.label())}</span>
                {date_view(agreement.date.as_ref(), locale)}
            </p>
            <h3><a href=href(&Route::Agreement(agreement.id.clone()), locale)>{agreement.title.get(locale).to_string()}</a></h3>
            <p class="summary__detail">{parties}</p>
        </li>
    }
    .into_any()
}

/// An event's line: an event the sources only announce says so, and, once
/// its date is past, that they do not report it as held.
pub fn event_item(event: &Event, locale: Locale) -> AnyView {
    let place = event.place.as_ref().map(|p| p.get(locale).to_string());
    let announced = event.status == EventStatus::Announced;
    let today = expect_context::<Today>().0;
    let unconfirmed = announced && event_timing(event, &today) == Timing::Past;
    view! {
        <li class="summary" data-id=event.id.clone()>
            <p class="summary__meta">
                <span class="badge">{locale.text(event.kind.label())}</span>
                {announced.then(|| view! {
                    <span class="badge badge--announced" data-status="announced">{locale.text(event.status.label())}</span>
                })}
                {date_view(event.date.as_ref(), locale)}
                <span class="muted">{locale.text(event.format.label())}</span>
            </p>
            <h3><a href=href(&Route::Event(event.id.clone()), locale)>{event.title.get(locale).to_string()}</a></h3>
            {place.map(|p| view! { <p class="summary__detail">{p}</p> })}
            {unconfirmed.then(|| view! {
                <p class="summary__detail summary__status">{locale.text(Key::EventsAnnouncedPast)}</p>
            })}
        </li>
    }
    .into_any()
}

/// A list of summaries, or "None recorded".
pub fn summary_list(items: Vec<AnyView>, locale: Locale) -> AnyView {
    if items.is_empty() {
        return view! { <p class="muted">{locale.text(Key::ValueNone)}</p> }.into_any();
    }
    view! { <ul class="summary-list">{items}</ul> }.into_any()
}
