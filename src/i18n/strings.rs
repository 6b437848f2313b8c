//! The interface strings, compiled from `locales/*.toml` by `build.rs`.

use super::Locale;

include!(concat!(env!("OUT_DIR"), "/strings.rs"));

impl Locale {
    /// The interface string `key` in this language.
    pub fn text(self, key: Key) -> &'static str {
        let table = match self {
            Locale::Fr => &FR,
            Locale::En => &EN,
            Locale::Zh => &ZH,
        };
        table[key as usize]
    }

    /// The string `key` with each `{name}` replaced by its value.
    pub fn format(self, key: Key, args: &[(&str, &str)]) -> String {
        let mut text = self.text(key).to_string();
        for (name, value) in args {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        text
    }
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
    fn tables_have_one_entry_per_key() {
        assert_eq!(KEY_NAMES.len(), KEY_COUNT);
        assert_eq!(Locale::Zh.text(Key::NavHome), "首页");
    }
}
