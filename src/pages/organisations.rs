use leptos::prelude::*;

use crate::app::{href, t, use_locale};
use crate::components::use_catalog;
use crate::i18n::format::{compare_names, country_name};
use crate::i18n::Key;
use crate::route::Route;

/// `/{lang}/organisations`: every organisation with its kind and country, by name.
#[component]
pub fn OrganisationsPage() -> impl IntoView {
    let catalog = use_catalog();
    let locale = use_locale();
    let rows = move || {
        let l = locale.get();
        let mut orgs: Vec<_> = catalog.data().organisations.iter().collect();
        orgs.sort_by(|a, b| compare_names(a.name.get(l), b.name.get(l), l));
        orgs.into_iter()
            .map(|org| {
                view! {
                    <tr data-id=org.id.clone()>
                        <th scope="row"><a href=href(&Route::Organisation(org.id.clone()), l)>{org.name.get(l).to_string()}</a></th>
                        <td>{l.text(org.kind.label())}</td>
                        <td>{country_name(&org.country, l)}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <h1 tabindex="-1">{t(Key::OrganisationsTitle)}</h1>
        <p class="lead">{t(Key::OrganisationsIntro)}</p>
        <div class="table-wrap">
            <table class="records" data-list="organisations">
                <thead>
                    <tr>
                        <th scope="col">{t(Key::RecordOrganisation)}</th>
                        <th scope="col">{t(Key::FieldKind)}</th>
                        <th scope="col">{t(Key::FieldCountry)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
