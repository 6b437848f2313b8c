//! The portal's events as iCalendar files (RFC 5545), for calendar programs:
//! one file per dated event and one with every dated event, in each language.
//!
//! Plain Rust: the `static-pages` command writes the files at build time
//! (`<lang>/events/calendar.ics`, `<lang>/events/<id>/event.ics`), so they work
//! on a static host; the app only links to them.
//!
//! Dates are all-day (`VALUE=DATE`) and never claim more than the sources give:
//! an event known to the day covers that day, one known to the month the whole
//! month, one known to the year the whole year, with a line in the description
//! saying so. Events without a date have no calendar entry.
//!
//! The files are written by the `icalendar` crate (escaping, line folding,
//! CRLF); this module decides what goes in them.

use chrono::{DateTime, Utc};
use icalendar::{Calendar, Component, EventLike, Property};
use portal_core::address::Site;
use portal_core::dates::{days_in_month, Precision};
use portal_core::model::{DateSpan, Event, PartialDate};
use portal_core::{Key, Locale, Route, Vocabulary};

/// Whether an event has a calendar entry: only dated events do.
pub fn has_entry(event: &Event) -> bool {
    event.date.is_some()
}

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Day {
    /// The day as a calendar date.
    fn date(self) -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(self.year, self.month.into(), self.day.into())
            .expect("a day of the calendar")
    }

    /// The day after.
    pub fn next(self) -> Day {
        if self.day < days_in_month(self.year, self.month) {
            Day {
                day: self.day + 1,
                ..self
            }
        } else {
            first_of_next_month(self.year, self.month)
        }
    }
}

fn first_of_next_month(year: i32, month: u8) -> Day {
    if month >= 12 {
        Day {
            year: year + 1,
            month: 1,
            day: 1,
        }
    } else {
        Day {
            year,
            month: month + 1,
            day: 1,
        }
    }
}

/// The days an event's date covers, as an all-day calendar entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AllDay {
    /// The first day (`DTSTART`).
    pub start: Day,
    /// The day after the last one (`DTEND` is exclusive for dates).
    pub end: Day,
    /// The coarsest precision of the span's ends.
    pub precision: Precision,
}

/// The first day a partial date may mean.
fn first_day(date: &PartialDate) -> Day {
    Day {
        year: date.year,
        month: date.month.unwrap_or(1),
        day: date.day.unwrap_or(1),
    }
}

/// The day after the last day a partial date may mean: the next day, the first
/// of the next month, or New Year's Day of the next year.
fn day_after(date: &PartialDate) -> Day {
    match (date.month, date.day) {
        (Some(month), Some(day)) => Day {
            year: date.year,
            month,
            day,
        }
        .next(),
        (Some(month), None) => first_of_next_month(date.year, month),
        _ => Day {
            year: date.year + 1,
            month: 1,
            day: 1,
        },
    }
}

/// The all-day entry of a date or span, from the first day of its start to
/// the last day of its end, each at its own precision.
pub fn all_day(span: &DateSpan) -> AllDay {
    let last = span.to.as_ref().unwrap_or(&span.from);
    let start = first_day(&span.from);
    let mut end = day_after(last);
    if end <= start {
        end = start.next();
    }
    AllDay {
        start,
        end,
        precision: span.precision(),
    }
}

/// The calendar's own properties, shared by both kinds of file.
fn calendar(locale: Locale) -> Calendar {
    let mut calendar = Calendar::empty();
    calendar
        .append_property(("VERSION", "2.0"))
        .append_property((
            "PRODID",
            format!(
                "-//Sophia Antipolis - China partnership portal//Events//{}",
                locale.code().to_ascii_uppercase()
            )
            .as_str(),
        ))
        .append_property(("CALSCALE", "GREGORIAN"))
        .append_property(("METHOD", "PUBLISH"))
        .name(locale.text(Key::CalendarName))
        .description(locale.text(Key::CalendarDescription));
    calendar
}

/// The description of an event: its summary, its outcomes, a note when the
/// date is known only to the month or year, and the address of its page.
pub fn description(event: &Event, locale: Locale, page_url: &str) -> String {
    let mut parts = vec![event.summary.get(locale).to_string()];
    if !event.outcomes.is_empty() {
        let mut outcomes = locale.text(Key::CalendarOutcomes).to_string();
        for outcome in &event.outcomes {
            outcomes.push_str("\n- ");
            outcomes.push_str(outcome.get(locale));
        }
        parts.push(outcomes);
    }
    if let Some(span) = &event.date {
        match all_day(span).precision {
            Precision::Month => parts.push(locale.text(Key::CalendarMonthOnly).to_string()),
            Precision::Year => parts.push(locale.text(Key::CalendarYearOnly).to_string()),
            Precision::Day => {}
        }
    }
    parts.push(locale.format(Key::CalendarMore, &[("url", page_url)]));
    parts.join("\n\n")
}

