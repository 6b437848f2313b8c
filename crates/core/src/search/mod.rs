//! Search across every record in the three languages at once.
//!
//! Text is compared after [`fold`]: lower case, French accents removed
//! (`coopération` is found by `cooperation`), full-width forms narrowed. Latin
//! words match by prefix (`coop` finds `coopération`); Chinese, written
//! without spaces, matches on characters: the index keeps every character and
//! every pair of neighbouring characters, so `成都` finds `成都高新区`.
//!
//! Agreements and events are also found by the names of their parties, the
//! cities of those parties and their place ([`relations`]); such a result
//! carries the [`Reason`] it was found for.
//!
//! The index is built once when the data loads; a query looks up each of its
//! words, intersects the records found, and only then reads those records'
//! texts to rank them, so a keystroke costs little even on a large dataset.

use std::collections::{BTreeMap, HashSet};

mod relations;
mod snippet;
mod text;

pub use relations::{Reason, Relation};
use relations::{Related, Relations};
use snippet::snippet;
pub use snippet::Snippet;
pub use text::fold;
use text::{find, index_keys, terms, Term};

use crate::i18n::Locale;
use crate::model::Localized;
use crate::record::{RecordKind, RecordRef};
use crate::Catalog;

/// Which text of a record matched: its name weighs more than its description.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    Name,
    Text,
}

/// One searchable text of a record.
#[derive(Debug, Clone)]
struct Field {
    kind: FieldKind,
    /// The language the text is in, when it is one of the portal's.
    locale: Option<Locale>,
    text: String,
    folded: String,
    /// For the name of a related record (a party, a city, a place), its
    /// position in [`SearchIndex::related`].
    via: Option<u32>,
}

/// A record and its searchable texts.
struct Entry {
    kind: RecordKind,
    id: String,
    fields: Vec<Field>,
}

/// A found record, with the text to show and where the query matched it.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub kind: RecordKind,
    pub id: String,
    pub score: u32,
    /// The best-matching text, preferably in the visitor's language and the
    /// record's own; `None` when only a related name matched and the reason
    /// already shows it highlighted.
    pub snippet: Option<Snippet>,
    /// The related name it was found by, if any: its party, city or place.
    pub reason: Option<Reason>,
}

impl Hit {
    pub fn record(&self) -> RecordRef<'_> {
        RecordRef::of(self.kind, &self.id)
    }
}

/// The search index over a catalog.
pub struct SearchIndex {
    entries: Vec<Entry>,
    /// Folded Latin word, Chinese character or Chinese character pair → entries containing it.
    postings: BTreeMap<String, Vec<u32>>,
    /// The related names the entries are also indexed under.
    related: Vec<Related>,
}

impl SearchIndex {
    pub fn new(catalog: &Catalog) -> SearchIndex {
        let data = catalog.data();
        let mut related = Vec::new();
        let mut entries = Vec::new();
        let localized = |kind: FieldKind, l: &Localized, fields: &mut Vec<Field>| {
            for locale in Locale::ALL {
                fields.push(field(kind, Some(locale), l.get(locale)));
            }
        };
        for park in &data.parks {
            let mut fields = Vec::new();
            localized(FieldKind::Name, &park.name, &mut fields);
            fields.push(field(FieldKind::Name, None, &park.local_name));
            localized(FieldKind::Text, &park.city, &mut fields);
            localized(FieldKind::Text, &park.description, &mut fields);
            entries.push(Entry {
                kind: RecordKind::Park,
                id: park.id.clone(),
                fields,
            });
        }
        for org in &data.organisations {
            let mut fields = Vec::new();
            localized(FieldKind::Name, &org.name, &mut fields);
            for extra in [&org.local_name, &org.acronym].into_iter().flatten() {
                fields.push(field(FieldKind::Name, None, extra));
            }
            localized(FieldKind::Text, &org.description, &mut fields);
            entries.push(Entry {
                kind: RecordKind::Organisation,
                id: org.id.clone(),
                fields,
            });
        }
        for agreement in &data.agreements {
            let mut fields = Vec::new();
            localized(FieldKind::Name, &agreement.title, &mut fields);
            localized(FieldKind::Text, &agreement.summary, &mut fields);
            let mut relations = Relations {
                catalog,
                related: &mut related,
                fields,
            };
            relations.agreement(agreement);
            let fields = relations.fields;
            entries.push(Entry {
                kind: RecordKind::Agreement,
                id: agreement.id.clone(),
                fields,
            });
        }
        for event in &data.events {
            let mut fields = Vec::new();
            localized(FieldKind::Name, &event.title, &mut fields);
            localized(FieldKind::Text, &event.summary, &mut fields);
            let mut relations = Relations {
                catalog,
                related: &mut related,
                fields,
            };
            relations.event(event);
            let fields = relations.fields;
            entries.push(Entry {
                kind: RecordKind::Event,
                id: event.id.clone(),
                fields,
            });
        }
        for person in &data.people {
            let mut fields = vec![
                field(FieldKind::Name, None, &person.native_name),
                field(FieldKind::Name, None, &person.latin_name),
            ];
            localized(FieldKind::Text, &person.role, &mut fields);
            entries.push(Entry {
                kind: RecordKind::Person,
                id: person.id.clone(),
                fields,
            });
        }

        let mut postings: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        let mut keys = HashSet::new();
        for (i, entry) in entries.iter().enumerate() {
            keys.clear();
            for f in &entry.fields {
                index_keys(&f.folded, &mut keys);
            }
            for key in keys.drain() {
                postings.entry(key).or_default().push(i as u32);
            }
        }
        SearchIndex {
            entries,
            postings,
            related,
        }
    }

