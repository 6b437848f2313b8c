//! The records as schema.org nodes: each named as its page's heading, with
//! its canonical address, dates only as precise as the sources (ISO 8601 at
//! their precision: `2016`, `2016-07`, `2016-07-02`), and `isBasedOn` the
//! entries of the articles it is drawn from on the sources page
//! (`/<lang>/sources/#<id>`, where that page anchors each article).

use portal_core::address::Site;
use portal_core::dates::iso;
use portal_core::model::{
    Agreement, Coordinates, Event, EventFormat, EventStatus, Localized, Organisation,
    OrganisationKind, Park, Party, Person, Source,
};
use portal_core::{Catalog, Locale, Route, Vocabulary};
use serde_json::{json, Value};

use super::Node;

/// schema.org's type for an organisation of each kind: the closest subtype
/// of `Organization` that holds for every organisation of that kind.
fn organisation_type(kind: OrganisationKind) -> &'static str {
    match kind {
        // Private non-profit bodies (the Sophia Antipolis Foundation, an
        // association under French law): schema.org has neither Foundation
        // nor Association, and `NGO` is its type for these.
        OrganisationKind::Foundation | OrganisationKind::Association => "NGO",
        // Universities and a grande école: higher education.
        OrganisationKind::University => "CollegeOrUniversity",
        // Businesses; not `LocalBusiness`, which is a shop or an office open
        // to the public.
        OrganisationKind::Company => "Corporation",
        // Ministries, the State Council, the European Commission, a zone's
        // administration, the Chinese Academy of Sciences (a State Council
        // institution).
        OrganisationKind::Government => "GovernmentOrganization",
        // Innovation centres are incubators and business-support bodies,
        // some public and some private, and a network is a network of
        // organisations: no narrower type holds for all of them
        // (`ResearchOrganization` would claim research they do not do).
        OrganisationKind::InnovationCentre | OrganisationKind::Network => "Organization",
    }
}

/// A park is a place; it is also an organisation where the data shows it
/// acting as one: a party to an agreement, an organiser of or participant
/// in an event (a zone's administration, under the zone's name).
fn park_types(park: &Park, catalog: &Catalog) -> Value {
    let me = Party::Park(park.id.clone());
    let acts = !catalog.agreements_of(&me).is_empty()
        || catalog
            .data()
            .events
            .iter()
            .any(|e| e.organisers.contains(&me) || e.participants.contains(&me));
    if acts {
        json!(["Place", "Organization"])
    } else {
        json!("Place")
    }
}

/// The address of a source's entry on the sources page of `locale`.
pub fn source_address(id: &str, locale: Locale, site: &Site) -> String {
    format!("{}#{id}", site.page(&Route::Sources, locale))
}

/// The entries of the articles a record is drawn from, for `isBasedOn`.
pub fn based_on(sources: &[String], locale: Locale, site: &Site) -> Vec<Value> {
    sources
        .iter()
        .map(|id| Value::String(source_address(id, locale, site)))
        .collect()
}

/// A position, at the city level the data gives.
fn geo(at: &Coordinates) -> Value {
    json!({ "@type": "GeoCoordinates", "latitude": at.lat, "longitude": at.lon })
}

/// A park or an organisation named as a party (organiser, signatory): its
/// type, its name and its page.
fn party(party: &Party, catalog: &Catalog, l: Locale, site: &Site) -> Option<Value> {
    let (types, name, route) = match party {
        // Acting as a party is acting as an organisation.
        Party::Park(id) => {
            let park = catalog.park(id)?;
            (
                json!(["Place", "Organization"]),
                park.name.get(l),
                Route::Park(id.clone()),
            )
        }
        Party::Organisation(id) => {
            let org = catalog.organisation(id)?;
            (
                json!(organisation_type(org.kind)),
                org.name.get(l),
                Route::Organisation(id.clone()),
            )
        }
    };
    Some(
        Node::new(types)
            .set("name", name)
            .set("url", site.page(&route, l))
            .done(),
    )
}

fn parties(list: &[Party], catalog: &Catalog, l: Locale, site: &Site) -> Vec<Value> {
    list.iter()
        .filter_map(|p| party(p, catalog, l, site))
        .collect()
}

