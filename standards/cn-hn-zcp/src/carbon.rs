//! The core indicator `core.carbon-per-energy` by the scheme's stages and
//! bands, on the national accounting, and the informative totals (cn-zcp's).

use cn_zcp::accounting::Breakdown;
use cn_zcp::display::{amount, intensity, limit};
use cn_zcp::evaluate::Accounted;
use cn_zcp::indicators::{
    self as national, BELOW_BAND_DEFAULT_THRESHOLD, CARBON_PER_ENERGY, CORE_UNIT,
};
use zcp_sdk::{EvaluationError, IndicatorResult, Outcome, Threshold, meets, text, threshold_text};

use crate::describe::kind_of;
use crate::stage::{SizeBand, StageChoice, below_floor_condition};

/// The core indicator, the energy and emissions totals, and the band the
/// energy consumption falls in (none when it is unknown).
#[derive(Debug, Clone)]
pub struct Core {
    /// `core.carbon-per-energy`.
    pub core: IndicatorResult,
    /// `info.energy-consumption`, `info.co2-emissions`.
    pub informative: Vec<IndicatorResult>,
    /// The size band, when the energy consumption is known.
    pub band: Option<SizeBand>,
}

/// The core indicator of the `accounted` year in the chosen stage.
///
/// Without the accounting data, cn-zcp's `insufficient-data` results; an
/// energy consumption at or below zero is cn-zcp's `invalid-data`. Below
/// the floor the core result is `not-applicable`, with its value when the
/// emissions are known.
pub fn assess(accounted: &Accounted, choice: &StageChoice) -> Result<Core, EvaluationError> {
    let Some(b) = &accounted.breakdown else {
        let (core, informative) = national::missing(&accounted.used, &accounted.all_missing());
        return Ok(Core {
            core,
            informative,
            band: None,
        });
    };
    // cn-zcp's totals, with their explanations (and its refusal of an energy
    // consumption at or below zero); its core result, on the national bands,
    // is set aside, so its threshold below those bands does not matter.
    let (national_core, informative) = national::computed(
        b,
        BELOW_BAND_DEFAULT_THRESHOLD,
        &accounted.used,
        &accounted.emissions_missing,
    )?;
    let band = SizeBand::of(b.energy_tce);
    let emissions_known = accounted.emissions_missing.is_empty();
    let core = match band.core_threshold(choice.stage) {
        None => below_floor(b, emissions_known, national_core),
        // Only process data is missing: the band and threshold are known.
        Some(max) if !emissions_known => IndicatorResult {
            threshold: Threshold::AtMost(max),
            band: Some(band.applies_when(choice.stage)),
            ..national_core
        },
        Some(max) => banded(b, band, max, choice, &accounted.used),
    };
    Ok(Core {
        core,
        informative,
        band: Some(band),
    })
}

/// Below the floor: `not-applicable`, the value for information.
fn below_floor(
    b: &Breakdown,
    emissions_known: bool,
    national_core: IndicatorResult,
) -> IndicatorResult {
    let e = amount(b.energy_tce);
    let why_zh =
        format!("综合能耗 {e} tce 低于 20,000 tce，即方案档位的起点（附表，暂定）：本方案不适用");
    let why_en = format!(
        "the energy consumption {e} tce is below 20,000 tce, where the scheme's bands start (annex table, provisional): the scheme does not apply"
    );
    let (value, explanation) = if emissions_known {
        let value = b.emissions_tco2 / b.energy_tce;
        let (c, v) = (amount(b.emissions_tco2), intensity(value));
        (
            Some(value),
            text(
                format!("碳排放 {c} tCO2 ÷ 综合能耗 {e} tce = {v} tCO2/tce（仅供参考）；{why_zh}"),
                format!(
                    "emissions {c} tCO2 ÷ energy consumption {e} tce = {v} tCO2/tce (for information); {why_en}"
                ),
            ),
        )
    } else {
        let missing = &national_core.explanation;
        (
            None,
            text(
                format!("{why_zh}；{}", missing.zh),
                format!("{why_en}; {}", missing.en),
            ),
        )
    };
    IndicatorResult {
        outcome: Outcome::NotApplicable,
        value,
        threshold: Threshold::Qualitative(below_floor_condition()),
        band: Some(SizeBand::Below.applies_when(crate::stage::Stage::S2027)),
        explanation,
        missing: vec![],
        ..national_core
    }
}

/// In a band: pass or fail against the stage's threshold, on the full value.
fn banded(
    b: &Breakdown,
    band: SizeBand,
    max: f64,
    choice: &StageChoice,
    used: &[String],
) -> IndicatorResult {
    let value = b.emissions_tco2 / b.energy_tce;
    let threshold = Threshold::AtMost(max);
    let passes = meets(value, &threshold);
    let (e, c, v) = (
        amount(b.energy_tce),
        amount(b.emissions_tco2),
        intensity(value),
    );
    let th = threshold_text(&threshold, CORE_UNIT, 2);
    let max_text = limit(max);
    let range = match band {
        SizeBand::Upper => format!("{e} ≥ 1,000,000 tce"),
        _ => format!("20,000 ≤ {e} < 1,000,000 tce"),
    };
    let stage = choice.reason();
    let (verdict_zh, verdict_en) = if passes {
        (
            format!("{v} ≤ {max_text}，达标"),
            format!("{v} ≤ {max_text}: pass"),
        )
    } else {
        (
            format!("{v} > {max_text}，未达标"),
            format!("{v} > {max_text}: fail"),
        )
    };
    let explanation = text(
        format!(
            "碳排放 {c} tCO2 ÷ 综合能耗 {e} tce = {v} tCO2/tce；{}；档位：{range}，限值 {}（附表，暂定）；按全数值比较（GB/T 8170）：{verdict_zh}",
            stage.zh, th.zh
        ),
        format!(
            "emissions {c} tCO2 ÷ energy consumption {e} tce = {v} tCO2/tce; {}; band: {range}, threshold {} (annex table, provisional); compared on the full value (GB/T 8170): {verdict_en}",
            stage.en, th.en
        ),
    );
    IndicatorResult {
        id: CARBON_PER_ENERGY.to_owned(),
        kind: kind_of(CARBON_PER_ENERGY),
        outcome: if passes { Outcome::Pass } else { Outcome::Fail },
        value: Some(value),
        unit: CORE_UNIT.to_owned(),
        threshold,
        band: Some(band.applies_when(choice.stage)),
        score: None,
        explanation,
        used: used.to_vec(),
        missing: vec![],
    }
}
