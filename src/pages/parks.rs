use leptos::prelude::*;

use crate::app::{href, t, use_locale};
use crate::components::record::foreign_name;
use crate::components::use_catalog;
use crate::data::model::Party;
use crate::i18n::format::{compare_names, country_name};
use crate::i18n::Key;
use crate::route::Route;

/// `/{lang}/parks`: every park with its city, country and number of partnerships.
#[component]
pub fn ParksPage() -> impl IntoView {
    let catalog = use_catalog();
    let locale = use_locale();
    let rows = move || {
        let l = locale.get();
        let mut parks: Vec<_> = catalog.data().parks.iter().collect();
        parks.sort_by(|a, b| compare_names(a.name.get(l), b.name.get(l), l));
        parks
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
                        <td>{country_name(&park.country, l)}</td>
                        <td class="number">{partners}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <h1 tabindex="-1">{t(Key::ParksTitle)}</h1>
        <p class="lead">{t(Key::ParksIntro)}</p>
        <div class="table-wrap">
            <table class="records" data-list="parks">
                <thead>
                    <tr>
                        <th scope="col">{t(Key::ParksListName)}</th>
                        <th scope="col">{t(Key::FieldCity)}</th>
                        <th scope="col">{t(Key::FieldCountry)}</th>
                        <th scope="col" class="number">{t(Key::ParksListPartnerships)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
