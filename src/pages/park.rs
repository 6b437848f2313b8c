use leptos::prelude::*;

use super::NotFoundPage;
use crate::app::use_locale;
use crate::components::record::{
    breadcrumbs, facts, foreign_name, note, party_ref, people_list, qualified_number, record_links,
    section, source_list, topic_tags,
};
use crate::components::summaries::{agreement_item, event_item, summary_list};
use crate::data::use_catalog;
use portal_core::dates::format_date;
use portal_core::model::Party;
use portal_core::RecordRef;
use portal_core::Route;
use portal_core::{Key, Locale};

/// `/{lang}/parks/{id}`: a park or zone, its partners, agreements, events and people.
#[component]
pub fn ParkPage(id: String) -> impl IntoView {
    let catalog = use_catalog();
    let locale = use_locale();
    move || {
        let l: Locale = locale.get();
        let Some(park) = catalog.park(&id) else {
            return view! { <NotFoundPage/> }.into_any();
        };
        let me = Party::Park(park.id.clone());
        let name = park.name.get(l).to_string();
        let mut rows = vec![
            (
                Key::FieldCity,
                view! { {park.city.get(l).to_string()} }.into_any(),
            ),
            (
                Key::FieldRegion,
                view! { {park.region.get(l).to_string()} }.into_any(),
            ),
            (
                Key::FieldCountry,
                view! { {catalog.country_name(&park.country, l).to_string()} }.into_any(),
            ),
        ];
        if let Some(founded) = &park.founded {
            rows.push((
                Key::FieldFounded,
                view! { {format_date(founded, l)} }.into_any(),
            ));
        }
        if park.local_name != name {
            rows.insert(
                0,
                (
                    Key::FieldLocalName,
                    foreign_name(&park.local_name, Some(&park.local_name_lang)),
                ),
            );
        }
        let figures = (!park.figures.is_empty()).then(|| {
            let items = park
                .figures
                .iter()
                .map(|f| {
                    let value = qualified_number(f.value, f.qualifier, l);
                    view! { <li><strong>{value}</strong><span>{f.label.get(l).to_string()}</span></li> }
                })
                .collect_view();
            section(Key::FieldKeyFigures, l, "figures", view! { <ul class="figures">{items}</ul> }.into_any())
        });
        let partners = catalog
            .partners_of(&me)
            .into_iter()
            .map(party_ref)
            .collect();
        let agreements = catalog
            .agreements_of(&me)
            .into_iter()
            .map(|a| agreement_item(&catalog, a, l))
            .collect();
        let events = catalog
            .events_of(&me)
            .into_iter()
            .map(|e| event_item(e, l))
            .collect();
        let organisations: Vec<_> = catalog
            .organisations_in(&park.id)
            .into_iter()
            .map(|o| RecordRef::Organisation(&o.id))
            .collect();
        // The people of the park itself, then those at its events.
        let mut people = catalog.people_of(&me);
        for event in catalog.events_of(&me) {
            for person in event.people.iter().filter_map(|id| catalog.person(id)) {
                if !people.iter().any(|p| p.id == person.id) {
                    people.push(person);
                }
            }
        }
        view! {
            {breadcrumbs(l, vec![(l.text(Key::ParksTitle).to_string(), Some(Route::Parks)), (name.clone(), None)])}
            <article class="record" data-record="park">
                <header class="record-header">
                    <p class="record-kind">{l.text(Key::RecordPark)}</p>
                    <h1 tabindex="-1">{name}</h1>
                </header>
                <div class="record-body">
                    <div class="record-facts">{facts(l, rows)}</div>
                    <div class="record-main">
                        <p class="record-lead">{park.description.get(l).to_string()}</p>
                        {figures}
                        {section(Key::FieldPartners, l, "partners", record_links(&catalog, partners, l))}
                        {section(Key::FieldAgreements, l, "agreements", summary_list(agreements, l))}
                        {section(Key::FieldEvents, l, "events", summary_list(events, l))}
                    </div>
                    <div class="record-side">
                        {(!park.sectors.is_empty()).then(|| section(Key::FieldSectors, l, "sectors", topic_tags(&catalog, &park.sectors, l)))}
                        {(!organisations.is_empty()).then(|| section(Key::FieldOrganisationsHere, l, "organisations", record_links(&catalog, organisations, l)))}
                        {(!people.is_empty()).then(|| section(Key::FieldPeople, l, "people", people_list(&people, l)))}
                    </div>
                </div>
                {note(park.note.as_ref(), l)}
                {source_list(&catalog, &park.sources, l)}
            </article>
        }
        .into_any()
    }
}
