//! Compiles the interface strings in `locales/<language>/*.toml` into
//! a Rust table, so a missing translation is a build error and not a blank on a
//! visitor's screen.
//!
//! Each language is a folder of TOML files, one per part of the portal, with
//! the same file names in every language. Tables group keys by page or
//! component (`[nav] home = "Accueil"` is the key `nav.home`, used in Rust as
//! `Key::NavHome`). The build fails when a key is missing from a language or
//! defined twice, a value is empty, or the `{placeholders}` of one key differ
//! between languages.
//!
//! A message that depends on a count is a table of plural forms, as in CLDR:
//! `[data.error_invalid]` with `one = "…{count} error…"` and
//! `other = "…{count} errors…"`. French and English need both forms; Chinese
//! has one form for every count (`other`, or a plain string). `Locale::plural`
//! picks the form by the language's rule.
//!
//! Every language is compiled in, the app's wasm included: a change of
//! language is an ordinary link, and offline every language is at hand.
//!
//! The files in `locales/<language>/site/` hold what only the build writes:
//! the texts of the page files that the app never draws (what replaces a
//! control without scripts), of the feeds, calendars, previews and structured
//! data. They are compiled into the site generator and left empty in the
//! app's wasm, which does not carry them (docs/BENCHMARK.md, "Trades measured").

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::{env, fs, path::Path};

const LOCALES: [&str; 3] = ["fr", "en", "zh"];

/// The plural categories each language's rule uses, in `LOCALES` order (CLDR).
const PLURAL_FORMS: [&[&str]; 3] = [&["one", "other"], &["one", "other"], &["other"]];

/// A message as a locale file gives it: one text, or one per plural category.
#[derive(Debug, Clone, PartialEq)]
enum Message {
    Text(String),
    Plural(BTreeMap<String, String>),
}

impl Message {
    /// The text used for "many" and for any count whose form is not given.
    fn other(&self) -> &str {
        match self {
            Message::Text(text) => text,
            Message::Plural(forms) => forms.get("other").map_or("", String::as_str),
        }
    }

    fn texts(&self) -> Vec<&String> {
        match self {
            Message::Text(text) => vec![text],
            Message::Plural(forms) => forms.values().collect(),
        }
    }
}

