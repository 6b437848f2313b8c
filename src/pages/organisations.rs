use leptos::prelude::*;
use portal_core::filters::{Facet, Filters};
use portal_core::model::{Organisation, OrganisationKind};
use portal_core::ordering::sort_by;
use portal_core::{Catalog, Key, Locale, Route, Vocabulary};

use crate::components::filter_bar::{country_facet, topic_facet, vocabulary_facet, FacetChoices};
use crate::components::list_page::{list_page, records_table, List};
use crate::context::href;

/// `/{lang}/organisations/`: every organisation with its kind and country, by
/// name, filtered by kind and country.
#[component]
pub fn OrganisationsPage() -> impl IntoView {
    list_page(list(), None)
}

/// What this list shows and how (also the topic pages' sections).
pub fn list() -> List<Organisation> {
    List {
        route: Route::Organisations,
        title: Key::OrganisationsTitle,
        intro: Key::OrganisationsIntro,
        records: |data| &data.organisations,
        facets,
        by_year: false,
        order: |orgs, catalog, l| {
            sort_by(orgs, |a, b| {
                catalog.compare_names(a.name.get(l), b.name.get(l), l)
            })
        },
        show,
        export: None,
    }
}

fn facets(all: &[Organisation], f: &Filters, catalog: &Catalog, l: Locale) -> Vec<FacetChoices> {
    vec![
        vocabulary_facet::<_, OrganisationKind>(all, f, Facet::Kind, catalog, l),
        country_facet(all, f, catalog, l),
        // Where an organisation page's sector tags lead.
        topic_facet(all, f, catalog, l),
    ]
}

fn show(orgs: Vec<&Organisation>, catalog: &Catalog, l: Locale) -> AnyView {
    let rows = orgs
        .into_iter()
        .map(|org| {
            view! {
                <tr data-id=org.id.clone()>
                    <th scope="row"><a href=href(&Route::Organisation(org.id.clone()), l)>{org.name.get(l).to_string()}</a></th>
                    <td data-label=l.text(Key::FieldKind)>{l.text(org.kind.label())}</td>
                    <td data-label=l.text(Key::FieldCountry)>{catalog.country_name(&org.country, l).to_string()}</td>
                </tr>
            }
        })
        .collect_view()
        .into_any();
    let columns = [
        (Key::RecordOrganisation, false),
        (Key::FieldKind, false),
        (Key::FieldCountry, false),
    ];
    records_table("organisations", &columns, rows, l)
}
