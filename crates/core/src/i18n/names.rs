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

crate::json::record!(NameTable { countries, order });
crate::json::record!(Order { fr, en, zh });

/// Every name the app sorts in `locale`, each once, in the order the names
/// file's places follow: the names of the parks, organisations and topics and
/// of the table's countries, then the closed vocabularies' labels.
pub fn sortable<'a>(
    data: &'a Dataset,
    countries: &'a BTreeMap<String, Localized>,
    locale: Locale,
) -> Vec<&'a str> {
    each_once(data_names(data, countries, locale).chain(crate::vocabulary::all_labels(locale)))
}

/// The names of the data that the app sorts (see [`sortable`]).
fn data_names<'a>(
    data: &'a Dataset,
    countries: &'a BTreeMap<String, Localized>,
    locale: Locale,
) -> impl Iterator<Item = &'a str> {
    (data.parks.iter().map(|p| &p.name))
        .chain(data.organisations.iter().map(|o| &o.name))
        .chain(data.topics.iter().map(|t| &t.name))
        .chain(countries.values())
        .map(move |name| name.get(locale))
}

/// The names without repeats, each where it first comes.
fn each_once<'a>(names: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen = HashSet::new();
    names.filter(|name| seen.insert(*name)).collect()
}

/// The names file, ready for lookups.
#[derive(Debug, Clone, Default)]
pub struct Names {
    table: NameTable,
    /// The data's names in each language (see [`sortable`]); the labels,
    /// interface strings, are added when a language is first compared in:
    /// in the app, its strings are loaded by then.
    names: [Vec<String>; 3],
    /// Each name's place in each language's order, made on first use.
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
    /// The names file of `data`. If it does not list as many names as the
    /// data has (the file of another dataset), names sort by code point.
    pub fn new(table: NameTable, data: &Dataset) -> Names {
        let names = Locale::ALL.map(|locale| {
            (data_names(data, &table.countries, locale).map(str::to_string)).collect()
        });
        Names {
            table,
            names,
            ranks: Default::default(),
        }
    }

    /// Each name's place in the language's order; `None` in the app before
    /// the language's strings are loaded (and never needed then).
    fn ranks(&self, locale: Locale) -> Option<&HashMap<String, usize>> {
        let ranks = &self.ranks[slot(locale)];
        if let Some(ranks) = ranks.get() {
            return Some(ranks);
        }
        let labels = crate::vocabulary::all_labels(locale);
        if labels.contains(&"") {
            return None;
        }
        Some(ranks.get_or_init(|| {
            // `sortable`'s list, each name given the next place the file
            // lists when it first comes.
            let data_names = self.names[slot(locale)].iter().map(String::as_str);
            let mut places = self.table.order.get(locale).iter();
            let mut ranks = HashMap::new();
            for name in data_names.chain(labels) {
                if !ranks.contains_key(name) {
                    let Some(&place) = places.next() else {
                        return HashMap::new();
                    };
                    ranks.insert(name.to_string(), place as usize);
                }
            }
            if places.next().is_some() {
                return HashMap::new();
            }
            ranks
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

    /// Compares two names in the language's order.
    pub fn compare(&self, a: &str, b: &str, locale: Locale) -> Ordering {
        let ranks = self.ranks(locale);
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
        let names = Names::new(table, &data);
        assert_eq!(
            names.compare(french[0], french[1], Locale::Fr),
            Ordering::Greater
        );
        assert_eq!(
            names.compare(french[1], french[0], Locale::Fr),
            Ordering::Less
        );
        assert_eq!(
            names.compare("Zeta", french[0], Locale::Fr),
            Ordering::Greater
        );
        assert_eq!(names.compare("b", "a", Locale::Fr), Ordering::Greater);
        let english = sortable(&data, &countries, Locale::En);
        assert_eq!(
            names.compare(english[0], english[1], Locale::En),
            Ordering::Less
        );
        // A file that does not fit the data: code point order.
        assert_eq!(
            names.compare("西安", "成都", Locale::Zh),
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
