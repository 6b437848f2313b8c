use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::components::summaries::{agreement_item, event_item, summary_list};
use crate::context::{href, t, use_locale, Today};
use crate::data::use_catalog;
use portal_core::dates::{event_timing, newest_first, Timing};
use portal_core::i18n::format_count;
use portal_core::Catalog;
use portal_core::Route;
use portal_core::{Key, Locale};

/// How many agreements and past events the home page shows before "See all".
const RECENT: usize = 3;

/// `/{lang}/`: what the portal covers, key figures, latest agreements, upcoming
/// and recent events, and a way into each section.
#[component]
pub fn HomePage() -> impl IntoView {
    let catalog = use_catalog();
    let locale = use_locale();
    let sections = [
        (Route::Parks, Key::NavParks, Key::HomeSectionParks),
        (
            Route::Agreements,
            Key::NavAgreements,
            Key::HomeSectionAgreements,
        ),
        (Route::Events, Key::NavEvents, Key::HomeSectionEvents),
        (
            Route::Organisations,
            Key::NavOrganisations,
            Key::HomeSectionOrganisations,
        ),
        (Route::Topics, Key::TopicsNav, Key::TopicsIntro),
        (Route::Map, Key::NavMap, Key::HomeSectionMap),
        (Route::Timeline, Key::NavTimeline, Key::TimelineIntro),
        (Route::Sources, Key::NavSources, Key::HomeSectionSources),
    ];
    let body = move || {
        let l = locale.get();
        view! {
            {figures(&catalog, l)}
            <div class="home-columns">
                {latest(&catalog, l)}
                {events(&catalog, l)}
            </div>
        }
    };
    view! {
        <section class="hero">
            <h1 tabindex="-1">{t(Key::HomeTitle)}</h1>
            <p class="hero__lead">{t(Key::HomeIntro)}</p>
        </section>
        {body}
        <ul class="card-grid">
            {sections.into_iter().map(|(route, title, blurb)| view! {
                <li class="card">
                    <h2><a href=move || href(&route, locale.get())>{t(title)}</a></h2>
                    <p>{t(blurb)}</p>
                </li>
            }).collect_view()}
        </ul>
    }
}

fn figures(catalog: &Catalog, l: Locale) -> impl IntoView {
    let data = catalog.data();
    let countries: BTreeSet<&str> = data.parks.iter().map(|p| p.country.as_str()).collect();
    let years: BTreeSet<i32> = data
        .agreements
        .iter()
        .filter_map(|a| a.date.as_ref())
        .chain(data.events.iter().filter_map(|e| e.date.as_ref()))
        .flat_map(|span| [Some(span.from.year), span.to.map(|to| to.year)])
        .flatten()
        .collect();
    let span = match (years.first(), years.last()) {
        (Some(first), Some(last)) if first != last => format!("{first}–{last}"),
        (Some(year), _) => year.to_string(),
        _ => "—".to_string(),
    };
    let count = |n: usize| format_count(n, l);
    let items = [
        (count(data.parks.len()), Key::HomeFigureParks),
        (count(countries.len()), Key::HomeFigureCountries),
        (count(data.agreements.len()), Key::HomeFigureAgreements),
        (count(data.events.len()), Key::HomeFigureEvents),
        (span, Key::HomeFigureYears),
    ];
    view! {
        <section class="key-figures" aria-labelledby="figures">
            <h2 id="figures" class="visually-hidden">{l.text(Key::HomeFigures)}</h2>
            <ul>
                {items.into_iter().map(|(value, label)| view! {
                    <li><strong>{value}</strong><span>{l.text(label)}</span></li>
                }).collect_view()}
            </ul>
        </section>
    }
}

fn latest(catalog: &Catalog, l: Locale) -> impl IntoView {
    let mut agreements: Vec<_> = catalog.data().agreements.iter().collect();
    portal_core::ordering::sort_by(&mut agreements, |a, b| {
        newest_first(a.date.as_ref(), b.date.as_ref())
    });
    let items = agreements
        .into_iter()
        .take(RECENT)
        .map(|a| agreement_item(catalog, a, l))
        .collect();
    view! {
        <section aria-labelledby="latest-agreements">
            <h2 id="latest-agreements">{l.text(Key::HomeLatestAgreements)}</h2>
            {summary_list(items, l)}
            <p><a href=href(&Route::Agreements, l)>{l.text(Key::HomeSeeAll)}" →"</a></p>
        </section>
    }
}

fn events(catalog: &Catalog, l: Locale) -> impl IntoView {
    let today = expect_context::<Today>().0;
    let mut upcoming: Vec<_> = catalog
        .data()
        .events
        .iter()
        .filter(|e| event_timing(e, &today) == Timing::Upcoming)
        .collect();
    portal_core::ordering::sort_by(&mut upcoming, |a, b| {
        newest_first(b.date.as_ref(), a.date.as_ref())
    });
    let mut past: Vec<_> = catalog
        .data()
        .events
        .iter()
        .filter(|e| event_timing(e, &today) == Timing::Past)
        .collect();
    portal_core::ordering::sort_by(&mut past, |a, b| {
        newest_first(a.date.as_ref(), b.date.as_ref())
    });
    // Nothing upcoming: the latest events alone, rather than an empty block.
    let upcoming = (!upcoming.is_empty()).then(|| {
        view! {
            <h2 id="upcoming-events">{l.text(Key::HomeUpcomingEvents)}</h2>
            {summary_list(upcoming.into_iter().map(|e| event_item(e, l)).collect(), l)}
        }
    });
    let labelled_by = if upcoming.is_some() {
        "upcoming-events"
    } else {
        "recent-events"
    };
    view! {
        <section aria-labelledby=labelled_by>
            {upcoming}
            <h2 id="recent-events">{l.text(Key::HomeRecentEvents)}</h2>
            {summary_list(past.into_iter().take(RECENT).map(|e| event_item(e, l)).collect(), l)}
            <p><a href=href(&Route::Events, l)>{l.text(Key::HomeSeeAll)}" →"</a></p>
        </section>
    }
}
