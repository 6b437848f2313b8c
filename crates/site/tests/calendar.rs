//! The events' calendar files (RFC 5545), from the shipped dataset: read back
//! with a small content-line reader written here from the RFC, not with the
//! code that writes them.

use crate::support;

use portal_core::address::files::{
    event_calendar as event_file_path, events_calendar as events_file_path,
};
use portal_core::address::Site;
use portal_core::model::{Dataset, DateSpan, Event, PartialDate};
use portal_core::{Key, Locale};
use portal_site::calendar::{event_calendar, events_calendar};
use portal_site::pages::data_files;

/// 2025-01-01 11:40:45 UTC.
const STAMP: u64 = 1_735_731_645;

/// The longest content line, in octets, line break excluded (RFC 5545 §3.1).
const LINE_OCTETS: usize = 75;

/// Undoes line folding (RFC 5545 §3.1): a line break followed by a space or a tab.
fn unfold(text: &str) -> String {
    text.replace("\r\n ", "").replace("\r\n\t", "")
}

fn dataset() -> Dataset {
    support::dataset()
}

fn site() -> Site {
    Site::parse("https://owner.github.io/portal/").unwrap()
}

/// One property: name, parameters and value, the value's TEXT escapes undone.
#[derive(Debug)]
struct Property {
    name: String,
    params: Vec<String>,
    value: String,
}

fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(other) => out.push(other),
                None => panic!("dangling backslash in {value:?}"),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The properties of a file, checking its physical lines on the way.
fn read(text: &str) -> Vec<Property> {
    assert!(text.ends_with("\r\n"), "the file ends with CRLF");
    assert!(
        !text.replace("\r\n", "").contains(['\r', '\n']),
        "every line break is CRLF"
    );
    for line in text.trim_end_matches("\r\n").split("\r\n") {
        assert!(line.len() <= LINE_OCTETS, "{} octets: {line:?}", line.len());
    }
    unfold(text)
        .trim_end_matches("\r\n")
        .split("\r\n")
        .map(|line| {
            let (head, value) = line.split_once(':').expect("name:value");
            let mut parts = head.split(';');
            Property {
                name: parts.next().unwrap().to_string(),
                params: parts.map(str::to_string).collect(),
                value: value.to_string(),
            }
        })
        .collect()
}

/// The events of a file, each as its properties.
fn vevents(properties: &[Property]) -> Vec<&[Property]> {
    let mut events = Vec::new();
    let mut start = None;
    for (i, p) in properties.iter().enumerate() {
        match (p.name.as_str(), p.value.as_str()) {
            ("BEGIN", "VEVENT") => start = Some(i + 1),
            ("END", "VEVENT") => events.push(&properties[start.take().unwrap()..i]),
            _ => {}
        }
    }
    events
}

fn get<'a>(event: &'a [Property], name: &str) -> Option<&'a Property> {
    event.iter().find(|p| p.name == name)
}

#[test]
fn the_all_events_file_has_every_dated_event_and_no_undated_one() {
    let data = dataset();
    let dated: Vec<&Event> = data.events.iter().filter(|e| e.date.is_some()).collect();
    assert!(
        dated.len() < data.events.len(),
        "the dataset has undated events"
    );
    for locale in Locale::ALL {
        let text = events_calendar(&data.events, locale, &site(), STAMP);
        let properties = read(&text);
        assert_eq!(properties.first().unwrap().value, "VCALENDAR");
        assert_eq!(properties.last().unwrap().value, "VCALENDAR");
        for (name, value) in [
            ("VERSION", "2.0"),
            ("CALSCALE", "GREGORIAN"),
            ("METHOD", "PUBLISH"),
        ] {
            assert!(
                properties
                    .iter()
                    .any(|p| p.name == name && p.value == value),
                "{name}"
            );
        }
        assert!(properties.iter().any(|p| p.name == "PRODID"));
        let name = properties
            .iter()
            .find(|p| p.name == "X-WR-CALNAME")
            .unwrap();
        assert_eq!(unescape(&name.value), locale.text(Key::CalendarName));

        let events = vevents(&properties);
        assert_eq!(events.len(), dated.len(), "{locale:?}");
        let uids: Vec<String> = events
            .iter()
            .map(|e| get(e, "UID").unwrap().value.clone())
            .collect();
        for event in &data.events {
            let uid = format!("{}@owner.github.io", event.id);
            assert_eq!(
                uids.contains(&uid),
                event.date.is_some(),
                "{} in the {locale:?} file",
                event.id
            );
        }
        for event in &events {
            assert_eq!(get(event, "DTSTAMP").unwrap().value, "20250101T114045Z");
            let start = get(event, "DTSTART").unwrap();
            assert_eq!(start.params, ["VALUE=DATE"]);
            assert_eq!(start.value.len(), 8);
            let end = get(event, "DTEND").unwrap();
            assert!(end.value > start.value, "DTEND after DTSTART");
        }
        // Date order.
        let starts: Vec<&str> = events
            .iter()
            .map(|e| get(e, "DTSTART").unwrap().value.as_str())
            .collect();
        let mut sorted = starts.clone();
        sorted.sort();
        assert_eq!(starts, sorted);
    }
}

