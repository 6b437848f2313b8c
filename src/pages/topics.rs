use leptos::prelude::*;
use portal_core::filters::{apply, Filterable, Filters};
use portal_core::model::{Dataset, Topic};
use portal_core::ordering::sort_by;
use portal_core::{Catalog, Key, Route};

use crate::components::list_page::records_table;
use crate::components::share_panel;
use crate::context::{href, t, use_locale};
use crate::data::use_catalog;

/// `/{lang}/topics/`: every topic, by name, with how many parks, agreements,
/// events and organisations the sources tie to it; each leads to its page.
#[component]
pub fn TopicsPage() -> impl IntoView {
    let catalog = use_catalog();
    let locale = use_locale();
    let table = move || {
        let l = locale.get();
        let mut topics: Vec<&Topic> = catalog.data().topics.iter().collect();
        sort_by(&mut topics, |a, b| {
            catalog.compare_names(a.name.get(l), b.name.get(l), l)
        });
        let rows = topics
            .into_iter()
            .map(|topic| {
                let counts = counts(&catalog, &topic.id);
                let cells = COLUMNS
                    .iter()
                    .zip(counts)
                    .map(|((key, _), count)| {
                        view! { <td class="number" data-label=l.text(*key)>{count}</td> }
                    })
                    .collect_view();
                view! {
                    <tr data-id=topic.id.clone()>
                        <th scope="row">
                            <a href=href(&Route::Topic(topic.id.clone()), l)>{topic.name.get(l).to_string()}</a>
                        </th>
                        {cells}
                    </tr>
                }
            })
            .collect_view()
            .into_any();
        let mut columns = vec![(Key::TopicsName, false)];
        columns.extend(COLUMNS.iter().map(|(key, _)| (*key, true)));
        records_table("topics", &columns, rows, l)
    };
    view! {
        <h1 tabindex="-1">{t(Key::TopicsTitle)}</h1>
        <p class="lead">{t(Key::TopicsIntro)}</p>
        {table}
        {move || share_panel(locale.get())}
    }
}

/// How many records of one kind a topic has.
type Count = fn(&Dataset, &Catalog, &str) -> usize;

/// The count columns, in the order of the topic page's sections.
const COLUMNS: [(Key, Count); 4] = [
    (Key::NavParks, |d, c, t| of_topic(&d.parks, c, t).len()),
    (Key::NavAgreements, |d, c, t| {
        of_topic(&d.agreements, c, t).len()
    }),
    (Key::NavEvents, |d, c, t| of_topic(&d.events, c, t).len()),
    (Key::NavOrganisations, |d, c, t| {
        of_topic(&d.organisations, c, t).len()
    }),
];

fn counts(catalog: &Catalog, topic: &str) -> [usize; 4] {
    COLUMNS.map(|(_, count)| count(catalog.data(), catalog, topic))
}

/// The records of `topic`: those the lists' topic filter keeps
/// (`?topic=…`), so a topic page and a filtered list agree.
pub fn of_topic<'a, T: Filterable>(records: &'a [T], catalog: &Catalog, topic: &str) -> Vec<&'a T> {
    let filters = Filters {
        topic: Some(topic.to_string()),
        ..Filters::default()
    };
    apply(records, &filters, catalog)
}
