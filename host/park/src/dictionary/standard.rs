//! Keys a standard defines in its own namespace, `x-<standard id>.`, added to
//! the dictionary of a run.

use std::fmt;

use super::pattern::{self, Segment};
use super::{Dictionary, DictionaryError, KeyDef, KeyKind, Scope, Sign};
use crate::units::Dimension;

/// A key a standard defines that clashes with an entry of the dictionary:
/// both match a same key, or one starts the other.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyClash {
    /// The key the standard defines.
    pub pattern: String,
    /// The standard, `id@version`.
    pub standard: String,
    /// What it defines it as: `quantity, mass, year`.
    pub definition: String,
    /// The entry it clashes with.
    pub other: String,
    /// The standard that defined that entry; `None` for the shared dictionary.
    pub other_standard: Option<String>,
    /// What that entry is.
    pub other_definition: String,
}

impl fmt::Display for KeyClash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "data key `{}` as defined by `{}` ({}) clashes with `{}`",
            self.pattern, self.standard, self.definition, self.other
        )?;
        match &self.other_standard {
            Some(standard) => write!(f, " as defined by `{standard}` ({})", self.other_definition),
            None => f.write_str(" of the shared data dictionary"),
        }
    }
}

impl KeyKind {
    /// A quantity a standard defines, its dimension given by name
    /// (`energy`, `standard-coal`): `standard` (`id@version`) and `pattern`
    /// name the key in the error.
    pub fn standard_quantity(
        standard: &str,
        pattern: &str,
        dimension: &str,
        sign: Sign,
    ) -> Result<KeyKind, DictionaryError> {
        let dimension: Dimension =
            dimension
                .parse()
                .map_err(|_| DictionaryError::UnknownDimension {
                    standard: standard.to_owned(),
                    pattern: crate::clip(pattern),
                    dimension: crate::clip(dimension),
                })?;
        Ok(KeyKind::Quantity { dimension, sign })
    }
}

impl Dictionary {
    /// Add the keys a standard defines. `owner` is the standard's id: it owns
    /// the keys starting with `x-<owner>.` (even when it defines none, so a
    /// park key there that it does not define is an unknown key, not another
    /// standard's). `standard` is `id@version`, named in errors and recorded
    /// as each key's [`KeyDef::defined_by`].
    ///
    /// Every key must be a valid pattern inside the namespace, and must not
    /// overlap an entry already there or another of `definitions`; a key
    /// defined exactly alike by another version of the same standard is kept
    /// once, as first defined. All or nothing: on error the dictionary is
    /// unchanged.
    pub fn add_standard(
        &mut self,
        owner: &str,
        standard: &str,
        definitions: Vec<KeyDef>,
    ) -> Result<(), DictionaryError> {
        if !pattern::is_word(owner) {
            return Err(DictionaryError::InvalidOwner {
                standard: standard.to_owned(),
                owner: crate::clip(owner),
            });
        }
        let namespace = format!("x-{owner}");
        let mut added: Vec<(KeyDef, Vec<Segment>)> = Vec::with_capacity(definitions.len());
        for mut def in definitions {
            def.defined_by = Some(standard.to_owned());
            let segments = check_pattern(standard, &namespace, &def.pattern)?;
            if self
                .entries
                .iter()
                .any(|e| e.defined_by.is_some() && same_definition(e, &def))
            {
                continue;
            }
            let earlier = added.iter().map(|(d, p)| (d, p));
            if let Some((other, _)) = (self.entries.iter().zip(&self.patterns))
                .chain(earlier)
                .find(|(_, p)| pattern::overlap(p, &segments))
            {
                return Err(clash(&def, other));
            }
            added.push((def, segments));
        }
        let mut owners = std::mem::take(&mut self.owners);
        owners.insert(owner.to_owned());
        let entries = self.entries.drain(..).zip(self.patterns.drain(..));
        *self = Dictionary::build(entries.chain(added).collect(), owners);
        Ok(())
    }
}

/// The segments of a key a standard defines, checked to lie in its namespace.
fn check_pattern(
    standard: &str,
    namespace: &str,
    key: &str,
) -> Result<Vec<Segment>, DictionaryError> {
    let segments =
        pattern::parse(key).map_err(|reason| DictionaryError::InvalidStandardPattern {
            standard: standard.to_owned(),
            pattern: crate::clip(key),
            reason,
        })?;
    if key.split('.').next() != Some(namespace) || segments.len() < 2 {
        return Err(DictionaryError::OutsideNamespace {
            standard: standard.to_owned(),
            pattern: crate::clip(key),
            namespace: namespace.to_owned(),
        });
    }
    Ok(segments)
}

/// Same key, kind, scope and descriptions (who defined it aside).
fn same_definition(a: &KeyDef, b: &KeyDef) -> bool {
    a.pattern == b.pattern && a.kind == b.kind && a.scope == b.scope && a.zh == b.zh && a.en == b.en
}

fn clash(def: &KeyDef, other: &KeyDef) -> DictionaryError {
    DictionaryError::Clash(Box::new(KeyClash {
        pattern: def.pattern.clone(),
        standard: def.defined_by.clone().unwrap_or_default(),
        definition: summary(def),
        other: other.pattern.clone(),
        other_standard: other.defined_by.clone(),
        other_definition: summary(other),
    }))
}

/// What a key holds, in a few words: `quantity, mass, year`.
fn summary(def: &KeyDef) -> String {
    let scope = match def.scope {
        Scope::Profile => "profile",
        Scope::Year => "year",
    };
    match &def.kind {
        KeyKind::Quantity {
            dimension,
            sign: Sign::NonNegative,
        } => format!("quantity, {dimension}, {scope}"),
        KeyKind::Quantity {
            dimension,
            sign: Sign::Any,
        } => format!("quantity, {dimension}, any sign, {scope}"),
        KeyKind::Text {
            values: Some(values),
        } => {
            format!("text, one of {}, {scope}", crate::clip(&values.join("|")))
        }
        KeyKind::Text { values: None } => format!("text, {scope}"),
        KeyKind::Flag => format!("flag, {scope}"),
    }
}