    /// The records matching every word of `query`, best first, at most `limit`.
    /// Snippets prefer texts in `locale`.
    pub fn search(&self, query: &str, locale: Locale, limit: usize) -> Vec<Hit> {
        let folded_query = fold(query);
        let terms = terms(&folded_query);
        if terms.is_empty() {
            return Vec::new();
        }
        let mut candidates: Option<Vec<u32>> = None;
        for term in &terms {
            let found = self.lookup(term);
            candidates = Some(match candidates {
                None => found,
                Some(previous) => intersect(&previous, &found),
            });
            if candidates.as_ref().is_some_and(Vec::is_empty) {
                return Vec::new();
            }
        }
        let mut hits: Vec<Hit> = candidates
            .unwrap_or_default()
            .into_iter()
            .filter_map(|i| self.score(&self.entries[i as usize], &terms, locale))
            .collect();
        crate::ordering::sort_by(&mut hits, |a, b| {
            b.score
                .cmp(&a.score)
                .then(a.kind.cmp(&b.kind))
                .then(a.id.cmp(&b.id))
        });
        hits.truncate(limit);
        hits
    }

    /// Entries that may contain the term (sorted, without duplicates).
    fn lookup(&self, term: &Term) -> Vec<u32> {
        match term {
            Term::Word(prefix) => {
                let mut found: Vec<u32> = self
                    .postings
                    .range::<str, _>((
                        std::ops::Bound::Included(prefix.as_str()),
                        std::ops::Bound::Unbounded,
                    ))
                    .take_while(|(key, _)| key.starts_with(prefix.as_str()))
                    .flat_map(|(_, list)| list.iter().copied())
                    .collect();
                crate::ordering::sort_and_dedup(&mut found);
                found
            }
            Term::Han(run) => {
                let chars: Vec<char> = run.chars().collect();
                let keys: Vec<String> = if chars.len() == 1 {
                    vec![run.clone()]
                } else {
                    chars.windows(2).map(|pair| pair.iter().collect()).collect()
                };
                let mut found: Option<Vec<u32>> = None;
                for key in keys {
                    let list = self.postings.get(&key).cloned().unwrap_or_default();
                    found = Some(match found {
                        None => list,
                        Some(previous) => intersect(&previous, &list),
                    });
                }
                found.unwrap_or_default()
            }
        }
    }

    /// Ranks an entry, or rejects it when a term is not really in it (a
    /// Chinese run whose pairs all occur, but not together).
    fn score(&self, entry: &Entry, terms: &[Term], locale: Locale) -> Option<Hit> {
        let mut score = 0;
        for term in terms {
            let mut best = 0;
            for f in &entry.fields {
                let weight = match (f.kind, find(&f.folded, term).next()) {
                    (_, None) => 0,
                    // A related name: more than a word in a description.
                    _ if f.via.is_some() => 10,
                    (FieldKind::Name, Some(0)) => 30,
                    (FieldKind::Name, Some(_)) => 20,
                    (FieldKind::Text, Some(_)) => 5,
                };
                best = best.max(weight);
            }
            if best == 0 {
                return None;
            }
            score += best;
        }
        // The snippet: the matching field in the visitor's language if there
        // is one, else any matching field, names first; the record's own
        // texts before related names, of which the first best is the reason.
        let matches = |f: &&Field| terms.iter().any(|t| find(&f.folded, t).next().is_some());
        let best = |related: bool| {
            entry
                .fields
                .iter()
                .filter(matches)
                .filter(|f| f.via.is_some() == related)
                .min_by_key(|f| {
                    // The visitor's language first, then English as the most widely read, then the rest.
                    let language = match f.locale {
                        Some(l) if l != locale && l == Locale::En => 1,
                        Some(l) if l != locale => 2,
                        _ => 0,
                    };
                    (language, f.kind == FieldKind::Text)
                })
        };
        let own = best(false);
        let by_relation = best(true);
        let reason = by_relation
            .and_then(|f| self.related.get(f.via? as usize))
            .map(|r| r.reason(terms, locale));
        let snippet = match (own, by_relation, &reason) {
            (Some(own), _, _) => Some(snippet(own, terms)),
            (None, _, Some(reason)) if !reason.text.marks.is_empty() => None,
            (None, by_relation, _) => Some(snippet(by_relation?, terms)),
        };
        Some(Hit {
            kind: entry.kind,
            id: entry.id.clone(),
            score,
            snippet,
            reason,
        })
    }
}

fn field(kind: FieldKind, locale: Option<Locale>, text: &str) -> Field {
    Field {
        kind,
        locale,
        text: text.to_string(),
        folded: fold(text),
        via: None,
    }
}

/// The common elements of two sorted lists.
fn intersect(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_removes_case_and_french_accents() {
        assert_eq!(
            fold("Coopération À Nîmes, Œuvre"),
            "cooperation a nimes, oeuvre"
        );
        assert_eq!(fold("ＡＢＣ１２"), "abc12");
    }

    #[test]
    fn queries_split_into_words_and_chinese_runs() {
        assert_eq!(
            terms("成都 hi-tech2016区"),
            vec![
                Term::Han("成都".into()),
                Term::Word("hi".into()),
                Term::Word("tech2016".into()),
                Term::Han("区".into())
            ]
        );
    }

    #[test]
    fn latin_words_match_at_word_starts_only() {
        let t = Term::Word("tech".into());
        assert_eq!(find("hi-tech zone", &t).collect::<Vec<_>>(), vec![3]);
        assert_eq!(find("biotech", &t).count(), 0);
        assert_eq!(find("成都tech", &t).count(), 1);
    }

    #[test]
    fn sorted_intersection() {
        assert_eq!(intersect(&[1, 3, 5, 7], &[3, 4, 5]), vec![3, 5]);
    }
}
