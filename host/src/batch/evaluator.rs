//! What the batch pipeline asks of an evaluator: one parsed park in, one
//! result per standard out. The sandboxed runtime is one
//! ([`super::Sandboxed`]); a benchmark can plug in the same rules compiled
//! natively and run the very same pipeline around them.

use std::sync::Arc;

use zcp_park::{Dictionary, Park};

use crate::model::{Outcome, Verdict};

/// One park's result under one standard: one output line.
#[derive(Debug, Clone, PartialEq)]
pub struct StandardResult {
    /// The standard, `id@version`.
    pub standard: String,
    /// Its verdict (`incomplete` when it could not be evaluated).
    pub verdict: Verdict,
    /// Tier, for a tiered standard.
    pub tier: Option<String>,
    /// Total score, for a scored standard.
    pub score: Option<f64>,
    /// The highest total score the standard declares.
    pub max_score: Option<f64>,
    /// Each indicator's outcome and value, a layered standard's base
    /// indicators included, in the order the standard returned them.
    pub indicators: Vec<IndicatorCell>,
    /// Why the standard gave no evaluation (a blown limit, a crash, a data
    /// error it reported, a base that failed).
    pub error: Option<String>,
}

/// One indicator of a result: its outcome and value.
#[derive(Debug, Clone, PartialEq, serde::Serialize, schemars::JsonSchema)]
pub struct IndicatorCell {
    /// Indicator id.
    #[serde(skip)]
    pub id: String,
    /// Pass, fail, not applicable, insufficient data.
    pub outcome: Outcome,
    /// Its value, unrounded.
    pub value: Option<f64>,
}

/// One park under every standard of the batch.
#[derive(Debug, Clone, PartialEq)]
pub struct ParkResult {
    /// The assessment year.
    pub year: i32,
    /// One result per standard, in [`ParkEvaluator::standards`] order.
    pub standards: Vec<StandardResult>,
}

/// Evaluates parks against a fixed list of standards, from many threads
/// at once.
pub trait ParkEvaluator: Sync {
    /// The standards' labels (`id@version`), in output order.
    fn standards(&self) -> Vec<String>;

    /// Every indicator id any standard declares (bases included), in a
    /// stable order: the CSV columns.
    fn indicator_ids(&self) -> Vec<String>;

    /// One park, already parsed, under every standard. `Err` when the park
    /// cannot be assessed at all (no data for the assessment year): one
    /// error line for the park.
    fn evaluate(&self, park: Arc<Park>) -> Result<ParkResult, String>;

    /// The dictionary park files are checked against.
    fn dictionary(&self) -> &Arc<Dictionary>;

    /// How many parks it can evaluate at once; more jobs are not started.
    fn max_jobs(&self) -> usize {
        usize::MAX
    }
}
