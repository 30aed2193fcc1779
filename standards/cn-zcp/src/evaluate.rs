//! One evaluation: parameters, data, accounting, results, assumptions, verdict.

use zcp_sdk::{
    Assumption, DataRequirement, Evaluation, EvaluationError, Inputs, Params, ParkData, Text, text,
    verdict_of,
};

use crate::accounting::{
    self, AccountingInputs, Electricity, FuelAmounts, FuelUse, GridFactor, Heat, Options,
};
use crate::coefficients::{FUELS, Fuel, HEAT_TCE_PER_GJ, HEAT_TCO2_PER_GJ, Source};
use crate::describe;
use crate::display::coef;
use crate::explain;
use crate::guiding;
use crate::indicators::{self, Profile};
use crate::keys;
use crate::params;
use crate::params::{EQUAL_VALUE_COEFFICIENT, Settings};

/// Evaluate the park served by `data` with the evaluator's `parameters`.
pub fn evaluate(
    data: &dyn ParkData,
    parameters: &[(String, String)],
) -> Result<Evaluation, EvaluationError> {
    let params = Params::resolve(&params::declared(), parameters)?;
    let settings = Settings::parse(&params)?;
    let requires = describe::requirement_keys();
    check_fuel_keys(data, &requires)?;

    let inputs = Inputs::fetch(data, &requires);
    let mut results = indicators::eligibility(&Profile::read(data))?;

    // The core indicator rests on the energy accounting: its keys, not the
    // guiding indicators' ones.
    let quantity_keys: Vec<&str> = requires
        .iter()
        .filter(|r| !r.unit.is_empty() && is_accounting_key(&r.key))
        .map(|r| r.key.as_str())
        .collect();
    let required_keys: Vec<&str> = requires
        .iter()
        .filter(|r| r.required)
        .map(|r| r.key.as_str())
        .collect();
    let used = inputs.present(&quantity_keys);
    let missing = inputs.absent(&required_keys);

    // The amounts given are checked even when a required one is missing.
    let amounts = accounting_inputs(&inputs);
    accounting::validate(&amounts)?;
    let options = &settings.options;
    let factor = accounting::choose_grid_factor(&amounts.electricity, options)?;
    let mut notes = Vec::new();
    let breakdown = if missing.is_empty() {
        Some(accounting::account(&amounts, options)?)
    } else {
        None
    };
    let (core, informative) = match &breakdown {
        Some(b) => {
            notes.extend(explain::bunker_note(b));
            notes.extend(explain::conversion_note(b));
            indicators::computed(b, settings.below_band_threshold, &used)?
        }
        None => indicators::missing(&used, &missing),
    };
    results.push(core);
    results.extend(guiding::all(
        data,
        &inputs,
        breakdown.as_ref(),
        &missing,
        settings.clean_energy,
    )?);
    results.extend(informative);

    let verdict = verdict_of(&results, describe::kind_of);
    let equal_value_given = params.is_given(EQUAL_VALUE_COEFFICIENT);
    let mut assumptions = params.assumptions();
    assumptions.extend(constants(
        &amounts,
        options,
        factor,
        equal_value_given,
        data.year(),
    ));
    Ok(Evaluation {
        verdict,
        tier: None,
        score: None,
        results,
        assumptions,
        notes,
    })
}

/// Keys of the energy and CO2 accounting (what the core indicator uses).
fn is_accounting_key(key: &str) -> bool {
    ["electricity.", "heat.", "fuel.", "emissions."]
        .iter()
        .any(|p| key.starts_with(p))
}

/// Every `fuel.` key the park gives must be one this version has coefficients for.
fn check_fuel_keys(
    data: &dyn ParkData,
    requires: &[DataRequirement],
) -> Result<(), EvaluationError> {
    match data
        .keys(keys::FUEL_PREFIX)
        .into_iter()
        .find(|k| !requires.iter().any(|r| &r.key == k))
    {
        Some(key) => {
            let fuels: Vec<&str> = FUELS.iter().map(|f| f.id).collect();
            Err(EvaluationError::InvalidData(format!(
                "`{key}` is not a fuel key cn-zcp {} can account (fuels: {}; uses: {})",
                describe::VERSION,
                fuels.join(", "),
                FuelUse::ALL.map(FuelUse::id).join(", ")
            )))
        }
        None => Ok(()),
    }
}

