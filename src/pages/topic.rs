use leptos::prelude::*;
use portal_core::filters::Filterable;
use portal_core::model::Topic;
use portal_core::{Catalog, Key, Locale, Route};

use super::topics::of_topic;
use super::{agreements, events, organisations, parks};
use crate::components::list_page::List;
use crate::components::record::breadcrumbs;
use crate::components::share_panel;
use crate::components::summaries::{event_item, summary_list};
use crate::context::use_locale;
use crate::data::use_catalog;
use crate::pages::NotFoundPage;

/// `/{lang}/topics/{id}/`: the parks, agreements, events and organisations of
/// a topic, each kind as its list shows it and in the list's order.
#[component]
pub fn TopicPage(id: String) -> impl IntoView {
    let catalog = use_catalog();
    let locale = use_locale();
    move || {
        let l = locale.get();
        match catalog.topic(&id) {
            Some(topic) => topic_page(topic, &catalog, l),
            None => view! { <NotFoundPage/> }.into_any(),
        }
    }
}

fn topic_page(topic: &Topic, catalog: &Catalog, l: Locale) -> AnyView {
    let name = topic.name.get(l).to_string();
    // Events as one list, upcoming first: the events list's groups (upcoming,
    // past, undated, each headed) would be headings as high as the section's.
    let mut events = events::list();
    events.show =
        |events, _, l| summary_list(events.into_iter().map(|e| event_item(e, l)).collect(), l);
    let sections = [
        section(parks::list(), "parks", topic, catalog, l),
        section(agreements::list(), "agreements", topic, catalog, l),
        section(events, "events", topic, catalog, l),
        section(organisations::list(), "organisations", topic, catalog, l),
    ];
    let total: usize = sections.iter().map(|(count, _)| count).sum();
    let sections = sections
        .into_iter()
        .filter_map(|(_, view)| view)
        .collect_view();
    view! {
        {breadcrumbs(l, vec![(l.text(Key::TopicsTitle).to_string(), Some(Route::Topics)), (name.clone(), None)])}
        <article class="record topic" data-record="topic">
            <header class="record-header">
                <p class="record-kind">{l.text(Key::TopicRecord)}</p>
                <h1 tabindex="-1">{name}</h1>
            </header>
            <p class="lead">{l.plural(Key::TopicIntro, total, &[])}</p>
            {sections}
        </article>
        {share_panel(l)}
    }
    .into_any()
}

/// The records of one kind tied to the topic, headed by the list's title and
/// their number; nothing when there are none.
fn section<T: Filterable>(
    list: List<T>,
    id: &'static str,
    topic: &Topic,
    catalog: &Catalog,
    l: Locale,
) -> (usize, Option<AnyView>) {
    let mut records = of_topic((list.records)(catalog.data()), catalog, &topic.id);
    let count = records.len();
    if count == 0 {
        return (0, None);
    }
    (list.order)(&mut records, catalog, l);
    let title = l.format(
        Key::TopicSection,
        &[
            ("title", l.text(list.title)),
            ("count", &portal_core::i18n::format_count(count, l)),
        ],
    );
    let view = view! {
        <section class="record-section" aria-labelledby=id>
            <h2 id=id>{title}</h2>
            {(list.show)(records, catalog, l)}
        </section>
    };
    (count, Some(view.into_any()))
}
