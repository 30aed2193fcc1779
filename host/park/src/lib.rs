//! Park data for zcp: the data dictionary, the audited unit table, park files
//! (TOML or JSON) and the per-year view the host serves to a standard.
//!
//! ```no_run
//! use std::path::Path;
//! use zcp_park::Park;
//!
//! let park = Park::load(Path::new("examples/parks/ordos.toml"))?;
//! let year = park.year(park.latest_year().unwrap_or(2025))?;
//! let grid = year.quantity("electricity.grid-purchased", "MWh")?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod dictionary;
mod error;
mod load;
pub mod park;
mod tree;
pub mod units;
mod view;
mod warning;

pub use dictionary::{Dictionary, DictionaryError, KeyClash, KeyDef, KeyKind, Scope, Sign};
pub use error::{DataError, Location, ParkError, ParkErrors};
pub use park::{Fact, Format, Park};
pub use units::{ConvertError, Dimension, Unit, UnitError};
pub use view::{DeclaredQuantity, YearView};
pub use warning::ParkWarning;

/// Text in both languages; reports choose one.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
pub struct Text {
    /// Chinese.
    pub zh: String,
    /// English.
    pub en: String,
}

/// ` (did you mean `x`?)`, or nothing.
pub(crate) fn did_you_mean(suggestion: Option<&str>) -> String {
    suggestion.map_or_else(String::new, |s| format!(" (did you mean `{s}`?)"))
}

/// The candidate closest to `word`: equal but for case, or else similar
/// enough to be a likely typo.
pub(crate) fn closest(word: &str, candidates: &[&str]) -> Option<String> {
    let lower = word.to_lowercase();
    let mut best: Option<(f64, &str)> = None;
    for candidate in candidates {
        if candidate.to_lowercase() == lower {
            return Some((*candidate).to_owned());
        }
        let score = similarity(&lower, &candidate.to_lowercase());
        if score >= 0.8 && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, candidate));
        }
    }
    best.map(|(_, c)| c.to_owned())
}

/// Jaro-Winkler similarity of two words, from 0 to 1. A word more than ten
/// times as long as the other scores 0 without being compared: its Jaro score
/// is below (0.1 + 1 + 1) / 3 = 0.7, where no Winkler boost applies, so it
/// could not reach the thresholds of the suggestions (0.8 and up) anyway, and
/// comparing a key a megabyte long with every key of the dictionary took
/// seconds.
pub(crate) fn similarity(a: &str, b: &str) -> f64 {
    let (a_len, b_len) = (a.chars().count(), b.chars().count());
    if a_len.max(b_len) > a_len.min(b_len).saturating_mul(10) {
        return 0.0;
    }
    strsim::jaro_winkler(a, b)
}

/// A number as a person writes it: `225`, `0.5`, `-5`, `1e308`, `nan`, `inf`.
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

/// User text fit for one line of a message: control characters escaped,
/// long text cut.
pub(crate) fn clip(text: &str) -> String {
    const MAX: usize = 60;
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        if i == MAX {
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
