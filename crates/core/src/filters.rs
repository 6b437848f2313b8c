//! Filters of the list pages, read from and written to the address's query
//! (`?country=CN&park=chengdu-hi-tech-zone&from=2016&to=2021`), so a filtered
//! view can be shared; the number of records behind each choice, and of the
//! undated ones a range of years leaves out.

use std::collections::HashMap;

use crate::model::{Agreement, DateSpan, Event, EventFormat, Organisation, Park, Party};
use crate::{Catalog, Vocabulary};

/// A dimension a list can be filtered on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facet {
    Country,
    /// The parks a record's parties stand for (a park, or the park an
    /// organisation is based in): where it happened, more finely than the
    /// country, which is China for every agreement.
    Park,
    Topic,
    Kind,
    Format,
}

impl Facet {
    /// The name of the facet in the address's query.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Country => "country",
            Facet::Park => "park",
            Facet::Topic => "topic",
            Facet::Kind => "kind",
            Facet::Format => "format",
        }
    }
}

/// The filters in force; `None` means "all".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub country: Option<String>,
    pub park: Option<String>,
    pub topic: Option<String>,
    pub kind: Option<String>,
    pub format: Option<String>,
    /// First year of the range, inclusive.
    pub from: Option<i32>,
    /// Last year of the range, inclusive.
    pub to: Option<i32>,
    /// The address gave the range's ends the wrong way round (`from=2025&to=2022`):
    /// they were swapped, and the page says so rather than show nothing.
    pub swapped: bool,
    /// Which page of the filtered list is shown, from 1; not a filter, but
    /// kept with them so the whole view lives in the address.
    pub page: Option<usize>,
}

/// Records per page of a list: the page's size and render time stay the same
/// however large the dataset grows.
pub const PAGE_SIZE: usize = 50;

/// The records of page `page` (from 1; out-of-range pages give the last) and the number of pages.
pub fn page_of<T>(records: Vec<T>, page: Option<usize>) -> (Vec<T>, usize, usize) {
    let pages = records.len().div_ceil(PAGE_SIZE).max(1);
    let page = page.unwrap_or(1).clamp(1, pages);
    let shown = records
        .into_iter()
        .skip((page - 1) * PAGE_SIZE)
        .take(PAGE_SIZE)
        .collect();
    (shown, page, pages)
}

