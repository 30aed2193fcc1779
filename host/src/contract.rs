//! Checks on what a plugin returns, made on every evaluation before anything
//! is reported: results of indicators it declared, once each, in their
//! declared units; finite numbers; a verdict its own deciding results allow;
//! a declared tier; a score within the declared maximum. A violation
//! replaces the evaluation with [`RunError::Contract`]; the other standards
//! of the run report as usual.
//!
//! The verdict is checked against the standard's own eligibility and core
//! results (the kinds it declared), as the SDK's `verdict_of` decides it: a
//! failing one requires `not-qualified`; otherwise missing data forbids
//! `qualified`. Three verdicts are the standard's choice and never refused:
//! `not-applicable` and `assessed` (whether it applies, whether it gates,
//! is for the standard to say), and `not-qualified` with no failing result
//! of its own (a derived standard inherits its base's failure). A derived
//! standard is checked against its own description only: it declares every
//! id it returns, even one its base declares too.
//!
//! [`RunError::Contract`]: crate::runtime::RunError::Contract

use std::collections::BTreeSet;

use crate::model::{
    Evaluation, IndicatorKind, IndicatorResult, Outcome, StandardInfo, Threshold, Verdict,
};

/// Untrusted text in a message is cut to this many characters.
const SHOWN_CHARS: usize = 80;

/// The first way `evaluation` breaks the contract for the standard that
/// `info` describes, in one line.
pub(crate) fn check(info: &StandardInfo, evaluation: &Evaluation) -> Result<(), String> {
    ids(info, &evaluation.results)?;
    for result in &evaluation.results {
        unit(info, result)?;
        numbers(result)?;
    }
    verdict(info, evaluation)?;
    tier(info, evaluation)?;
    score(info, evaluation)
}

/// Every result's id is declared, and none appears twice.
fn ids(info: &StandardInfo, results: &[IndicatorResult]) -> Result<(), String> {
    let mut seen = BTreeSet::new();
    for r in results {
        if info.indicator(&r.id).is_none() {
            return Err(format!(
                "result `{}` is not an indicator its `describe` declares",
                shown(&r.id)
            ));
        }
        if !seen.insert(r.id.as_str()) {
            return Err(format!("result `{}` is returned twice", r.id));
        }
    }
    Ok(())
}

/// A result is in the unit its indicator is declared in.
fn unit(info: &StandardInfo, r: &IndicatorResult) -> Result<(), String> {
    let declared = info.indicator(&r.id).map_or("", |i| i.unit.as_str());
    if r.unit == declared {
        return Ok(());
    }
    let got = match r.unit.as_str() {
        "" => "has no unit".to_owned(),
        unit => format!("is in `{}`", shown(unit)),
    };
    let wanted = match declared {
        "" => "without a unit".to_owned(),
        unit => format!("in `{unit}`"),
    };
    Err(format!(
        "result `{}` {got}, but its indicator is declared {wanted}",
        r.id
    ))
}

/// A result's value, score and threshold bounds are finite.
fn numbers(r: &IndicatorResult) -> Result<(), String> {
    for (name, number) in [("value", r.value), ("score", r.score)] {
        if let Some(v) = number.filter(|v| !v.is_finite()) {
            return Err(format!(
                "result `{}` has {name} `{v}`, not a finite number",
                r.id
            ));
        }
    }
    threshold(&r.threshold).map_err(|why| format!("result `{}` has a threshold {why}", r.id))
}

/// Why a threshold is refused (its bounds finite, `within` in order), as
/// the end of a sentence: ``bound `NaN`, not a finite number``.
pub(crate) fn threshold(t: &Threshold) -> Result<(), String> {
    let bounds = match t {
        Threshold::AtMost(v) | Threshold::AtLeast(v) => vec![*v],
        Threshold::Within(min, max) => vec![*min, *max],
        Threshold::Qualitative(_) | Threshold::Unbounded => vec![],
    };
    if let Some(v) = bounds.iter().find(|v| !v.is_finite()) {
        return Err(format!("bound `{v}`, not a finite number"));
    }
    match t {
        Threshold::Within(min, max) if min > max => Err(format!(
            "within `[{min}, {max}]`, whose minimum is above its maximum"
        )),
        _ => Ok(()),
    }
}

