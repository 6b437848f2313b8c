//! Dates, numbers, country names and name order in the visitor's language,
//! through the browser's own `Intl`, so no locale data is shipped in the wasm.
//!
//! Off the browser (native tests, build tools) the same functions give plain
//! ISO-style output, so code that formats can still be tested natively; what
//! is decided here rather than by `Intl` (which parts of a date to show) is
//! tested in both.

use std::cmp::Ordering;

use super::Locale;
use crate::data::model::{DateSpan, PartialDate};

/// How much of a date the sources give.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    Year,
    Month,
    Day,
}

pub fn precision(date: &PartialDate) -> Precision {
    match (date.month, date.day) {
        (Some(_), Some(_)) => Precision::Day,
        (Some(_), None) => Precision::Month,
        _ => Precision::Year,
    }
}

/// The `Intl.DateTimeFormat` options that show a date at its precision and no finer:
/// a month-precision date shows only month and year.
pub fn date_options(precision: Precision) -> &'static [(&'static str, &'static str)] {
    match precision {
        Precision::Day => &[("year", "numeric"), ("month", "long"), ("day", "numeric")],
        Precision::Month => &[("year", "numeric"), ("month", "long")],
        Precision::Year => &[("year", "numeric")],
    }
}

/// A date at its precision: `2 juillet 2016`, `July 2016`, `2016年`.
pub fn format_date(date: &PartialDate, locale: Locale) -> String {
    imp::format_range(date, None, locale)
}

/// A date or a span (`2021 – 2022`, `2021–2022年`), the span at the coarser precision of its ends.
pub fn format_span(span: &DateSpan, locale: Locale) -> String {
    imp::format_range(&span.from, span.to.as_ref(), locale)
}

/// A number with the language's grouping: `2 800 000`, `2,800,000`.
pub fn format_number(value: f64, locale: Locale) -> String {
    imp::format_number(value, locale)
}

/// Compares two names by the language's collation (accents in French, pinyin in Chinese).
pub fn compare_names(a: &str, b: &str, locale: Locale) -> Ordering {
    imp::compare(a, b, locale)
}

/// A country's name from its ISO 3166 code (`CN` → `Chine`, `中国`); `EU` is the European Union.
pub fn country_name(code: &str, locale: Locale) -> String {
    match COUNTRY_NAMES.iter().find(|(c, _)| *c == code) {
        Some((_, [fr, en, zh])) => match locale {
            Locale::Fr => fr,
            Locale::En => en,
            Locale::Zh => zh,
        }
        .to_string(),
        None => imp::country_name(code, locale),
    }
}

/// The countries the records name today, as `Intl.DisplayNames` gives them
/// (a browser test checks they agree). Making a `DisplayNames` loads the
/// whole table of region names: tens of milliseconds on a phone, on the first
/// page that shows a country. Any other code still goes to `Intl`.
const COUNTRY_NAMES: [(&str, [&str; 3]); 4] = [
    ("CN", ["Chine", "China", "中国"]),
    ("FR", ["France", "France", "法国"]),
    ("ES", ["Espagne", "Spain", "西班牙"]),
    ("EU", ["Union européenne", "European Union", "欧盟"]),
];

/// Makes the language's formatters ahead of need. The first `Intl` object a
/// page makes also starts the browser's locale data, a cost of its own (some
/// 15 ms on a desktop): called in a task of its own while the data loads, it
/// keeps that cost out of the task that renders the page.
pub fn prepare(locale: Locale) {
    imp::prepare(locale)
}

