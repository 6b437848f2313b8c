//! Dates as the rules compare them: (year, month, day) as far as known.

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
