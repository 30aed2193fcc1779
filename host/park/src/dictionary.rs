//! The data dictionary: every key a park file may hold and a standard may read.
//!
//! The bundled dictionary is `data/dictionary.toml` at the root of the
//! repository; its header comment describes the format.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::units::Dimension;

/// Whether a quantity may be negative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sign {
    /// An amount: zero or more.
    NonNegative,
    /// A net flow or a growth rate: any sign.
    Any,
}

/// Where a key's value lives in a park file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scope {
    /// A fact about the park, valid for any year: under `[profile]`.
    Profile,
    /// One value per calendar year: under `[years.<year>]`.
    Year,
}

/// What kind of value a key holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyKind {
    /// A number with a unit of one dimension.
    Quantity {
        /// What the number measures.
        dimension: Dimension,
        /// Whether it may be negative.
        sign: Sign,
    },
    /// A string.
    Text {
        /// The allowed values, when the set is closed.
        values: Option<Vec<String>>,
    },
    /// A yes/no fact.
    Flag,
}

impl KeyKind {
    /// `quantity`, `text` or `flag`.
    pub fn name(&self) -> &'static str {
        match self {
            KeyKind::Quantity { .. } => "quantity",
            KeyKind::Text { .. } => "text",
            KeyKind::Flag => "flag",
        }
    }
}

/// One entry of the dictionary: a key, or a family of keys written with
/// `{a|b|c}` segments or `*` (a name the park chooses, like a product).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyDef {
    /// The key as written in the dictionary: `fuel.natural-gas.{final|power}`.
    pub pattern: String,
    /// What the key holds.
    pub kind: KeyKind,
    /// Where its value lives in a park file.
    pub scope: Scope,
    /// Chinese description.
    pub zh: String,
    /// English description.
    pub en: String,
}

/// A bad dictionary file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DictionaryError {
    /// Not valid TOML, or a field of the wrong type or an unknown field.
    #[error("data dictionary: {message}")]
    Malformed {
        /// The parser's message, with line and column.
        message: String,
    },
    /// A `version` this host does not read.
    #[error("data dictionary: unsupported version `{version}` (this host reads version 1)")]
    UnsupportedVersion {
        /// The version found.
        version: i64,
    },
    /// A key that is not dotted lowercase segments.
    #[error("data dictionary: key `{pattern}`: {reason}")]
    InvalidPattern {
        /// The key as written.
        pattern: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// A `kind`, `dimension`, `sign` or `scope` outside its list.
    #[error("data dictionary: key `{pattern}`: unknown {field} `{value}` (expected {expected})")]
    UnknownValue {
        /// The key.
        pattern: String,
        /// `kind`, `dimension`, `sign` or `scope`.
        field: &'static str,
        /// The value found.
        value: String,
        /// The allowed values.
        expected: String,
    },
    /// A quantity without `dimension` or `sign`.
    #[error("data dictionary: key `{pattern}`: a quantity needs a `{field}`")]
    MissingField {
        /// The key.
        pattern: String,
        /// The field missing.
        field: &'static str,
    },
    /// A field that does not apply to the key's kind.
    #[error("data dictionary: key `{pattern}`: `{field}` does not apply to a {kind} key")]
    FieldNotAllowed {
        /// The key.
        pattern: String,
        /// The field given.
        field: &'static str,
        /// The key's kind.
        kind: &'static str,
    },
    /// Two entries that match a same key, or one that starts another.
    #[error(
        "data dictionary: keys `{first}` and `{second}` overlap: a key may match one entry only and cannot start another"
    )]
    Overlap {
        /// One entry.
        first: String,
        /// The other.
        second: String,
    },
}

/// One segment of a key pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    /// One of these words.
    Words(Vec<String>),
    /// Any word: a name the park chooses (`product.*.unit-energy`).
    Any,
}

impl Segment {
    fn allows(&self, word: &str) -> bool {
        match self {
            Segment::Words(words) => words.iter().any(|w| w == word),
            Segment::Any => is_word(word),
        }
    }
}

/// How a `*` segment is shown in the list of concrete keys.
pub const ANY_NAME: &str = "<name>";

