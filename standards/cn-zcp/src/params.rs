//! Parameters: their declarations and their parsing into typed settings.

use zcp_sdk::{EvaluationError, Parameter, Params, text};

use crate::accounting::{ElectricityConversion, GridFactorRule, Options};
use crate::coefficients::{ELECTRICITY_EQUAL_VALUE_DEFAULT_TCE_PER_MWH, GridFactorKind};
use crate::display::{coef, limit};
use crate::guiding::CleanEnergyDefinition;
use crate::indicators::BELOW_BAND_DEFAULT_THRESHOLD;

/// Equivalent (当量值) or equal-value (等价值) conversion of electricity.
pub const ELECTRICITY_CONVERSION: &str = "electricity-conversion";
/// The equal-value coefficient, tce/MWh.
pub const EQUAL_VALUE_COEFFICIENT: &str = "equal-value-coefficient";
/// `auto`, `national-average` or `excluding-market`.
pub const GRID_FACTOR_KIND: &str = "grid-factor-kind";
/// The year of the published grid factor.
pub const GRID_FACTOR_YEAR: &str = "grid-factor-year";
/// The core threshold below the published bands (< 200,000 tce).
pub const BELOW_BAND_THRESHOLD: &str = "below-band-threshold";
/// Whether feedstock counts in the energy consumption.
pub const FEEDSTOCK_IN_DENOMINATOR: &str = "feedstock-in-denominator";

/// What counts as clean energy in the clean energy share.
pub const CLEAN_ENERGY_DEFINITION: &str = "clean-energy-definition";

/// The default grid factor year (the latest published).
pub const DEFAULT_GRID_FACTOR_YEAR: u16 = 2023;

/// The parameters, as `describe` declares them.
pub fn declared() -> Vec<Parameter> {
    let p = |name: &str, zh: &str, en: &str, default: String, allowed: &[&str]| Parameter {
        name: name.to_owned(),
        description: text(zh, en),
        default_value: default,
        allowed: allowed.iter().map(|s| (*s).to_owned()).collect(),
        // Every parameter of this version sets a project convention (DOMAIN.md §2 [P]).
        provisional: true,
    };
    vec![
        p(
            ELECTRICITY_CONVERSION,
            "电力折标准煤方法：equivalent 当量值（0.1229 tce/MWh，GB/T 2589）或 equal-value 等价值（见 equal-value-coefficient）；该选择可改变园区所属档位和达标结论",
            "Electricity to standard coal: `equivalent` value (0.1229 tce/MWh, GB/T 2589) or `equal-value` (see equal-value-coefficient); the choice can move a park across bands and across pass/fail",
            "equivalent".to_owned(),
            &["equivalent", "equal-value"],
        ),
        p(
            EQUAL_VALUE_COEFFICIENT,
            "电力等价值折标系数（tce/MWh，大于零的数），按年度火电供电标准煤耗取值；仅在 electricity-conversion = equal-value 时使用",
            "Equal-value coefficient of electricity (tce/MWh, a positive number), year-specific (coal use of thermal power supply); used only with electricity-conversion = equal-value",
            coef(ELECTRICITY_EQUAL_VALUE_DEFAULT_TCE_PER_MWH),
            &[],
        ),
        p(
            GRID_FACTOR_KIND,
            "剩余电网电量的排放因子类型：auto（扣除绿电交易或绿证时用不包括市场化交易非化石能源电量的全国因子，否则用全国平均因子）、national-average、excluding-market",
            "Grid factor of residual grid electricity: `auto` (the national factor excluding market-traded non-fossil electricity when green trading or certificates are deducted, else the national average), `national-average`, `excluding-market`",
            "auto".to_owned(),
            &["auto", "national-average", "excluding-market"],
        ),
        p(
            GRID_FACTOR_YEAR,
            "电力排放因子年份（生态环境部、国家统计局发布；2021 年无不包括市场化交易的因子）",
            "Year of the grid factor (published by MEE and NBS; no factor excluding market-traded electricity exists for 2021)",
            DEFAULT_GRID_FACTOR_YEAR.to_string(),
            &["2021", "2022", "2023"],
        ),
        p(
            BELOW_BAND_THRESHOLD,
            "年综合能耗低于 200,000 tce 的园区的核心指标限值（tCO2/tce，不小于零的数）；通知未给出该档，默认取最严档 0.20",
            "Core threshold (tCO2/tce, zero or more) for parks below 200,000 tce a year; the notice gives no band for them, the default applies the strictest band, 0.20",
            limit(BELOW_BAND_DEFAULT_THRESHOLD),
            &[],
        ),
        p(
            FEEDSTOCK_IN_DENOMINATOR,
            "原料用能是否计入综合能耗（GB/T 2589 计入；原料用能始终不计入碳排放）",
            "Whether feedstock (non-energy) use counts in the comprehensive energy consumption (GB/T 2589: it does; it never counts in emissions)",
            "true".to_owned(),
            &["true", "false"],
        ),
        p(
            CLEAN_ENERGY_DEFINITION,
            "清洁能源口径：national-statistics（国家统计口径：非化石能源（绿电直连、自发自用可再生、绿电交易、非绑定绿证）与天然气）或 non-fossil（仅非化石能源）；剩余电网电量均不计入",
            "What counts as clean energy: `national-statistics` (the national statistics definition: non-fossil energy — direct green supply, on-site renewables, green power trading, unbundled certificates — and natural gas) or `non-fossil` (non-fossil energy only); residual grid electricity never counts",
            "national-statistics".to_owned(),
            &["national-statistics", "non-fossil"],
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
                    "`equivalent` or `equal-value`",
                ));
            }
        };
        let grid_rule = match params.get(GRID_FACTOR_KIND)? {
            "auto" => GridFactorRule::Auto,
            "national-average" => GridFactorRule::Fixed(GridFactorKind::NationalAverage),
            "excluding-market" => GridFactorRule::Fixed(GridFactorKind::ExcludingMarket),
            other => {
                return Err(invalid(
                    GRID_FACTOR_KIND,
                    other,
                    "`auto`, `national-average` or `excluding-market`",
                ));
            }
        };
        let year = params.get(GRID_FACTOR_YEAR)?;
        let grid_year = year
            .parse::<u16>()
            .map_err(|_| invalid(GRID_FACTOR_YEAR, year, "a year"))?;
        let feedstock_in_denominator = match params.get(FEEDSTOCK_IN_DENOMINATOR)? {
            "true" => true,
            "false" => false,
            other => {
                return Err(invalid(
                    FEEDSTOCK_IN_DENOMINATOR,
                    other,
                    "`true` or `false`",
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
                grid_rule,
                grid_year,
                feedstock_in_denominator,
            },
            below_band_threshold,
        })
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
        assert_eq!(s.options.electricity, ElectricityConversion::Equivalent);
        assert_eq!(s.options.grid_rule, GridFactorRule::Auto);
        assert_eq!(s.options.grid_year, 2023);
        assert!(s.options.feedstock_in_denominator);
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