fn main() {
    let dir = Path::new("locales");
    println!("cargo::rerun-if-changed={}", dir.display());

    let tables: Vec<(BTreeMap<String, Message>, BTreeSet<String>)> = LOCALES
        .iter()
        .map(|code| {
            let folder = dir.join(code);
            println!("cargo::rerun-if-changed={}", folder.display());
            let site = folder.join("site");
            println!("cargo::rerun-if-changed={}", site.display());
            let mut flat = BTreeMap::new();
            for path in toml_files(&folder) {
                flatten("", &read_table(&path), &mut flat, &path);
            }
            let mut site_keys = BTreeMap::new();
            for path in toml_files(&site) {
                flatten("", &read_table(&path), &mut site_keys, &path);
            }
            let site_keys: BTreeSet<String> = site_keys
                .into_iter()
                .map(|(key, message)| {
                    let path = site.display();
                    if flat.insert(key.clone(), message).is_some() {
                        panic!("{path}: `{key}` is also defined outside site/");
                    }
                    key
                })
                .collect();
            (flat, site_keys)
        })
        .collect();
    let (tables, site_keys): (Vec<_>, Vec<_>) = tables.into_iter().unzip();
    // Only in the site generator: the wasm gets an empty text for these keys.
    let in_wasm = env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");

    let keys: BTreeSet<&String> = tables.iter().flat_map(|t| t.keys()).collect();
    let mut errors = Vec::new();
    let plural: BTreeSet<&String> = keys
        .iter()
        .copied()
        .filter(|k| {
            tables
                .iter()
                .any(|t| matches!(t.get(*k), Some(Message::Plural(_))))
        })
        .collect();
    for key in &keys {
        let mut placeholders = None;
        for ((code, table), forms) in LOCALES.iter().zip(&tables).zip(PLURAL_FORMS) {
            let Some(message) = table.get(*key) else {
                errors.push(format!("locales/{code}: missing key `{key}`"));
                continue;
            };
            if plural.contains(key) {
                let given: BTreeSet<&str> = match message {
                    Message::Text(_) => ["other"].into(),
                    Message::Plural(f) => f.keys().map(String::as_str).collect(),
                };
                let needed: BTreeSet<&str> = forms.iter().copied().collect();
                if given != needed {
                    errors.push(format!(
                        "locales/{code}: `{key}` gives the plural forms {given:?}; this language uses {needed:?}"
                    ));
                }
            }
            for text in message.texts() {
                if text.trim().is_empty() {
                    errors.push(format!("locales/{code}: empty value for `{key}`"));
                    continue;
                }
                let found = placeholders_of(text);
                match &placeholders {
                    None => placeholders = Some(found),
                    Some(first) if *first != found => errors.push(format!(
                        "locales/{code}: `{key}` uses placeholders {found:?}, other forms or languages {first:?}"
                    )),
                    Some(_) => {}
                }
            }
        }
    }
    for (code, keys) in LOCALES.iter().zip(&site_keys) {
        for key in keys.symmetric_difference(&site_keys[0]) {
            errors.push(format!(
                "locales/{code}: `{key}` must be under site/ in every language or in none"
            ));
        }
    }
    if !errors.is_empty() {
        panic!(
            "interface strings are incomplete:\n  {}",
            errors.join("\n  ")
        );
    }

    let mut out = String::new();
    out.push_str("/// Every interface string, named after its place in the locale files.\n");
    out.push_str(
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\n#[repr(u16)]\npub enum Key {\n",
    );
    for key in &keys {
        writeln!(out, "    /// `{key}`\n    {},", variant_name(key)).unwrap();
    }
    out.push_str("}\n\n");
    writeln!(
        out,
        "/// Number of interface strings.\npub const KEY_COUNT: usize = {};\n",
        keys.len()
    )
    .unwrap();
    writeln!(
        out,
        "/// Dotted names of the keys, in `Key` order.\npub const KEY_NAMES: [&str; {}] = {:?};\n",
        keys.len(),
        keys.iter().collect::<Vec<_>>()
    )
    .unwrap();
    for (code, table) in LOCALES.iter().zip(&tables) {
        let left_out = |k: &String| in_wasm && site_keys[0].contains(k);
        let values: Vec<&str> = keys
            .iter()
            .map(|k| if left_out(k) { "" } else { table[*k].other() })
            .collect();
        let one: Vec<Option<&str>> = keys
            .iter()
            .map(|k| match &table[*k] {
                Message::Plural(forms) if !left_out(k) => forms.get("one").map(String::as_str),
                _ => None,
            })
            .collect();
        let upper = code.to_uppercase();
        writeln!(out, "const {upper}: [&str; {}] = {values:?};", keys.len()).unwrap();
        writeln!(
            out,
            "const {upper}_ONE: [Option<&str>; {}] = {one:?};",
            keys.len()
        )
        .unwrap();
    }
    let plural_flags: Vec<bool> = keys.iter().map(|k| plural.contains(k)).collect();
    writeln!(
        out,
        "/// Whether each key, in `Key` order, is a message with plural forms.\nconst PLURAL: [bool; {}] = {plural_flags:?};",
        keys.len()
    )
    .unwrap();
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("strings.rs");
    fs::write(dest, out).unwrap();
}

/// The TOML files of a folder, in name order; none if it does not exist.
fn toml_files(folder: &Path) -> Vec<std::path::PathBuf> {
    let Ok(entries) = fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut files: Vec<_> = entries
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    for path in &files {
        println!("cargo::rerun-if-changed={}", path.display());
    }
    files
}

fn read_table(path: &Path) -> toml::Table {
    let text =
        fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.parse()
        .unwrap_or_else(|e| panic!("{} is not valid TOML: {e}", path.display()))
}

fn flatten(prefix: &str, table: &toml::Table, out: &mut BTreeMap<String, Message>, path: &Path) {
    for (k, v) in table {
        let key = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        let message = match v {
            toml::Value::String(s) => Message::Text(s.clone()),
            toml::Value::Table(t) if is_plural(t) => Message::Plural(
                t.iter()
                    .map(|(form, text)| {
                        (form.clone(), text.as_str().unwrap_or_default().to_string())
                    })
                    .collect(),
            ),
            toml::Value::Table(t) => {
                flatten(&key, t, out, path);
                continue;
            }
            other => panic!(
                "{}: `{key}` must be a string, found {}",
                path.display(),
                other.type_str()
            ),
        };
        if out.insert(key.clone(), message).is_some() {
            panic!("{}: `{key}` is defined in two files", path.display());
        }
    }
}

/// A table of plural forms: strings under CLDR category names, `other` among them.
fn is_plural(table: &toml::Table) -> bool {
    const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
    table.contains_key("other")
        && table
            .iter()
            .all(|(k, v)| CATEGORIES.contains(&k.as_str()) && v.is_str())
}

fn placeholders_of(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        found.insert(rest[start + 1..start + len].to_string());
        rest = &rest[start + len + 1..];
    }
    found
}

/// `nav.home` → `NavHome`, `not_found.title` → `NotFoundTitle`.
fn variant_name(key: &str) -> String {
    key.split(['.', '_'])
        .map(|part| {
            let mut chars = part.chars();
            match chars.next() {
                Some(c) => c.to_ascii_uppercase().to_string() + chars.as_str(),
                None => String::new(),
            }
        })
        .collect()
}
