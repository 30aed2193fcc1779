//! One evaluation: parameters, data, accounting, results, assumptions, verdict.

use zcp_sdk::{
    Assumption, DataRequirement, Evaluation, EvaluationError, IndicatorResult, Inputs, Params,
    ParkData, Text, text, verdict_of,
};

use crate::accounting::{self, Breakdown, ElectricityConversion, FuelUse, Options};
use crate::bands::{CoreBands, TrialBands};
use crate::coefficients::{
    ELECTRICITY_FOSSIL_TCO2_PER_MWH, FUELS, Fuel, HEAT_FOSSIL_DEFAULT_TCO2_PER_GJ, HEAT_TCE_PER_GJ,
    Source,
};
use crate::describe;
use crate::display::coef;
use crate::explain;
use crate::guiding;
use crate::indicators::{self, Profile};
use crate::keys;
use crate::params;
use crate::params::{EQUAL_VALUE_COEFFICIENT, Settings};
use crate::read;
use crate::summary;

/// Evaluate the park served by `data` with the evaluator's `parameters`.
pub fn evaluate(
    data: &dyn ParkData,
    parameters: &[(String, String)],
) -> Result<Evaluation, EvaluationError> {
    let params = Params::resolve(&params::declared(), parameters)?;
    let settings = Settings::parse(&params)?;
    let bands = TrialBands {
        below_band_threshold: settings.below_band_threshold,
    };
    let label = format!("cn-zcp {}", describe::VERSION);
    let found = findings(
        data,
        &settings,
        &bands,
        params.is_given(EQUAL_VALUE_COEFFICIENT),
        &label,
    )?;
    let results = found.results;
    if let Some(r) = results.iter().find(|r| !describe::is_declared(&r.id)) {
        return Err(EvaluationError::Internal(format!(
            "result `{}` is not an indicator cn-zcp {} declares",
            r.id,
            describe::VERSION
        )));
    }
    let verdict = verdict_of(&results);
    let summary = summary::summary(verdict, &results);
    let mut assumptions = params.assumptions();
    assumptions.extend(found.constants);
    Ok(Evaluation {
        verdict,
        summary: Some(summary),
        tier: None,
        score: None,
        results,
        assumptions,
        notes: found.notes,
    })
}

/// What the rules of cn-zcp 1.0.0 find for one park, before a version of
/// the standard labels it with a verdict, a summary and its parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct Findings {
    /// The eligibility results, the core result, the guiding results and
    /// the informative totals, in that order.
    pub results: Vec<IndicatorResult>,
    /// Notes a report needs about the park's data and the accounting.
    pub notes: Vec<Text>,
    /// The constants the accounting used (coefficients and factors), as
    /// assumptions: a report lists them after the parameters.
    pub constants: Vec<Assumption>,
}

/// The rules of cn-zcp 1.0.0 (附件1, 附件3, 附件4) applied to the park served
/// by `data` with `settings`, the core indicator banded by `bands`.
///
/// `equal_value_given` says whether the evaluator chose the equal-value
/// coefficient (then it is not provisional); `label` names the standard in
/// error messages (`cn-zcp 1.0.0`). A version that reads the bands
/// differently passes its own [`CoreBands`] and keeps everything else.
pub fn findings(
    data: &dyn ParkData,
    settings: &Settings,
    bands: &dyn CoreBands,
    equal_value_given: bool,
    label: &str,
) -> Result<Findings, EvaluationError> {
    let requires = describe::requirement_keys();
    check_fuel_keys_of(data, &requires, label)?;

    let mut results = indicators::eligibility(&Profile::read(data))?;
    let accounted = account(data, &requires, &settings.options)?;
    let (core, informative) = match &accounted.breakdown {
        Some(b) => {
            indicators::computed_in(b, bands, &accounted.used, &accounted.emissions_missing)?
        }
        None => indicators::missing(&accounted.used, &accounted.all_missing()),
    };
    results.push(core);
    results.extend(guiding::all(
        data,
        &accounted.inputs,
        accounted.breakdown.as_ref(),
        &accounted.missing,
        settings.clean_energy,
    )?);
    results.extend(informative);
    Ok(Findings {
        results,
        constants: constants(
            accounted.breakdown.as_ref(),
            &settings.options,
            equal_value_given,
        ),
        notes: accounted.notes,
    })
}

