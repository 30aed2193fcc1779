//! The data dictionary as [`FakePark`](super::FakePark) reads it: the shared
//! one (`data/dictionary.toml`, a byte-identical copy of the host's) plus the
//! keys standards define, matched by the host's rules.
//!
//! A key is dotted segments; a pattern segment is a word (lowercase letters,
//! digits, `-`), an alternation `{a|b|c}` of words, or `*` (any word).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::sync::{Arc, LazyLock};

use serde::Deserialize;

use crate::{KeyDefinition, KeyKind, KeyScope, QuantityKind, Sign};

/// The shared data dictionary, as the host ships it.
const SHARED: &str = include_str!("../../data/dictionary.toml");

/// How a `*` segment is shown in a suggestion, as the host shows it.
const ANY_NAME: &str = "<name>";

/// One segment of a key pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    /// One of these words.
    Words(Vec<String>),
    /// Any word: a name the park chooses.
    Any,
}

/// One entry: a key or a family of keys.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Entry {
    /// The key as written: `fuel.natural-gas.{final|power}`.
    pub(crate) pattern: String,
    /// What it holds.
    pub(crate) kind: KeyKind,
    /// Where its value lives.
    pub(crate) scope: KeyScope,
    /// The standard that defined it (`id@version`); `None` when shared.
    defined_by: Option<String>,
    segments: Vec<Segment>,
}

/// The shared dictionary plus the keys of the standards added.
#[derive(Clone, PartialEq)]
pub(crate) struct Dictionary {
    entries: Vec<Entry>,
    /// The ids of the standards added, each owning `x-<id>.`.
    owners: BTreeSet<String>,
}

impl fmt::Debug for Dictionary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Dictionary")
            .field("entries", &self.entries.len())
            .field("owners", &self.owners)
            .finish_non_exhaustive()
    }
}

static PARSED: LazyLock<Result<Arc<Dictionary>, String>> =
    LazyLock::new(|| Dictionary::parse(SHARED).map(Arc::new));

impl Dictionary {
    /// The shared dictionary, parsed once.
    pub(crate) fn shared() -> Result<Arc<Dictionary>, String> {
        PARSED.clone()
    }

    /// Parse a dictionary file.
    fn parse(text: &str) -> Result<Dictionary, String> {
        let raw: RawFile =
            toml::from_str(text).map_err(|e| format!("data dictionary: {}", e.message()))?;
        if raw.version != 1 {
            return Err(format!(
                "data dictionary: unsupported version `{}`",
                raw.version
            ));
        }
        let mut entries: Vec<Entry> = Vec::with_capacity(raw.keys.len());
        for (pattern, key) in raw.keys {
            let entry = key.entry(pattern)?;
            if let Some(first) = entries
                .iter()
                .find(|e| overlap(&e.segments, &entry.segments))
            {
                return Err(format!(
                    "data dictionary: keys `{}` and `{}` overlap",
                    first.pattern, entry.pattern
                ));
            }
            entries.push(entry);
        }
        Ok(Dictionary {
            entries,
            owners: BTreeSet::new(),
        })
    }

    /// Add the keys a standard defines, checked as the host checks them when
    /// it loads the standard: `owner` (its id) owns `x-<owner>.`; `label`
    /// (`id@version`) names it in errors. A key defined alike by another
    /// version of the same standard is kept once.
    pub(crate) fn add_standard(
        &mut self,
        owner: &str,
        label: &str,
        definitions: &[KeyDefinition],
    ) -> Result<(), String> {
        if !is_word(owner) {
            return Err(format!(
                "`{label}`: standard id `{owner}` cannot name a data key namespace (it must be lowercase letters, digits and `-`)"
            ));
        }
        let namespace = format!("x-{owner}");
        let mut added: Vec<Entry> = Vec::with_capacity(definitions.len());
        for d in definitions {
            let segments = parse_pattern(&d.key)
                .map_err(|reason| format!("`{label}` defines data key `{}`: {reason}", d.key))?;
            if d.key.split('.').next() != Some(namespace.as_str()) || segments.len() < 2 {
                return Err(format!(
                    "`{label}` defines `{}` outside its namespace `{namespace}.`",
                    d.key
                ));
            }
            let entry = Entry {
                pattern: d.key.clone(),
                kind: d.kind.clone(),
                scope: d.scope,
                defined_by: Some(label.to_owned()),
                segments,
            };
            if self.entries.iter().any(|e| {
                e.defined_by.is_some()
                    && e.pattern == entry.pattern
                    && e.kind == entry.kind
                    && e.scope == entry.scope
            }) {
                continue;
            }
            if let Some(other) = self
                .entries
                .iter()
                .chain(&added)
                .find(|e| overlap(&e.segments, &entry.segments))
            {
                return Err(clash(&entry, other));
            }
            added.push(entry);
        }
        self.entries.extend(added);
        self.owners.insert(owner.to_owned());
        Ok(())
    }

