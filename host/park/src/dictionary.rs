//! The data dictionary: every key a park file may hold and a standard may read.
//!
//! The bundled dictionary is `data/dictionary.toml` at the root of the
//! repository; its header comment describes the format. A standard may add
//! keys of its own, in the namespace `x-<standard id>.`: the dictionary of a
//! run is the shared one plus the keys of the standards loaded for it
//! ([`Dictionary::add_standard`]).

use std::collections::BTreeSet;
use std::fmt;
use std::sync::{Arc, OnceLock};

use crate::units::Dimension;

mod file;
mod pattern;
mod standard;

pub use standard::KeyClash;

use pattern::Segment;
pub(crate) use pattern::is_word;

/// The format version of the dictionary file this host reads (its `version`).
pub const DICTIONARY_VERSION: i64 = 1;

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
    /// The standard that defined the key (`regional@1.1.0`); `None` for a key
    /// of the shared dictionary.
    pub defined_by: Option<String>,
}

impl KeyDef {
    /// An entry of the shared dictionary, or one a standard defines before
    /// [`Dictionary::add_standard`] checks it and records who defined it.
    pub fn new(pattern: String, kind: KeyKind, scope: Scope, zh: String, en: String) -> KeyDef {
        KeyDef {
            pattern,
            kind,
            scope,
            zh,
            en,
            defined_by: None,
        }
    }
}

/// A bad dictionary file, or a bad key a standard defines.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DictionaryError {
    /// Not valid TOML, or a field of the wrong type or an unknown field.
    #[error("data dictionary: {message}")]
    Malformed {
        /// The parser's message, with line and column.
        message: String,
    },
    /// A `version` this host does not read.
    #[error(
        "data dictionary: unsupported version `{version}` (this host reads version {DICTIONARY_VERSION})"
    )]
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
    /// A standard id that cannot name a namespace of keys.
    #[error(
        "`{standard}`: standard id `{owner}` cannot name a data key namespace (it must be lowercase letters, digits and `-`)"
    )]
    InvalidOwner {
        /// The standard, `id@version`.
        standard: String,
        /// Its id as given.
        owner: String,
    },
    /// A key a standard defines that is not dotted lowercase segments.
    #[error("`{standard}` defines data key `{pattern}`: {reason}")]
    InvalidStandardPattern {
        /// The standard, `id@version`.
        standard: String,
        /// The key as written.
        pattern: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// A key a standard defines outside `x-<its id>.`.
    #[error("`{standard}` defines `{pattern}` outside its namespace `{namespace}.`")]
    OutsideNamespace {
        /// The standard, `id@version`.
        standard: String,
        /// The key as written.
        pattern: String,
        /// `x-<its id>`.
        namespace: String,
    },
    /// A quantity a standard defines with a dimension outside the unit table.
    #[error(
        "`{standard}` defines data key `{pattern}` with unknown dimension `{dimension}` (expected one of {})",
        crate::units::dimension_names()
    )]
    UnknownDimension {
        /// The standard, `id@version`.
        standard: String,
        /// The key.
        pattern: String,
        /// The dimension as given.
        dimension: String,
    },
    /// A key a standard defines that matches a same key as an entry already
    /// there, or starts one, or is started by one.
    #[error("{0}")]
    Clash(Box<KeyClash>),
}

/// How a `*` segment is shown in the list of concrete keys.
pub const ANY_NAME: &str = "<name>";

/// The dictionary: entries, in key order. Cheap to share behind an [`Arc`]
/// ([`Dictionary::shared`]); a run that loads standards defining keys clones
/// it and adds theirs.
#[derive(Clone, PartialEq, Eq)]
pub struct Dictionary {
    entries: Vec<KeyDef>,
    /// Per entry: its segments.
    patterns: Vec<Vec<Segment>>,
    /// Every concrete key, sorted.
    concrete: Vec<String>,
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

const BUNDLED: &str = include_str!("../../../data/dictionary.toml");

/// The bundled dictionary, parsed once.
fn parsed() -> &'static Result<Arc<Dictionary>, DictionaryError> {
    static PARSED: OnceLock<Result<Arc<Dictionary>, DictionaryError>> = OnceLock::new();
    PARSED.get_or_init(|| Dictionary::parse(BUNDLED).map(Arc::new))
}

