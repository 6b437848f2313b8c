use leptos::prelude::*;

use crate::app::{href, t, use_locale};
use crate::components::filter_bar::{
    country_facet, filter_bar, none_match, pager, topic_facet, use_filters,
};
use crate::components::record::foreign_name;
use crate::data::use_catalog;
use portal_core::filters::{apply, page_of};
use portal_core::model::Party;
use portal_core::Key;
use portal_core::Route;

/// `/{lang}/parks/`: every park with its city, country and number of
/// partnerships, filtered by country and sector.
#[component]
pub fn ParksPage() -> impl IntoView {
    let catalog = use_catalog();
    let locale = use_locale();
    let filters = use_filters();
    let body = move || {
        let l = locale.get();
        let f = filters.get();
        let all = &catalog.data().parks;
        let mut parks = apply(all, &f, &catalog);
        parks.sort_by(|a, b| catalog.compare_names(a.name.get(l), b.name.get(l), l));
        let facets = vec![
            country_facet(all, &f, &catalog, l),
            topic_facet(all, &f, &catalog, l),
        ];
        let bar = filter_bar(
            Route::Parks,
            l,
            &f,
            facets,
            Vec::new(),
            parks.len(),
            all.len(),
        );
        if parks.is_empty() {
            return view! { {bar} {none_match(l)} }.into_any();
        }
        let (parks, page, pages) = page_of(parks, f.page);
        let rows = parks
            .into_iter()
            .map(|park| {
                let partners = catalog.partners_of(&Party::Park(park.id.clone())).len();
                let name = park.name.get(l).to_string();
                view! {
                    <tr data-id=park.id.clone()>
                        <th scope="row">
                            <a href=href(&Route::Park(park.id.clone()), l)>{name.clone()}</a>
                            {(park.local_name != name).then(|| view! { <br/><small class="muted">{foreign_name(&park.local_name, Some(&park.local_name_lang))}</small> })}
                        </th>
                        <td>{park.city.get(l).to_string()}</td>
                        <td>{catalog.country_name(&park.country, l).to_string()}</td>
                        <td class="number">{partners}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            {bar}
            <div class="table-wrap">
                <table class="records" data-list="parks">
                    <thead>
                        <tr>
                            <th scope="col">{l.text(Key::ParksListName)}</th>
                            <th scope="col">{l.text(Key::FieldCity)}</th>
                            <th scope="col">{l.text(Key::FieldCountry)}</th>
                            <th scope="col" class="number">{l.text(Key::ParksListPartnerships)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {pager(&Route::Parks, l, &f, page, pages)}
        }
        .into_any()
    };
    view! {
        <h1 tabindex="-1">{t(Key::ParksTitle)}</h1>
        <p class="lead">{t(Key::ParksIntro)}</p>
        {body}
    }
}
