//! The builds whose evaluation the host must refuse (`ZCP_TEST_FAULT`): one
//! way each of breaking the contract, and one evaluation too large to
//! report. Every other part of the evaluation is honest, so the host has
//! exactly one thing to catch.

use zcp_sdk::{Evaluation, IndicatorKind, IndicatorResult, Outcome, Threshold, Verdict, text};

use crate::{CORE, FAULT, label};

/// The tier the `bad-tier` build reports, which no build declares.
const UNDECLARED_TIER: &str = "platinum";
/// The result id the `undeclared-id` build returns without declaring it.
const UNDECLARED_ID: &str = "informative.never-declared";
/// A core value above the declared threshold of 0.03.
const FAILING_VALUE: f64 = 0.05;
/// The size of the note the `huge-result` build returns: over the host's
/// default cap of 4 MiB on an evaluation.
const HUGE_NOTE_BYTES: usize = 5 << 20;

/// Whether this build declares tiers (`bad-tier`: its report names one it
/// does not declare).
pub fn declares_tiers() -> bool {
    FAULT == "bad-tier"
}

/// The faulty evaluation of this build, or `None` for an honest build.
pub fn evaluation() -> Option<Evaluation> {
    let passing = core(Outcome::Pass, 0.02);
    let (verdict, results, tier) = match FAULT {
        // The classic lie: qualified with the core indicator failed.
        "lying-verdict" => (
            Verdict::Qualified,
            vec![core(Outcome::Fail, FAILING_VALUE)],
            None,
        ),
        "undeclared-id" => (
            Verdict::Qualified,
            vec![
                passing.clone(),
                IndicatorResult {
                    id: UNDECLARED_ID.to_owned(),
                    kind: IndicatorKind::Informative,
                    ..passing
                },
            ],
            None,
        ),
        "duplicate-id" => (Verdict::Qualified, vec![passing.clone(), passing], None),
        "nan-value" => (
            Verdict::Qualified,
            vec![core(Outcome::Pass, f64::NAN)],
            None,
        ),
        "wrong-unit" => (
            Verdict::Qualified,
            vec![IndicatorResult {
                unit: "kgCO2/kgce".to_owned(),
                ..passing
            }],
            None,
        ),
        "bad-tier" => (
            Verdict::Qualified,
            vec![passing],
            Some(UNDECLARED_TIER.to_owned()),
        ),
        "huge-result" => (Verdict::Qualified, vec![passing], None),
        _ => return None,
    };
    let mut notes = vec![label()];
    if FAULT == "huge-result" {
        notes.push(text("", "x".repeat(HUGE_NOTE_BYTES)));
    }
    Some(Evaluation {
        verdict,
        summary: None,
        tier,
        score: None,
        results,
        assumptions: vec![],
        notes,
    })
}

/// The declared core result with this outcome and value.
fn core(outcome: Outcome, value: f64) -> IndicatorResult {
    IndicatorResult {
        id: CORE.to_owned(),
        kind: IndicatorKind::Core,
        outcome,
        value: Some(value),
        unit: "tCO2/tce".to_owned(),
        threshold: Threshold::AtMost(0.03),
        band: None,
        score: None,
        explanation: text("固定数值", "a fixed value"),
        used: vec![],
        missing: vec![],
    }
}