impl Filters {
    /// Reads the filters from query parameters; unknown or malformed values are ignored.
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> Filters {
        let text = |key: &str| {
            get(key)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty() && v.len() <= 100)
        };
        let year = |key: &str| {
            text(key)
                .and_then(|v| v.parse::<i32>().ok())
                .filter(|y| (1000..=9999).contains(y))
        };
        // `year=2025` is the range of that one year, and wins over `from` and `to`.
        let (from, to) = match year("year") {
            Some(y) => (Some(y), Some(y)),
            None => (year("from"), year("to")),
        };
        let swapped = matches!((from, to), (Some(f), Some(t)) if f > t);
        let (from, to) = if swapped { (to, from) } else { (from, to) };
        Filters {
            country: text("country"),
            park: text("park"),
            topic: text("topic"),
            kind: text("kind"),
            format: text("format"),
            from,
            to,
            swapped,
            page: text("page")
                .and_then(|v| v.parse::<usize>().ok())
                .filter(|p| *p >= 1),
        }
    }

    /// How many filters are in force, a range of years counting as one.
    pub fn active_count(&self) -> usize {
        let facets = [
            &self.country,
            &self.park,
            &self.topic,
            &self.kind,
            &self.format,
        ];
        facets.iter().filter(|f| f.is_some()).count()
            + usize::from(self.from.is_some() || self.to.is_some())
    }

    /// The query pairs for these filters (empty ones left out), the years in
    /// order; a range of one year is written `year=`.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let opt = |v: &Option<String>| v.clone().unwrap_or_default();
        let year = |v: Option<i32>| v.map(|y| y.to_string()).unwrap_or_default();
        let (single, from, to) = match self.single_year() {
            Some(y) => (Some(y), None, None),
            None => (None, self.from, self.to),
        };
        vec![
            ("country", opt(&self.country)),
            ("park", opt(&self.park)),
            ("topic", opt(&self.topic)),
            ("kind", opt(&self.kind)),
            ("format", opt(&self.format)),
            ("year", year(single)),
            ("from", year(from)),
            ("to", year(to)),
            (
                "page",
                self.page
                    .filter(|p| *p > 1)
                    .map(|p| p.to_string())
                    .unwrap_or_default(),
            ),
        ]
    }

    pub fn get(&self, facet: Facet) -> Option<&str> {
        match facet {
            Facet::Country => self.country.as_deref(),
            Facet::Park => self.park.as_deref(),
            Facet::Topic => self.topic.as_deref(),
            Facet::Kind => self.kind.as_deref(),
            Facet::Format => self.format.as_deref(),
        }
    }

    /// These filters with one facet changed, from the first page again.
    pub fn with(&self, facet: Facet, value: Option<String>) -> Filters {
        let mut next = Filters {
            page: None,
            ..self.clone()
        };
        *match facet {
            Facet::Country => &mut next.country,
            Facet::Park => &mut next.park,
            Facet::Topic => &mut next.topic,
            Facet::Kind => &mut next.kind,
            Facet::Format => &mut next.format,
        } = value;
        next
    }

    /// True when no filter is set (whatever the page).
    pub fn is_empty(&self) -> bool {
        Filters {
            page: None,
            swapped: false,
            ..self.clone()
        } == Filters::default()
    }

    /// These filters with a new year range, from the first page again; a
    /// range chosen the wrong way round is put in order.
    pub fn with_years(&self, from: Option<i32>, to: Option<i32>) -> Filters {
        let (from, to) = match (from, to) {
            (Some(f), Some(t)) if f > t => (Some(t), Some(f)),
            range => range,
        };
        Filters {
            from,
            to,
            swapped: false,
            page: None,
            ..self.clone()
        }
    }

    /// The one year chosen, when the range is a single year.
    pub fn single_year(&self) -> Option<i32> {
        self.from.filter(|from| self.to == Some(*from))
    }

    fn by_year(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }

    fn year_matches(&self, years: Option<(i32, i32)>) -> bool {
        if !self.by_year() {
            return true;
        }
        // A record with no date cannot be said to fall in a range.
        let Some((first, last)) = years else {
            return false;
        };
        self.from.is_none_or(|from| last >= from) && self.to.is_none_or(|to| first <= to)
    }
}

/// A record type the list pages filter.
pub trait Filterable {
    /// The record's values for a facet (several for topics or countries of several parties).
    fn values(&self, facet: Facet, catalog: &Catalog) -> Vec<String>;
    /// The first and last year the record covers, if it is dated.
    fn years(&self) -> Option<(i32, i32)> {
        None
    }
}

fn span_years(span: Option<&DateSpan>) -> Option<(i32, i32)> {
    span.map(|s| (s.from.year, s.to.map_or(s.from.year, |t| t.year)))
}

/// The ids of the parks `parties` stand for, each once.
fn party_parks<'a>(parties: impl Iterator<Item = &'a Party>, catalog: &Catalog) -> Vec<String> {
    let mut parks: Vec<String> = parties
        .filter_map(|party| catalog.park_of(party))
        .map(|park| park.id.clone())
        .collect();
    crate::ordering::sort_and_dedup(&mut parks);
    parks
}

fn party_countries(parties: &[Party], catalog: &Catalog) -> Vec<String> {
    let mut countries: Vec<String> = parties
        .iter()
        .filter_map(|p| match p {
            Party::Park(id) => catalog.park(id).map(|r| r.country.clone()),
            Party::Organisation(id) => catalog.organisation(id).map(|r| r.country.clone()),
        })
        .collect();
    crate::ordering::sort_and_dedup(&mut countries);
    countries
}

impl Filterable for Park {
    fn values(&self, facet: Facet, _: &Catalog) -> Vec<String> {
        match facet {
            Facet::Country => vec![self.country.clone()],
            Facet::Topic => self.sectors.clone(),
            Facet::Park | Facet::Kind | Facet::Format => Vec::new(),
        }
    }
}

