//! Search over the shipped dataset: the examples the portal promises.

use portal_core::search::Relation;
use portal_core::Catalog;
use portal_core::Locale;
use portal_core::RecordKind;

use crate::support::catalog;

fn ids(c: &Catalog, query: &str, locale: Locale) -> Vec<(RecordKind, String)> {
    c.search_index()
        .search(query, locale, 100)
        .into_iter()
        .map(|h| (h.kind, h.id))
        .collect()
}

#[test]
fn accents_and_case_do_not_matter_in_french() {
    let c = catalog();
    let plain = ids(&c, "cooperation", Locale::Fr);
    assert!(!plain.is_empty());
    assert_eq!(plain, ids(&c, "Coopération", Locale::Fr));
    let hit = &c.search_index().search("cooperation", Locale::Fr, 100)[0];
    let snippet = hit.snippet.as_ref().unwrap();
    assert!(snippet
        .marks
        .iter()
        .all(|m| snippet.text[m.clone()].to_lowercase().starts_with("coop")));
}

#[test]
fn chinese_matches_on_characters_and_finds_chengdu() {
    let c = catalog();
    let found = ids(&c, "成都", Locale::En);
    assert!(
        found.contains(&(RecordKind::Park, "chengdu-hi-tech-zone".to_string())),
        "{found:?}"
    );
    // Characters inside a longer name, without spaces.
    assert!(ids(&c, "高新", Locale::Zh)
        .contains(&(RecordKind::Park, "chengdu-hi-tech-zone".to_string())));
}

#[test]
fn a_name_in_any_language_finds_the_record_and_snippets_prefer_the_visitors_language() {
    let c = catalog();
    let park = c.park("qingdao-hi-tech-zone").unwrap();
    for typed in [&park.name.fr, &park.name.en, &park.name.zh] {
        let hits = c.search_index().search(typed, Locale::Zh, 100);
        assert_eq!(hits[0].id, "qingdao-hi-tech-zone", "{typed}");
    }
    let hits = c.search_index().search("Qingdao", Locale::Fr, 100);
    let top = hits
        .iter()
        .find(|h| h.id == "qingdao-hi-tech-zone")
        .unwrap();
    assert_eq!(top.snippet.as_ref().unwrap().locale, Some(Locale::Fr));
}

#[test]
fn every_word_must_match() {
    let c = catalog();
    let both = ids(&c, "sophia chengdu", Locale::En);
    let chengdu = ids(&c, "chengdu", Locale::En);
    assert!(!both.is_empty() && both.len() < chengdu.len());
    assert!(ids(&c, "chengdu zzzzzz", Locale::En).is_empty());
}

#[test]
fn people_are_found_by_native_and_latin_names() {
    let c = catalog();
    assert!(ids(&c, "朱红宇", Locale::Fr).contains(&(RecordKind::Person, "zhu-hongyu".to_string())));
    assert!(ids(&c, "hongyu", Locale::Fr).contains(&(RecordKind::Person, "zhu-hongyu".to_string())));
}

#[test]
fn names_rank_above_descriptions() {
    let c = catalog();
    let hits = c.search_index().search("Jiangning", Locale::En, 100);
    assert_eq!(hits[0].id, "jiangning-development-zone");
}

#[test]
fn nothing_for_empty_or_punctuation_queries() {
    let c = catalog();
    assert!(ids(&c, "", Locale::En).is_empty());
    assert!(ids(&c, " ,;!", Locale::En).is_empty());
}

/// The agreements with a party in `city` (named in any language): a park
/// there, or an organisation based in one.
fn agreements_in(c: &Catalog, city: &str) -> Vec<String> {
    c.data()
        .agreements
        .iter()
        .filter(|a| {
            c.cities_of_agreement(a).iter().any(|name| {
                [&name.fr, &name.en, &name.zh]
                    .iter()
                    .any(|n| n.contains(city))
            })
        })
        .map(|a| a.id.clone())
        .collect()
}

