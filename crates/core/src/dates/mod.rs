//! Every date computation of the portal: the dataset's partial dates (known
//! to the year, the month or the day), how precise each is, how they compare
//! with each other and with today, calendar days, and ([`format`]) how each
//! language writes them.

pub mod format;

use std::cmp::Ordering;

use crate::model::{DateSpan, Event, PartialDate};

pub use format::{format_date, format_span, iso, span_parts, DateText, SpanText};

/// How much of a date the sources give.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    Year,
    Month,
    Day,
}

impl PartialDate {
    /// The date's precision: a day without a month counts as the year only.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }
}

impl DateSpan {
    /// A span is as precise as its less precise end: `2021 – June 2022` is shown by years.
    pub fn precision(&self) -> Precision {
        match &self.to {
            Some(to) => self.from.precision().min(to.precision()),
            None => self.from.precision(),
        }
    }
}

/// The number of days in `month` of `year` (0 for a month that does not exist).
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// Where an event stands relative to today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timing {
    Upcoming,
    Past,
    /// The sources give no date, or too little of one to tell.
    Undated,
}

impl PartialDate {
    /// The first day the date may mean, as (year, month, day).
    pub fn first_day(&self) -> (i32, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day the date may mean: a month-precision date lasts to the end of its month.
    pub fn last_day(&self) -> (i32, u8, u8) {
        (self.year, self.month.unwrap_or(12), self.day.unwrap_or(31))
    }
}

impl DateSpan {
    /// The last day the span may cover.
    pub fn last_day(&self) -> (i32, u8, u8) {
        self.to.as_ref().unwrap_or(&self.from).last_day()
    }

    /// Orders spans by their start, the usual order of a timeline.
    pub fn cmp_start(&self, other: &DateSpan) -> Ordering {
        self.from.first_day().cmp(&other.from.first_day())
    }
}

/// Upcoming while any day the event may cover is today or later; a
/// month-precision event is upcoming until its month is over.
pub fn event_timing(event: &Event, today: &PartialDate) -> Timing {
    match &event.date {
        None => Timing::Undated,
        Some(span) if span.last_day() >= today.first_day() => Timing::Upcoming,
        Some(_) => Timing::Past,
    }
}

/// Newest first, undated last: the order of "recent" lists.
pub fn newest_first(a: Option<&DateSpan>, b: Option<&DateSpan>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => b.cmp_start(a),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// The calendar date (year, month, day) of a count of days since 1970-01-01
/// (Howard Hinnant's `civil_from_days`), for clocks that give seconds.
pub fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(year: i32, month: Option<u8>, day: Option<u8>) -> PartialDate {
        PartialDate { year, month, day }
    }

    fn span(from: PartialDate) -> Option<DateSpan> {
        Some(DateSpan { from, to: None })
    }

    #[test]
    fn an_event_this_month_is_still_upcoming_when_only_the_month_is_known() {
        let today = d(2026, Some(11), Some(25));
        assert!(span(d(2026, Some(11), None)).unwrap().last_day() >= today.first_day());
        assert!(span(d(2026, Some(11), Some(24))).unwrap().last_day() < today.first_day());
    }

    #[test]
    fn days_since_1970_to_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(16_984), (2016, 7, 2));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
    }

    #[test]
    fn newest_first_puts_undated_last() {
        let a = span(d(2016, Some(7), Some(2)));
        let b = span(d(2021, None, None));
        assert_eq!(newest_first(a.as_ref(), b.as_ref()), Ordering::Greater);
        assert_eq!(newest_first(None, b.as_ref()), Ordering::Greater);
    }
}