impl Filterable for Organisation {
    fn values(&self, facet: Facet, _: &Catalog) -> Vec<String> {
        match facet {
            Facet::Country => vec![self.country.clone()],
            Facet::Topic => self.sectors.clone(),
            Facet::Kind => vec![self.kind.key().to_string()],
            Facet::Park | Facet::Format => Vec::new(),
        }
    }
}

impl Filterable for Agreement {
    fn values(&self, facet: Facet, catalog: &Catalog) -> Vec<String> {
        match facet {
            Facet::Country => party_countries(&self.parties, catalog),
            Facet::Park => party_parks(self.parties.iter(), catalog),
            Facet::Topic => self.topics.clone(),
            Facet::Kind => vec![self.kind.key().to_string()],
            Facet::Format => Vec::new(),
        }
    }

    fn years(&self) -> Option<(i32, i32)> {
        span_years(self.date.as_ref())
    }
}

impl Filterable for Event {
    fn values(&self, facet: Facet, catalog: &Catalog) -> Vec<String> {
        match facet {
            Facet::Country => {
                let parks: Vec<Party> = self
                    .parks
                    .iter()
                    .map(|id| Party::Park(id.clone()))
                    .collect();
                let all: Vec<Party> = self
                    .organisers
                    .iter()
                    .chain(&self.participants)
                    .cloned()
                    .chain(parks)
                    .collect();
                party_countries(&all, catalog)
            }
            Facet::Park => {
                let parks: Vec<Party> = self
                    .parks
                    .iter()
                    .map(|id| Party::Park(id.clone()))
                    .collect();
                let all = self
                    .organisers
                    .iter()
                    .chain(&self.participants)
                    .chain(&parks);
                party_parks(all, catalog)
            }
            Facet::Topic => self.topics.clone(),
            Facet::Kind => vec![self.kind.key().to_string()],
            // A hybrid event is both on site and online.
            Facet::Format => match self.format {
                EventFormat::Hybrid => EventFormat::ALL
                    .iter()
                    .map(|f| f.key().to_string())
                    .collect(),
                other => vec![other.key().to_string()],
            },
        }
    }

    fn years(&self) -> Option<(i32, i32)> {
        span_years(self.date.as_ref())
    }
}

fn matches<T: Filterable>(
    record: &T,
    filters: &Filters,
    catalog: &Catalog,
    skip: Option<Facet>,
) -> bool {
    facets_match(record, filters, catalog, skip) && filters.year_matches(record.years())
}

/// Whether a record has every value the filters ask for, but perhaps `skip`'s;
/// its date aside.
fn facets_match<T: Filterable>(
    record: &T,
    filters: &Filters,
    catalog: &Catalog,
    skip: Option<Facet>,
) -> bool {
    [
        Facet::Country,
        Facet::Park,
        Facet::Topic,
        Facet::Kind,
        Facet::Format,
    ]
    .into_iter()
    .filter(|f| Some(*f) != skip)
    .all(|facet| {
        filters
            .get(facet)
            .is_none_or(|wanted| record.values(facet, catalog).iter().any(|v| v == wanted))
    })
}

/// How many undated records a range of years leaves out, among those the
/// other filters keep: a record with no date is in no range, and the page
/// says how many it hides. 0 without a range.
pub fn undated_hidden<T: Filterable>(records: &[T], filters: &Filters, catalog: &Catalog) -> usize {
    if !filters.by_year() {
        return 0;
    }
    records
        .iter()
        .filter(|r| r.years().is_none() && facets_match(*r, filters, catalog, None))
        .count()
}

/// The records that pass every filter, in their order.
pub fn apply<'a, T: Filterable>(
    records: &'a [T],
    filters: &Filters,
    catalog: &Catalog,
) -> Vec<&'a T> {
    records
        .iter()
        .filter(|r| matches(*r, filters, catalog, None))
        .collect()
}

