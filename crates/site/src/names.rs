//! The names file the app loads beside the dataset (`/data/names.json`, see
//! `portal_core::i18n::names`): the names of the countries the records give,
//! and the place of every name the app sorts in the order of each language.
//!
//! Computed here, at build time, so that the browser needs no locale data:
//! country names from `data/countries.tsv` (CLDR's, as the browser's
//! `Intl.DisplayNames` gives them; a browser test compares the whole table),
//! and the order with ICU4X's collator, which follows the same CLDR rules as
//! the browser's `Intl.Collator` (French accents, Chinese pinyin).

use std::collections::{BTreeMap, HashMap};

use icu_collator::options::CollatorOptions;
use icu_collator::Collator;
use icu_locale_core::Locale as IcuLocale;
use portal_core::i18n::names::{sortable, NameTable, Order};
use portal_core::model::{Dataset, Localized};
use portal_core::Locale;

const COUNTRIES: &str = include_str!("../data/countries.tsv");

/// Every country name the table has, by code: `CN` → Chine, China, 中国.
pub fn country_table() -> BTreeMap<&'static str, Localized> {
    COUNTRIES
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .filter_map(|line| {
            let mut cells = line.split('\t');
            let code = cells.next()?;
            let fr = cells.next()?.to_string();
            let en = cells.next()?.to_string();
            let zh = cells.next()?.to_string();
            Some((code, Localized { fr, en, zh }))
        })
        .collect()
}

/// The names file of a dataset.
pub fn name_table(data: &Dataset) -> NameTable {
    let table = country_table();
    let countries: BTreeMap<String, Localized> = data
        .parks
        .iter()
        .map(|p| p.country.as_str())
        .chain(data.organisations.iter().map(|o| o.country.as_str()))
        .filter_map(|code| Some((code.to_string(), table.get(code)?.clone())))
        .collect();
    // Each name's place in the language's order, in `sortable`'s order.
    let places = |locale: Locale| {
        let names = sortable(data, &countries, locale);
        let mut sorted: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        sort(&mut sorted, locale);
        let place: HashMap<&str, u32> = (sorted.iter().enumerate())
            .map(|(i, name)| (name.as_str(), i as u32))
            .collect();
        names.iter().map(|name| place[name]).collect()
    };
    NameTable {
        order: Order {
            fr: places(Locale::Fr),
            en: places(Locale::En),
            zh: places(Locale::Zh),
        },
        countries,
    }
}

/// Sorts names as the language does (CLDR collation), then by code point
/// where the collation finds two equal, so the order is total.
pub fn sort(names: &mut [String], locale: Locale) {
    let tag: IcuLocale = locale
        .html_lang()
        .parse()
        .expect("the portal's language tags are valid");
    let collator = Collator::try_new((&tag).into(), CollatorOptions::default())
        .expect("ICU4X's compiled data has every language of the portal");
    names.sort_by(|a, b| collator.compare(a, b).then_with(|| a.cmp(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_sort_as_each_language_does() {
        let mut fr: Vec<String> = ["Zhangjiang", "Écosse", "Barcelona", "ecole", "École"]
            .map(String::from)
            .to_vec();
        sort(&mut fr, Locale::Fr);
        assert_eq!(fr, ["Barcelona", "ecole", "École", "Écosse", "Zhangjiang"]);
        // Chinese by pinyin: ba, cheng, qing, suo, xi, zhang.
        let mut zh: Vec<String> = ["西安", "成都", "索菲亚", "张江", "巴塞罗那", "青岛"]
            .map(String::from)
            .to_vec();
        sort(&mut zh, Locale::Zh);
        assert_eq!(zh, ["巴塞罗那", "成都", "青岛", "索菲亚", "西安", "张江"]);
    }

    #[test]
    fn the_country_table_has_every_code_in_three_languages() {
        let table = country_table();
        assert_eq!(table.len(), 250, "249 ISO 3166-1 countries and the EU");
        assert_eq!(table["CN"].zh, "中国");
        assert_eq!(table["EU"].fr, "Union européenne");
        for (code, name) in &table {
            assert!(code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()));
            assert!(
                !name.fr.is_empty() && !name.en.is_empty() && !name.zh.is_empty(),
                "{code}"
            );
        }
    }
}
