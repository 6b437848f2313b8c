//! The interface strings of every language, compiled from `locales/*.toml`
//! by `build.rs` into the app and the site generator alike.

use super::Locale;

include!(concat!(env!("OUT_DIR"), "/strings.rs"));

impl Locale {
    /// The interface string `key` in this language.
    pub fn text(self, key: Key) -> &'static str {
        let text = self.compiled()[key as usize];
        // Every text is non-empty (build.rs), except in the wasm those of
        // locales/*/site/, which only the build writes.
        debug_assert!(
            !text.is_empty(),
            "{key:?} is a build-time string (locales/*/site/)"
        );
        text
    }

    /// The string `key` with each `{name}` replaced by its value.
    pub fn format(self, key: Key, args: &[(&str, &str)]) -> String {
        fill(self.text(key), args)
    }

    /// The form of the plural message `key` for `count` (`1 error`, `2 errors`;
    /// `0 erreur`, `2 erreurs`), with `{count}` and `args` filled in. The count
    /// is shown as the language writes numbers.
    pub fn plural(self, key: Key, count: usize, args: &[(&str, &str)]) -> String {
        debug_assert!(PLURAL[key as usize], "{key:?} has no plural forms");
        let text = match self.one_form(key) {
            Some(one) if self.plural_category(count) == PluralCategory::One => one,
            _ => self.text(key),
        };
        let number = super::numbers::format_count(count, self);
        let mut all = vec![("count", number.as_str())];
        all.extend_from_slice(args);
        fill(text, &all)
    }

    /// The CLDR plural category of a whole number in this language: French
    /// counts 0 and 1 as singular, English only 1, Chinese has one form.
    pub fn plural_category(self, count: usize) -> PluralCategory {
        match (self, count) {
            (Locale::Fr, 0 | 1) | (Locale::En, 1) => PluralCategory::One,
            _ => PluralCategory::Other,
        }
    }

    fn compiled(self) -> &'static [&'static str; KEY_COUNT] {
        match self {
            Locale::Fr => &FR,
            Locale::En => &EN,
            Locale::Zh => &ZH,
        }
    }

    fn compiled_one(self) -> &'static [Option<&'static str>; KEY_COUNT] {
        match self {
            Locale::Fr => &FR_ONE,
            Locale::En => &EN_ONE,
            Locale::Zh => &ZH_ONE,
        }
    }

    /// The singular form of `key`, for a message with plural forms.
    fn one_form(self, key: Key) -> Option<&'static str> {
        self.compiled_one()[key as usize]
    }
}

/// The plural forms the portal's languages use for whole numbers (CLDR
/// categories; French's "many", for exact millions, is written as "other").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluralCategory {
    One,
    Other,
}

fn fill(text: &str, args: &[(&str, &str)]) -> String {
    let mut text = text.to_string();
    for (name, value) in args {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_differs_from_english_in_chinese() {
        // A Chinese string equal to the English one is an untranslated copy.
        for (i, name) in KEY_NAMES.iter().enumerate() {
            assert_ne!(ZH[i], EN[i], "`{name}` is not translated into Chinese");
        }
    }

    #[test]
    fn placeholders_are_filled() {
        let text = Locale::Fr.format(Key::LanguageSwitchTo, &[("language", "chinois")]);
        assert_eq!(text, "Lire cette page en chinois");
    }

    #[test]
    fn plural_forms_follow_each_language() {
        let shown = |l: Locale, n| l.plural(Key::FiltersShown, n, &[("total", "9")]);
        assert_eq!(shown(Locale::En, 0), "0 of 9 shown");
        assert_eq!(shown(Locale::En, 1), "1 of 9 shown");
        assert_eq!(shown(Locale::Fr, 0), "0 sur 9 affiché");
        assert_eq!(shown(Locale::Fr, 1), "1 sur 9 affiché");
        assert_eq!(shown(Locale::Fr, 2), "2 sur 9 affichés");
        assert_eq!(shown(Locale::Zh, 1), "显示 1 项，共 9 项");
        assert_eq!(
            Locale::Fr.plural(Key::FiltersShown, 1234, &[("total", "9")]),
            "1\u{202f}234 sur 9 affichés"
        );
        for (i, plural) in PLURAL.iter().enumerate() {
            // French and English give a singular form for every plural message.
            assert_eq!(FR_ONE[i].is_some(), *plural, "{}", KEY_NAMES[i]);
            assert_eq!(EN_ONE[i].is_some(), *plural, "{}", KEY_NAMES[i]);
        }
    }

    #[test]
    fn tables_have_one_entry_per_key() {
        assert_eq!(KEY_NAMES.len(), KEY_COUNT);
        assert_eq!(Locale::Zh.text(Key::NavHome), "首页");
    }
}
