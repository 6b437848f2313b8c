//! The list filters over the shipped dataset: the park filter, what a range of
//! years hides, and a range given the wrong way round.

use portal_core::filters::{apply, counts, undated_hidden, Facet, Filters};

use crate::support::catalog;

fn query(pairs: &[(&str, &str)]) -> Filters {
    Filters::from_query(|k| {
        pairs
            .iter()
            .find(|(key, _)| *key == k)
            .map(|(_, v)| v.to_string())
    })
}

#[test]
fn the_park_filter_tells_the_agreements_apart_where_the_country_cannot() {
    let c = catalog();
    let agreements = &c.data().agreements;
    let none = Filters::default();
    // Every agreement has a Chinese party: the country filter cannot choose.
    let countries = counts(agreements, &none, Facet::Country, &c);
    let china = countries.iter().find(|(code, _)| code == "CN").unwrap();
    assert_eq!(china.1, agreements.len());
    // The parks do, with the parks of the organisations taking part.
    let parks = counts(agreements, &none, Facet::Park, &c);
    let count = |id: &str| parks.iter().find(|(park, _)| park == id).map(|(_, n)| *n);
    assert_eq!(count("chengdu-hi-tech-zone"), Some(3));
    assert_eq!(count("qingdao-hi-tech-zone"), Some(2));
    // The foundation's agreements are the Sophia Antipolis park's.
    assert_eq!(count("sophia-antipolis"), Some(5));
    // The investment department of the Shenfu zone signed the 2025 intention.
    assert_eq!(count("shenfu-demonstration-zone"), Some(1));
    assert!(parks.iter().all(|(_, n)| *n < agreements.len()));
    let chengdu = query(&[("park", "chengdu-hi-tech-zone")]);
    let shown: Vec<&str> = apply(agreements, &chengdu, &c)
        .iter()
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(shown.len(), 3);
    assert!(shown.contains(&"sophia-antipolis-china-innovation-center-agreement-2016"));
    // Events too: organisers, participants and the parks concerned.
    let events = &c.data().events;
    let shenfu = query(&[("park", "shenfu-demonstration-zone")]);
    let shown = apply(events, &shenfu, &c);
    assert!(shown.iter().any(|e| e.id == "shenfu-aifc-meeting-2025"));
    assert!(!shown.iter().any(|e| e.id == "chinhui-cup-2016"));
}

#[test]
fn a_range_of_years_says_how_many_undated_records_it_hides() {
    let c = catalog();
    let agreements = &c.data().agreements;
    let undated = agreements.iter().filter(|a| a.date.is_none()).count();
    assert_eq!(undated, 2);
    assert_eq!(undated_hidden(agreements, &Filters::default(), &c), 0);
    let from = query(&[("from", "2016")]);
    assert_eq!(undated_hidden(agreements, &from, &c), undated);
    assert_eq!(
        apply(agreements, &from, &c).len() + undated,
        agreements.len()
    );
    // Only those the other filters keep: Qingdao has one undated agreement.
    let qingdao = query(&[("from", "2016"), ("park", "qingdao-hi-tech-zone")]);
    assert_eq!(undated_hidden(agreements, &qingdao, &c), 1);
    // Events: three have no date.
    let events = &c.data().events;
    let undated = events.iter().filter(|e| e.date.is_none()).count();
    assert_eq!(
        undated_hidden(events, &query(&[("to", "2030")]), &c),
        undated
    );
}

#[test]
fn a_reversed_range_shows_what_the_range_in_order_shows() {
    let c = catalog();
    let agreements = &c.data().agreements;
    let reversed = query(&[("from", "2025"), ("to", "2016")]);
    let ordered = query(&[("from", "2016"), ("to", "2025")]);
    assert!(reversed.swapped && !ordered.swapped);
    let shown = apply(agreements, &reversed, &c);
    assert!(!shown.is_empty());
    assert_eq!(shown, apply(agreements, &ordered, &c));
}
