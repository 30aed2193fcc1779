//! Parameters: their declarations and their parsing into typed settings.

use zcp_sdk::{
    Bound, EvaluationError, NumberRange, Parameter, ParameterValues, Params, exclusive, inclusive,
    text,
};

use crate::accounting::{ElectricityConversion, Options};
use crate::coefficients::ELECTRICITY_EQUAL_VALUE_DEFAULT_TCE_PER_MWH;
use crate::display::{coef, limit};
use crate::guiding::CleanEnergyDefinition;
use crate::indicators::BELOW_BAND_DEFAULT_THRESHOLD;

/// Equal-value (等价值, the notice's method) or equivalent (当量值) conversion
/// of electricity.
pub const ELECTRICITY_CONVERSION: &str = "electricity-conversion";
/// The equal-value coefficient, tce/MWh.
pub const EQUAL_VALUE_COEFFICIENT: &str = "equal-value-coefficient";
/// The core threshold below the published bands (< 200,000 tce).
pub const BELOW_BAND_THRESHOLD: &str = "below-band-threshold";
/// Whether feedstock counts in the energy consumption.
pub const FEEDSTOCK_IN_DENOMINATOR: &str = "feedstock-in-denominator";
/// Whether international bunker fuel counts in the energy consumption.
pub const BUNKER_IN_ENERGY: &str = "bunker-in-energy";
/// Whether recovered energy (回收能) is counted again.
pub const RECOVERED_ENERGY: &str = "recovered-energy";
/// What counts as clean energy in the clean energy share.
pub const CLEAN_ENERGY_DEFINITION: &str = "clean-energy-definition";

/// One of these words.
fn one_of(words: &[&str]) -> ParameterValues {
    ParameterValues::OneOf(words.iter().map(|s| (*s).to_owned()).collect())
}

/// A number above `min`, no upper bound: `≥` when `min` is `inclusive`, `>` otherwise.
fn from(min: Option<Bound>) -> ParameterValues {
    ParameterValues::Number(NumberRange { min, max: None })
}

