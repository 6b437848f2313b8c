use leptos::prelude::*;
use portal_core::dates::{event_timing, newest_first, Timing};
use portal_core::filters::{Facet, Filters};
use portal_core::model::{Event, EventFormat};
use portal_core::ordering::sort_by;
use portal_core::{Catalog, Key, Locale, Route};

use crate::components::events_calendar_link;
use crate::components::filter_bar::{park_facet, topic_facet, vocabulary_facet, FacetChoices};
use crate::components::list_page::{list_page, List};
use crate::components::summaries::{event_item, summary_list};
use crate::context::{use_locale, Today};
use portal_core::csv::Table;

/// `/{lang}/events/`: events split into upcoming (soonest first), past
/// (newest first) and undated, filtered by format, park, topic and year range.
#[component]
pub fn EventsPage() -> impl IntoView {
    let locale = use_locale();
    let calendar =
        view! { <p class="calendar-links">{move || events_calendar_link(locale.get())}</p> };
    list_page(list(), Some(calendar.into_any()))
}

/// What this list shows and how (also the topic pages' sections).
pub fn list() -> List<Event> {
    List {
        route: Route::Events,
        title: Key::EventsTitle,
        intro: Key::EventsIntro,
        records: |data| &data.events,
        facets,
        by_year: true,
        order,
        show,
        export: Some(Table::Events),
    }
}

fn facets(all: &[Event], f: &Filters, catalog: &Catalog, l: Locale) -> Vec<FacetChoices> {
    vec![
        vocabulary_facet::<_, EventFormat>(all, f, Facet::Format, catalog, l),
        park_facet(all, f, catalog, l),
        topic_facet(all, f, catalog, l),
    ]
}

/// Upcoming soonest first, then past newest first, then undated; a page is
/// cut from that order and then shown in its three groups.
fn order(events: &mut Vec<&Event>, _: &Catalog, _: Locale) {
    let today = expect_context::<Today>().0;
    let rank = |e: &Event| match event_timing(e, &today) {
        Timing::Upcoming => 0,
        Timing::Past => 1,
        Timing::Undated => 2,
    };
    sort_by(events, |a, b| {
        rank(a)
            .cmp(&rank(b))
            .then_with(|| match event_timing(a, &today) {
                Timing::Upcoming => newest_first(b.date.as_ref(), a.date.as_ref()),
                _ => newest_first(a.date.as_ref(), b.date.as_ref()),
            })
    });
}

fn show(events: Vec<&Event>, _: &Catalog, l: Locale) -> AnyView {
    let today = expect_context::<Today>().0;
    let of = |timing: Timing| {
        events
            .iter()
            .filter(|e| event_timing(e, &today) == timing)
            .map(|e| event_item(e, l))
            .collect::<Vec<_>>()
    };
    let upcoming = of(Timing::Upcoming);
    let past = of(Timing::Past);
    let undated = of(Timing::Undated);
    view! {
        <div data-list="events">
            <section aria-labelledby="upcoming" data-group="upcoming">
                <h2 id="upcoming">{l.text(Key::EventsUpcoming)}</h2>
                {if upcoming.is_empty() {
                    view! { <p class="muted">{l.text(Key::EventsNoneUpcoming)}</p> }.into_any()
                } else {
                    summary_list(upcoming, l)
                }}
            </section>
            {(!past.is_empty()).then(|| view! {
                <section aria-labelledby="past" data-group="past">
                    <h2 id="past">{l.text(Key::EventsPast)}</h2>
                    {summary_list(past, l)}
                </section>
            })}
            {(!undated.is_empty()).then(|| view! {
                <section aria-labelledby="undated" data-group="undated">
                    <h2 id="undated">{l.text(Key::EventsUndated)}</h2>
                    {summary_list(undated, l)}
                </section>
            })}
        </div>
    }
    .into_any()
}
