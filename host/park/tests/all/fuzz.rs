//! Property tests on bad park data: whatever the bytes, the loader returns a
//! park or errors naming the file, never a panic, a stack overflow or a hang.
//!
//! Case counts keep the module quick in a debug build; `PROPTEST_CASES`
//! overrides them all for a long campaign, for instance
//! `PROPTEST_CASES=200000 cargo test --release -p zcp-park --test all fuzz`.

mod arbitrary;
mod deep;
mod faults;
mod huge;
mod model;
mod regressions;
mod units;
mod valid;

use std::path::Path;
use std::sync::OnceLock;

use proptest::test_runner::Config;
use zcp_park::{Dictionary, Format, Park, ParkErrors};

/// `cases` cases, or `PROPTEST_CASES` when set; failures are not written to
/// files: what a campaign finds becomes a test in `regressions`.
pub(crate) fn config(cases: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(cases);
    Config {
        cases,
        // Generators that skip what they cannot use, in proportion.
        max_global_rejects: cases.max(1024),
        max_local_rejects: cases.saturating_mul(64).max(65_536),
        failure_persistence: None,
        ..Config::default()
    }
}

/// Run `f` on a thread with a 2 MiB stack, the size Rust gives threads it
/// spawns (tokio's workers, test threads), whatever `RUST_MIN_STACK` says.
pub(crate) fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap()
}

/// The shared dictionary.
pub(crate) fn dictionary() -> &'static Dictionary {
    Dictionary::bundled().unwrap()
}

/// Every concrete key of the dictionary (`*` shown as `<name>`).
pub(crate) fn concrete_keys() -> &'static [String] {
    static KEYS: OnceLock<Vec<String>> = OnceLock::new();
    KEYS.get_or_init(|| dictionary().expand())
}

/// The messages of a result, after checking that each is one line naming the
/// file first and that there is at least one.
pub(crate) fn messages_of(errors: &ParkErrors, path: &Path) -> Vec<String> {
    let prefix = format!("{}: ", path.display());
    let all: Vec<String> = errors.errors().iter().map(ToString::to_string).collect();
    assert!(!all.is_empty(), "no error");
    for message in &all {
        assert!(
            message.starts_with(&prefix),
            "not naming {prefix}: {message}"
        );
        assert!(!message.contains('\n'), "{message}");
        assert!(!message.ends_with('.'), "{message}");
    }
    all
}

/// Parse, and check the messages of a refusal.
pub(crate) fn parse(text: &str, format: Format, path: &Path) -> Result<Park, Vec<String>> {
    Park::parse(text, format, path).map_err(|errors| messages_of(&errors, path))
}

/// A document nested too deep is refused with one message naming the file
/// and the limit.
pub(crate) fn assert_refused_deep(text: &str, format: Format) {
    let path = Path::new("parks/deep.toml");
    let all = parse(text, format, path).unwrap_err();
    assert_eq!(all.len(), 1, "{all:#?}");
    assert!(
        all[0].starts_with("parks/deep.toml: invalid "),
        "{}",
        all[0]
    );
    assert!(
        all[0].contains("deeper than") || all[0].contains("more than 80 dotted parts"),
        "{}",
        all[0]
    );
}

/// User text as messages show it: control characters escaped, cut after 60
/// characters.
pub(crate) fn clip(text: &str) -> String {
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        if i == 60 {
            out.push('…');
            break;
        }
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// A number as messages show it.
pub(crate) fn number(value: f64) -> String {
    if value.is_nan() {
        "nan".to_owned()
    } else if value.is_infinite() {
        if value > 0.0 { "inf" } else { "-inf" }.to_owned()
    } else if value != 0.0 && !(1e-6..1e16).contains(&value.abs()) {
        format!("{value:e}")
    } else {
        format!("{value}")
    }
}

/// A text as a TOML basic string or a JSON string: the two escape alike.
pub(crate) fn quote(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
