//! Where a page opens after a move within the app, and where the visitor
//! was on the pages of their history.
//!
//! The app renders a page after the browser has moved through its history
//! (Back, Forward), so the browser's own restoration of the scroll position
//! meets the previous page's content and cannot hold. The app keeps each
//! page's place itself, by history entry, and puts the visitor back there;
//! it keeps them for the tab's session too, since a reload starts the app
//! again while Back and Forward still move within the same document.

/// How many history entries keep their place: the oldest are forgotten.
const LIMIT: usize = 50;

/// Where the visitor left a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// How far down the page was scrolled, in CSS pixels.
    pub scroll_y: i32,
    /// The element that had the focus (the link followed, say), by its rank
    /// among the page's focusable elements: the page comes back with the same
    /// markup, so the rank finds it again.
    pub focus: Option<u32>,
}

/// The places of the history entries visited, by the entry's key.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Places(Vec<(String, Place)>);

impl Places {
    /// Remembers where the visitor left the entry `key`.
    pub fn leave(&mut self, key: &str, place: Place) {
        self.0.retain(|(k, _)| k != key);
        if self.0.len() >= LIMIT {
            self.0.remove(0);
        }
        self.0.push((key.to_string(), place));
    }

    /// Where the visitor left the entry `key`, if they did.
    pub fn get(&self, key: &str) -> Option<Place> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, p)| *p)
    }

    /// One line per entry (`scroll focus key`), for the session's storage.
    pub fn encode(&self) -> String {
        self.0
            .iter()
            .map(|(key, p)| {
                let focus = p.focus.map_or("-".to_string(), |f| f.to_string());
                format!("{} {focus} {key}\n", p.scroll_y)
            })
            .collect()
    }

    /// Reads what [`Places::encode`] wrote; a line it cannot read is skipped.
    pub fn decode(text: &str) -> Self {
        let entries = text.lines().filter_map(|line| {
            let mut parts = line.splitn(3, ' ');
            let scroll_y = parts.next()?.parse().ok()?;
            let focus = match parts.next()? {
                "-" => None,
                rank => Some(rank.parse().ok()?),
            };
            let key = parts.next().filter(|k| !k.is_empty())?;
            Some((key.to_string(), Place { scroll_y, focus }))
        });
        Places(entries.collect())
    }
}

/// Where a page opens once the app has rendered it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Landing {
    /// Back or Forward: where the visitor left it.
    Place(Place),
    /// The element the address's fragment names: in view, with the focus.
    Fragment(String),
    /// Another page: its top, the focus on its heading.
    Top,
    /// The same page with another query (a filter, a search): as it is.
    Stay,
}

/// Where a page opens after a change of address within the app: `traversal`
/// for Back and Forward, `saved` where the visitor left that entry, `hash`
/// the address's fragment (`#…` or empty), `page_changed` unless only the
/// query or the fragment changed. A place left takes precedence, as browsers
/// restore a page where it was rather than at its fragment again.
pub fn landing(traversal: bool, saved: Option<Place>, hash: &str, page_changed: bool) -> Landing {
    let fragment = hash.trim_start_matches('#');
    match saved {
        Some(place) if traversal => Landing::Place(place),
        _ if !fragment.is_empty() => Landing::Fragment(percent_decode(fragment)),
        _ if page_changed => Landing::Top,
        _ => Landing::Stay,
    }
}

/// A fragment as the id it names (`%E4%B8%AD` → `中`); one it cannot decode, as it is.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = (bytes[i] == b'%')
            .then(|| text.get(i + 1..i + 3))
            .flatten()
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match hex {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const LEFT: Place = Place {
        scroll_y: 1100,
        focus: Some(42),
    };

    #[test]
    fn back_and_forward_return_to_the_place_left() {
        assert_eq!(landing(true, Some(LEFT), "", true), Landing::Place(LEFT));
        assert_eq!(
            landing(true, Some(LEFT), "#shenfu-aifc-meeting", true),
            Landing::Place(LEFT)
        );
    }

    #[test]
    fn a_new_move_opens_at_the_fragment_or_the_top() {
        // A place left earlier does not count for a new visit to the page.
        assert_eq!(landing(false, Some(LEFT), "", true), Landing::Top);
        assert_eq!(
            landing(false, None, "#shenfu-aifc-meeting", true),
            Landing::Fragment("shenfu-aifc-meeting".into())
        );
        assert_eq!(
            landing(false, None, "#%E4%B8%AD%zz", false),
            Landing::Fragment("中%zz".into())
        );
        assert_eq!(landing(true, None, "", true), Landing::Top);
        assert_eq!(landing(false, None, "#", true), Landing::Top);
    }

    #[test]
    fn a_change_of_query_leaves_the_page_as_it_is() {
        assert_eq!(landing(false, None, "", false), Landing::Stay);
        assert_eq!(landing(true, None, "", false), Landing::Stay);
    }

    #[test]
    fn places_are_kept_by_entry_and_survive_storage() {
        let mut places = Places::default();
        places.leave("a", LEFT);
        places.leave(
            "b c",
            Place {
                scroll_y: 0,
                focus: None,
            },
        );
        places.leave(
            "a",
            Place {
                scroll_y: 5,
                focus: Some(1),
            },
        );
        assert_eq!(places.get("a").map(|p| p.scroll_y), Some(5));
        assert_eq!(places.get("missing"), None);
        let read = Places::decode(&places.encode());
        assert_eq!(read, places);
        assert_eq!(read.get("b c").map(|p| p.focus), Some(None));
        // What another version wrote, or a broken line, is skipped.
        assert_eq!(Places::decode("x 1 k\n3\n7 - \n"), Places::default());
    }

    #[test]
    fn only_the_latest_entries_are_kept() {
        let mut places = Places::default();
        for i in 0..LIMIT + 5 {
            places.leave(&i.to_string(), LEFT);
        }
        assert_eq!(places.get("0"), None);
        assert_eq!(places.get(&(LIMIT + 4).to_string()), Some(LEFT));
        assert_eq!(places.0.len(), LIMIT);
    }
}
