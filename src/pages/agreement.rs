use leptos::prelude::*;
use portal_core::Vocabulary;

use super::NotFoundPage;
use crate::app::use_locale;
use crate::components::record::{
    breadcrumbs, date_text, facts, note, party_ref, record_link, record_links, section,
    source_list, topic_tags,
};
use crate::components::summaries::{event_item, summary_list};
use crate::data::use_catalog;
use portal_core::Key;
use portal_core::Route;

/// `/{lang}/agreements/{id}`: an agreement, its parties, scope, date and the event where it was signed.
#[component]
pub fn AgreementPage(id: String) -> impl IntoView {
    let catalog = use_catalog();
    let locale = use_locale();
    move || {
        let l = locale.get();
        let Some(agreement) = catalog.agreement(&id) else {
            return view! { <NotFoundPage/> }.into_any();
        };
        let title = agreement.title.get(l).to_string();
        let mut rows = vec![
            (
                Key::FieldKind,
                view! { {l.text(agreement.kind.label())} }.into_any(),
            ),
            (
                Key::FieldDate,
                view! { {date_text(agreement.date.as_ref(), l)} }.into_any(),
            ),
        ];
        if let Some(place) = &agreement.place {
            rows.push((
                Key::FieldPlace,
                view! { {place.get(l).to_string()} }.into_any(),
            ));
        }
        if let Some(event) = agreement.event.as_deref() {
            rows.push((
                Key::FieldSignedAt,
                record_link(&catalog, portal_core::RecordRef::Event(event), l),
            ));
        }
        let parties = agreement.parties.iter().map(party_ref).collect();
        let events = catalog
            .events_of_agreement(&agreement.id)
            .into_iter()
            .map(|e| event_item(e, l))
            .collect();
        view! {
            {breadcrumbs(l, vec![(l.text(Key::AgreementsTitle).to_string(), Some(Route::Agreements)), (title.clone(), None)])}
            <article class="record" data-record="agreement">
                <header class="record-header">
                    <p class="record-kind">{l.text(Key::RecordAgreement)}</p>
                    <h1 tabindex="-1">{title}</h1>
                </header>
                <div class="record-body">
                    <div class="record-facts">{facts(l, rows)}</div>
                    <div class="record-main">
                        {section(Key::FieldScope, l, "scope", view! { <p class="record-lead">{agreement.summary.get(l).to_string()}</p> }.into_any())}
                        {section(Key::FieldParties, l, "parties", record_links(&catalog, parties, l))}
                        {section(Key::FieldEvents, l, "events", summary_list(events, l))}
                    </div>
                    <div class="record-side">
                        {(!agreement.topics.is_empty()).then(|| section(Key::FieldTopics, l, "topics", topic_tags(&catalog, &agreement.topics, l)))}
                    </div>
                </div>
                {note(agreement.note.as_ref(), l)}
                {source_list(&catalog, &agreement.sources, l)}
            </article>
        }
        .into_any()
    }
}
