//! The host's own model of standards and evaluations.
//!
//! Each supported WIT version has a binding module (`bindings`) converted
//! into these types, so reports, diffs and receipts are written once.

use serde::Serialize;
pub use zcp_park::Text;

/// The outcome of one indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// The threshold is met.
    Pass,
    /// The threshold is missed.
    Fail,
    /// The indicator does not apply to this park.
    NotApplicable,
    /// Data needed for the indicator is absent.
    InsufficientData,
}

impl Outcome {
    /// Its name in the contract: `pass`, `insufficient-data`.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Pass => "pass",
            Outcome::Fail => "fail",
            Outcome::NotApplicable => "not-applicable",
            Outcome::InsufficientData => "insufficient-data",
        }
    }
}

/// What role an indicator plays in the verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum IndicatorKind {
    /// A precondition.
    Eligibility,
    /// A veto indicator.
    Core,
    /// Reported, never changes the verdict.
    Guiding,
    /// Contributes to a score.
    Scored,
    /// Context only.
    Informative,
}

impl IndicatorKind {
    /// Its name in the contract: `eligibility`, `core`.
    pub fn as_str(self) -> &'static str {
        match self {
            IndicatorKind::Eligibility => "eligibility",
            IndicatorKind::Core => "core",
            IndicatorKind::Guiding => "guiding",
            IndicatorKind::Scored => "scored",
            IndicatorKind::Informative => "informative",
        }
    }
}

/// The overall result of a standard for one park and year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// Every deciding indicator passes.
    Qualified,
    /// A deciding indicator fails.
    NotQualified,
    /// Deciding data is missing, or the standard could not be evaluated.
    Incomplete,
    /// The standard does not apply to this park (its size floor, a park
    /// type it does not cover); not a failure. WIT 1.1.0 and later.
    NotApplicable,
    /// The standard assesses without a gate (reference values, a score
    /// with no pass mark); not a failure. WIT 1.1.0 and later.
    Assessed,
}

impl Verdict {
    /// Its name in the contract: `qualified`, `not-qualified`.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Qualified => "qualified",
            Verdict::NotQualified => "not-qualified",
            Verdict::Incomplete => "incomplete",
            Verdict::NotApplicable => "not-applicable",
            Verdict::Assessed => "assessed",
        }
    }

    /// Whether `zcp evaluate` counts it as a success (exit 0): qualified, or
    /// a verdict that is not a judgement on the park (`not-applicable`,
    /// `assessed`).
    pub fn is_success(self) -> bool {
        matches!(
            self,
            Verdict::Qualified | Verdict::NotApplicable | Verdict::Assessed
        )
    }
}

/// Where a standard version is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Not yet adopted; illustrative.
    Draft,
    /// In force on trial (试行).
    Trial,
    /// In force.
    InForce,
    /// Replaced by a newer version.
    Superseded,
    /// Withdrawn: refused by the host.
    Withdrawn,
}

/// A threshold as declared by a standard.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Threshold {
    /// The value must not exceed this (`null` when not finite).
    AtMost(#[schemars(with = "Option<f64>")] f64),
    /// The value must reach this (`null` when not finite).
    AtLeast(#[schemars(with = "Option<f64>")] f64),
    /// The value must lie in this inclusive range (`null` when not finite).
    Within(
        #[schemars(with = "Option<f64>")] f64,
        #[schemars(with = "Option<f64>")] f64,
    ),
    /// A condition stated in words.
    Qualitative(Text),
    /// No threshold.
    Unbounded,
}

/// A threshold with the condition under which it applies.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct BandedThreshold {
    /// The band or stage, in words.
    pub applies_when: Text,
    /// The threshold in that band.
    pub threshold: Threshold,
}

/// An indicator a standard declares.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Indicator {
    /// Shared id, e.g. `core.carbon-per-energy`.
    pub id: String,
    /// Name.
    pub title: Text,
    /// Role in the verdict.
    pub kind: IndicatorKind,
    /// Unit of the value.
    pub unit: String,
    /// Declared thresholds, one per band or stage.
    pub thresholds: Vec<BandedThreshold>,
    /// What it measures.
    pub description: Text,
    /// The group it is listed under, when the standard groups them.
    pub group: Option<Text>,
    /// Its weight in the total score, for a scored indicator.
    pub weight: Option<f64>,
}

/// A data key a standard reads.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct DataRequirement {
    /// Data dictionary key.
    pub key: String,
    /// Unit the standard wants (empty for text and flags).
    pub unit: String,
    /// Whether its absence leaves the evaluation incomplete.
    pub required: bool,
    /// What it is used for.
    pub description: Text,
}

