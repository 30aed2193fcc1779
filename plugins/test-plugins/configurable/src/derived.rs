//! A derived (provincial) test standard: the base's core value re-judged on
//! a stricter threshold, the base's core result found by its kind.

use zcp_sdk::{
    Evaluation, IndicatorKind, IndicatorResult, Outcome, Threshold, Verdict, not_applicable,
    results_of_kind, text,
};

use crate::CORE;

/// The stricter core threshold a derived test standard applies.
const STRICTER_CORE: f64 = 0.03;

/// The evaluation on `base`, noting the verdict the base returned. A base
/// that does not apply makes this one not apply either, for the base's reason.
pub fn evaluate(base: Evaluation) -> Evaluation {
    let (zh, en) = verdict_words(base.verdict);
    let note = text(format!("基础标准结论：{zh}"), format!("base verdict: {en}"));
    if base.verdict == Verdict::NotApplicable {
        let reason = base.summary.unwrap_or_else(|| {
            text(
                "基础标准不适用于该园区",
                "the base standard does not apply to the park",
            )
        });
        return Evaluation {
            notes: vec![note],
            ..not_applicable(reason)
        };
    }
    let core = results_of_kind(&base, IndicatorKind::Core).next();
    let value = core.and_then(|r| r.value);
    let outcome = match value {
        Some(v) if v <= STRICTER_CORE => Outcome::Pass,
        Some(_) => Outcome::Fail,
        None => Outcome::InsufficientData,
    };
    let verdict = match (base.verdict, outcome) {
        (Verdict::NotQualified, _) | (_, Outcome::Fail) => Verdict::NotQualified,
        (Verdict::Qualified, Outcome::Pass) => Verdict::Qualified,
        _ => Verdict::Incomplete,
    };
    let explanation = match core {
        Some(r) => text(
            format!("基础标准 {} 的数值，更严限值", r.id),
            format!("the base's `{}` value judged on a stricter threshold", r.id),
        ),
        None => text("基础标准没有核心指标结果", "the base has no core result"),
    };
    Evaluation {
        verdict,
        summary: None,
        tier: None,
        score: None,
        results: vec![IndicatorResult {
            id: CORE.to_owned(),
            kind: IndicatorKind::Core,
            outcome,
            value,
            unit: "tCO2/tce".to_owned(),
            threshold: Threshold::AtMost(STRICTER_CORE),
            band: None,
            score: None,
            explanation,
            used: vec![],
            missing: vec![],
        }],
        assumptions: vec![],
        notes: vec![note],
    }
}

/// A verdict in words: Chinese, and the contract's own id.
fn verdict_words(verdict: Verdict) -> (&'static str, &'static str) {
    match verdict {
        Verdict::Qualified => ("符合", "qualified"),
        Verdict::NotQualified => ("不符合", "not-qualified"),
        Verdict::Incomplete => ("无法判定", "incomplete"),
        Verdict::NotApplicable => ("不适用", "not-applicable"),
        Verdict::Assessed => ("已评估", "assessed"),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn base(verdict: Verdict, core: Option<(&str, f64)>) -> Evaluation {
        let mut e = not_applicable(text("低于下限", "below the floor"));
        e.verdict = verdict;
        e.results = core
            .map(|(id, value)| IndicatorResult {
                id: id.to_owned(),
                kind: IndicatorKind::Core,
                outcome: Outcome::Pass,
                value: Some(value),
                unit: String::new(),
                threshold: Threshold::Unbounded,
                band: None,
                score: None,
                explanation: text("", ""),
                used: vec![],
                missing: vec![],
            })
            .into_iter()
            .collect();
        e
    }

    #[test]
    fn the_base_core_result_is_found_by_kind_whatever_its_id() {
        let e = evaluate(base(
            Verdict::Qualified,
            Some(("core.grid-purchased", 0.02)),
        ));
        assert_eq!(e.verdict, Verdict::Qualified);
        assert_eq!(e.results[0].value, Some(0.02));
        assert_eq!(e.notes[0].en, "base verdict: qualified");
        let e = evaluate(base(Verdict::Qualified, Some(("core.x", 0.0314))));
        assert_eq!(e.verdict, Verdict::NotQualified);
        let e = evaluate(base(Verdict::Qualified, None));
        assert_eq!(e.verdict, Verdict::Incomplete);
    }

    #[test]
    fn a_base_that_does_not_apply_makes_this_one_not_apply() {
        let e = evaluate(base(Verdict::NotApplicable, None));
        assert_eq!(e.verdict, Verdict::NotApplicable);
        assert_eq!(e.summary.unwrap().en, "below the floor");
        assert!(e.results.is_empty());
        assert_eq!(e.notes[0].en, "base verdict: not-applicable");
    }
}
