use std::collections::BTreeMap;

use leptos::prelude::*;
use portal_core::Vocabulary;

use crate::components::record::date_view;
use crate::context::{href, t, use_locale};
use crate::data::use_catalog;
use portal_core::model::{DateSpan, EventStatus};
use portal_core::Catalog;
use portal_core::Route;
use portal_core::{Key, Locale};

/// One agreement or event on the time axis.
struct Moment<'a> {
    date: Option<&'a DateSpan>,
    route: Route,
    title: &'a str,
    /// "Agreement" or "Event", then its kind.
    badges: [Key; 2],
    /// An event only announced says so.
    announced: Option<Key>,
}

fn moments(catalog: &Catalog, l: Locale) -> Vec<Moment<'_>> {
    let data = catalog.data();
    let agreements = data.agreements.iter().map(|a| Moment {
        date: a.date.as_ref(),
        route: Route::Agreement(a.id.clone()),
        title: a.title.get(l),
        badges: [Key::RecordAgreement, a.kind.label()],
        announced: None,
    });
    let events = data.events.iter().map(|e| Moment {
        date: e.date.as_ref(),
        route: Route::Event(e.id.clone()),
        title: e.title.get(l),
        badges: [Key::RecordEvent, e.kind.label()],
        announced: (e.status == EventStatus::Announced).then(|| e.status.label()),
    });
    agreements.chain(events).collect()
}

/// `/{lang}/timeline/`: agreements and events on one axis, year by year,
/// oldest first; undated ones at the end.
#[component]
pub fn TimelinePage() -> impl IntoView {
    let catalog = use_catalog();
    let locale = use_locale();
    let body = move || {
        let l = locale.get();
        let mut by_year: BTreeMap<Option<i32>, Vec<Moment>> = BTreeMap::new();
        for moment in moments(&catalog, l) {
            by_year
                .entry(moment.date.map(|d| d.from.year))
                .or_default()
                .push(moment);
        }
        // Undated (None) sorts first in the map; show it last.
        let mut years: Vec<_> = by_year.into_iter().collect();
        let undated_first = years.first().is_some_and(|(y, _)| y.is_none());
        years.rotate_left(usize::from(undated_first));
        years
            .into_iter()
            .map(|(year, mut moments)| {
                portal_core::ordering::sort_by(&mut moments, |a, b| match (a.date, b.date) {
                    (Some(a), Some(b)) => a.cmp_start(b),
                    _ => std::cmp::Ordering::Equal,
                });
                let heading = match year {
                    Some(y) => l.format(Key::TimelineYearLabel, &[("year", &y.to_string())]),
                    None => l.text(Key::TimelineUndated).to_string(),
                };
                let id = year.map_or("undated".to_string(), |y| format!("year-{y}"));
                let labelled_by = id.clone();
                view! {
                    <section class="timeline__year" aria-labelledby=labelled_by data-year=year.map(|y| y.to_string())>
                        <h2 id=id>{heading}</h2>
                        <ol class="timeline__items">
                            {moments.into_iter().map(|m| view! {
                                <li class="timeline__item">
                                    <p class="summary__meta">
                                        <span class="badge">{l.text(m.badges[0])}</span>
                                        <span>{l.text(m.badges[1])}</span>
                                        {m.announced.map(|key| view! {
                                            <span class="badge badge--announced" data-status="announced">{l.text(key)}</span>
                                        })}
                                        {date_view(m.date, l)}
                                    </p>
                                    <a href=href(&m.route, l)>{m.title.to_string()}</a>
                                </li>
                            }).collect_view()}
                        </ol>
                    </section>
                }
            })
            .collect_view()
    };
    view! {
        <h1 tabindex="-1">{t(Key::TimelineTitle)}</h1>
        <p class="lead">{t(Key::TimelineIntro)}</p>
        <div class="timeline" data-list="timeline">{body}</div>
    }
}
