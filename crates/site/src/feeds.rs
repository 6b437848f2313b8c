//! The Atom feeds (RFC 4287): in each language, `/<lang>/feed.xml` lists the
//! dated agreements and events, newest first, each linked to its page in
//! that language, so a feed reader follows the partnerships without visiting
//! the portal. Written at build time from the dataset, like the calendars.
//!
//! Atom dates are full date-times (RFC 3339), while the sources often give
//! only a month or a year: an entry is dated the first instant its date may
//! mean (`2017-05-01T00:00:00Z` for May 2017), and its summary says how
//! precise the date really is. The feed's own `updated` is its newest
//! entry's, so a build of an unchanged dataset writes the same file and
//! readers are not told of news that is not there.
//!
//! Undated records are left out, as in the calendars: Atom requires an
//! `updated` date in every entry, and the only one an undated record could
//! get is invented (the build time would even make it look new at every
//! build). They stay in the portal's lists.

use std::cmp::Reverse;

use portal_core::address::{files, Site};
use portal_core::dates::Precision;
use portal_core::model::{DateSpan, Localized, PartialDate};
use portal_core::{Catalog, Key, Locale, Route};

use crate::escape::attr;
use crate::OutputFile;

/// The namespace of Atom 1.0.
const ATOM: &str = "http://www.w3.org/2005/Atom";

/// An agreement or event with a date: one entry of the feeds.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry<'a> {
    /// Its page.
    pub route: Route,
    /// `agreement` or `event`: the entry's category.
    pub term: &'static str,
    /// The record kind's name in the interface (`Accord`).
    pub label: Key,
    pub title: &'a Localized,
    pub summary: &'a Localized,
    pub date: &'a DateSpan,
}

impl Entry<'_> {
    /// The date the entry is filed under: where its span starts.
    fn date(&self) -> &PartialDate {
        &self.date.from
    }
}

/// Every dated agreement and event, newest first (by the first day their
/// start may mean); on the same day, agreements before events, each in the
/// dataset's order.
pub fn entries(catalog: &Catalog) -> Vec<Entry<'_>> {
    let data = catalog.data();
    let agreements = data.agreements.iter().filter_map(|a| {
        Some(Entry {
            route: Route::Agreement(a.id.clone()),
            term: "agreement",
            label: Key::RecordAgreement,
            title: &a.title,
            summary: &a.summary,
            date: a.date.as_ref()?,
        })
    });
    let events = data.events.iter().filter_map(|e| {
        Some(Entry {
            route: Route::Event(e.id.clone()),
            term: "event",
            label: Key::RecordEvent,
            title: &e.title,
            summary: &e.summary,
            date: e.date.as_ref()?,
        })
    });
    let mut entries: Vec<Entry> = agreements.chain(events).collect();
    entries.sort_by_key(|e| Reverse(e.date().first_day()));
    entries
}

/// The first instant a date may mean, as an RFC 3339 date-time in UTC:
/// `2017-05-01T00:00:00Z` for May 2017.
pub fn first_instant(date: &PartialDate) -> String {
    let (year, month, day) = date.first_day();
    format!("{year:04}-{month:02}-{day:02}T00:00:00Z")
}

/// A UTC date-time in RFC 3339 from seconds since 1970.
fn instant(unix_seconds: u64) -> String {
    let (year, month, day) = portal_core::dates::civil_from_days((unix_seconds / 86_400) as i64);
    let seconds = unix_seconds % 86_400;
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        seconds / 3_600,
        seconds / 60 % 60,
        seconds % 60
    )
}

/// Escapes text for XML content or a double-quoted attribute, leaving out the
/// few characters XML 1.0 cannot hold even escaped (C0 controls other than
/// tab and line breaks, U+FFFE, U+FFFF), which would make the file unreadable.
pub fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c < ' ' || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// The summary of an entry: the record's own, and a sentence when its date is
/// known to the month or the year only (its `updated` then says more than
/// the sources do).
fn summary(entry: &Entry, locale: Locale) -> String {
    let text = entry.summary.get(locale);
    match entry.date().precision() {
        Precision::Day => text.to_string(),
        Precision::Month => format!("{text} {}", locale.text(Key::FeedMonthOnly)),
        Precision::Year => format!("{text} {}", locale.text(Key::FeedYearOnly)),
    }
}

