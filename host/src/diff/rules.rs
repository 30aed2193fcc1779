//! Two standards as they describe themselves (`zcp diff --rules-only -s A
//! -s B`): their metadata, indicators with each banded threshold,
//! parameters, data requirements, tiers and the keys they define.

use serde::Serialize;

use super::{Changes, Compared, Pair};
use crate::model::{
    BandedThreshold, DataRequirement, DefinedKind, Indicator, IndicatorKind, KeyDefinition,
    Parameter, ParameterValues, StandardInfo, Status, Text, Threshold, Tier,
};
use crate::runtime::Plugin;

/// A field of the standard's metadata that differs.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "field", rename_all = "kebab-case")]
pub enum FieldChange {
    /// Life-cycle status.
    Status(Pair<Status>),
    /// ISO date from which it applies.
    Effective(Pair<Option<String>>),
    /// Base standard requirement.
    Extends(Pair<Option<String>>),
    /// ISO 3166-2 code.
    Jurisdiction(Pair<String>),
    /// Highest total score.
    MaxScore(Pair<Option<f64>>),
    /// Name.
    Title(Pair<Text>),
    /// Issuing bodies.
    Issuer(Pair<Text>),
    /// Official document.
    Source(Pair<Text>),
}

/// A threshold both declare for the same band (`applies_when`), different.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BandChange {
    /// The band or stage, in words.
    pub applies_when: Text,
    /// A's threshold in that band.
    pub a: Threshold,
    /// B's threshold in that band.
    pub b: Threshold,
}

/// An indicator both declare with a different kind, unit, weight or
/// thresholds: kind, unit and weight are given for both (compare `a` and
/// `b`), the thresholds as the bands that differ.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorChange {
    /// The shared id.
    pub id: String,
    /// Its name in B.
    pub title: Text,
    /// Its role in the verdict.
    pub kind: Pair<IndicatorKind>,
    /// Unit of its value and thresholds.
    pub unit: Pair<String>,
    /// Its weight in the total score.
    pub weight: Pair<Option<f64>>,
    /// Its banded thresholds, matched by band.
    pub thresholds: Changes<BandedThreshold, BandChange>,
}

impl IndicatorChange {
    /// Whether anything differs.
    pub fn is_empty(&self) -> bool {
        self.kind.a == self.kind.b
            && self.unit.a == self.unit.b
            && self.weight.a == self.weight.b
            && self.thresholds.is_empty()
    }
}

/// A parameter both declare, with what differs (`null`: the same).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ParameterChange {
    /// Its name.
    pub name: String,
    /// Value when not given.
    pub default_value: Option<Pair<String>>,
    /// The values it accepts.
    pub values: Option<Pair<ParameterValues>>,
    /// Whether the default is a project convention.
    pub provisional: Option<Pair<bool>>,
}

/// A data key both read, with what differs (`null`: the same).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RequirementChange {
    /// Data dictionary key.
    pub key: String,
    /// Unit it is read in.
    pub unit: Option<Pair<String>>,
    /// Whether its absence leaves the evaluation incomplete.
    pub required: Option<Pair<bool>>,
}

/// A tier both declare, with what differs (`null`: the same).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TierChange {
    /// Its id.
    pub id: String,
    /// Name.
    pub title: Option<Pair<Text>>,
    /// Total score from which it applies.
    pub min_score: Option<Pair<f64>>,
}

/// A key both define, with what differs (`null`: the same).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DefinitionChange {
    /// The key pattern.
    pub key: String,
    /// What it holds.
    pub kind: Option<Pair<DefinedKind>>,
    /// One value per year, or a profile fact.
    pub yearly: Option<Pair<bool>>,
}

/// What differs between two standards' descriptions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RulesDiff {
    /// The first standard.
    pub a: Compared,
    /// The second standard.
    pub b: Compared,
    /// How many differences ([`RulesDiff::count`]): 0 when none.
    pub differences: usize,
    /// Metadata that differs.
    pub fields: Vec<FieldChange>,
    /// Indicators, by id.
    pub indicators: Changes<Indicator, IndicatorChange>,
    /// Parameters, by name.
    pub parameters: Changes<Parameter, ParameterChange>,
    /// Data requirements, by key.
    pub requires: Changes<DataRequirement, RequirementChange>,
    /// Tiers, by id.
    pub tiers: Changes<Tier, TierChange>,
    /// Keys the standards define, by key.
    pub defines: Changes<KeyDefinition, DefinitionChange>,
}