/// The parameters, as `describe` declares them, with the values each
/// accepts: the words [`Settings::parse`] knows, or the range of numbers it
/// accepts (`equal-value-coefficient` above zero; `below-band-threshold`
/// zero or more).
pub fn declared() -> Vec<Parameter> {
    let p = |name: &str, zh: &str, en: &str, default: String, values: ParameterValues| Parameter {
        name: name.to_owned(),
        description: text(zh, en),
        default_value: default,
        values,
        // A project convention the text does not settle (DOMAIN.md §1-2 [P]).
        provisional: true,
    };
    vec![
        Parameter {
            // The default is the notice's own rule (附件3 二.1): not provisional.
            provisional: false,
            ..p(
                ELECTRICITY_CONVERSION,
                "电力折标准煤方法：equal-value 等价值（通知附件3 二.1 的规定，系数见 equal-value-coefficient）或 equivalent 当量值（0.1229 tce/MWh，GB/T 2589，并非通知的方法）；该选择可改变园区所属档位和达标结论",
                "Electricity to standard coal: `equal-value` (the notice's rule, attachment 3 二.1; coefficient: equal-value-coefficient) or `equivalent` value (0.1229 tce/MWh, GB/T 2589: not the notice's method); the choice can move a park across bands and across pass/fail",
                "equal-value".to_owned(),
                one_of(&["equal-value", "equivalent"]),
            )
        },
        p(
            EQUAL_VALUE_COEFFICIENT,
            "电力等价值折标系数（tce/MWh，大于零的数），按评价年度火电供电标准煤耗取值；通知未给出系数",
            "Equal-value coefficient of electricity (tce/MWh, a positive number), the coal use of thermal power supply of the assessment year; the notice gives no coefficient",
            coef(ELECTRICITY_EQUAL_VALUE_DEFAULT_TCE_PER_MWH),
            from(exclusive(0.0)),
        ),
        p(
            BELOW_BAND_THRESHOLD,
            "年综合能耗低于 200,000 tce 的园区的核心指标限值（tCO2/tce，不小于零的数）；通知未给出该档，默认取最严档 0.20",
            "Core threshold (tCO2/tce, zero or more) for parks below 200,000 tce a year; the notice gives no band for them, the default applies the strictest band, 0.20",
            limit(BELOW_BAND_DEFAULT_THRESHOLD),
            from(inclusive(0.0)),
        ),
        p(
            FEEDSTOCK_IN_DENOMINATOR,
            "原料用能是否计入综合能耗（GB/T 2589 计入；原料用能始终不计入碳排放，附件4 二(二)1）",
            "Whether feedstock (non-energy) use counts in the comprehensive energy consumption (GB/T 2589: it does; it never counts in emissions, attachment 4 二(二)1)",
            "true".to_owned(),
            one_of(&["true", "false"]),
        ),
        p(
            BUNKER_IN_ENERGY,
            "国际航空航海燃料是否计入综合能耗（其排放按附件4 二(一) 计入总量并单独列出）",
            "Whether international aviation and navigation (bunker) fuel counts in the energy consumption (its emissions stay in the total and are listed separately, attachment 4 二(一))",
            "true".to_owned(),
            one_of(&["true", "false"]),
        ),
        p(
            RECOVERED_ENERGY,
            "回收能：not-counted 不重复计入能耗和排放（其能量和碳已计入来源燃料）或 counted 按燃料计入",
            "Recovered energy (回收能): `not-counted` again in energy and emissions (its energy and carbon are in the fuel it came from) or `counted` like a fuel burned",
            "not-counted".to_owned(),
            one_of(&["not-counted", "counted"]),
        ),
        p(
            CLEAN_ENERGY_DEFINITION,
            "清洁能源口径：national-statistics（国家统计口径：非化石能源（零排放因子电力、非化石热力）与天然气）或 non-fossil（仅非化石能源）；其他电网电量均不计入",
            "What counts as clean energy: `national-statistics` (the national statistics definition: non-fossil energy — zero-factor electricity, non-fossil heat — and natural gas) or `non-fossil` (non-fossil energy only); other grid electricity never counts",
            "national-statistics".to_owned(),
            one_of(&["national-statistics", "non-fossil"]),
        ),
    ]
}

/// The parameters, parsed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settings {
    /// The accounting choices.
    pub options: Options,
    /// The core threshold below 200,000 tce, tCO2/tce.
    pub below_band_threshold: f64,
    /// What counts as clean energy.
    pub clean_energy: CleanEnergyDefinition,
}

impl Settings {
    /// Parse resolved parameters; a malformed value is `invalid-parameter`.
    pub fn parse(params: &Params) -> Result<Self, EvaluationError> {
        let coefficient = params.number(EQUAL_VALUE_COEFFICIENT)?;
        if coefficient <= 0.0 {
            return Err(invalid(
                EQUAL_VALUE_COEFFICIENT,
                params.get(EQUAL_VALUE_COEFFICIENT)?,
                "a number above zero",
            ));
        }
        let electricity = match params.get(ELECTRICITY_CONVERSION)? {
            "equivalent" => ElectricityConversion::Equivalent,
            "equal-value" => ElectricityConversion::EqualValue(coefficient),
            other => {
                return Err(invalid(
                    ELECTRICITY_CONVERSION,
                    other,
                    "`equal-value` or `equivalent`",
                ));
            }
        };
        let below_band_threshold = params.number(BELOW_BAND_THRESHOLD)?;
        if below_band_threshold < 0.0 {
            return Err(invalid(
                BELOW_BAND_THRESHOLD,
                params.get(BELOW_BAND_THRESHOLD)?,
                "a number, zero or more",
            ));
        }
        let clean_energy = match params.get(CLEAN_ENERGY_DEFINITION)? {
            "national-statistics" => CleanEnergyDefinition::NationalStatistics,
            "non-fossil" => CleanEnergyDefinition::NonFossil,
            other => {
                return Err(invalid(
                    CLEAN_ENERGY_DEFINITION,
                    other,
                    "`national-statistics` or `non-fossil`",
                ));
            }
        };
        Ok(Settings {
            clean_energy,
            options: Options {
                electricity,
                feedstock_in_denominator: boolean(params, FEEDSTOCK_IN_DENOMINATOR)?,
                bunker_in_energy: boolean(params, BUNKER_IN_ENERGY)?,
                recovered_counted: match params.get(RECOVERED_ENERGY)? {
                    "counted" => true,
                    "not-counted" => false,
                    other => {
                        return Err(invalid(
                            RECOVERED_ENERGY,
                            other,
                            "`not-counted` or `counted`",
                        ));
                    }
                },
            },
            below_band_threshold,
        })
    }
}

