//! Compiles the interface strings in `src/i18n/locales/<language>/*.toml` into
//! a Rust table, so a missing translation is a build error and not a blank on a
//! visitor's screen.
//!
//! Each language is a folder of TOML files, one per part of the portal, with
//! the same file names in every language. Tables group keys by page or
//! component (`[nav] home = "Accueil"` is the key `nav.home`, used in Rust as
//! `Key::NavHome`). The build fails when a key is missing from a language or
//! defined twice, a value is empty, or the `{placeholders}` of one key differ
//! between languages.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::{env, fs, path::Path};

const LOCALES: [&str; 3] = ["fr", "en", "zh"];

fn main() {
    let dir = Path::new("src/i18n/locales");
    println!("cargo::rerun-if-changed={}", dir.display());

    let tables: Vec<BTreeMap<String, String>> = LOCALES
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
    for key in &keys {
        let mut placeholders = None;
        for (code, table) in LOCALES.iter().zip(&tables) {
            match table.get(*key) {
                None => errors.push(format!("locales/{code}: missing key `{key}`")),
                Some(v) if v.trim().is_empty() => {
                    errors.push(format!("locales/{code}: empty value for `{key}`"))
                }
                Some(v) => {
                    let found = placeholders_of(v);
                    match &placeholders {
                        None => placeholders = Some(found),
                        Some(first) if *first != found => errors.push(format!(
                            "locales/{code}: `{key}` uses placeholders {found:?}, other languages {first:?}"
                        )),
                        Some(_) => {}
                    }
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
        let values: Vec<&String> = keys.iter().map(|k| &table[*k]).collect();
        writeln!(
            out,
            "const {}: [&str; {}] = {:?};",
            code.to_uppercase(),
            keys.len(),
            values
        )
        .unwrap();
    }
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("strings.rs");
    fs::write(dest, out).unwrap();
}

fn flatten(prefix: &str, table: &toml::Table, out: &mut BTreeMap<String, String>, path: &Path) {
    for (k, v) in table {
        let key = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        match v {
            toml::Value::String(s) => {
                if out.insert(key.clone(), s.clone()).is_some() {
                    panic!("{}: `{key}` is defined in two files", path.display());
                }
            }
            toml::Value::Table(t) => flatten(&key, t, out, path),
            other => panic!(
                "{}: `{key}` must be a string, found {}",
                path.display(),
                other.type_str()
            ),
        }
    }
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
