//! Numbers as each language writes them: `2 000` (with a narrow no-break
//! space), `2,000`; millions as the articles write them, `2,8 millions`,
//! `2.8 million`, `280万`, rather than as a seven-digit count that would look
//! exact.
//!
//! The same code runs in the browser and at build time. The output is that of
//! the browser's `Intl.NumberFormat` (default options, and compact long
//! notation from a million up); a browser test compares every number of the
//! dataset with `Intl`.

use super::Locale;

/// A number in `locale`: grouped digits below a million, words above.
pub fn format_number(value: f64, locale: Locale) -> String {
    if value.is_nan() {
        return "NaN".to_string();
    }
    if value.is_infinite() {
        return if value > 0.0 { "∞" } else { "-∞" }.to_string();
    }
    if value.abs() >= 1_000_000.0 {
        compact(value, locale)
    } else {
        decimal(value, locale, 3)
    }
}

/// A whole count, such as the number of records: `1 234`, `1,234`.
pub fn format_count(count: usize, locale: Locale) -> String {
    decimal(count as f64, locale, 0)
}

fn separators(locale: Locale) -> (&'static str, &'static str) {
    match locale {
        // U+202F NARROW NO-BREAK SPACE, as CLDR writes French thousands.
        Locale::Fr => ("\u{202f}", ","),
        Locale::En | Locale::Zh => (",", "."),
    }
}

/// Grouped digits and at most `fraction` decimals, trailing zeros dropped.
fn decimal(value: f64, locale: Locale, fraction: usize) -> String {
    digits(value, locale, fraction, true)
}

fn digits(value: f64, locale: Locale, fraction: usize, grouped: bool) -> String {
    let (group, point) = separators(locale);
    let group = if grouped { group } else { "" };
    // Rounded to `fraction` decimals with integer arithmetic (half away from
    // zero, as Intl does, where Rust's formatting rounds half to even).
    let scale = 10u128.pow(fraction as u32);
    let scaled = (value.abs() * scale as f64).round() as u128;
    let whole = (scaled / scale).to_string();
    let decimals = format!("{:0width$}", scaled % scale, width = fraction);
    let decimals = if fraction == 0 {
        ""
    } else {
        decimals.trim_end_matches('0')
    };
    let text = format!("{whole}.{decimals}");
    let mut out = String::new();
    if value < 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        out.push('-');
    }
    let digits = whole.as_bytes();
    for (i, digit) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(group);
        }
        out.push(char::from(*digit));
    }
    if !decimals.is_empty() {
        out.push_str(point);
        out.push_str(decimals);
    }
    out
}

/// Compact long notation: the value in millions or billions (French
/// `million(s)`, `milliard(s)`; Chinese 万 and 亿), with two significant
/// digits when the scaled value has one integer digit, else none.
fn compact(value: f64, locale: Locale) -> String {
    let (unit, words): (f64, [&str; 2]) = match locale {
        Locale::Zh if value.abs() >= 1e8 => (1e8, ["亿", "亿"]),
        Locale::Zh => (1e4, ["万", "万"]),
        Locale::Fr if value.abs() >= 1e9 => (1e9, [" milliard", " milliards"]),
        Locale::Fr => (1e6, [" million", " millions"]),
        Locale::En if value.abs() >= 1e9 => (1e9, [" billion", " billion"]),
        Locale::En => (1e6, [" million", " million"]),
    };
    let scaled = value / unit;
    let fraction = if scaled.abs() < 10.0 { 1 } else { 0 };
    // Round half away from zero, as ICU does.
    let factor = 10f64.powi(fraction as i32);
    let rounded = (scaled * factor).round() / factor;
    // Compact numbers are not grouped: `1235万`.
    let number = digits(rounded, locale, fraction, false);
    // French counts below 2 as singular: `1,5 million`, `2 millions`.
    let plural = usize::from(rounded.abs() >= 2.0);
    format!("{number}{}", words[plural])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What Chromium's `Intl.NumberFormat` gives for the same numbers.
    #[test]
    fn grouped_digits() {
        assert_eq!(format_number(2000.0, Locale::Fr), "2\u{202f}000");
        assert_eq!(format_number(2000.0, Locale::En), "2,000");
        assert_eq!(format_number(999_999.0, Locale::Zh), "999,999");
        assert_eq!(format_number(168.0, Locale::Fr), "168");
        assert_eq!(format_number(1.5, Locale::Fr), "1,5");
        assert_eq!(format_number(0.25, Locale::En), "0.25");
        assert_eq!(format_count(12_345, Locale::En), "12,345");
    }

    #[test]
    fn millions_in_words() {
        assert_eq!(format_number(2_800_000.0, Locale::Fr), "2,8 millions");
        assert_eq!(format_number(2_800_000.0, Locale::En), "2.8 million");
        assert_eq!(format_number(2_800_000.0, Locale::Zh), "280万");
        assert_eq!(format_number(1_000_000.0, Locale::Fr), "1 million");
        assert_eq!(format_number(1_500_000.0, Locale::Fr), "1,5 million");
        assert_eq!(format_number(1_234_567.0, Locale::En), "1.2 million");
        assert_eq!(format_number(12_345_678.0, Locale::Fr), "12 millions");
        assert_eq!(format_number(12_345_678.0, Locale::Zh), "1235万");
        assert_eq!(format_number(1_234_567.0, Locale::Zh), "123万");
        assert_eq!(format_number(2e9, Locale::Fr), "2 milliards");
        assert_eq!(format_number(2e9, Locale::En), "2 billion");
        assert_eq!(format_number(2e9, Locale::Zh), "20亿");
    }
}
