//! Parameters: the evaluator's values checked against the declared ones.

use crate::{EvaluationError, Parameter};

/// Parameter values resolved against their declarations (defaults applied).
#[derive(Debug, Clone)]
pub struct Params {
    values: Vec<(Parameter, String, bool)>,
}

impl Params {
    /// Check `given` against `declared`: unknown names and values outside
    /// `allowed` are errors; undeclared defaults are filled in.
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
            if !p.allowed.is_empty() && !p.allowed.contains(value) {
                return Err(EvaluationError::InvalidParameter(format!(
                    "parameter `{name}` cannot be `{value}` (allowed: {})",
                    p.allowed.join(", ")
                )));
            }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text;

    fn declared() -> Vec<Parameter> {
        vec![Parameter {
            name: "year".into(),
            description: text("年份", "year"),
            default_value: "2023".into(),
            allowed: vec!["2022".into(), "2023".into()],
            provisional: true,
        }]
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
}
