//! One evaluation: parameters, data, the national accounting, the eleven
//! reference values, the score, the assumptions and the notes. The verdict
//! is always `assessed`: the guide's reference values do not gate.

use zcp_sdk::{Evaluation, EvaluationError, Inputs, ParkData, Text, Verdict, text};

use crate::accounting::{self, Accounting};
use crate::assumptions;
use crate::defined;
use crate::describe;
use crate::intensity;
use crate::params::Settings;
use crate::reference::{
    self, CARBON_PER_VALUE_ADDED, ELECTRIFICATION, ENERGY_PER_VALUE_ADDED, GREEN_FACTORIES,
    GREEN_RD_INTENSITY, NEV_FLEET, NON_FOSSIL_SHARE, REFERENCES, RENEWABLE_ELECTRICITY_SHARE,
    SOLID_WASTE, WASTE_ENERGY, WATER_REUSE,
};
use crate::resources::resource;
use crate::summary;
use crate::supply;

/// Evaluate the park served by `data` with the evaluator's `parameters`.
pub fn evaluate(
    data: &dyn ParkData,
    parameters: &[(String, String)],
) -> Result<Evaluation, EvaluationError> {
    let settings = Settings::parse(parameters)?;
    let requires = describe::requirement_keys();
    let inputs = Inputs::fetch(data, &requires);
    let options = accounting::options(settings.electricity);
    let a = accounting::account(data, &inputs, &requires, &options)?;

    let mut results = Vec::with_capacity(REFERENCES.len() + 2);
    for r in &REFERENCES {
        let figures = figures(r.id, data, &inputs, &a)?;
        results.push(reference::result(r, figures));
    }
    results.extend(accounting::totals(&a));
    if let Some(r) = results
        .iter()
        .find(|r| describe::kind_of(&r.id) != Some(r.kind))
    {
        return Err(EvaluationError::Internal(format!(
            "result `{}` is not an indicator cn-js-zcp {} declares with its kind",
            r.id,
            describe::VERSION
        )));
    }
    // A fold from +0: `sum` of no score is −0, which reports would show.
    let score: f64 = results
        .iter()
        .filter_map(|r| r.score)
        .fold(0.0, |a, b| a + b);
    Ok(Evaluation {
        verdict: Verdict::Assessed,
        summary: Some(summary::summary(&results)),
        // The guide sets no tiers.
        tier: None,
        score: Some(score),
        assumptions: assumptions::all(&settings, &a, &results),
        notes: notes(&settings, &a),
        results,
    })
}

/// The figures of reference value `id`.
fn figures(
    id: &str,
    data: &dyn ParkData,
    inputs: &Inputs,
    a: &Accounting,
) -> Result<reference::Figures, EvaluationError> {
    Ok(match id {
        ENERGY_PER_VALUE_ADDED => intensity::energy_per_value_added(a, inputs),
        CARBON_PER_VALUE_ADDED => intensity::carbon_per_value_added(a, inputs),
        GREEN_FACTORIES => defined::green_factories(inputs),
        NON_FOSSIL_SHARE => supply::non_fossil_share(a),
        RENEWABLE_ELECTRICITY_SHARE => supply::renewable_electricity_share(a),
        ELECTRIFICATION => supply::electrification(a),
        NEV_FLEET => defined::nev_fleet(inputs),
        SOLID_WASTE | WATER_REUSE | WASTE_ENERGY => resource(data, inputs, id),
        GREEN_RD_INTENSITY => defined::green_rd_intensity(inputs),
        other => {
            return Err(EvaluationError::Internal(format!(
                "reference value `{other}` has no rule in cn-js-zcp {}",
                describe::VERSION
            )));
        }
    })
}

/// The notes of the report: the method when it is not the guide's, the
/// accounting's remarks, and the reference values not assessed.
fn notes(settings: &Settings, a: &Accounting) -> Vec<Text> {
    let mut notes = Vec::new();
    if let cn_zcp::accounting::ElectricityConversion::EqualValue(c) = settings.electricity {
        let c = cn_zcp::display::coef(c);
        notes.push(text(
            format!(
                "电力按等价值 {c} tce/MWh 折标准煤（electricity-conversion = equal-value）：并非江苏指南的方法（指南按当量值计算综合能耗），涉及能耗的参考值不能作为按指南的评价"
            ),
            format!(
                "Electricity is converted at its equal value, {c} tce/MWh (electricity-conversion = equal-value): not the Jiangsu guide's method (the guide counts energy at the equivalent value), so the reference values on energy are not an assessment under the guide"
            ),
        ));
    }
    notes.extend(a.notes.iter().cloned());
    notes.push(not_encoded());
    notes
}

/// The reference values of the guide this version does not assess.
fn not_encoded() -> Text {
    let zh: Vec<String> = reference::NOT_ENCODED
        .iter()
        .map(|(n, zh, _, v)| format!("{n}. {zh} {v}"))
        .collect();
    let en: Vec<String> = reference::NOT_ENCODED
        .iter()
        .map(|(n, _, en, v)| format!("{n}. {en} {v}"))
        .collect();
    let (of, encoded, left) = (
        reference::IN_THE_GUIDE,
        reference::ENCODED,
        reference::NOT_ENCODED.len(),
    );
    text(
        format!(
            "指南共 {of} 项参考值，本版本评价其中 {encoded} 项；其余 {left} 项未评价、不计分（其数据不在本版本的数据字典中）：{}",
            zh.join("；")
        ),
        format!(
            "The guide sets {of} reference values; this version assesses {encoded} of them. The other {left} are not assessed and not scored (their data is in no dictionary of this version): {}",
            en.join("; ")
        ),
    )
}
