//! The one-line reason for the verdict: the total, the tier (or why none),
//! and the largest shortfall; the basic conditions that failed, or the
//! data missing.

use cn_zcp::display::{amount, key_list};
use zcp_sdk::{IndicatorKind, IndicatorResult, Outcome, Text, Verdict, text, threshold_text};

use crate::scored::{Scored, points};
use crate::tiers::{MAX_SCORE, TIERS, TierSpec};

/// What the summary is about.
#[derive(Debug, Clone, Copy)]
pub struct Decision<'a> {
    /// The verdict.
    pub verdict: Verdict,
    /// The total score.
    pub total: f64,
    /// The tier reached, with its cut-off.
    pub tier: Option<(TierSpec, f64)>,
    /// The cut-offs applied.
    pub cut_offs: [f64; 3],
    /// Every result.
    pub results: &'a [IndicatorResult],
    /// The scored results.
    pub scored: &'a [Scored],
}

/// The summary of `d`.
pub fn summary(d: &Decision<'_>) -> Text {
    let total = total_text(d.total, &d.cut_offs);
    let max = amount(MAX_SCORE);
    let shortfall = shortfall(d.scored);
    match d.verdict {
        Verdict::Qualified => {
            let (tier, cut) = match d.tier {
                Some((t, c)) => (t, amount(c)),
                None => return text("符合", "qualified"),
            };
            text(
                format!(
                    "总分 {total} / {max}，{}（≥ {cut}）；{}：符合",
                    tier.zh, shortfall.zh
                ),
                format!(
                    "total {total} of {max}, {} (cut-off {cut}); {}: qualified",
                    tier.en, shortfall.en
                ),
            )
        }
        Verdict::NotQualified => {
            let failed: Vec<String> = d
                .results
                .iter()
                .filter(|r| r.kind == IndicatorKind::Eligibility && r.outcome == Outcome::Fail)
                .map(|r| r.id.clone())
                .collect();
            if failed.is_empty() {
                let (first, cut) = (TIERS[0], amount(d.cut_offs[0]));
                return text(
                    format!(
                        "总分 {total} / {max}，低于{}分值 {cut}，未定级；{}：不符合",
                        first.zh, shortfall.zh
                    ),
                    format!(
                        "total {total} of {max}, below the {} cut-off {cut}, no tier; {}: not qualified",
                        first.en, shortfall.en
                    ),
                );
            }
            let (list, _) = key_list(&failed);
            let plural = if failed.len() == 1 { "" } else { "s" };
            text(
                format!(
                    "基本条件 {list} 不满足，不定级（总分 {total} / {max}）；{}：不符合",
                    shortfall.zh
                ),
                format!(
                    "basic condition{plural} {list} not met, so no tier (total {total} of {max}); {}: not qualified",
                    shortfall.en
                ),
            )
        }
        Verdict::Incomplete => incomplete(d, &total, &max),
        // Never the verdict of this standard: said plainly all the same.
        Verdict::NotApplicable => text("本标准不适用于该园区", "the standard does not apply"),
        Verdict::Assessed => text("已评估，不设判定", "assessed without a gate"),
    }
}

/// Missing keys, the indicators they leave undecided, and the bounds of the total.
fn incomplete(d: &Decision<'_>, total: &str, max: &str) -> Text {
    let lacking: Vec<&IndicatorResult> = d
        .results
        .iter()
        .filter(|r| {
            r.outcome == Outcome::InsufficientData
                && matches!(r.kind, IndicatorKind::Eligibility | IndicatorKind::Scored)
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
    let (lack_zh, lack_en) = if keys.is_empty() {
        (
            format!("{ids} 数据不足"),
            format!("{ids} cannot be decided"),
        )
    } else {
        let (keys, verb) = key_list(&keys);
        (
            format!("缺少 {keys}，{ids} 无法判定"),
            format!("{keys} {verb} missing for {ids}"),
        )
    };
    let open: f64 = d
        .scored
        .iter()
        .filter(|s| s.result.outcome == Outcome::InsufficientData)
        .map(|s| s.max)
        .sum();
    let upper = points((d.total + open).min(MAX_SCORE));
    text(
        format!(
            "{lack_zh}；总分至少 {total} / {max}（下限；缺失指标得满分时至多 {upper}），不定级：数据不完整"
        ),
        format!(
            "{lack_en}; total at least {total} of {max} (a lower bound; at most {upper} with full points there), no tier: incomplete"
        ),
    )
}

/// The indicator that lost the most points, with its value and target.
fn shortfall(scored: &[Scored]) -> Text {
    // The first in report order among equals.
    let worst = scored
        .iter()
        .filter(|s| s.result.outcome == Outcome::Fail && s.shortfall() > 0.0)
        .fold(None::<&Scored>, |worst, s| match worst {
            Some(w) if w.shortfall() >= s.shortfall() => Some(w),
            _ => Some(s),
        });
    let Some(s) = worst else {
        return text(
            "各项均达到目标值，无失分",
            "no shortfall: every scored indicator at its target",
        );
    };
    let r = &s.result;
    let lost = points(s.shortfall());
    let decimals = if r.unit == "%" { 0 } else { 2 };
    let target = threshold_text(&r.threshold, &r.unit, decimals);
    let value = r.value.map_or_else(String::new, |v| {
        let shown = if r.unit == "%" {
            amount((v * 100.0).round() / 100.0)
        } else {
            zcp_sdk::fmt_num(v, 4)
        };
        format!("{shown} {}", r.unit)
    });
    text(
        format!(
            "失分最多：`{}` 失 {lost} 分（{value}，目标值 {}）",
            r.id, target.zh
        ),
        format!(
            "largest shortfall `{}`, {lost} points short ({value} against {})",
            r.id, target.en
        ),
    )
}

/// The total to 2 decimals, followed by its full value when the rounding
/// would put it on the other side of a cut-off (59.999 is not 60.00).
fn total_text(total: f64, cut_offs: &[f64; 3]) -> String {
    let shown = points(total);
    let back = shown.replace(',', "").parse::<f64>().unwrap_or(f64::NAN);
    if cut_offs.iter().any(|c| (total >= *c) != (back >= *c)) {
        format!("{shown} ({total})")
    } else {
        shown
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn a_total_rounded_across_a_cut_off_shows_its_full_value() {
        let c = [60.0, 75.0, 90.0];
        assert_eq!(total_text(59.999, &c), "60.00 (59.999)");
        assert_eq!(total_text(60.0, &c), "60.00");
        assert_eq!(total_text(67.230_273, &c), "67.23");
        assert_eq!(total_text(74.996, &c), "75.00 (74.996)");
    }
}