impl RulesDiff {
    /// How many differences: each field and each item of each list.
    pub fn count(&self) -> usize {
        self.fields.len()
            + self.indicators.len()
            + self.parameters.len()
            + self.requires.len()
            + self.tiers.len()
            + self.defines.len()
    }

    /// Nothing differs.
    pub fn is_empty(&self) -> bool {
        self.count() == 0
    }
}

/// Compare what two standards declare.
pub fn compare_rules(a: &Plugin, b: &Plugin) -> RulesDiff {
    let (x, y) = (&a.info, &b.info);
    let mut diff = RulesDiff {
        a: super::Compared::of_plugin(a),
        b: super::Compared::of_plugin(b),
        differences: 0,
        fields: fields(x, y),
        indicators: by_key(
            &x.indicators,
            &y.indicators,
            |i| i.id.as_str(),
            indicator_change,
        ),
        parameters: by_key(
            &x.parameters,
            &y.parameters,
            |p| p.name.as_str(),
            |a, b| {
                let change = ParameterChange {
                    name: a.name.clone(),
                    default_value: Pair::differing(
                        a.default_value.clone(),
                        b.default_value.clone(),
                    ),
                    values: Pair::differing(a.values.clone(), b.values.clone()),
                    provisional: Pair::differing(a.provisional, b.provisional),
                };
                (change.default_value.is_some()
                    || change.values.is_some()
                    || change.provisional.is_some())
                .then_some(change)
            },
        ),
        requires: by_key(
            &x.requires,
            &y.requires,
            |r| r.key.as_str(),
            |a, b| {
                let change = RequirementChange {
                    key: a.key.clone(),
                    unit: Pair::differing(a.unit.clone(), b.unit.clone()),
                    required: Pair::differing(a.required, b.required),
                };
                (change.unit.is_some() || change.required.is_some()).then_some(change)
            },
        ),
        tiers: by_key(
            &x.tiers,
            &y.tiers,
            |t| t.id.as_str(),
            |a, b| {
                let change = TierChange {
                    id: a.id.clone(),
                    title: Pair::differing(a.title.clone(), b.title.clone()),
                    min_score: Pair::differing(a.min_score, b.min_score),
                };
                (change.title.is_some() || change.min_score.is_some()).then_some(change)
            },
        ),
        defines: by_key(
            &x.defines,
            &y.defines,
            |d| d.key.as_str(),
            |a, b| {
                let change = DefinitionChange {
                    key: a.key.clone(),
                    kind: Pair::differing(a.kind.clone(), b.kind.clone()),
                    yearly: Pair::differing(a.yearly, b.yearly),
                };
                (change.kind.is_some() || change.yearly.is_some()).then_some(change)
            },
        ),
    };
    diff.differences = diff.count();
    diff
}

fn fields(a: &StandardInfo, b: &StandardInfo) -> Vec<FieldChange> {
    [
        Pair::differing(a.status, b.status).map(FieldChange::Status),
        Pair::differing(
            a.effective.map(|d| d.to_string()),
            b.effective.map(|d| d.to_string()),
        )
        .map(FieldChange::Effective),
        Pair::differing(a.extends.clone(), b.extends.clone()).map(FieldChange::Extends),
        Pair::differing(a.jurisdiction.clone(), b.jurisdiction.clone())
            .map(FieldChange::Jurisdiction),
        Pair::differing(a.max_score, b.max_score).map(FieldChange::MaxScore),
        Pair::differing(a.title.clone(), b.title.clone()).map(FieldChange::Title),
        Pair::differing(a.issuer.clone(), b.issuer.clone()).map(FieldChange::Issuer),
        Pair::differing(a.source.clone(), b.source.clone()).map(FieldChange::Source),
    ]
    .into_iter()
    .flatten()
    .collect()
}