/// The park's energy and CO2 accounting (附件3 二.1, 附件4), read and
/// checked: what the core indicator and the guiding shares rest on.
///
/// Public so that a standard using the national accounting unchanged (a
/// provincial one, with its own bands) runs exactly this: [`account`].
#[derive(Debug, Clone)]
pub struct Accounted {
    /// The declared data, fetched once.
    pub inputs: Inputs,
    /// The breakdown; `None` when `missing` is not empty.
    pub breakdown: Option<Breakdown>,
    /// The accounting keys the park gives: the core indicator's `used`.
    pub used: Vec<String>,
    /// Keys the accounting cannot run without.
    pub missing: Vec<String>,
    /// Keys only the emissions need (process data): the energy is still
    /// accounted without them.
    pub emissions_missing: Vec<String>,
    /// Remarks for the report: the reading's, then the breakdown's.
    pub notes: Vec<Text>,
}

impl Accounted {
    /// Every missing key: the accounting's, then the emissions'.
    pub fn all_missing(&self) -> Vec<String> {
        self.missing
            .iter()
            .chain(&self.emissions_missing)
            .cloned()
            .collect()
    }
}

/// Fetch the declared data (`requires`, in the order the standard
/// declares them, cn-zcp's requirements among them), read the accounting
/// inputs, check them and account them with `options`.
///
/// The amounts given are checked even when a required one is missing; a
/// contradiction is `invalid-data`. Call [`check_fuel_keys`] first.
pub fn account(
    data: &dyn ParkData,
    requires: &[DataRequirement],
    options: &Options,
) -> Result<Accounted, EvaluationError> {
    let inputs = Inputs::fetch(data, requires);
    let read = read::read(data, &inputs)?;
    // The core indicator rests on the accounting keys, not the guiding ones.
    let quantity_keys: Vec<&str> = requires
        .iter()
        .filter(|r| !r.unit.is_empty() && is_accounting_key(&r.key))
        .map(|r| r.key.as_str())
        .collect();
    let mut used = inputs.present(&quantity_keys);
    used.extend(read.process_used.iter().cloned());

    accounting::validate(&read.inputs, &read.missing)?;
    let mut notes = read.notes.clone();
    let breakdown = if read.missing.is_empty() {
        let b = accounting::account(&read.inputs, options)?;
        notes.extend(explain::notes(&b));
        Some(b)
    } else {
        None
    };
    Ok(Accounted {
        inputs,
        breakdown,
        used,
        missing: read.missing,
        emissions_missing: read.emissions_missing,
        notes,
    })
}

/// Keys of the energy and CO2 accounting (what the core indicator uses).
pub fn is_accounting_key(key: &str) -> bool {
    ["electricity.", "heat.", "fuel.", "emissions."]
        .iter()
        .any(|p| key.starts_with(p))
}

/// Every `fuel.` key the park gives must be one this version can account
/// (one of `requires`): otherwise `invalid-data` naming the key and the
/// fuels and uses it knows.
pub fn check_fuel_keys(
    data: &dyn ParkData,
    requires: &[DataRequirement],
) -> Result<(), EvaluationError> {
    check_fuel_keys_of(data, requires, &format!("cn-zcp {}", describe::VERSION))
}

/// [`check_fuel_keys`] for the version `label` names in its message.
fn check_fuel_keys_of(
    data: &dyn ParkData,
    requires: &[DataRequirement],
    label: &str,
) -> Result<(), EvaluationError> {
    match data
        .keys(keys::FUEL_PREFIX)
        .into_iter()
        .find(|k| !requires.iter().any(|r| &r.key == k))
    {
        Some(key) => {
            let fuels: Vec<&str> = FUELS.iter().map(|f| f.id).collect();
            Err(EvaluationError::InvalidData(format!(
                "`{key}` is not a fuel key {label} can account (fuels: {}; uses: {}; a fuel without coefficients also takes `ncv`, `carbon-content`, `oxidation-rate`)",
                fuels.join(", "),
                FuelUse::ALL.map(FuelUse::id).join(", ")
            )))
        }
        None => Ok(()),
    }
}

fn assumption(name: &str, value: String, provisional: bool, description: Text) -> Assumption {
    Assumption {
        name: name.to_owned(),
        value,
        provisional,
        description,
    }
}

