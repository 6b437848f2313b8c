use leptos::prelude::*;
use portal_core::dates::newest_first;
use portal_core::filters::{Facet, Filters};
use portal_core::model::{Agreement, AgreementKind};
use portal_core::ordering::sort_by;
use portal_core::{Catalog, Key, Locale, Route};

use crate::components::filter_bar::{
    country_facet, park_facet, topic_facet, vocabulary_facet, FacetChoices,
};
use crate::components::list_page::{list_page, List};
use crate::components::summaries::{agreement_item, summary_list};
use portal_core::csv::Table;

/// `/{lang}/agreements/`: every agreement, newest first, filtered by kind,
/// country and park of a party, topic and year range.
#[component]
pub fn AgreementsPage() -> impl IntoView {
    list_page(list(), None)
}

/// What this list shows and how (also the topic pages' sections).
pub fn list() -> List<Agreement> {
    List {
        route: Route::Agreements,
        title: Key::AgreementsTitle,
        intro: Key::AgreementsIntro,
        records: |data| &data.agreements,
        facets,
        by_year: true,
        order: |agreements, _, _| {
            sort_by(agreements, |a, b| {
                newest_first(a.date.as_ref(), b.date.as_ref())
            })
        },
        show,
        export: Some(Table::Agreements),
    }
}

fn facets(all: &[Agreement], f: &Filters, catalog: &Catalog, l: Locale) -> Vec<FacetChoices> {
    vec![
        vocabulary_facet::<_, AgreementKind>(all, f, Facet::Kind, catalog, l),
        country_facet(all, f, catalog, l),
        park_facet(all, f, catalog, l),
        topic_facet(all, f, catalog, l),
    ]
}

fn show(agreements: Vec<&Agreement>, catalog: &Catalog, l: Locale) -> AnyView {
    let items = agreements
        .into_iter()
        .map(|a| agreement_item(catalog, a, l))
        .collect();
    view! {
        // Headings must not skip a level: the list's items are h3.
        <h2 class="visually-hidden">{l.text(Key::AgreementsTitle)}</h2>
        <div data-list="agreements">{summary_list(items, l)}</div>
    }
    .into_any()
}
