//! What a result shows of the text that matched: a window around the first
//! match, with the query's words highlighted in the original text.

use std::ops::Range;

use super::text::{find, fold_with_origins, Term};
use super::Field;
use crate::i18n::Locale;

/// A piece of text with the ranges (byte offsets into `text`) to highlight.
#[derive(Debug, Clone, PartialEq)]
pub struct Snippet {
    pub text: String,
    pub locale: Option<Locale>,
    pub marks: Vec<Range<usize>>,
}

/// Around the first match, at most this many characters either side.
const SNIPPET_CONTEXT: usize = 60;

pub(super) fn snippet(field: &Field, terms: &[Term]) -> Snippet {
    let (folded, origins) = fold_with_origins(&field.text);
    let mut marks: Vec<Range<usize>> = terms
        .iter()
        .flat_map(|term| {
            let len = match term {
                Term::Word(w) => w.len(),
                Term::Han(h) => h.len(),
            };
            find(&folded, term)
                .map(|i| origins[i].start..origins[i + len - 1].end)
                .collect::<Vec<_>>()
        })
        .collect();
    crate::ordering::sort_by_key(&mut marks, |r| r.start);
    marks.dedup_by(|b, a| b.start < a.end);
    // Long texts: a window around the first match.
    let text = &field.text;
    let (from, to) = match marks.first() {
        Some(first) if text.chars().count() > SNIPPET_CONTEXT * 2 => {
            let from = text[..first.start]
                .char_indices()
                .rev()
                .nth(SNIPPET_CONTEXT / 2)
                .map_or(0, |(i, _)| i);
            let to = text[first.start..]
                .char_indices()
                .nth(SNIPPET_CONTEXT * 3 / 2)
                .map_or(text.len(), |(i, _)| first.start + i);
            (from, to)
        }
        _ => (0, text.len()),
    };
    let prefix = if from > 0 { "…" } else { "" };
    let suffix = if to < text.len() { "…" } else { "" };
    let shift = prefix.len() as isize - from as isize;
    Snippet {
        text: format!("{prefix}{}{suffix}", &text[from..to]),
        locale: field.locale,
        marks: marks
            .into_iter()
            .filter(|r| r.start >= from && r.end <= to)
            .map(|r| ((r.start as isize + shift) as usize)..((r.end as isize + shift) as usize))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::{field, FieldKind};
    use super::*;

    #[test]
    fn highlights_point_into_the_original_text() {
        let f = field(
            FieldKind::Name,
            Some(Locale::Fr),
            "La Coopération franco-chinoise",
        );
        let s = snippet(&f, &[Term::Word("cooperation".into())]);
        assert_eq!(&s.text[s.marks[0].clone()], "Coopération");
    }

    #[test]
    fn long_texts_are_cut_around_the_match() {
        let text = format!("{} 成都高新区 {}", "前".repeat(200), "后".repeat(200));
        let f = field(FieldKind::Text, Some(Locale::Zh), &text);
        let s = snippet(&f, &[Term::Han("成都".into())]);
        assert!(s.text.starts_with('…') && s.text.ends_with('…'));
        assert_eq!(&s.text[s.marks[0].clone()], "成都");
        assert!(s.text.chars().count() < 130);
    }
}
