//! Two standards on one park (`zcp diff PARK -s A -s B`): the verdicts,
//! then, by shared indicator id, each outcome that flipped with its cause,
//! each threshold, value, kind and score that differs, the indicators only
//! one standard has, and the assumptions each result rests on.

use std::path::PathBuf;

use serde::Serialize;

use super::assumptions::{Assumed, AssumptionChange, compare_assumptions};
use super::{Changes, Compared, same_value};
use crate::chain::ParamArg;
use crate::model::{IndicatorKind, IndicatorResult, Outcome, Text, Threshold, Verdict};
use crate::record::{ParkInfo, Report, StandardRun};

/// Why a run cannot be compared.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DiffError {
    /// The report is not of one park.
    #[error("a diff compares one park, the report holds {0}")]
    Parks(usize),
    /// The park file could not be evaluated.
    #[error("`{file}` cannot be evaluated: {}", errors.join("; "))]
    Park {
        /// The park file.
        file: PathBuf,
        /// Every error in it.
        errors: Vec<String>,
    },
    /// The report does not hold two runs.
    #[error("a diff compares two standards, the report holds {0} runs")]
    Runs(usize),
    /// A run names a standard the report does not describe.
    #[error("the report does not describe `{0}`")]
    Unknown(String),
}

/// One indicator as one standard returned it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Side {
    /// The standard (`id@version`) whose layer returned it: a base's for a
    /// result a derived standard took over.
    pub layer: String,
    /// Its name in that standard.
    pub title: Option<Text>,
    /// Its role in that standard's verdict.
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
    /// Score, for a scored indicator.
    pub score: Option<f64>,
    /// Data keys needed and absent.
    pub missing: Vec<String>,
}

/// An indicator both standards returned.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Both {
    /// The shared indicator id.
    pub id: String,
    /// As A returned it.
    pub a: Side,
    /// As B returned it.
    pub b: Side,
}

/// An indicator one standard returned.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Single {
    /// The indicator id.
    pub id: String,
    /// As that standard returned it.
    pub result: Side,
}

/// What made an outcome flip.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cause {
    /// The value differs; the threshold is the same.
    Value,
    /// The threshold differs; the value is the same.
    Threshold,
    /// Both differ.
    ValueAndThreshold,
    /// Data is missing for one of them (`insufficient-data`).
    DataMissing,
    /// The indicator does not apply in one of them.
    NotApplicable,
    /// The same value against the same threshold, judged differently.
    Judgement,
}

/// An outcome that differs between the standards.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Flip {
    /// The shared indicator id.
    pub id: String,
    /// What made it flip; the values and thresholds are in `a` and `b`.
    pub cause: Cause,
    /// As A returned it.
    pub a: Side,
    /// As B returned it.
    pub b: Side,
}

/// A standard's overall result on the park.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RunSummary {
    /// The verdict (`incomplete` when there is no evaluation).
    pub verdict: Verdict,
    /// Tier, for a tiered standard.
    pub tier: Option<String>,
    /// Total score, for a scored standard.
    pub score: Option<f64>,
    /// The standard's own one-line reason.
    pub summary: Option<Text>,
    /// Why there is no evaluation.
    pub error: Option<String>,
}

/// A deciding indicator (eligibility or core, in either standard) whose
/// outcome differs, or that only one standard has.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Deciding {
    /// The indicator id.
    pub id: String,
    /// Its deciding kind (A's when it decides in A, else B's).
    pub kind: IndicatorKind,
    /// Its outcome in A, when A has it.
    pub a: Option<Outcome>,
    /// Its outcome in B, when B has it.
    pub b: Option<Outcome>,
}

/// The verdicts, tiers and scores, with what explains a change.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VerdictDiff {
    /// A's result.
    pub a: RunSummary,
    /// B's result.
    pub b: RunSummary,
    /// The deciding indicators whose outcome differs: the reason of a
    /// verdict change.
    pub deciding: Vec<Deciding>,
    /// The indicators whose score differs: the reason of a score change.
    pub scored: Vec<String>,
}

impl VerdictDiff {
    /// The verdicts differ.
    pub fn verdict_changed(&self) -> bool {
        self.a.verdict != self.b.verdict
    }

    /// The tiers differ.
    pub fn tier_changed(&self) -> bool {
        self.a.tier != self.b.tier
    }

    /// The total scores differ.
    pub fn score_changed(&self) -> bool {
        !same_value(self.a.score, self.b.score)
    }

    /// Why a run could not be evaluated differs.
    pub fn error_changed(&self) -> bool {
        self.a.error != self.b.error
    }
}