/// A parameter of a standard.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Parameter {
    /// Name used with `--param ID:NAME=VALUE`.
    pub name: String,
    /// What it changes.
    pub description: Text,
    /// Value when not given.
    pub default_value: String,
    /// The values it accepts.
    pub values: ParameterValues,
    /// The default is a project convention, not an official value.
    pub provisional: bool,
}

/// The values a parameter accepts.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ParameterValues {
    /// Any string; the standard checks it.
    Any,
    /// One of these words.
    OneOf(Vec<String>),
    /// A finite number in this range; an absent end is unbounded.
    Number {
        /// The lower end.
        min: Option<Bound>,
        /// The upper end.
        max: Option<Bound>,
    },
}

/// One end of a range of numbers.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Bound {
    /// The limit.
    pub value: f64,
    /// Whether the limit itself is accepted.
    pub inclusive: bool,
}

impl ParameterValues {
    /// Why `value` is refused, or `None` when it is accepted.
    pub fn refuse(&self, value: &str) -> Option<String> {
        match self {
            ParameterValues::Any => None,
            ParameterValues::OneOf(words) if words.iter().any(|w| w == value) => None,
            ParameterValues::OneOf(words) => Some(format!("allowed: {}", words.join(", "))),
            ParameterValues::Number { min, max } => {
                let number = value.trim().parse::<f64>().ok().filter(|v| v.is_finite());
                let inside = number.is_some_and(|v| {
                    min.is_none_or(|b| {
                        if b.inclusive {
                            v >= b.value
                        } else {
                            v > b.value
                        }
                    }) && max.is_none_or(|b| {
                        if b.inclusive {
                            v <= b.value
                        } else {
                            v < b.value
                        }
                    })
                });
                (!inside).then(|| format!("expected a number {}", self.describe()))
            }
        }
    }

    /// The accepted values in words: `a, b`, `in [0.4, 0.6]`, `> 0`, `any`.
    pub fn describe(&self) -> String {
        match self {
            ParameterValues::Any => "any".to_owned(),
            ParameterValues::OneOf(words) => words.join(", "),
            ParameterValues::Number { min, max } => match (min, max) {
                (Some(min), Some(max)) => format!(
                    "in {}{}, {}{}",
                    if min.inclusive { '[' } else { '(' },
                    min.value,
                    max.value,
                    if max.inclusive { ']' } else { ')' },
                ),
                (Some(min), None) => {
                    format!("{} {}", if min.inclusive { "≥" } else { ">" }, min.value)
                }
                (None, Some(max)) => {
                    format!("{} {}", if max.inclusive { "≤" } else { "<" }, max.value)
                }
                (None, None) => "of any value".to_owned(),
            },
        }
    }
}

/// What kind of value a key a standard defines holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum DefinedKind {
    /// A number with a unit of one dimension.
    Quantity {
        /// A dimension of the unit table (`energy`, `currency`, …).
        dimension: String,
        /// Whether it may be negative.
        negative_allowed: bool,
    },
    /// A string, from `values` when not empty.
    Text {
        /// Allowed values; empty when any.
        values: Vec<String>,
    },
    /// A yes/no fact.
    Flag,
}

/// A data key a standard defines in its own namespace (`x-<id>.…`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct KeyDefinition {
    /// The key pattern, as in the shared dictionary.
    pub key: String,
    /// What it holds.
    pub kind: DefinedKind,
    /// `true`: one value per year; `false`: a profile fact.
    pub yearly: bool,
    /// What it is.
    pub description: Text,
}

/// A tier of a scored standard.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Tier {
    /// Id reported as the evaluation's tier.
    pub id: String,
    /// Name.
    pub title: Text,
    /// Total score from which it applies.
    pub min_score: f64,
}