#[test]
fn each_event_is_in_the_language_of_its_file() {
    let data = dataset();
    for locale in Locale::ALL {
        for event in &data.events {
            let Some(text) = event_calendar(event, locale, &site(), STAMP) else {
                assert!(event.date.is_none(), "{} has a date", event.id);
                continue;
            };
            let properties = read(&text);
            let events = vevents(&properties);
            assert_eq!(events.len(), 1);
            let vevent = events[0];
            let summary = get(vevent, "SUMMARY").unwrap();
            assert_eq!(unescape(&summary.value), event.title.get(locale));
            assert_eq!(summary.params, [format!("LANGUAGE={}", locale.html_lang())]);
            let url = format!(
                "https://owner.github.io/portal/{}/events/{}/",
                locale.code(),
                event.id
            );
            assert_eq!(get(vevent, "URL").unwrap().value, url);
            let description = unescape(&get(vevent, "DESCRIPTION").unwrap().value);
            assert!(description.starts_with(event.summary.get(locale)));
            assert!(description.contains(&url));
            for outcome in &event.outcomes {
                assert!(description.contains(outcome.get(locale)), "{}", event.id);
            }
            match &event.place {
                Some(place) => assert_eq!(
                    unescape(&get(vevent, "LOCATION").unwrap().value),
                    place.get(locale)
                ),
                None => assert!(get(vevent, "LOCATION").is_none()),
            }
        }
    }
}

#[test]
fn a_date_known_to_the_day_is_that_day() {
    let data = dataset();
    let event = data
        .events
        .iter()
        .find(|e| e.id == "franco-chinese-forum-future-leaders-2016")
        .unwrap();
    let properties = read(&event_calendar(event, Locale::En, &site(), STAMP).unwrap());
    let vevent = vevents(&properties)[0];
    assert_eq!(get(vevent, "DTSTART").unwrap().value, "20160702");
    assert_eq!(get(vevent, "DTEND").unwrap().value, "20160703");
    let description = unescape(&get(vevent, "DESCRIPTION").unwrap().value);
    assert!(!description.contains(Locale::En.text(Key::CalendarMonthOnly)));
}

#[test]
fn a_date_known_to_the_month_covers_the_month_and_says_so() {
    let data = dataset();
    let event = data
        .events
        .iter()
        .find(|e| e.id == "global-innovation-entrepreneurship-fair-2017")
        .unwrap();
    for locale in Locale::ALL {
        let properties = read(&event_calendar(event, locale, &site(), STAMP).unwrap());
        let vevent = vevents(&properties)[0];
        assert_eq!(get(vevent, "DTSTART").unwrap().value, "20170501");
        assert_eq!(get(vevent, "DTEND").unwrap().value, "20170601");
        let description = unescape(&get(vevent, "DESCRIPTION").unwrap().value);
        assert!(
            description.contains(locale.text(Key::CalendarMonthOnly)),
            "{locale:?}: {description}"
        );
    }
}

#[test]
fn a_date_known_to_the_year_covers_the_year_and_says_so() {
    let data = dataset();
    let event = data
        .events
        .iter()
        .find(|e| e.id == "chinhui-cup-2016")
        .unwrap();
    let properties = read(&event_calendar(event, Locale::Zh, &site(), STAMP).unwrap());
    let vevent = vevents(&properties)[0];
    assert_eq!(get(vevent, "DTSTART").unwrap().value, "20160101");
    assert_eq!(get(vevent, "DTEND").unwrap().value, "20170101");
    let description = unescape(&get(vevent, "DESCRIPTION").unwrap().value);
    assert!(description.contains(Locale::Zh.text(Key::CalendarYearOnly)));
}

#[test]
fn special_characters_and_long_chinese_text_survive() {
    let mut event = dataset().events.remove(0);
    event.title.zh = "中法;论坛,\\第一\n第二".to_string();
    event.summary.zh = "蓝色海岸的青年创业者在此交流，".repeat(20);
    event.date = Some(DateSpan {
        from: PartialDate {
            year: 2024,
            month: Some(2),
            day: Some(29),
        },
        to: None,
    });
    let text = event_calendar(&event, Locale::Zh, &site(), STAMP).unwrap();
    assert!(text.contains("中法\\;论坛\\,\\\\第一\\n第二"));
    let properties = read(&text);
    let vevent = vevents(&properties)[0];
    assert_eq!(
        unescape(&get(vevent, "SUMMARY").unwrap().value),
        event.title.zh
    );
    let description = unescape(&get(vevent, "DESCRIPTION").unwrap().value);
    assert!(description.starts_with(&event.summary.zh));
    assert_eq!(get(vevent, "DTEND").unwrap().value, "20240301");
}

#[test]
fn the_build_writes_one_file_per_dated_event_and_language_and_one_calendar_each() {
    let data = dataset();
    let catalog = support::catalog_of(data.clone());
    let files = data_files(&catalog, &support::shipped_text(), &site(), STAMP);
    for locale in Locale::ALL {
        let all = events_file_path(locale);
        assert!(files.iter().any(|f| format!("/{}", f.path) == all), "{all}");
        for event in &data.events {
            let path = event_file_path(&event.id, locale);
            assert_eq!(
                files.iter().any(|f| format!("/{}", f.path) == path),
                event.date.is_some(),
                "{path}"
            );
        }
    }
}
