//! The five guiding indicators of 附件3 (引导性指标): reported with their
//! thresholds, never changing the verdict. A park may state why one does not
//! apply to it (`not-applicable.<indicator>`): the result is then
//! `not-applicable` with that reason.

use zcp_sdk::{EvaluationError, IndicatorResult, Inputs, Outcome, ParkData, Text, Threshold, text};

use crate::accounting::Breakdown;
use crate::describe::kind_of;
use crate::display::{amount, key_list, percent};
use crate::keys;

pub use crate::products::product_energy;
pub use crate::shares::clean_energy_share;
use crate::shares::direct_green_supply;

/// Clean energy share of energy consumption (清洁能源消费占比).
pub const CLEAN_ENERGY_SHARE: &str = "guiding.clean-energy-share";
/// Unit energy use of products against level 2 of the national limit standards.
pub const PRODUCT_ENERGY: &str = "guiding.product-energy";
/// Industrial solid waste comprehensive utilisation rate.
pub const SOLID_WASTE: &str = "guiding.solid-waste-utilisation";
/// Waste heat, cold and pressure utilisation rate.
pub const WASTE_ENERGY: &str = "guiding.waste-energy-utilisation";
/// Industrial water reuse rate.
pub const WATER_REUSE: &str = "guiding.water-reuse";
/// Direct green supply share of the park's electricity: a principle of
/// 附件4 二(二)3①, not an indicator of 附件3.
pub const DIRECT_GREEN_SUPPLY: &str = "guiding.direct-green-supply-share";

/// Every guiding indicator: the five of 附件3 in its order, then the
/// principle of 附件4.
pub const ALL: [&str; 6] = [
    CLEAN_ENERGY_SHARE,
    PRODUCT_ENERGY,
    SOLID_WASTE,
    WASTE_ENERGY,
    WATER_REUSE,
    DIRECT_GREEN_SUPPLY,
];

/// Clean energy share threshold, % (附件3).
pub const CLEAN_ENERGY_SHARE_MIN: f64 = 90.0;
/// Solid waste utilisation threshold, % (附件3).
pub const SOLID_WASTE_MIN: f64 = 80.0;
/// Waste heat, cold and pressure utilisation threshold, % (附件3).
pub const WASTE_ENERGY_MIN: f64 = 50.0;
/// Water reuse threshold, % (附件3).
pub const WATER_REUSE_MIN: f64 = 80.0;
/// Products at or better than level 2: unit energy at most 100 % of the level-2 value (附件3).
pub const PRODUCT_LEVEL_2_MAX: f64 = 100.0;
/// Direct green supply "in principle at least 50 %" of the park's electricity (附件4 二(二)3①).
pub const DIRECT_GREEN_SUPPLY_MIN: f64 = 50.0;

/// What counts as clean energy (清洁能源) in the clean energy share.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CleanEnergyDefinition {
    /// The national statistics definition: non-fossil energy and natural gas.
    NationalStatistics,
    /// Non-fossil energy only.
    NonFossil,
}

impl CleanEnergyDefinition {
    /// The parameter value naming it.
    pub fn id(self) -> &'static str {
        match self {
            CleanEnergyDefinition::NationalStatistics => "national-statistics",
            CleanEnergyDefinition::NonFossil => "non-fossil",
        }
    }
}

/// The park's stated reason why `id` does not apply, as a result.
pub fn stated_not_applicable(data: &dyn ParkData, id: &str, unit: &str) -> Option<IndicatorResult> {
    let key = keys::not_applicable(id);
    let reason = data.text(&key)?;
    Some(IndicatorResult {
        id: id.to_owned(),
        kind: kind_of(id),
        outcome: Outcome::NotApplicable,
        value: None,
        unit: unit.to_owned(),
        threshold: threshold_of(id),
        band: None,
        score: None,
        explanation: text(
            format!("园区说明该指标不适用（{key}）：{reason}"),
            format!("the park states this indicator does not apply (`{key}`): {reason}"),
        ),
        used: vec![key],
        missing: vec![],
    })
}

