use leptos::prelude::*;

use crate::app::{t, use_locale, Today};
use crate::components::events_calendar_link;
use crate::components::filter_bar::{
    filter_bar, none_match, pager, topic_facet, use_filters, vocabulary_facet,
};
use crate::components::summaries::{event_item, summary_list};
use crate::data::use_catalog;
use portal_core::dates::{event_timing, newest_first, Timing};
use portal_core::filters::{apply, page_of, years, Facet};
use portal_core::model::{Event, EventFormat};
use portal_core::Key;
use portal_core::Route;

/// `/{lang}/events/`: events split into upcoming (soonest first), past
/// (newest first) and undated, filtered by format, topic and year range.
#[component]
pub fn EventsPage() -> impl IntoView {
    let catalog = use_catalog();
    let locale = use_locale();
    let filters = use_filters();
    let today = expect_context::<Today>().0;
    let body = move || {
        let l = locale.get();
        let f = filters.get();
        let all = &catalog.data().events;
        let shown = apply(all, &f, &catalog);
        let facets = vec![
            vocabulary_facet::<_, EventFormat>(all, &f, Facet::Format, &catalog, l),
            topic_facet(all, &f, &catalog, l),
        ];
        let bar = filter_bar(
            Route::Events,
            l,
            &f,
            facets,
            years(all),
            shown.len(),
            all.len(),
        );
        if shown.is_empty() {
            return view! { {bar} {none_match(l)} }.into_any();
        }
        // Upcoming soonest first, then past newest first, then undated; the
        // page is cut from that order and then shown in its three groups.
        let mut ordered: Vec<(Timing, &Event)> = shown
            .iter()
            .map(|e| (event_timing(e, &today), *e))
            .collect();
        ordered.sort_by(|(ta, a), (tb, b)| {
            let rank = |t: &Timing| match t {
                Timing::Upcoming => 0,
                Timing::Past => 1,
                Timing::Undated => 2,
            };
            rank(ta).cmp(&rank(tb)).then_with(|| match ta {
                Timing::Upcoming => newest_first(b.date.as_ref(), a.date.as_ref()),
                _ => newest_first(a.date.as_ref(), b.date.as_ref()),
            })
        });
        let (ordered, page, pages) = page_of(ordered, f.page);
        let of = |timing: Timing| {
            ordered
                .iter()
                .filter(|(t, _)| *t == timing)
                .map(|(_, e)| event_item(e, l))
                .collect::<Vec<_>>()
        };
        let upcoming = of(Timing::Upcoming);
        let past = of(Timing::Past);
        let undated = of(Timing::Undated);
        view! {
            {bar}
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
            {pager(&Route::Events, l, &f, page, pages)}
        }
        .into_any()
    };
    view! {
        <h1 tabindex="-1">{t(Key::EventsTitle)}</h1>
        <p class="lead">{t(Key::EventsIntro)}</p>
        <p class="calendar-links">{move || events_calendar_link(locale.get())}</p>
        {body}
    }
}
