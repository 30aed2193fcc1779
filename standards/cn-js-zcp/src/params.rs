//! Parameters: how electricity becomes standard coal. The guide counts
//! energy at the equivalent value (当量值); the equal value (等价值, the
//! national notice's rule) is an alternative, labelled as not the guide's.

use zcp_sdk::{
    Assumption, EvaluationError, NumberRange, Parameter, ParameterValues, Params, exclusive, text,
};

use cn_zcp::accounting::ElectricityConversion;
use cn_zcp::coefficients::ELECTRICITY_EQUAL_VALUE_DEFAULT_TCE_PER_MWH;
use cn_zcp::display::coef;

/// `equivalent` (the guide's method, default) or `equal-value`.
pub const ELECTRICITY_CONVERSION: &str = "electricity-conversion";
/// The equal-value coefficient, tce/MWh, used only under `equal-value`.
pub const EQUAL_VALUE_COEFFICIENT: &str = "equal-value-coefficient";

/// The guide's method.
pub const EQUIVALENT: &str = "equivalent";
/// The national notice's method: not the guide's.
pub const EQUAL_VALUE: &str = "equal-value";

/// The parameters, as `describe` declares them.
pub fn declared() -> Vec<Parameter> {
    vec![
        Parameter {
            name: ELECTRICITY_CONVERSION.to_owned(),
            description: text(
                "电力折标准煤方法：equivalent 当量值（0.1229 tce/MWh，GB/T 2589；江苏指南按当量值计算综合能耗，默认）或 equal-value 等价值（国家通知附件3 的方法，系数见 equal-value-coefficient；并非江苏指南的方法）",
                "Electricity to standard coal: `equivalent` value (0.1229 tce/MWh, GB/T 2589; the Jiangsu guide counts energy at the equivalent value: the default) or `equal-value` (the national notice's method, coefficient: equal-value-coefficient; not the guide's method)",
            ),
            default_value: EQUIVALENT.to_owned(),
            values: ParameterValues::OneOf(vec![EQUIVALENT.to_owned(), EQUAL_VALUE.to_owned()]),
            // The default is the guide's own rule: not provisional.
            provisional: false,
        },
        Parameter {
            name: EQUAL_VALUE_COEFFICIENT.to_owned(),
            description: text(
                "电力等价值折标系数（tce/MWh，大于零的数），仅在 electricity-conversion = equal-value 时使用",
                "Equal-value coefficient of electricity (tce/MWh, a positive number), used only with electricity-conversion = equal-value",
            ),
            default_value: coef(ELECTRICITY_EQUAL_VALUE_DEFAULT_TCE_PER_MWH),
            values: ParameterValues::Number(NumberRange {
                min: exclusive(0.0),
                max: None,
            }),
            // No text gives the coefficient (DOMAIN.md §1, marked P).
            provisional: true,
        },
    ]
}

/// The parameters, parsed.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// How electricity becomes standard coal.
    pub electricity: ElectricityConversion,
    /// The parameters as assumptions of the report: the coefficient only
    /// when the equal value is chosen (it is not used otherwise).
    pub assumptions: Vec<Assumption>,
}

impl Settings {
    /// Resolve and parse the evaluator's parameters.
    pub fn parse(given: &[(String, String)]) -> Result<Self, EvaluationError> {
        let params = Params::resolve(&declared(), given)?;
        let electricity = match params.get(ELECTRICITY_CONVERSION)? {
            EQUIVALENT => ElectricityConversion::Equivalent,
            EQUAL_VALUE => {
                let c = params.number(EQUAL_VALUE_COEFFICIENT)?;
                if c <= 0.0 {
                    return Err(EvaluationError::InvalidParameter(format!(
                        "parameter `{EQUAL_VALUE_COEFFICIENT}` cannot be `{}` (expected a number above zero)",
                        params.get(EQUAL_VALUE_COEFFICIENT)?
                    )));
                }
                ElectricityConversion::EqualValue(c)
            }
            other => {
                return Err(EvaluationError::InvalidParameter(format!(
                    "parameter `{ELECTRICITY_CONVERSION}` cannot be `{other}` (expected `{EQUIVALENT}` or `{EQUAL_VALUE}`)"
                )));
            }
        };
        let assumptions = params
            .assumptions()
            .into_iter()
            .filter(|a| {
                a.name != EQUAL_VALUE_COEFFICIENT
                    || matches!(electricity, ElectricityConversion::EqualValue(_))
            })
            .collect();
        Ok(Settings {
            electricity,
            assumptions,
        })
    }
}
