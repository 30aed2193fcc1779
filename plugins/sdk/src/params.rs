//! Parameters: the evaluator's values checked against the declared ones.

use crate::{Bound, EvaluationError, NumberRange, Parameter, ParameterValues};

/// Parameter values resolved against their declarations (defaults applied).
#[derive(Debug, Clone)]
pub struct Params {
    values: Vec<(Parameter, String, bool)>,
}

impl Params {
    /// Check `given` against `declared`: unknown names, words outside a
    /// [`ParameterValues::OneOf`] list and anything but a finite number in a
    /// [`ParameterValues::Number`] range are `invalid-parameter` errors
    /// naming the parameter, the value and what is allowed. Parameters not
    /// given take their default.
    pub fn resolve(
        declared: &[Parameter],
        given: &[(String, String)],
    ) -> Result<Self, EvaluationError> {
        for (name, value) in given {
            let Some(p) = declared.iter().find(|p| &p.name == name) else {
                let known: Vec<&str> = declared.iter().map(|p| p.name.as_str()).collect();
                return Err(EvaluationError::InvalidParameter(format!(
                    "unknown parameter `{name}` (known: {})",
                    known.join(", ")
                )));
            };
            check(p, value)?;
        }
        let values = declared
            .iter()
            .map(|p| match given.iter().rev().find(|(n, _)| n == &p.name) {
                Some((_, v)) => (p.clone(), v.clone(), true),
                None => (p.clone(), p.default_value.clone(), false),
            })
            .collect();
        Ok(Params { values })
    }

    /// The value of a declared parameter (given or default).
    pub fn get(&self, name: &str) -> Result<&str, EvaluationError> {
        self.values
            .iter()
            .find(|(p, _, _)| p.name == name)
            .map(|(_, v, _)| v.as_str())
            .ok_or_else(|| EvaluationError::Internal(format!("parameter `{name}` is not declared")))
    }

    /// Whether the evaluator gave this parameter (rather than its default).
    pub fn is_given(&self, name: &str) -> bool {
        self.values
            .iter()
            .any(|(p, _, given)| p.name == name && *given)
    }

    /// A numeric parameter.
    pub fn number(&self, name: &str) -> Result<f64, EvaluationError> {
        let raw = self.get(name)?;
        raw.parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
            .ok_or_else(|| {
                EvaluationError::InvalidParameter(format!(
                    "parameter `{name}` must be a finite number, not `{raw}`"
                ))
            })
    }

    /// Every parameter as an assumption for the report, provisional ones flagged.
    pub fn assumptions(&self) -> Vec<crate::Assumption> {
        self.values
            .iter()
            .map(|(p, value, given)| crate::Assumption {
                name: p.name.clone(),
                value: value.clone(),
                // A provisional default stays provisional; a value the
                // evaluator chose is their decision.
                provisional: p.provisional && !given,
                description: p.description.clone(),
            })
            .collect()
    }
}

/// Whether `value` is one of the values `p` declares.
fn check(p: &Parameter, value: &str) -> Result<(), EvaluationError> {
    let name = &p.name;
    match &p.values {
        ParameterValues::Any => Ok(()),
        ParameterValues::OneOf(words) if words.iter().any(|w| w == value) => Ok(()),
        ParameterValues::OneOf(words) => Err(EvaluationError::InvalidParameter(format!(
            "parameter `{name}` cannot be `{value}` (allowed: {})",
            words.join(", ")
        ))),
        ParameterValues::Number(range) => match value.trim().parse::<f64>() {
            Ok(v) if v.is_finite() && in_range(v, range) => Ok(()),
            _ => Err(EvaluationError::InvalidParameter(format!(
                "parameter `{name}` cannot be `{value}` (allowed: {})",
                range_text(range)
            ))),
        },
    }
}

fn in_range(v: f64, range: &NumberRange) -> bool {
    let above = |b: &Bound| {
        if b.inclusive {
            v >= b.value
        } else {
            v > b.value
        }
    };
    let below = |b: &Bound| {
        if b.inclusive {
            v <= b.value
        } else {
            v < b.value
        }
    };
    range.min.as_ref().is_none_or(above) && range.max.as_ref().is_none_or(below)
}

/// A range in words: `a number from 0 to 1`, `a number > 0`, `a number > 0
/// and ≤ 1`, `any finite number`.
pub fn range_text(range: &NumberRange) -> String {
    let lower = |b: &Bound| format!("{} {}", if b.inclusive { "≥" } else { ">" }, num(b.value));
    let upper = |b: &Bound| format!("{} {}", if b.inclusive { "≤" } else { "<" }, num(b.value));
    match (&range.min, &range.max) {
        (Some(min), Some(max)) if min.inclusive && max.inclusive => {
            format!("a number from {} to {}", num(min.value), num(max.value))
        }
        (Some(min), Some(max)) => format!("a number {} and {}", lower(min), upper(max)),
        (Some(min), None) => format!("a number {}", lower(min)),
        (None, Some(max)) => format!("a number {}", upper(max)),
        (None, None) => "any finite number".to_owned(),
    }
}

