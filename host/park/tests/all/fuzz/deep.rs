//! Nesting thousands of levels deep: refused with a message naming the file
//! and the limit, on a thread with a 2 MiB stack, in every shape.

use std::path::Path;

use proptest::prelude::*;
use zcp_park::Format;

use crate::fuzz::{assert_refused_deep, config, on_small_stack, parse};

/// The depth every shape is tried at.
const DEPTH: usize = 10_000;

/// The deepest a park file may nest, the document being the first level.
const MAX_DEPTH: usize = 127;

/// `n` dotted parts.
fn dotted(n: usize) -> String {
    vec!["a"; n].join(".")
}

/// A TOML document whose deepest table is at `depth` (the document being
/// the first level), within the `toml` crate's own limits: dotted keys of up
/// to 80 parts in nested inline tables.
fn deep_toml(depth: usize) -> String {
    let mut left = depth - 1;
    let mut text = String::new();
    let mut open = 0;
    while left > 0 {
        let parts = left.min(80);
        text.push_str(&format!("{} = {{ ", dotted(parts)));
        open += 1;
        left -= parts;
    }
    text.push_str(&"}".repeat(open));
    text
}

/// A JSON document whose deepest table is at `depth`.
fn deep_json(depth: usize) -> String {
    let close = "}".repeat(depth - 1);
    format!("{}{{}}{close}", "{\"a\": ".repeat(depth - 1))
}

fn refused_on_a_small_stack(text: String, format: Format) {
    on_small_stack(move || assert_refused_deep(&text, format));
}

#[test]
fn toml_table_header_10_000_deep() {
    refused_on_a_small_stack(format!("[{}]\n", dotted(DEPTH)), Format::Toml);
}

#[test]
fn toml_dotted_key_10_000_deep() {
    refused_on_a_small_stack(format!("{} = 1\n", dotted(DEPTH)), Format::Toml);
}

#[test]
fn toml_inline_tables_10_000_deep() {
    let text = format!("x = {}1{}\n", "{ a = ".repeat(DEPTH), " }".repeat(DEPTH));
    refused_on_a_small_stack(text, Format::Toml);
}

#[test]
fn toml_lists_10_000_deep() {
    let text = format!("x = {}1{}\n", "[".repeat(DEPTH), "]".repeat(DEPTH));
    refused_on_a_small_stack(text, Format::Toml);
}

#[test]
fn toml_lists_of_tables_10_000_deep() {
    let text = format!("x = {}1{}\n", "[{ a = ".repeat(DEPTH), " }]".repeat(DEPTH));
    refused_on_a_small_stack(text, Format::Toml);
}

/// Dotted keys in nested inline tables: as deep as TOML allows (6,401
/// levels), and past that.
#[test]
fn toml_dotted_keys_in_inline_tables_as_deep_as_toml_goes() {
    refused_on_a_small_stack(deep_toml(80 * 80 + 1), Format::Toml);
    refused_on_a_small_stack(deep_toml(DEPTH), Format::Toml);
}

#[test]
fn json_tables_10_000_deep() {
    refused_on_a_small_stack(deep_json(DEPTH), Format::Json);
}

#[test]
fn json_lists_10_000_deep() {
    let text = format!("{}1{}", "[".repeat(DEPTH), "]".repeat(DEPTH));
    refused_on_a_small_stack(text, Format::Json);
}

#[test]
fn json_tables_and_lists_10_000_deep() {
    let text = format!("{}1{}", "[{\"a\": ".repeat(DEPTH), "}]".repeat(DEPTH));
    refused_on_a_small_stack(text, Format::Json);
}