/// Each value of a facet with the number of records it would show, given the
/// other filters in force; values in order of first appearance.
pub fn counts<T: Filterable>(
    records: &[T],
    filters: &Filters,
    facet: Facet,
    catalog: &Catalog,
) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    // Where each value sits in `counts`: one lookup per value, however many
    // values a large dataset has.
    let mut positions: HashMap<String, usize> = HashMap::new();
    for record in records {
        let passes = matches(record, filters, catalog, Some(facet));
        for value in record.values(facet, catalog) {
            match positions.get(&value) {
                Some(&i) => counts[i].1 += usize::from(passes),
                None => {
                    positions.insert(value.clone(), counts.len());
                    counts.push((value, usize::from(passes)));
                }
            }
        }
    }
    counts
}

/// How many values a facet offers at most: a longer menu is no help to
/// choose from, and its size would grow with the data.
pub const MAX_FACET_VALUES: usize = 100;

/// The `max` values with the most records (ties in their first order), the
/// selected one always among them; and how many were left out.
pub fn most_frequent(
    mut counts: Vec<(String, usize)>,
    max: usize,
    selected: Option<&str>,
) -> (Vec<(String, usize)>, usize) {
    if counts.len() <= max {
        return (counts, 0);
    }
    let left_out = counts.len() - max;
    // A stable sort keeps the first-appearance order among equal counts.
    crate::ordering::sort_by_key(&mut counts, |(_, n)| std::cmp::Reverse(*n));
    let selected_position = selected.and_then(|s| counts.iter().position(|(v, _)| v == s));
    if let Some(i) = selected_position.filter(|&i| i >= max) {
        counts.swap(max - 1, i);
    }
    counts.truncate(max);
    (counts, left_out)
}

