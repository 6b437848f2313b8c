//! The three interface languages and the choice among them.

/// An interface language. The URL segment, the `<html lang>` value and the
/// language's own name all come from here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    Fr,
    #[default]
    En,
    Zh,
}

impl Locale {
    /// All languages, in the order the switcher shows them.
    pub const ALL: [Locale; 3] = [Locale::Fr, Locale::En, Locale::Zh];

    /// The URL prefix (`/fr/...`) and the key under which the dataset stores texts.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Fr => "fr",
            Locale::En => "en",
            Locale::Zh => "zh",
        }
    }

    /// The BCP 47 tag for `<html lang>` and `Intl`: Chinese is written in simplified characters.
    pub fn html_lang(self) -> &'static str {
        match self {
            Locale::Fr => "fr",
            Locale::En => "en",
            Locale::Zh => "zh-Hans",
        }
    }

    /// The language's name in its own language, as the switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::Fr => "Français",
            Locale::En => "English",
            Locale::Zh => "中文",
        }
    }

    /// The language a URL segment names. Only the exact lower-case codes count,
    /// so that every page has one canonical address.
    pub fn from_code(code: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language a BCP 47 tag (`fr-CA`, `zh-Hans-CN`, `EN`) belongs to, if any.
    /// Any Chinese tag maps to Chinese: simplified is the only written form offered,
    /// and it serves a Traditional reader better than a foreign language.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.code() == primary)
    }
}

/// The language to open the portal in at `/`: the one the visitor chose before,
/// else the first of the browser's preferred languages that the portal offers,
/// else English.
pub fn negotiate<'a>(
    remembered: Option<&str>,
    preferred: impl IntoIterator<Item = &'a str>,
) -> Locale {
    remembered
        .and_then(Locale::from_code)
        .or_else(|| preferred.into_iter().find_map(Locale::from_tag))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembered_choice_wins_over_browser_languages() {
        assert_eq!(negotiate(Some("zh"), ["fr-FR", "en"]), Locale::Zh);
    }

    #[test]
    fn first_offered_browser_language_is_used() {
        assert_eq!(negotiate(None, ["de-DE", "zh-CN", "fr"]), Locale::Zh);
        assert_eq!(negotiate(None, ["fr-CA", "en-US"]), Locale::Fr);
        assert_eq!(negotiate(None, ["zh-Hant-TW"]), Locale::Zh);
    }

    #[test]
    fn english_when_nothing_matches() {
        assert_eq!(negotiate(None, ["de", "ja"]), Locale::En);
        assert_eq!(negotiate(Some("xx"), []), Locale::En);
    }

    #[test]
    fn url_codes_are_exact() {
        assert_eq!(Locale::from_code("fr"), Some(Locale::Fr));
        assert_eq!(Locale::from_code("FR"), None);
        assert_eq!(Locale::from_code("zh-Hans"), None);
    }

    #[test]
    fn chinese_is_tagged_as_simplified() {
        assert_eq!(Locale::Zh.html_lang(), "zh-Hans");
    }
}

/// The `lang` to put on a proper name shown inside a page of another
/// language: `zh-Hans` for a name in Chinese characters (so screen readers
/// and font selection treat it as Chinese), none for a Latin-script name.
pub fn lang_of_name(name: &str) -> Option<&'static str> {
    name.chars().any(crate::text::is_han).then_some("zh-Hans")
}

#[cfg(test)]
mod name_tests {
    use super::lang_of_name;

    #[test]
    fn chinese_names_are_marked_latin_names_are_not() {
        assert_eq!(lang_of_name("成都高新技术产业开发区"), Some("zh-Hans"));
        assert_eq!(lang_of_name("Sophia Antipolis"), None);
        assert_eq!(lang_of_name("Parc Científic de Barcelona"), None);
    }
}
