//! Energy and CO2 accounting of one park year (附件3 二.1 for the energy,
//! 附件4 for the emissions): pure functions from plain inputs to a breakdown.
//!
//! Units: electricity MWh, heat GJ, fuels in their reported unit, energy tce,
//! emissions tCO2. Nothing here reads park data, so every rule is unit-tested
//! on its own. `METHOD.md` beside the crate states each rule with its clause.

use zcp_sdk::EvaluationError;

use crate::coefficients::{
    Coefficients, ELECTRICITY_FOSSIL_TCO2_PER_MWH, Fuel, HEAT_FOSSIL_DEFAULT_TCO2_PER_GJ,
    HEAT_TCE_PER_GJ,
};
use crate::display::{amount, quantity};
use crate::keys;

mod inputs;

pub use inputs::*;

/// Electricity accounted.
#[derive(Debug, Clone, PartialEq)]
pub struct ElectricityAccount {
    /// The inputs.
    pub flows: Electricity,
    /// Use = grid + direct + on-site − exported, MWh (negative for a net exporter).
    pub use_mwh: f64,
    /// The conversion method.
    pub method: ElectricityConversion,
    /// The coefficient applied, tce/MWh.
    pub tce_per_mwh: f64,
    /// Use × coefficient, tce.
    pub energy_tce: f64,
    /// Unbundled certificates counted: at most grid − traded, MWh.
    pub certificates_counted_mwh: f64,
    /// Received at the fossil factor: grid − traded − certificates counted, MWh.
    pub fossil_received_mwh: f64,
    /// Sent out at the fossil factor: exported − exported green, MWh.
    pub fossil_sent_mwh: f64,
    /// (received − sent out) at the fossil factor, tCO2; may be negative.
    pub emissions_tco2: f64,
}

/// Heat accounted.
#[derive(Debug, Clone, PartialEq)]
pub struct HeatAccount {
    /// The inputs.
    pub flows: Heat,
    /// (purchased − exported) × 0.03412, tce (negative for a net exporter).
    pub energy_tce: f64,
    /// Fossil heat received, GJ.
    pub fossil_received_gj: f64,
    /// Its factor, tCO2/GJ (measured, or the default 0.11).
    pub received_factor: f64,
    /// Fossil heat sent out, GJ.
    pub fossil_sent_gj: f64,
    /// Its factor, tCO2/GJ.
    pub sent_factor: f64,
    /// Received × factor − sent × factor, tCO2; may be negative.
    pub emissions_tco2: f64,
}

impl HeatAccount {
    /// Whether the park has any heat flow.
    pub fn is_empty(&self) -> bool {
        self.flows.purchased == 0.0 && self.flows.exported == 0.0
    }

    /// Non-fossil heat used inside the park, net, at least zero, GJ.
    pub fn non_fossil_net_gj(&self) -> f64 {
        (self.flows.purchased_non_fossil - self.flows.exported_non_fossil).max(0.0)
    }
}

/// One fuel accounted.
#[derive(Debug, Clone, PartialEq)]
pub struct FuelAccount {
    /// The fuel, its coefficients and its amounts by use.
    pub amounts: FuelAmounts,
    /// Amount counted in energy.
    pub energy_amount: f64,
    /// energy amount × tce coefficient, tce.
    pub energy_tce: f64,
    /// Amount counted in emissions.
    pub emitting_amount: f64,
    /// emitting amount × CO2 factor, tCO2.
    pub emissions_tco2: f64,
}

impl FuelAccount {
    /// The fuel.
    pub fn fuel(&self) -> &'static Fuel {
        self.amounts.fuel
    }

    /// Its coefficients.
    pub fn coefficients(&self) -> &Coefficients {
        &self.amounts.coefficients
    }
}

/// One side of the conversion balance: a fuel and its amount.
#[derive(Debug, Clone, PartialEq)]
pub struct ConversionItem {
    /// The fuel.
    pub fuel: &'static Fuel,
    /// Amount, in the fuel's unit.
    pub amount: f64,
    /// Amount × tce per unit.
    pub tce: f64,
    /// Amount × CO2 per unit at 100 % oxidation.
    pub tco2: f64,
}

