use leptos::prelude::*;
use portal_core::model::{Organisation, Party};
use portal_core::{Catalog, Key, Locale, RecordKind, RecordRef, Vocabulary};

use crate::components::record::{foreign_name, lead, people_list, record_link, topic_tags};
use crate::components::record_page::{party_links, record_page, Record, Sections};

/// `/{lang}/organisations/{id}`: an organisation, its agreements, events and people.
#[component]
pub fn OrganisationPage(id: String) -> impl IntoView {
    record_page(id, Catalog::organisation, organisation)
}

fn organisation<'c>(org: &'c Organisation, catalog: &'c Catalog, l: Locale) -> Record<'c> {
    let me = Party::Organisation(org.id.clone());
    let name = org.name.get(l).to_string();
    let mut facts = Vec::new();
    if let Some(local) = org.local_name.as_deref().filter(|n| *n != name) {
        facts.push((
            Key::FieldLocalName,
            foreign_name(local, org.local_name_lang.as_deref()),
        ));
    }
    facts.push((
        Key::FieldKind,
        view! { {l.text(org.kind.label())} }.into_any(),
    ));
    facts.push((
        Key::FieldCountry,
        view! { {catalog.country_name(&org.country, l).to_string()} }.into_any(),
    ));
    if let Some(park) = org.park.as_deref() {
        facts.push((
            Key::FieldBasedIn,
            record_link(catalog, RecordRef::Park(park), l),
        ));
    }
    let (partners, agreements, events) = party_links(catalog, &me, l);
    let people = catalog.people_of(&me);
    let main = Sections::new(l)
        .then(lead(org.description.get(l)))
        .add(Key::FieldAgreements, "agreements", agreements)
        .add(Key::FieldEvents, "events", events);
    let side = Sections::new(l)
        .add(Key::FieldPartners, "partners", partners)
        .add_if(
            !org.sectors.is_empty(),
            Key::FieldSectors,
            "sectors",
            || topic_tags(catalog, &org.sectors, l),
        )
        .add_if(!people.is_empty(), Key::FieldPeople, "people", || {
            people_list(&people, l)
        });
    Record {
        kind: RecordKind::Organisation,
        heading: org.heading(l),
        name,
        facts,
        after_facts: None,
        main: main.done(),
        side: side.done(),
        note: org.note.as_ref(),
        sources: &org.sources,
    }
}
