use leptos::prelude::*;
use portal_core::dates::{event_timing, Timing};
use portal_core::model::{Event, EventStatus};
use portal_core::{Catalog, Key, Locale, RecordKind, RecordRef, Vocabulary};

use crate::components::event_calendar_link;
use crate::components::record::{
    date_text, lead, party_ref, people_by_affiliation, qualified_number, record_links, topic_tags,
};
use crate::components::record_page::{record_page, Record, Sections};
use crate::context::Today;

/// `/{lang}/events/{id}`: an event, where and when, who organised and attended it, and what came of it.
#[component]
pub fn EventPage(id: String) -> impl IntoView {
    record_page(id, Catalog::event, event)
}

/// Held or announced; an announced event whose date is past says that the
/// sources do not report it as held.
fn status(event: &Event, l: Locale) -> AnyView {
    let today = expect_context::<Today>().0;
    let text =
        if event.status == EventStatus::Announced && event_timing(event, &today) == Timing::Past {
            l.text(Key::EventsAnnouncedPast)
        } else {
            l.text(event.status.label())
        };
    view! { <span data-status=event.status.key()>{text}</span> }.into_any()
}

fn event<'c>(event: &'c Event, catalog: &'c Catalog, l: Locale) -> Record<'c> {
    let title = event.title.get(l).to_string();
    let mut facts = vec![
        (
            Key::FieldKind,
            view! { {l.text(event.kind.label())} }.into_any(),
        ),
        (Key::FieldStatus, status(event, l)),
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
        facts.push((
            Key::FieldPlace,
            view! { {place.get(l).to_string()} }.into_any(),
        ));
    }
    if let Some(attendance) = &event.attendance {
        let text = qualified_number(f64::from(attendance.count), attendance.qualifier, l);
        facts.push((Key::FieldAttendance, view! { {text} }.into_any()));
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
    let outcomes = || {
        let items = event
            .outcomes
            .iter()
            .map(|o| view! { <li>{o.get(l).to_string()}</li> })
            .collect_view();
        view! { <ul class="outcomes">{items}</ul> }.into_any()
    };
    let main = Sections::new(l)
        .then(lead(event.summary.get(l)))
        .add_if(
            !event.outcomes.is_empty(),
            Key::FieldOutcomes,
            "outcomes",
            outcomes,
        )
        .add(
            Key::FieldOrganisers,
            "organisers",
            record_links(catalog, organisers, l),
        )
        .add(
            Key::FieldParticipants,
            "participants",
            record_links(catalog, participants, l),
        )
        .add_if(!people.is_empty(), Key::FieldPeople, "people", || {
            people_by_affiliation(catalog, &people, l)
        });
    let side = Sections::new(l)
        .add(
            Key::FieldRelatedAgreements,
            "agreements",
            record_links(catalog, agreements, l),
        )
        .add(
            Key::FieldRelatedParks,
            "parks",
            record_links(catalog, parks, l),
        )
        .add_if(!event.topics.is_empty(), Key::FieldTopics, "topics", || {
            topic_tags(catalog, &event.topics, l)
        });
    Record {
        kind: RecordKind::Event,
        heading: title.clone(),
        name: title,
        facts,
        after_facts: event_calendar_link(event, l).map(|link| view! { <p>{link}</p> }.into_any()),
        main: main.done(),
        side: side.done(),
        note: event.note.as_ref(),
        sources: &event.sources,
    }
}
