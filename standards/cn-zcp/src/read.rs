//! Reading the park data into the plain inputs of the accounting: amounts,
//! the coefficients of each fuel (the table's or the park's measured ones),
//! and the industrial process products.

use std::collections::BTreeSet;

use zcp_sdk::{EvaluationError, Inputs, ParkData, Text, text};

use crate::accounting::{
    AccountingInputs, Electricity, FuelAmounts, FuelUse, Heat, Process, ProcessProduct,
};
use crate::coefficients::{Coefficients, FUELS, Fuel, PARK_FUEL_DEFAULT_OXIDATION};
use crate::display::amount;
use crate::keys::{self, process_key};

/// The accounting inputs, with what is missing for them and the keys read
/// besides the declared ones.
#[derive(Debug, Clone, Default)]
pub struct Read {
    /// The inputs (fuels whose coefficients are missing are left out).
    pub inputs: AccountingInputs,
    /// Keys that must be given for the accounting to run.
    pub missing: Vec<String>,
    /// Keys that must be given for the emissions (process data): the
    /// energy can be accounted without them.
    pub emissions_missing: Vec<String>,
    /// Process keys read (they are not among the declared requirements).
    pub process_used: Vec<String>,
    /// Remarks for the report.
    pub notes: Vec<Text>,
}

/// Read everything the accounting needs.
pub fn read(data: &dyn ParkData, inputs: &Inputs) -> Result<Read, EvaluationError> {
    let mut read = Read {
        missing: inputs.absent(&[keys::GRID_PURCHASED]),
        ..Default::default()
    };
    read.inputs.electricity = Electricity {
        grid_purchased: inputs.or_zero(keys::GRID_PURCHASED),
        green_traded: inputs.or_zero(keys::GREEN_TRADED),
        green_certificates: inputs.or_zero(keys::GREEN_CERTIFICATES),
        direct_green: inputs.or_zero(keys::DIRECT_GREEN),
        on_site_renewable: inputs.or_zero(keys::ON_SITE_RENEWABLE),
        exported: inputs.or_zero(keys::EXPORTED),
        exported_green: inputs.or_zero(keys::EXPORTED_GREEN),
    };
    read.inputs.heat = Heat {
        purchased: inputs.or_zero(keys::HEAT_PURCHASED),
        purchased_non_fossil: inputs.or_zero(keys::HEAT_PURCHASED_NON_FOSSIL),
        purchased_factor: inputs.get(keys::HEAT_PURCHASED_FACTOR),
        exported: inputs.or_zero(keys::HEAT_EXPORTED),
        exported_non_fossil: inputs.or_zero(keys::HEAT_EXPORTED_NON_FOSSIL),
        exported_factor: inputs.get(keys::HEAT_EXPORTED_FACTOR),
    };
    for (fuel, amounts) in fuel_amounts(inputs) {
        match coefficients(fuel, inputs)? {
            Ok(c) => read.inputs.fuels.push(FuelAmounts {
                fuel,
                coefficients: c,
                amounts,
            }),
            Err(missing) => read.missing.extend(missing),
        }
    }
    read_process(data, inputs, &mut read)?;
    Ok(read)
}

/// The fuels the park uses, in the order of [`FUELS`], with their amounts by
/// use: read from the given `fuel.` keys only, not from every fuel and use.
fn fuel_amounts(inputs: &Inputs) -> Vec<(&'static Fuel, [f64; 8])> {
    let mut amounts: Vec<Option<[f64; 8]>> = vec![None; FUELS.len()];
    for (key, value) in inputs.given(keys::FUEL_PREFIX) {
        let Some((id, field)) = key[keys::FUEL_PREFIX.len()..].split_once('.') else {
            continue;
        };
        // Coefficient fields (`ncv`, …) are not uses.
        let (Some(i), Some(use_)) = (
            FUELS.iter().position(|f| f.id == id),
            FuelUse::from_id(field),
        ) else {
            continue;
        };
        if let Some(slot) = amounts.get_mut(i) {
            slot.get_or_insert([0.0; 8])[use_.index()] = value;
        }
    }
    FUELS
        .iter()
        .zip(amounts)
        .filter_map(|(fuel, a)| a.filter(|a| a.iter().any(|v| *v != 0.0)).map(|a| (fuel, a)))
        .collect()
}

/// The unit of a park fuel's calorific value: GJ per unit of the fuel.
pub fn ncv_unit(fuel: &Fuel) -> &'static str {
    if fuel.unit == "t" {
        "GJ/t"
    } else {
        "GJ/10^4 m3"
    }
}

/// The coefficients of `fuel`: the table's, else the park's measured ones;
/// `Ok(Err(keys))` when the park must give `keys` first.
fn coefficients(
    fuel: &Fuel,
    inputs: &Inputs,
) -> Result<Result<Coefficients, Vec<String>>, EvaluationError> {
    if let Some(c) = fuel.coefficients {
        return Ok(Ok(c));
    }
    let ncv_key = keys::fuel_field(fuel, keys::FUEL_NCV);
    let carbon_key = keys::fuel_field(fuel, keys::FUEL_CARBON);
    let oxidation_key = keys::fuel_field(fuel, keys::FUEL_OXIDATION);
    let (Some(ncv), Some(carbon)) = (inputs.get(&ncv_key), inputs.get(&carbon_key)) else {
        return Ok(Err(inputs.absent(&[&ncv_key, &carbon_key])));
    };
    let oxidation = inputs.get(&oxidation_key).map(|p| p / 100.0);
    for (key, value, ok) in [
        (&ncv_key, ncv, ncv > 0.0),
        (&carbon_key, carbon, carbon > 0.0),
        (
            &oxidation_key,
            oxidation.unwrap_or(1.0) * 100.0,
            oxidation.is_none_or(|o| o > 0.0 && o <= 1.0),
        ),
    ] {
        if !ok {
            return Err(EvaluationError::InvalidData(format!(
                "`{key}` is `{}`: {} needs a value above zero{}",
                amount(value),
                fuel.en,
                if key == &oxidation_key {
                    " and at most 100 %"
                } else {
                    ""
                }
            )));
        }
    }
    Ok(Ok(Coefficients::measured(
        ncv,
        carbon,
        oxidation.unwrap_or(PARK_FUEL_DEFAULT_OXIDATION),
    )))
}

