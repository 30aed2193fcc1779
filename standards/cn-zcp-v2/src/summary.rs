//! The one-line reason for the verdict: it starts by saying the draft is
//! illustrative, gives cn-zcp's reason (the core indicator against its
//! band, the deciding indicators that failed, or the deciding data
//! missing) with the draft's band ranges, and ends with the score and tier.

use cn_zcp::display::amount;
use zcp_sdk::{IndicatorResult, Text, Verdict, text};

use crate::bands::DraftBands;
use crate::tiers::{MAX_SCORE, TIERS};

/// The summary of `verdict`, reached on `results`, with the `score` and
/// the `tier` it gave.
pub fn summary(
    verdict: Verdict,
    results: &[IndicatorResult],
    bands: &DraftBands,
    score: f64,
    tier: Option<&str>,
) -> Text {
    let reason = cn_zcp::summary::summary_in(verdict, results, bands);
    let (score, max) = (amount(score), amount(MAX_SCORE));
    let (tier_zh, tier_en) = match tier.and_then(|id| TIERS.iter().find(|t| t.0 == id)) {
        Some((id, zh, _, _)) => (format!("分级 {zh}（{id}）"), format!("tier {id} ({zh})")),
        None => (
            "不定级（仅符合的园区定级）".to_owned(),
            "no tier (a qualified park only)".to_owned(),
        ),
    };
    text(
        format!(
            "示例性草案（非正式标准）：{}；引导性指标得分 {score}/{max}，{tier_zh}",
            reason.zh
        ),
        format!(
            "illustrative draft, not an official standard: {}; guiding score {score} of {max}, {tier_en}",
            reason.en
        ),
    )
}
