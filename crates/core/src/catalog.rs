//! The validated dataset with its lookups: records by id and the links between
//! them in both directions (a park's agreements, an organisation's events, the
//! records drawn from a source). Built once when the data loads, so pages only
//! read.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::i18n::{Locale, Names};
use crate::model::{Agreement, Dataset, Event, Organisation, Park, Party, Person, Source, Topic};
use crate::record::{RecordKind, RecordRef};
use crate::search::SearchIndex;

mod parks;

impl Organisation {
    /// Its page heading: the name, with the acronym after it unless the name
    /// already shows it: `Sophia Antipolis Foundation (FSA)`.
    pub fn heading(&self, locale: Locale) -> String {
        let name = self.name.get(locale);
        match self.acronym.as_deref() {
            Some(acronym) if !name.contains(acronym) => format!("{name} ({acronym})"),
            _ => name.to_string(),
        }
    }
}

/// Positions of records by id, for one record type.
type IdIndex = HashMap<String, usize>;

fn index_by_id<T>(records: &[T], id: impl Fn(&T) -> &str) -> IdIndex {
    records
        .iter()
        .enumerate()
        .map(|(i, r)| (id(r).to_string(), i))
        .collect()
}

/// Positions of the records that mention each key, for one kind of link.
type LinkIndex = HashMap<String, Vec<usize>>;

fn link(index: &mut LinkIndex, key: &str, position: usize) {
    let list = index.entry(key.to_string()).or_default();
    if list.last() != Some(&position) {
        list.push(position);
    }
}

/// The dataset and its lookups.
pub struct Catalog {
    data: Dataset,
    /// Country names and the order of names in each language.
    names: Names,
    parks: IdIndex,
    organisations: IdIndex,
    agreements: IdIndex,
    events: IdIndex,
    people: IdIndex,
    sources: IdIndex,
    topics: IdIndex,
    /// Agreements by party (`Party` key, see [`party_key`]).
    agreements_by_party: LinkIndex,
    /// Events by organiser, participant or concerned park (`Party` key).
    events_by_party: LinkIndex,
    /// Events by agreement signed or discussed there.
    events_by_agreement: LinkIndex,
    /// People by organisation or park (`Party` key).
    people_by_party: LinkIndex,
    /// Organisations based in each park.
    organisations_by_park: LinkIndex,
    /// Records citing each source, as (kind, position): the sources page reads
    /// it for every source it shows.
    records_by_source: HashMap<String, Vec<(RecordKind, usize)>>,
    /// Built on first use (the search page, or focus on the search field):
    /// most visits never search, and building it is the larger part of
    /// start-up on a big dataset.
    search: OnceLock<SearchIndex>,
}

/// One key space for parks and organisations, so both can be looked up alike.
fn party_key(party: &Party) -> String {
    match party {
        Party::Park(id) => format!("park:{id}"),
        Party::Organisation(id) => format!("organisation:{id}"),
    }
}

impl Catalog {
    /// Builds the lookups of a dataset, with the names the build computed for
    /// it. A reference to a record that does not exist is left out of the
    /// lookups: the app reads files no validator has seen.
    pub fn new(data: Dataset, names: Names) -> Catalog {
        let mut agreements_by_party = LinkIndex::new();
        for (i, agreement) in data.agreements.iter().enumerate() {
            for party in &agreement.parties {
                link(&mut agreements_by_party, &party_key(party), i);
            }
        }
        let mut events_by_party = LinkIndex::new();
        let mut events_by_agreement = LinkIndex::new();
        for (i, event) in data.events.iter().enumerate() {
            let parks = event.parks.iter().map(|id| Party::Park(id.clone()));
            for party in event
                .organisers
                .iter()
                .chain(&event.participants)
                .cloned()
                .chain(parks)
            {
                link(&mut events_by_party, &party_key(&party), i);
            }
            for agreement in &event.agreements {
                link(&mut events_by_agreement, agreement, i);
            }
        }
        // An agreement that names the event it was signed at links back to it
        // even when the event does not list the agreement.
        for agreement in &data.agreements {
            if let Some(event) = agreement.event.as_deref() {
                if let Some(position) = data.events.iter().position(|e| e.id == event) {
                    let list = events_by_agreement.entry(agreement.id.clone()).or_default();
                    if !list.contains(&position) {
                        list.push(position);
                    }
                }
            }
        }
        let mut people_by_party = LinkIndex::new();
        for (i, person) in data.people.iter().enumerate() {
            if let Some(org) = &person.organisation {
                link(
                    &mut people_by_party,
                    &party_key(&Party::Organisation(org.clone())),
                    i,
                );
            }
            if let Some(park) = &person.park {
                link(
                    &mut people_by_party,
                    &party_key(&Party::Park(park.clone())),
                    i,
                );
            }
        }
        let mut organisations_by_park = LinkIndex::new();
        for (i, org) in data.organisations.iter().enumerate() {
            if let Some(park) = &org.park {
                link(&mut organisations_by_park, park, i);
            }
        }
        let mut records_by_source: HashMap<String, Vec<(RecordKind, usize)>> = HashMap::new();
        let mut cite = |kind: RecordKind, sources: &[String], i: usize| {
            for source in sources {
                records_by_source
                    .entry(source.clone())
                    .or_default()
                    .push((kind, i));
            }
        };
        data.parks
            .iter()
            .enumerate()
            .for_each(|(i, r)| cite(RecordKind::Park, &r.sources, i));
        data.organisations
            .iter()
            .enumerate()
            .for_each(|(i, r)| cite(RecordKind::Organisation, &r.sources, i));
        data.agreements
            .iter()
            .enumerate()
            .for_each(|(i, r)| cite(RecordKind::Agreement, &r.sources, i));
        data.events
            .iter()
            .enumerate()
            .for_each(|(i, r)| cite(RecordKind::Event, &r.sources, i));
        data.people
            .iter()
            .enumerate()
            .for_each(|(i, r)| cite(RecordKind::Person, &r.sources, i));
        Catalog {
            names,
            records_by_source,
            search: OnceLock::new(),
            parks: index_by_id(&data.parks, |r| &r.id),
            organisations: index_by_id(&data.organisations, |r| &r.id),
            agreements: index_by_id(&data.agreements, |r| &r.id),
            events: index_by_id(&data.events, |r| &r.id),
            people: index_by_id(&data.people, |r| &r.id),
            sources: index_by_id(&data.sources, |r| &r.id),
            topics: index_by_id(&data.topics, |r| &r.id),
            agreements_by_party,
            events_by_party,
            events_by_agreement,
            people_by_party,
            organisations_by_park,
            data,
        }
    }