/// What differs between two standards' results on one park.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ParkDiff {
    /// The first standard.
    pub a: Compared,
    /// The second standard.
    pub b: Compared,
    /// How many differences ([`ParkDiff::count`]): 0 when none.
    pub differences: usize,
    /// The park file.
    pub file: PathBuf,
    /// The park.
    pub park: ParkInfo,
    /// Assessment year.
    pub year: Option<i32>,
    /// Parameters given.
    pub parameters: Vec<ParamArg>,
    /// Verdicts, tiers and scores.
    pub verdict: VerdictDiff,
    /// Outcomes that differ, each with its cause.
    pub flipped: Vec<Flip>,
    /// Indicators with a different threshold or band applied.
    pub thresholds: Vec<Both>,
    /// Indicators with a different value (the same quantity computed
    /// differently, or data one lacks).
    pub values: Vec<Both>,
    /// Indicators only A returned.
    pub only_in_a: Vec<Single>,
    /// Indicators only B returned.
    pub only_in_b: Vec<Single>,
    /// Indicators with a different role in the verdict.
    pub kinds: Vec<Both>,
    /// Indicators with a different score.
    pub scores: Vec<Both>,
    /// Assumptions (parameters and constants applied) only one result
    /// rests on, or with a different value or provisional flag.
    pub assumptions: Changes<Assumed, AssumptionChange>,
}

impl ParkDiff {
    /// How many differences: the verdict, tier, score and error each
    /// count once, then each item of each list.
    pub fn count(&self) -> usize {
        let v = &self.verdict;
        [
            v.verdict_changed(),
            v.tier_changed(),
            v.score_changed(),
            v.error_changed(),
        ]
        .into_iter()
        .filter(|c| *c)
        .count()
            + self.flipped.len()
            + self.thresholds.len()
            + self.values.len()
            + self.only_in_a.len()
            + self.only_in_b.len()
            + self.kinds.len()
            + self.scores.len()
            + self.assumptions.len()
    }

    /// Nothing differs.
    pub fn is_empty(&self) -> bool {
        self.count() == 0
    }
}

/// Compare the two runs of a report of one park (`zcp::run` with two
/// standards): a layered standard's results are its layered results,
/// each attributed to its layer.
pub fn compare_park(report: &Report) -> Result<ParkDiff, DiffError> {
    let [section] = report.parks.as_slice() else {
        return Err(DiffError::Parks(report.parks.len()));
    };
    let park = match &section.park {
        Some(park) if section.errors.is_empty() => park.clone(),
        _ => {
            return Err(DiffError::Park {
                file: section.file.clone(),
                errors: section.errors.clone(),
            });
        }
    };
    let [run_a, run_b] = section.runs.as_slice() else {
        return Err(DiffError::Runs(section.runs.len()));
    };
    let compared = |run: &StandardRun| {
        report
            .standards
            .iter()
            .find(|s| s.label == run.standard)
            .map(Compared::of_ref)
            .ok_or_else(|| DiffError::Unknown(run.standard.clone()))
    };
    let side = |layer: &str, result: &IndicatorResult| Side {
        layer: layer.to_owned(),
        title: report
            .standards
            .iter()
            .find(|s| s.label == layer)
            .and_then(|s| s.indicators.get(&result.id))
            .map(|i| i.title.clone()),
        kind: result.kind,
        outcome: result.outcome,
        value: result.value,
        unit: result.unit.clone(),
        threshold: result.threshold.clone(),
        band: result.band.clone(),
        score: result.score,
        missing: result.missing.clone(),
    };
    let sides = |run: &StandardRun| -> Vec<(String, Side)> {
        run.layered_results()
            .into_iter()
            .map(|(layer, r)| (r.id.clone(), side(layer, r)))
            .collect()
    };
    let (results_a, results_b) = (sides(run_a), sides(run_b));
    let mut diff = ParkDiff {
        a: compared(run_a)?,
        b: compared(run_b)?,
        differences: 0,
        file: section.file.clone(),
        park,
        year: section.year,
        parameters: report.parameters.clone(),
        verdict: VerdictDiff {
            a: summary(run_a),
            b: summary(run_b),
            deciding: Vec::new(),
            scored: Vec::new(),
        },
        flipped: Vec::new(),
        thresholds: Vec::new(),
        values: Vec::new(),
        only_in_a: Vec::new(),
        only_in_b: Vec::new(),
        kinds: Vec::new(),
        scores: Vec::new(),
        assumptions: compare_assumptions(run_a, run_b),
    };
    for (id, a) in &results_a {
        match results_b.iter().find(|(other, _)| other == id) {
            Some((_, b)) => compare_indicator(&mut diff, id, a, b),
            None => single(&mut diff, id, Some(a), None),
        }
    }
    for (id, b) in &results_b {
        if !results_a.iter().any(|(other, _)| other == id) {
            single(&mut diff, id, None, Some(b));
        }
    }
    diff.differences = diff.count();
    Ok(diff)
}

