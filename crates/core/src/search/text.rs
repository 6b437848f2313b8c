//! Text as search compares it: folded (lower case, French accents removed,
//! full-width forms narrowed), split into the terms of a query, and the keys
//! a text is indexed under.

use std::collections::HashSet;
use std::ops::Range;

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
        c => out.push(lower(c)),
    }
}

/// Lower case for the scripts visitors type here (Latin with its French and
/// pinyin letters, Greek, Cyrillic; Chinese has no case), by code-point
/// arithmetic: `char::to_lowercase` would bring Unicode's whole case table
/// into the wasm for letters no record contains.
fn lower(c: char) -> char {
    let u = c as u32;
    let lowered = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => {
            u + 0x20
        }
        0x400..=0x40F => u + 0x50,
        // Latin Extended-A and pinyin's vowels with a caron: capital and small
        // letters alternate, the capital first (on an even or an odd code point).
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if u.is_multiple_of(2) => u + 1,
        0x139..=0x148 | 0x179..=0x17E | 0x1CD..=0x1DC if !u.is_multiple_of(2) => u + 1,
        0x178 => 0xFF,
        _ => u,
    };
    char::from_u32(lowered).unwrap_or(c)
}

/// A letter or digit of a Latin, Greek or Cyrillic word (Chinese characters
/// are told apart by [`crate::text::is_han`]); what `char::is_alphanumeric` answers for
/// these scripts, without its Unicode tables.
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(c, '\u{AA}' | '\u{B5}' | '\u{BA}' | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{24F}' | '\u{370}'..='\u{3FF}' | '\u{400}'..='\u{4FF}')
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
        if crate::text::is_han(c) {
            if !word.is_empty() {
                flush(&mut word, &mut String::new(), &mut terms);
            }
            han.push(c);
        } else if is_word_char(c) {
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
                    .is_none_or(|c| !is_word_char(c))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The code-point arithmetic agrees with Unicode's own lower case on every
    /// letter it claims to cover, and leaves the rest alone.
    #[test]
    fn lower_agrees_with_unicode_where_it_applies() {
        let covered = (0x41..=0x5A)
            .chain(0xC0..=0x24F)
            .chain(0x391..=0x3AB)
            .chain(0x400..=0x42F);
        for c in covered.filter_map(char::from_u32) {
            let mut unicode = c.to_lowercase();
            let expected = match (unicode.next(), unicode.next()) {
                (Some(one), None) => one,
                _ => continue, // İ becomes two characters; kept as it is
            };
            let ours = lower(c);
            assert!(
                ours == expected || ours == c,
                "{c} (U+{:04X}) gave {ours}, Unicode {expected}",
                c as u32
            );
        }
        for (upper, small) in [
            ('É', 'é'),
            ('Ǎ', 'ǎ'),
            ('Ǚ', 'ǚ'),
            ('Ÿ', 'ÿ'),
            ('Ł', 'ł'),
            ('Ž', 'ž'),
            ('Σ', 'σ'),
            ('Ж', 'ж'),
            ('Ё', 'ё'),
        ] {
            assert_eq!(lower(upper), small);
        }
        assert_eq!(lower('成'), '成');
        assert_eq!(fold("ÉCOLE Ǎ Ÿ ΑΘΗΝΑ МОСКВА"), "ecole ǎ y αθηνα москва");
    }

    #[test]
    fn word_characters() {
        assert!("aZ09éŁǎωж".chars().all(is_word_char));
        assert!(!" -·,（成".chars().any(is_word_char));
    }
}