/// The constants the accounting used, as assumptions of the report: the
/// electricity coefficient (provisional at the default equal-value
/// coefficient, `equal_value_given` false), the national fossil-electricity
/// factor, the heat coefficients when heat flows, each fuel's coefficients.
pub fn constants(
    breakdown: Option<&Breakdown>,
    options: &Options,
    equal_value_given: bool,
) -> Vec<Assumption> {
    let (method_zh, method_en, provisional) = match options.electricity {
        ElectricityConversion::Equivalent => (
            "当量值，GB/T 2589-2020；并非通知附件3 二.1 规定的等价值",
            "equivalent value, GB/T 2589-2020; not the equal value attachment 3 二.1 prescribes",
            false,
        ),
        ElectricityConversion::EqualValue(_) => (
            "等价值，附件3 二.1；系数逐年取值",
            "equal value, attachment 3 二.1; the coefficient is year-specific",
            !equal_value_given,
        ),
    };
    let mut out = vec![
        assumption(
            "electricity-coefficient",
            format!("{} tce/MWh", coef(options.electricity.tce_per_mwh())),
            provisional,
            text(
                format!("电力折标准煤系数（{method_zh}）"),
                format!("Electricity to standard coal ({method_en})"),
            ),
        ),
        assumption(
            "electricity-factor",
            format!("{} tCO2/MWh", coef(ELECTRICITY_FOSSIL_TCO2_PER_MWH)),
            false,
            text(
                "全国化石能源电力排放因子（附件4 二(二)3①）；绿电直连、绿证绿电交易的非化石能源电力计 0",
                "National fossil-electricity factor (attachment 4 二(二)3①); direct non-fossil supply and renewable power through certificates or green trading count 0",
            ),
        ),
    ];
    if let Some(b) = breakdown {
        out.extend(coefficient_assumptions(b));
    }
    out
}

/// The heat and fuel coefficients the accounting of `b` used, as
/// assumptions of the report (the fuel coefficients of the table are
/// provisional, a park's measured ones are not). Public for standards that
/// reuse the accounting.
pub fn coefficient_assumptions(b: &Breakdown) -> Vec<Assumption> {
    let mut out = Vec::new();
    if !b.heat.is_empty() {
        out.push(assumption(
            "heat-coefficients",
            format!(
                "{} tce/GJ, {} tCO2/GJ",
                coef(HEAT_TCE_PER_GJ),
                coef(HEAT_FOSSIL_DEFAULT_TCO2_PER_GJ)
            ),
            false,
            text(
                "热力折标准煤系数（GB/T 2589）；化石能源热力排放因子缺省值（附件4 二(二)3②，园区有实测值时用实测值），非化石能源热力计 0",
                "Heat to standard coal (GB/T 2589); default factor of fossil heat (attachment 4 二(二)3②, the park's measured factor when given), non-fossil heat 0",
            ),
        ));
    }
    for fa in &b.fuels {
        let (f, c) = (fa.fuel(), fa.coefficients());
        out.push(assumption(
            &format!("fuel-coefficients.{}", f.id),
            format!(
                "{} tce/{u}, {} tCO2/{u}, oxidation {} %",
                coef(c.tce_per_unit),
                coef(c.tco2_per_unit),
                crate::display::amount(c.oxidation * 100.0),
                u = f.unit
            ),
            c.source != Source::Park,
            fuel_source(f, c.source),
        ));
    }
    out
}

/// Where a fuel's coefficients come from, in words.
fn fuel_source(f: &Fuel, source: Source) -> Text {
    let name = format!("{}{}", f.en[..1].to_uppercase(), &f.en[1..]);
    match source {
        Source::Table => text(
            format!(
                "{}折标准煤系数（GB/T 2589）与二氧化碳排放因子（暂定，同一低位发热量；国家温室气体排放因子数据库不可用，附件4 二(三)2）",
                f.zh
            ),
            format!(
                "{name} to standard coal (GB/T 2589) and CO2 factor (provisional, same net calorific value; the national GHG emission factor database of attachment 4 二(三)2 is not available)"
            ),
        ),
        Source::Derived => text(
            format!(
                "{}折标准煤系数与二氧化碳排放因子，由温室气体核算指南缺省低位发热量、单位热值含碳量和碳氧化率推算（暂定）",
                f.zh
            ),
            format!(
                "{name} to standard coal and CO2 factor, derived from the default net calorific value, carbon content and oxidation rate of the national GHG accounting guidelines (provisional)"
            ),
        ),
        Source::Park => text(
            format!(
                "{}：园区实测低位发热量与含碳量（{}、{}）",
                f.zh,
                keys::fuel_field(f, keys::FUEL_NCV),
                keys::fuel_field(f, keys::FUEL_CARBON)
            ),
            format!(
                "{name}: the park's measured net calorific value and carbon content (`{}`, `{}`)",
                keys::fuel_field(f, keys::FUEL_NCV),
                keys::fuel_field(f, keys::FUEL_CARBON)
            ),
        ),
    }
}
