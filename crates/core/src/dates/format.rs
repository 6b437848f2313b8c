//! Dates as each language writes them, at the precision the sources give and
//! no finer: `2 juillet 2016`, `July 2016`, `2016年`; spans as `2021–2022`,
//! `July 2 – 5, 2016`, `2016/7/2 – 2016/7/5`.
//!
//! The same code runs in the browser and at build time, so a page file and
//! the app write every date alike. The patterns are those of the browser's
//! `Intl.DateTimeFormat` (CLDR, as Chromium ships it) for the options the
//! portal uses (`year: numeric`, `month: long`, `day: numeric`, and
//! `formatRange` for spans); a browser test compares every date of the
//! dataset with `Intl`.

use super::Precision;
use crate::i18n::Locale;
use crate::model::{DateSpan, PartialDate};

const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The date as ISO 8601 at its precision: `2016-07-02`, `2016-07`, `2016`.
pub fn iso(date: &PartialDate) -> String {
    match (date.month, date.day) {
        (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", date.year),
        (Some(m), None) => format!("{:04}-{m:02}", date.year),
        _ => format!("{:04}", date.year),
    }
}

/// A date at its precision: `2 juillet 2016`, `July 2016`, `2016年`.
pub fn format_date(date: &PartialDate, locale: Locale) -> String {
    single(date, date.precision(), locale)
}

/// A date or a span, the span at the precision of its less precise end:
/// `2021–2022`, `juillet – septembre 2016`, `2016/7/2 – 2016/7/5`.
pub fn format_span(span: &DateSpan, locale: Locale) -> String {
    match span_parts(span, locale) {
        SpanText::One(date) => date.text,
        SpanText::Two { from, dash, to } => format!("{}{dash}{}", from.text, to.text),
    }
}

/// One end of a span as written, with the ISO form (at the span's
/// precision) that a `<time datetime>` gives machines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateText {
    pub iso: String,
    pub text: String,
}

/// A span as written, in the pieces a page marks up: one date, or two ends
/// and the dash between them (`July 2` ` – ` `5, 2016`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpanText {
    One(DateText),
    Two {
        from: DateText,
        dash: &'static str,
        to: DateText,
    },
}

/// [`format_span`] in pieces: each end's text and its ISO form at the span's
/// precision (`2016-07-02`, `2025-03`, `2017`).
pub fn span_parts(span: &DateSpan, locale: Locale) -> SpanText {
    let precision = span.precision();
    let iso_at = |date: &PartialDate| {
        let (year, month, day) = truncated(date, precision);
        iso(&PartialDate { year, month, day })
    };
    match &span.to {
        Some(to) if truncated(to, precision) != truncated(&span.from, precision) => {
            let (from_text, dash, to_text) = range(&span.from, to, precision, locale);
            SpanText::Two {
                from: DateText {
                    iso: iso_at(&span.from),
                    text: from_text,
                },
                dash,
                to: DateText {
                    iso: iso_at(to),
                    text: to_text,
                },
            }
        }
        _ => SpanText::One(DateText {
            iso: iso_at(&span.from),
            text: single(&span.from, precision, locale),
        }),
    }
}

/// (year, month, day) with what is finer than `precision` left out.
fn truncated(date: &PartialDate, precision: Precision) -> (i32, Option<u8>, Option<u8>) {
    match precision {
        Precision::Year => (date.year, None, None),
        Precision::Month => (date.year, date.month, None),
        Precision::Day => (date.year, date.month, date.day),
    }
}

/// A month's name in French or English (`juillet`, `July`); empty for a month
/// that does not exist or in Chinese, which writes months as numbers.
pub fn month_name(month: u8, locale: Locale) -> &'static str {
    let names = match locale {
        Locale::Fr => &MONTHS_FR,
        Locale::En => &MONTHS_EN,
        Locale::Zh => return "",
    };
    usize::from(month)
        .checked_sub(1)
        .and_then(|i| names.get(i))
        .copied()
        .unwrap_or_default()
}

fn valid_month(date: &PartialDate) -> bool {
    date.month.is_some_and(|m| (1..=12).contains(&m))
}