/// A standard version's self-description.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct StandardInfo {
    /// Id, e.g. `cn-zcp`.
    pub id: String,
    /// Version.
    #[schemars(with = "String")]
    pub version: semver::Version,
    /// Name.
    pub title: Text,
    /// Issuing bodies.
    pub issuer: Text,
    /// Official document.
    pub source: Text,
    /// ISO 3166-2 code.
    pub jurisdiction: String,
    /// Life-cycle status.
    pub status: Status,
    /// The day from which it applies (`YYYY-MM-DD`; a plugin giving
    /// anything else is refused at load): `--as-of` picks by it.
    #[schemars(with = "Option<String>")]
    pub effective: Option<jiff::civil::Date>,
    /// Base standard requirement.
    pub extends: Option<String>,
    /// Indicators.
    pub indicators: Vec<Indicator>,
    /// Data read.
    pub requires: Vec<DataRequirement>,
    /// Parameters.
    pub parameters: Vec<Parameter>,
    /// Data keys it adds to the run's dictionary.
    pub defines: Vec<KeyDefinition>,
    /// Tiers, for a scored standard.
    pub tiers: Vec<Tier>,
    /// Highest total score, for a scored standard.
    pub max_score: Option<f64>,
}

impl StandardInfo {
    /// `id@version`.
    pub fn label(&self) -> String {
        format!("{}@{}", self.id, self.version)
    }

    /// The declared indicator with this id.
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    /// The declared kind of an indicator; an undeclared id is informative,
    /// so that it never decides a verdict.
    pub fn kind_of(&self, id: &str) -> IndicatorKind {
        self.indicator(id)
            .map_or(IndicatorKind::Informative, |i| i.kind)
    }
}

/// The result of one indicator.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct IndicatorResult {
    /// Indicator id.
    pub id: String,
    /// Its kind, as the standard that returned it declares it.
    pub kind: IndicatorKind,
    /// Pass, fail, not applicable, insufficient data.
    pub outcome: Outcome,
    /// Full, unrounded value.
    pub value: Option<f64>,
    /// Unit of the value.
    pub unit: String,
    /// The threshold that applied.
    pub threshold: Threshold,
    /// The band or stage that applied.
    pub band: Option<Text>,
    /// Score, for scored indicators.
    pub score: Option<f64>,
    /// The arithmetic.
    pub explanation: Text,
    /// Data keys used.
    pub used: Vec<String>,
    /// Data keys needed and absent.
    pub missing: Vec<String>,
}

/// A choice an evaluation rests on.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Assumption {
    /// Parameter or constant name.
    pub name: String,
    /// Its value.
    pub value: String,
    /// Not from an official text.
    pub provisional: bool,
    /// What it is.
    pub description: Text,
}

/// What a standard returned for one park and year.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Evaluation {
    /// Overall verdict.
    pub verdict: Verdict,
    /// Why the verdict, in one line.
    pub summary: Option<Text>,
    /// Tier, for tiered standards.
    pub tier: Option<String>,
    /// Total score, for scored standards.
    pub score: Option<f64>,
    /// One result per indicator.
    pub results: Vec<IndicatorResult>,
    /// Parameters and constants applied.
    pub assumptions: Vec<Assumption>,
    /// Remarks.
    pub notes: Vec<Text>,
}

/// An error a standard returned (not a trap): its verdict on its inputs.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema, thiserror::Error)]
#[serde(tag = "kind", content = "message", rename_all = "kebab-case")]
pub enum StandardError {
    /// The park data cannot be evaluated by this standard.
    #[error("invalid data: {0}")]
    InvalidData(String),
    /// A parameter is unknown or not allowed.
    #[error("invalid parameter: {0}")]
    InvalidParameter(String),
    /// A bug in the standard.
    #[error("internal error in the standard: {0}")]
    Internal(String),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_ranges_refuse_what_lies_outside_them_and_say_so() {
        let end = |value, inclusive| Some(Bound { value, inclusive });
        let positive = ParameterValues::Number {
            min: end(0.0, false),
            max: None,
        };
        assert_eq!(
            positive.refuse("0").as_deref(),
            Some("expected a number > 0")
        );
        assert_eq!(positive.refuse("1e-300"), None);
        assert!(positive.refuse("NaN").is_some() && positive.refuse("inf").is_some());
        let regional = ParameterValues::Number {
            min: end(0.4, true),
            max: end(0.6, true),
        };
        assert_eq!(regional.refuse("0.4"), None);
        assert_eq!(regional.refuse(" 0.6 "), None);
        assert_eq!(
            regional.refuse("0.7").as_deref(),
            Some("expected a number in [0.4, 0.6]")
        );
        let half_open = ParameterValues::Number {
            min: end(0.0, false),
            max: end(1.0, true),
        };
        assert_eq!(half_open.describe(), "in (0, 1]");
        let words = ParameterValues::OneOf(vec!["a".into(), "b".into()]);
        assert_eq!(words.refuse("c").as_deref(), Some("allowed: a, b"));
        assert_eq!(ParameterValues::Any.refuse("anything"), None);
    }
}