impl Dictionary {
    /// The dictionary shipped with the host, parsed once.
    pub fn bundled() -> Result<&'static Dictionary, DictionaryError> {
        parsed().as_ref().map(|d| &**d).map_err(Clone::clone)
    }

    /// The dictionary shipped with the host, parsed once, to share: the
    /// dictionary of a run that loads no standard defining keys.
    pub fn shared() -> Result<Arc<Dictionary>, DictionaryError> {
        parsed().clone()
    }

    /// A dictionary with no key: what a run falls back on when the bundled
    /// one cannot be read (every park file is then refused, key by key).
    pub fn empty() -> Dictionary {
        Dictionary::build(vec![], BTreeSet::new())
    }

    /// SHA-256 of the bundled dictionary file, lowercase hex: the receipt's
    /// name for the shared vocabulary a report rests on.
    pub fn bundled_digest() -> String {
        use sha2::{Digest, Sha256};
        Sha256::digest(BUNDLED.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// Parse and check a dictionary file.
    pub fn parse(text: &str) -> Result<Dictionary, DictionaryError> {
        let entries = file::entries(text)?;
        Ok(Dictionary::build(entries, BTreeSet::new()))
    }

    /// A dictionary of these entries, put in key order.
    fn build(mut entries: Vec<(KeyDef, Vec<Segment>)>, owners: BTreeSet<String>) -> Dictionary {
        entries.sort_by(|(a, _), (b, _)| a.pattern.cmp(&b.pattern));
        let mut concrete: Vec<String> = entries
            .iter()
            .flat_map(|(_, p)| pattern::expand(p))
            .collect();
        concrete.sort();
        let (entries, patterns) = entries.into_iter().unzip();
        Dictionary {
            entries,
            patterns,
            concrete,
            owners,
        }
    }

    /// The entry matching a concrete key: same number of segments, each
    /// segment one of the words its pattern segment allows.
    pub fn lookup(&self, key: &str) -> Option<&KeyDef> {
        let segments: Vec<&str> = key.split('.').collect();
        self.patterns
            .iter()
            .position(|p| p.len() == segments.len() && pattern::matches(p, &segments))
            .and_then(|i| self.entries.get(i))
    }

    /// Whether `key` is the start of longer keys (`electricity`, `fuel.coke`).
    pub fn is_prefix(&self, key: &str) -> bool {
        let segments: Vec<&str> = key.split('.').collect();
        self.patterns
            .iter()
            .any(|p| p.len() > segments.len() && pattern::matches(p, &segments))
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
            let score = crate::similarity(&lower, candidate);
            if score >= 0.85 && best.is_none_or(|(b, _)| score > b) {
                best = Some((score, candidate));
            }
        }
        best.map(|(_, k)| k.clone())
    }

    /// Every entry, shared and added by standards, in key order.
    pub fn entries(&self) -> &[KeyDef] {
        &self.entries
    }

    /// The entries standards added, in key order.
    pub fn defined_by_standards(&self) -> impl Iterator<Item = &KeyDef> {
        self.entries.iter().filter(|e| e.defined_by.is_some())
    }

    /// Whether the standard with this id was added: it owns the keys
    /// starting with `x-<owner>.`, whether it defined any or not.
    pub fn owns(&self, owner: &str) -> bool {
        self.owners.contains(owner)
    }

    /// The ids of the standards added, sorted.
    pub fn owners(&self) -> impl Iterator<Item = &str> {
        self.owners.iter().map(String::as_str)
    }

    /// Every concrete key (alternations expanded, `*` shown as [`ANY_NAME`]), sorted.
    pub fn expand(&self) -> Vec<String> {
        self.concrete.clone()
    }
}