/// Today's date in the visitor's time zone (the machine's, off the browser).
pub fn today() -> PartialDate {
    imp::today()
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use std::cell::RefCell;
    use std::cmp::Ordering;

    use js_sys::{Array, Date, Intl, Object, Reflect};
    use wasm_bindgen::{JsCast, JsValue};

    use super::{date_options, precision, Locale, PartialDate, Precision};

    fn locales(locale: Locale) -> Array {
        Array::of1(&JsValue::from_str(locale.html_lang()))
    }

    fn options(pairs: &[(&str, &str)]) -> Object {
        let object = Object::new();
        for (key, value) in pairs {
            let _ = Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_str(value));
        }
        object
    }

    /// Noon UTC on the first day the date covers; formatted in UTC so no time
    /// zone can move it to the day before.
    fn js_date(date: &PartialDate) -> Date {
        let utc = Date::utc(date.year as f64, (date.month.unwrap_or(1) - 1) as f64);
        let d = Date::new(&JsValue::from_f64(utc));
        d.set_utc_date(date.day.unwrap_or(1) as u32);
        d.set_utc_hours(12);
        d
    }

    pub fn format_range(from: &PartialDate, to: Option<&PartialDate>, locale: Locale) -> String {
        let p = match to {
            Some(to) => coarser(precision(from), precision(to)),
            None => precision(from),
        };
        let format = cached(&DATE_FORMATS, (locale, p as u8), || {
            let mut pairs = date_options(p).to_vec();
            pairs.push(("timeZone", "UTC"));
            Intl::DateTimeFormat::new(&locales(locale), &options(&pairs))
        });
        match to {
            Some(to) if to != from => format
                .format_range(&js_date(from), &js_date(to))
                .map(String::from)
                .unwrap_or_else(|_| format!("{}–{}", from.year, to.year)),
            _ => format
                .format()
                .call1(&JsValue::NULL, &js_date(from))
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_else(|| from.year.to_string()),
        }
    }

    fn coarser(a: Precision, b: Precision) -> Precision {
        match (a, b) {
            (Precision::Year, _) | (_, Precision::Year) => Precision::Year,
            (Precision::Month, _) | (_, Precision::Month) => Precision::Month,
            _ => Precision::Day,
        }
    }

    pub fn format_number(value: f64, locale: Locale) -> String {
        // Millions as the articles write them ("2.8 million", "280万"), not as
        // a seven-digit count that would look exact.
        let compact = value.abs() >= 1_000_000.0;
        cached(&NUMBER_FORMATS, (locale, compact as u8), || {
            let opts = if compact {
                options(&[("notation", "compact"), ("compactDisplay", "long")])
            } else {
                Object::new()
            };
            Intl::NumberFormat::new(&locales(locale), &opts)
        })
        .format()
        .call1(&JsValue::NULL, &JsValue::from_f64(value))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| value.to_string())
    }

    pub fn prepare(locale: Locale) {
        let _ = format_number(0.0, locale);
        let _ = format_range(
            &PartialDate {
                year: 2000,
                month: Some(1),
                day: Some(1),
            },
            None,
            locale,
        );
        let _ = compare("a", "b", locale);
    }

    /// Formatters already made, by language and variant.
    type Made<T> = RefCell<Vec<((Locale, u8), T)>>;
    type Cache<T> = std::thread::LocalKey<Made<T>>;

    thread_local! {
        static DATE_FORMATS: Made<Intl::DateTimeFormat> = const { RefCell::new(Vec::new()) };
        static NUMBER_FORMATS: Made<Intl::NumberFormat> = const { RefCell::new(Vec::new()) };
        static COLLATORS: Made<js_sys::Function> = const { RefCell::new(Vec::new()) };
        static REGION_NAMES: Made<Option<JsValue>> = const { RefCell::new(Vec::new()) };
    }

    /// The formatter for `key`, made once: constructing an `Intl` object
    /// costs far more than using one, and a list page formats hundreds of
    /// dates and numbers.
    fn cached<T: Clone>(
        cache: &'static Cache<T>,
        key: (Locale, u8),
        make: impl FnOnce() -> T,
    ) -> T {
        cache.with(|cache| {
            if let Some((_, value)) = cache.borrow().iter().find(|(k, _)| *k == key) {
                return value.clone();
            }
            let value = make();
            cache.borrow_mut().push((key, value.clone()));
            value
        })
    }

    pub fn compare(a: &str, b: &str, locale: Locale) -> Ordering {
        let compare = cached(&COLLATORS, (locale, 0), || {
            Intl::Collator::new(&locales(locale), &Object::new()).compare()
        });
        let result = compare
            .call2(&JsValue::NULL, &JsValue::from_str(a), &JsValue::from_str(b))
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0);
        result.partial_cmp(&0.0).unwrap_or(Ordering::Equal)
    }

    pub fn country_name(code: &str, locale: Locale) -> String {
        // Intl.DisplayNames through Reflect: one constructor call, no bindings to ship.
        let names = cached(&REGION_NAMES, (locale, 0), || {
            let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok();
            let constructor = intl
                .and_then(|intl| Reflect::get(&intl, &JsValue::from_str("DisplayNames")).ok())
                .and_then(|c| c.dyn_into::<js_sys::Function>().ok());
            let args = Array::of2(&locales(locale), &options(&[("type", "region")]));
            constructor.and_then(|c| Reflect::construct(&c, &args).ok())
        });
        names
            .and_then(|names| {
                let of = Reflect::get(&names, &JsValue::from_str("of")).ok()?;
                of.dyn_into::<js_sys::Function>()
                    .ok()?
                    .call1(&names, &JsValue::from_str(code))
                    .ok()?
                    .as_string()
            })
            .unwrap_or_else(|| code.to_string())
    }

    pub fn today() -> PartialDate {
        let now = Date::new_0();
        PartialDate {
            year: now.get_full_year() as i32,
            month: Some(now.get_month() as u8 + 1),
            day: Some(now.get_date() as u8),
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use std::cmp::Ordering;

    use super::{Locale, PartialDate};

    fn iso(date: &PartialDate) -> String {
        match (date.month, date.day) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", date.year),
            (Some(m), None) => format!("{:04}-{m:02}", date.year),
            _ => format!("{:04}", date.year),
        }
    }

    pub fn format_range(from: &PartialDate, to: Option<&PartialDate>, _: Locale) -> String {
        match to {
            Some(to) if to != from => format!("{} – {}", iso(from), iso(to)),
            _ => iso(from),
        }
    }

    pub fn format_number(value: f64, _: Locale) -> String {
        value.to_string()
    }

    pub fn compare(a: &str, b: &str, _: Locale) -> Ordering {
        a.to_lowercase().cmp(&b.to_lowercase())
    }

    pub fn country_name(code: &str, _: Locale) -> String {
        code.to_string()
    }

    pub fn prepare(_: Locale) {}

    pub fn today() -> PartialDate {
        let days = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() / 86_400)
            .unwrap_or(0) as i64;
        let (year, month, day) = crate::data::dates::civil_from_days(days);
        PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: Option<u8>, day: Option<u8>) -> PartialDate {
        PartialDate { year, month, day }
    }

    #[test]
    fn a_date_shows_no_finer_part_than_its_sources_give() {
        assert_eq!(precision(&date(2016, Some(7), Some(2))), Precision::Day);
        assert_eq!(precision(&date(2025, Some(11), None)), Precision::Month);
        assert_eq!(precision(&date(2020, None, None)), Precision::Year);
        assert!(!date_options(Precision::Month)
            .iter()
            .any(|(k, _)| *k == "day"));
        assert_eq!(date_options(Precision::Year), &[("year", "numeric")]);
    }

    #[test]
    fn the_dataset_countries_are_named_without_intl() {
        assert_eq!(country_name("CN", Locale::Zh), "中国");
        assert_eq!(country_name("EU", Locale::Fr), "Union européenne");
        assert_eq!(country_name("ES", Locale::En), "Spain");
        // Other codes go to Intl in the browser, and stay codes natively.
        assert_eq!(country_name("DE", Locale::En), "DE");
    }

    #[test]
    fn native_fallback_is_iso() {
        assert_eq!(
            format_date(&date(2016, Some(7), Some(2)), Locale::Fr),
            "2016-07-02"
        );
        let span = DateSpan {
            from: date(2021, None, None),
            to: Some(date(2022, None, None)),
        };
        assert_eq!(format_span(&span, Locale::En), "2021 – 2022");
    }

    #[test]
    fn today_is_a_plausible_date() {
        let t = today();
        assert!(
            t.year >= 2024
                && (1..=12).contains(&t.month.unwrap())
                && (1..=31).contains(&t.day.unwrap())
        );
    }
}