    pub fn data(&self) -> &Dataset {
        &self.data
    }

    /// Country names and the order of names, as the build computed them.
    pub fn names(&self) -> &Names {
        &self.names
    }

    /// A country's name in `locale` (`CN` → `Chine`).
    pub fn country_name<'a>(&'a self, code: &'a str, locale: Locale) -> &'a str {
        self.names.country(code, locale)
    }

    /// Compares two names in the order of `locale`.
    pub fn compare_names(&self, a: &str, b: &str, locale: Locale) -> std::cmp::Ordering {
        self.names.compare(&self.data, a, b, locale)
    }

    /// The search index, built the first time it is asked for.
    pub fn search_index(&self) -> &SearchIndex {
        self.search.get_or_init(|| SearchIndex::new(self))
    }

    pub fn park(&self, id: &str) -> Option<&Park> {
        self.parks.get(id).map(|&i| &self.data.parks[i])
    }

    pub fn organisation(&self, id: &str) -> Option<&Organisation> {
        self.organisations
            .get(id)
            .map(|&i| &self.data.organisations[i])
    }

    pub fn agreement(&self, id: &str) -> Option<&Agreement> {
        self.agreements.get(id).map(|&i| &self.data.agreements[i])
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.get(id).map(|&i| &self.data.events[i])
    }

    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.get(id).map(|&i| &self.data.people[i])
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.get(id).map(|&i| &self.data.sources[i])
    }

    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.get(id).map(|&i| &self.data.topics[i])
    }

    /// The name of a park or organisation in `locale`.
    pub fn party_name(&self, party: &Party, locale: Locale) -> Option<&str> {
        match party {
            Party::Park(id) => self.park(id).map(|p| p.name.get(locale)),
            Party::Organisation(id) => self.organisation(id).map(|o| o.name.get(locale)),
        }
    }

    /// Agreements a park or organisation is a party to.
    pub fn agreements_of(&self, party: &Party) -> Vec<&Agreement> {
        Self::pick(
            &self.agreements_by_party,
            &party_key(party),
            &self.data.agreements,
        )
    }

    /// Events a park or organisation organised, took part in, or (for a park) that concern it.
    pub fn events_of(&self, party: &Party) -> Vec<&Event> {
        Self::pick(&self.events_by_party, &party_key(party), &self.data.events)
    }

    /// Events at which an agreement was signed or discussed.
    pub fn events_of_agreement(&self, agreement: &str) -> Vec<&Event> {
        Self::pick(&self.events_by_agreement, agreement, &self.data.events)
    }

    /// People who belong to a park or organisation.
    pub fn people_of(&self, party: &Party) -> Vec<&Person> {
        Self::pick(&self.people_by_party, &party_key(party), &self.data.people)
    }

    /// Organisations based in a park.
    pub fn organisations_in(&self, park: &str) -> Vec<&Organisation> {
        Self::pick(&self.organisations_by_park, park, &self.data.organisations)
    }

    /// The other parties of a party's agreements, each once, in order of first appearance.
    pub fn partners_of(&self, party: &Party) -> Vec<&Party> {
        let mut partners: Vec<&Party> = Vec::new();
        for agreement in self.agreements_of(party) {
            for other in &agreement.parties {
                if other != party && !partners.contains(&other) {
                    partners.push(other);
                }
            }
        }
        partners
    }

    /// Every record that cites a source, in a stable order (by type, then dataset order).
    pub fn records_citing(&self, source: &str) -> Vec<RecordRef<'_>> {
        let d = &self.data;
        self.records_by_source
            .get(source)
            .map(|records| {
                records
                    .iter()
                    .map(|&(kind, i)| match kind {
                        RecordKind::Park => RecordRef::Park(&d.parks[i].id),
                        RecordKind::Organisation => RecordRef::Organisation(&d.organisations[i].id),
                        RecordKind::Agreement => RecordRef::Agreement(&d.agreements[i].id),
                        RecordKind::Event => RecordRef::Event(&d.events[i].id),
                        RecordKind::Person => RecordRef::Person(&d.people[i].id),
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    fn pick<'a, T>(index: &LinkIndex, key: &str, records: &'a [T]) -> Vec<&'a T> {
        index
            .get(key)
            .map(|positions| positions.iter().map(|&i| &records[i]).collect())
            .unwrap_or_default()
    }
}
