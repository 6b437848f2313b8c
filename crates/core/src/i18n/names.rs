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
use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use super::Locale;
use crate::model::Localized;

/// Where the names are published, relative to the site's base.
pub const NAMES_PATH: &str = "data/names.json";

/// The names file: country names and the order of names per language.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NameTable {
    /// Country names by ISO 3166-1 alpha-2 code (and `EU`).
    pub countries: BTreeMap<String, Localized>,
    /// Every name the app sorts, in each language's order.
    pub order: Order,
}

/// Names sorted in each language.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Order {
    pub fr: Vec<String>,
    pub en: Vec<String>,
    pub zh: Vec<String>,
}

crate::json::record!(NameTable { countries, order });
crate::json::record!(Order { fr, en, zh });

/// The names file, ready for lookups.
#[derive(Debug, Clone, Default)]
pub struct Names {
    table: NameTable,
    /// Each name's place in each language's order.
    ranks: [HashMap<String, usize>; 3],
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
        let rank = |names: &[String]| {
            names
                .iter()
                .enumerate()
                .map(|(i, name)| (name.clone(), i))
                .collect()
        };
        let ranks = [
            rank(&table.order.fr),
            rank(&table.order.en),
            rank(&table.order.zh),
        ];
        Names { table, ranks }
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
        let ranks = &self.ranks[slot(locale)];
        match (ranks.get(a), ranks.get(b)) {
            (Some(x), Some(y)) => x.cmp(y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => a.cmp(b),
        }
    }
}

impl Order {
    pub fn get(&self, locale: Locale) -> &[String] {
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

    #[test]
    fn names_sort_as_the_table_says_and_unknown_ones_after() {
        let names = Names::new(NameTable {
            countries: BTreeMap::from([(
                "CN".to_string(),
                Localized {
                    fr: "Chine".into(),
                    en: "China".into(),
                    zh: "中国".into(),
                },
            )]),
            order: Order {
                fr: vec!["Écosse".into(), "France".into()],
                en: vec![],
                zh: vec!["成都".into(), "西安".into()],
            },
        });
        assert_eq!(
            names.compare("Écosse", "France", Locale::Fr),
            Ordering::Less
        );
        assert_eq!(
            names.compare("Zeta", "France", Locale::Fr),
            Ordering::Greater
        );
        assert_eq!(names.compare("b", "a", Locale::En), Ordering::Greater);
        assert_eq!(names.compare("西安", "成都", Locale::Zh), Ordering::Greater);
        assert_eq!(names.country("CN", Locale::Zh), "中国");
        assert_eq!(names.country("DE", Locale::Fr), "DE");
    }
}
