//! The verdicts contract 1.1.0 adds: `not-applicable` and `assessed` (a
//! scored standard with tiers).

use zcp_sdk::{
    Evaluation, Indicator, IndicatorKind, IndicatorResult, Outcome, Threshold, Tier, Verdict,
    not_applicable as not_applicable_because, text,
};

use crate::{VERDICT, faults, indicator};

/// The one scored indicator of the `assessed` build.
const TOTAL: &str = "scored.total";
/// The total score the `assessed` build gives.
const SCORE: f64 = 72.5;
/// The highest total score.
const MAX_SCORE: f64 = 100.0;

/// `not-applicable`, saying why.
pub fn not_applicable() -> Evaluation {
    not_applicable_because(text(
        "园区综合能耗低于本标准的适用下限",
        "the park's energy consumption is below this standard's floor",
    ))
}

/// Tiers and the highest score: those of the `assessed` and `bad-tier`
/// builds, none otherwise.
pub fn tiers() -> (Vec<Tier>, Option<f64>) {
    if VERDICT != "assessed" && !faults::declares_tiers() {
        return (vec![], None);
    }
    let tier = |id: &str, zh: &str, en: &str, min_score: f64| Tier {
        id: id.to_owned(),
        title: text(zh, en),
        min_score,
    };
    (
        vec![
            tier("a", "A 级", "Tier A", 85.0),
            tier("b", "B 级", "Tier B", 70.0),
            tier("c", "C 级", "Tier C", 0.0),
        ],
        Some(MAX_SCORE),
    )
}

/// `scored.total`, the whole score, weight 1.
pub fn scored_indicator() -> Indicator {
    Indicator {
        weight: Some(1.0),
        ..indicator(
            TOTAL,
            IndicatorKind::Scored,
            text("总分", "Total score"),
            "",
            Some(Threshold::Unbounded),
        )
    }
}

/// `assessed`: 72.5 points, tier `b`, no gate.
pub fn assessed() -> Evaluation {
    Evaluation {
        verdict: Verdict::Assessed,
        summary: Some(text(
            format!("总分 {SCORE} / {MAX_SCORE}：B 级"),
            format!("total score {SCORE} of {MAX_SCORE}: tier b"),
        )),
        tier: Some("b".to_owned()),
        score: Some(SCORE),
        results: vec![IndicatorResult {
            id: TOTAL.to_owned(),
            kind: IndicatorKind::Scored,
            outcome: Outcome::Pass,
            value: Some(SCORE),
            unit: String::new(),
            threshold: Threshold::Unbounded,
            band: None,
            score: Some(SCORE),
            explanation: text(
                format!("固定总分 {SCORE}"),
                format!("a fixed total of {SCORE}"),
            ),
            used: vec![],
            missing: vec![],
        }],
        assumptions: vec![],
        notes: vec![],
    }
}
