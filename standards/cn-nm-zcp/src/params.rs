//! The one parameter: the regional core threshold within the plan's range.

use cn_zcp::display::limit;
use zcp_sdk::{EvaluationError, NumberRange, Parameter, ParameterValues, Params, inclusive, text};

/// The regional core threshold, tCO2/tce.
pub const REGIONAL_CORE_THRESHOLD: &str = "regional-core-threshold";
/// The lower end of the plan's range, tCO2/tce (《方案》: 0.4–0.6).
pub const RANGE_MIN: f64 = 0.4;
/// The upper end of the plan's range, tCO2/tce (《方案》: 0.4–0.6).
pub const RANGE_MAX: f64 = 0.6;
/// Default regional core threshold, tCO2/tce. Provisional: the plan gives a
/// range and does not say how a park's value in it is set; the default
/// applies the strictest end, as cn-zcp's below-band policy does.
pub const REGIONAL_CORE_DEFAULT: f64 = RANGE_MIN;

/// The parameters, as `describe` declares them: one number from 0.4 to 0.6
/// inclusive, so that the host refuses anything else before the standard runs.
pub fn declared() -> Vec<Parameter> {
    vec![Parameter {
        name: REGIONAL_CORE_THRESHOLD.to_owned(),
        description: text(
            format!(
                "自治区级核心指标（单位能耗碳排放）限值，tCO2/tce，{}–{} 之间的数；《方案》给出 0.4–0.6 的区间，未公开园区取值规则，默认取最严端 {}（与 cn-zcp 低于档位时取最严档一致）",
                limit(RANGE_MIN),
                limit(RANGE_MAX),
                limit(REGIONAL_CORE_DEFAULT)
            ),
            format!(
                "Regional core threshold (carbon per unit of energy), tCO2/tce, a number from {} to {}; the plan gives the range 0.4–0.6 and does not say how a park's value is set: the default applies the strictest end, {} (as cn-zcp's below-band policy applies the strictest band)",
                limit(RANGE_MIN),
                limit(RANGE_MAX),
                limit(REGIONAL_CORE_DEFAULT)
            ),
        ),
        default_value: limit(REGIONAL_CORE_DEFAULT),
        values: ParameterValues::Number(NumberRange {
            min: inclusive(RANGE_MIN),
            max: inclusive(RANGE_MAX),
        }),
        // Not found in a public text (DOMAIN.md §3, marked P).
        provisional: true,
    }]
}

/// The regional core threshold of resolved parameters, checked against the
/// plan's range again (the host checks it first).
pub fn regional_core_threshold(params: &Params) -> Result<f64, EvaluationError> {
    let value = params.number(REGIONAL_CORE_THRESHOLD)?;
    if (RANGE_MIN..=RANGE_MAX).contains(&value) {
        Ok(value)
    } else {
        Err(EvaluationError::InvalidParameter(format!(
            "parameter `{REGIONAL_CORE_THRESHOLD}` cannot be `{}` (expected a number from {} to {})",
            params.get(REGIONAL_CORE_THRESHOLD)?,
            limit(RANGE_MIN),
            limit(RANGE_MAX)
        )))
    }
}