/// The declared threshold of a guiding indicator.
pub fn threshold_of(id: &str) -> Threshold {
    match id {
        CLEAN_ENERGY_SHARE => Threshold::AtLeast(CLEAN_ENERGY_SHARE_MIN),
        PRODUCT_ENERGY => Threshold::AtMost(PRODUCT_LEVEL_2_MAX),
        SOLID_WASTE => Threshold::AtLeast(SOLID_WASTE_MIN),
        WASTE_ENERGY => Threshold::AtLeast(WASTE_ENERGY_MIN),
        WATER_REUSE => Threshold::AtLeast(WATER_REUSE_MIN),
        DIRECT_GREEN_SUPPLY => Threshold::AtLeast(DIRECT_GREEN_SUPPLY_MIN),
        _ => Threshold::Unbounded,
    }
}

/// The five guiding results.
///
/// `breakdown` is `None` when the core data is missing (`core_missing`): the
/// clean energy share then lacks the same data.
pub fn all(
    data: &dyn ParkData,
    inputs: &Inputs,
    breakdown: Option<&Breakdown>,
    core_missing: &[String],
    definition: CleanEnergyDefinition,
) -> Result<Vec<IndicatorResult>, EvaluationError> {
    Ok(vec![
        stated_not_applicable(data, CLEAN_ENERGY_SHARE, "%").unwrap_or_else(|| {
            clean_energy_share(
                inputs,
                breakdown,
                core_missing,
                definition,
                CLEAN_ENERGY_SHARE_MIN,
            )
        }),
        match stated_not_applicable(data, PRODUCT_ENERGY, "%") {
            Some(r) => r,
            None => product_energy(data)?,
        },
        stated_not_applicable(data, SOLID_WASTE, "%")
            .unwrap_or_else(|| solid_waste(inputs, SOLID_WASTE_MIN)),
        stated_not_applicable(data, WASTE_ENERGY, "%")
            .unwrap_or_else(|| waste_energy(inputs, WASTE_ENERGY_MIN)),
        stated_not_applicable(data, WATER_REUSE, "%")
            .unwrap_or_else(|| water_reuse(inputs, WATER_REUSE_MIN)),
        stated_not_applicable(data, DIRECT_GREEN_SUPPLY, "%")
            .unwrap_or_else(|| direct_green_supply(inputs, breakdown, core_missing)),
    ])
}

/// A rate of two amounts, in %: the figures of a resource indicator, read
/// from the park data, before any threshold. Public so that a standard
/// setting other thresholds on the same indicators (a provincial one)
/// reads them exactly as this one does.
#[derive(Debug, Clone, PartialEq)]
pub struct Rate<'a> {
    /// The indicator id.
    pub id: &'a str,
    /// The numerator, in the unit of the data (t, GJ, m3).
    pub numerator: f64,
    /// The denominator, same unit; at or below zero the indicator does not apply.
    pub denominator: f64,
    /// The formula with its numbers, both languages, without the result.
    pub formula: (String, String),
    /// Why a zero denominator means the indicator does not apply.
    pub nothing: Text,
    /// The data keys given.
    pub used: Vec<String>,
}

/// The rate against `min` %: its threshold is `≥ min` (the national value
/// in this standard; a provincial one passes its own).
fn rate(r: Rate<'_>, min: f64) -> IndicatorResult {
    let threshold = Threshold::AtLeast(min);
    if r.denominator <= 0.0 {
        return IndicatorResult {
            id: r.id.to_owned(),
            kind: kind_of(r.id),
            outcome: Outcome::NotApplicable,
            value: None,
            unit: "%".to_owned(),
            threshold,
            band: None,
            score: None,
            explanation: r.nothing,
            used: r.used,
            missing: vec![],
        };
    }
    let value = r.numerator / r.denominator * 100.0;
    if value > 100.0 {
        // Contradictory data: reported as such, without stopping the evaluation.
        let explanation = text(
            format!(
                "{} = {} %：超过 100 %，数据自相矛盾，请核实",
                r.formula.0,
                percent(value)
            ),
            format!(
                "{} = {} %: above 100 %, the data contradict each other; check them",
                r.formula.1,
                percent(value)
            ),
        );
        return IndicatorResult {
            used: r.used,
            ..insufficient(r.id, &[], explanation)
        };
    }
    let passes = value >= min;
    let min = format!("≥ {} %", amount(min));
    let explanation = text(
        format!(
            "{} = {} %；{}",
            r.formula.0,
            percent(value),
            verdict_zh(passes, &min)
        ),
        format!(
            "{} = {} %; {}",
            r.formula.1,
            percent(value),
            verdict_en(passes, &min)
        ),
    );
    result(r.id, passes, value, threshold, explanation, r.used)
}

