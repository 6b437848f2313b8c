use leptos::prelude::*;
use portal_core::filters::Filters;
use portal_core::model::Park;
use portal_core::ordering::sort_by;
use portal_core::{Catalog, Key, Locale, Route};

use crate::components::filter_bar::{country_facet, topic_facet, FacetChoices};
use crate::components::list_page::{list_page, records_table, List};
use crate::components::record::foreign_name;
use crate::context::href;

/// `/{lang}/parks/`: every park with its city, country and number of
/// partnerships, by name, filtered by country and sector.
#[component]
pub fn ParksPage() -> impl IntoView {
    list_page(list(), None)
}

/// What this list shows and how (also the topic pages' sections).
pub fn list() -> List<Park> {
    List {
        route: Route::Parks,
        title: Key::ParksTitle,
        intro: Key::ParksIntro,
        records: |data| &data.parks,
        facets,
        by_year: false,
        order: |parks, catalog, l| {
            sort_by(parks, |a, b| {
                catalog.compare_names(a.name.get(l), b.name.get(l), l)
            })
        },
        show,
        export: None,
    }
}

fn facets(all: &[Park], f: &Filters, catalog: &Catalog, l: Locale) -> Vec<FacetChoices> {
    vec![
        country_facet(all, f, catalog, l),
        topic_facet(all, f, catalog, l),
    ]
}

fn show(parks: Vec<&Park>, catalog: &Catalog, l: Locale) -> AnyView {
    let rows = parks
        .into_iter()
        .map(|park| {
            let partners = catalog.partners_of_park(&park.id).len();
            let name = park.name.get(l).to_string();
            view! {
                <tr data-id=park.id.clone()>
                    <th scope="row">
                        <a href=href(&Route::Park(park.id.clone()), l)>{name.clone()}</a>
                        {(park.local_name != name).then(|| view! { <br/><small class="muted">{foreign_name(&park.local_name, Some(&park.local_name_lang))}</small> })}
                    </th>
                    <td data-label=l.text(Key::FieldCity)>{park.city.get(l).to_string()}</td>
                    <td data-label=l.text(Key::FieldCountry)>{catalog.country_name(&park.country, l).to_string()}</td>
                    <td class="number" data-label=l.text(Key::ParksListPartnerships)>{partners}</td>
                </tr>
            }
        })
        .collect_view()
        .into_any();
    let columns = [
        (Key::ParksListName, false),
        (Key::FieldCity, false),
        (Key::FieldCountry, false),
        (Key::ParksListPartnerships, true),
    ];
    records_table("parks", &columns, rows, l)
}
