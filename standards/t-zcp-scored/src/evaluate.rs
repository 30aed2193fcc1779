//! One evaluation: the national computation (cn-zcp, as a library), the
//! scores, the total, the tier and the verdict.

use cn_zcp::indicators::{CO2_EMISSIONS, ENERGY_CONSUMPTION};
use cn_zcp::params::BELOW_BAND_THRESHOLD;
use zcp_sdk::{
    Assumption, Evaluation, EvaluationError, IndicatorKind, IndicatorResult, Outcome, Params,
    ParkData, Text, Verdict, text,
};

use crate::describe;
use crate::params::{self, Settings};
use crate::scored::{self, Scale, Scored, Totals};
use crate::scoring::specs;
use crate::summary::{self, Decision};
use crate::tiers::{self, MAX_SCORE, TierSpec};

/// A parameter as the evaluator gave it: name, value.
type Given = (String, String);

/// Evaluate the park served by `data` with the evaluator's `parameters`.
pub fn evaluate(
    data: &dyn ParkData,
    parameters: &[(String, String)],
) -> Result<Evaluation, EvaluationError> {
    // Every name and value against everything declared (with none given,
    // nothing to check: the defaults are valid), then each part to its
    // owner: cn-zcp's accounting parameters go to cn-zcp.
    if !parameters.is_empty() {
        Params::resolve(&params::declared(), parameters)?;
    }
    let (national, own): (Vec<Given>, Vec<Given>) = parameters
        .iter()
        .cloned()
        .partition(|(name, _)| params::is_national(name));
    let own = Params::resolve(&params::scoring(), &own)?;
    let below_band =
        Params::resolve(&cn_zcp::params::declared(), &national)?.number(BELOW_BAND_THRESHOLD)?;
    let settings = Settings::parse(&own, below_band)?;

    let base = cn_zcp::evaluate::evaluate(data, &national)?;
    let find = |id: &str| base.results.iter().find(|r| r.id == id);
    let totals = Totals {
        emissions: find(CO2_EMISSIONS).and_then(|r| r.value),
        energy: find(ENERGY_CONSUMPTION).and_then(|r| r.value),
    };
    let applicable_weight: f64 = settings
        .indicators
        .iter()
        .filter(|s| find(s.spec.id).is_some_and(|r| r.outcome != Outcome::NotApplicable))
        .map(|s| s.weight)
        .sum();
    if applicable_weight <= 0.0 {
        return Err(no_weight_left(&settings, &base));
    }
    let scale = Scale { applicable_weight };

    let mut results = Vec::new();
    let mut scored: Vec<Scored> = Vec::new();
    for r in &base.results {
        match settings.indicators.iter().find(|s| s.spec.id == r.id) {
            Some(s) => {
                let one = scored::score(r, *s, scale, totals)?;
                results.push(one.result.clone());
                scored.push(one);
            }
            // Eligibility and the informative totals, as cn-zcp reports them.
            None => results.push(r.clone()),
        }
    }
    check_declared(&results, scored.len())?;

    // The sum of the results' scores, so that they add up to it exactly.
    let total = scored
        .iter()
        .filter_map(|s| s.result.score)
        .sum::<f64>()
        .min(MAX_SCORE);
    let (verdict, tier) = decide(&results, total, &settings.cut_offs);
    let summary = summary::summary(&Decision {
        verdict,
        total,
        tier,
        cut_offs: settings.cut_offs,
        results: &results,
        scored: &scored,
    });

    let mut assumptions = vec![illustrative()];
    assumptions.extend(own.assumptions());
    assumptions.extend(base.assumptions);
    let mut notes = vec![method_note(&settings)];
    notes.extend(base.notes);
    Ok(Evaluation {
        verdict,
        summary: Some(summary),
        tier: tier.map(|(t, _)| t.id.to_owned()),
        score: Some(total),
        results,
        assumptions,
        notes,
    })
}