/// A named place, with its position when the data has one.
fn place(name: Option<&Localized>, at: Option<&Coordinates>, l: Locale) -> Option<Value> {
    if name.is_none() && at.is_none() {
        return None;
    }
    Some(
        Node::new("Place")
            .maybe("name", name.map(|n| n.get(l)))
            .maybe("geo", at.map(geo))
            .done(),
    )
}

/// A park: a place with its position and address, and an organisation
/// where it acts as one (see [`park_types`]).
pub fn park(park: &Park, catalog: &Catalog, l: Locale, site: &Site) -> Value {
    let name = park.name.get(l);
    let types = park_types(park, catalog);
    let is_organisation = types.is_array();
    Node::new(types)
        .set("name", name)
        .maybe(
            "alternateName",
            (park.local_name != name).then(|| park.local_name.clone()),
        )
        .set("url", site.page(&Route::Park(park.id.clone()), l))
        .set("description", park.description.get(l))
        .set("geo", geo(&park.location))
        .set(
            "address",
            json!({
                "@type": "PostalAddress",
                "addressLocality": park.city.get(l),
                "addressRegion": park.region.get(l),
                "addressCountry": park.country,
            }),
        )
        // An organisation's founding date; schema.org gives a place none.
        .maybe(
            "foundingDate",
            park.founded.as_ref().filter(|_| is_organisation).map(iso),
        )
        .list("isBasedOn", based_on(&park.sources, l, site))
        .done()
}

/// An organisation, named as its page's heading (with its acronym).
pub fn organisation(org: &Organisation, catalog: &Catalog, l: Locale, site: &Site) -> Value {
    let heading = org.heading(l);
    // The other names a visitor may know it by: without the acronym, the
    // acronym alone, its name in its own language.
    let mut alternate: Vec<Value> = Vec::new();
    for name in [
        Some(org.name.get(l)),
        org.acronym.as_deref(),
        org.local_name.as_deref(),
    ]
    .into_iter()
    .flatten()
    {
        let name = Value::from(name);
        if name != heading.as_str() && !alternate.contains(&name) {
            alternate.push(name);
        }
    }
    let based_in = org
        .park
        .as_ref()
        .and_then(|id| party(&Party::Park(id.clone()), catalog, l, site));
    Node::new(organisation_type(org.kind))
        .set("name", heading)
        .list("alternateName", alternate)
        .set("url", site.page(&Route::Organisation(org.id.clone()), l))
        .set("description", org.description.get(l))
        .set(
            "address",
            json!({ "@type": "PostalAddress", "addressCountry": org.country }),
        )
        .maybe("location", based_in)
        .list("isBasedOn", based_on(&org.sources, l, site))
        .done()
}

/// A person, named as their page's heading, with the other form of their
/// name, their role, organisation and park. The articles that name them are
/// `subjectOf`: `isBasedOn` is a property of creative works, not of people.
pub fn person(person: &Person, catalog: &Catalog, l: Locale, site: &Site) -> Value {
    let name = person.name_in(l);
    let mut alternate: Vec<Value> = Vec::new();
    for other in [person.latin_name.as_str(), person.native_name.as_str()] {
        if other != name && !alternate.contains(&Value::from(other)) {
            alternate.push(other.into());
        }
    }
    let member = |party: Option<Party>| party.and_then(|p| self::party(&p, catalog, l, site));
    Node::new("Person")
        .set("name", name)
        .list("alternateName", alternate)
        .set("url", site.page(&Route::Person(person.id.clone()), l))
        .set("jobTitle", person.role.get(l))
        .maybe(
            "affiliation",
            member(person.organisation.clone().map(Party::Organisation)),
        )
        .maybe("workLocation", member(person.park.clone().map(Party::Park)))
        .list("subjectOf", based_on(&person.sources, l, site))
        .done()
}

