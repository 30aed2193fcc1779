//! Reading the dictionary file (`data/dictionary.toml`).

use std::collections::BTreeMap;

use serde::Deserialize;

use super::pattern::{self, Segment};
use super::{DictionaryError, KeyDef, KeyKind, Scope, Sign};
use crate::units::Dimension;

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

/// The entries of a dictionary file, in key order, with their segments.
pub(super) fn entries(text: &str) -> Result<Vec<(KeyDef, Vec<Segment>)>, DictionaryError> {
    let raw: RawFile = toml::from_str(text).map_err(|e| DictionaryError::Malformed {
        message: crate::tree::toml_message(text, &e),
    })?;
    if raw.version != super::DICTIONARY_VERSION {
        return Err(DictionaryError::UnsupportedVersion {
            version: raw.version,
        });
    }
    let mut entries: Vec<(KeyDef, Vec<Segment>)> = Vec::with_capacity(raw.keys.len());
    for (pattern, key) in raw.keys {
        let segments =
            pattern::parse(&pattern).map_err(|reason| DictionaryError::InvalidPattern {
                pattern: pattern.clone(),
                reason,
            })?;
        if let Some((first, _)) = entries.iter().find(|(_, p)| pattern::overlap(p, &segments)) {
            return Err(DictionaryError::Overlap {
                first: first.pattern.clone(),
                second: pattern,
            });
        }
        entries.push((key_def(pattern, key)?, segments));
    }
    Ok(entries)
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
    Ok(KeyDef::new(pattern, kind, scope, raw.zh, raw.en))
}
