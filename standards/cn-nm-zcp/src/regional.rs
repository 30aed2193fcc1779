//! The regional core indicator: the base's carbon per unit of energy against
//! the regional threshold.

use cn_zcp::display::{intensity, key_list, limit};
use zcp_sdk::{IndicatorKind, IndicatorResult, Outcome, Text, Threshold, meets, text};

use crate::describe::EXTENDS;
use crate::params::{RANGE_MAX, RANGE_MIN, REGIONAL_CORE_DEFAULT, REGIONAL_CORE_THRESHOLD};

/// Core indicator of the regional tier (自治区级核心指标).
pub const REGIONAL_CORE: &str = "core.carbon-per-energy-regional";
/// The base's core indicator whose value it takes.
pub const NATIONAL_CORE: &str = cn_zcp::indicators::CARBON_PER_ENERGY;
/// Unit of both: tCO2/tce.
pub const UNIT: &str = cn_zcp::indicators::CORE_UNIT;

/// When the regional threshold applies, in the words `describe` declares
/// (`applies-when`) and the result reports (`band`).
pub fn applies_when() -> Text {
    text(
        format!(
            "自治区级零碳园区（限值为参数 {REGIONAL_CORE_THRESHOLD}，{}–{}，默认 {}，暂定）",
            limit(RANGE_MIN),
            limit(RANGE_MAX),
            limit(REGIONAL_CORE_DEFAULT)
        ),
        format!(
            "regional tier (threshold: parameter {REGIONAL_CORE_THRESHOLD}, {}–{}, default {}, provisional)",
            limit(RANGE_MIN),
            limit(RANGE_MAX),
            limit(REGIONAL_CORE_DEFAULT)
        ),
    )
}

/// The regional threshold and where it comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RegionalThreshold {
    /// tCO2/tce, within [0.4, 0.6].
    pub value: f64,
    /// Whether the evaluator set it (otherwise the provisional default).
    pub given: bool,
}

impl RegionalThreshold {
    /// Where the threshold comes from, in words: the parameter and its value.
    fn origin(self) -> Text {
        let v = limit(self.value);
        if self.given {
            text(
                format!("参数 {REGIONAL_CORE_THRESHOLD} = {v}，由评价方在 0.4–0.6 内设定"),
                format!(
                    "parameter {REGIONAL_CORE_THRESHOLD} = {v}, set by the evaluator within 0.4–0.6"
                ),
            )
        } else {
            text(
                format!("参数 {REGIONAL_CORE_THRESHOLD} = {v}：暂定默认值，取 0.4–0.6 的最严端"),
                format!(
                    "parameter {REGIONAL_CORE_THRESHOLD} = {v}: provisional default, the strictest end of 0.4–0.6"
                ),
            )
        }
    }
}

/// The regional core result from the base's `core.carbon-per-energy`
/// result: its full value compared with `threshold`, or `insufficient-data`
/// with the base's missing keys when the base has no value.
pub fn result(national: &IndicatorResult, threshold: RegionalThreshold) -> IndicatorResult {
    let t = Threshold::AtMost(threshold.value);
    let th = limit(threshold.value);
    let origin = threshold.origin();
    let (outcome, missing, explanation) = match national.value {
        Some(value) => {
            let v = intensity(value);
            let passes = meets(value, &t);
            let (zh, en) = if passes {
                (format!("{v} ≤ {th}，达标"), format!("{v} ≤ {th}: pass"))
            } else {
                (
                    format!("{v} > {th}，未达标：不符合自治区级零碳园区要求"),
                    format!("{v} > {th}: fail; the park does not meet the regional tier"),
                )
            };
            let explanation = text(
                format!(
                    "国家级核心指标（单位能耗碳排放）{v} {UNIT}，取自基础标准 {EXTENDS} 的核算结果（{NATIONAL_CORE}，同一核算，不重新计算）；自治区级限值 ≤ {th} {UNIT}（{}）；按全数值比较（GB/T 8170）：{zh}",
                    origin.zh
                ),
                format!(
                    "national core value (carbon per unit of energy) {v} {UNIT}, as accounted by the base {EXTENDS} (`{NATIONAL_CORE}`, same accounting, not recomputed); regional threshold ≤ {th} {UNIT} ({}); compared on the full value (GB/T 8170): {en}",
                    origin.en
                ),
            );
            let outcome = if passes { Outcome::Pass } else { Outcome::Fail };
            (outcome, vec![], explanation)
        }
        None => {
            let (why_zh, why_en) = if national.missing.is_empty() {
                (
                    national.explanation.zh.clone(),
                    national.explanation.en.clone(),
                )
            } else {
                let (list, verb) = key_list(&national.missing);
                (format!("缺少 {list}"), format!("{list} {verb} missing"))
            };
            let explanation = text(
                format!(
                    "基础标准 {EXTENDS} 未给出 {NATIONAL_CORE} 的数值（{why_zh}），无法与自治区级限值 ≤ {th} {UNIT}（{}）比较",
                    origin.zh
                ),
                format!(
                    "the base {EXTENDS} gives no value of `{NATIONAL_CORE}` ({why_en}), so it cannot be compared with the regional threshold ≤ {th} {UNIT} ({})",
                    origin.en
                ),
            );
            (
                Outcome::InsufficientData,
                national.missing.clone(),
                explanation,
            )
        }
    };
    IndicatorResult {
        id: REGIONAL_CORE.to_owned(),
        kind: IndicatorKind::Core,
        outcome,
        value: national.value,
        unit: UNIT.to_owned(),
        threshold: t,
        band: Some(applies_when()),
        score: None,
        explanation,
        used: national.used.clone(),
        missing,
    }
}