/// An event: when and where, in what form, who organised it, and the
/// agreements signed or discussed there.
pub fn event(event: &Event, catalog: &Catalog, l: Locale, site: &Site) -> Value {
    let mode = match event.format {
        EventFormat::OnSite => "https://schema.org/OfflineEventAttendanceMode",
        EventFormat::Online => "https://schema.org/OnlineEventAttendanceMode",
        EventFormat::Hybrid => "https://schema.org/MixedEventAttendanceMode",
    };
    // schema.org's statuses say how an event stands against its plan
    // (scheduled, cancelled, postponed, rescheduled, moved online). Held and
    // announced events are both as planned, as far as the sources say:
    // EventScheduled is "taking place or has taken place on the startDate as
    // scheduled". The difference between the two is the date, not a status.
    let status = match event.status {
        EventStatus::Held | EventStatus::Announced => "https://schema.org/EventScheduled",
    };
    let works = event
        .agreements
        .iter()
        .filter_map(|id| catalog.agreement(id))
        .map(|a| {
            Node::new("CreativeWork")
                .set("name", a.title.get(l))
                .set("url", site.page(&Route::Agreement(a.id.clone()), l))
                .done()
        })
        .collect();
    // The people the sources name at the event, each with their page.
    let attendees = event
        .people
        .iter()
        .filter_map(|id| catalog.person(id))
        .map(|p| {
            Node::new("Person")
                .set("name", p.name_in(l))
                .set("url", site.page(&Route::Person(p.id.clone()), l))
                .done()
        })
        .collect();
    Node::new("Event")
        .set("name", event.title.get(l))
        .set("url", site.page(&Route::Event(event.id.clone()), l))
        .set("description", event.summary.get(l))
        .maybe("startDate", event.date.as_ref().map(|d| iso(&d.from)))
        .maybe(
            "endDate",
            event.date.as_ref().and_then(|d| d.to.as_ref()).map(iso),
        )
        .set("eventAttendanceMode", mode)
        .set("eventStatus", status)
        .maybe(
            "location",
            place(event.place.as_ref(), event.location.as_ref(), l),
        )
        .list("organizer", parties(&event.organisers, catalog, l, site))
        .list("attendee", attendees)
        .list("workFeatured", works)
        .list("isBasedOn", based_on(&event.sources, l, site))
        .done()
}

/// An agreement, as the text its parties wrote and signed: a `CreativeWork`
/// (docs/FEATURES.md, "Structured data and feeds", says why), its parties as its
/// creators, created where and when it was signed. A date given as a span
/// (`2021/22`) is the agreement's period, `temporalCoverage`, not a
/// creation date.
pub fn agreement(agreement: &Agreement, catalog: &Catalog, l: Locale, site: &Site) -> Value {
    let (created, period) = match &agreement.date {
        Some(span) => match &span.to {
            None => (Some(iso(&span.from)), None),
            Some(to) => (None, Some(format!("{}/{}", iso(&span.from), iso(to)))),
        },
        None => (None, None),
    };
    Node::new("CreativeWork")
        .set("name", agreement.title.get(l))
        .set("url", site.page(&Route::Agreement(agreement.id.clone()), l))
        .set("description", agreement.summary.get(l))
        .set("genre", l.text(agreement.kind.label()))
        .list("creator", parties(&agreement.parties, catalog, l, site))
        .maybe("dateCreated", created)
        .maybe("temporalCoverage", period)
        .maybe("locationCreated", place(agreement.place.as_ref(), None, l))
        .list("isBasedOn", based_on(&agreement.sources, l, site))
        .done()
}

/// A source article, identified by its entry on the sources page. It is an
/// `Article`, not a `NewsArticle`: the sources are press reports, an
/// organisation's pages and an untitled bilingual notice, and the dataset
/// does not say which is news. Its `headline` is its own title as published,
/// its `name` the title in the page's language; no `url`, since the dataset
/// does not give where the article is published.
pub fn source(source: &Source, l: Locale, site: &Site) -> Value {
    Node::new("Article")
        .set("@id", source_address(&source.id, l, site))
        .set("headline", source.original_title.as_str())
        .set("name", source.title.get(l))
        .set("inLanguage", source.languages.clone())
        .maybe("datePublished", source.date.as_ref().map(iso))
        .maybe(
            "publisher",
            source
                .publisher
                .as_ref()
                .map(|p| json!({ "@type": "Organization", "name": p.get(l) })),
        )
        .done()
}
