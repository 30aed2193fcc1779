//! Comparing what a standard returned with what a case expects.

use std::collections::BTreeSet;
use std::fmt;

use serde::Serialize;

use super::case::{ErrorKind, Expect, ExpectedValue, IndicatorExpect};
use crate::model::{IndicatorResult, StandardError};
use crate::record::StandardRun;
use crate::runtime::RunError;

/// What a failure is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Check {
    /// The case itself cannot be run: its `case.toml`, park file or parameters.
    Case,
    /// The verdict.
    Verdict,
    /// The error a refusal was expected with.
    Error,
    /// An indicator expected among the results.
    Result,
    /// An indicator's outcome.
    Outcome,
    /// An indicator's value.
    Value,
    /// An indicator's missing data keys.
    Missing,
    /// The tier.
    Tier,
    /// The total score, or an indicator's score.
    Score,
}

/// One way a case failed: what it expected and what it got.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Failure {
    /// What was checked.
    pub check: Check,
    /// The indicator, for checks of one indicator.
    pub indicator: Option<String>,
    /// What the case expects, in full (empty when the case cannot be run).
    pub expected: String,
    /// What the standard returned, in full, or why the case cannot be run.
    pub got: String,
    /// The whole failure as one line.
    pub message: String,
}

impl Failure {
    fn new(check: Check, indicator: Option<&str>, expected: String, got: String) -> Failure {
        let aspect = match check {
            Check::Outcome => "outcome ",
            Check::Value => "value ",
            Check::Missing => "missing ",
            Check::Score if indicator.is_some() => "score ",
            Check::Case
            | Check::Verdict
            | Check::Error
            | Check::Result
            | Check::Tier
            | Check::Score => "",
        };
        let subject = match (indicator, check) {
            (Some(id), _) => id,
            (None, Check::Error) => "error",
            (None, Check::Tier) => "tier",
            (None, Check::Score) => "score",
            (None, _) => "verdict",
        };
        let message = if check == Check::Case {
            got.clone()
        } else {
            format!("{subject}: expected {aspect}{expected}, got {got}")
        };
        Failure {
            check,
            indicator: indicator.map(str::to_owned),
            expected,
            got,
            message,
        }
    }