/// Products 附件4 三 names, with their display names.
#[rustfmt::skip]
const PRODUCTS: [(&str, &str, &str); 21] = [
    ("clinker-portland", "硅酸盐水泥熟料", "Portland cement clinker"),
    ("clinker-white-portland", "白色硅酸盐水泥熟料", "white Portland cement clinker"),
    ("clinker-sulphoaluminate", "硫（铁）铝酸盐水泥熟料", "sulphoaluminate cement clinker"),
    ("clinker-aluminate", "铝酸盐水泥熟料", "aluminate cement clinker"),
    ("lime", "石灰", "lime"),
    ("ammonia-coal", "煤制合成氨", "ammonia from coal"),
    ("ammonia-coal-gas", "煤气制合成氨", "ammonia from coal gas"),
    ("ammonia-natural-gas", "天然气制合成氨", "ammonia from natural gas"),
    ("ammonia-oil", "油制合成氨", "ammonia from oil"),
    ("methanol-coal", "煤制甲醇", "methanol from coal"),
    ("methanol-coal-gas", "煤气制甲醇", "methanol from coal gas"),
    ("methanol-natural-gas", "天然气制甲醇", "methanol from natural gas"),
    ("primary-aluminium", "原铝（电解铝）", "primary aluminium"),
    ("crude-steel", "粗钢", "crude steel"),
    ("ferrosilicon", "硅铁合金", "ferrosilicon"),
    ("silicomanganese", "硅锰合金", "silicomanganese"),
    ("ferromanganese", "锰铁合金", "ferromanganese"),
    ("ferronickel", "镍铁合金", "ferronickel"),
    ("ferrochrome", "铬铁合金", "ferrochrome"),
    ("industrial-silicon", "工业硅", "industrial silicon"),
    ("calcium-carbide", "碳化钙（电石）", "calcium carbide"),
];

/// The process emissions: the park's total, or products (附件4 三), never both.
fn read_process(
    data: &dyn ParkData,
    inputs: &Inputs,
    read: &mut Read,
) -> Result<(), EvaluationError> {
    let product_keys = data.keys(keys::PROCESS_PREFIX);
    let names: BTreeSet<&str> = product_keys
        .iter()
        .filter_map(|k| k.strip_prefix(keys::PROCESS_PREFIX)?.split('.').next())
        .collect();
    let total = inputs.get(keys::PROCESS_EMISSIONS);
    if let (Some(total), Some(first)) = (total, product_keys.first()) {
        return Err(EvaluationError::InvalidData(format!(
            "`{}` ({} tCO2) and per-product process data (`{first}`) are both given: give the total or the products (附件4 三), not both",
            keys::PROCESS_EMISSIONS,
            amount(total)
        )));
    }
    if let Some(total) = total {
        read.inputs.process = Process::Total(total);
        return Ok(());
    }
    let mut products = Vec::new();
    for name in names {
        let (output_key, factor_key) = (
            process_key(name, keys::PROCESS_OUTPUT),
            process_key(name, keys::PROCESS_FACTOR),
        );
        let output = quantity(data, &output_key, "t")?;
        let factor = quantity(data, &factor_key, "tCO2/t")?;
        let basis_key = process_key(name, keys::PROCESS_FACTOR_BASIS);
        let basis = data.text(&basis_key);
        let label = label(data, name);
        for (key, value) in [(&output_key, output), (&factor_key, factor)] {
            match value {
                Some(_) => read.process_used.push(key.clone()),
                None => read.emissions_missing.push(key.clone()),
            }
        }
        if basis.is_some() {
            read.process_used.push(basis_key);
        } else {
            read.notes.push(text(
                format!(
                    "{} 的过程排放因子未说明依据（{basis_key}）：附件4 三(三)2 要求园区备注分产品排放因子的测算依据",
                    label.0
                ),
                format!(
                    "The process factor of {} gives no basis (`{basis_key}`): attachment 4 三(三)2 asks the park to note how each product factor was derived",
                    label.1
                ),
            ));
        }
        if let (Some(output_t), Some(factor)) = (output, factor) {
            products.push(ProcessProduct {
                name: name.to_owned(),
                label,
                output_t,
                factor,
                basis,
            });
        }
    }
    if !products.is_empty() {
        read.inputs.process = Process::Products(products);
    }
    Ok(())
}

fn quantity(data: &dyn ParkData, key: &str, unit: &str) -> Result<Option<f64>, EvaluationError> {
    data.quantity(key, unit)
        .map_err(|e| EvaluationError::InvalidData(format!("`{key}`: {e}")))
}

/// A product's name: the annex's, else the park's `process.<name>.name`,
/// else the key segment.
fn label(data: &dyn ParkData, name: &str) -> (String, String) {
    if let Some((_, zh, en)) = PRODUCTS.iter().find(|(id, _, _)| *id == name) {
        return ((*zh).to_owned(), (*en).to_owned());
    }
    match data.text(&process_key(name, keys::PROCESS_NAME)) {
        Some(given) => (given.clone(), given),
        None => (name.to_owned(), name.to_owned()),
    }
}