/// The dictionary: entries, in key order.
#[derive(Debug, Clone)]
pub struct Dictionary {
    entries: Vec<KeyDef>,
    /// Per entry: its segments.
    patterns: Vec<Vec<Segment>>,
    /// Every concrete key, sorted.
    concrete: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    version: i64,
    #[serde(default)]
    keys: BTreeMap<String, RawKey>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawKey {
    kind: String,
    scope: String,
    dimension: Option<String>,
    sign: Option<String>,
    values: Option<Vec<String>>,
    zh: String,
    en: String,
}

const BUNDLED: &str = include_str!("../../../data/dictionary.toml");

impl Dictionary {
    /// The dictionary shipped with the host, parsed once.
    pub fn bundled() -> Result<&'static Dictionary, DictionaryError> {
        static PARSED: OnceLock<Result<Dictionary, DictionaryError>> = OnceLock::new();
        PARSED
            .get_or_init(|| Dictionary::parse(BUNDLED))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Parse and check a dictionary file.
    pub fn parse(text: &str) -> Result<Dictionary, DictionaryError> {
        let raw: RawFile = toml::from_str(text).map_err(|e| DictionaryError::Malformed {
            message: crate::tree::toml_message(text, &e),
        })?;
        if raw.version != 1 {
            return Err(DictionaryError::UnsupportedVersion {
                version: raw.version,
            });
        }
        let mut entries = Vec::with_capacity(raw.keys.len());
        let mut patterns: Vec<Vec<Segment>> = Vec::with_capacity(raw.keys.len());
        for (pattern, key) in raw.keys {
            let segments = parse_pattern(&pattern)?;
            if let Some(i) = patterns.iter().position(|p| overlap(p, &segments)) {
                return Err(DictionaryError::Overlap {
                    first: entries_pattern(&entries, i),
                    second: pattern,
                });
            }
            entries.push(key_def(pattern, key)?);
            patterns.push(segments);
        }
        let mut concrete: Vec<String> = patterns.iter().flat_map(|p| expand(p)).collect();
        concrete.sort();
        Ok(Dictionary {
            entries,
            patterns,
            concrete,
        })
    }

    /// The entry matching a concrete key: same number of segments, each
    /// segment one of the words its pattern segment allows.
    pub fn lookup(&self, key: &str) -> Option<&KeyDef> {
        let segments: Vec<&str> = key.split('.').collect();
        self.patterns
            .iter()
            .position(|p| p.len() == segments.len() && matches(p, &segments))
            .and_then(|i| self.entries.get(i))
    }

    /// Whether `key` is the start of longer keys (`electricity`, `fuel.coke`).
    pub fn is_prefix(&self, key: &str) -> bool {
        let segments: Vec<&str> = key.split('.').collect();
        self.patterns
            .iter()
            .any(|p| p.len() > segments.len() && matches(p, &segments))
    }

    /// A concrete key starting with `prefix.`, to show what a group holds.
    pub(crate) fn example_under(&self, prefix: &str) -> Option<&str> {
        let start = format!("{prefix}.");
        self.concrete
            .iter()
            .find(|k| k.starts_with(&start))
            .map(String::as_str)
    }

    /// The concrete key closest to `key`, for "did you mean".
    pub fn suggest(&self, key: &str) -> Option<String> {
        let lower = key.to_lowercase();
        let mut best: Option<(f64, &String)> = None;
        for candidate in &self.concrete {
            if *candidate == lower {
                return Some(candidate.clone());
            }
            let score = strsim::jaro_winkler(&lower, candidate);
            if score >= 0.85 && best.is_none_or(|(b, _)| score > b) {
                best = Some((score, candidate));
            }
        }
        best.map(|(_, k)| k.clone())
    }

    /// Every entry, in key order.
    pub fn entries(&self) -> &[KeyDef] {
        &self.entries
    }