fn summary(run: &StandardRun) -> RunSummary {
    let evaluation = run.evaluation.as_ref();
    RunSummary {
        verdict: run.verdict,
        tier: evaluation.and_then(|e| e.tier.clone()),
        score: evaluation.and_then(|e| e.score),
        summary: evaluation.and_then(|e| e.summary.clone()),
        error: run.error.as_ref().map(ToString::to_string),
    }
}

fn deciding(kind: IndicatorKind) -> bool {
    matches!(kind, IndicatorKind::Eligibility | IndicatorKind::Core)
}

/// An indicator both returned: each way it differs.
fn compare_indicator(diff: &mut ParkDiff, id: &str, a: &Side, b: &Side) {
    let both = || Both {
        id: id.to_owned(),
        a: a.clone(),
        b: b.clone(),
    };
    if a.outcome != b.outcome {
        diff.flipped.push(Flip {
            id: id.to_owned(),
            cause: cause(a, b),
            a: a.clone(),
            b: b.clone(),
        });
        if deciding(a.kind) || deciding(b.kind) {
            diff.verdict.deciding.push(Deciding {
                id: id.to_owned(),
                kind: if deciding(a.kind) { a.kind } else { b.kind },
                a: Some(a.outcome),
                b: Some(b.outcome),
            });
        }
    }
    if a.threshold != b.threshold || a.band != b.band {
        diff.thresholds.push(both());
    }
    if value_changed(a, b) {
        diff.values.push(both());
    }
    if a.kind != b.kind {
        diff.kinds.push(both());
    }
    if !same_value(a.score, b.score) {
        diff.scores.push(both());
        diff.verdict.scored.push(id.to_owned());
    }
}

/// Whether the value of an indicator differs: another number, one
/// absent, or the same number in another unit.
fn value_changed(a: &Side, b: &Side) -> bool {
    !same_value(a.value, b.value) || (a.value.is_some() && a.unit != b.unit)
}

/// What made an outcome differ: data missing or a standard that does not
/// apply first, then the value, the threshold, or both.
fn cause(a: &Side, b: &Side) -> Cause {
    if [a, b]
        .iter()
        .any(|s| s.outcome == Outcome::InsufficientData)
    {
        Cause::DataMissing
    } else if [a, b].iter().any(|s| s.outcome == Outcome::NotApplicable) {
        Cause::NotApplicable
    } else {
        match (value_changed(a, b), a.threshold != b.threshold) {
            (true, true) => Cause::ValueAndThreshold,
            (true, false) => Cause::Value,
            (false, true) => Cause::Threshold,
            (false, false) => Cause::Judgement,
        }
    }
}

/// An indicator only one standard returned.
fn single(diff: &mut ParkDiff, id: &str, a: Option<&Side>, b: Option<&Side>) {
    let Some(side) = a.or(b) else { return };
    if deciding(side.kind) {
        diff.verdict.deciding.push(Deciding {
            id: id.to_owned(),
            kind: side.kind,
            a: a.map(|s| s.outcome),
            b: b.map(|s| s.outcome),
        });
    }
    if side.score.is_some() {
        diff.verdict.scored.push(id.to_owned());
    }
    let single = Single {
        id: id.to_owned(),
        result: side.clone(),
    };
    if a.is_some() {
        diff.only_in_a.push(single);
    } else {
        diff.only_in_b.push(single);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side(outcome: Outcome, value: Option<f64>, at_most: f64) -> Side {
        Side {
            layer: "x@1.0.0".to_owned(),
            title: None,
            kind: IndicatorKind::Core,
            outcome,
            value,
            unit: "tCO2/tce".to_owned(),
            threshold: Threshold::AtMost(at_most),
            band: None,
            score: None,
            missing: vec![],
        }
    }

    #[test]
    fn a_flip_is_explained_by_what_changed() {
        use Outcome::{Fail, InsufficientData, NotApplicable, Pass};
        let fail = side(Fail, Some(0.8913), 0.2);
        assert_eq!(
            cause(&fail, &side(Pass, Some(0.8913), 1.0)),
            Cause::Threshold
        );
        assert_eq!(cause(&fail, &side(Pass, Some(0.1), 0.2)), Cause::Value);
        assert_eq!(
            cause(&fail, &side(Pass, Some(0.1), 1.0)),
            Cause::ValueAndThreshold
        );
        assert_eq!(
            cause(&fail, &side(Pass, Some(0.8913), 0.2)),
            Cause::Judgement
        );
        assert_eq!(
            cause(&fail, &side(InsufficientData, None, 0.2)),
            Cause::DataMissing
        );
        assert_eq!(
            cause(&side(NotApplicable, None, 1.0), &fail),
            Cause::NotApplicable
        );
        let mut other_unit = side(Pass, Some(0.8913), 0.2);
        other_unit.unit = "kgCO2/kgce".to_owned();
        assert_eq!(cause(&fail, &other_unit), Cause::Value);
    }
}
