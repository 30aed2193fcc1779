//! One evaluation: parameters, stage, national accounting, the scheme's
//! results, assumptions, verdict.

use cn_zcp::indicators::{self as national, Profile};
use cn_zcp::params::EQUAL_VALUE_COEFFICIENT;
use zcp_sdk::{Evaluation, EvaluationError, Params, ParkData, Verdict, text, verdict_of};

use crate::assumptions;
use crate::carbon;
use crate::describe;
use crate::guiding;
use crate::params::{self, Settings};
use crate::revenue;
use crate::stage::{SizeBand, StageChoice};
use crate::summary;

/// Evaluate the park served by `data` with the evaluator's `parameters`.
pub fn evaluate(
    data: &dyn ParkData,
    parameters: &[(String, String)],
) -> Result<Evaluation, EvaluationError> {
    let params = Params::resolve(&params::declared(), parameters)?;
    let settings = Settings::parse(&params)?;
    let choice = StageChoice::new(settings.stage, data.year());
    let requires = describe::requirement_keys();
    cn_zcp::evaluate::check_fuel_keys(data, &requires)?;

    let eligibility = national::eligibility(&Profile::read(data))?;
    let options = &settings.national.options;
    let accounted = cn_zcp::evaluate::account(data, &requires, options)?;
    let core = carbon::assess(&accounted, &choice)?;

    let mut notes = accounted.notes.clone();
    if choice.beyond_last_stage() {
        notes.push(text(
            format!(
                "评价年度 {} 年晚于 2035 年：方案未设 2035 年以后的阶段，按 2035 年阶段的限值评价",
                choice.year
            ),
            format!(
                "The assessment year {} is after 2035: the scheme sets no later stage, so the thresholds of stage 2035 apply",
                choice.year
            ),
        ));
    }
    let mut assumptions = params.assumptions();
    assumptions.extend(cn_zcp::evaluate::constants(
        accounted.breakdown.as_ref(),
        options,
        params.is_given(EQUAL_VALUE_COEFFICIENT),
    ));
    assumptions.extend(assumptions::scheme(&choice));

    let (verdict, results) = if core.band == Some(SizeBand::Below) {
        // Below the floor the scheme does not apply: the core value and the
        // totals for information, nothing judged.
        let mut results = vec![core.core];
        results.extend(core.informative);
        (Verdict::NotApplicable, results)
    } else {
        let mut results = eligibility;
        results.push(core.core);
        results.push(revenue::revenue_growth(data, settings.revenue_years)?);
        results.extend(guiding::all(
            data,
            &accounted.inputs,
            accounted.breakdown.as_ref(),
            &accounted.missing,
            settings.national.clean_energy,
            choice.stage,
        )?);
        results.extend(core.informative);
        (verdict_of(&results), results)
    };
    for r in &results {
        // cn-zcp's results carry cn-zcp's kinds: the same as declared here.
        if !describe::is_declared(&r.id) || describe::kind_of(&r.id) != r.kind {
            return Err(EvaluationError::Internal(format!(
                "result `{}` is not an indicator cn-hn-zcp {} declares with that kind",
                r.id,
                describe::VERSION
            )));
        }
    }
    let summary = summary::summary(verdict, &results, &choice, core.band);
    Ok(Evaluation {
        verdict,
        summary: Some(summary),
        tier: None,
        score: None,
        results,
        assumptions,
        notes,
    })
}