/// An inclusive (`≥`, `≤`) end of a range.
pub fn inclusive(value: f64) -> Option<Bound> {
    Some(Bound {
        value,
        inclusive: true,
    })
}

/// An exclusive (`>`, `<`) end of a range.
pub fn exclusive(value: f64) -> Option<Bound> {
    Some(Bound {
        value,
        inclusive: false,
    })
}

/// A bound as written: `0`, `0.3`, `1e-300` (exponent form for the very
/// small and very large, which plain decimals would spell out in full).
fn num(v: f64) -> String {
    if v == 0.0 || (1e-6..1e15).contains(&v.abs()) {
        v.to_string()
    } else {
        format!("{v:e}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text;

    fn declared() -> Vec<Parameter> {
        vec![Parameter {
            name: "year".into(),
            description: text("年份", "year"),
            default_value: "2023".into(),
            values: ParameterValues::OneOf(vec!["2022".into(), "2023".into()]),
            provisional: true,
        }]
    }

    fn numeric(min: Option<Bound>, max: Option<Bound>) -> Vec<Parameter> {
        vec![Parameter {
            name: "share".into(),
            description: text("占比", "share"),
            default_value: "0.5".into(),
            values: ParameterValues::Number(NumberRange { min, max }),
            provisional: false,
        }]
    }

    fn given(name: &str, value: &str) -> Vec<(String, String)> {
        vec![(name.to_owned(), value.to_owned())]
    }

    #[test]
    fn defaults_apply_and_given_values_are_not_provisional() {
        let defaulted = Params::resolve(&declared(), &[]).unwrap();
        assert_eq!(defaulted.get("year").unwrap(), "2023");
        assert!(!defaulted.is_given("year"));
        assert!(defaulted.assumptions()[0].provisional);
        let given = Params::resolve(&declared(), &[("year".into(), "2022".into())]).unwrap();
        assert_eq!(given.get("year").unwrap(), "2022");
        assert!(given.is_given("year"));
        assert!(!given.assumptions()[0].provisional);
    }

    #[test]
    fn unknown_names_and_disallowed_values_are_invalid_parameters() {
        let unknown = Params::resolve(&declared(), &[("yeer".into(), "2022".into())]).unwrap_err();
        assert_eq!(
            unknown,
            EvaluationError::InvalidParameter("unknown parameter `yeer` (known: year)".into())
        );
        let disallowed =
            Params::resolve(&declared(), &[("year".into(), "1999".into())]).unwrap_err();
        assert_eq!(
            disallowed,
            EvaluationError::InvalidParameter(
                "parameter `year` cannot be `1999` (allowed: 2022, 2023)".into()
            )
        );
    }

    #[test]
    fn numbers_are_checked_against_their_inclusive_range() {
        let declared = numeric(inclusive(0.0), inclusive(1.0));
        for ok in ["0", "1", "0.25", " 1.0 "] {
            assert!(
                Params::resolve(&declared, &given("share", ok)).is_ok(),
                "{ok}"
            );
        }
        for bad in ["-0.01", "1.0001", "NaN", "inf", "half", ""] {
            let err = Params::resolve(&declared, &given("share", bad)).unwrap_err();
            assert_eq!(
                err,
                EvaluationError::InvalidParameter(format!(
                    "parameter `share` cannot be `{bad}` (allowed: a number from 0 to 1)"
                ))
            );
        }
        let open = numeric(None, None);
        assert!(Params::resolve(&open, &given("share", "-1e9")).is_ok());
        assert!(Params::resolve(&open, &given("share", "NaN")).is_err());
        let positive = numeric(exclusive(0.0), None);
        assert!(Params::resolve(&positive, &given("share", "1e-300")).is_ok());
        let zero = Params::resolve(&positive, &given("share", "0")).unwrap_err();
        assert_eq!(
            zero,
            EvaluationError::InvalidParameter(
                "parameter `share` cannot be `0` (allowed: a number > 0)".into()
            )
        );
    }

    #[test]
    fn any_accepts_every_value_and_ranges_read_well() {
        let mut declared = declared();
        declared[0].values = ParameterValues::Any;
        assert!(Params::resolve(&declared, &given("year", "1999")).is_ok());
        let range = |min, max| range_text(&NumberRange { min, max });
        assert_eq!(range(inclusive(0.0), None), "a number ≥ 0");
        assert_eq!(range(None, inclusive(100.0)), "a number ≤ 100");
        assert_eq!(range(exclusive(0.0), None), "a number > 0");
        assert_eq!(
            range(exclusive(0.0), inclusive(1.0)),
            "a number > 0 and ≤ 1"
        );
        assert_eq!(
            range(inclusive(0.4), inclusive(0.6)),
            "a number from 0.4 to 0.6"
        );
        assert_eq!(range(inclusive(1e-300), None), "a number ≥ 1e-300");
        assert_eq!(range(None, None), "any finite number");
    }
}
