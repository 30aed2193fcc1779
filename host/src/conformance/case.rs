//! `case.toml`: what a conformance case runs and what it expects.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Component, Path};

use serde::{Deserialize, Serialize};

use crate::model::{Outcome, Verdict};

/// The relative tolerance of `value` when a case gives none.
pub const DEFAULT_TOLERANCE: f64 = 1e-9;

/// A parsed and checked `case.toml`.
#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    /// One line saying what the case shows.
    pub description: String,
    /// The arithmetic of the expected values, written by hand before the
    /// standard ran: the record an assessor checks (leading blank lines and
    /// trailing whitespace removed).
    pub derivation: String,
    /// The park file, relative to the case directory, when named.
    pub park: Option<String>,
    /// Assessment year; the latest year of the park file when absent.
    pub year: Option<i32>,
    /// Parameters of the standard under test, by name.
    pub parameters: BTreeMap<String, String>,
    /// The expected result.
    pub expect: Expect,
}

/// What a case expects: an evaluation, or a refusal.
#[derive(Debug, Clone, PartialEq)]
pub enum Expect {
    /// The standard evaluates the park.
    Evaluation {
        /// The verdict.
        verdict: Verdict,
        /// The tier: `Some(None)` expects no tier; `None` is not checked.
        tier: Option<Option<String>>,
        /// The total score, within a tolerance.
        score: Option<ExpectedValue>,
        /// Indicators checked, by id; others are not checked.
        indicators: BTreeMap<String, IndicatorExpect>,
    },
    /// The standard refuses with an error value.
    Error {
        /// Which error.
        kind: ErrorKind,
        /// Text its message must contain.
        contains: Option<String>,
    },
}

/// What a case expects of one indicator's result; `None` is not checked.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IndicatorExpect {
    /// The outcome.
    pub outcome: Option<Outcome>,
    /// The value, within a tolerance.
    pub value: Option<ExpectedValue>,
    /// The exact set of missing data keys.
    pub missing: Option<BTreeSet<String>>,
    /// The indicator's score, within the value's tolerance.
    pub score: Option<ExpectedValue>,
}

/// An expected value and its relative tolerance.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ExpectedValue {
    /// The value.
    pub value: f64,
    /// Relative tolerance: `|got - value| <= tolerance * |value|`.
    pub tolerance: f64,
}

impl ExpectedValue {
    /// Whether `got` is within the tolerance (never for NaN; an expected 0
    /// takes exactly 0).
    pub fn matches(&self, got: f64) -> bool {
        (got - self.value).abs() <= self.tolerance * self.value.abs()
    }
}

impl fmt::Display for ExpectedValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ± {:e} (relative)", self.value, self.tolerance)
    }
}

