//! People and their links, over the shipped dataset: the events and agreements
//! of a person, the people and companion agreements of an agreement's signing,
//! and one name per person in each language.

use portal_core::model::Agreement;
use portal_core::{Locale, RecordRef};

use crate::support::catalog;

fn ids<'a>(agreements: impl IntoIterator<Item = &'a Agreement>) -> Vec<&'a str> {
    agreements.into_iter().map(|a| a.id.as_str()).collect()
}

#[test]
fn a_person_has_the_events_they_attended_and_the_agreements_signed_there() {
    let c = catalog();
    let events: Vec<&str> = c
        .events_with("pierre-laffitte")
        .iter()
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(events, ["franco-chinese-forum-future-leaders-2016"]);
    assert_eq!(
        ids(c.agreements_with("pierre-laffitte")),
        [
            "sophia-chengdu-sister-parks-2016",
            "sophia-antipolis-china-innovation-center-agreement-2016"
        ]
    );
    // At an event where nothing was signed: events, and no agreement.
    assert_eq!(c.events_with("dominique-de-villepin").len(), 1);
    assert!(c.agreements_with("dominique-de-villepin").is_empty());
    assert!(c.events_with("nobody").is_empty());
}

#[test]
fn every_link_between_people_events_and_agreements_goes_both_ways() {
    let c = catalog();
    for event in &c.data().events {
        for person in &event.people {
            assert!(c.events_with(person).iter().any(|e| e.id == event.id));
        }
    }
    for agreement in &c.data().agreements {
        for person in c.people_at_signing(agreement) {
            assert!(
                ids(c.agreements_with(&person.id)).contains(&agreement.id.as_str()),
                "{} not listed for {}",
                agreement.id,
                person.id
            );
        }
        for other in c.signed_alongside(agreement) {
            assert_ne!(other.id, agreement.id);
            assert!(ids(c.signed_alongside(other)).contains(&agreement.id.as_str()));
        }
    }
}

#[test]
fn an_agreement_page_has_the_people_and_agreements_of_its_signing_event() {
    let c = catalog();
    let sister = c.agreement("sophia-chengdu-sister-parks-2016").unwrap();
    let people: Vec<&str> = c
        .people_at_signing(sister)
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(people, ["liu-yandong", "adolphe-colrat", "pierre-laffitte"]);
    assert_eq!(
        ids(c.signed_alongside(sister)),
        ["sophia-antipolis-china-innovation-center-agreement-2016"]
    );
    // The only agreement of its event, and one signed at no recorded event.
    let intention = c
        .agreement("shenfu-aifc-cooperation-intention-2025")
        .unwrap();
    assert_eq!(c.people_at_signing(intention).len(), 5);
    assert!(c.signed_alongside(intention).is_empty());
    let jiangning = c.agreement("fsa-jiangning-strategic-cooperation").unwrap();
    assert!(c.people_at_signing(jiangning).is_empty());
    assert!(c.signed_alongside(jiangning).is_empty());
}

#[test]
fn names_follow_one_rule_per_language() {
    let c = catalog();
    let zhu = c.person("zhu-hongyu").unwrap();
    assert_eq!(zhu.name_in(Locale::Zh), "朱红宇");
    assert_eq!(zhu.name_in(Locale::En), "Zhu Hongyu (朱红宇)");
    assert_eq!(zhu.other_name(Locale::Zh), Some("Zhu Hongyu"));
    assert_eq!(zhu.other_name(Locale::Fr), None);
    let laffitte = c.person("pierre-laffitte").unwrap();
    for locale in Locale::ALL {
        assert_eq!(laffitte.name_in(locale), "Pierre Laffitte");
        assert_eq!(laffitte.other_name(locale), None);
    }
}

/// The Chinese texts name a person whose name is in Latin letters by that
/// name, never by a transliteration no source gives (皮埃尔·拉菲特): a
/// Chinese text that names someone with a middle dot uses their native name.
#[test]
fn chinese_texts_name_people_as_their_pages_do() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../public/data/portal.json"
    ))
    .unwrap();
    for (at, _) in text.match_indices('·') {
        let before: String = text[..at]
            .chars()
            .rev()
            .take(10)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let after: String = text[at + '·'.len_utf8()..].chars().take(10).collect();
        // The one name written with a middle dot in Chinese is the park's own.
        assert!(
            before.ends_with("索菲亚") && after.starts_with("安蒂波利斯"),
            "a transliterated name in a Chinese text: …{before}·{after}…"
        );
    }
}

#[test]
fn an_events_people_are_grouped_by_where_they_come_from_with_its_country() {
    let catalog = catalog();
    let event = catalog.event("shenfu-aifc-meeting-2025").unwrap();
    let people: Vec<_> = event
        .people
        .iter()
        .filter_map(|id| catalog.person(id))
        .collect();
    let groups = catalog.by_affiliation(&people);
    let shown: Vec<(Option<RecordRef>, Option<&str>, Vec<&str>)> = groups
        .iter()
        .map(|g| {
            (
                g.affiliation,
                g.country,
                g.people.iter().map(|p| p.id.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        shown,
        [
            (
                Some(RecordRef::Organisation(
                    "shenfu-science-technology-investment-department"
                )),
                Some("CN"),
                vec!["zhu-hongyu", "shao-hui"]
            ),
            (
                Some(RecordRef::Organisation("aifc")),
                Some("FR"),
                vec!["shi-jianqi", "dou-dou"]
            ),
            (
                Some(RecordRef::Organisation(
                    "china-europe-jiangyin-cooperation-centre"
                )),
                catalog
                    .organisation("china-europe-jiangyin-cooperation-centre")
                    .map(|o| o.country.as_str()),
                vec!["hui-qi"]
            ),
        ]
    );
    // A park stands in for a missing organisation; people with neither come last.
    let forum = catalog
        .event("franco-chinese-forum-future-leaders-2016")
        .unwrap();
    let people: Vec<_> = forum
        .people
        .iter()
        .filter_map(|id| catalog.person(id))
        .collect();
    let groups = catalog.by_affiliation(&people);
    assert_eq!(
        groups[0].affiliation,
        Some(RecordRef::Park("sophia-antipolis"))
    );
    assert_eq!(groups[0].country, Some("FR"));
    assert_eq!(groups[1].affiliation, None);
    let last: Vec<&str> = groups[1].people.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(last, ["liu-yandong", "adolphe-colrat"]);
}
