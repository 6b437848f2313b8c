use leptos::prelude::*;

use crate::app::{t, use_locale};
use crate::components::summaries::{event_item, summary_list};
use crate::components::use_catalog;
use crate::data::dates::{event_timing, newest_first, Timing};
use crate::i18n::format::today;
use crate::i18n::Key;

/// `/{lang}/events`: events split into upcoming (soonest first), past (newest first) and undated.
#[component]
pub fn EventsPage() -> impl IntoView {
    let catalog = use_catalog();
    let locale = use_locale();
    let today = today();
    let groups = move || {
        let l = locale.get();
        let of = |timing: Timing| {
            let mut events: Vec<_> = catalog
                .data()
                .events
                .iter()
                .filter(|e| event_timing(e, &today) == timing)
                .collect();
            events.sort_by(|a, b| newest_first(a.date.as_ref(), b.date.as_ref()));
            if timing == Timing::Upcoming {
                events.reverse();
            }
            events
                .into_iter()
                .map(|e| event_item(e, l))
                .collect::<Vec<_>>()
        };
        let upcoming = of(Timing::Upcoming);
        let past = of(Timing::Past);
        let undated = of(Timing::Undated);
        view! {
            <section aria-labelledby="upcoming" data-group="upcoming">
                <h2 id="upcoming">{l.text(Key::EventsUpcoming)}</h2>
                {if upcoming.is_empty() {
                    view! { <p class="muted">{l.text(Key::EventsNoneUpcoming)}</p> }.into_any()
                } else {
                    summary_list(upcoming, l)
                }}
            </section>
            <section aria-labelledby="past" data-group="past">
                <h2 id="past">{l.text(Key::EventsPast)}</h2>
                {summary_list(past, l)}
            </section>
            {(!undated.is_empty()).then(|| view! {
                <section aria-labelledby="undated" data-group="undated">
                    <h2 id="undated">{l.text(Key::EventsUndated)}</h2>
                    {summary_list(undated, l)}
                </section>
            })}
        }
    };
    view! {
        <h1 tabindex="-1">{t(Key::EventsTitle)}</h1>
        <p class="lead">{t(Key::EventsIntro)}</p>
        <div data-list="events">{groups}</div>
    }
}