/// The verdict and tier: a failed basic condition decides `not-qualified`
/// (even with data missing); otherwise missing data leaves it `incomplete`
/// (the total is then a lower bound, no tier); otherwise a total below the
/// lowest cut-off is `not-qualified`, and any other `qualified` with the
/// highest tier it reaches.
pub fn decide(
    results: &[IndicatorResult],
    total: f64,
    cut_offs: &[f64; 3],
) -> (Verdict, Option<(TierSpec, f64)>) {
    let any = |kinds: &[IndicatorKind], outcome: Outcome| {
        results
            .iter()
            .any(|r| kinds.contains(&r.kind) && r.outcome == outcome)
    };
    if any(&[IndicatorKind::Eligibility], Outcome::Fail) {
        return (Verdict::NotQualified, None);
    }
    if any(
        &[IndicatorKind::Eligibility, IndicatorKind::Scored],
        Outcome::InsufficientData,
    ) {
        return (Verdict::Incomplete, None);
    }
    match tiers::reached(total, cut_offs) {
        Some(tier) => (Verdict::Qualified, Some(tier)),
        None => (Verdict::NotQualified, None),
    }
}

/// Every scored indicator was found among cn-zcp's results, and every
/// result is declared with the kind it carries.
fn check_declared(results: &[IndicatorResult], scored: usize) -> Result<(), EvaluationError> {
    if scored != specs().len() {
        return Err(EvaluationError::Internal(format!(
            "cn-zcp returned {scored} of the {} scored indicators",
            specs().len()
        )));
    }
    match results
        .iter()
        .find(|r| describe::kind_of(&r.id) != Some(r.kind))
    {
        Some(r) => Err(EvaluationError::Internal(format!(
            "result `{}` is not declared with kind `{:?}` by {} {}",
            r.id,
            r.kind,
            describe::ID,
            describe::VERSION
        ))),
        None => Ok(()),
    }
}

/// Every applicable indicator weighs 0: no score can be computed.
fn no_weight_left(settings: &Settings, base: &Evaluation) -> EvaluationError {
    let not_applicable: Vec<String> = base
        .results
        .iter()
        .filter(|r| r.outcome == Outcome::NotApplicable)
        .filter(|r| settings.indicators.iter().any(|s| s.spec.id == r.id))
        .map(|r| format!("`{}`", r.id))
        .collect();
    EvaluationError::InvalidParameter(format!(
        "the weights left to score add up to 0: every indicator with a weight above 0 is not applicable to this park ({}); give a weight to an applicable indicator",
        not_applicable.join(", ")
    ))
}

/// The standard is illustrative: every report's banner says so.
fn illustrative() -> Assumption {
    Assumption {
        name: "illustrative".to_owned(),
        value: "no published weights or cut-offs".to_owned(),
        provisional: true,
        description: text(
            "示意标准：仿团体标准 T/CECA-G 0344-2025、T/DZJN 458-2025、T/HBAS 244-2025 的评分分级方式；其权重与分级分值未公开（未找到），本标准的权重、下限与分级分值均为本项目的暂定取值",
            "An illustrative standard, modelled on the scored, tiered group standards T/CECA-G 0344-2025, T/DZJN 458-2025 and T/HBAS 244-2025, whose weights and cut-offs were not published (not found): every weight, floor and cut-off here is this project's provisional choice",
        ),
    }
}

/// How the score is made, in one note.
fn method_note(settings: &Settings) -> Text {
    let c = settings.cut_offs.map(cn_zcp::display::amount);
    text(
        format!(
            "评分方法：每项得分 = 权重 ×（数值 − 下限）÷（目标值 − 下限），封顶于 0 至 1；目标值为国家指标值；总分 = 适用指标得分之和 ÷ 适用指标权重之和 × 100；一星级 ≥ {}，二星级 ≥ {}，三星级 ≥ {}",
            c[0], c[1], c[2]
        ),
        format!(
            "How the score is made: each indicator earns weight × (value − floor) ÷ (target − floor), capped to [0, 1], its target the national value; the total is the points earned over the weights of the applicable indicators × 100; one star ≥ {}, two stars ≥ {}, three stars ≥ {}",
            c[0], c[1], c[2]
        ),
    )
}
