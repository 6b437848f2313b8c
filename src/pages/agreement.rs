use leptos::prelude::*;
use portal_core::model::Agreement;
use portal_core::{Catalog, Key, Locale, RecordKind, RecordRef, Vocabulary};

use crate::components::record::{
    date_text, lead, party_ref, people_by_affiliation, record_link, record_links, topic_tags,
};
use crate::components::record_page::{record_page, Record, Sections};
use crate::components::summaries::{agreement_item, event_item, summary_list};

/// `/{lang}/agreements/{id}`: an agreement, its parties, scope, date and the event where it was signed.
#[component]
pub fn AgreementPage(id: String) -> impl IntoView {
    record_page(id, Catalog::agreement, agreement)
}

fn agreement<'c>(agreement: &'c Agreement, catalog: &'c Catalog, l: Locale) -> Record<'c> {
    let title = agreement.title.get(l).to_string();
    let mut facts = vec![
        (
            Key::FieldKind,
            view! { {l.text(agreement.kind.label())} }.into_any(),
        ),
        (
            Key::FieldDate,
            view! { {date_text(agreement.date.as_ref(), l)} }.into_any(),
        ),
    ];
    if let Some(place) = &agreement.place {
        facts.push((
            Key::FieldPlace,
            view! { {place.get(l).to_string()} }.into_any(),
        ));
    }
    if let Some(event) = agreement.event.as_deref() {
        facts.push((
            Key::FieldSignedAt,
            record_link(catalog, RecordRef::Event(event), l),
        ));
    }
    let parties = agreement.parties.iter().map(party_ref).collect();
    let events = catalog
        .events_of_agreement(&agreement.id)
        .into_iter()
        .map(|e| event_item(e, l))
        .collect();
    // Who was there when it was signed, and what else was signed there:
    // the agreement names its event, the event its people.
    let people = catalog.people_at_signing(agreement);
    let alongside: Vec<_> = catalog
        .signed_alongside(agreement)
        .into_iter()
        .map(|a| agreement_item(catalog, a, l))
        .collect();
    let main = Sections::new(l)
        .add(Key::FieldScope, "scope", lead(agreement.summary.get(l)))
        .add(
            Key::FieldParties,
            "parties",
            record_links(catalog, parties, l),
        )
        .add(Key::FieldEvents, "events", summary_list(events, l))
        .add_if(!people.is_empty(), Key::SigningPeople, "people", || {
            people_by_affiliation(catalog, &people, l)
        })
        .add_if(
            !alongside.is_empty(),
            Key::SigningAlongside,
            "alongside",
            || summary_list(alongside, l),
        );
    let side = Sections::new(l).add_if(
        !agreement.topics.is_empty(),
        Key::FieldTopics,
        "topics",
        || topic_tags(catalog, &agreement.topics, l),
    );
    Record {
        kind: RecordKind::Agreement,
        heading: title.clone(),
        name: title,
        facts,
        after_facts: None,
        main: main.done(),
        side: side.done(),
        note: agreement.note.as_ref(),
        sources: &agreement.sources,
    }
}