/// The verdict agrees with the standard's own eligibility and core results.
fn verdict(info: &StandardInfo, e: &Evaluation) -> Result<(), String> {
    if matches!(e.verdict, Verdict::NotApplicable | Verdict::Assessed) {
        return Ok(());
    }
    let deciding = |outcome: Outcome| {
        e.results.iter().find_map(|r| {
            let kind = info.kind_of(&r.id);
            (r.outcome == outcome
                && matches!(kind, IndicatorKind::Eligibility | IndicatorKind::Core))
            .then_some((kind, r))
        })
    };
    if e.verdict != Verdict::NotQualified
        && let Some((kind, r)) = deciding(Outcome::Fail)
    {
        return Err(format!(
            "verdict `{}`, but {} result `{}` is `fail`, which makes it `not-qualified`",
            e.verdict.as_str(),
            kind.as_str(),
            r.id
        ));
    }
    if e.verdict == Verdict::Qualified
        && let Some((kind, r)) = deciding(Outcome::InsufficientData)
    {
        return Err(format!(
            "verdict `qualified`, but {} result `{}` is `insufficient-data`, which leaves it `incomplete` at best",
            kind.as_str(),
            r.id
        ));
    }
    Ok(())
}

/// A tier, when given, is one the standard declares.
fn tier(info: &StandardInfo, e: &Evaluation) -> Result<(), String> {
    let Some(tier) = &e.tier else { return Ok(()) };
    if info.tiers.iter().any(|t| t.id == *tier) {
        return Ok(());
    }
    let declared: Vec<String> = info.tiers.iter().map(|t| format!("`{}`", t.id)).collect();
    Err(format!(
        "tier `{}` is not a declared tier ({})",
        shown(tier),
        if declared.is_empty() {
            "it declares none".to_owned()
        } else {
            format!("declared: {}", declared.join(", "))
        }
    ))
}

/// The total score is finite, and within [0, max-score] when one is declared.
fn score(info: &StandardInfo, e: &Evaluation) -> Result<(), String> {
    let Some(score) = e.score else { return Ok(()) };
    if !score.is_finite() {
        return Err(format!("total score `{score}` is not a finite number"));
    }
    match info.max_score {
        Some(max) if !(0.0..=max).contains(&score) => Err(format!(
            "total score `{score}` lies outside [0, {max}], its declared `max-score`"
        )),
        _ => Ok(()),
    }
}

