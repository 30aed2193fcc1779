//! The one-line reason for the verdict (`evaluation.summary`).

use cn_zcp::display::{amount, key_list, limit};
use cn_zcp::indicators::{CARBON_PER_ENERGY, CORE_UNIT};
use zcp_sdk::{IndicatorKind, IndicatorResult, Outcome, Text, Threshold, Verdict, fmt_num, text};

use crate::revenue::REVENUE_GROWTH;
use crate::stage::{SIZE_FLOOR_TCE, SizeBand, StageChoice};

/// The summary of `verdict`, reached on `results` in the chosen stage, for
/// a park of `band`.
pub fn summary(
    verdict: Verdict,
    results: &[IndicatorResult],
    choice: &StageChoice,
    band: Option<SizeBand>,
) -> Text {
    match verdict {
        Verdict::Qualified => {
            let core = core_text(results, choice, band);
            let growth = growth_text(results);
            text(
                format!("{}；{}：符合", core.zh, growth.zh),
                format!("{}; {}: qualified", core.en, growth.en),
            )
        }
        Verdict::NotQualified => {
            let failed = |id: &str| {
                results
                    .iter()
                    .any(|r| r.id == id && r.outcome == Outcome::Fail)
            };
            let conditions: Vec<String> = results
                .iter()
                .filter(|r| r.kind == IndicatorKind::Eligibility && r.outcome == Outcome::Fail)
                .map(|r| r.id.clone())
                .collect();
            let mut zh = Vec::new();
            let mut en = Vec::new();
            if !conditions.is_empty() {
                let (list, _) = key_list(&conditions);
                let plural = if conditions.len() == 1 { "" } else { "s" };
                zh.push(format!("基本条件 {list} 不满足"));
                en.push(format!("basic condition{plural} {list} not met"));
            }
            for (id, part) in [
                (CARBON_PER_ENERGY, core_text(results, choice, band)),
                (REVENUE_GROWTH, growth_text(results)),
            ] {
                if failed(id) {
                    zh.push(part.zh);
                    en.push(part.en);
                }
            }
            text(
                format!("{}：不符合", zh.join("；")),
                format!("{}: not qualified", en.join("; ")),
            )
        }
        // The deciding data missing and the indicators it leaves undecided,
        // as cn-zcp says it.
        Verdict::Incomplete => cn_zcp::summary::summary(verdict, results),
        Verdict::NotApplicable => {
            let energy = results
                .iter()
                .find(|r| r.id == cn_zcp::indicators::ENERGY_CONSUMPTION)
                .and_then(|r| r.value)
                .map_or_else(|| "—".to_owned(), amount);
            let floor = amount(SIZE_FLOOR_TCE);
            text(
                format!(
                    "综合能耗 {energy} tce < {floor} tce（方案档位的起点，暂定）：本方案不适用"
                ),
                format!(
                    "energy consumption {energy} tce < {floor} tce, where the scheme's bands start (provisional): not applicable"
                ),
            )
        }
        Verdict::Assessed => text("已评估，不设判定", "assessed without a gate"),
    }
}

/// `core indicator 0.8325 tCO2/tce ≤ 1.00 (stage 2027, band 20,000–1,000,000 tce)`.
fn core_text(results: &[IndicatorResult], choice: &StageChoice, band: Option<SizeBand>) -> Text {
    let core = results.iter().find(|r| r.id == CARBON_PER_ENERGY);
    let (Some(value), Some(Threshold::AtMost(max))) =
        (core.and_then(|r| r.value), core.map(|r| &r.threshold))
    else {
        return text("核心指标", "core indicator");
    };
    let sign = if value <= *max { "≤" } else { ">" };
    let figures = format!("{} {CORE_UNIT} {sign} {}", fmt_num(value, 4), limit(*max));
    let id = choice.stage.id();
    let range = band.map_or("", SizeBand::range);
    text(
        format!("核心指标 {figures}（{id} 年阶段，档位 {range}）"),
        format!("core indicator {figures} (stage {id}, band {range})"),
    )
}

/// `revenue growth at least 8.00 % a year` or `revenue growth -3.00 % ≤ 0 %`.
fn growth_text(results: &[IndicatorResult]) -> Text {
    let growth = results.iter().find(|r| r.id == REVENUE_GROWTH);
    match growth.and_then(|r| r.value.map(|v| (v, r.outcome))) {
        Some((v, Outcome::Pass)) => text(
            format!("收入同比增长最低 {} % > 0 %", fmt_num(v, 2)),
            format!("revenue growth at least {} % a year", fmt_num(v, 2)),
        ),
        Some((v, _)) => text(
            format!("收入同比增长 {} % ≤ 0 %", fmt_num(v, 2)),
            format!("revenue growth {} % ≤ 0 %", fmt_num(v, 2)),
        ),
        None => text("收入同比增长", "revenue growth"),
    }
}
