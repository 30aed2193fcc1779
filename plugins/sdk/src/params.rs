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
