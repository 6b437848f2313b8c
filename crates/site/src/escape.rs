//! Text put into the markup the generator writes itself: the page files'
//! heads (HTML), the sitemap and the preview images' SVG (XML), escaped by
//! quick-xml (the XML writer of the feeds' crate). The feeds and calendars
//! are written by their crates, which escape for their formats.

/// Escapes text for HTML or XML element content (`&`, `<`, `>`), and leaves
/// out the characters XML 1.0 cannot hold even escaped (C0 controls other
/// than tab and line breaks, U+FFFE, U+FFFF), which would make a file unreadable.
pub fn text(value: &str) -> String {
    quick_xml::escape::partial_escape(xml_chars(value).collect::<String>()).into_owned()
}

/// Escapes text for an HTML or XML attribute value in double quotes (an
/// apostrophe stays as it is: French text is full of them).
pub fn attr(value: &str) -> String {
    text(value).replace('"', "&quot;")
}

/// The characters of `value` that XML 1.0 can hold.
pub fn xml_chars(value: &str) -> impl Iterator<Item = char> + '_ {
    value.chars().filter(|&c| {
        matches!(c, '\t' | '\n' | '\r') || !(c < ' ' || c == '\u{FFFE}' || c == '\u{FFFF}')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_are_escaped() {
        assert_eq!(text("A <b> & \"c\""), "A &lt;b&gt; &amp; \"c\"");
        assert_eq!(attr("\"<x>\" d'après"), "&quot;&lt;x&gt;&quot; d'après");
        assert_eq!(text("索菲亚 – é"), "索菲亚 – é");
    }

    #[test]
    fn what_xml_cannot_hold_is_left_out() {
        assert_eq!(attr("d\u{1}\u{FFFF}\t\n"), "d\t\n");
    }
}
