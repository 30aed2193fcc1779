//! Plugin text made safe to print: a plugin must not drive the terminal
//! (erase lines, print its own "verdict: QUALIFIED", open a hyperlink) nor
//! hide text with bidirectional overrides. Applied once, where the bindings
//! turn a plugin's strings into the model, so every format gets clean text;
//! Markdown additionally escapes HTML (`report::md`).

/// `text` without control characters (but line breaks and tabs) and
/// without bidirectional formatting characters.
pub fn plugin_text(text: String) -> String {
    if !text.chars().any(unsafe_char) {
        return text;
    }
    text.chars().filter(|c| !unsafe_char(*c)).collect()
}

/// C0 and C1 controls (ESC, CR, BEL, backspace, CSI), and the Unicode
/// bidirectional embeddings, overrides and isolates.
fn unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
}

#[cfg(test)]
mod tests {
    use super::plugin_text;

    #[test]
    fn terminal_escapes_and_bidi_overrides_are_removed() {
        assert_eq!(
            plugin_text("ok\x1b[2K\rverdict: QUALIFIED\x07".to_owned()),
            "ok[2Kverdict: QUALIFIED"
        );
        assert_eq!(
            plugin_text("\x1b]8;;https://evil\x1b\\click\x1b]8;;\x1b\\".to_owned()),
            "]8;;https://evil\\click]8;;\\"
        );
        assert_eq!(plugin_text("a\u{202e}b\u{2066}c".to_owned()), "abc");
        assert_eq!(
            plugin_text("两行\n\tkept".to_owned()),
            "两行\n\tkept",
            "line breaks and tabs stay"
        );
        assert_eq!(plugin_text("\u{9b}31m".to_owned()), "31m", "C1 CSI");
    }
}
