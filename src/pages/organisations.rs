use leptos::prelude::*;
use portal_core::Vocabulary;

use crate::app::{href, t, use_locale};
use crate::components::filter_bar::{
    country_facet, filter_bar, none_match, pager, use_filters, vocabulary_facet,
};
use crate::data::use_catalog;
use portal_core::filters::{apply, page_of, Facet};
use portal_core::model::OrganisationKind;
use portal_core::Key;
use portal_core::Route;

/// `/{lang}/organisations/`: every organisation with its kind and country, by
/// name, filtered by kind and country.
#[component]
pub fn OrganisationsPage() -> impl IntoView {
    let catalog = use_catalog();
    let locale = use_locale();
    let filters = use_filters();
    let body = move || {
        let l = locale.get();
        let f = filters.get();
        let all = &catalog.data().organisations;
        let mut orgs = apply(all, &f, &catalog);
        orgs.sort_by(|a, b| catalog.compare_names(a.name.get(l), b.name.get(l), l));
        let facets = vec![
            vocabulary_facet::<_, OrganisationKind>(all, &f, Facet::Kind, &catalog, l),
            country_facet(all, &f, &catalog, l),
        ];
        let bar = filter_bar(
            Route::Organisations,
            l,
            &f,
            facets,
            Vec::new(),
            orgs.len(),
            all.len(),
        );
        if orgs.is_empty() {
            return view! { {bar} {none_match(l)} }.into_any();
        }
        let (orgs, page, pages) = page_of(orgs, f.page);
        let rows = orgs
            .into_iter()
            .map(|org| {
                view! {
                    <tr data-id=org.id.clone()>
                        <th scope="row"><a href=href(&Route::Organisation(org.id.clone()), l)>{org.name.get(l).to_string()}</a></th>
                        <td>{l.text(org.kind.label())}</td>
                        <td>{catalog.country_name(&org.country, l).to_string()}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            {bar}
            <div class="table-wrap">
                <table class="records" data-list="organisations">
                    <thead>
                        <tr>
                            <th scope="col">{l.text(Key::RecordOrganisation)}</th>
                            <th scope="col">{l.text(Key::FieldKind)}</th>
                            <th scope="col">{l.text(Key::FieldCountry)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {pager(&Route::Organisations, l, &f, page, pages)}
        }
        .into_any()
    };
    view! {
        <h1 tabindex="-1">{t(Key::OrganisationsTitle)}</h1>
        <p class="lead">{t(Key::OrganisationsIntro)}</p>
        {body}
    }
}
