//! Checks on what a plugin describes, made once at load: a standard that
//! breaks them is refused before it can evaluate anything.

use std::collections::BTreeSet;

use zcp_park::dictionary::{Dictionary, KeyDef, KeyKind, Scope, Sign};
use zcp_park::units;

use crate::contract::{self, shown};
use crate::model::{DefinedKind, StandardInfo};

/// Check its size, ids, indicators, tiers, parameter defaults, the keys it
/// defines, and every requirement against the shared dictionary plus those
/// keys (known key, unit of the key's dimension). Keys of another
/// standard's namespace are checked when the run's dictionary is built
/// ([`requirements`]). `max_bytes` caps the description as serialized, as
/// [`Limits::result_bytes`](crate::Limits::result_bytes) caps an evaluation.
/// Returns that dictionary: the shared one with the standard's own keys.
pub(crate) fn standard_info(info: &StandardInfo, max_bytes: usize) -> Result<Dictionary, String> {
    size(info, max_bytes)?;
    if !is_id(&info.id) {
        return Err(format!(
            "id `{}` must be lowercase letters, digits and hyphens",
            shown(&info.id)
        ));
    }
    indicators(info)?;
    tiers(info)?;
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

/// The description, serialized, is no larger than `max_bytes`.
fn size(info: &StandardInfo, max_bytes: usize) -> Result<(), String> {
    let size = serde_json::to_vec(info).map_or(usize::MAX, |v| v.len());
    if size > max_bytes {
        return Err(format!(
            "the description is {size} bytes, over the limit of {max_bytes} bytes on what a plugin returns"
        ));
    }
    Ok(())
}

/// Indicator ids well formed and unique; units empty (yes/no) or printable;
/// thresholds finite and in order; weights finite and not negative.
fn indicators(info: &StandardInfo) -> Result<(), String> {
    let mut seen = BTreeSet::new();
    for indicator in &info.indicators {
        let id = &indicator.id;
        if !is_indicator_id(id) {
            return Err(format!(
                "indicator id `{}` must be lowercase words joined by dots (`core.carbon-per-energy`)",
                shown(id)
            ));
        }
        if !seen.insert(id.as_str()) {
            return Err(format!("indicator `{id}` is declared twice"));
        }
        let unit = &indicator.unit;
        if unit.chars().any(char::is_control) || unit.trim() != unit {
            return Err(format!(
                "indicator `{id}` has unit `{}`, which is not printable text (leave it empty for yes/no)",
                shown(unit)
            ));
        }
        for banded in &indicator.thresholds {
            contract::threshold(&banded.threshold)
                .map_err(|why| format!("indicator `{id}` has a threshold {why}"))?;
        }
        if let Some(w) = indicator.weight.filter(|w| !(w.is_finite() && *w >= 0.0)) {
            return Err(format!(
                "indicator `{id}` has weight `{w}`, which must be a finite number ≥ 0"
            ));
        }
    }
    Ok(())
}

/// Tier ids well formed and unique, minimum scores finite, the maximum
/// score finite and not negative.
fn tiers(info: &StandardInfo) -> Result<(), String> {
    let mut seen = BTreeSet::new();
    for tier in &info.tiers {
        if !is_id(&tier.id) {
            return Err(format!(
                "tier id `{}` must be lowercase letters, digits and hyphens",
                shown(&tier.id)
            ));
        }
        if !seen.insert(tier.id.as_str()) {
            return Err(format!("tier `{}` is declared twice", tier.id));
        }
        if !tier.min_score.is_finite() {
            return Err(format!(
                "tier `{}` has minimum score `{}`, not a finite number",
                tier.id, tier.min_score
            ));
        }
    }
    match info.max_score {
        Some(max) if !(max.is_finite() && max >= 0.0) => Err(format!(
            "`max-score` is `{max}`, which must be a finite number ≥ 0"
        )),
        _ => Ok(()),
    }
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

/// Check every requirement of `info` against `dictionary`: a known key, or
/// a family of keys ([`is_family`], matched by [`family_def`]), in a unit of
/// its dimension (quantities) or with no unit (text and flags).
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
        let found = if is_family(&r.key) {
            family_def(dictionary, &r.key)
        } else {
            dictionary.lookup(&r.key)
        };
        let Some(def) = found else {
            if let Some(owner) = owner.filter(|o| *o != info.id && !dictionary.owns(o)) {
                return Err(format!(
                    "requires `{}`, a key of standard `{owner}`, which is not loaded in this run",
                    r.key
                ));
            }
            if is_family(&r.key) {
                return Err(format!(
                    "requires the family `{}`, but no key of the data dictionary{} has `*` at those places and the same words elsewhere",
                    r.key,
                    if owner == Some(info.id.as_str()) {
                        " or of those it defines"
                    } else {
                        ""
                    }
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

/// Whether a requirement names a family of keys rather than one key: a
/// `*` segment where the dictionary pattern has `*`
/// (`product.*.unit-energy`). The host serves nothing for it in `declared`;
/// the standard reads its members with `keys` and `quantity`.
pub(crate) fn is_family(key: &str) -> bool {
    key.split('.').any(|segment| segment == "*")
}

/// The dictionary entry (shared or defined) a family requirement names:
/// as many segments, `*` only where the entry's pattern has `*`, every
/// other segment a word the pattern allows at its place.
pub(crate) fn family_def<'d>(dictionary: &'d Dictionary, key: &str) -> Option<&'d KeyDef> {
    let segments: Vec<&str> = key.split('.').collect();
    dictionary.entries().iter().find(|def| {
        let pattern: Vec<&str> = def.pattern.split('.').collect();
        pattern.len() == segments.len()
            && pattern
                .iter()
                .zip(&segments)
                .all(|(p, s)| segment_allows(p, s))
    })
}

/// Whether the key `key` is a member of the family `family` (both dotted;
/// `*` in the family stands for any one segment).
pub(crate) fn in_family(family: &str, key: &str) -> bool {
    let (family, key): (Vec<&str>, Vec<&str>) =
        (family.split('.').collect(), key.split('.').collect());
    family.len() == key.len() && family.iter().zip(&key).all(|(f, k)| *f == "*" || f == k)
}

/// Whether a pattern segment (`word`, `{a|b}`, `*`) allows a requirement's
/// segment there: `*` only at a `*`, a word where the pattern allows it.
fn segment_allows(pattern: &str, segment: &str) -> bool {
    if pattern == "*" {
        return segment == "*"
            || (!segment.is_empty()
                && segment
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
    }
    if segment == "*" {
        return false;
    }
    match pattern.strip_prefix('{').and_then(|p| p.strip_suffix('}')) {
        Some(words) => words.split('|').any(|w| w == segment),
        None => pattern == segment,
    }
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

/// Lowercase words joined by dots, at least two: `core.carbon-per-energy`.
fn is_indicator_id(id: &str) -> bool {
    id.contains('.') && id.split('.').all(is_id)
}

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;
    use crate::model::{
        BandedThreshold, DataRequirement, Indicator, IndicatorKind, Status, Text, Threshold, Tier,
    };

    fn info(requires: &[(&str, &str)]) -> StandardInfo {
        let text = || Text {
            zh: String::new(),
            en: String::new(),
        };
        StandardInfo {
            id: "families".to_owned(),
            version: semver::Version::new(1, 0, 0),
            title: text(),
            issuer: text(),
            source: text(),
            jurisdiction: "CN".to_owned(),
            status: Status::Draft,
            effective: None,
            extends: None,
            indicators: vec![],
            requires: requires
                .iter()
                .map(|(key, unit)| DataRequirement {
                    key: (*key).to_owned(),
                    unit: (*unit).to_owned(),
                    required: false,
                    description: text(),
                })
                .collect(),
            parameters: vec![],
            defines: vec![],
            tiers: vec![],
            max_score: None,
        }
    }

    fn check(requires: &[(&str, &str)]) -> Result<(), String> {
        let dictionary = Dictionary::bundled().unwrap();
        requirements(&info(requires), dictionary, Foreign::Check)
    }

    #[test]
    fn a_family_is_accepted_where_the_dictionary_has_a_star() {
        check(&[
            ("product.*.unit-energy", "kgce/t"),
            ("product.*.name", ""),
            ("process.*.output", "t"),
        ])
        .unwrap();
    }

    #[test]
    fn a_family_is_checked_like_any_quantity() {
        let err = check(&[("product.*.unit-energy", "MWh")]).unwrap_err();
        assert!(
            err.starts_with("requires `product.*.unit-energy` in `MWh`, but it is specific-energy"),
            "{err}"
        );
        let err = check(&[("product.*.name", "t")]).unwrap_err();
        assert!(err.contains("is not a quantity"), "{err}");
    }

    #[test]
    fn a_star_is_refused_where_the_pattern_lists_words() {
        // `fuel.{…}.{final|…}` lists its fuels: a `*` there is no family.
        let err = check(&[("fuel.*.final", "t")]).unwrap_err();
        assert_eq!(
            err,
            "requires the family `fuel.*.final`, but no key of the data dictionary has `*` at those places and the same words elsewhere"
        );
        assert!(check(&[("product.*", "")]).is_err());
        assert!(check(&[("product.*.unit-energy.*", "kgce/t")]).is_err());
    }

    #[test]
    fn members_belong_to_their_family_only() {
        assert!(is_family("process.*.output") && !is_family("process.lime.output"));
        assert!(in_family("process.*.output", "process.lime.output"));
        assert!(!in_family("process.*.output", "process.lime.factor"));
        assert!(!in_family("process.*.output", "process.lime.output.extra"));
    }

    /// `info(&[])` with one well-formed indicator and tier, changed by
    /// `change`, checked at load with a 4 MiB cap.
    fn described(change: impl FnOnce(&mut StandardInfo)) -> Result<(), String> {
        let text = || Text {
            zh: String::new(),
            en: String::new(),
        };
        let mut info = info(&[]);
        info.indicators.push(Indicator {
            id: "core.carbon-per-energy".to_owned(),
            title: text(),
            kind: IndicatorKind::Core,
            unit: "tCO2/tce".to_owned(),
            thresholds: vec![BandedThreshold {
                applies_when: text(),
                threshold: Threshold::AtMost(0.2),
            }],
            description: text(),
            group: None,
            weight: Some(1.0),
        });
        info.tiers.push(Tier {
            id: "gold".to_owned(),
            title: text(),
            min_score: 90.0,
        });
        info.max_score = Some(100.0);
        change(&mut info);
        standard_info(&info, 4 << 20).map(|_| ())
    }

    #[test]
    fn a_well_formed_description_is_accepted() {
        described(|_| {}).unwrap();
        described(|i| i.indicators[0].unit = String::new()).unwrap();
        described(|i| i.indicators[0].unit = "10^4 CNY".to_owned()).unwrap();
    }

    #[test]
    fn indicator_ids_are_dotted_lowercase_words_declared_once() {
        for id in [
            "Core.x",
            "core",
            "core..x",
            "core.x-",
            "core.carbon per energy",
            "",
        ] {
            let err = described(|i| i.indicators[0].id = id.to_owned()).unwrap_err();
            assert_eq!(
                err,
                format!(
                    "indicator id `{id}` must be lowercase words joined by dots (`core.carbon-per-energy`)"
                )
            );
        }
        let err = described(|i| i.indicators.push(i.indicators[0].clone())).unwrap_err();
        assert_eq!(err, "indicator `core.carbon-per-energy` is declared twice");
    }

    #[test]
    fn indicator_units_are_printable() {
        let err = described(|i| i.indicators[0].unit = "t\u{7}".to_owned()).unwrap_err();
        assert!(
            err.starts_with("indicator `core.carbon-per-energy` has unit `t\\u{7}`"),
            "{err}"
        );
        let err = described(|i| i.indicators[0].unit = "t\n".to_owned()).unwrap_err();
        assert_eq!(
            err,
            "indicator `core.carbon-per-energy` has unit `t\\n`, which is not printable text (leave it empty for yes/no)"
        );
        assert!(described(|i| i.indicators[0].unit = " t".to_owned()).is_err());
    }

    #[test]
    fn declared_thresholds_are_finite_and_in_order() {
        let with = |threshold: Threshold| {
            described(move |i| i.indicators[0].thresholds[0].threshold = threshold).unwrap_err()
        };
        assert_eq!(
            with(Threshold::AtMost(f64::NAN)),
            "indicator `core.carbon-per-energy` has a threshold bound `NaN`, not a finite number"
        );
        assert_eq!(
            with(Threshold::Within(0.6, 0.4)),
            "indicator `core.carbon-per-energy` has a threshold within `[0.6, 0.4]`, whose minimum is above its maximum"
        );
    }

    #[test]
    fn weights_are_finite_and_not_negative() {
        for (weight, shown) in [(-1.0, "-1"), (f64::INFINITY, "inf")] {
            let err = described(|i| i.indicators[0].weight = Some(weight)).unwrap_err();
            assert_eq!(
                err,
                format!(
                    "indicator `core.carbon-per-energy` has weight `{shown}`, which must be a finite number ≥ 0"
                )
            );
        }
        described(|i| i.indicators[0].weight = Some(0.0)).unwrap();
    }

    #[test]
    fn tiers_are_unique_with_finite_scores() {
        let err = described(|i| i.tiers.push(i.tiers[0].clone())).unwrap_err();
        assert_eq!(err, "tier `gold` is declared twice");
        let err = described(|i| i.tiers[0].min_score = f64::NAN).unwrap_err();
        assert_eq!(
            err,
            "tier `gold` has minimum score `NaN`, not a finite number"
        );
        let err = described(|i| i.tiers[0].id = "Gold".to_owned()).unwrap_err();
        assert_eq!(
            err,
            "tier id `Gold` must be lowercase letters, digits and hyphens"
        );
        let err = described(|i| i.max_score = Some(f64::NEG_INFINITY)).unwrap_err();
        assert_eq!(
            err,
            "`max-score` is `-inf`, which must be a finite number ≥ 0"
        );
    }

    #[test]
    fn a_description_larger_than_the_result_cap_is_refused() {
        let mut info = info(&[]);
        info.title.en = "x".repeat(2000);
        let err = standard_info(&info, 1000).unwrap_err();
        assert!(
            err.starts_with("the description is ")
                && err.ends_with(" bytes, over the limit of 1000 bytes on what a plugin returns"),
            "{err}"
        );
        standard_info(&info, 4 << 20).unwrap();
    }
}
