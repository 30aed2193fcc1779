//! Arbitrary bytes, strings, token soup and mutated real files: never a
//! panic, every message naming the file given.

use std::path::{Path, PathBuf};

use proptest::prelude::*;
use proptest::sample::{Index, select};
use zcp_park::units::{Dimension, units_of};
use zcp_park::{Format, Park};

use crate::fuzz::{concrete_keys, config, messages_of, parse};

/// A path as a person names a park file, odd ones included.
fn path() -> impl Strategy<Value = PathBuf> {
    "[a-zA-Z0-9_ ./园区-]{0,24}\\.(toml|json|TOML|Json|txt)".prop_map(PathBuf::from)
}

/// Pieces of TOML and JSON, and of park files.
fn token() -> impl Strategy<Value = String> {
    let pieces = select(vec![
        "{",
        "}",
        "[",
        "]",
        "[[",
        "]]",
        "\"",
        "'",
        "\"\"\"",
        "'''",
        "=",
        ":",
        ",",
        ".",
        "\n",
        " ",
        "\t",
        "\r\n",
        "#",
        "\\",
        "\\u",
        "\\U0010FFFF",
        "\\ud800",
        "nan",
        "-inf",
        "1e999",
        "-0",
        "0x",
        "1_0",
        "1979-05-27",
        "T07:32:00Z",
        "true",
        "null",
        "id",
        "name",
        "profile",
        "years",
        "2025",
        "1899",
        "value",
        "unit",
        "MWh",
        "万kWh",
        "\u{feff}",
        "\u{0}",
        "\u{7f}",
        "\u{2028}",
        "园区",
        "\u{1F600}",
        "x-std",
    ])
    .prop_map(str::to_owned);
    let key = select(concrete_keys()).prop_map(|k| k.replace("<name>", "p"));
    prop_oneof![6 => pieces, 2 => key, 1 => "\\PC{1,4}"]
}

/// Parse `text` as both syntaxes under a random name; whatever loads must
/// also be readable through its views.
fn survives(text: &str, path: &Path) {
    for format in [Format::Toml, Format::Json] {
        if let Ok(park) = parse(text, format, path) {
            read_everything(&park);
        }
    }
}

/// Read every key of every year in every unit of the table.
fn read_everything(park: &Park) {
    for year in park.years.keys() {
        let view = park.year(*year).unwrap();
        for key in view.keys("") {
            for dimension in Dimension::ALL {
                for unit in units_of(dimension) {
                    if let Ok(Some(value)) = view.quantity(&key, unit.symbol) {
                        assert!(!value.is_nan(), "{key} in {}", unit.symbol);
                    }
                }
            }
            let _ = view.series(&key, "MWh");
            let _ = view.text(&key);
            let _ = view.flag(&key);
        }
    }
}

proptest! {
    #![proptest_config(config(256))]

    /// Any text at all.
    #[test]
    fn arbitrary_text_never_panics(text in any::<String>(), path in path()) {
        survives(&text, &path);
    }

    /// Any bytes, read as text with the bad bytes replaced.
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512), path in path()) {
        survives(&String::from_utf8_lossy(&bytes), &path);
    }

    /// Runs of the pieces the two syntaxes and park files are made of.
    #[test]
    fn token_soup_never_panics(tokens in proptest::collection::vec(token(), 0..64), path in path()) {
        survives(&tokens.concat(), &path);
    }

    /// The example park with a few pieces cut, copied or spliced in.
    #[test]
    fn mutated_real_files_never_panic(
        json: bool,
        edits in proptest::collection::vec((0..3u8, any::<Index>(), 0..40usize, token()), 1..6),
    ) {
        let seed = if json {
            include_str!("../../data/ordos.json")
        } else {
            include_str!("../../data/ordos.toml")
        };
        let mut chars: Vec<char> = seed.chars().collect();
        for (edit, at, length, piece) in edits {
            let at = at.index(chars.len() + 1);
            let end = (at + length).min(chars.len());
            match edit {
                0 => {
                    chars.drain(at..end);
                }
                1 => {
                    let copy = chars[at..end].to_vec();
                    chars.splice(at..at, copy);
                }
                _ => {
                    chars.splice(at..at, piece.chars());
                }
            }
        }
        let text: String = chars.into_iter().collect();
        survives(&text, Path::new("parks/ordos.park"));
    }
}

proptest! {
    #![proptest_config(config(64))]

    /// Any bytes in a file of any name: refused naming the file, as not UTF-8
    /// when they are not.
    #[test]
    fn arbitrary_files_never_panic(
        bytes in proptest::collection::vec(any::<u8>(), 0..256),
        extension in select(vec!["toml", "json", "JSON", "txt", ""]),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(format!("park.{extension}"));
        std::fs::write(&path, &bytes).unwrap();
        if let Err(errors) = Park::load(&path) {
            let all = messages_of(&errors, &path);
            let known = Format::from_path(&path).is_some();
            if known && std::str::from_utf8(&bytes).is_err() {
                prop_assert_eq!(all, vec![format!("{}: not UTF-8 text", path.display())]);
            }
        }
    }
}