/// The industrial solid waste utilisation rate against `min` % ([`SOLID_WASTE_MIN`] here); public for
/// standards with other minimums.
pub fn solid_waste(inputs: &Inputs, min: f64) -> IndicatorResult {
    match solid_waste_rate(inputs) {
        Ok(r) => rate(r, min),
        Err(missing) => insufficient(SOLID_WASTE, &missing, missing_text(&missing)),
    }
}

/// The figures of the industrial solid waste utilisation rate: utilised ÷
/// (generated + earlier stock utilised); `Err` with the missing keys.
pub fn solid_waste_rate(inputs: &Inputs) -> Result<Rate<'static>, Vec<String>> {
    let required = [keys::WASTE_GENERATED, keys::WASTE_UTILISED];
    let missing = inputs.absent(&required);
    if !missing.is_empty() {
        return Err(missing);
    }
    let generated = inputs.or_zero(keys::WASTE_GENERATED);
    let utilised = inputs.or_zero(keys::WASTE_UTILISED);
    let prior = inputs.or_zero(keys::WASTE_PRIOR_STOCK_UTILISED);
    let (g, u, p) = (amount(generated), amount(utilised), amount(prior));
    Ok(Rate {
        id: SOLID_WASTE,
        numerator: utilised,
        denominator: generated + prior,
        formula: (
            format!("综合利用量 {u} t ÷（产生量 {g} t + 综合利用往年贮存量 {p} t）"),
            format!("utilised {u} t ÷ (generated {g} t + earlier stock utilised {p} t)"),
        ),
        nothing: text(
            "园区填报的工业固体废物产生量为 0 t，该指标不适用",
            "the park generated no industrial solid waste (0 t): the indicator does not apply",
        ),
        used: inputs.present(&[
            keys::WASTE_GENERATED,
            keys::WASTE_UTILISED,
            keys::WASTE_PRIOR_STOCK_UTILISED,
        ]),
    })
}

/// The waste heat, cold and pressure utilisation rate against `min` % ([`WASTE_ENERGY_MIN`] here); public for
/// standards with other minimums.
pub fn waste_energy(inputs: &Inputs, min: f64) -> IndicatorResult {
    match waste_energy_rate(inputs) {
        Ok(r) => rate(r, min),
        Err(missing) => insufficient(WASTE_ENERGY, &missing, missing_text(&missing)),
    }
}

/// The figures of the waste heat, cold and pressure utilisation rate:
/// recovered ÷ recoverable; `Err` with the missing keys.
pub fn waste_energy_rate(inputs: &Inputs) -> Result<Rate<'static>, Vec<String>> {
    let required = [keys::WASTE_ENERGY_RECOVERABLE, keys::WASTE_ENERGY_RECOVERED];
    let missing = inputs.absent(&required);
    if !missing.is_empty() {
        return Err(missing);
    }
    let recoverable = inputs.or_zero(keys::WASTE_ENERGY_RECOVERABLE);
    let recovered = inputs.or_zero(keys::WASTE_ENERGY_RECOVERED);
    let (a, b) = (amount(recovered), amount(recoverable));
    Ok(Rate {
        id: WASTE_ENERGY,
        numerator: recovered,
        denominator: recoverable,
        formula: (
            format!("余热余冷余压回收利用量 {a} GJ ÷ 可回收量 {b} GJ"),
            format!("waste heat, cold and pressure recovered {a} GJ ÷ recoverable {b} GJ"),
        ),
        nothing: text(
            "园区填报的余热余冷余压可回收量为 0，该指标不适用",
            "the park has no recoverable waste heat, cold or pressure (0 GJ): the indicator does not apply",
        ),
        used: inputs.present(&required),
    })
}

