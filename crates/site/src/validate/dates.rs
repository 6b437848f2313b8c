//! Dates: each part in range, days that exist, spans that end after they start.

use portal_core::dates::days_in_month;
use serde_json::Value;

#[allow(unused_imports)]
use super::{shape::*, text::*, walk::*, *};

impl Checker {
    /// Checks a partial date; returns it as (year, month, day) when it is valid.
    pub(super) fn date(
        &mut self,
        path: &str,
        value: &Value,
    ) -> Option<(i64, Option<u32>, Option<u32>)> {
        static DATE: &[Field] = &[
            req("year", Shape::Number),
            opt("month", Shape::Number),
            opt("day", Shape::Number),
        ];
        let map = self.object(path, value, DATE)?;
        let mut ok = true;
        let mut whole = |name: &str, this: &mut Self| -> Option<i64> {
            match map.get(name) {
                None | Some(Value::Null) => None,
                Some(v) => match v.as_i64() {
                    Some(n) => Some(n),
                    None => {
                        if v.is_number() {
                            this.push(&child(path, name), format!("{v} is not a whole number"));
                        }
                        ok = false;
                        None
                    }
                },
            }
        };
        let year = whole("year", self);
        let month = whole("month", self);
        let day = whole("day", self);
        if !ok {
            return None;
        }
        let year = year?;
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            self.push(
                &child(path, "year"),
                format!("year {year} is out of range (from {MIN_YEAR} to {MAX_YEAR})"),
            );
            return None;
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                self.push(
                    &child(path, "month"),
                    format!("month {m} does not exist (expected 1 to 12)"),
                );
                return None;
            }
        }
        if let Some(d) = day {
            let Some(m) = month else {
                self.push(
                    &child(path, "day"),
                    "a day needs a month: give the month too, or leave the day out",
                );
                return None;
            };
            let last = u32::from(days_in_month(year as i32, m as u8));
            if !(1..=i64::from(last)).contains(&d) {
                self.push(
                    &child(path, "day"),
                    format!(
                        "impossible date {year}-{m:02}-{d:02}: {} {year} has {last} days",
                        portal_core::dates::format::month_name(m as u8, portal_core::Locale::En)
                    ),
                );
                return None;
            }
        }
        Some((year, month.map(|m| m as u32), day.map(|d| d as u32)))
    }

    pub(super) fn span(&mut self, path: &str, value: &Value) {
        let Some(map) = value.as_object() else {
            return self.wrong_type(path, "a date span ({\"from\": {…}, \"to\": {…}})", value);
        };
        for key in map.keys() {
            if key != "from" && key != "to" {
                self.push(
                    &child(path, key),
                    format!("unknown field `{key}`; expected one of: from, to"),
                );
            }
        }
        let from = match map.get("from") {
            None => {
                self.push(&child(path, "from"), "missing field `from`");
                None
            }
            Some(v) => self.date(&child(path, "from"), v),
        };
        let to = match map.get("to") {
            None | Some(Value::Null) => None,
            Some(v) => self.date(&child(path, "to"), v),
        };
        if let (Some(from), Some(to)) = (from, to) {
            if ends_before(from, to) {
                self.push(
                    &child(path, "to"),
                    format!(
                        "the span ends ({}) before it starts ({})",
                        show_date(to),
                        show_date(from)
                    ),
                );
            }
        }
    }
}

pub(super) type Ymd = (i64, Option<u32>, Option<u32>);

/// True when `to` is earlier than `from`, compared as far as both are known.
pub(super) fn ends_before(from: Ymd, to: Ymd) -> bool {
    if to.0 != from.0 {
        return to.0 < from.0;
    }
    match (from.1, to.1) {
        (Some(fm), Some(tm)) if fm != tm => tm < fm,
        (Some(_), Some(_)) => matches!((from.2, to.2), (Some(fd), Some(td)) if td < fd),
        _ => false,
    }
}

pub(super) fn show_date((y, m, d): Ymd) -> String {
    match (m, d) {
        (Some(m), Some(d)) => format!("{y}-{m:02}-{d:02}"),
        (Some(m), None) => format!("{y}-{m:02}"),
        _ => y.to_string(),
    }
}