    /// Add keys to the shared dictionary, as a newer host's may hold them:
    /// any valid pattern that overlaps no entry.
    pub(crate) fn add_shared(&mut self, definitions: &[KeyDefinition]) -> Result<(), String> {
        for d in definitions {
            let segments = parse_pattern(&d.key)
                .map_err(|reason| format!("data dictionary: key `{}`: {reason}", d.key))?;
            if let Some(other) = self
                .entries
                .iter()
                .find(|e| overlap(&e.segments, &segments))
            {
                return Err(format!(
                    "data dictionary: keys `{}` and `{}` overlap",
                    other.pattern, d.key
                ));
            }
            self.entries.push(Entry {
                pattern: d.key.clone(),
                kind: d.kind.clone(),
                scope: d.scope,
                defined_by: None,
                segments,
            });
        }
        Ok(())
    }

    /// Whether the standard with this id was added.
    pub(crate) fn owns(&self, owner: &str) -> bool {
        self.owners.contains(owner)
    }

    /// The entry matching a concrete key.
    pub(crate) fn lookup(&self, key: &str) -> Option<&Entry> {
        let segments: Vec<&str> = key.split('.').collect();
        self.entries.iter().find(|e| {
            e.segments.len() == segments.len()
                && e.segments.iter().zip(&segments).all(|(p, s)| p.allows(s))
        })
    }

    /// The entry a family requirement names (`product.*.unit-energy`): as
    /// many segments, `*` only where the pattern has `*`, every other
    /// segment a word the pattern allows there.
    pub(crate) fn family(&self, key: &str) -> Option<&Entry> {
        let segments: Vec<&str> = key.split('.').collect();
        self.entries.iter().find(|e| {
            e.segments.len() == segments.len()
                && e.segments.iter().zip(&segments).all(|(p, s)| match p {
                    Segment::Any => *s == "*" || is_word(s),
                    Segment::Words(_) => p.allows(s),
                })
        })
    }

