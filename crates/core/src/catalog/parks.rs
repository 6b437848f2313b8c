//! Where records are, through the parks: the park a party stands for, an
//! agreement's parks and cities, and a park's records with those of the
//! organisations based in it (`Organisation.park`).

use super::{party_key, Catalog, LinkIndex};
use crate::model::{Agreement, Event, Localized, Park, Party};

impl Catalog {
    /// The park a party stands for: the park itself, or the park an
    /// organisation is based in. `None` for an organisation based in no park,
    /// or a reference to no record.
    pub fn park_of(&self, party: &Party) -> Option<&Park> {
        match party {
            Party::Park(id) => self.park(id),
            Party::Organisation(id) => self.park(self.organisation(id)?.park.as_deref()?),
        }
    }

    /// The parks an agreement's parties stand for (see [`Catalog::park_of`]),
    /// each once, in the order of the parties: where an agreement is, for the
    /// search and the filter by park or city.
    pub fn parks_of_agreement(&self, agreement: &Agreement) -> Vec<&Park> {
        let mut parks: Vec<&Park> = Vec::new();
        for park in agreement.parties.iter().filter_map(|p| self.park_of(p)) {
            if !parks.iter().any(|known| known.id == park.id) {
                parks.push(park);
            }
        }
        parks
    }

    /// The cities of an agreement's parties: those of
    /// [`Catalog::parks_of_agreement`], each once (two parks may share a city).
    pub fn cities_of_agreement(&self, agreement: &Agreement) -> Vec<&Localized> {
        let mut cities: Vec<&Localized> = Vec::new();
        for park in self.parks_of_agreement(agreement) {
            if !cities.contains(&&park.city) {
                cities.push(&park.city);
            }
        }
        cities
    }

    /// A park and the organisations based in it: the parties whose agreements
    /// and events are the park's.
    fn park_and_its_organisations(&self, park: &str) -> Vec<String> {
        let mut keys = vec![party_key(&Party::Park(park.to_string()))];
        keys.extend(
            self.organisations_in(park)
                .into_iter()
                .map(|o| party_key(&Party::Organisation(o.id.clone()))),
        );
        keys
    }

    /// A park's agreements: its own and those of the organisations based in
    /// it, each once, in dataset order.
    pub fn agreements_of_park(&self, park: &str) -> Vec<&Agreement> {
        Self::pick_all(
            &self.agreements_by_party,
            &self.park_and_its_organisations(park),
            &self.data.agreements,
        )
    }

    /// A park's events: those of the park (organised, attended or concerning
    /// it) and of the organisations based in it, each once, in dataset order.
    pub fn events_of_park(&self, park: &str) -> Vec<&Event> {
        Self::pick_all(
            &self.events_by_party,
            &self.park_and_its_organisations(park),
            &self.data.events,
        )
    }

    /// The other parties of an agreement, seen from a park: everyone but the
    /// park and the organisations based in it.
    pub fn partners_in<'a>(&self, agreement: &'a Agreement, park: &str) -> Vec<&'a Party> {
        agreement
            .parties
            .iter()
            .filter(|p| self.park_of(p).is_none_or(|own| own.id != park))
            .collect()
    }

    /// A park's partners: the other parties of [`Catalog::agreements_of_park`]
    /// (see [`Catalog::partners_in`]), each once, in order of first appearance.
    pub fn partners_of_park(&self, park: &str) -> Vec<&Party> {
        let mut partners: Vec<&Party> = Vec::new();
        for agreement in self.agreements_of_park(park) {
            for other in self.partners_in(agreement, park) {
                if !partners.contains(&other) {
                    partners.push(other);
                }
            }
        }
        partners
    }

    /// The records linked to any of `keys`, each once, in dataset order.
    fn pick_all<'a, T>(index: &LinkIndex, keys: &[String], records: &'a [T]) -> Vec<&'a T> {
        let mut positions: Vec<usize> = keys
            .iter()
            .filter_map(|key| index.get(key))
            .flatten()
            .copied()
            .collect();
        crate::ordering::sort_and_dedup(&mut positions);
        positions.into_iter().map(|i| &records[i]).collect()
    }
}
