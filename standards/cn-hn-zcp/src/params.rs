//! Parameters: cn-zcp's accounting parameters, the stage and the revenue
//! window, and their parsing into typed settings.

use cn_zcp::params::BELOW_BAND_THRESHOLD;
use zcp_sdk::{EvaluationError, NumberRange, Parameter, ParameterValues, Params, inclusive, text};

use crate::stage::Stage;

/// The stage whose thresholds apply: `auto` (by the assessment year) or a
/// stage's year.
pub const STAGE: &str = "stage";
/// How many years of revenue the growth indicator checks, the assessment
/// year included.
pub const REVENUE_YEARS: &str = "revenue-years";
/// Default of [`REVENUE_YEARS`]: the application asks for three years of
/// history (DOMAIN.md §5). Provisional.
pub const REVENUE_YEARS_DEFAULT: u32 = 3;
/// Fewest years [`REVENUE_YEARS`] accepts: one growth rate.
pub const REVENUE_YEARS_MIN: u32 = 2;
/// Most years [`REVENUE_YEARS`] accepts.
pub const REVENUE_YEARS_MAX: u32 = 10;

/// The parameters, as `describe` declares them: cn-zcp's, except its
/// threshold below the national bands (the scheme has bands of its own),
/// then [`STAGE`] and [`REVENUE_YEARS`]. cn-zcp's keep its names, values
/// and descriptions: the accounting is the national one.
pub fn declared() -> Vec<Parameter> {
    let mut parameters: Vec<Parameter> = cn_zcp::params::declared()
        .into_iter()
        .filter(|p| p.name != BELOW_BAND_THRESHOLD)
        .collect();
    parameters.push(Parameter {
        name: STAGE.to_owned(),
        description: text(
            "适用哪一阶段的限值：auto 按评价年度（不晚于 2027 年 → 2027，2028–2030 年 → 2030，2031 年及以后 → 2035；方案未设 2035 年以后的阶段），或指定 2027、2030、2035；按年度对应阶段为本项目的解读",
            "Whose stage's thresholds apply: `auto`, by the assessment year (up to 2027 → 2027, 2028–2030 → 2030, 2031 and later → 2035; the scheme sets no stage after 2035), or `2027`, `2030`, `2035`; matching years to stages is this project's reading",
        ),
        default_value: "auto".to_owned(),
        values: ParameterValues::OneOf(
            ["auto", "2027", "2030", "2035"]
                .iter()
                .map(|s| (*s).to_owned())
                .collect(),
        ),
        provisional: true,
    });
    parameters.push(Parameter {
        name: REVENUE_YEARS.to_owned(),
        description: text(
            "技工贸总收入同比增长的检查年数（含评价年度，2 至 10 的整数）：窗口内每相邻两年计算一次增长率；默认 3（申报材料要求近三年数据）",
            "Years of technology, industry and trade revenue the growth indicator checks, the assessment year included (a whole number from 2 to 10): one growth rate per pair of consecutive years in the window; default 3 (the application asks for three years of history)",
        ),
        default_value: REVENUE_YEARS_DEFAULT.to_string(),
        values: ParameterValues::Number(NumberRange {
            min: inclusive(f64::from(REVENUE_YEARS_MIN)),
            max: inclusive(f64::from(REVENUE_YEARS_MAX)),
        }),
        provisional: true,
    });
    parameters
}

/// The parameters, parsed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settings {
    /// The national accounting settings, parsed by cn-zcp (its threshold
    /// below the national bands is left at its default and never used).
    pub national: cn_zcp::params::Settings,
    /// The stage fixed by the parameter; `None` under `auto`.
    pub stage: Option<Stage>,
    /// The years of revenue checked.
    pub revenue_years: u32,
}

impl Settings {
    /// Parse resolved parameters; a malformed value is `invalid-parameter`.
    pub fn parse(params: &Params) -> Result<Self, EvaluationError> {
        // cn-zcp parses the accounting parameters given, against its own
        // declarations: the same words, the same checks.
        let mut given = Vec::new();
        for p in cn_zcp::params::declared() {
            if params.is_given(&p.name) {
                given.push((p.name.clone(), params.get(&p.name)?.to_owned()));
            }
        }
        let national = cn_zcp::params::Settings::parse(&Params::resolve(
            &cn_zcp::params::declared(),
            &given,
        )?)?;
        let stage = match params.get(STAGE)? {
            "auto" => None,
            other => Some(
                Stage::parse(other)
                    .ok_or_else(|| invalid(STAGE, other, "`auto`, `2027`, `2030` or `2035`"))?,
            ),
        };
        let raw = params.get(REVENUE_YEARS)?;
        let years = params.number(REVENUE_YEARS)?;
        let range = f64::from(REVENUE_YEARS_MIN)..=f64::from(REVENUE_YEARS_MAX);
        if years.fract() != 0.0 || !range.contains(&years) {
            return Err(invalid(
                REVENUE_YEARS,
                raw,
                &format!("a whole number from {REVENUE_YEARS_MIN} to {REVENUE_YEARS_MAX}"),
            ));
        }
        Ok(Settings {
            national,
            stage,
            // A whole number from 2 to 10: exact.
            revenue_years: years as u32,
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
    use cn_zcp::accounting::ElectricityConversion;

    use super::*;

    fn parse(given: &[(&str, &str)]) -> Result<Settings, EvaluationError> {
        let given: Vec<(String, String)> = given
            .iter()
            .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
            .collect();
        Settings::parse(&Params::resolve(&declared(), &given)?)
    }

    #[test]
    fn defaults_are_the_national_accounting_auto_stage_and_three_years() {
        let s = parse(&[]).unwrap();
        assert_eq!(
            s.national.options.electricity,
            ElectricityConversion::EqualValue(0.3)
        );
        assert_eq!(s.stage, None);
        assert_eq!(s.revenue_years, 3);
    }

    #[test]
    fn the_accounting_parameters_reach_cn_zcp() {
        let s = parse(&[
            ("electricity-conversion", "equivalent"),
            ("clean-energy-definition", "non-fossil"),
            ("stage", "2030"),
            ("revenue-years", "2"),
        ])
        .unwrap();
        assert_eq!(
            s.national.options.electricity,
            ElectricityConversion::Equivalent
        );
        assert_eq!(
            s.national.clean_energy,
            cn_zcp::guiding::CleanEnergyDefinition::NonFossil
        );
        assert_eq!(s.stage, Some(Stage::S2030));
        assert_eq!(s.revenue_years, 2);
        let s = parse(&[("equal-value-coefficient", "0.25")]).unwrap();
        assert_eq!(
            s.national.options.electricity,
            ElectricityConversion::EqualValue(0.25)
        );
    }

    #[test]
    fn the_national_below_band_threshold_is_not_offered() {
        let err = parse(&[("below-band-threshold", "0.3")]).unwrap_err();
        assert!(
            matches!(&err, EvaluationError::InvalidParameter(m) if m.starts_with("unknown parameter `below-band-threshold`")),
            "{err:?}"
        );
    }

    #[test]
    fn revenue_years_must_be_a_whole_number_in_range() {
        for bad in ["2.5", "1", "11", "three"] {
            let err = parse(&[("revenue-years", bad)]).unwrap_err();
            assert!(
                matches!(&err, EvaluationError::InvalidParameter(m) if m.contains("revenue-years") && m.contains(bad)),
                "{bad}: {err:?}"
            );
        }
        assert_eq!(parse(&[("revenue-years", "10")]).unwrap().revenue_years, 10);
        assert_eq!(parse(&[("revenue-years", "4.0")]).unwrap().revenue_years, 4);
    }
}
