//! The Atom feeds (RFC 4287): in each language, `/<lang>/feed.xml` lists the
//! dated agreements and events, newest first, each linked to its page in
//! that language, so a feed reader follows the partnerships without visiting
//! the portal. Written at build time from the dataset, like the calendars.
//!
//! Atom dates are full date-times (RFC 3339), while the sources often give
//! only a month or a year: an entry is dated the first instant its date may
//! mean (`2017-05-01T00:00:00Z` for May 2017), and its summary says how
//! precise the date really is. The feed's own `updated` is the dataset's
//! (the day its editors last changed it), so a build of an unchanged dataset
//! writes the same file and readers are not told of news that is not there.
//! Each feed links to the calendar of its language's events.
//!
//! Undated records are left out, as in the calendars: Atom requires an
//! `updated` date in every entry, and the only one an undated record could
//! get is invented (the build time would even make it look new at every
//! build). They stay in the portal's lists.
//!
//! The XML is written by `atom_syndication`, which escapes every text;
//! texts pass through [`crate::escape::xml_chars`] first, since no escaping
//! can carry a character XML 1.0 does not allow.

use std::cmp::Reverse;

use atom_syndication::{
    Category, Entry as AtomEntry, Feed, FixedDateTime, Link, Person, Text, WriteConfig,
};

use portal_core::address::{files, Site};
use portal_core::dates::Precision;
use portal_core::model::{DateSpan, Localized, PartialDate};
use portal_core::{Catalog, Key, Locale, Route};

use crate::escape::{attr, xml_chars};
use crate::OutputFile;

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

/// The first instant a date may mean, in UTC: 2017-05-01 00:00 for May 2017.
pub fn first_instant(date: &PartialDate) -> FixedDateTime {
    let (year, month, day) = date.first_day();
    chrono::NaiveDate::from_ymd_opt(year, month.into(), day.into())
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc().fixed_offset())
        .unwrap_or_default()
}

/// A text as Atom carries it, without what XML cannot hold.
fn plain(text: &str) -> Text {
    Text::plain(xml_chars(text).collect::<String>())
}

/// A link to a page or file of the portal.
fn link(rel: &str, mime_type: &str, hreflang: Option<&str>, href: String) -> Link {
    Link {
        href,
        rel: rel.into(),
        hreflang: hreflang.map(str::to_string),
        mime_type: Some(mime_type.into()),
        ..Link::default()
    }
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

/// The feed of `locale`.
pub fn feed(catalog: &Catalog, locale: Locale, site: &Site) -> String {
    let entries = entries(catalog);
    let lang = locale.html_lang();
    let home = site.page(&Route::Home, locale);
    let address = site.url(&files::feed(locale));
    let feed = Feed {
        title: plain(locale.text(Key::FeedTitle)),
        subtitle: Some(plain(locale.text(Key::FeedSubtitle))),
        id: address.clone(),
        updated: first_instant(&catalog.data().updated),
        links: vec![
            link("self", "application/atom+xml", None, address),
            link("alternate", "text/html", Some(lang), home.clone()),
            // The same events, for a calendar app to follow.
            link(
                "related",
                "text/calendar",
                Some(lang),
                site.url(&files::events_calendar(locale)),
            ),
        ],
        // Atom wants an author for the feed when its entries have none.
        authors: vec![Person {
            name: xml_chars(locale.text(Key::PortalLongName)).collect(),
            uri: Some(home),
            ..Person::default()
        }],
        lang: Some(lang.into()),
        entries: entries
            .iter()
            .map(|entry| {
                let url = site.page(&entry.route, locale);
                AtomEntry {
                    title: plain(entry.title.get(locale)),
                    id: url.clone(),
                    links: vec![link("alternate", "text/html", Some(lang), url)],
                    updated: first_instant(entry.date()),
                    categories: vec![Category {
                        term: entry.term.into(),
                        label: Some(xml_chars(locale.text(entry.label)).collect()),
                        ..Category::default()
                    }],
                    summary: Some(plain(&summary(entry, locale))),
                    ..AtomEntry::default()
                }
            })
            .collect(),
        ..Feed::default()
    };
    let config = WriteConfig {
        write_document_declaration: true,
        indent_size: Some(2),
    };
    let written = feed
        .write_with_config(Vec::new(), config)
        .expect("a feed writes to memory");
    String::from_utf8(written).expect("the feed is UTF-8") + "\n"
}

/// The feed of every language, at [`files::feed`].
pub fn feed_files(catalog: &Catalog, site: &Site) -> Vec<OutputFile> {
    Locale::ALL
        .into_iter()
        .map(|locale| OutputFile {
            path: files::feed(locale).trim_start_matches('/').to_string(),
            contents: feed(catalog, locale, site),
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
        let rfc3339 = |date| first_instant(&date).to_rfc3339();
        assert_eq!(
            rfc3339(date(2017, Some(5), None)),
            "2017-05-01T00:00:00+00:00"
        );
        assert_eq!(rfc3339(date(2021, None, None)), "2021-01-01T00:00:00+00:00");
        assert_eq!(
            rfc3339(date(2016, Some(7), Some(2))),
            "2016-07-02T00:00:00+00:00"
        );
    }
}
