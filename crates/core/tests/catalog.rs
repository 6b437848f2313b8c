//! The lookups built over the shipped dataset: every link can be followed both ways.

use portal_core::model::Party;
use portal_core::RecordRef;

use crate::support::catalog;

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

#[test]
fn a_party_stands_for_its_park() {
    let c = catalog();
    let park = |id: &str| {
        c.park_of(&Party::Organisation(id.into()))
            .map(|p| p.id.as_str())
    };
    assert_eq!(park("fondation-sophia-antipolis"), Some("sophia-antipolis"));
    assert_eq!(park("aifc"), None);
    assert_eq!(park("nobody"), None);
    let own = c.park_of(&Party::Park("chengdu-hi-tech-zone".into()));
    assert_eq!(own.map(|p| p.id.as_str()), Some("chengdu-hi-tech-zone"));
}

#[test]
fn an_agreement_is_where_its_parties_are() {
    let c = catalog();
    let jiangning = c.agreement("fsa-jiangning-strategic-cooperation").unwrap();
    let parks: Vec<&str> = c
        .parks_of_agreement(jiangning)
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    // The foundation's park stands for it.
    assert_eq!(parks, ["sophia-antipolis", "jiangning-development-zone"]);
    let cities: Vec<&str> = c
        .cities_of_agreement(jiangning)
        .iter()
        .map(|city| city.en.as_str())
        .collect();
    assert_eq!(cities, ["Valbonne", "Nanjing"]);
    // An organisation based in no park adds no park.
    let aifc = c
        .agreement("shenfu-aifc-cooperation-intention-2025")
        .unwrap();
    let parks: Vec<&str> = c
        .parks_of_agreement(aifc)
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(parks, ["shenfu-demonstration-zone"]);
    // Each park and each city once, even when several parties share them.
    for agreement in &c.data().agreements {
        let parks = c.parks_of_agreement(agreement);
        for (i, park) in parks.iter().enumerate() {
            assert!(parks[i + 1..].iter().all(|p| p.id != park.id));
        }
        let cities = c.cities_of_agreement(agreement);
        for (i, city) in cities.iter().enumerate() {
            assert!(!cities[i + 1..].contains(city));
        }
    }
}

#[test]
fn a_park_has_what_its_organisations_did() {
    let c = catalog();
    let shenfu = "shenfu-demonstration-zone";
    let ids = |agreements: Vec<&portal_core::model::Agreement>| -> Vec<String> {
        agreements.into_iter().map(|a| a.id.clone()).collect()
    };
    // The zone itself is party to nothing; its investment department signed the intention.
    assert!(c.agreements_of(&Party::Park(shenfu.into())).is_empty());
    assert_eq!(
        ids(c.agreements_of_park(shenfu)),
        ["shenfu-aifc-cooperation-intention-2025"]
    );
    assert_eq!(
        c.partners_of_park(shenfu),
        [&Party::Organisation("aifc".into())]
    );
    assert!(c
        .events_of_park(shenfu)
        .iter()
        .any(|e| e.id == "shenfu-aifc-meeting-2025"));
    // Sophia Antipolis has the foundation's agreements, and its partners; its
    // own organisations are not its partners.
    let sophia = c.agreements_of_park("sophia-antipolis");
    assert!(sophia
        .iter()
        .any(|a| a.id == "fsa-jiangning-strategic-cooperation"));
    let partners = c.partners_of_park("sophia-antipolis");
    assert!(partners.contains(&&Party::Park("jiangning-development-zone".into())));
    assert!(!partners.contains(&&Party::Organisation("fondation-sophia-antipolis".into())));
    // For every park: its own records and every organisation's are there,
    // each once and in dataset order, and partners are neither the park nor its own.
    for park in &c.data().parks {
        let me = Party::Park(park.id.clone());
        let mut parties = vec![me.clone()];
        parties.extend(
            c.organisations_in(&park.id)
                .into_iter()
                .map(|o| Party::Organisation(o.id.clone())),
        );
        let agreements = c.agreements_of_park(&park.id);
        let events = c.events_of_park(&park.id);
        for party in &parties {
            for a in c.agreements_of(party) {
                assert!(
                    agreements.iter().any(|x| x.id == a.id),
                    "{}: {}",
                    park.id,
                    a.id
                );
            }
            for e in c.events_of(party) {
                assert!(events.iter().any(|x| x.id == e.id), "{}: {}", park.id, e.id);
            }
        }
        let order = |id: &str| c.data().agreements.iter().position(|a| a.id == id);
        assert!(agreements
            .windows(2)
            .all(|w| order(&w[0].id) < order(&w[1].id)));
        for partner in c.partners_of_park(&park.id) {
            assert!(!parties.contains(partner), "{}: {partner:?}", park.id);
        }
    }
}