/// The error value a standard returns to refuse an evaluation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorKind {
    /// The park data cannot be evaluated by this standard.
    InvalidData,
    /// A parameter value is not acceptable.
    InvalidParameter,
    /// The standard reports a bug of its own.
    Internal,
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ErrorKind::InvalidData => "invalid-data",
            ErrorKind::InvalidParameter => "invalid-parameter",
            ErrorKind::Internal => "internal",
        })
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCase {
    description: String,
    derivation: Option<String>,
    park: Option<String>,
    year: Option<i32>,
    #[serde(default)]
    parameters: BTreeMap<String, String>,
    expect: RawExpect,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawExpect {
    verdict: Option<RawVerdict>,
    error: Option<ErrorKind>,
    error_contains: Option<String>,
    tier: Option<String>,
    score: Option<f64>,
    score_tolerance: Option<f64>,
    #[serde(default)]
    indicators: BTreeMap<String, RawIndicator>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndicator {
    outcome: Option<RawOutcome>,
    value: Option<f64>,
    tolerance: Option<f64>,
    missing: Option<Vec<String>>,
    score: Option<f64>,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case")]
enum RawVerdict {
    Qualified,
    NotQualified,
    Incomplete,
    NotApplicable,
    Assessed,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case")]
enum RawOutcome {
    Pass,
    Fail,
    NotApplicable,
    InsufficientData,
}

impl Case {
    /// Parse `case.toml`; `path` names it in messages (one line each).
    pub fn parse(text: &str, path: &Path) -> Result<Case, String> {
        let at = |message: String| format!("`{}`: {message}", path.display());
        let raw: RawCase = toml::from_str(text).map_err(|e| {
            let position = e
                .span()
                .map(|span| {
                    let (line, column) = line_column(text, span.start);
                    format!("line {line}, column {column}: ")
                })
                .unwrap_or_default();
            at(format!("{position}{}", e.message().trim_end()))
        })?;
        let description = raw.description.trim();
        if description.is_empty() || description.contains('\n') {
            return Err(at(
                "`description` must be one non-empty line of text".to_owned()
            ));
        }
        let derivation = match &raw.derivation {
            None => {
                return Err(at(
                    "missing field `derivation`: state the arithmetic of the expected values, worked out by hand before the standard runs".to_owned()
                ));
            }
            Some(text) => without_blank_edges(text),
        };
        if derivation.is_empty() {
            return Err(at(
                "`derivation` is empty: state the arithmetic of the expected values, worked out by hand before the standard runs".to_owned()
            ));
        }
        if let Some(park) = &raw.park
            && !is_inside(park)
        {
            return Err(at(format!(
                "`park = \"{park}\"` must name a file in the case directory"
            )));
        }
        let expect = expect(raw.expect).map_err(at)?;
        Ok(Case {
            description: description.to_owned(),
            derivation: derivation.to_owned(),
            park: raw.park,
            year: raw.year,
            parameters: raw.parameters,
            expect,
        })
    }
}

fn expect(raw: RawExpect) -> Result<Expect, String> {
    match (raw.verdict, raw.error) {
        (Some(_), Some(_)) => {
            Err("`[expect]` has both `verdict` and `error`: a case expects one of them".to_owned())
        }
        (None, None) => Err("`[expect]` needs `verdict` or `error`".to_owned()),
        (None, Some(kind)) => {
            if raw.tier.is_some() || raw.score.is_some() || raw.score_tolerance.is_some() {
                return Err(
                    "`tier` and `score` cannot go with `error`: a refused evaluation has none"
                        .to_owned(),
                );
            }
            if let Some(id) = raw.indicators.keys().next() {
                return Err(format!(
                    "`[expect.indicators.\"{id}\"]` cannot go with `error`: a refused evaluation has no results"
                ));
            }
            Ok(Expect::Error {
                kind,
                contains: raw.error_contains,
            })
        }
        (Some(verdict), None) => {
            if raw.error_contains.is_some() {
                return Err("`error-contains` needs `error`".to_owned());
            }
            let mut indicators = BTreeMap::new();
            for (id, raw) in raw.indicators {
                let checked = indicator(raw).map_err(|m| format!("`{id}`: {m}"))?;
                indicators.insert(id, checked);
            }
            Ok(Expect::Evaluation {
                verdict: match verdict {
                    RawVerdict::Qualified => Verdict::Qualified,
                    RawVerdict::NotQualified => Verdict::NotQualified,
                    RawVerdict::Incomplete => Verdict::Incomplete,
                    RawVerdict::NotApplicable => Verdict::NotApplicable,
                    RawVerdict::Assessed => Verdict::Assessed,
                },
                // An empty `tier` expects none.
                tier: raw.tier.map(|t| Some(t).filter(|t| !t.is_empty())),
                score: expected_value("score", raw.score, raw.score_tolerance)?,
                indicators,
            })
        }
    }
}

/// `name = value` with its relative tolerance (`tolerance` for an
/// indicator's value, `score-tolerance` for the total score).
fn expected_value(
    name: &str,
    value: Option<f64>,
    tolerance: Option<f64>,
) -> Result<Option<ExpectedValue>, String> {
    let tolerance_name = match name {
        "value" => "tolerance".to_owned(),
        _ => format!("{name}-tolerance"),
    };
    match (value, tolerance) {
        (None, Some(_)) => Err(format!("`{tolerance_name}` needs `{name}`")),
        (None, None) => Ok(None),
        (Some(value), tolerance) => {
            if !value.is_finite() {
                return Err(format!("`{name} = {value}` must be a finite number"));
            }
            let tolerance = tolerance.unwrap_or(DEFAULT_TOLERANCE);
            if !tolerance.is_finite() || tolerance < 0.0 {
                return Err(format!(
                    "`{tolerance_name} = {tolerance}` must be a finite number, zero or more"
                ));
            }
            Ok(Some(ExpectedValue { value, tolerance }))
        }
    }
}

fn indicator(raw: RawIndicator) -> Result<IndicatorExpect, String> {
    // `tolerance` goes with the value, or with the score when only a score is given.
    let value_tolerance = match (raw.value, raw.score) {
        (None, Some(_)) => None,
        _ => raw.tolerance,
    };
    let value = expected_value("value", raw.value, value_tolerance)?;
    // An indicator's score takes the tolerance of its value.
    let score = match raw.score {
        Some(score) => expected_value("score", Some(score), raw.tolerance)?,
        None => None,
    };
    Ok(IndicatorExpect {
        score,
        outcome: raw.outcome.map(|o| match o {
            RawOutcome::Pass => Outcome::Pass,
            RawOutcome::Fail => Outcome::Fail,
            RawOutcome::NotApplicable => Outcome::NotApplicable,
            RawOutcome::InsufficientData => Outcome::InsufficientData,
        }),
        value,
        missing: raw.missing.map(|keys| keys.into_iter().collect()),
    })
}

/// `text` without its leading blank lines and trailing whitespace; the
/// indentation of its first line is kept.
fn without_blank_edges(text: &str) -> &str {
    let text = text.trim_end();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        if !line.trim().is_empty() {
            break;
        }
        start += line.len();
    }
    text.get(start..).unwrap_or_default()
}

/// A relative path that stays in its directory (no `..`, not absolute).
fn is_inside(path: &str) -> bool {
    !path.is_empty()
        && Path::new(path)
            .components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
}

/// 1-based line and column of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit_once('\n')
        .map_or(before, |(_, last)| last)
        .chars()
        .count()
        + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn parse(text: &str) -> Result<Case, String> {
        Case::parse(text, Path::new("cases/x/case.toml"))
    }

    #[test]
    fn a_full_case_parses() {
        let case = parse(
            r#"
description = "W1: a green park"
derivation = """
E = 262,080 tce
CO2 = 18,678.3 tCO2
CO2 / E = 0.0712706 tCO2/tce
"""
park = "park.toml"
year = 2025
[parameters]
equal-value-coefficient = "0.25"
[expect]
verdict = "qualified"
[expect.indicators."core.carbon-per-energy"]
outcome = "pass"
value = 0.07
tolerance = 1e-6
missing = ["b", "a", "a"]
[expect.indicators."info.energy-consumption"]
value = 262080
"#,
        )
        .unwrap();
        assert_eq!(case.description, "W1: a green park");
        assert_eq!(case.park.as_deref(), Some("park.toml"));
        assert_eq!(case.year, Some(2025));
        assert_eq!(case.parameters["equal-value-coefficient"], "0.25");
        assert_eq!(
            case.derivation, "E = 262,080 tce\nCO2 = 18,678.3 tCO2\nCO2 / E = 0.0712706 tCO2/tce",
            "the first newline of a multi-line string and the last are not part of it"
        );
        let Expect::Evaluation {
            verdict,
            indicators,
            ..
        } = case.expect
        else {
            panic!("an evaluation is expected")
        };
        assert_eq!(verdict, Verdict::Qualified);
        let core = &indicators["core.carbon-per-energy"];
        assert_eq!(core.outcome, Some(Outcome::Pass));
        assert_eq!(
            core.value,
            Some(ExpectedValue {
                value: 0.07,
                tolerance: 1e-6
            })
        );
        let missing: Vec<&str> = core.missing.iter().flatten().map(String::as_str).collect();
        assert_eq!(missing, ["a", "b"], "a set: sorted, without duplicates");
        let energy = &indicators["info.energy-consumption"];
        assert_eq!(
            energy.value,
            Some(ExpectedValue {
                value: 262_080.0,
                tolerance: DEFAULT_TOLERANCE
            }),
            "an integer is a value, with the default tolerance"
        );
    }

    #[test]
    fn an_error_case_parses() {
        let case = parse(
            r#"
description = "coke conversion is refused"
derivation = "coke as a conversion input is not implemented: the standard refuses"
[expect]
error = "invalid-data"
error-contains = "fuel.coke.conversion"
"#,
        )
        .unwrap();
        assert_eq!(
            case.expect,
            Expect::Error {
                kind: ErrorKind::InvalidData,
                contains: Some("fuel.coke.conversion".to_owned())
            }
        );
    }

    #[test]
    fn an_unknown_field_names_the_file_the_field_and_the_line() {
        let err = parse(
            "description = \"d\"\nderivation = \"by hand\"\n[expect]\nverdict = \"qualified\"\n[expect.indicators.\"core.x\"]\nvalu = 1\n",
        )
        .unwrap_err();
        assert!(
            err.starts_with("`cases/x/case.toml`: line 6, column 1: "),
            "{err}"
        );
        assert!(err.contains("unknown field `valu`"), "{err}");
        assert!(!err.contains('\n'), "one line: {err}");
        let err = parse("description = \"d\"\nderivation = \"by hand\"\nexpected = 1\n[expect]\nverdict = \"qualified\"\n")
            .unwrap_err();
        assert!(err.contains("unknown field `expected`"), "{err}");
    }

    #[test]
    fn unknown_names_and_wrong_types_are_refused() {
        let err = parse(
            "description = \"d\"\nderivation = \"by hand\"\n[expect]\nverdict = \"passed\"\n",
        )
        .unwrap_err();
        assert!(err.contains("`passed`"), "{err}");
        let err = parse(
            "description = \"d\"\nderivation = \"by hand\"\n[parameters]\nequal-value-coefficient = 0.25\n[expect]\nverdict = \"qualified\"\n",
        )
        .unwrap_err();
        assert!(err.contains("line 4"), "{err}");
        let err = parse("derivation = \"d\"\n[expect]\nverdict = \"qualified\"\n").unwrap_err();
        assert!(err.contains("missing field `description`"), "{err}");
    }

    #[test]
    fn an_expectation_is_exactly_one_of_verdict_and_error() {
        let both = "description = \"d\"\nderivation = \"by hand\"\n[expect]\nverdict = \"qualified\"\nerror = \"internal\"\n";
        assert!(
            parse(both)
                .unwrap_err()
                .contains("both `verdict` and `error`")
        );
        let neither = "description = \"d\"\nderivation = \"by hand\"\n[expect]\n";
        assert!(
            parse(neither)
                .unwrap_err()
                .contains("needs `verdict` or `error`")
        );
        let stray = "description = \"d\"\nderivation = \"by hand\"\n[expect]\nverdict = \"qualified\"\nerror-contains = \"x\"\n";
        assert!(
            parse(stray)
                .unwrap_err()
                .contains("`error-contains` needs `error`")
        );
        let results = "description = \"d\"\nderivation = \"by hand\"\n[expect]\nerror = \"internal\"\n[expect.indicators.\"core.x\"]\noutcome = \"pass\"\n";
        assert!(
            parse(results)
                .unwrap_err()
                .contains("cannot go with `error`")
        );
    }

    #[test]
    fn values_and_tolerances_are_checked() {
        let case = |indicator: &str| {
            parse(&format!(
                "description = \"d\"\nderivation = \"by hand\"\n[expect]\nverdict = \"qualified\"\n[expect.indicators.\"core.x\"]\n{indicator}\n"
            ))
        };
        assert!(
            case("tolerance = 1e-3")
                .unwrap_err()
                .contains("`core.x`: `tolerance` needs `value`")
        );
        assert!(case("value = nan").unwrap_err().contains("finite"));
        assert!(
            case("value = 1\ntolerance = -1e-3")
                .unwrap_err()
                .contains("zero or more")
        );
        assert!(case("value = 1\ntolerance = 0").is_ok());
    }

    #[test]
    fn descriptions_are_one_line_and_parks_stay_in_the_case() {
        let description = "description = \"two\\nlines\"\n[expect]\nverdict = \"qualified\"\n";
        assert!(
            parse(description)
                .unwrap_err()
                .contains("one non-empty line")
        );
        for park in ["../w1.toml", "/etc/park.toml", ""] {
            let text = format!(
                "description = \"d\"\nderivation = \"by hand\"\npark = \"{park}\"\n[expect]\nverdict = \"qualified\"\n"
            );
            assert!(
                parse(&text)
                    .unwrap_err()
                    .contains("must name a file in the case directory")
            );
        }
        let nested = "description = \"d\"\nderivation = \"by hand\"\npark = \"data/park.json\"\n[expect]\nverdict = \"qualified\"\n";
        assert!(parse(nested).is_ok());
    }

    #[test]
    fn a_case_states_its_derivation() {
        let expect = "[expect]\nverdict = \"qualified\"\n";
        let err = parse(&format!("description = \"d\"\n{expect}")).unwrap_err();
        assert_eq!(
            err,
            "`cases/x/case.toml`: missing field `derivation`: state the arithmetic of the expected values, worked out by hand before the standard runs"
        );
        for empty in ["\"\"", "\"  \"", "\"\"\"\n   \n\n\"\"\""] {
            let err = parse(&format!(
                "description = \"d\"\nderivation = {empty}\n{expect}"
            ))
            .unwrap_err();
            assert_eq!(
                err,
                "`cases/x/case.toml`: `derivation` is empty: state the arithmetic of the expected values, worked out by hand before the standard runs",
                "{empty}"
            );
        }
        let err = parse(&format!("description = \"d\"\nderivation = 0.07\n{expect}")).unwrap_err();
        assert!(err.contains("line 2"), "{err}");
        // Blank lines around it go, the indentation of its lines stays.
        let case = parse(&format!(
            "description = \"d\"\nderivation = \"\"\"\n\n  E = 1 + 2\n    = 3\n\n\"\"\"\n{expect}"
        ))
        .unwrap();
        assert_eq!(case.derivation, "  E = 1 + 2\n    = 3");
    }

    #[test]
    fn lines_and_columns_count_characters() {
        assert_eq!(line_column("ab\ncd", 0), (1, 1));
        assert_eq!(line_column("ab\ncd", 4), (2, 2));
        assert_eq!(line_column("é\nx", 3), (2, 1));
    }

    #[test]
    fn tier_and_score_are_read_with_their_tolerances() {
        let case = parse(
            "description = \"d\"\nderivation = \"by hand\"\n[expect]\nverdict = \"assessed\"\ntier = \"\"\nscore = 7\nscore-tolerance = 0.01\n[expect.indicators.\"x.a\"]\nscore = 2\ntolerance = 0.1\n",
        )
        .unwrap();
        let Expect::Evaluation {
            tier,
            score,
            indicators,
            ..
        } = case.expect
        else {
            panic!("an evaluation is expected")
        };
        assert_eq!(tier, Some(None), "an empty tier expects none");
        assert_eq!(score.map(|s| (s.value, s.tolerance)), Some((7.0, 0.01)));
        let a = &indicators["x.a"];
        assert_eq!(a.value, None);
        assert_eq!(a.score.map(|s| (s.value, s.tolerance)), Some((2.0, 0.1)));
        let with_error = "description = \"d\"\nderivation = \"by hand\"\n[expect]\nerror = \"internal\"\nscore = 1\n";
        assert!(
            parse(with_error)
                .unwrap_err()
                .contains("`tier` and `score` cannot go with `error`")
        );
        let stray = "description = \"d\"\nderivation = \"by hand\"\n[expect]\nverdict = \"assessed\"\nscore-tolerance = 1\n";
        assert!(
            parse(stray)
                .unwrap_err()
                .contains("`score-tolerance` needs `score`")
        );
    }
}
