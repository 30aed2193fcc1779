//! The one-line summary of an evaluation: how many reference values are
//! met, not met, without data and not applicable.

use zcp_sdk::{IndicatorKind, IndicatorResult, Outcome, Text, text};

use crate::reference::ENCODED;

/// `7 of 11 reference values met, 3 not met, 1 without data` (and how many
/// do not apply, when any).
pub fn summary(results: &[IndicatorResult]) -> Text {
    let count = |outcome: Outcome| {
        results
            .iter()
            .filter(|r| r.kind == IndicatorKind::Scored && r.outcome == outcome)
            .count()
    };
    let (met, not_met, no_data, not_applicable) = (
        count(Outcome::Pass),
        count(Outcome::Fail),
        count(Outcome::InsufficientData),
        count(Outcome::NotApplicable),
    );
    let (na_zh, na_en) = if not_applicable > 0 {
        (
            format!("、{not_applicable} 项不适用"),
            format!(", {not_applicable} not applicable"),
        )
    } else {
        (String::new(), String::new())
    };
    text(
        format!(
            "{ENCODED} 项参考值中 {met} 项达到、{not_met} 项未达到、{no_data} 项缺少数据{na_zh}（参考值不设门槛）"
        ),
        format!(
            "{met} of {ENCODED} reference values met, {not_met} not met, {no_data} without data{na_en} (reference values do not gate)"
        ),
    )
}
