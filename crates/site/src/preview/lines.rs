//! A title cut into the lines of a preview image: where a line may end in
//! French, English and Chinese, the most text that fits each line, and an
//! ellipsis when the lines run out. The width of a text is asked of the
//! caller, so the rules are tested here without fonts.

/// Punctuation a Chinese line must not start with.
const NO_BREAK_BEFORE: &str = "，。、；：！？）》」』】〕〉…—·%,.;:!?)]";
/// Punctuation a Chinese line must not end with.
const NO_BREAK_AFTER: &str = "（《「『【〔〈·([";

/// The byte offsets at which a line may end in `text`: after a space, and
/// between two characters one of which is Chinese, unless the punctuation
/// around forbids it (no line starts with a closing mark or ends with an
/// opening one). The end of the text is the last.
pub fn break_points(text: &str) -> Vec<usize> {
    let mut points = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        let Some(&(at, next)) = chars.peek() else {
            break;
        };
        let allowed = if c.is_whitespace() {
            !next.is_whitespace()
        } else if next.is_whitespace() {
            false
        } else {
            (portal_core::text::is_wide(c) || portal_core::text::is_wide(next))
                && !NO_BREAK_BEFORE.contains(next)
                && !NO_BREAK_AFTER.contains(c)
        };
        if allowed {
            points.push(at);
        }
    }
    points.push(text.len());
    points
}

/// The largest `i` in `0..n` for which `fits(i)` holds, when it holds for
/// every `i` up to some point and for none after: found by halving, since
/// each question lays out a text.
fn last_fitting(n: usize, fits: impl Fn(usize) -> bool) -> Option<usize> {
    let (mut low, mut high) = (0, n);
    while low < high {
        let mid = (low + high) / 2;
        if fits(mid) {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    low.checked_sub(1)
}

/// `text` in lines no wider than `width` (as `measure` finds them), at most
/// `max_lines` of them; `None` if it needs more. A word wider than a line is
/// cut where it must.
pub fn wrap(
    text: &str,
    width: f32,
    max_lines: usize,
    measure: &impl Fn(&str) -> f32,
) -> Option<Vec<String>> {
    let (lines, rest) = fill(text.trim(), width, max_lines, measure);
    rest.is_empty().then_some(lines)
}

/// `text` in at most `max_lines` lines no wider than `width`; if it needs
/// more, the last line ends with an ellipsis where the text was cut.
pub fn wrap_shortened(
    text: &str,
    width: f32,
    max_lines: usize,
    measure: &impl Fn(&str) -> f32,
) -> Vec<String> {
    let (mut lines, rest) = fill(text.trim(), width, max_lines, measure);
    if !rest.is_empty() {
        if let Some(last) = lines.pop() {
            lines.push(with_ellipsis(&last, width, measure));
        }
    }
    lines
}

/// The most of `line` that fits `width` with an ellipsis after it: cut at a
/// break point if one leaves something, else between any two characters.
fn with_ellipsis(line: &str, width: f32, measure: &impl Fn(&str) -> f32) -> String {
    let shortened = |end: usize| format!("{}…", line[..end].trim_end());
    let points = break_points(line);
    if let Some(i) = last_fitting(points.len(), |i| measure(&shortened(points[i])) <= width) {
        return shortened(points[i]);
    }
    let bounds: Vec<usize> = line.char_indices().map(|(i, _)| i).skip(1).collect();
    match last_fitting(bounds.len(), |i| measure(&shortened(bounds[i])) <= width) {
        Some(i) => shortened(bounds[i]),
        None => "…".to_string(),
    }
}

/// Up to `max_lines` lines, each the most of the rest of `text` that fits;
/// and what did not fit.
fn fill<'t>(
    text: &'t str,
    width: f32,
    max_lines: usize,
    measure: &impl Fn(&str) -> f32,
) -> (Vec<String>, &'t str) {
    let mut lines = Vec::new();
    let mut rest = text;
    while !rest.is_empty() && lines.len() < max_lines {
        let points = break_points(rest);
        let fits = |end: usize| measure(rest[..end].trim_end()) <= width;
        let end = match last_fitting(points.len(), |i| fits(points[i])) {
            Some(i) => points[i],
            // Not even the first word fits: cut it between two characters.
            None => {
                let bounds: Vec<usize> = rest
                    .char_indices()
                    .map(|(i, _)| i)
                    .skip(1)
                    .take_while(|&i| i < points[0])
                    .collect();
                last_fitting(bounds.len(), |i| fits(bounds[i])).map_or_else(
                    || rest.chars().next().map_or(0, char::len_utf8),
                    |i| bounds[i],
                )
            }
        };
        lines.push(rest[..end].trim_end().to_string());
        rest = rest[end..].trim_start();
    }
    (lines, rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One unit per character: wide enough to test the rules.
    fn chars(text: &str) -> f32 {
        text.chars().count() as f32
    }

    #[test]
    fn latin_breaks_at_spaces() {
        assert_eq!(break_points("Sister parks 2016"), vec![7, 13, 17]);
        assert_eq!(
            wrap("Sister-park agreement between Sophia", 14.0, 3, &chars).unwrap(),
            vec!["Sister-park", "agreement", "between Sophia"]
        );
        assert_eq!(wrap("one two three four", 5.0, 2, &chars), None);
    }

    #[test]
    fn chinese_breaks_between_characters_but_not_before_closing_marks() {
        let title = "中国企业对接会（Chinese Matchmaking）";
        let lines = wrap(title, 9.0, 5, &chars).unwrap();
        assert!(lines.iter().all(|l| chars(l) <= 9.0), "{lines:?}");
        assert!(
            lines
                .iter()
                .all(|l| !l.starts_with('）') && !l.ends_with('（')),
            "{lines:?}"
        );
        assert_eq!(lines.concat().replace(' ', ""), title.replace(' ', ""));
        // The middle dot of a transcribed name keeps its neighbours.
        let points = break_points("索菲亚·安蒂");
        assert!(!points.contains(&"索菲亚".len()) && !points.contains(&"索菲亚·".len()));
    }

    #[test]
    fn a_long_title_ends_with_an_ellipsis_that_fits() {
        let lines = wrap_shortened("one two three four five six", 9.0, 2, &chars);
        assert_eq!(lines, vec!["one two", "three…"]);
        // A word longer than a line is cut between characters.
        let lines = wrap_shortened("Supercalifragilistic", 8.0, 2, &chars);
        assert_eq!(lines, vec!["Supercal", "ifragil…"]);
        // Nothing is added when all of it shows.
        assert_eq!(wrap_shortened("  short  ", 9.0, 2, &chars), vec!["short"]);
    }
}
