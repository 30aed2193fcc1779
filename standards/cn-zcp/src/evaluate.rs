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
    check_fuel_keys(data, &requires, label)?;

    let inputs = Inputs::fetch(data, &requires);
    let mut results = indicators::eligibility(&Profile::read(data))?;

    let read = read::read(data, &inputs)?;
    // The core indicator rests on the accounting keys, not the guiding ones.
    let quantity_keys: Vec<&str> = requires
        .iter()
        .filter(|r| !r.unit.is_empty() && is_accounting_key(&r.key))
        .map(|r| r.key.as_str())
        .collect();
    let mut used = inputs.present(&quantity_keys);
    used.extend(read.process_used.iter().cloned());

    // The amounts given are checked even when a required one is missing.
    accounting::validate(&read.inputs, &read.missing)?;
    let all_missing: Vec<String> = read
        .missing
        .iter()
        .chain(&read.emissions_missing)
        .cloned()
        .collect();
    let options = &settings.options;
    let mut notes = read.notes.clone();
    let breakdown = if read.missing.is_empty() {
        Some(accounting::account(&read.inputs, options)?)
    } else {
        None
    };
    let (core, informative) = match &breakdown {
        Some(b) => {
            notes.extend(explain::notes(b));
            indicators::computed_in(b, bands, &used, &read.emissions_missing)?
        }
        None => indicators::missing(&used, &all_missing),
    };
    results.push(core);
    results.extend(guiding::all(
        data,
        &inputs,
        breakdown.as_ref(),
        &read.missing,
        settings.clean_energy,
    )?);
    results.extend(informative);
    Ok(Findings {
        results,
        notes,
        constants: constants(breakdown.as_ref(), options, equal_value_given),
    })
}

/// Keys of the energy and CO2 accounting (what the core indicator uses).
fn is_accounting_key(key: &str) -> bool {
    ["electricity.", "heat.", "fuel.", "emissions."]
        .iter()
        .any(|p| key.starts_with(p))
}

/// Every `fuel.` key the park gives must be one this version (`label`) can account.
fn check_fuel_keys(
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

/// The constants the accounting used, as assumptions of the report.
fn constants(
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
    let Some(b) = breakdown else { return out };
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
