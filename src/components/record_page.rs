//! The one skeleton of the record pages (park, organisation, agreement,
//! event): breadcrumbs, the record's kind and heading, a box of facts, the
//! main text and its sections, a side column, what the sources leave open,
//! the sources, and the share panel. Each record page gives only what is its own.

use leptos::prelude::*;
use portal_core::model::{Agreement, Event, Localized, Party};
use portal_core::{Catalog, Key, Locale, RecordKind, Route};

use super::record::{breadcrumbs, facts, note, party_ref, record_links, section, source_list};
use super::summaries::{agreement_item, event_item, summary_list};
use super::{share_link, share_panel};
use crate::context::use_locale;
use crate::data::use_catalog;
use crate::pages::NotFoundPage;

/// What one record page shows.
pub struct Record<'a> {
    pub kind: RecordKind,
    /// The record's name, in the breadcrumbs.
    pub name: String,
    /// The page's heading: the name, or more (an organisation's acronym).
    pub heading: String,
    /// Label and value, in the facts box.
    pub facts: Vec<(Key, AnyView)>,
    /// Below the facts box (the event's calendar file).
    pub after_facts: Option<AnyView>,
    /// The lead and the main sections, in order.
    pub main: Vec<AnyView>,
    /// The side column's sections.
    pub side: Vec<AnyView>,
    pub note: Option<&'a Localized>,
    pub sources: &'a [String],
}

/// The sections of one column of a record page, in order; a section with
/// nothing to show can be left out.
pub struct Sections {
    views: Vec<AnyView>,
    locale: Locale,
}

impl Sections {
    pub fn new(locale: Locale) -> Sections {
        Sections {
            views: Vec::new(),
            locale,
        }
    }

    /// Something that is not a titled section (the lead).
    pub fn then(mut self, view: AnyView) -> Sections {
        self.views.push(view);
        self
    }

    /// A section titled `title`, `id` the anchor of its heading.
    pub fn add(self, title: Key, id: &'static str, content: AnyView) -> Sections {
        let l = self.locale;
        self.then(section(title, l, id, content))
    }

    /// A section shown only when `show`.
    pub fn add_if(
        self,
        show: bool,
        title: Key,
        id: &'static str,
        content: impl FnOnce() -> AnyView,
    ) -> Sections {
        if show {
            self.add(title, id, content())
        } else {
            self
        }
    }

    pub fn done(self) -> Vec<AnyView> {
        self.views
    }
}

/// A party's partners, agreements and events, as its page lists them.
pub fn party_links(catalog: &Catalog, party: &Party, l: Locale) -> (AnyView, AnyView, AnyView) {
    linked_records(
        catalog,
        catalog.partners_of(party),
        catalog.agreements_of(party),
        catalog.events_of(party),
        l,
    )
}

/// Partners, agreements and events, as a park's or an organisation's page lists them.
pub fn linked_records(
    catalog: &Catalog,
    partners: Vec<&Party>,
    agreements: Vec<&Agreement>,
    events: Vec<&Event>,
    l: Locale,
) -> (AnyView, AnyView, AnyView) {
    let partners = partners.into_iter().map(party_ref).collect();
    let agreements = agreements
        .into_iter()
        .map(|a| agreement_item(catalog, a, l))
        .collect();
    let events = events.into_iter().map(|e| event_item(e, l)).collect();
    (
        record_links(catalog, partners, l),
        summary_list(agreements, l),
        summary_list(events, l),
    )
}

/// The list a kind of record belongs to, with its title; and the kind's
/// name (`data-record`) and label above the heading.
fn kind_of(kind: RecordKind) -> (Route, Key, &'static str, Key) {
    match kind {
        RecordKind::Park => (Route::Parks, Key::ParksTitle, "park", Key::RecordPark),
        RecordKind::Organisation => (
            Route::Organisations,
            Key::OrganisationsTitle,
            "organisation",
            Key::RecordOrganisation,
        ),
        RecordKind::Agreement => (
            Route::Agreements,
            Key::AgreementsTitle,
            "agreement",
            Key::RecordAgreement,
        ),
        RecordKind::Event => (Route::Events, Key::EventsTitle, "event", Key::RecordEvent),
        RecordKind::Person => (Route::People, Key::PeopleTitle, "person", Key::PersonRecord),
    }
}

/// The page of the record that `find` finds by `id`, laid out by `show`;
/// the not-found page when there is none.
pub fn record_page<R: 'static>(
    id: String,
    find: for<'c> fn(&'c Catalog, &str) -> Option<&'c R>,
    show: for<'c> fn(&'c R, &'c Catalog, Locale) -> Record<'c>,
) -> AnyView {
    let catalog = use_catalog();
    let locale = use_locale();
    (move || {
        let l = locale.get();
        match find(&catalog, &id) {
            Some(record) => layout(show(record, &catalog, l), &catalog, l),
            None => view! { <NotFoundPage/> }.into_any(),
        }
    })
    .into_any()
}

fn layout(record: Record<'_>, catalog: &Catalog, l: Locale) -> AnyView {
    let (list, list_title, kind, kind_label) = kind_of(record.kind);
    view! {
        {breadcrumbs(l, vec![(l.text(list_title).to_string(), Some(list)), (record.name, None)])}
        <article class="record" data-record=kind>
            <header class="record-header">
                <div class="record-header__top">
                    <p class="record-kind">{l.text(kind_label)}</p>
                    {share_link(l)}
                </div>
                <h1 tabindex="-1">{record.heading}</h1>
            </header>
            <div class="record-body">
                <div class="record-facts">{facts(l, record.facts)}{record.after_facts}</div>
                <div class="record-main">{record.main}</div>
                <div class="record-side">{record.side}</div>
            </div>
            {note(record.note, l)}
            {source_list(catalog, record.sources, l)}
        </article>
        {share_panel(l)}
    }
    .into_any()
}
