use leptos::prelude::*;
use portal_core::Vocabulary;

use super::NotFoundPage;
use crate::app::use_locale;
use crate::components::event_calendar_link;
use crate::components::record::{
    breadcrumbs, date_text, facts, note, party_ref, people_list, qualified_number, record_links,
    section, source_list, topic_tags,
};
use crate::data::use_catalog;
use portal_core::Key;
use portal_core::RecordRef;
use portal_core::Route;

/// `/{lang}/events/{id}`: an event, where and when, who organised and attended it, and what came of it.
#[component]
pub fn EventPage(id: String) -> impl IntoView {
    let catalog = use_catalog();
    let locale = use_locale();
    move || {
        let l = locale.get();
        let Some(event) = catalog.event(&id) else {
            return view! { <NotFoundPage/> }.into_any();
        };
        let title = event.title.get(l).to_string();
        let mut rows = vec![
            (
                Key::FieldKind,
                view! { {l.text(event.kind.label())} }.into_any(),
            ),
            (
                Key::FieldStatus,
                view! { {l.text(event.status.label())} }.into_any(),
            ),
            (
                Key::FieldDate,
                view! { {date_text(event.date.as_ref(), l)} }.into_any(),
            ),
            (
                Key::FieldFormat,
                view! { {l.text(event.format.label())} }.into_any(),
            ),
        ];
        if let Some(place) = &event.place {
            rows.push((
                Key::FieldPlace,
                view! { {place.get(l).to_string()} }.into_any(),
            ));
        }
        if let Some(attendance) = &event.attendance {
            let text = qualified_number(attendance.count as f64, attendance.qualifier, l);
            rows.push((Key::FieldAttendance, view! { {text} }.into_any()));
        }
        let organisers = event.organisers.iter().map(party_ref).collect();
        let participants = event.participants.iter().map(party_ref).collect();
        let agreements = event
            .agreements
            .iter()
            .map(|a| RecordRef::Agreement(a))
            .collect();
        let parks = event.parks.iter().map(|p| RecordRef::Park(p)).collect();
        let people: Vec<_> = event
            .people
            .iter()
            .filter_map(|id| catalog.person(id))
            .collect();
        let outcomes = (!event.outcomes.is_empty()).then(|| {
            let items = event
                .outcomes
                .iter()
                .map(|o| view! { <li>{o.get(l).to_string()}</li> })
                .collect_view();
            section(
                Key::FieldOutcomes,
                l,
                "outcomes",
                view! { <ul class="outcomes">{items}</ul> }.into_any(),
            )
        });
        let calendar = event_calendar_link(event, l).map(|link| view! { <p>{link}</p> });
        view! {
            {breadcrumbs(l, vec![(l.text(Key::EventsTitle).to_string(), Some(Route::Events)), (title.clone(), None)])}
            <article class="record" data-record="event">
                <header class="record-header">
                    <p class="record-kind">{l.text(Key::RecordEvent)}</p>
                    <h1 tabindex="-1">{title}</h1>
                </header>
                <div class="record-body">
                    <div class="record-facts">{facts(l, rows)}{calendar}</div>
                    <div class="record-main">
                        <p class="record-lead">{event.summary.get(l).to_string()}</p>
                        {outcomes}
                        {section(Key::FieldOrganisers, l, "organisers", record_links(&catalog, organisers, l))}
                        {section(Key::FieldParticipants, l, "participants", record_links(&catalog, participants, l))}
                        {(!event.people.is_empty()).then(|| section(Key::FieldPeople, l, "people", people_list(&people, l)))}
                    </div>
                    <div class="record-side">
                        {section(Key::FieldRelatedAgreements, l, "agreements", record_links(&catalog, agreements, l))}
                        {section(Key::FieldRelatedParks, l, "parks", record_links(&catalog, parks, l))}
                        {(!event.topics.is_empty()).then(|| section(Key::FieldTopics, l, "topics", topic_tags(&catalog, &event.topics, l)))}
                    </div>
                </div>
                {note(event.note.as_ref(), l)}
                {source_list(&catalog, &event.sources, l)}
            </article>
        }
        .into_any()
    }
}