    /// The case cannot be run (its files, its parameters, its year).
    pub(crate) fn case(message: String) -> Failure {
        Failure::new(Check::Case, None, String::new(), message)
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// Every way `run` differs from `expect` (none when the case passes).
pub(crate) fn check(expect: &Expect, run: &StandardRun) -> Vec<Failure> {
    match expect {
        Expect::Evaluation {
            verdict,
            tier,
            score,
            indicators,
        } => {
            let Some(evaluation) = &run.evaluation else {
                let got = run
                    .error
                    .as_ref()
                    .map_or_else(|| "no evaluation".to_owned(), describe_error);
                return vec![Failure::new(
                    Check::Verdict,
                    None,
                    verdict.as_str().to_owned(),
                    got,
                )];
            };
            let mut failures = Vec::new();
            if evaluation.verdict != *verdict {
                failures.push(Failure::new(
                    Check::Verdict,
                    None,
                    verdict.as_str().to_owned(),
                    evaluation.verdict.as_str().to_owned(),
                ));
            }
            if let Some(tier) = tier
                && evaluation.tier != *tier
            {
                let shown = |t: &Option<String>| t.clone().unwrap_or_else(|| "none".to_owned());
                failures.push(Failure::new(
                    Check::Tier,
                    None,
                    shown(tier),
                    shown(&evaluation.tier),
                ));
            }
            if let Some(score) = score {
                number(Check::Score, None, score, evaluation.score, &mut failures);
            }
            let results = run.layered_results();
            for (id, expected) in indicators {
                match results.iter().find(|(_, r)| r.id == *id) {
                    Some((_, result)) => indicator(id, expected, result, &mut failures),
                    None => {
                        let ids: Vec<&str> = results.iter().map(|(_, r)| r.id.as_str()).collect();
                        failures.push(Failure::new(
                            Check::Result,
                            Some(id),
                            "a result".to_owned(),
                            format!("none (results: {})", list_or_none(&ids)),
                        ));
                    }
                }
            }
            failures
        }
        Expect::Error { kind, contains } => {
            let expected = match contains {
                Some(text) => format!("{kind} containing `{text}`"),
                None => kind.to_string(),
            };
            let got = match (&run.evaluation, &run.error) {
                (Some(evaluation), _) => format!("verdict {}", evaluation.verdict.as_str()),
                (None, Some(RunError::Standard { error })) => {
                    let (got_kind, message) = split_error(error);
                    let text_matches = contains.as_ref().is_none_or(|t| message.contains(t));
                    if got_kind == *kind && text_matches {
                        return vec![];
                    }
                    format!("{got_kind}: {message}")
                }
                (None, Some(error)) => describe_error(error),
                (None, None) => "no evaluation and no error".to_owned(),
            };
            vec![Failure::new(Check::Error, None, expected, got)]
        }
    }
}

fn indicator(id: &str, expected: &IndicatorExpect, got: &IndicatorResult, out: &mut Vec<Failure>) {
    if let Some(outcome) = expected.outcome
        && outcome != got.outcome
    {
        out.push(Failure::new(
            Check::Outcome,
            Some(id),
            outcome.as_str().to_owned(),
            got.outcome.as_str().to_owned(),
        ));
    }
    if let Some(value) = &expected.value {
        number(Check::Value, Some(id), value, got.value, out);
    }
    if let Some(score) = &expected.score {
        number(Check::Score, Some(id), score, got.score, out);
    }
    if let Some(missing) = &expected.missing {
        let got_missing: BTreeSet<String> = got.missing.iter().cloned().collect();
        if *missing != got_missing {
            out.push(Failure::new(
                Check::Missing,
                Some(id),
                key_set(missing),
                key_set(&got_missing),
            ));
        }
    }
}

/// A number the case expects within its tolerance.
fn number(
    check: Check,
    indicator: Option<&str>,
    expected: &ExpectedValue,
    got: Option<f64>,
    out: &mut Vec<Failure>,
) {
    if !got.is_some_and(|v| expected.matches(v)) {
        let what = if check == Check::Score {
            "score"
        } else {
            "value"
        };
        out.push(Failure::new(
            check,
            indicator,
            expected.to_string(),
            got.map_or_else(|| format!("no {what}"), |v| v.to_string()),
        ));
    }
}

fn split_error(error: &StandardError) -> (ErrorKind, &str) {
    match error {
        StandardError::InvalidData(m) => (ErrorKind::InvalidData, m),
        StandardError::InvalidParameter(m) => (ErrorKind::InvalidParameter, m),
        StandardError::Internal(m) => (ErrorKind::Internal, m),
    }
}

/// A run error as the case format names it.
fn describe_error(error: &RunError) -> String {
    match error {
        RunError::Standard { error } => {
            let (kind, message) = split_error(error);
            format!("error {kind}: {message}")
        }
        other => format!("no evaluation: {other}"),
    }
}

fn key_set(keys: &BTreeSet<String>) -> String {
    let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
    format!("[{}]", keys.join(", "))
}

fn list_or_none(items: &[&str]) -> String {
    if items.is_empty() {
        "none".to_owned()
    } else {
        items.join(", ")
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use std::collections::BTreeMap;

    use super::*;
    use crate::conformance::case::{DEFAULT_TOLERANCE, ExpectedValue};
    use crate::model::{Evaluation, Outcome, Text, Threshold, Verdict};
    use crate::sandbox::Output;
    use crate::state::Lineage;

    fn result(id: &str, outcome: Outcome, value: Option<f64>, missing: &[&str]) -> IndicatorResult {
        IndicatorResult {
            id: id.to_owned(),
            kind: crate::model::IndicatorKind::Core,
            outcome,
            value,
            unit: "tCO2/tce".to_owned(),
            threshold: Threshold::AtMost(0.2),
            band: None,
            score: None,
            explanation: Text {
                zh: String::new(),
                en: String::new(),
            },
            used: vec![],
            missing: missing.iter().map(|k| (*k).to_owned()).collect(),
        }
    }

    fn run(outcome: Result<(Verdict, Vec<IndicatorResult>), RunError>) -> StandardRun {
        let (verdict, evaluation, error) = match outcome {
            Ok((verdict, results)) => (
                verdict,
                Some(Evaluation {
                    verdict,
                    summary: None,
                    tier: None,
                    score: None,
                    results,
                    assumptions: vec![],
                    notes: vec![],
                }),
                None,
            ),
            Err(error) => (Verdict::Incomplete, None, Some(error)),
        };
        StandardRun {
            standard: "cn-zcp@1.0.0".to_owned(),
            verdict,
            parameters: vec![],
            evaluation,
            error,
            base: None,
            lineage: Lineage::default(),
            stdout: Output::default(),
            stderr: Output::default(),
            fuel_used: 0,
        }
    }

    fn evaluated(value: Option<f64>, missing: &[&str]) -> StandardRun {
        run(Ok((
            Verdict::Qualified,
            vec![result("core.c", Outcome::Pass, value, missing)],
        )))
    }

    fn expect_core(expected: IndicatorExpect) -> Expect {
        Expect::Evaluation {
            verdict: Verdict::Qualified,
            tier: None,
            score: None,
            indicators: BTreeMap::from([("core.c".to_owned(), expected)]),
        }
    }

    fn expect_value(value: f64, tolerance: f64) -> Expect {
        expect_core(IndicatorExpect {
            value: Some(ExpectedValue { value, tolerance }),
            ..IndicatorExpect::default()
        })
    }

    fn messages(failures: &[Failure]) -> Vec<&str> {
        failures.iter().map(|f| f.message.as_str()).collect()
    }

    #[test]
    fn a_value_at_the_edge_of_its_tolerance_passes_and_beyond_fails() {
        // 1024 ± 2^-10 relative is 1024 ± 1, exactly representable.
        let expect = expect_value(1024.0, 1.0 / 1024.0);
        for inside in [1024.0, 1023.0, 1025.0] {
            assert_eq!(
                check(&expect, &evaluated(Some(inside), &[])),
                vec![],
                "{inside}"
            );
        }
        for outside in [
            1_025.000_000_001,
            1_022.999_999_999,
            f64::NAN,
            f64::INFINITY,
        ] {
            let failures = check(&expect, &evaluated(Some(outside), &[]));
            assert_eq!(failures.len(), 1, "{outside}");
            assert_eq!(failures[0].check, Check::Value);
        }
    }

    #[test]
    fn the_tolerance_is_relative_to_the_expected_value() {
        let expect = expect_value(-2e6, DEFAULT_TOLERANCE);
        assert!(check(&expect, &evaluated(Some(-2e6 - 1e-3), &[])).is_empty());
        assert_eq!(check(&expect, &evaluated(Some(-2e6 - 3e-3), &[])).len(), 1);
        let zero = expect_value(0.0, 0.5);
        assert!(check(&zero, &evaluated(Some(0.0), &[])).is_empty());
        assert!(check(&zero, &evaluated(Some(-0.0), &[])).is_empty());
        assert_eq!(
            check(&zero, &evaluated(Some(1e-300), &[])).len(),
            1,
            "an expected 0 takes exactly 0"
        );
    }

    #[test]
    fn a_wrong_value_says_expected_and_got_in_full() {
        let failures = check(&expect_value(0.2, 1e-9), &evaluated(Some(0.200_000_1), &[]));
        assert_eq!(
            messages(&failures),
            ["core.c: expected value 0.2 ± 1e-9 (relative), got 0.2000001"]
        );
        let failures = check(&expect_value(0.2, 1e-9), &evaluated(None, &[]));
        assert_eq!(
            messages(&failures),
            ["core.c: expected value 0.2 ± 1e-9 (relative), got no value"]
        );
        assert_eq!(failures[0].indicator.as_deref(), Some("core.c"));
        assert_eq!(failures[0].expected, "0.2 ± 1e-9 (relative)");
        assert_eq!(failures[0].got, "no value");
    }

    #[test]
    fn missing_keys_compare_as_a_set() {
        let expect = |keys: &[&str]| {
            expect_core(IndicatorExpect {
                missing: Some(keys.iter().map(|k| (*k).to_owned()).collect()),
                ..IndicatorExpect::default()
            })
        };
        let got = evaluated(None, &["b.key", "a.key"]);
        assert!(
            check(&expect(&["a.key", "b.key"]), &got).is_empty(),
            "order ignored"
        );
        assert!(check(&expect(&["b.key", "a.key", "b.key"]), &got).is_empty());
        assert_eq!(
            messages(&check(&expect(&["a.key"]), &got)),
            ["core.c: expected missing [a.key], got [a.key, b.key]"],
            "a subset is not the set"
        );
        assert_eq!(
            messages(&check(&expect(&[]), &got)),
            ["core.c: expected missing [], got [a.key, b.key]"]
        );
        assert!(check(&expect(&[]), &evaluated(None, &[])).is_empty());
    }

    #[test]
    fn verdict_outcome_and_absent_indicators_are_reported() {
        let expect = Expect::Evaluation {
            verdict: Verdict::NotQualified,
            tier: None,
            score: None,
            indicators: BTreeMap::from([
                (
                    "core.c".to_owned(),
                    IndicatorExpect {
                        outcome: Some(Outcome::Fail),
                        ..IndicatorExpect::default()
                    },
                ),
                ("guiding.absent".to_owned(), IndicatorExpect::default()),
            ]),
        };
        assert_eq!(
            messages(&check(&expect, &evaluated(Some(0.1), &[]))),
            [
                "verdict: expected not-qualified, got qualified",
                "core.c: expected outcome fail, got pass",
                "guiding.absent: expected a result, got none (results: core.c)",
            ]
        );
    }

    #[test]
    fn an_expected_evaluation_that_is_refused_fails_once() {
        let refused = run(Err(RunError::Standard {
            error: StandardError::InvalidData("`x` is negative".to_owned()),
        }));
        assert_eq!(
            messages(&check(&expect_value(0.2, 1e-9), &refused)),
            ["verdict: expected qualified, got error invalid-data: `x` is negative"]
        );
        let trapped = run(Err(RunError::Trap {
            message: "unreachable".to_owned(),
        }));
        assert_eq!(
            messages(&check(&expect_value(0.2, 1e-9), &trapped)),
            ["verdict: expected qualified, got no evaluation: the plugin crashed: unreachable"]
        );
    }

    #[test]
    fn error_expectations_match_kind_and_text() {
        let refused = run(Err(RunError::Standard {
            error: StandardError::InvalidData(
                "`fuel.coke.conversion` is 3 t: not yet implemented".to_owned(),
            ),
        }));
        let expect = |kind, contains: Option<&str>| Expect::Error {
            kind,
            contains: contains.map(str::to_owned),
        };
        assert!(check(&expect(ErrorKind::InvalidData, None), &refused).is_empty());
        assert!(
            check(
                &expect(ErrorKind::InvalidData, Some("fuel.coke.conversion")),
                &refused
            )
            .is_empty()
        );
        assert_eq!(
            messages(&check(
                &expect(ErrorKind::InvalidData, Some("heat")),
                &refused
            )),
            [
                "error: expected invalid-data containing `heat`, got invalid-data: `fuel.coke.conversion` is 3 t: not yet implemented"
            ]
        );
        assert_eq!(
            messages(&check(&expect(ErrorKind::InvalidParameter, None), &refused)),
            [
                "error: expected invalid-parameter, got invalid-data: `fuel.coke.conversion` is 3 t: not yet implemented"
            ]
        );
        assert_eq!(
            messages(&check(
                &expect(ErrorKind::Internal, None),
                &evaluated(Some(0.1), &[])
            )),
            ["error: expected internal, got verdict qualified"]
        );
        let trapped = run(Err(RunError::Trap {
            message: "unreachable".to_owned(),
        }));
        assert_eq!(
            messages(&check(&expect(ErrorKind::Internal, None), &trapped)),
            ["error: expected internal, got no evaluation: the plugin crashed: unreachable"],
            "a trap is not an error value"
        );
    }

    #[test]
    fn tier_and_scores_are_checked() {
        let mut got = evaluated(Some(1.0), &[]);
        let evaluation = got.evaluation.as_mut().unwrap();
        evaluation.tier = Some("silver".to_owned());
        evaluation.score = Some(72.5);
        evaluation.results[0].score = Some(12.0);
        let within = |value| ExpectedValue {
            value,
            tolerance: DEFAULT_TOLERANCE,
        };
        let expect = |tier: Option<Option<&str>>, total: f64, indicator: f64| Expect::Evaluation {
            verdict: Verdict::Qualified,
            tier: tier.map(|t| t.map(str::to_owned)),
            score: Some(within(total)),
            indicators: BTreeMap::from([(
                "core.c".to_owned(),
                IndicatorExpect {
                    score: Some(within(indicator)),
                    ..IndicatorExpect::default()
                },
            )]),
        };
        assert!(check(&expect(Some(Some("silver")), 72.5, 12.0), &got).is_empty());
        assert!(check(&expect(None, 72.5, 12.0), &got).is_empty());
        assert_eq!(
            messages(&check(&expect(Some(None), 80.0, 11.0), &got)),
            [
                "tier: expected none, got silver",
                "score: expected 80 ± 1e-9 (relative), got 72.5",
                "core.c: expected score 11 ± 1e-9 (relative), got 12",
            ]
        );
        got.evaluation.as_mut().unwrap().score = None;
        assert_eq!(
            messages(&check(&expect(None, 72.5, 12.0), &got)),
            ["score: expected 72.5 ± 1e-9 (relative), got no score"]
        );
    }
}