/// The feed of `locale`. `unix_seconds` (the build time) dates a feed with no
/// entry at all, which Atom still requires to have an `updated`.
pub fn feed(catalog: &Catalog, locale: Locale, site: &Site, unix_seconds: u64) -> String {
    let entries = entries(catalog);
    let lang = locale.html_lang();
    let updated = entries
        .first()
        .map_or_else(|| instant(unix_seconds), |e| first_instant(e.date()));
    let home = site.page(&Route::Home, locale);
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"{ATOM}\" xml:lang=\"{lang}\">\n"
    );
    for line in [
        format!("<title>{}</title>", xml(locale.text(Key::FeedTitle))),
        format!(
            "<subtitle>{}</subtitle>",
            xml(locale.text(Key::FeedSubtitle))
        ),
        format!("<id>{}</id>", xml(&site.url(&files::feed(locale)))),
        format!("<updated>{updated}</updated>"),
        format!(
            "<link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>",
            xml(&site.url(&files::feed(locale)))
        ),
        format!(
            "<link rel=\"alternate\" type=\"text/html\" hreflang=\"{lang}\" href=\"{}\"/>",
            xml(&home)
        ),
        // Atom wants an author for the feed when its entries have none.
        format!(
            "<author><name>{}</name><uri>{}</uri></author>",
            xml(locale.text(Key::PortalLongName)),
            xml(&home)
        ),
    ] {
        out.push_str(&format!("  {line}\n"));
    }
    for entry in &entries {
        let url = xml(&site.page(&entry.route, locale));
        out.push_str("  <entry>\n");
        for line in [
            format!("<title>{}</title>", xml(entry.title.get(locale))),
            format!("<id>{url}</id>"),
            format!(
                "<link rel=\"alternate\" type=\"text/html\" hreflang=\"{lang}\" href=\"{url}\"/>"
            ),
            format!("<updated>{}</updated>", first_instant(entry.date())),
            format!(
                "<category term=\"{}\" label=\"{}\"/>",
                entry.term,
                xml(locale.text(entry.label))
            ),
            format!("<summary>{}</summary>", xml(&summary(entry, locale))),
        ] {
            out.push_str(&format!("    {line}\n"));
        }
        out.push_str("  </entry>\n");
    }
    out.push_str("</feed>\n");
    out
}

/// The feed of every language, at [`files::feed`].
pub fn feed_files(catalog: &Catalog, site: &Site, unix_seconds: u64) -> Vec<OutputFile> {
    Locale::ALL
        .into_iter()
        .map(|locale| OutputFile {
            path: files::feed(locale).trim_start_matches('/').to_string(),
            contents: feed(catalog, locale, site, unix_seconds),
        })
        .collect()
}

/// The `<link>` in a page's head that names the feed of its language, so
/// that browsers and feed readers given the page find the feed.
pub fn head_link(locale: Locale, site: &Site) -> String {
    format!(
        "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"{}\" href=\"{}\">\n",
        attr(locale.text(Key::FeedTitle)),
        attr(&site.url(&files::feed(locale)))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_the_first_instant_they_may_mean() {
        let date = |year, month, day| PartialDate { year, month, day };
        assert_eq!(
            first_instant(&date(2017, Some(5), None)),
            "2017-05-01T00:00:00Z"
        );
        assert_eq!(
            first_instant(&date(2021, None, None)),
            "2021-01-01T00:00:00Z"
        );
        assert_eq!(
            first_instant(&date(2016, Some(7), Some(2))),
            "2016-07-02T00:00:00Z"
        );
        assert_eq!(instant(1_735_731_645), "2025-01-01T11:40:45Z");
    }

    #[test]
    fn text_is_escaped_and_what_xml_cannot_hold_is_left_out() {
        assert_eq!(
            xml("a < b & \"c\" > d\u{1}\u{FFFF}\t"),
            "a &lt; b &amp; &quot;c&quot; &gt; d\t"
        );
        assert_eq!(xml("索菲亚 – é"), "索菲亚 – é");
    }
}
