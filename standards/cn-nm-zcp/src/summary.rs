//! The one-line reason for the verdict (`evaluation.summary`): the regional
//! core against its threshold and, when qualified, whether the national
//! criteria are met too (the tier); the deciding results that failed when
//! not qualified; the deciding data missing when incomplete.

use cn_zcp::display::{intensity, key_list, limit};
use cn_zcp::indicators::{Band, ENERGY_CONSUMPTION};
use zcp_sdk::{
    Evaluation, IndicatorKind, IndicatorResult, Outcome, Text, Threshold, Verdict, text,
};

use crate::describe::EXTENDS;
use crate::regional::{NATIONAL_CORE, UNIT};
use crate::tier::Tier;

/// The summary of `verdict` and `tier`, reached on `deciding` (the base's
/// eligibility results, then the regional core result), with the base's
/// evaluation for the national comparison.
pub fn summary(
    verdict: Verdict,
    tier: Option<Tier>,
    deciding: &[IndicatorResult],
    base: &Evaluation,
) -> Text {
    let regional = deciding.iter().find(|r| r.kind == IndicatorKind::Core);
    match (verdict, tier) {
        (Verdict::Qualified, Some(Tier::National)) => {
            let r = regional.map_or_else(|| text("自治区级核心指标", "regional core"), comparison);
            let n = national(base);
            text(
                format!(
                    "{}，{}：符合国家级零碳园区指标（national 等级）",
                    r.zh, n.zh
                ),
                format!("{} and {}: qualified for the national tier", r.en, n.en),
            )
        }
        (Verdict::Qualified, _) => {
            let r = regional.map_or_else(|| text("自治区级核心指标", "regional core"), comparison);
            let n = national(base);
            text(
                format!(
                    "{}：符合自治区级零碳园区（regional 等级）；{}：未达到国家级指标",
                    r.zh, n.zh
                ),
                format!(
                    "{}: qualified for the regional tier; {}: national criteria not met",
                    r.en, n.en
                ),
            )
        }
        (Verdict::NotQualified, _) => not_qualified(deciding),
        (Verdict::Incomplete, _) => cn_zcp::summary::incomplete(deciding),
        // Never the verdict of this standard unless its base's.
        (Verdict::NotApplicable, _) => text("本标准不适用于该园区", "the standard does not apply"),
        (Verdict::Assessed, _) => text("已评估，不设判定", "assessed without a gate"),
    }
}

/// `regional core 0.2775 tCO2/tce ≤ 0.40`, from the regional result.
fn comparison(r: &IndicatorResult) -> Text {
    let (Some(value), Threshold::AtMost(max)) = (r.value, &r.threshold) else {
        return text("自治区级核心指标", "regional core");
    };
    let sign = if value <= *max { "≤" } else { ">" };
    let figures = format!("{} {UNIT} {sign} {}", intensity(value), limit(*max));
    text(
        format!("自治区级核心指标 {figures}"),
        format!("regional core {figures}"),
    )
}

/// `national core 0.2775 > 0.20 (band 200,000–1,000,000 tce)`, from the
/// base's core result and the energy total that chose its band.
fn national(base: &Evaluation) -> Text {
    let find = |id: &str| base.results.iter().find(|r| r.id == id);
    let core = find(NATIONAL_CORE);
    let (Some(value), Some(Threshold::AtMost(max))) =
        (core.and_then(|r| r.value), core.map(|r| &r.threshold))
    else {
        return text(
            format!("国家级核心指标（{EXTENDS}）"),
            format!("national core ({EXTENDS})"),
        );
    };
    let sign = if value <= *max { "≤" } else { ">" };
    let figures = format!("{} {sign} {}", intensity(value), limit(*max));
    match find(ENERGY_CONSUMPTION).and_then(|r| r.value) {
        Some(energy) => {
            let range = Band::of(energy).range();
            text(
                format!("国家级核心指标 {figures}（档位 {range}）"),
                format!("national core {figures} (band {range})"),
            )
        }
        None => text(
            format!("国家级核心指标 {figures}"),
            format!("national core {figures}"),
        ),
    }
}

/// The basic conditions (from the base) and the regional core that failed.
fn not_qualified(deciding: &[IndicatorResult]) -> Text {
    let failed = |kind: IndicatorKind| {
        deciding
            .iter()
            .filter(move |r| r.kind == kind && r.outcome == Outcome::Fail)
    };
    let mut zh = Vec::new();
    let mut en = Vec::new();
    let conditions: Vec<String> = failed(IndicatorKind::Eligibility)
        .map(|r| r.id.clone())
        .collect();
    if !conditions.is_empty() {
        let (list, _) = key_list(&conditions);
        let plural = if conditions.len() == 1 { "" } else { "s" };
        zh.push(format!("基本条件 {list} 不满足（{EXTENDS}）"));
        en.push(format!(
            "basic condition{plural} {list} not met ({EXTENDS})"
        ));
    }
    for r in failed(IndicatorKind::Core) {
        let c = comparison(r);
        zh.push(c.zh);
        en.push(c.en);
    }
    text(
        format!("{}：不符合", zh.join("；")),
        format!("{}: not qualified", en.join("; ")),
    )
}