/// Every year the records cover, ascending: the choices of the year range.
pub fn years<T: Filterable>(records: &[T]) -> Vec<i32> {
    let mut years: Vec<i32> = records
        .iter()
        .filter_map(Filterable::years)
        .flat_map(|(first, last)| first..=last)
        .collect();
    crate::ordering::sort_and_dedup(&mut years);
    years
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_facet_keeps_its_most_frequent_values_and_the_selected_one() {
        let counts: Vec<(String, usize)> = (0..250).map(|i| (format!("v{i}"), i % 7)).collect();
        let (kept, left_out) = most_frequent(counts.clone(), 100, None);
        assert_eq!((kept.len(), left_out), (100, 150));
        // None left out has more records than one kept.
        let least_kept = kept.iter().map(|(_, n)| *n).min().unwrap();
        let most_left_out = counts
            .iter()
            .filter(|c| !kept.contains(c))
            .map(|(_, n)| *n)
            .max()
            .unwrap();
        assert!(least_kept >= most_left_out);
        // v0 has no record: only kept when it is the filter in force.
        assert!(!kept.iter().any(|(v, _)| v == "v0"));
        let (kept, _) = most_frequent(counts.clone(), 100, Some("v0"));
        assert_eq!(kept.len(), 100);
        assert!(kept.iter().any(|(v, _)| v == "v0"));
        // A short facet is left as it is.
        let short = counts[..10].to_vec();
        assert_eq!(most_frequent(short.clone(), 100, Some("v3")), (short, 0));
    }

    #[test]
    fn the_filters_in_force_are_counted_a_range_of_years_as_one() {
        assert_eq!(Filters::default().active_count(), 0);
        let f = Filters {
            country: Some("CN".into()),
            topic: Some("biomedicine".into()),
            from: Some(2016),
            to: Some(2020),
            page: Some(3),
            ..Filters::default()
        };
        assert_eq!(f.active_count(), 3);
        let only_to = Filters {
            to: Some(2020),
            ..Filters::default()
        };
        assert_eq!(only_to.active_count(), 1);
    }

    #[test]
    fn query_round_trip_and_bad_values_ignored() {
        let query = [
            ("country", "CN"),
            ("from", "2016"),
            ("to", "twenty"),
            ("topic", " "),
        ];
        let get = |k: &str| {
            query
                .iter()
                .find(|(key, _)| *key == k)
                .map(|(_, v)| v.to_string())
        };
        let f = Filters::from_query(get);
        assert_eq!(f.country.as_deref(), Some("CN"));
        assert_eq!(f.from, Some(2016));
        assert_eq!(f.to, None);
        assert_eq!(f.topic, None);
        let pairs: Vec<_> = f
            .to_pairs()
            .into_iter()
            .filter(|(_, v)| !v.is_empty())
            .collect();
        assert_eq!(
            pairs,
            vec![("country", "CN".to_string()), ("from", "2016".to_string())]
        );
    }

    #[test]
    fn pages_are_bounded() {
        let (shown, page, pages) = page_of((0..120).collect::<Vec<_>>(), Some(3));
        assert_eq!((shown.len(), page, pages), (20, 3, 3));
        assert_eq!(shown[0], 100);
        let (_, page, _) = page_of((0..120).collect::<Vec<_>>(), Some(99));
        assert_eq!(page, 3);
        let (shown, page, pages) = page_of(Vec::<u8>::new(), None);
        assert_eq!((shown.len(), page, pages), (0, 1, 1));
    }

    #[test]
    fn changing_a_filter_goes_back_to_the_first_page() {
        let f = Filters {
            page: Some(4),
            ..Filters::default()
        };
        assert_eq!(f.with(Facet::Country, Some("CN".into())).page, None);
        assert!(f.is_empty());
    }

    #[test]
    fn a_reversed_range_is_put_in_order() {
        let query = [("from", "2025"), ("to", "2022")];
        let get = |k: &str| {
            query
                .iter()
                .find(|(key, _)| *key == k)
                .map(|(_, v)| v.to_string())
        };
        let f = Filters::from_query(get);
        assert_eq!((f.from, f.to, f.swapped), (Some(2022), Some(2025), true));
        assert!(!f.is_empty());
        // Written back in order, it is no longer reversed.
        let pairs = f.to_pairs();
        let again = Filters::from_query(|k| {
            pairs
                .iter()
                .find(|(key, _)| *key == k)
                .map(|(_, v)| v.clone())
        });
        assert_eq!(
            (again.from, again.to, again.swapped),
            (Some(2022), Some(2025), false)
        );
        // A choice made the wrong way round is put in order too.
        let chosen = Filters::default().with_years(Some(2025), Some(2022));
        assert_eq!(
            (chosen.from, chosen.to, chosen.swapped),
            (Some(2022), Some(2025), false)
        );
        let one_end = Filters::default().with_years(Some(2025), None);
        assert_eq!((one_end.from, one_end.to), (Some(2025), None));
    }

    #[test]
    fn a_single_year_is_a_range_of_one_year_written_as_such() {
        let f = Filters::from_query(|k| (k == "year").then(|| "2025".to_string()));
        assert_eq!(
            (f.from, f.to, f.single_year()),
            (Some(2025), Some(2025), Some(2025))
        );
        assert!(f.year_matches(Some((2025, 2025))));
        assert!(f.year_matches(Some((2024, 2026))));
        assert!(!f.year_matches(Some((2026, 2026))));
        assert!(!f.year_matches(Some((2021, 2024))));
        let pairs: Vec<_> = f
            .to_pairs()
            .into_iter()
            .filter(|(_, v)| !v.is_empty())
            .collect();
        assert_eq!(pairs, [("year", "2025".to_string())]);
        // `year` wins over a range given beside it.
        let both = Filters::from_query(|k| match k {
            "year" => Some("2019".into()),
            "from" => Some("2016".into()),
            _ => None,
        });
        assert_eq!((both.from, both.to), (Some(2019), Some(2019)));
        assert_eq!(
            Filters::default()
                .with_years(Some(2020), Some(2020))
                .single_year(),
            Some(2020)
        );
        assert_eq!(
            Filters::default()
                .with_years(Some(2020), None)
                .single_year(),
            None
        );
    }

    #[test]
    fn year_ranges_overlap() {
        let f = Filters {
            from: Some(2017),
            to: Some(2020),
            ..Filters::default()
        };
        assert!(f.year_matches(Some((2016, 2017))));
        assert!(f.year_matches(Some((2020, 2022))));
        assert!(!f.year_matches(Some((2021, 2022))));
        assert!(!f.year_matches(None));
        assert!(Filters::default().year_matches(None));
    }
}
