//! What an agreement or an event is found by besides its own texts: the names
//! of its parties, their cities and its place. `成都` finds an agreement whose
//! title does not name the city, because a party's park is in Chengdu; the
//! result then says so ("City: Chengdu (Chengdu Hi-tech Zone)").

use super::{field, snippet, Field, FieldKind, Snippet, Term};
use crate::i18n::{Key, Locale};
use crate::model::{Agreement, Event, Localized, Park, Party};
use crate::Catalog;

/// How a related name belongs to the record it finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// A party to an agreement.
    Party,
    /// An organiser of an event.
    Organiser,
    /// A participant in an event.
    Participant,
    /// A park an event concerns.
    Park,
    /// The city of a party's park.
    City,
    /// Where an agreement was signed or an event held.
    Place,
}

impl Relation {
    /// Its name as the search page marks a result with it (`data-reason`).
    pub fn name(self) -> &'static str {
        match self {
            Relation::Party => "party",
            Relation::Organiser => "organiser",
            Relation::Participant => "participant",
            Relation::Park => "park",
            Relation::City => "city",
            Relation::Place => "place",
        }
    }

    /// The sentence that gives it as a reason: `{name}`, and `{park}` for a city.
    fn message(self) -> Key {
        match self {
            Relation::Party => Key::SearchReasonParty,
            Relation::Organiser => Key::SearchReasonOrganiser,
            Relation::Participant => Key::SearchReasonParticipant,
            Relation::Park => Key::SearchReasonPark,
            Relation::City => Key::SearchReasonCity,
            Relation::Place => Key::SearchReasonPlace,
        }
    }
}

/// Why a record was found, when it was through a related name.
#[derive(Debug, Clone, PartialEq)]
pub struct Reason {
    pub relation: Relation,
    /// The reason in the visitor's language ("City: Nanjing (Jiangning
    /// Development Zone)"), the query's words highlighted where it shows them.
    pub text: Snippet,
}

/// A related name, in the three languages, that a record is indexed under.
pub(super) struct Related {
    relation: Relation,
    name: Localized,
    /// For a city: the park that is there.
    park: Option<Localized>,
}

impl Related {
    /// The reason in `locale`, with `terms` highlighted in the related name.
    pub(super) fn reason(&self, terms: &[Term], locale: Locale) -> Reason {
        // A mark the messages cannot contain stands for the name, so the
        // highlights can be moved to where the name lands in the sentence.
        const NAME: &str = "\u{1}";
        let park = self.park.as_ref().map_or("", |p| p.get(locale));
        let sentence = locale.format(self.relation.message(), &[("name", NAME), ("park", park)]);
        let name = snippet(
            &field(FieldKind::Name, Some(locale), self.name.get(locale)),
            terms,
        );
        let at = sentence.find(NAME).unwrap_or(0);
        let text = sentence.replacen(NAME, &name.text, 1);
        let marks = name
            .marks
            .into_iter()
            .map(|m| m.start + at..m.end + at)
            .collect();
        Reason {
            relation: self.relation,
            text: Snippet {
                text,
                locale: Some(locale),
                marks,
            },
        }
    }
}

/// Adds the fields of related names to a record's, each pointing into `related`.
pub(super) struct Relations<'a> {
    pub(super) catalog: &'a Catalog,
    pub(super) related: &'a mut Vec<Related>,
    pub(super) fields: Vec<Field>,
}

impl Relations<'_> {
    /// `name` in each language, and `others` (local names, acronyms) as they are.
    fn add(&mut self, relation: Relation, name: Localized, park: Option<&Park>, others: &[&str]) {
        let via = Some(self.related.len() as u32);
        for locale in Locale::ALL {
            self.fields.push(Field {
                via,
                ..field(FieldKind::Text, Some(locale), name.get(locale))
            });
        }
        for other in others {
            self.fields.push(Field {
                via,
                ..field(FieldKind::Text, None, other)
            });
        }
        self.related.push(Related {
            relation,
            name,
            park: park.map(|p| p.name.clone()),
        });
    }

    /// A party, by its names in every language, its local name and acronym.
    fn party(&mut self, relation: Relation, party: &Party) {
        match party {
            Party::Park(id) => {
                if let Some(park) = self.catalog.park(id) {
                    self.add(relation, park.name.clone(), None, &[&park.local_name]);
                }
            }
            Party::Organisation(id) => {
                if let Some(org) = self.catalog.organisation(id) {
                    let heading = Localized {
                        fr: org.heading(Locale::Fr),
                        en: org.heading(Locale::En),
                        zh: org.heading(Locale::Zh),
                    };
                    let others: Vec<&str> = [&org.local_name, &org.acronym]
                        .into_iter()
                        .flatten()
                        .map(String::as_str)
                        .collect();
                    self.add(relation, heading, None, &others);
                }
            }
        }
    }

    /// The cities of the parks the parties stand for, each park once.
    fn cities<'p>(&mut self, parties: impl IntoIterator<Item = &'p Party>) {
        let mut parks: Vec<&Park> = Vec::new();
        for park in parties.into_iter().filter_map(|p| self.catalog.park_of(p)) {
            if !parks.iter().any(|known| known.id == park.id) {
                parks.push(park);
            }
        }
        for park in parks {
            self.add(Relation::City, park.city.clone(), Some(park), &[]);
        }
    }

    fn place(&mut self, place: Option<&Localized>) {
        if let Some(place) = place {
            self.add(Relation::Place, place.clone(), None, &[]);
        }
    }

    /// An agreement's parties, their cities and its place.
    pub(super) fn agreement(&mut self, agreement: &Agreement) {
        for party in &agreement.parties {
            self.party(Relation::Party, party);
        }
        self.cities(&agreement.parties);
        self.place(agreement.place.as_ref());
    }

    /// An event's organisers, participants, the parks it concerns (those not
    /// already among them), their cities and its place.
    pub(super) fn event(&mut self, event: &Event) {
        let parks: Vec<Party> = event
            .parks
            .iter()
            .map(|id| Party::Park(id.clone()))
            .filter(|p| !event.organisers.contains(p) && !event.participants.contains(p))
            .collect();
        for party in &event.organisers {
            self.party(Relation::Organiser, party);
        }
        for party in &event.participants {
            self.party(Relation::Participant, party);
        }
        for party in &parks {
            self.party(Relation::Park, party);
        }
        self.cities(
            event
                .organisers
                .iter()
                .chain(&event.participants)
                .chain(&parks),
        );
        self.place(event.place.as_ref());
    }
}