/// The plain accounting inputs, absent amounts as zero.
fn accounting_inputs(inputs: &Inputs) -> AccountingInputs {
    AccountingInputs {
        electricity: Electricity {
            grid_purchased: inputs.or_zero(keys::GRID_PURCHASED),
            green_traded: inputs.or_zero(keys::GREEN_TRADED),
            green_certificates: inputs.or_zero(keys::GREEN_CERTIFICATES),
            direct_green: inputs.or_zero(keys::DIRECT_GREEN),
            on_site_renewable: inputs.or_zero(keys::ON_SITE_RENEWABLE),
            exported: inputs.or_zero(keys::EXPORTED),
        },
        heat: Heat {
            purchased: inputs.or_zero(keys::HEAT_PURCHASED),
            exported: inputs.or_zero(keys::HEAT_EXPORTED),
        },
        fuels: FUELS
            .iter()
            .map(|f| {
                FuelUse::ALL.into_iter().fold(FuelAmounts::new(f), |a, u| {
                    a.with(u, inputs.or_zero(&keys::fuel_key(f, u)))
                })
            })
            .collect(),
        process_emissions: inputs.or_zero(keys::PROCESS_EMISSIONS),
    }
}

/// The constants the accounting used, as assumptions of the report.
fn constants(
    amounts: &AccountingInputs,
    options: &Options,
    g: GridFactor,
    equal_value_given: bool,
    year: i32,
) -> Vec<Assumption> {
    let (method_zh, method_en, provisional) = match options.electricity {
        accounting::ElectricityConversion::Equivalent => (
            "当量值，GB/T 2589-2020",
            "equivalent value, GB/T 2589-2020",
            false,
        ),
        accounting::ElectricityConversion::EqualValue(_) => (
            "等价值，逐年取值",
            "equal value, year-specific",
            !equal_value_given,
        ),
    };
    let mut out = vec![
        Assumption {
            name: "electricity-coefficient".to_owned(),
            value: format!("{} tce/MWh", coef(options.electricity.tce_per_mwh())),
            provisional,
            description: text(
                format!("电力折标准煤系数（{method_zh}）"),
                format!("Electricity to standard coal ({method_en})"),
            ),
        },
        Assumption {
            name: "grid-factor".to_owned(),
            value: format!("{} tCO2/MWh ({}, {})", coef(g.value), g.kind.id(), g.year),
            // The value is published; choosing its kind and year is a parameter.
            provisional: false,
            description: text(
                format!(
                    "剩余电网电量的排放因子：{}，{} 年（生态环境部、国家统计局发布）{}；评价年份 {year}",
                    g.kind.zh(),
                    g.year,
                    if g.auto {
                        "，按 grid-factor-kind = auto 选取"
                    } else {
                        ""
                    }
                ),
                format!(
                    "Factor of residual grid electricity: {}, {} (published by MEE and NBS){}; assessment year {year}",
                    g.kind.en(),
                    g.year,
                    if g.auto {
                        ", chosen by grid-factor-kind = auto"
                    } else {
                        ""
                    }
                ),
            ),
        },
    ];
    if amounts.heat.purchased > 0.0 || amounts.heat.exported > 0.0 {
        out.push(Assumption {
            name: "heat-coefficients".to_owned(),
            value: format!(
                "{} tce/GJ, {} tCO2/GJ",
                coef(HEAT_TCE_PER_GJ),
                coef(HEAT_TCO2_PER_GJ)
            ),
            provisional: true,
            description: text(
                "热力折标准煤系数（GB/T 2589）与排放因子（暂定）",
                "Heat to standard coal (GB/T 2589) and its CO2 factor (provisional)",
            ),
        });
    }
    for fa in amounts
        .fuels
        .iter()
        .filter(|fa| fa.amounts.iter().any(|a| *a > 0.0))
    {
        let f = fa.fuel;
        out.push(Assumption {
            name: format!("fuel-coefficients.{}", f.id),
            value: format!(
                "{} tce/{u}, {} tCO2/{u}",
                coef(f.tce_per_unit),
                coef(f.tco2_per_unit),
                u = f.unit
            ),
            provisional: true,
            description: fuel_source(f),
        });
    }
    out
}

/// Where a fuel's pair of coefficients comes from, in words.
fn fuel_source(f: &Fuel) -> Text {
    let name = format!("{}{}", f.en[..1].to_uppercase(), &f.en[1..]);
    match f.source {
        Source::Table => text(
            format!(
                "{}折标准煤系数（GB/T 2589）与二氧化碳排放因子（暂定，同一低位发热量）",
                f.zh
            ),
            format!(
                "{name} to standard coal (GB/T 2589) and CO2 factor (provisional, same net calorific value)"
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
    }
}
