//! The one-line reason for the verdict (`evaluation.summary`): the core
//! indicator against its band's threshold when qualified, the deciding
//! indicators that failed when not qualified, the deciding data missing when
//! incomplete.

use zcp_sdk::{IndicatorKind, IndicatorResult, Outcome, Text, Threshold, Verdict, fmt_num, text};

use crate::bands::{CoreBands, TrialBands};
use crate::display::{key_list, limit};
use crate::indicators::{
    BELOW_BAND_DEFAULT_THRESHOLD, CARBON_PER_ENERGY, CORE_UNIT, ENERGY_CONSUMPTION,
};

/// The summary of `verdict`, reached on `results`, the bands named as
/// cn-zcp 1.0.0 names them.
pub fn summary(verdict: Verdict, results: &[IndicatorResult]) -> Text {
    // The range of a band does not depend on the threshold below 200,000 tce.
    let bands = TrialBands {
        below_band_threshold: BELOW_BAND_DEFAULT_THRESHOLD,
    };
    summary_in(verdict, results, &bands)
}

/// [`summary`] with the band ranges of `bands`: for a version that reads
/// the bands of 附件3 differently.
pub fn summary_in(verdict: Verdict, results: &[IndicatorResult], bands: &dyn CoreBands) -> Text {
    let deciding = |outcome: Outcome| {
        results.iter().filter(move |r| {
            r.outcome == outcome
                && matches!(r.kind, IndicatorKind::Eligibility | IndicatorKind::Core)
        })
    };
    match verdict {
        Verdict::Qualified => {
            let core = core_text(results, bands);
            text(
                format!("{}：符合", core.zh),
                format!("{}: qualified", core.en),
            )
        }
        Verdict::NotQualified => {
            let failed: Vec<&IndicatorResult> = deciding(Outcome::Fail).collect();
            let mut zh = Vec::new();
            let mut en = Vec::new();
            let conditions: Vec<String> = failed
                .iter()
                .filter(|r| r.kind == IndicatorKind::Eligibility)
                .map(|r| r.id.clone())
                .collect();
            if !conditions.is_empty() {
                let (list, _) = key_list(&conditions);
                let plural = if conditions.len() == 1 { "" } else { "s" };
                zh.push(format!("基本条件 {list} 不满足"));
                en.push(format!("basic condition{plural} {list} not met"));
            }
            if failed.iter().any(|r| r.kind == IndicatorKind::Core) {
                let core = core_text(results, bands);
                zh.push(core.zh);
                en.push(core.en);
            }
            text(
                format!("{}：不符合", zh.join("；")),
                format!("{}: not qualified", en.join("; ")),
            )
        }
        Verdict::Incomplete => incomplete(results),
        // Never the verdict of this standard: said plainly all the same.
        Verdict::NotApplicable => text("本标准不适用于该园区", "the standard does not apply"),
        Verdict::Assessed => text("已评估，不设判定", "assessed without a gate"),
    }
}

/// `core indicator 0.0365 tCO2/tce ≤ 0.20 (band 200,000–1,000,000 tce)`,
/// from the core result and the energy total that chose its band.
fn core_text(results: &[IndicatorResult], bands: &dyn CoreBands) -> Text {
    let find = |id: &str| results.iter().find(|r| r.id == id);
    let core = find(CARBON_PER_ENERGY);
    let (Some(value), Some(Threshold::AtMost(max))) =
        (core.and_then(|r| r.value), core.map(|r| &r.threshold))
    else {
        return text("核心指标", "core indicator");
    };
    let sign = if value <= *max { "≤" } else { ">" };
    let figures = format!("{} {CORE_UNIT} {sign} {}", fmt_num(value, 4), limit(*max));
    match find(ENERGY_CONSUMPTION).and_then(|r| r.value) {
        Some(energy) => {
            let range = bands.choose(energy).range;
            text(
                format!("核心指标 {figures}（档位 {range}）"),
                format!("core indicator {figures} (band {range})"),
            )
        }
        None => text(
            format!("核心指标 {figures}"),
            format!("core indicator {figures}"),
        ),
    }
}

/// Why `incomplete`: the eligibility and core results of `results` that
/// lack data, and the keys they miss (each once, in order). Public for
/// standards that decide on the same kinds of result.
pub fn incomplete(results: &[IndicatorResult]) -> Text {
    let lacking: Vec<&IndicatorResult> = results
        .iter()
        .filter(|r| {
            r.outcome == Outcome::InsufficientData
                && matches!(r.kind, IndicatorKind::Eligibility | IndicatorKind::Core)
        })
        .collect();
    let mut keys: Vec<String> = Vec::new();
    for key in lacking.iter().flat_map(|r| &r.missing) {
        if !keys.contains(key) {
            keys.push(key.clone());
        }
    }
    let ids: Vec<String> = lacking.iter().map(|r| r.id.clone()).collect();
    let (ids, _) = key_list(&ids);
    if keys.is_empty() {
        return text(
            format!("{ids} 无法判定：数据不完整"),
            format!("{ids} cannot be decided: incomplete"),
        );
    }
    let (keys, verb) = key_list(&keys);
    text(
        format!("缺少 {keys}，{ids} 无法判定：数据不完整"),
        format!("{keys} {verb} missing for {ids}: incomplete"),
    )
}
