//! Search over the shipped dataset: the examples the portal promises.

use portal_core::Catalog;
use portal_core::Locale;
use portal_core::RecordKind;

mod support;

use support::catalog;

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
    assert!(hit.snippet.marks.iter().all(|m| hit.snippet.text[m.clone()]
        .to_lowercase()
        .starts_with("coop")));
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
    assert_eq!(top.snippet.locale, Some(Locale::Fr));
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
