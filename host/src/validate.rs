//! Checks on what a plugin describes, made once at load: a standard that
//! breaks them is refused before it can evaluate anything.

use std::collections::BTreeSet;

use zcp_park::dictionary::{Dictionary, KeyKind};
use zcp_park::units;

use crate::model::StandardInfo;

/// Check ids, uniqueness, parameter defaults, and every requirement against
/// the data dictionary (known key, unit of the key's dimension).
pub(crate) fn standard_info(info: &StandardInfo) -> Result<(), String> {
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
        if !p.allowed.is_empty() && !p.allowed.contains(&p.default_value) {
            return Err(format!(
                "parameter `{}` has default `{}`, which is not among its allowed values",
                p.name, p.default_value
            ));
        }
    }
    let dictionary = Dictionary::bundled().map_err(|e| e.to_string())?;
    let mut keys = BTreeSet::new();
    for r in &info.requires {
        if !keys.insert(r.key.as_str()) {
            return Err(format!("data key `{}` is required twice", r.key));
        }
        let Some(def) = dictionary.lookup(&r.key) else {
            return Err(format!(
                "requires `{}`, which is not in the data dictionary",
                r.key
            ));
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

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}
