//! Checks on what a plugin describes, made once at load: a standard that
//! breaks them is refused before it can evaluate anything.

use std::collections::BTreeSet;

use zcp_park::dictionary::{Dictionary, KeyDef, KeyKind, Scope, Sign};
use zcp_park::units;

use crate::model::{DefinedKind, StandardInfo};

/// Check ids, uniqueness, parameter defaults, the keys it defines, and
/// every requirement against the shared dictionary plus those keys (known
/// key, unit of the key's dimension). Keys of another standard's namespace
/// are checked when the run's dictionary is built ([`requirements`]).
/// Returns that dictionary: the shared one with the standard's own keys.
pub(crate) fn standard_info(info: &StandardInfo) -> Result<Dictionary, String> {
    if !is_id(&info.id) {
        return Err(format!(
            "id `{}` must be lowercase letters, digits and hyphens",
            info.id
        ));
    }
    let mut seen = BTreeSet::new();
    for indicator in &info.indicators {
        if !seen.insert(indicator.id.as_str()) {
            return Err(format!("indicator `{}` is declared twice", indicator.id));
        }
    }
    for p in &info.parameters {
        if let Some(reason) = p.values.refuse(&p.default_value) {
            return Err(format!(
                "parameter `{}` has default `{}`, which it does not accept ({reason})",
                p.name, p.default_value
            ));
        }
    }
    let mut dictionary = Dictionary::bundled().map_err(|e| e.to_string())?.clone();
    dictionary
        .add_standard(&info.id, &info.label(), key_defs(info)?)
        .map_err(|e| e.to_string())?;
    requirements(info, &dictionary, Foreign::Defer)?;
    Ok(dictionary)
}

/// What to do with a required key in another standard's namespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Foreign {
    /// Skip it: the run's dictionary is not known yet.
    Defer,
    /// Check it like any other key.
    Check,
}

/// The namespace owner of a key (`x-cn-hn-zcp.…` → `cn-hn-zcp`).
pub(crate) fn owner_of(key: &str) -> Option<&str> {
    key.split('.').next()?.strip_prefix("x-")
}

/// Check every requirement of `info` against `dictionary`.
pub(crate) fn requirements(
    info: &StandardInfo,
    dictionary: &Dictionary,
    foreign: Foreign,
) -> Result<(), String> {
    let mut keys = BTreeSet::new();
    for r in &info.requires {
        if !keys.insert(r.key.as_str()) {
            return Err(format!("data key `{}` is required twice", r.key));
        }
        let owner = owner_of(&r.key);
        if foreign == Foreign::Defer && owner.is_some_and(|o| o != info.id) {
            continue;
        }
        let Some(def) = dictionary.lookup(&r.key) else {
            if let Some(owner) = owner.filter(|o| *o != info.id && !dictionary.owns(o)) {
                return Err(format!(
                    "requires `{}`, a key of standard `{owner}`, which is not loaded in this run",
                    r.key
                ));
            }
            return Err(if owner == Some(info.id.as_str()) {
                format!("requires `{}`, which it does not define", r.key)
            } else {
                format!("requires `{}`, which is not in the data dictionary", r.key)
            });
        };
        match (&def.kind, r.unit.as_str()) {
            (KeyKind::Quantity { dimension, .. }, symbol) => {
                let unit =
                    units::unit(symbol).map_err(|e| format!("requires `{}` in {e}", r.key))?;
                if unit.dimension != *dimension {
                    return Err(format!(
                        "requires `{}` in `{symbol}`, but it is {}, not {}",
                        r.key,
                        dimension.as_str(),
                        unit.dimension.as_str()
                    ));
                }
            }
            (KeyKind::Text { .. } | KeyKind::Flag, "") => {}
            (_, symbol) => {
                return Err(format!(
                    "requires `{}` in `{symbol}`, but it is not a quantity (leave the unit empty)",
                    r.key
                ));
            }
        }
    }
    Ok(())
}

/// The keys a standard defines, in the dictionary's terms.
pub(crate) fn key_defs(info: &StandardInfo) -> Result<Vec<KeyDef>, String> {
    info.defines
        .iter()
        .map(|d| {
            let kind = match &d.kind {
                DefinedKind::Quantity {
                    dimension,
                    negative_allowed,
                } => {
                    let sign = if *negative_allowed {
                        Sign::Any
                    } else {
                        Sign::NonNegative
                    };
                    KeyKind::standard_quantity(&info.label(), &d.key, dimension, sign)
                        .map_err(|e| e.to_string())?
                }
                DefinedKind::Text { values } => KeyKind::Text {
                    values: (!values.is_empty()).then(|| values.clone()),
                },
                DefinedKind::Flag => KeyKind::Flag,
            };
            let scope = if d.yearly {
                Scope::Year
            } else {
                Scope::Profile
            };
            Ok(KeyDef::new(
                d.key.clone(),
                kind,
                scope,
                d.description.zh.clone(),
                d.description.en.clone(),
            ))
        })
        .collect()
}

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}
