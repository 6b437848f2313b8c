//! People: how each language names them, and their links to events and
//! agreements, which go through the events they attended (an event lists its
//! people, an agreement the event it was signed at).
//!
//! Found by scanning the events: a person page or an agreement page asks for
//! a few of them, and the catalog's lookups stay the ones every page needs.

use crate::filters::{Facet, Filterable};
use crate::i18n::Locale;
use crate::model::{Agreement, Event, Person};
use crate::{Catalog, RecordRef};

impl Person {
    /// The person's name as pages in `locale` write it, the same on every
    /// page of that language. Chinese pages use the name in its own script
    /// (朱红宇, Pierre Laffitte): the one Chinese source names Chinese people in
    /// characters and no source gives a French name in characters, so the
    /// portal invents no transliteration. French and English pages use the
    /// Latin form, with the characters after it where they differ
    /// (`Zhu Hongyu (朱红宇)`).
    pub fn name_in(&self, locale: Locale) -> String {
        if self.native_name == self.latin_name || locale == Locale::Zh {
            self.native_name.clone()
        } else {
            format!("{} ({})", self.latin_name, self.native_name)
        }
    }

    /// The other form of the name, shown once on the person's page: the
    /// Latin transliteration on Chinese pages, none where there is no other.
    pub fn other_name(&self, locale: Locale) -> Option<&str> {
        (locale == Locale::Zh && self.native_name != self.latin_name)
            .then_some(self.latin_name.as_str())
    }
}

/// People under the organisation (or, failing one, the park) they come from,
/// in the order the record names them; the groups in the order their first
/// member is named, people with neither last. With the organisation's or
/// park's country, a page answers "who came from the Chinese side".
pub struct Affiliated<'a> {
    /// The organisation or park, `None` for people the sources attach to neither.
    pub affiliation: Option<RecordRef<'a>>,
    /// Its country (ISO 3166-1 alpha-2), where it is known.
    pub country: Option<&'a str>,
    pub people: Vec<&'a Person>,
}

impl Catalog {
    /// `people` grouped by affiliation ([`Affiliated`]).
    pub fn by_affiliation<'a>(&'a self, people: &[&'a Person]) -> Vec<Affiliated<'a>> {
        let mut groups: Vec<Affiliated<'a>> = Vec::new();
        for person in people {
            let affiliation = person
                .organisation
                .as_deref()
                .map(RecordRef::Organisation)
                .or(person.park.as_deref().map(RecordRef::Park));
            match groups.iter_mut().find(|g| g.affiliation == affiliation) {
                Some(group) => group.people.push(person),
                None => groups.push(Affiliated {
                    affiliation,
                    country: match affiliation {
                        Some(RecordRef::Organisation(id)) => {
                            self.organisation(id).map(|o| o.country.as_str())
                        }
                        Some(RecordRef::Park(id)) => self.park(id).map(|p| p.country.as_str()),
                        _ => None,
                    },
                    people: vec![person],
                }),
            }
        }
        // Stable: the groups keep their order, the unaffiliated go last.
        groups.sort_by_key(|g| g.affiliation.is_none());
        groups
    }

    /// The events a person attended, in the dataset's order.
    pub fn events_with(&self, person: &str) -> Vec<&Event> {
        self.data()
            .events
            .iter()
            .filter(|e| e.people.iter().any(|p| p == person))
            .collect()
    }

    /// The agreements signed at an event the person attended.
    pub fn agreements_with(&self, person: &str) -> Vec<&Agreement> {
        let events = self.events_with(person);
        self.data()
            .agreements
            .iter()
            .filter(|a| {
                a.event
                    .as_deref()
                    .is_some_and(|id| events.iter().any(|e| e.id == id))
            })
            .collect()
    }

    /// The people of the event an agreement was signed at.
    pub fn people_at_signing(&self, agreement: &Agreement) -> Vec<&Person> {
        agreement
            .event
            .as_deref()
            .and_then(|id| self.event(id))
            .map(|event| event.people.iter().filter_map(|p| self.person(p)).collect())
            .unwrap_or_default()
    }

    /// The other agreements signed at the same event as `agreement`.
    pub fn signed_alongside(&self, agreement: &Agreement) -> Vec<&Agreement> {
        let Some(event) = agreement.event.as_deref() else {
            return Vec::new();
        };
        self.data()
            .agreements
            .iter()
            .filter(|a| a.id != agreement.id && a.event.as_deref() == Some(event))
            .collect()
    }
}

/// The people list is filtered by country: that of the person's
/// organisation, else of their park.
impl Filterable for Person {
    fn values(&self, facet: Facet, catalog: &Catalog) -> Vec<String> {
        let country = self
            .organisation
            .as_deref()
            .and_then(|id| catalog.organisation(id))
            .map(|o| o.country.clone())
            .or_else(|| {
                self.park
                    .as_deref()
                    .and_then(|id| catalog.park(id))
                    .map(|p| p.country.clone())
            });
        match facet {
            Facet::Country => country.into_iter().collect(),
            _ => Vec::new(),
        }
    }
}