    /// The concrete key closest to `key`, for "did you mean", as the host
    /// chooses it (Jaro-Winkler of at least 0.85, `*` shown as `<name>`).
    pub(crate) fn suggest(&self, key: &str) -> Option<String> {
        let lower = key.to_lowercase();
        let mut concrete: Vec<String> = self
            .entries
            .iter()
            .flat_map(|e| expand(&e.segments))
            .collect();
        concrete.sort();
        let mut best: Option<(f64, &String)> = None;
        for candidate in &concrete {
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
}

impl Segment {
    fn allows(&self, word: &str) -> bool {
        match self {
            Segment::Words(words) => words.iter().any(|w| w == word),
            Segment::Any => is_word(word),
        }
    }
}

/// A word of a key: lowercase letters, digits and `-`.
fn is_word(word: &str) -> bool {
    !word.is_empty()
        && word
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The segments of a pattern, or why it is not one (the host's wording).
fn parse_pattern(pattern: &str) -> Result<Vec<Segment>, &'static str> {
    let mut segments = Vec::new();
    for segment in pattern.split('.') {
        if segment == "*" {
            segments.push(Segment::Any);
            continue;
        }
        let words: Vec<String> = match segment.strip_prefix('{') {
            Some(rest) => rest
                .strip_suffix('}')
                .ok_or("an alternation is written `{a|b|c}`")?
                .split('|')
                .map(str::to_owned)
                .collect(),
            None => vec![segment.to_owned()],
        };
        for (i, word) in words.iter().enumerate() {
            if !is_word(word) {
                return Err(
                    "a segment is lowercase letters, digits and `-`, an alternation `{a|b|c}` of such words, or `*`",
                );
            }
            if words.get(..i).is_some_and(|before| before.contains(word)) {
                return Err("an alternation lists a word twice");
            }
        }
        segments.push(Segment::Words(words));
    }
    Ok(segments)
}

/// Whether some key matches both patterns, or a key of one starts a key of
/// the other.
fn overlap(a: &[Segment], b: &[Segment]) -> bool {
    a.iter().zip(b).all(|(x, y)| match (x, y) {
        (Segment::Any, _) | (_, Segment::Any) => true,
        (Segment::Words(x), Segment::Words(y)) => x.iter().any(|w| y.contains(w)),
    })
}

/// Every concrete key of a pattern, `*` shown as [`ANY_NAME`].
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

/// A key a standard defines that clashes with an entry already there.
fn clash(entry: &Entry, other: &Entry) -> String {
    let mut message = format!(
        "data key `{}` as defined by `{}` ({}) clashes with `{}`",
        entry.pattern,
        entry.defined_by.as_deref().unwrap_or_default(),
        summary(entry),
        other.pattern
    );
    match &other.defined_by {
        Some(standard) => {
            message.push_str(&format!(" as defined by `{standard}` ({})", summary(other)));
        }
        None => message.push_str(" of the shared data dictionary"),
    }
    message
}

/// What a key holds, in a few words: `quantity, mass, year`.
fn summary(entry: &Entry) -> String {
    let scope = scope_name(entry.scope);
    match &entry.kind {
        KeyKind::Quantity(QuantityKind {
            dimension,
            sign: Sign::NonNegative,
        }) => format!("quantity, {dimension}, {scope}"),
        KeyKind::Quantity(QuantityKind {
            dimension,
            sign: Sign::Any,
        }) => format!("quantity, {dimension}, any sign, {scope}"),
        KeyKind::Text(values) if values.is_empty() => format!("text, {scope}"),
        KeyKind::Text(values) => format!("text, one of {}, {scope}", values.join("|")),
        KeyKind::Flag => format!("flag, {scope}"),
    }
}

/// `profile` or `year`.
pub(crate) fn scope_name(scope: KeyScope) -> &'static str {
    match scope {
        KeyScope::Profile => "profile",
        KeyScope::Year => "year",
    }
}

/// `quantity`, `text` or `flag`.
pub(crate) fn kind_name(kind: &KeyKind) -> &'static str {
    match kind {
        KeyKind::Quantity(_) => "quantity",
        KeyKind::Text(_) => "text",
        KeyKind::Flag => "flag",
    }
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
    #[allow(dead_code)] // Read to accept the file; FakePark does not describe keys.
    zh: String,
    #[allow(dead_code)]
    en: String,
}

impl RawKey {
    fn entry(self, pattern: String) -> Result<Entry, String> {
        let bad = |field: &str, value: &str| {
            format!("data dictionary: key `{pattern}`: unknown {field} `{value}`")
        };
        let segments = parse_pattern(&pattern)
            .map_err(|reason| format!("data dictionary: key `{pattern}`: {reason}"))?;
        let scope = match self.scope.as_str() {
            "profile" => KeyScope::Profile,
            "year" => KeyScope::Year,
            other => return Err(bad("scope", other)),
        };
        let kind = match self.kind.as_str() {
            "quantity" => {
                let missing = |field| {
                    format!("data dictionary: key `{pattern}`: a quantity needs a `{field}`")
                };
                let dimension = self.dimension.ok_or_else(|| missing("dimension"))?;
                let sign = match self.sign.as_deref() {
                    Some("non-negative") => Sign::NonNegative,
                    Some("any") => Sign::Any,
                    Some(other) => return Err(bad("sign", other)),
                    None => return Err(missing("sign")),
                };
                KeyKind::Quantity(QuantityKind { dimension, sign })
            }
            "text" => KeyKind::Text(self.values.unwrap_or_default()),
            "flag" => KeyKind::Flag,
            other => return Err(bad("kind", other)),
        };
        Ok(Entry {
            pattern,
            kind,
            scope,
            defined_by: None,
            segments,
        })
    }
}