/// The `VEVENT` of a dated event; `None` for an undated one.
fn entry(
    event: &Event,
    locale: Locale,
    site: &Site,
    stamp: DateTime<Utc>,
) -> Option<icalendar::Event> {
    let days = all_day(event.date.as_ref()?);
    let lang = locale.html_lang();
    let url = site.page(&Route::Event(event.id.clone()), locale);
    let in_language = |name: &str, value: &str| {
        Property::new(name, value)
            .add_parameter("LANGUAGE", lang)
            .done()
    };
    let mut entry = icalendar::Event::new();
    entry
        .uid(&format!("{}@{}", event.id, site.host()))
        .timestamp(stamp)
        .starts(days.start.date())
        .ends(days.end.date())
        .append_property(in_language("SUMMARY", event.title.get(locale)))
        .append_property(in_language(
            "DESCRIPTION",
            &description(event, locale, &url),
        ))
        .categories([locale.text(event.kind.label())])
        .url(&url)
        // A day- or month-long entry should not mark the reader as busy.
        .add_property("TRANSP", "TRANSPARENT");
    if let Some(place) = &event.place {
        entry.append_property(in_language("LOCATION", place.get(locale)));
    }
    if let Some(location) = &event.location {
        entry.add_property("GEO", format!("{};{}", location.lat, location.lon));
    }
    Some(entry.done())
}

/// The build time, as each entry's `DTSTAMP`.
fn stamp(unix_seconds: u64) -> DateTime<Utc> {
    DateTime::from_timestamp(unix_seconds.try_into().unwrap_or(0), 0).unwrap_or_default()
}

/// The calendar file of one event in `locale`; `None` when the event has no date.
/// `unix_seconds` is the build time, written as each entry's `DTSTAMP`.
pub fn event_calendar(
    event: &Event,
    locale: Locale,
    site: &Site,
    unix_seconds: u64,
) -> Option<String> {
    let mut file = calendar(locale);
    file.push(entry(event, locale, site, stamp(unix_seconds))?);
    Some(file.to_string())
}

/// The calendar file of every dated event in `locale`, in date order;
/// undated events are left out.
pub fn events_calendar(events: &[Event], locale: Locale, site: &Site, unix_seconds: u64) -> String {
    let mut dated: Vec<&Event> = events.iter().filter(|e| has_entry(e)).collect();
    dated.sort_by_key(|e| e.date.as_ref().map(|span| all_day(span).start));
    let mut file = calendar(locale);
    for event in dated {
        if let Some(entry) = entry(event, locale, site, stamp(unix_seconds)) {
            file.push(entry);
        }
    }
    file.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: Option<u8>, day: Option<u8>) -> PartialDate {
        PartialDate { year, month, day }
    }

    fn day(year: i32, month: u8, day: u8) -> Day {
        Day { year, month, day }
    }

    fn span(from: PartialDate, to: Option<PartialDate>) -> DateSpan {
        DateSpan { from, to }
    }

    #[test]
    fn a_day_covers_that_day() {
        let d = all_day(&span(date(2016, Some(7), Some(2)), None));
        assert_eq!((d.start, d.end), (day(2016, 7, 2), day(2016, 7, 3)));
        assert_eq!(d.precision, Precision::Day);
    }

    #[test]
    fn a_month_covers_the_whole_month() {
        let d = all_day(&span(date(2017, Some(5), None), None));
        assert_eq!((d.start, d.end), (day(2017, 5, 1), day(2017, 6, 1)));
        assert_eq!(d.precision, Precision::Month);
        let december = all_day(&span(date(2025, Some(12), None), None));
        assert_eq!(december.end, day(2026, 1, 1));
    }

    #[test]
    fn a_year_covers_the_whole_year() {
        let d = all_day(&span(date(2020, None, None), None));
        assert_eq!((d.start, d.end), (day(2020, 1, 1), day(2021, 1, 1)));
        assert_eq!(d.precision, Precision::Year);
    }

    #[test]
    fn a_span_runs_to_the_end_of_its_last_date() {
        let d = all_day(&span(
            date(2021, Some(11), Some(29)),
            Some(date(2021, Some(12), Some(1))),
        ));
        assert_eq!((d.start, d.end), (day(2021, 11, 29), day(2021, 12, 2)));
        let coarse = all_day(&span(
            date(2021, Some(3), Some(1)),
            Some(date(2022, None, None)),
        ));
        assert_eq!(coarse.end, day(2023, 1, 1));
        assert_eq!(coarse.precision, Precision::Year);
    }

    #[test]
    fn next_day_crosses_months_years_and_leap_days() {
        assert_eq!(day(2024, 2, 28).next(), day(2024, 2, 29));
        assert_eq!(day(2024, 2, 29).next(), day(2024, 3, 1));
        assert_eq!(day(2023, 2, 28).next(), day(2023, 3, 1));
        assert_eq!(day(1900, 2, 28).next(), day(1900, 3, 1));
        assert_eq!(day(2000, 2, 28).next(), day(2000, 2, 29));
        assert_eq!(day(2025, 4, 30).next(), day(2025, 5, 1));
        assert_eq!(day(2025, 12, 31).next(), day(2026, 1, 1));
    }

    #[test]
    fn file_paths_are_under_the_events_pages() {
        use portal_core::address::files;
        assert_eq!(
            files::events_calendar(Locale::Zh),
            "/zh/events/calendar.ics"
        );
        assert_eq!(
            files::event_calendar("forum-2016", Locale::Fr),
            "/fr/events/forum-2016/event.ics"
        );
    }
}
