use leptos::prelude::*;
use portal_core::Vocabulary;

use super::NotFoundPage;
use crate::app::use_locale;
use crate::components::record::{
    breadcrumbs, facts, foreign_name, note, party_ref, people_list, record_link, record_links,
    section, source_list, topic_tags,
};
use crate::components::summaries::{agreement_item, event_item, summary_list};
use crate::data::use_catalog;
use portal_core::model::Party;
use portal_core::Key;
use portal_core::RecordRef;
use portal_core::Route;

/// `/{lang}/organisations/{id}`: an organisation, its agreements, events and people.
#[component]
pub fn OrganisationPage(id: String) -> impl IntoView {
    let catalog = use_catalog();
    let locale = use_locale();
    move || {
        let l = locale.get();
        let Some(org) = catalog.organisation(&id) else {
            return view! { <NotFoundPage/> }.into_any();
        };
        let me = Party::Organisation(org.id.clone());
        let name = org.name.get(l).to_string();
        let mut rows = vec![
            (
                Key::FieldKind,
                view! { {l.text(org.kind.label())} }.into_any(),
            ),
            (
                Key::FieldCountry,
                view! { {catalog.country_name(&org.country, l).to_string()} }.into_any(),
            ),
        ];
        if let Some(local) = org.local_name.as_deref().filter(|n| *n != name) {
            rows.insert(
                0,
                (
                    Key::FieldLocalName,
                    foreign_name(local, org.local_name_lang.as_deref()),
                ),
            );
        }
        if let Some(park) = org.park.as_deref() {
            rows.push((
                Key::FieldBasedIn,
                record_link(&catalog, RecordRef::Park(park), l),
            ));
        }
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
        let people = catalog.people_of(&me);
        let heading = org.heading(l);
        view! {
            {breadcrumbs(l, vec![(l.text(Key::OrganisationsTitle).to_string(), Some(Route::Organisations)), (name.clone(), None)])}
            <article class="record" data-record="organisation">
                <header class="record-header">
                    <p class="record-kind">{l.text(Key::RecordOrganisation)}</p>
                    <h1 tabindex="-1">{heading}</h1>
                </header>
                <div class="record-body">
                    <div class="record-facts">{facts(l, rows)}</div>
                    <div class="record-main">
                        <p class="record-lead">{org.description.get(l).to_string()}</p>
                        {section(Key::FieldAgreements, l, "agreements", summary_list(agreements, l))}
                        {section(Key::FieldEvents, l, "events", summary_list(events, l))}
                    </div>
                    <div class="record-side">
                        {section(Key::FieldPartners, l, "partners", record_links(&catalog, partners, l))}
                        {(!org.sectors.is_empty()).then(|| section(Key::FieldSectors, l, "sectors", topic_tags(&catalog, &org.sectors, l)))}
                        {(!people.is_empty()).then(|| section(Key::FieldPeople, l, "people", people_list(&people, l)))}
                    </div>
                </div>
                {note(org.note.as_ref(), l)}
                {source_list(&catalog, &org.sources, l)}
            </article>
        }
        .into_any()
    }
}
