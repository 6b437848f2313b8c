//! What the build knows of names that the app could not work out alike in
//! the browser and at build time: the name of each country the records
//! give, and the order of names in each language (French ignores accents
//! first, Chinese sorts by pinyin).
//!
//! The site generator computes them (from a table of country names and with
//! a Unicode collator) and publishes them beside the dataset as
//! [`NAMES_PATH`]; the app loads that file with the dataset, and the page
//! files are rendered from the same values, so both sort and name alike.
//! Without it (the development server, or a name the build did not see)
//! names sort by code point after the known ones and countries show their code.

use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::Locale;
use crate::model::{Dataset, Localized};

/// Where the names are published, relative to the site's base.
pub const NAMES_PATH: &str = "data/names.json";

/// The names file: country names, and the order of names in each language.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NameTable {
    /// Country names by ISO 3166-1 alpha-2 code (and `EU`).
    pub countries: BTreeMap<String, Localized>,
    /// Each name's place in each language's order.
    pub order: Order,
}

/// For each language, the place of every name [`sortable`] lists, in its
/// order: the file gives numbers, not the names again (a third of its size).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Order {
    pub fr: Vec<u32>,
    pub en: Vec<u32>,
    pub zh: Vec<u32>,
}

/// Every name the app sorts in `locale`, each once where it first comes: the
/// names of the parks, organisations and topics and of the table's
/// countries, then the closed vocabularies' labels. The names file gives
/// their places in this order.
pub fn sortable<'a>(
    data: &'a Dataset,
    countries: &'a BTreeMap<String, Localized>,
    locale: Locale,
) -> Vec<&'a str> {
    let mut seen = HashSet::new();
    (data.parks.iter().map(|p| &p.name))
        .chain(data.organisations.iter().map(|o| &o.name))
        .chain(data.topics.iter().map(|t| &t.name))
        .chain(countries.values())
        .map(|name| name.get(locale))
        .chain(crate::vocabulary::all_labels(locale))
        .filter(|name| seen.insert(*name))
        .collect()
}

/// The names file, ready for lookups.
#[derive(Debug, Clone, Default)]
pub struct Names {
    table: NameTable,
    /// Each name's place in each language's order, made on first use (the
    /// labels are interface strings: in the app, a language's are loaded by
    /// the time anything is sorted in it).
    ranks: [OnceLock<HashMap<String, usize>>; 3],
}

fn slot(locale: Locale) -> usize {
    match locale {
        Locale::Fr => 0,
        Locale::En => 1,
        Locale::Zh => 2,
    }
}

impl Names {
    pub fn new(table: NameTable) -> Names {
        Names {
            table,
            ranks: Default::default(),
        }
    }

    /// Each name's place in the language's order, for the names of `data`
    /// (the dataset the file was made for); empty if the file does not list
    /// as many names (the file of another dataset), and `None` in the app
    /// before the language's strings are loaded (never needed then).
    fn ranks(&self, data: &Dataset, locale: Locale) -> Option<&HashMap<String, usize>> {
        let ranks = &self.ranks[slot(locale)];
        if let Some(ranks) = ranks.get() {
            return Some(ranks);
        }
        if crate::vocabulary::all_labels(locale).contains(&"") {
            return None;
        }
        Some(ranks.get_or_init(|| {
            let names = sortable(data, &self.table.countries, locale);
            let places = self.table.order.get(locale);
            if names.len() != places.len() {
                return HashMap::new();
            }
            let places = places.iter().map(|&place| place as usize);
            names.into_iter().map(str::to_string).zip(places).collect()
        }))
    }

    pub fn table(&self) -> &NameTable {
        &self.table
    }

    /// A country's name (`CN` → `Chine`, `中国`); its code when the build named no such country.
    pub fn country<'a>(&'a self, code: &'a str, locale: Locale) -> &'a str {
        self.table
            .countries
            .get(code)
            .map_or(code, |name| name.get(locale))
    }

    /// Compares two names in the language's order; `data` is the dataset
    /// the file was made for.
    pub fn compare(&self, data: &Dataset, a: &str, b: &str, locale: Locale) -> Ordering {
        let ranks = self.ranks(data, locale);
        let rank = |name: &str| ranks.and_then(|ranks| ranks.get(name));
        match (rank(a), rank(b)) {
            (Some(x), Some(y)) => x.cmp(y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => a.cmp(b),
        }
    }
}

impl Order {
    pub fn get(&self, locale: Locale) -> &[u32] {
        match locale {
            Locale::Fr => &self.fr,
            Locale::En => &self.en,
            Locale::Zh => &self.zh,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minimal() -> Dataset {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/fixtures/valid/minimal.json"
        );
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    fn china() -> BTreeMap<String, Localized> {
        BTreeMap::from([(
            "CN".to_string(),
            Localized {
                fr: "Chine".into(),
                en: "China".into(),
                zh: "中国".into(),
            },
        )])
    }

    #[test]
    fn names_sort_at_the_places_the_file_gives_and_unknown_ones_after() {
        let data = minimal();
        let countries = china();
        // French in reverse order of the list, Chinese of another length.
        let french = sortable(&data, &countries, Locale::Fr);
        let count = french.len() as u32;
        assert!(french.contains(&"Chine") && french.contains(&data.parks[0].name.fr.as_str()));
        let table = NameTable {
            countries: countries.clone(),
            order: Order {
                fr: (0..count).rev().collect(),
                en: (0..count).collect(),
                zh: vec![0, 1],
            },
        };
        let names = Names::new(table);
        assert_eq!(
            names.compare(&data, french[0], french[1], Locale::Fr),
            Ordering::Greater
        );
        assert_eq!(
            names.compare(&data, french[1], french[0], Locale::Fr),
            Ordering::Less
        );
        assert_eq!(
            names.compare(&data, "Zeta", french[0], Locale::Fr),
            Ordering::Greater
        );
        assert_eq!(
            names.compare(&data, "b", "a", Locale::Fr),
            Ordering::Greater
        );
        let english = sortable(&data, &countries, Locale::En);
        assert_eq!(
            names.compare(&data, english[0], english[1], Locale::En),
            Ordering::Less
        );
        // A file that does not fit the data: code point order.
        assert_eq!(
            names.compare(&data, "西安", "成都", Locale::Zh),
            "西安".cmp("成都")
        );
        assert_eq!(names.country("CN", Locale::Zh), "中国");
        assert_eq!(names.country("DE", Locale::Fr), "DE");
    }

    #[test]
    fn each_name_is_listed_once() {
        let data = minimal();
        let countries = china();
        let list = sortable(&data, &countries, Locale::En);
        let mut unique = list.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), list.len());
    }
}