    /// Every concrete key (alternations expanded, `*` shown as [`ANY_NAME`]), sorted.
    pub fn expand(&self) -> Vec<String> {
        self.concrete.clone()
    }
}

fn entries_pattern(entries: &[KeyDef], i: usize) -> String {
    entries
        .get(i)
        .map(|e| e.pattern.clone())
        .unwrap_or_default()
}

/// Whether each of `segments` is allowed by the pattern segment at its place.
fn matches(pattern: &[Segment], segments: &[&str]) -> bool {
    pattern.iter().zip(segments).all(|(p, s)| p.allows(s))
}

/// Whether some key matches both patterns, or a key of one starts a key of
/// the other.
fn overlap(a: &[Segment], b: &[Segment]) -> bool {
    a.iter().zip(b).all(|(x, y)| match (x, y) {
        (Segment::Any, _) | (_, Segment::Any) => true,
        (Segment::Words(x), Segment::Words(y)) => x.iter().any(|w| y.contains(w)),
    })
}

fn expand(pattern: &[Segment]) -> Vec<String> {
    let any = [ANY_NAME.to_owned()];
    let mut keys = vec![String::new()];
    for segment in pattern {
        let words: &[String] = match segment {
            Segment::Words(words) => words,
            Segment::Any => &any,
        };
        keys = keys
            .iter()
            .flat_map(|k| {
                words.iter().map(move |w| {
                    if k.is_empty() {
                        w.clone()
                    } else {
                        format!("{k}.{w}")
                    }
                })
            })
            .collect();
    }
    keys
}

/// A word of a key: lowercase letters, digits and `-`.
fn is_word(word: &str) -> bool {
    !word.is_empty()
        && word
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn parse_pattern(pattern: &str) -> Result<Vec<Segment>, DictionaryError> {
    let invalid = |reason| DictionaryError::InvalidPattern {
        pattern: pattern.to_owned(),
        reason,
    };
    let mut segments = Vec::new();
    for segment in pattern.split('.') {
        if segment == "*" {
            segments.push(Segment::Any);
            continue;
        }
        let words: Vec<String> = match segment.strip_prefix('{') {
            Some(rest) => rest
                .strip_suffix('}')
                .ok_or_else(|| invalid("an alternation is written `{a|b|c}`"))?
                .split('|')
                .map(str::to_owned)
                .collect(),
            None => vec![segment.to_owned()],
        };
        for (i, word) in words.iter().enumerate() {
            if !is_word(word) {
                return Err(invalid(
                    "a segment is lowercase letters, digits and `-`, an alternation `{a|b|c}` of such words, or `*`",
                ));
            }
            if words.get(..i).is_some_and(|before| before.contains(word)) {
                return Err(invalid("an alternation lists a word twice"));
            }
        }
        segments.push(Segment::Words(words));
    }
    Ok(segments)
}

fn key_def(pattern: String, raw: RawKey) -> Result<KeyDef, DictionaryError> {
    let unknown = |field, value: &str, expected: &str| DictionaryError::UnknownValue {
        pattern: pattern.clone(),
        field,
        value: value.to_owned(),
        expected: expected.to_owned(),
    };
    let scope = match raw.scope.as_str() {
        "profile" => Scope::Profile,
        "year" => Scope::Year,
        other => return Err(unknown("scope", other, "profile or year")),
    };
    let kind = match raw.kind.as_str() {
        "quantity" => {
            let missing = |field| DictionaryError::MissingField {
                pattern: pattern.clone(),
                field,
            };
            let dimension = raw
                .dimension
                .as_deref()
                .ok_or_else(|| missing("dimension"))?;
            let dimension = dimension.parse().map_err(|_| {
                let names: Vec<_> = Dimension::ALL.iter().map(|d| d.as_str()).collect();
                unknown("dimension", dimension, &names.join(", "))
            })?;
            let sign = match raw.sign.as_deref().ok_or_else(|| missing("sign"))? {
                "non-negative" => Sign::NonNegative,
                "any" => Sign::Any,
                other => return Err(unknown("sign", other, "non-negative or any")),
            };
            KeyKind::Quantity { dimension, sign }
        }
        "text" => KeyKind::Text {
            values: raw.values.clone(),
        },
        "flag" => KeyKind::Flag,
        other => return Err(unknown("kind", other, "quantity, text or flag")),
    };
    let not_allowed = |field| DictionaryError::FieldNotAllowed {
        pattern: pattern.clone(),
        field,
        kind: kind.name(),
    };
    if !matches!(kind, KeyKind::Quantity { .. }) {
        if raw.dimension.is_some() {
            return Err(not_allowed("dimension"));
        }
        if raw.sign.is_some() {
            return Err(not_allowed("sign"));
        }
    }
    if !matches!(kind, KeyKind::Text { .. }) && raw.values.is_some() {
        return Err(not_allowed("values"));
    }
    Ok(KeyDef {
        pattern,
        kind,
        scope,
        zh: raw.zh,
        en: raw.en,
    })
}