fn single(date: &PartialDate, precision: Precision, locale: Locale) -> String {
    let y = date.year;
    if precision > Precision::Year && !valid_month(date) {
        return iso(date);
    }
    let m = date.month.unwrap_or(1);
    let d = date.day.unwrap_or(1);
    match (locale, precision) {
        (Locale::Zh, Precision::Year) => format!("{y}年"),
        (_, Precision::Year) => y.to_string(),
        (Locale::Zh, Precision::Month) => format!("{y}年{m}月"),
        (Locale::Zh, Precision::Day) => format!("{y}年{m}月{d}日"),
        (l, precision) => {
            let month = month_name(m, l);
            match (l, precision) {
                (Locale::Fr, Precision::Day) => format!("{d} {month} {y}"),
                (Locale::En, Precision::Day) => format!("{month} {d}, {y}"),
                _ => format!("{month} {y}"),
            }
        }
    }
}

/// Two dates that differ at `precision`, as `Intl.DateTimeFormat.formatRange`
/// writes them: the parts they share are written once where the language
/// does. Returns the first end, the dash and the second end.
fn range(
    from: &PartialDate,
    to: &PartialDate,
    precision: Precision,
    locale: Locale,
) -> (String, &'static str, String) {
    const SPACED: &str = " – ";
    const TIGHT: &str = "–";
    if precision > Precision::Year && !(valid_month(from) && valid_month(to)) {
        return (iso(from), SPACED, iso(to));
    }
    let (y1, y2) = (from.year, to.year);
    let (m1, m2) = (from.month.unwrap_or(1), to.month.unwrap_or(1));
    let (d1, d2) = (from.day.unwrap_or(1), to.day.unwrap_or(1));
    let (n1, n2) = (month_name(m1, locale), month_name(m2, locale));
    let full = |date| single(date, precision, locale);
    let (first, dash, second) = match (locale, precision) {
        (Locale::Fr, Precision::Year) => (y1.to_string(), TIGHT, y2.to_string()),
        (Locale::En, Precision::Year) => (y1.to_string(), SPACED, y2.to_string()),
        (Locale::Zh, Precision::Year) => (y1.to_string(), TIGHT, format!("{y2}年")),
        (Locale::Zh, Precision::Month) => (format!("{y1}/{m1}"), SPACED, format!("{y2}/{m2}")),
        (Locale::Zh, Precision::Day) => {
            (format!("{y1}/{m1}/{d1}"), SPACED, format!("{y2}/{m2}/{d2}"))
        }
        (_, _) if y1 != y2 => (full(from), SPACED, full(to)),
        (Locale::Fr, Precision::Month) => (n1.to_string(), SPACED, format!("{n2} {y1}")),
        (Locale::En, Precision::Month) => (n1.to_string(), SPACED, format!("{n2} {y1}")),
        (Locale::Fr, Precision::Day) if m1 == m2 => {
            (d1.to_string(), TIGHT, format!("{d2} {n1} {y1}"))
        }
        (Locale::Fr, Precision::Day) => (format!("{d1} {n1}"), SPACED, format!("{d2} {n2} {y1}")),
        (Locale::En, Precision::Day) if m1 == m2 => {
            (format!("{n1} {d1}"), SPACED, format!("{d2}, {y1}"))
        }
        (Locale::En, Precision::Day) => (format!("{n1} {d1}"), SPACED, format!("{n2} {d2}, {y1}")),
    };
    (first, dash, second)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(year: i32, month: Option<u8>, day: Option<u8>) -> PartialDate {
        PartialDate { year, month, day }
    }

    fn span(from: PartialDate, to: Option<PartialDate>) -> DateSpan {
        DateSpan { from, to }
    }

    /// What Chromium's `Intl.DateTimeFormat` gives for the same dates
    /// (checked in the browser by `tests/e2e/formatting.test.mjs` for every
    /// date of the dataset).
    #[test]
    fn single_dates_at_each_precision() {
        let day = d(2016, Some(7), Some(2));
        assert_eq!(format_date(&day, Locale::Fr), "2 juillet 2016");
        assert_eq!(format_date(&day, Locale::En), "July 2, 2016");
        assert_eq!(format_date(&day, Locale::Zh), "2016年7月2日");
        let month = d(2026, Some(2), None);
        assert_eq!(format_date(&month, Locale::Fr), "février 2026");
        assert_eq!(format_date(&month, Locale::En), "February 2026");
        assert_eq!(format_date(&month, Locale::Zh), "2026年2月");
        let year = d(2020, None, None);
        assert_eq!(format_date(&year, Locale::Fr), "2020");
        assert_eq!(format_date(&year, Locale::Zh), "2020年");
    }

    #[test]
    fn spans_write_shared_parts_once() {
        let years = span(d(2021, None, None), Some(d(2022, None, None)));
        assert_eq!(format_span(&years, Locale::Fr), "2021–2022");
        assert_eq!(format_span(&years, Locale::En), "2021 – 2022");
        assert_eq!(format_span(&years, Locale::Zh), "2021–2022年");
        let days = span(d(2016, Some(7), Some(2)), Some(d(2016, Some(7), Some(5))));
        assert_eq!(format_span(&days, Locale::Fr), "2–5 juillet 2016");
        assert_eq!(format_span(&days, Locale::En), "July 2 – 5, 2016");
        assert_eq!(format_span(&days, Locale::Zh), "2016/7/2 – 2016/7/5");
        let months = span(d(2016, Some(11), None), Some(d(2017, Some(2), None)));
        assert_eq!(
            format_span(&months, Locale::Fr),
            "novembre 2016 – février 2017"
        );
        assert_eq!(
            format_span(&months, Locale::En),
            "November 2016 – February 2017"
        );
        assert_eq!(format_span(&months, Locale::Zh), "2016/11 – 2017/2");
        let across = span(d(2016, Some(7), Some(30)), Some(d(2016, Some(8), Some(2))));
        assert_eq!(format_span(&across, Locale::Fr), "30 juillet – 2 août 2016");
        assert_eq!(format_span(&across, Locale::En), "July 30 – August 2, 2016");
    }

    #[test]
    fn a_span_in_pieces_gives_each_end_its_iso_form_at_the_span_precision() {
        let days = span(d(2016, Some(7), Some(2)), Some(d(2016, Some(7), Some(5))));
        assert_eq!(
            span_parts(&days, Locale::En),
            SpanText::Two {
                from: DateText {
                    iso: "2016-07-02".into(),
                    text: "July 2".into()
                },
                dash: " – ",
                to: DateText {
                    iso: "2016-07-05".into(),
                    text: "5, 2016".into()
                },
            }
        );
        // Shown by years, so machines read years too.
        let mixed = span(d(2021, Some(6), None), Some(d(2022, None, None)));
        let SpanText::Two { from, to, .. } = span_parts(&mixed, Locale::Zh) else {
            panic!("two ends")
        };
        assert_eq!((from.iso.as_str(), to.iso.as_str()), ("2021", "2022"));
        assert_eq!((from.text.as_str(), to.text.as_str()), ("2021", "2022年"));
        let month = span(d(2025, Some(3), None), None);
        assert_eq!(
            span_parts(&month, Locale::Fr),
            SpanText::One(DateText {
                iso: "2025-03".into(),
                text: "mars 2025".into()
            })
        );
    }

    #[test]
    fn a_span_is_as_precise_as_its_vaguer_end() {
        let mixed = span(d(2021, Some(6), None), Some(d(2022, None, None)));
        assert_eq!(format_span(&mixed, Locale::En), "2021 – 2022");
        // Ends that agree at that precision make one date.
        let same = span(d(2016, Some(7), Some(1)), Some(d(2016, Some(7), None)));
        assert_eq!(format_span(&same, Locale::Fr), "juillet 2016");
    }

    #[test]
    fn a_month_that_does_not_exist_is_written_in_iso_form() {
        let bad = d(2020, Some(13), None);
        assert_eq!(format_date(&bad, Locale::Fr), "2020-13");
        assert_eq!(
            format_date(&d(2020, Some(0), Some(4)), Locale::En),
            "2020-00-04"
        );
        let range = span(d(2020, Some(13), None), Some(d(2021, Some(2), None)));
        assert_eq!(format_span(&range, Locale::Zh), "2020-13 – 2021-02");
    }
}