/// Untrusted text for a one-line message: escaped, and cut when long.
pub(crate) fn shown(text: &str) -> String {
    let escaped: String = text.escape_debug().collect();
    match escaped.char_indices().nth(SHOWN_CHARS) {
        Some((cut, _)) => format!("{}…", &escaped[..cut]),
        None => escaped,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::model::{Indicator, Status, Text, Tier};

    const CORE: &str = "core.carbon-per-energy";
    const GATE: &str = "eligibility.zone-level";
    const INFO: &str = "info.energy-consumption";

    fn text() -> Text {
        Text {
            zh: String::new(),
            en: String::new(),
        }
    }

    fn indicator(id: &str, kind: IndicatorKind, unit: &str) -> Indicator {
        Indicator {
            id: id.to_owned(),
            title: text(),
            kind,
            unit: unit.to_owned(),
            thresholds: vec![],
            description: text(),
            group: None,
            weight: None,
        }
    }

    /// A core indicator in tCO2/tce, an eligibility one without a unit, an
    /// informative one in tce; tiers `a` and `b` out of 100.
    fn info() -> StandardInfo {
        StandardInfo {
            id: "checked".to_owned(),
            version: semver::Version::new(1, 0, 0),
            title: text(),
            issuer: text(),
            source: text(),
            jurisdiction: "CN".to_owned(),
            status: Status::Draft,
            effective: None,
            extends: None,
            indicators: vec![
                indicator(CORE, IndicatorKind::Core, "tCO2/tce"),
                indicator(GATE, IndicatorKind::Eligibility, ""),
                indicator(INFO, IndicatorKind::Informative, "tce"),
            ],
            requires: vec![],
            parameters: vec![],
            defines: vec![],
            tiers: ["a", "b"]
                .map(|id| Tier {
                    id: id.to_owned(),
                    title: text(),
                    min_score: 50.0,
                })
                .to_vec(),
            max_score: Some(100.0),
        }
    }

    fn result(id: &str, outcome: Outcome) -> IndicatorResult {
        let info = info();
        let declared = info.indicator(id);
        IndicatorResult {
            id: id.to_owned(),
            kind: info.kind_of(id),
            outcome,
            value: Some(0.1),
            unit: declared.map_or_else(String::new, |i| i.unit.clone()),
            threshold: Threshold::AtMost(0.2),
            band: None,
            score: None,
            explanation: text(),
            used: vec![],
            missing: vec![],
        }
    }

    fn evaluation(verdict: Verdict, results: Vec<IndicatorResult>) -> Evaluation {
        Evaluation {
            verdict,
            summary: None,
            tier: None,
            score: None,
            results,
            assumptions: vec![],
            notes: vec![],
        }
    }

    fn violation(e: &Evaluation) -> String {
        check(&info(), e).unwrap_err()
    }

    #[test]
    fn an_honest_evaluation_passes() {
        let e = evaluation(
            Verdict::Qualified,
            vec![
                result(GATE, Outcome::Pass),
                result(CORE, Outcome::Pass),
                result(INFO, Outcome::Fail),
            ],
        );
        check(&info(), &e).unwrap();
        check(&info(), &evaluation(Verdict::Qualified, vec![])).unwrap();
    }

    #[test]
    fn an_undeclared_id_is_refused() {
        let e = evaluation(
            Verdict::Qualified,
            vec![result("core.other", Outcome::Pass)],
        );
        assert_eq!(
            violation(&e),
            "result `core.other` is not an indicator its `describe` declares"
        );
        let e = evaluation(Verdict::Qualified, vec![result("a\nb", Outcome::Pass)]);
        assert_eq!(
            violation(&e),
            "result `a\\nb` is not an indicator its `describe` declares",
            "one line whatever the plugin sends"
        );
    }

    #[test]
    fn an_id_returned_twice_is_refused() {
        let core = result(CORE, Outcome::Pass);
        let e = evaluation(Verdict::Qualified, vec![core.clone(), core]);
        assert_eq!(
            violation(&e),
            "result `core.carbon-per-energy` is returned twice"
        );
    }

    #[test]
    fn a_unit_other_than_the_declared_one_is_refused() {
        let mut core = result(CORE, Outcome::Pass);
        core.unit = "kgCO2/kgce".to_owned();
        let e = evaluation(Verdict::Qualified, vec![core.clone()]);
        assert_eq!(
            violation(&e),
            "result `core.carbon-per-energy` is in `kgCO2/kgce`, but its indicator is declared in `tCO2/tce`"
        );
        core.unit = String::new();
        let e = evaluation(Verdict::Qualified, vec![core]);
        assert_eq!(
            violation(&e),
            "result `core.carbon-per-energy` has no unit, but its indicator is declared in `tCO2/tce`"
        );
        let mut gate = result(GATE, Outcome::Pass);
        gate.unit = "%".to_owned();
        let e = evaluation(Verdict::Qualified, vec![gate]);
        assert_eq!(
            violation(&e),
            "result `eligibility.zone-level` is in `%`, but its indicator is declared without a unit"
        );
    }

    #[test]
    fn values_and_scores_that_are_not_finite_are_refused() {
        let mut core = result(CORE, Outcome::Pass);
        core.value = Some(f64::NAN);
        let e = evaluation(Verdict::Qualified, vec![core]);
        assert_eq!(
            violation(&e),
            "result `core.carbon-per-energy` has value `NaN`, not a finite number"
        );
        let mut info_result = result(INFO, Outcome::Pass);
        info_result.score = Some(f64::INFINITY);
        let e = evaluation(Verdict::Qualified, vec![info_result]);
        assert_eq!(
            violation(&e),
            "result `info.energy-consumption` has score `inf`, not a finite number"
        );
    }

    #[test]
    fn thresholds_have_finite_bounds_in_order() {
        let with = |threshold| {
            let mut core = result(CORE, Outcome::Pass);
            core.threshold = threshold;
            violation(&evaluation(Verdict::Qualified, vec![core]))
        };
        assert_eq!(
            with(Threshold::AtLeast(f64::NEG_INFINITY)),
            "result `core.carbon-per-energy` has a threshold bound `-inf`, not a finite number"
        );
        assert_eq!(
            with(Threshold::Within(0.5, f64::NAN)),
            "result `core.carbon-per-energy` has a threshold bound `NaN`, not a finite number"
        );
        assert_eq!(
            with(Threshold::Within(5.0, 3.0)),
            "result `core.carbon-per-energy` has a threshold within `[5, 3]`, whose minimum is above its maximum"
        );
        threshold(&Threshold::Within(3.0, 3.0)).unwrap();
    }

    #[test]
    fn qualified_with_a_failing_core_result_is_the_classic_lie() {
        let e = evaluation(
            Verdict::Qualified,
            vec![result(GATE, Outcome::Pass), result(CORE, Outcome::Fail)],
        );
        assert_eq!(
            violation(&e),
            "verdict `qualified`, but core result `core.carbon-per-energy` is `fail`, which makes it `not-qualified`"
        );
        let e = evaluation(Verdict::Incomplete, vec![result(GATE, Outcome::Fail)]);
        assert_eq!(
            violation(&e),
            "verdict `incomplete`, but eligibility result `eligibility.zone-level` is `fail`, which makes it `not-qualified`"
        );
    }

    #[test]
    fn missing_deciding_data_is_never_qualified() {
        let e = evaluation(
            Verdict::Qualified,
            vec![result(CORE, Outcome::InsufficientData)],
        );
        assert_eq!(
            violation(&e),
            "verdict `qualified`, but core result `core.carbon-per-energy` is `insufficient-data`, which leaves it `incomplete` at best"
        );
        let incomplete = evaluation(Verdict::Incomplete, e.results.clone());
        check(&info(), &incomplete).unwrap();
    }

    #[test]
    fn verdicts_the_results_do_not_decide_are_the_standards_choice() {
        let failing = vec![result(CORE, Outcome::Fail)];
        for verdict in [
            Verdict::NotApplicable,
            Verdict::Assessed,
            Verdict::NotQualified,
        ] {
            check(&info(), &evaluation(verdict, failing.clone())).unwrap();
        }
        // A derived standard may be not qualified on its base's failure.
        let passing = vec![result(CORE, Outcome::Pass)];
        check(&info(), &evaluation(Verdict::NotQualified, passing)).unwrap();
        // Guiding and informative results never decide.
        let e = evaluation(Verdict::Qualified, vec![result(INFO, Outcome::Fail)]);
        check(&info(), &e).unwrap();
    }

    #[test]
    fn a_tier_must_be_declared() {
        let mut e = evaluation(Verdict::Assessed, vec![]);
        e.tier = Some("b".to_owned());
        check(&info(), &e).unwrap();
        e.tier = Some("platinum".to_owned());
        assert_eq!(
            violation(&e),
            "tier `platinum` is not a declared tier (declared: `a`, `b`)"
        );
        let untiered = StandardInfo {
            tiers: vec![],
            ..info()
        };
        assert_eq!(
            check(&untiered, &e).unwrap_err(),
            "tier `platinum` is not a declared tier (it declares none)"
        );
    }

    #[test]
    fn a_total_score_is_finite_and_within_the_declared_maximum() {
        let mut e = evaluation(Verdict::Assessed, vec![]);
        for ok in [0.0, 72.5, 100.0] {
            e.score = Some(ok);
            check(&info(), &e).unwrap();
        }
        e.score = Some(100.5);
        assert_eq!(
            violation(&e),
            "total score `100.5` lies outside [0, 100], its declared `max-score`"
        );
        e.score = Some(-1.0);
        assert!(violation(&e).starts_with("total score `-1` lies outside"));
        e.score = Some(f64::NAN);
        assert_eq!(violation(&e), "total score `NaN` is not a finite number");
        let unbounded = StandardInfo {
            max_score: None,
            ..info()
        };
        e.score = Some(1e6);
        check(&unbounded, &e).unwrap();
    }

    #[test]
    fn long_untrusted_text_is_cut() {
        let long = "x".repeat(500);
        assert_eq!(shown(&long).chars().count(), SHOWN_CHARS + 1);
        assert_eq!(shown("a\u{7}"), "a\\u{7}");
    }
}
