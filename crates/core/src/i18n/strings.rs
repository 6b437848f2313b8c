//! The interface strings, compiled from `locales/*.toml` by `build.rs`; in
//! the app's wasm build (`loaded-strings`), most of them loaded at run time
//! from one file per language, which the build writes ([`Locale::strings_file`]).
//! Natively every string is compiled in and nothing is ever loaded.

use std::sync::OnceLock;

use serde::Serialize;

use crate::json::{self, FromJson};

use super::Locale;

include!(concat!(env!("OUT_DIR"), "/strings.rs"));

impl Locale {
    /// The interface string `key` in this language; empty only in the wasm
    /// build for a language whose strings are not loaded yet, which the app
    /// never shows (see `src/languages.rs`).
    pub fn text(self, key: Key) -> &'static str {
        let compiled = self.compiled()[key as usize];
        if !compiled.is_empty() {
            return compiled;
        }
        LOADED[self as usize]
            .get()
            .map_or("", |strings| strings.text[key as usize])
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

    /// Whether every string of this language is at hand: always natively; in
    /// the wasm build once its file is loaded ([`Locale::load_strings`]).
    pub fn has_strings(self) -> bool {
        !cfg!(feature = "loaded-strings") || LOADED[self as usize].get().is_some()
    }

    /// Reads this language's strings file (as [`Locale::strings_file`] wrote
    /// it for this build) and keeps its strings for the rest of the visit.
    pub fn load_strings(self, file: &str) -> Result<(), StringsError> {
        if LOADED[self as usize].get().is_none() {
            let strings = parse_strings(file)?;
            // Loaded twice at once: either copy is the same.
            let _ = LOADED[self as usize].set(strings);
        }
        Ok(())
    }

    /// This language's strings file: every string, in `Key` order, with the
    /// singular forms of plural messages and the build's `STRINGS_VERSION`;
    /// empty for the keys the app keeps in its code (`IN_APP_CODE`).
    /// Written natively, where every string is compiled in.
    #[cfg(not(feature = "loaded-strings"))]
    pub fn strings_file(self) -> String {
        let file = StringsFile(
            STRINGS_VERSION.into(),
            (0..KEY_COUNT)
                .map(|i| {
                    if IN_APP_CODE[i] {
                        ""
                    } else {
                        self.compiled()[i]
                    }
                    .to_string()
                })
                .collect(),
            (0..KEY_COUNT)
                .map(|i| {
                    self.compiled_one()[i]
                        .filter(|_| !IN_APP_CODE[i])
                        .map(str::to_string)
                })
                .collect(),
        );
        serde_json::to_string(&file).expect("strings serialise")
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

    /// The singular form of `key`, from wherever its other form comes from.
    fn one_form(self, key: Key) -> Option<&'static str> {
        if !self.compiled()[key as usize].is_empty() {
            return self.compiled_one()[key as usize];
        }
        LOADED[self as usize]
            .get()
            .and_then(|strings| strings.one[key as usize])
    }
}

/// The strings loaded at run time, by `Locale as usize`. They live as long as
/// the page: a language's are read once per visit, a few kilobytes.
static LOADED: [OnceLock<Loaded>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];

struct Loaded {
    text: Vec<&'static str>,
    one: Vec<Option<&'static str>>,
}

/// A strings file as written and read: a JSON array of the build's
/// `STRINGS_VERSION`, the strings in `Key` order, and the singular forms
/// (`null` for a key without plural forms). An array, not an object: the app
/// reads it with the code that reads the dataset's arrays, and no more.
#[derive(Serialize)]
struct StringsFile(String, Vec<String>, Vec<Option<String>>);

impl FromJson for StringsFile {
    fn read(reader: &mut json::Reader<'_>) -> Result<Self, json::Error> {
        let (mut version, mut text, mut one) = (None, None, None);
        let mut index = 0;
        reader.array(&mut |reader| {
            match index {
                0 => version = Some(String::read(reader)?),
                1 => text = Some(Vec::read(reader)?),
                _ => one = Some(Vec::read(reader)?),
            }
            index += 1;
            Ok(())
        })?;
        match (version, text, one) {
            (Some(version), Some(text), Some(one)) if index == 3 => {
                Ok(StringsFile(version, text, one))
            }
            _ => Err(json::Error::shape("a strings file is an array of three")),
        }
    }

    fn empty() -> Self {
        StringsFile(String::new(), Vec::new(), Vec::new())
    }
}

/// Why a strings file cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StringsError {
    /// Not a strings file (not JSON, or not this shape).
    Damaged,
    /// The file of another build (a cache that outlived a deploy).
    OtherBuild,
}

fn parse_strings(file: &str) -> Result<Loaded, StringsError> {
    let StringsFile(version, text, one) =
        crate::json::from_str(file).map_err(|_| StringsError::Damaged)?;
    if version != STRINGS_VERSION {
        return Err(StringsError::OtherBuild);
    }
    let blank = |(i, t): (usize, &String)| t.is_empty() && !IN_APP_CODE[i];
    if text.len() != KEY_COUNT || one.len() != KEY_COUNT || text.iter().enumerate().any(blank) {
        return Err(StringsError::Damaged);
    }
    let keep = |text: String| -> &'static str { Box::leak(text.into_boxed_str()) };
    Ok(Loaded {
        text: text.into_iter().map(keep).collect(),
        one: one.into_iter().map(|o| o.map(keep)).collect(),
    })
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

// Natively, where every string is compiled in.
#[cfg(all(test, not(feature = "loaded-strings")))]
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
    fn a_strings_file_reads_back_as_its_language_strings() {
        for locale in Locale::ALL {
            let loaded = parse_strings(&locale.strings_file()).unwrap();
            for (i, name) in KEY_NAMES.iter().enumerate() {
                // The app keeps these in its code; the file leaves them out.
                if IN_APP_CODE[i] {
                    assert_eq!((loaded.text[i], loaded.one[i]), ("", None), "{name}");
                    continue;
                }
                assert_eq!(loaded.text[i], locale.compiled()[i], "{name}");
                assert_eq!(loaded.one[i], locale.compiled_one()[i], "{name}");
            }
            assert!(IN_APP_CODE[Key::DataRetry as usize] && !IN_APP_CODE[Key::NavHome as usize]);
        }
        assert!(Locale::Fr.load_strings(&Locale::Fr.strings_file()).is_ok());
        assert!(Locale::Fr.has_strings());
    }

    #[test]
    fn a_strings_file_of_another_build_or_shape_is_refused() {
        let file = Locale::En.strings_file();
        let other = file.replace(STRINGS_VERSION, "0000000000000000");
        assert_eq!(parse_strings(&other).err(), Some(StringsError::OtherBuild));
        let short = file.replacen(",[\"", ",[\"\",\"", 1);
        assert_eq!(parse_strings(&short).err(), Some(StringsError::Damaged));
        let blank = file.replacen(&format!("\"{}\"", EN[0]), "\"\"", 1);
        assert_eq!(parse_strings(&blank).err(), Some(StringsError::Damaged));
        for damaged in ["", "<!DOCTYPE html>", "{}", "[]", &file[..file.len() / 2]] {
            assert_eq!(parse_strings(damaged).err(), Some(StringsError::Damaged));
        }
    }

    #[test]
    fn tables_have_one_entry_per_key() {
        assert_eq!(KEY_NAMES.len(), KEY_COUNT);
        assert_eq!(Locale::Zh.text(Key::NavHome), "首页");
    }
}
