use leptos::prelude::*;
use portal_core::dates::format_date;
use portal_core::model::{Park, Party};
use portal_core::{Catalog, Key, Locale, RecordKind, RecordRef};

use crate::components::record::{
    foreign_name, lead, people_list, qualified_number, record_links, topic_tags,
};
use crate::components::record_page::{linked_records, record_page, Record, Sections};

/// `/{lang}/parks/{id}`: a park or zone, its partners, agreements, events and people.
#[component]
pub fn ParkPage(id: String) -> impl IntoView {
    record_page(id, Catalog::park, park)
}

fn park<'c>(park: &'c Park, catalog: &'c Catalog, l: Locale) -> Record<'c> {
    let me = Party::Park(park.id.clone());
    let name = park.name.get(l).to_string();
    let mut facts = Vec::new();
    if park.local_name != name {
        facts.push((
            Key::FieldLocalName,
            foreign_name(&park.local_name, Some(&park.local_name_lang)),
        ));
    }
    facts.push((
        Key::FieldCity,
        view! { {park.city.get(l).to_string()} }.into_any(),
    ));
    facts.push((
        Key::FieldRegion,
        view! { {park.region.get(l).to_string()} }.into_any(),
    ));
    facts.push((
        Key::FieldCountry,
        view! { {catalog.country_name(&park.country, l).to_string()} }.into_any(),
    ));
    if let Some(founded) = &park.founded {
        facts.push((
            Key::FieldFounded,
            view! { {format_date(founded, l)} }.into_any(),
        ));
    }
    let figures = || {
        let items = park
            .figures
            .iter()
            .map(|f| {
                let value = qualified_number(f.value, f.qualifier, l);
                view! { <li><strong>{value}</strong><span>{f.label.get(l).to_string()}</span></li> }
            })
            .collect_view();
        view! { <ul class="figures">{items}</ul> }.into_any()
    };
    // The park's own and those of the organisations based in it.
    let (partners, agreements, events) = linked_records(
        catalog,
        catalog.partners_of_park(&park.id),
        catalog.agreements_of_park(&park.id),
        catalog.events_of_park(&park.id),
        l,
    );
    let organisations: Vec<_> = catalog
        .organisations_in(&park.id)
        .into_iter()
        .map(|o| RecordRef::Organisation(&o.id))
        .collect();
    // The people of the park itself, then those at its events.
    let mut people = catalog.people_of(&me);
    for event in catalog.events_of_park(&park.id) {
        for person in event.people.iter().filter_map(|id| catalog.person(id)) {
            if !people.iter().any(|p| p.id == person.id) {
                people.push(person);
            }
        }
    }
    let main = Sections::new(l)
        .then(lead(park.description.get(l)))
        .add_if(
            !park.figures.is_empty(),
            Key::FieldKeyFigures,
            "figures",
            figures,
        )
        .add(Key::FieldPartners, "partners", partners)
        .add(Key::FieldAgreements, "agreements", agreements)
        .add(Key::FieldEvents, "events", events);
    let side = Sections::new(l)
        .add_if(
            !park.sectors.is_empty(),
            Key::FieldSectors,
            "sectors",
            || topic_tags(catalog, &park.sectors, l),
        )
        .add_if(
            !organisations.is_empty(),
            Key::FieldOrganisationsHere,
            "organisations",
            || record_links(catalog, organisations, l),
        )
        .add_if(!people.is_empty(), Key::FieldPeople, "people", || {
            people_list(&people, l)
        });
    Record {
        kind: RecordKind::Park,
        heading: name.clone(),
        name,
        facts,
        after_facts: None,
        main: main.done(),
        side: side.done(),
        note: park.note.as_ref(),
        sources: &park.sources,
    }
}
