//! The lookups built over the shipped dataset: every link can be followed both ways.

use portal_core::model::Party;
use portal_core::RecordRef;

mod support;

use support::catalog;

#[test]
fn every_agreement_is_found_from_each_of_its_parties() {
    let c = catalog();
    for agreement in &c.data().agreements {
        for party in &agreement.parties {
            assert!(
                c.agreements_of(party).iter().any(|a| a.id == agreement.id),
                "{} not listed for {party:?}",
                agreement.id
            );
        }
    }
}

#[test]
fn partnership_is_symmetric() {
    let c = catalog();
    for park in &c.data().parks {
        let me = Party::Park(park.id.clone());
        for partner in c.partners_of(&me) {
            assert!(
                c.partners_of(partner).contains(&&me),
                "{partner:?} does not list {}",
                park.id
            );
            assert_ne!(partner, &me);
        }
    }
}

#[test]
fn events_link_to_their_agreements_and_back() {
    let c = catalog();
    for event in &c.data().events {
        for agreement in &event.agreements {
            assert!(c.agreement(agreement).is_some());
            assert!(c
                .events_of_agreement(agreement)
                .iter()
                .any(|e| e.id == event.id));
        }
        for organiser in &event.organisers {
            assert!(c.events_of(organiser).iter().any(|e| e.id == event.id));
        }
    }
    for agreement in &c.data().agreements {
        if let Some(event) = &agreement.event {
            assert!(c
                .events_of_agreement(&agreement.id)
                .iter()
                .any(|e| &e.id == event));
        }
    }
}

#[test]
fn every_source_lists_the_records_drawn_from_it() {
    let c = catalog();
    for source in &c.data().sources {
        let records = c.records_citing(&source.id);
        assert!(!records.is_empty(), "{} cites nothing", source.id);
        for record in records {
            let found = match record {
                RecordRef::Park(id) => c.park(id).is_some(),
                RecordRef::Organisation(id) => c.organisation(id).is_some(),
                RecordRef::Agreement(id) => c.agreement(id).is_some(),
                RecordRef::Event(id) => c.event(id).is_some(),
                RecordRef::Person(id) => c.person(id).is_some(),
            };
            assert!(found, "{record:?}");
        }
    }
}

#[test]
fn unknown_ids_are_not_found() {
    let c = catalog();
    assert!(c.park("nowhere").is_none());
    assert!(c.agreements_of(&Party::Park("nowhere".into())).is_empty());
}