/// Energy conversion inside the park (refining, coal-to-liquids, gas making,
/// coking), as a carbon balance (附件4 二(二)2): inputs − outputs, each at its
/// CO2 factor with the oxidation rate taken as 100 %. Energy: the conversion
/// loss, inputs − outputs in standard coal (GB/T 2589). Neither has a floor.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConversionAccount {
    /// Inputs.
    pub inputs: Vec<ConversionItem>,
    /// Outputs produced inside the park.
    pub outputs: Vec<ConversionItem>,
}

impl ConversionAccount {
    /// Whether the park converts energy at all.
    pub fn is_empty(&self) -> bool {
        self.inputs.is_empty() && self.outputs.is_empty()
    }

    /// Inputs in standard coal, tce.
    pub fn input_tce(&self) -> f64 {
        self.inputs.iter().map(|i| i.tce).sum()
    }

    /// Outputs in standard coal, tce.
    pub fn output_tce(&self) -> f64 {
        self.outputs.iter().map(|i| i.tce).sum()
    }

    /// Inputs at full oxidation, tCO2.
    pub fn input_tco2(&self) -> f64 {
        self.inputs.iter().map(|i| i.tco2).sum()
    }

    /// Outputs at full oxidation, tCO2.
    pub fn output_tco2(&self) -> f64 {
        self.outputs.iter().map(|i| i.tco2).sum()
    }

    /// The conversion loss counted in energy, tce.
    pub fn energy_tce(&self) -> f64 {
        self.input_tce() - self.output_tce()
    }

    /// The CO2 of the conversion, tCO2.
    pub fn emissions_tco2(&self) -> f64 {
        self.input_tco2() - self.output_tco2()
    }
}

/// One fuel used as international bunker fuel.
#[derive(Debug, Clone, PartialEq)]
pub struct BunkerItem {
    /// The fuel.
    pub fuel: &'static Fuel,
    /// Amount, in the fuel's unit.
    pub amount: f64,
    /// Its standard coal, tce (counted when `bunker-in-energy`).
    pub tce: f64,
    /// Its CO2, tCO2 (always in the total).
    pub tco2: f64,
}

/// The energy and CO2 of the park year, with every term.
#[derive(Debug, Clone, PartialEq)]
pub struct Breakdown {
    /// The choices the accounting ran with.
    pub options: Options,
    /// Electricity.
    pub electricity: ElectricityAccount,
    /// Heat.
    pub heat: HeatAccount,
    /// Fuels with any use, in the order given.
    pub fuels: Vec<FuelAccount>,
    /// Energy conversion, as a balance.
    pub conversion: ConversionAccount,
    /// Industrial processes.
    pub process: Process,
    /// Comprehensive energy consumption, tce.
    pub energy_tce: f64,
    /// CO2 emissions, tCO2.
    pub emissions_tco2: f64,
}