fn boolean(params: &Params, name: &str) -> Result<bool, EvaluationError> {
    match params.get(name)? {
        "true" => Ok(true),
        "false" => Ok(false),
        other => Err(invalid(name, other, "`true` or `false`")),
    }
}

fn invalid(name: &str, value: &str, expected: &str) -> EvaluationError {
    EvaluationError::InvalidParameter(format!(
        "parameter `{name}` cannot be `{value}` (expected {expected})"
    ))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    fn parse(given: &[(&str, &str)]) -> Result<Settings, EvaluationError> {
        let given: Vec<(String, String)> = given
            .iter()
            .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
            .collect();
        Settings::parse(&Params::resolve(&declared(), &given)?)
    }

    #[test]
    fn defaults_parse() {
        let s = parse(&[]).unwrap();
        assert_eq!(
            s.options.electricity,
            ElectricityConversion::EqualValue(0.3)
        );
        assert!(s.options.feedstock_in_denominator);
        assert!(s.options.bunker_in_energy);
        assert!(!s.options.recovered_counted);
        let s = parse(&[
            (ELECTRICITY_CONVERSION, "equivalent"),
            (RECOVERED_ENERGY, "counted"),
        ])
        .unwrap();
        assert_eq!(s.options.electricity, ElectricityConversion::Equivalent);
        assert!(s.options.recovered_counted);
        assert_eq!(s.below_band_threshold, 0.20);
        assert_eq!(s.clean_energy, CleanEnergyDefinition::NationalStatistics);
        let s = parse(&[(CLEAN_ENERGY_DEFINITION, "non-fossil")]).unwrap();
        assert_eq!(s.clean_energy, CleanEnergyDefinition::NonFossil);
        assert!(matches!(
            parse(&[(CLEAN_ENERGY_DEFINITION, "green")]),
            Err(EvaluationError::InvalidParameter(m)) if m.contains(CLEAN_ENERGY_DEFINITION)
        ));
    }

    #[test]
    fn numbers_must_be_in_range() {
        assert!(matches!(
            parse(&[(EQUAL_VALUE_COEFFICIENT, "0")]),
            Err(EvaluationError::InvalidParameter(m)) if m.contains(EQUAL_VALUE_COEFFICIENT)
        ));
        assert!(matches!(
            parse(&[(EQUAL_VALUE_COEFFICIENT, "abc")]),
            Err(EvaluationError::InvalidParameter(m)) if m.contains(EQUAL_VALUE_COEFFICIENT)
        ));
        assert!(matches!(
            parse(&[(BELOW_BAND_THRESHOLD, "-0.1")]),
            Err(EvaluationError::InvalidParameter(m)) if m.contains(BELOW_BAND_THRESHOLD)
        ));
        let s = parse(&[
            (ELECTRICITY_CONVERSION, "equal-value"),
            (EQUAL_VALUE_COEFFICIENT, "0.2986"),
        ])
        .unwrap();
        assert_eq!(
            s.options.electricity,
            ElectricityConversion::EqualValue(0.2986)
        );
    }
}
