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
//! With the `loaded-strings` feature (the app's wasm build), the tables keep
//! only the strings the app needs before it has loaded any (the keys under
//! `data.` and `language.`: the notice of a failed start, and each language
//! link's title in its own language); the others come from the strings file
//! of each language (`Locale::strings_file`, where the compiled-in ones are
//! left empty), loaded when the visitor first needs that language.
//! `STRINGS_VERSION`, a digest of every table, names those files, so an app
//! only ever reads the files of its own build.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::{env, fs, path::Path};

const LOCALES: [&str; 3] = ["fr", "en", "zh"];

/// The keys the app keeps in its code with `loaded-strings` (see above).
const COMPILED_IN: [&str; 2] = ["data.", "language."];

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

    let tables: Vec<BTreeMap<String, Message>> = LOCALES
        .iter()
        .map(|code| {
            let folder = dir.join(code);
            println!("cargo::rerun-if-changed={}", folder.display());
            let mut files: Vec<_> = fs::read_dir(&folder)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", folder.display()))
                .map(|entry| entry.unwrap().path())
                .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
                .collect();
            files.sort();
            let mut flat = BTreeMap::new();
            for path in files {
                println!("cargo::rerun-if-changed={}", path.display());
                let text = fs::read_to_string(&path)
                    .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
                let value: toml::Table = text
                    .parse()
                    .unwrap_or_else(|e| panic!("{} is not valid TOML: {e}", path.display()));
                flatten("", &value, &mut flat, &path);
            }
            flat
        })
        .collect();

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
    if !errors.is_empty() {
        panic!(
            "interface strings are incomplete:\n  {}",
            errors.join("\n  ")
        );
    }

    let loaded = env::var_os("CARGO_FEATURE_LOADED_STRINGS").is_some();
    let compiled_in = |key: &str| !loaded || COMPILED_IN.iter().any(|p| key.starts_with(p));

    let mut out = String::new();
    writeln!(
        out,
        "/// A digest of every language's strings, which names their files.\npub const STRINGS_VERSION: &str = \"{:016x}\";\n",
        digest(&keys, &tables)
    )
    .unwrap();
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
    writeln!(
        out,
        "/// Whether the app's wasm keeps the key's strings in its code: the\n\
         /// strings files leave them empty.\npub const IN_APP_CODE: [bool; {}] = {:?};\n",
        keys.len(),
        keys.iter()
            .map(|k| COMPILED_IN.iter().any(|p| k.starts_with(p)))
            .collect::<Vec<_>>()
    )
    .unwrap();
    for (code, table) in LOCALES.iter().zip(&tables) {
        let values: Vec<&str> = keys
            .iter()
            .map(|k| {
                if compiled_in(k) {
                    table[*k].other()
                } else {
                    ""
                }
            })
            .collect();
        let one: Vec<Option<&str>> = keys
            .iter()
            .map(|k| match &table[*k] {
                _ if !compiled_in(k) => None,
                Message::Plural(forms) => forms.get("one").map(String::as_str),
                Message::Text(_) => None,
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

/// FNV-1a (64 bits) over every key and every form of every message: a name
/// for this set of strings, not a security measure.
fn digest(keys: &BTreeSet<&String>, tables: &[BTreeMap<String, Message>]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut add = |text: &str| {
        for byte in text.bytes().chain([0]) {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    };
    for key in keys {
        add(key);
        for table in tables {
            match &table[*key] {
                Message::Text(text) => add(text),
                Message::Plural(forms) => {
                    for (form, text) in forms {
                        add(form);
                        add(text);
                    }
                }
            }
        }
    }
    hash
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
