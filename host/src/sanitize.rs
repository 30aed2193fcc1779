//! Plugin text made safe to print: a plugin must not drive the terminal
//! (erase lines, print its own "verdict: QUALIFIED", open a hyperlink) nor
//! hide text with bidirectional overrides. Applied once, where the bindings
//! turn a plugin's strings into the model, so every format gets clean text;
//! Markdown additionally escapes HTML (`report::md`).

/// `text` without control characters (but line breaks and tabs) and
/// without bidirectional formatting characters.
pub fn plugin_text(text: String) -> String {
    if !has_unsafe_bytes(text.as_bytes()) {
        return text;
    }
    text.chars().filter(|c| !unsafe_char(*c)).collect()
}

/// Whether UTF-8 `bytes` encode an [`unsafe_char`], read byte by byte:
/// every string a plugin returns is checked, most of it CJK text, and
/// decoding each character was a measurable part of an evaluation.
fn has_unsafe_bytes(bytes: &[u8]) -> bool {
    bytes.iter().enumerate().any(|(i, &b)| match b {
        b'\n' | b'\t' => false,
        // C0 controls and DEL.
        0x00..=0x1f | 0x7f => true,
        // C1 controls, U+0080 to U+009F.
        0xc2 => matches!(bytes.get(i + 1), Some(0x80..=0x9f)),
        // U+200E, U+200F, U+202A to U+202E; U+2066 to U+2069.
        0xe2 => matches!(
            (bytes.get(i + 1), bytes.get(i + 2)),
            (Some(0x80), Some(0x8e | 0x8f | 0xaa..=0xae)) | (Some(0x81), Some(0xa6..=0xa9))
        ),
        _ => false,
    })
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

    /// The byte scan finds exactly the characters the definition names.
    #[test]
    fn the_byte_scan_agrees_with_the_character_definition() {
        let every = (0..0x3000u32)
            .chain(0xfe00..0x10000)
            .filter_map(char::from_u32);
        for c in every {
            for text in [format!("{c}"), format!("园区{c}x"), format!("a{c}")] {
                assert_eq!(
                    super::has_unsafe_bytes(text.as_bytes()),
                    text.chars().any(super::unsafe_char),
                    "U+{:04X}",
                    c as u32
                );
            }
        }
    }

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