impl Breakdown {
    /// Fuels used for `use_`, with their amounts.
    pub fn used_for(&self, use_: FuelUse) -> impl Iterator<Item = (&'static Fuel, f64)> + '_ {
        self.fuels
            .iter()
            .map(move |f| (f.fuel(), f.amounts.get(use_)))
            .filter(|(_, a)| *a > 0.0)
    }

    /// International bunker fuel, listed separately (附件4 二(一)).
    pub fn bunker(&self) -> Vec<BunkerItem> {
        self.fuels
            .iter()
            .filter(|f| f.amounts.get(FuelUse::Bunker) > 0.0)
            .map(|f| {
                let amount = f.amounts.get(FuelUse::Bunker);
                let c = f.coefficients();
                BunkerItem {
                    fuel: f.fuel(),
                    amount,
                    tce: amount * c.tce_per_unit,
                    tco2: amount * c.tco2_per_unit,
                }
            })
            .collect()
    }

    /// The fuel CO2 (E_fuel of 附件4 二(二)1), tCO2.
    pub fn fuel_tco2(&self) -> f64 {
        self.fuels.iter().map(|f| f.emissions_tco2).sum()
    }
}

/// Account energy and emissions.
///
/// Errors: a negative or non-finite amount, a part above its whole (green
/// traded above grid purchased, green or non-fossil exports above exports,
/// non-fossil heat above heat) or conversion outputs without inputs are
/// `invalid-data`.
pub fn account(inputs: &AccountingInputs, options: &Options) -> Result<Breakdown, EvaluationError> {
    validate(inputs, &[])?;
    let conversion = conversion(&inputs.fuels)?;
    let electricity = electricity(&inputs.electricity, options);
    let heat = heat(&inputs.heat);
    let fuels: Vec<FuelAccount> = inputs
        .fuels
        .iter()
        .filter(|a| a.is_used())
        .map(|a| fuel(a, options))
        .collect();
    let energy_tce = electricity.energy_tce
        + heat.energy_tce
        + fuels.iter().map(|f| f.energy_tce).sum::<f64>()
        + conversion.energy_tce();
    let emissions_tco2 = electricity.emissions_tco2
        + heat.emissions_tco2
        + fuels.iter().map(|f| f.emissions_tco2).sum::<f64>()
        + conversion.emissions_tco2()
        + inputs.process.emissions_tco2();
    Ok(Breakdown {
        options: *options,
        electricity,
        heat,
        fuels,
        conversion,
        process: inputs.process.clone(),
        energy_tce,
        emissions_tco2,
    })
}

fn electricity(e: &Electricity, options: &Options) -> ElectricityAccount {
    let use_mwh = e.grid_purchased + e.direct_green + e.on_site_renewable - e.exported;
    let tce_per_mwh = options.electricity.tce_per_mwh();
    let certificates_counted_mwh = e
        .green_certificates
        .min(e.grid_purchased - e.green_traded)
        .max(0.0);
    let fossil_received_mwh = e.grid_purchased - e.green_traded - certificates_counted_mwh;
    let fossil_sent_mwh = e.exported - e.exported_green;
    ElectricityAccount {
        flows: e.clone(),
        use_mwh,
        method: options.electricity,
        tce_per_mwh,
        energy_tce: use_mwh * tce_per_mwh,
        certificates_counted_mwh,
        fossil_received_mwh,
        fossil_sent_mwh,
        emissions_tco2: (fossil_received_mwh - fossil_sent_mwh) * ELECTRICITY_FOSSIL_TCO2_PER_MWH,
    }
}

fn heat(h: &Heat) -> HeatAccount {
    let fossil_received_gj = h.purchased - h.purchased_non_fossil;
    let fossil_sent_gj = h.exported - h.exported_non_fossil;
    let received_factor = h
        .purchased_factor
        .unwrap_or(HEAT_FOSSIL_DEFAULT_TCO2_PER_GJ);
    let sent_factor = h.exported_factor.unwrap_or(HEAT_FOSSIL_DEFAULT_TCO2_PER_GJ);
    HeatAccount {
        flows: h.clone(),
        energy_tce: (h.purchased - h.exported) * HEAT_TCE_PER_GJ,
        fossil_received_gj,
        received_factor,
        fossil_sent_gj,
        sent_factor,
        emissions_tco2: fossil_received_gj * received_factor - fossil_sent_gj * sent_factor,
    }
}

/// The conversion balance; outputs without any input are `invalid-data`.
fn conversion(fuels: &[FuelAmounts]) -> Result<ConversionAccount, EvaluationError> {
    let side = |use_: FuelUse| -> Vec<ConversionItem> {
        fuels
            .iter()
            .filter(|a| a.get(use_) > 0.0)
            .map(|a| ConversionItem {
                fuel: a.fuel,
                amount: a.get(use_),
                tce: a.get(use_) * a.coefficients.tce_per_unit,
                tco2: a.get(use_) * a.coefficients.tco2_full_oxidation(),
            })
            .collect()
    };
    let account = ConversionAccount {
        inputs: side(FuelUse::Conversion),
        outputs: side(FuelUse::ConversionOutput),
    };
    if let Some(o) = account
        .outputs
        .first()
        .filter(|_| account.inputs.is_empty())
    {
        return Err(EvaluationError::InvalidData(format!(
            "`{}` is {} but no fuel is given as a conversion input (`fuel.<fuel>.conversion`): a conversion output needs its inputs",
            keys::fuel_key(o.fuel, FuelUse::ConversionOutput),
            quantity(o.amount, o.fuel.unit)
        )));
    }
    Ok(account)
}

fn fuel(a: &FuelAmounts, options: &Options) -> FuelAccount {
    let sum = |counts: &dyn Fn(FuelUse) -> bool| -> f64 {
        FuelUse::ALL
            .into_iter()
            .filter(|u| counts(*u))
            .map(|u| a.get(u))
            .sum()
    };
    let energy_amount = sum(&|u| options.in_energy(u));
    let emitting_amount = sum(&|u| options.in_emissions(u));
    FuelAccount {
        amounts: a.clone(),
        energy_amount,
        energy_tce: energy_amount * a.coefficients.tce_per_unit,
        emitting_amount,
        emissions_tco2: emitting_amount * a.coefficients.tco2_per_unit,
    }
}

/// Check every amount on its own (finite, zero or more) and every part
/// against its whole, unless the whole is among the `absent` keys (then it
/// is missing data, not a contradiction).
///
/// [`account`] runs this too; call it alone when the accounting cannot run
/// (a required amount is missing) but the data given must still be checked.
pub fn validate(inputs: &AccountingInputs, absent: &[String]) -> Result<(), EvaluationError> {
    let e = &inputs.electricity;
    let h = &inputs.heat;
    let mut amounts: Vec<(String, f64)> = vec![
        (keys::GRID_PURCHASED.to_owned(), e.grid_purchased),
        (keys::GREEN_TRADED.to_owned(), e.green_traded),
        (keys::GREEN_CERTIFICATES.to_owned(), e.green_certificates),
        (keys::DIRECT_GREEN.to_owned(), e.direct_green),
        (keys::ON_SITE_RENEWABLE.to_owned(), e.on_site_renewable),
        (keys::EXPORTED.to_owned(), e.exported),
        (keys::EXPORTED_GREEN.to_owned(), e.exported_green),
        (keys::HEAT_PURCHASED.to_owned(), h.purchased),
        (
            keys::HEAT_PURCHASED_NON_FOSSIL.to_owned(),
            h.purchased_non_fossil,
        ),
        (keys::HEAT_EXPORTED.to_owned(), h.exported),
        (
            keys::HEAT_EXPORTED_NON_FOSSIL.to_owned(),
            h.exported_non_fossil,
        ),
    ];
    for (key, factor) in [
        (keys::HEAT_PURCHASED_FACTOR, h.purchased_factor),
        (keys::HEAT_EXPORTED_FACTOR, h.exported_factor),
    ] {
        amounts.extend(factor.map(|f| (key.to_owned(), f)));
    }
    match &inputs.process {
        Process::None => {}
        Process::Total(t) => amounts.push((keys::PROCESS_EMISSIONS.to_owned(), *t)),
        Process::Products(products) => {
            for p in products {
                amounts.push((keys::process_key(&p.name, keys::PROCESS_OUTPUT), p.output_t));
                amounts.push((keys::process_key(&p.name, keys::PROCESS_FACTOR), p.factor));
            }
        }
    }
    for a in &inputs.fuels {
        for u in FuelUse::ALL {
            amounts.push((keys::fuel_key(a.fuel, u), a.get(u)));
        }
    }
    if let Some((key, value)) = amounts.iter().find(|(_, v)| !v.is_finite() || *v < 0.0) {
        return Err(EvaluationError::InvalidData(format!(
            "`{key}` is `{value}`: an amount must be a finite number, zero or more"
        )));
    }
    let parts = [
        (
            keys::GREEN_TRADED,
            e.green_traded,
            keys::GRID_PURCHASED,
            e.grid_purchased,
            "MWh",
        ),
        (
            keys::EXPORTED_GREEN,
            e.exported_green,
            keys::EXPORTED,
            e.exported,
            "MWh",
        ),
        (
            keys::HEAT_PURCHASED_NON_FOSSIL,
            h.purchased_non_fossil,
            keys::HEAT_PURCHASED,
            h.purchased,
            "GJ",
        ),
        (
            keys::HEAT_EXPORTED_NON_FOSSIL,
            h.exported_non_fossil,
            keys::HEAT_EXPORTED,
            h.exported,
            "GJ",
        ),
    ];
    let contradiction = parts.iter().find(|(_, part, whole_key, whole, _)| {
        part > whole && !absent.iter().any(|k| k == whole_key)
    });
    match contradiction {
        Some((part_key, part, whole_key, whole, unit)) => {
            Err(EvaluationError::InvalidData(format!(
                "`{part_key}` ({} {unit}) exceeds `{whole_key}` ({} {unit}), of which it is a part",
                amount(*part),
                amount(*whole),
            )))
        }
        None => Ok(()),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests;