/// The industrial water reuse rate against `min` % ([`WATER_REUSE_MIN`] here); public for
/// standards with other minimums.
pub fn water_reuse(inputs: &Inputs, min: f64) -> IndicatorResult {
    match water_reuse_rate(inputs) {
        Ok(r) => rate(r, min),
        Err(missing) => insufficient(WATER_REUSE, &missing, missing_text(&missing)),
    }
}

/// The figures of the industrial water reuse rate: reused ÷ (reused + fresh
/// intake); `Err` with the missing keys.
pub fn water_reuse_rate(inputs: &Inputs) -> Result<Rate<'static>, Vec<String>> {
    let required = [keys::WATER_FRESH_INTAKE, keys::WATER_REUSED];
    let missing = inputs.absent(&required);
    if !missing.is_empty() {
        return Err(missing);
    }
    let fresh = inputs.or_zero(keys::WATER_FRESH_INTAKE);
    let reused = inputs.or_zero(keys::WATER_REUSED);
    let (r, f) = (amount(reused), amount(fresh));
    Ok(Rate {
        id: WATER_REUSE,
        numerator: reused,
        denominator: reused + fresh,
        formula: (
            format!("重复用水量 {r} m3 ÷（重复用水量 {r} m3 + 新鲜水取水量 {f} m3）"),
            format!("water reused {r} m3 ÷ (reused {r} m3 + fresh intake {f} m3)"),
        ),
        nothing: text(
            "园区填报的工业用水量为 0，该指标不适用",
            "the park uses no industrial water (0 m3): the indicator does not apply",
        ),
        used: inputs.present(&required),
    })
}

pub(crate) fn verdict_zh(passes: bool, threshold: &str) -> String {
    if passes {
        format!("{threshold}，达到引导值（引导性指标，不影响结论）")
    } else {
        format!("未达到引导值 {threshold}（引导性指标，不影响结论）")
    }
}

pub(crate) fn verdict_en(passes: bool, threshold: &str) -> String {
    if passes {
        format!("{threshold}: meets the guiding value (guiding: does not change the verdict)")
    } else {
        format!("below the guiding value {threshold} (guiding: does not change the verdict)")
    }
}

/// Why a rate cannot be computed: its `missing` keys, and how to state
/// that the indicator does not apply.
pub fn missing_text(missing: &[String]) -> Text {
    let (list, verb) = key_list(missing);
    text(
        format!("缺少 {list}，无法计算；如该指标不适用，请在 not-applicable 下说明理由"),
        format!(
            "{list} {verb} missing, so the rate cannot be computed; if the indicator does not apply, state why under `not-applicable`"
        ),
    )
}

/// `insufficient-data` for guiding indicator `id`.
pub(crate) fn insufficient(id: &str, missing: &[String], explanation: Text) -> IndicatorResult {
    IndicatorResult {
        id: id.to_owned(),
        kind: kind_of(id),
        outcome: Outcome::InsufficientData,
        value: None,
        unit: "%".to_owned(),
        threshold: threshold_of(id),
        band: None,
        score: None,
        explanation,
        used: vec![],
        missing: missing.to_vec(),
    }
}

/// A computed guiding result.
pub(crate) fn result(
    id: &str,
    passes: bool,
    value: f64,
    threshold: Threshold,
    explanation: Text,
    used: Vec<String>,
) -> IndicatorResult {
    IndicatorResult {
        id: id.to_owned(),
        kind: kind_of(id),
        outcome: if passes { Outcome::Pass } else { Outcome::Fail },
        value: Some(value),
        unit: "%".to_owned(),
        threshold,
        band: None,
        score: None,
        explanation,
        used,
        missing: vec![],
    }
}
