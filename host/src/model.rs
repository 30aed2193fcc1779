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
    /// Allowed values; empty when free.
    pub allowed: Vec<String>,
    /// The default is a project convention, not an official value.
    pub provisional: bool,
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
    /// ISO date from which it applies.
    pub effective: Option<String>,
    /// Base standard requirement.
    pub extends: Option<String>,
    /// Indicators.
    pub indicators: Vec<Indicator>,
    /// Data read.
    pub requires: Vec<DataRequirement>,
    /// Parameters.
    pub parameters: Vec<Parameter>,
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
}

/// The result of one indicator.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct IndicatorResult {
    /// Indicator id.
    pub id: String,
    /// Pass, fail, not applicable, insufficient data.
    pub outcome: Outcome,
    /// Full, unrounded value.
    pub value: Option<f64>,
    /// Unit of the value.
    pub unit: String,
    /// The threshold that applied.
    pub threshold: Threshold,
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
