//! One evaluation, from the base's: the regional core result, the verdict
//! on the base's eligibility and the regional core, the tier and its score.

use zcp_sdk::{
    Evaluation, EvaluationError, IndicatorKind, IndicatorResult, Params, Text, Verdict,
    not_applicable, results_of_kind, text, verdict_of,
};

use crate::describe::{self, EXTENDS, ID, VERSION};
use crate::params::{self, REGIONAL_CORE_THRESHOLD};
use crate::regional::{self, NATIONAL_CORE, RegionalThreshold};
use crate::summary;
use crate::tier::Tier;

/// Evaluate with the evaluator's `parameters` on the `base` evaluation the
/// host ran first. Only this standard's own results are returned: the host
/// shows the base's beside them, marked as the base's.
pub fn evaluate(
    parameters: &[(String, String)],
    base: Option<Evaluation>,
) -> Result<Evaluation, EvaluationError> {
    let params = Params::resolve(&params::declared(), parameters)?;
    let threshold = RegionalThreshold {
        value: params::regional_core_threshold(&params)?,
        given: params.is_given(REGIONAL_CORE_THRESHOLD),
    };
    let Some(base) = base else {
        return Err(EvaluationError::Internal(format!(
            "no base evaluation: {ID} extends `{EXTENDS}`, which the host runs first and passes on"
        )));
    };
    // A base that does not apply leaves nothing to build a tier on.
    if base.verdict == Verdict::NotApplicable {
        let why = base
            .summary
            .clone()
            .unwrap_or_else(|| text("基础标准不适用于该园区", "the base standard does not apply"));
        return Ok(not_applicable(text(
            format!("基础标准 {EXTENDS} 不适用：{}", why.zh),
            format!("the base {EXTENDS} does not apply: {}", why.en),
        )));
    }
    let national = results_of_kind(&base, IndicatorKind::Core)
        .find(|r| r.id == NATIONAL_CORE)
        .ok_or_else(|| {
            EvaluationError::Internal(format!(
                "the base evaluation of `{EXTENDS}` has no core result `{NATIONAL_CORE}`"
            ))
        })?;
    let regional = regional::result(national, threshold);
    if !describe::is_declared(&regional.id) {
        return Err(EvaluationError::Internal(format!(
            "result `{}` is not an indicator {ID} {VERSION} declares",
            regional.id
        )));
    }

    // The base's eligibility results decide as they are; this standard does
    // not re-read the conditions.
    let deciding: Vec<IndicatorResult> = results_of_kind(&base, IndicatorKind::Eligibility)
        .cloned()
        .chain([regional.clone()])
        .collect();
    let verdict = verdict_of(&deciding);
    let tier = Tier::of(verdict, base.verdict);
    let summary = summary::summary(verdict, tier, &deciding, &base);
    Ok(Evaluation {
        verdict,
        summary: Some(summary),
        tier: tier.map(|t| t.id().to_owned()),
        score: tier.map(Tier::score),
        results: vec![regional],
        assumptions: params.assumptions(),
        notes: vec![guiding_not_assessed()],
    })
}

/// The note on what the plan has and this version cannot assess.
pub fn guiding_not_assessed() -> Text {
    text(
        "《方案》的 13 项自治区级引导性指标未公开，本标准未评估；自治区级核心指标 0.4–0.6 tCO2/tce 中园区取值的规则亦未公开（参数 regional-core-threshold）",
        "The 13 regional guiding indicators of the plan are not public and are not assessed; how a park's regional core threshold within 0.4–0.6 tCO2/tce is set is not public either (parameter regional-core-threshold)",
    )
}