fn indicator_change(a: &Indicator, b: &Indicator) -> Option<IndicatorChange> {
    let change = IndicatorChange {
        id: a.id.clone(),
        title: b.title.clone(),
        kind: Pair {
            a: a.kind,
            b: b.kind,
        },
        unit: Pair {
            a: a.unit.clone(),
            b: b.unit.clone(),
        },
        weight: Pair {
            a: a.weight,
            b: b.weight,
        },
        thresholds: bands(&a.thresholds, &b.thresholds),
    };
    (!change.is_empty()).then_some(change)
}

/// Bands matched by their condition, in order (a condition declared twice
/// is matched with its first unmatched namesake).
fn bands(a: &[BandedThreshold], b: &[BandedThreshold]) -> Changes<BandedThreshold, BandChange> {
    let mut unmatched: Vec<&BandedThreshold> = b.iter().collect();
    let mut changes = Changes::default();
    for band in a {
        match unmatched
            .iter()
            .position(|other| other.applies_when == band.applies_when)
        {
            Some(index) => {
                let other = unmatched.remove(index);
                if other.threshold != band.threshold {
                    changes.changed.push(BandChange {
                        applies_when: band.applies_when.clone(),
                        a: band.threshold.clone(),
                        b: other.threshold.clone(),
                    });
                }
            }
            None => changes.only_in_a.push(band.clone()),
        }
    }
    changes.only_in_b = unmatched.into_iter().cloned().collect();
    changes
}

/// Items matched by a key, in A's order then B's: those only in one, and
/// those `change` finds different.
fn by_key<T: Clone, C>(
    a: &[T],
    b: &[T],
    key: impl Fn(&T) -> &str,
    change: impl Fn(&T, &T) -> Option<C>,
) -> Changes<T, C> {
    let find = |list: &[T], k: &str| list.iter().find(|x| key(x) == k).cloned();
    let mut changes = Changes::default();
    for x in a {
        match find(b, key(x)) {
            Some(y) => changes.changed.extend(change(x, &y)),
            None => changes.only_in_a.push(x.clone()),
        }
    }
    changes.only_in_b = b
        .iter()
        .filter(|y| find(a, key(y)).is_none())
        .cloned()
        .collect();
    changes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Text {
        Text {
            zh: s.to_owned(),
            en: s.to_owned(),
        }
    }

    fn band(when: &str, at_most: f64) -> BandedThreshold {
        BandedThreshold {
            applies_when: text(when),
            threshold: Threshold::AtMost(at_most),
        }
    }

    #[test]
    fn bands_are_matched_by_their_condition() {
        let a = [band("E ≥ 1e6", 0.3), band("E < 2e5", 0.2), band("x", 1.0)];
        let b = [
            band("x", 1.0),
            band("E ≥ 1e6", 0.25),
            band("E < 2e5, small", 0.2),
        ];
        let changes = bands(&a, &b);
        assert_eq!(
            changes.changed,
            [BandChange {
                applies_when: text("E ≥ 1e6"),
                a: Threshold::AtMost(0.3),
                b: Threshold::AtMost(0.25),
            }]
        );
        assert_eq!(changes.only_in_a, [band("E < 2e5", 0.2)]);
        assert_eq!(changes.only_in_b, [band("E < 2e5, small", 0.2)]);
        assert!(bands(&a, &a).is_empty());
    }

    #[test]
    fn items_are_matched_by_key_and_only_changes_are_kept() {
        let a = [("a", 1), ("b", 1), ("c", 1)];
        let b = [("c", 2), ("b", 1), ("d", 1)];
        let changes = by_key(
            &a,
            &b,
            |x| x.0,
            |x, y| (x.1 != y.1).then(|| format!("{}: {} → {}", x.0, x.1, y.1)),
        );
        assert_eq!(changes.only_in_a, [("a", 1)]);
        assert_eq!(changes.only_in_b, [("d", 1)]);
        assert_eq!(changes.changed, ["c: 1 → 2"]);
    }
}
