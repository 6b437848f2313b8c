use leptos::prelude::*;
use portal_core::model::Person;
use portal_core::{Catalog, Key, Locale, RecordKind, RecordRef};

use crate::components::record::record_link;
use crate::components::record_page::{record_page, Record, Sections};
use crate::components::summaries::{agreement_item, event_item, summary_list};

/// `/{lang}/people/{id}`: a person the sources name, their role, organisation
/// and park, the events they attended and the agreements signed there.
#[component]
pub fn PersonPage(id: String) -> impl IntoView {
    record_page(id, Catalog::person, person)
}

fn person<'c>(person: &'c Person, catalog: &'c Catalog, l: Locale) -> Record<'c> {
    let name = person.name_in(l);
    let mut facts = vec![(
        Key::PersonRole,
        view! { {person.role.get(l).to_string()} }.into_any(),
    )];
    if let Some(latin) = person.other_name(l) {
        facts.push((
            Key::PersonLatinName,
            view! { <span lang="zh-Latn">{latin.to_string()}</span> }.into_any(),
        ));
    }
    if let Some(org) = person.organisation.as_deref() {
        facts.push((
            Key::PersonOrganisation,
            record_link(catalog, RecordRef::Organisation(org), l),
        ));
    }
    if let Some(park) = person.park.as_deref() {
        facts.push((
            Key::PersonPark,
            record_link(catalog, RecordRef::Park(park), l),
        ));
    }
    let events = catalog
        .events_with(&person.id)
        .into_iter()
        .map(|e| event_item(e, l))
        .collect();
    let agreements = catalog
        .agreements_with(&person.id)
        .into_iter()
        .map(|a| agreement_item(catalog, a, l))
        .collect();
    let main = Sections::new(l)
        .add(Key::PersonEvents, "events", summary_list(events, l))
        .add(
            Key::PersonAgreements,
            "agreements",
            summary_list(agreements, l),
        );
    Record {
        kind: RecordKind::Person,
        heading: name.clone(),
        name,
        facts,
        after_facts: None,
        main: main.done(),
        side: Vec::new(),
        note: person.note.as_ref(),
        sources: &person.sources,
    }
}
