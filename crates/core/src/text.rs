//! Small text helpers shared by pages and the build-time page generator,
//! and the one place that tells Chinese characters from others.

/// A Chinese character (a Han ideograph): the CJK Unified Ideographs, their
/// extensions (A, and B onwards in the supplementary planes) and the
/// compatibility ideographs.
pub fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3FFFF}')
}

/// A character about as wide as it is high in print: Han characters, CJK
/// radicals, punctuation and symbols, and full-width forms.
pub fn is_wide(c: char) -> bool {
    is_han(c) || matches!(c, '\u{2E80}'..='\u{9FFF}' | '\u{FF00}'..='\u{FFEF}')
}

/// The start of `text`, at most `max` characters, cut at a word or sentence
/// boundary with an ellipsis: a meta description or a link preview.
pub fn excerpt(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    // Chinese has no spaces: cut after the last full stop or comma if there is one.
    let boundary = cut
        .rfind(['。', '，', '；'])
        .map(|i| i + cut[i..].chars().next().map_or(0, char::len_utf8))
        .or_else(|| cut.rfind(' '));
    let kept = match boundary {
        Some(i) if i > max / 2 => &cut[..i],
        _ => &cut[..],
    };
    format!("{}…", kept.trim_end_matches([' ', ',', ';', '，', '；']))
}

#[cfg(test)]
mod tests {
    use super::{excerpt, is_han, is_wide};

    #[test]
    fn han_characters_and_wide_ones() {
        assert!("成都高新區".chars().all(is_han));
        assert!("𠀀".chars().all(is_han));
        assert!(!"Sophia Antipolis é".chars().any(is_han));
        // Punctuation and full-width forms are wide without being Han.
        assert!("，。（Ａ".chars().all(|c| is_wide(c) && !is_han(c)));
        assert!(!"Aé-".chars().any(is_wide));
    }

    #[test]
    fn short_text_is_kept_whole() {
        assert_eq!(excerpt("Sister parks.", 160), "Sister parks.");
    }

    #[test]
    fn long_text_is_cut_at_a_word() {
        let text = "The two parks plan seminars, conferences and matchmaking sessions between their ecosystems.";
        let short = excerpt(text, 40);
        assert!(
            short.ends_with('…') && short.chars().count() <= 41,
            "{short}"
        );
        assert!(text.starts_with(short.trim_end_matches('…')));
    }

    #[test]
    fn chinese_is_cut_at_punctuation() {
        let text = "双方将建立常态化的沟通机制，定期开展互访交流活动，共同策划和组织各类科技合作项目和活动。";
        assert_eq!(excerpt(text, 20), "双方将建立常态化的沟通机制…");
    }
}