#[test]
fn agreements_are_found_by_the_cities_of_their_parties() {
    let c = catalog();
    for (query, at_least) in [("成都", 3), ("Chengdu", 3), ("Nanjing", 1), ("南京", 1)] {
        let expected = agreements_in(&c, query);
        assert!(expected.len() >= at_least, "{query}: {expected:?}");
        for locale in Locale::ALL {
            let hits = c.search_index().search(query, locale, 100);
            for id in &expected {
                let hit = hits
                    .iter()
                    .find(|h| h.kind == RecordKind::Agreement && &h.id == id)
                    .unwrap_or_else(|| panic!("{query} ({locale:?}) misses {id}"));
                assert!(hit.reason.is_some(), "{query}: {id} says why");
            }
        }
    }
    // Its title does not name the city: one of its parties is in it.
    let chengdu = ids(&c, "成都", Locale::Zh);
    let centre = "sophia-antipolis-china-innovation-center-agreement-2016";
    assert!(chengdu.contains(&(RecordKind::Agreement, centre.to_string())));
    assert!(agreements_in(&c, "南京").contains(&"fsa-jiangning-strategic-cooperation".to_string()));
}

#[test]
fn a_result_found_through_a_relation_says_why_in_the_visitors_language() {
    let c = catalog();
    let find = |query: &str, locale: Locale, id: &str| {
        c.search_index()
            .search(query, locale, 100)
            .into_iter()
            .find(|h| h.id == id)
            .unwrap()
    };
    let jiangning = "fsa-jiangning-strategic-cooperation";
    // The city, named in the visitor's language and highlighted there.
    let hit = find("Nanjing", Locale::En, jiangning);
    let reason = hit.reason.as_ref().unwrap();
    assert_eq!(reason.relation, Relation::City);
    assert_eq!(
        reason.text.text,
        "City: Nanjing (Jiangning Development Zone)"
    );
    assert_eq!(&reason.text.text[reason.text.marks[0].clone()], "Nanjing");
    // The reason shows the match: no other snippet.
    assert_eq!(hit.snippet, None);
    // Typed in another language: the reason in the visitor's, the match in its own.
    let hit = find("南京", Locale::Fr, jiangning);
    let reason = hit.reason.as_ref().unwrap();
    assert!(
        reason.text.text.starts_with("Ville\u{a0}: "),
        "{}",
        reason.text.text
    );
    assert!(reason.text.marks.is_empty());
    let snippet = hit.snippet.unwrap();
    assert_eq!(snippet.locale, Some(Locale::Zh));
    assert_eq!(&snippet.text[snippet.marks[0].clone()], "南京");
    // A party by its Chinese name, on a Chinese page.
    let centre = "sophia-antipolis-china-innovation-center-agreement-2016";
    let reason = find("成都", Locale::Zh, centre).reason.unwrap();
    assert_eq!(reason.relation, Relation::Party);
    assert!(reason.text.text.starts_with("协议方："));
    assert_eq!(&reason.text.text[reason.text.marks[0].clone()], "成都");
    // An organisation by its acronym; an event by its organiser and by its place.
    let aifc = find("AIFC", Locale::En, "shenfu-aifc-cooperation-intention-2025");
    assert!(aifc.reason.is_some());
    let event = find(
        "Nanjing",
        Locale::En,
        "china-france-innovation-cooperation-forum-2021",
    );
    assert_eq!(event.reason.unwrap().relation, Relation::Place);
    let roadshow = find(
        "Finwedge",
        Locale::En,
        "sophia-antipolis-innovation-roadshow-ai-ict",
    );
    assert_eq!(roadshow.reason.unwrap().relation, Relation::Participant);
}

#[test]
fn an_organisation_with_a_park_is_found_by_the_park_s_city() {
    let c = catalog();
    // The Shenfu zone's department signed the intention; the zone spans Shenyang and Fushun.
    let found = ids(&c, "沈阳", Locale::En);
    assert!(found.contains(&(
        RecordKind::Agreement,
        "shenfu-aifc-cooperation-intention-2025".to_string()
    )));
    // A record's own words still rank first.
    let hits = c.search_index().search("Jiangning", Locale::En, 100);
    assert!(hits[0].reason.is_none());
}
