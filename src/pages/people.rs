use leptos::prelude::*;
use portal_core::filters::Filters;
use portal_core::model::Person;
use portal_core::ordering::sort_by;
use portal_core::{Catalog, Key, Locale, RecordRef, Route};

use crate::components::filter_bar::{country_facet, FacetChoices};
use crate::components::list_page::{list_page, records_table, List};
use crate::components::record::{person_name, record_link};
use crate::context::href;

/// `/{lang}/people/`: everyone the sources name, with their role and
/// organisation, by name, filtered by the country of their organisation or park.
#[component]
pub fn PeoplePage() -> impl IntoView {
    list_page(
        List {
            route: Route::People,
            title: Key::PeopleTitle,
            intro: Key::PeopleIntro,
            records: |data| &data.people,
            facets,
            by_year: false,
            order: |people, catalog, l| {
                sort_by(people, |a, b| {
                    catalog.compare_names(&a.name_in(l), &b.name_in(l), l)
                })
            },
            show,
            export: None,
        },
        None,
    )
}

fn facets(all: &[Person], f: &Filters, catalog: &Catalog, l: Locale) -> Vec<FacetChoices> {
    vec![country_facet(all, f, catalog, l)]
}

fn show(people: Vec<&Person>, catalog: &Catalog, l: Locale) -> AnyView {
    let rows = people
        .into_iter()
        .map(|person| {
            // The organisation, else the park: where the person belongs.
            let belongs = person
                .organisation
                .as_deref()
                .map(RecordRef::Organisation)
                .or(person.park.as_deref().map(RecordRef::Park))
                .map(|r| record_link(catalog, r, l));
            view! {
                <tr data-id=person.id.clone()>
                    <th scope="row"><a href=href(&Route::Person(person.id.clone()), l)>{person_name(person, l)}</a></th>
                    <td data-label=l.text(Key::PeopleRole)>{person.role.get(l).to_string()}</td>
                    <td data-label=l.text(Key::PersonOrganisation)>{belongs}</td>
                </tr>
            }
        })
        .collect_view()
        .into_any();
    let columns = [
        (Key::PeopleName, false),
        (Key::PeopleRole, false),
        (Key::PersonOrganisation, false),
    ];
    records_table("people", &columns, rows, l)
}