/// The limit is the same in both syntaxes, said the same way, and a file at
/// the limit is read on a small stack.
#[test]
fn nesting_to_the_limit_is_read_and_past_it_refused() {
    for (format, text) in [
        (Format::Toml, deep_toml(MAX_DEPTH)),
        (Format::Json, deep_json(MAX_DEPTH)),
    ] {
        let all = on_small_stack(move || parse(&text, format, Path::new("parks/deep.toml")));
        assert_eq!(
            all.unwrap_err(),
            vec![
                "parks/deep.toml: unknown field `a`",
                "parks/deep.toml: missing field `id`",
                "parks/deep.toml: missing field `name`"
            ],
        );
    }
    let toml = on_small_stack(|| {
        parse(
            &deep_toml(MAX_DEPTH + 1),
            Format::Toml,
            Path::new("parks/deep.toml"),
        )
    });
    assert_eq!(
        toml.unwrap_err(),
        vec![
            "parks/deep.toml: invalid TOML at line 1, column 261: tables and lists nested deeper than 127 levels"
        ]
    );
    let json = on_small_stack(|| {
        parse(
            &deep_json(MAX_DEPTH + 1),
            Format::Json,
            Path::new("parks/deep.json"),
        )
    });
    assert_eq!(
        json.unwrap_err(),
        vec![
            "parks/deep.json: invalid JSON at line 1, column 763: tables and lists nested deeper than 127 levels"
        ]
    );
}

/// The `toml` crate's own limits, said plainly.
#[test]
fn toml_limits_are_named() {
    let first = |text: String| {
        parse(&text, Format::Toml, Path::new("p.toml"))
            .unwrap_err()
            .remove(0)
    };
    for key in [format!("{} = 1", dotted(81)), format!("[{}]", dotted(81))] {
        assert_eq!(
            first(key),
            "p.toml: invalid TOML: a key or table name of more than 80 dotted parts"
        );
    }
    assert_eq!(
        first(format!("[{}]", dotted(80))),
        "p.toml: unknown field `a`"
    );
    let inline = |n: usize| format!("x = {}1{}", "{ a = ".repeat(n), " }".repeat(n));
    assert_eq!(
        first(inline(81)),
        "p.toml: invalid TOML at line 1, column 485: inline tables and lists nested deeper than 80 levels"
    );
    assert_eq!(first(inline(80)), "p.toml: unknown field `x`");
}

/// One level of a random nesting.
#[derive(Debug, Clone)]
enum Level {
    Dotted(usize),
    Header(usize),
    Inline,
    List,
}

fn level() -> impl Strategy<Value = Level> {
    prop_oneof![
        (1..100usize).prop_map(Level::Dotted),
        (1..100usize).prop_map(Level::Header),
        Just(Level::Inline),
        Just(Level::List),
    ]
}

/// Random mixes of every way to nest, thousands of levels deep.
fn nesting(levels: &[Level]) -> (String, String) {
    let (mut toml, mut close, mut json, mut json_close) =
        (String::new(), String::new(), String::new(), String::new());
    let mut header = Vec::new();
    for level in levels {
        match level {
            Level::Header(n) if close.is_empty() => header.push(dotted(*n)),
            Level::Dotted(n) | Level::Header(n) => {
                toml.push_str(&format!("{} = {{ ", dotted(*n)));
                close.insert_str(0, " }");
                for _ in 0..*n {
                    json.push_str("{\"a\": ");
                    json_close.insert(0, '}');
                }
            }
            Level::Inline => {
                toml.push_str("{ a = ");
                close.insert_str(0, " }");
                json.push_str("{\"a\": ");
                json_close.insert(0, '}');
            }
            Level::List => {
                toml.push('[');
                close.insert(0, ']');
                json.push('[');
                json_close.insert(0, ']');
            }
        }
    }
    let head = if header.is_empty() {
        String::new()
    } else {
        format!("[{}]\n", header.join("."))
    };
    (
        format!("{head}x = {toml}1{close}\n"),
        format!("{json}1{json_close}"),
    )
}

proptest! {
    #![proptest_config(config(48))]

    /// Whatever the mix, a refusal or a park, never a stack overflow.
    #[test]
    fn random_nesting_never_overflows(levels in proptest::collection::vec(level(), 1..300)) {
        let (toml, json) = nesting(&levels);
        on_small_stack(move || {
            for (format, text) in [(Format::Toml, toml), (Format::Json, json)] {
                let _ = parse(&text, format, Path::new("parks/deep.park"));
            }
        });
    }
}
