//! Text as search compares it: folded (lower case, French accents removed,
//! full-width forms narrowed), split into the terms of a query, and the keys
//! a text is indexed under.

use std::collections::HashSet;
use std::ops::Range;

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

/// Folds one character for comparison: lower case, accents removed,
/// full-width letters and digits narrowed. Returns the characters it becomes.
pub(super) fn fold_char(c: char, out: &mut String) {
    let c = match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    };
    match c {
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => {
            out.push('a')
        }
        'Ç' | 'ç' => out.push('c'),
        'È' | 'É' | 'Ê' | 'Ë' | 'è' | 'é' | 'ê' | 'ë' | 'ē' => out.push('e'),
        'Ì' | 'Í' | 'Î' | 'Ï' | 'ì' | 'í' | 'î' | 'ï' | 'ī' => out.push('i'),
        'Ñ' | 'ñ' => out.push('n'),
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ō' => out.push('o'),
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'ù' | 'ú' | 'û' | 'ü' | 'ū' => out.push('u'),
        'Ý' | 'ý' | 'ÿ' | 'Ÿ' => out.push('y'),
        'Œ' | 'œ' => out.push_str("oe"),
        'Æ' | 'æ' => out.push_str("ae"),
        '’' | '‘' | 'ʼ' => out.push('\''),
        c => out.extend(c.to_lowercase()),
    }
}

/// Folds text for comparison (see the module's documentation).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// Folds text and remembers, for each byte of the folded text, the byte range
/// of the original character it came from, so matches found in folded text
/// can be highlighted in the original.
pub(super) fn fold_with_origins(text: &str) -> (String, Vec<Range<usize>>) {
    let mut out = String::with_capacity(text.len());
    let mut origins = Vec::with_capacity(text.len());
    for (start, c) in text.char_indices() {
        let before = out.len();
        fold_char(c, &mut out);
        origins.extend(std::iter::repeat_n(
            start..start + c.len_utf8(),
            out.len() - before,
        ));
    }
    (out, origins)
}

/// A query split into what the index can look up.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Term {
    /// A Latin word (letters and digits), matched as a word prefix.
    Word(String),
    /// A run of Chinese characters, matched as a substring.
    Han(String),
}

pub(super) fn terms(folded: &str) -> Vec<Term> {
    let mut terms = Vec::new();
    let mut word = String::new();
    let mut han = String::new();
    let flush = |word: &mut String, han: &mut String, terms: &mut Vec<Term>| {
        if !word.is_empty() {
            terms.push(Term::Word(std::mem::take(word)));
        }
        if !han.is_empty() {
            terms.push(Term::Han(std::mem::take(han)));
        }
    };
    for c in folded.chars() {
        if is_cjk(c) {
            if !word.is_empty() {
                flush(&mut word, &mut String::new(), &mut terms);
            }
            han.push(c);
        } else if c.is_alphanumeric() {
            if !han.is_empty() {
                flush(&mut String::new(), &mut han, &mut terms);
            }
            word.push(c);
        } else {
            flush(&mut word, &mut han, &mut terms);
        }
    }
    flush(&mut word, &mut han, &mut terms);
    terms
}

/// The keys under which a folded text is indexed.
pub(super) fn index_keys(folded: &str, keys: &mut HashSet<String>) {
    for term in terms(folded) {
        match term {
            Term::Word(w) => {
                keys.insert(w);
            }
            Term::Han(run) => {
                let chars: Vec<char> = run.chars().collect();
                for (i, c) in chars.iter().enumerate() {
                    keys.insert(c.to_string());
                    if let Some(next) = chars.get(i + 1) {
                        keys.insert(format!("{c}{next}"));
                    }
                }
            }
        }
    }
}

/// Byte offsets in `folded` where `term` occurs: at a word start for Latin words, anywhere for Chinese.
pub(super) fn find<'a>(folded: &'a str, term: &'a Term) -> impl Iterator<Item = usize> + 'a {
    let (needle, word) = match term {
        Term::Word(w) => (w.as_str(), true),
        Term::Han(h) => (h.as_str(), false),
    };
    folded
        .match_indices(needle)
        .map(|(i, _)| i)
        .filter(move |&i| {
            !word
                || folded[..i]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric() || is_cjk(c))
        })
}
