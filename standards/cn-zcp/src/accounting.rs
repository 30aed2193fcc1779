//! Energy and CO2 accounting of one park year (附件4, with the conventions of
//! DOMAIN.md §2): pure functions from plain inputs to a breakdown.
//!
//! Units: electricity MWh, heat GJ, fuels in their reported unit, energy tce,
//! emissions tCO2. Nothing here reads park data, so every rule is unit-tested
//! on its own.

use zcp_sdk::EvaluationError;

use crate::coefficients::{
    ELECTRICITY_EQUIVALENT_TCE_PER_MWH, FUELS, Fuel, GridFactorKind, HEAT_TCE_PER_GJ,
    HEAT_TCO2_PER_GJ, grid_factor,
};
use crate::display::{amount, quantity};
use crate::keys;

/// What a fuel was used for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FuelUse {
    /// End-use combustion.
    Final,
    /// Power generation inside the park.
    Power,
    /// Heat generation inside the park.
    Heat,
    /// Input to energy conversion (coking, refining, gasification).
    Conversion,
    /// Produced by energy conversion inside the park.
    ConversionOutput,
    /// Non-energy use as raw material.
    Feedstock,
    /// International bunker fuel.
    Bunker,
}

impl FuelUse {
    /// Every use, in key order.
    pub const ALL: [FuelUse; 7] = [
        FuelUse::Final,
        FuelUse::Power,
        FuelUse::Heat,
        FuelUse::Conversion,
        FuelUse::ConversionOutput,
        FuelUse::Feedstock,
        FuelUse::Bunker,
    ];

    /// The key segment: `fuel.<fuel>.<use>`.
    pub fn id(self) -> &'static str {
        match self {
            FuelUse::Final => "final",
            FuelUse::Power => "power",
            FuelUse::Heat => "heat",
            FuelUse::Conversion => "conversion",
            FuelUse::ConversionOutput => "conversion-output",
            FuelUse::Feedstock => "feedstock",
            FuelUse::Bunker => "bunker",
        }
    }

    /// Chinese name.
    pub fn zh(self) -> &'static str {
        match self {
            FuelUse::Final => "终端消费",
            FuelUse::Power => "发电",
            FuelUse::Heat => "供热",
            FuelUse::Conversion => "加工转换投入",
            FuelUse::ConversionOutput => "加工转换产出",
            FuelUse::Feedstock => "原料",
            FuelUse::Bunker => "国际燃料舱",
        }
    }

    /// Burned inside the boundary for energy: counted in energy and emissions.
    pub fn is_combustion(self) -> bool {
        matches!(self, FuelUse::Final | FuelUse::Power | FuelUse::Heat)
    }

    fn index(self) -> usize {
        match self {
            FuelUse::Final => 0,
            FuelUse::Power => 1,
            FuelUse::Heat => 2,
            FuelUse::Conversion => 3,
            FuelUse::ConversionOutput => 4,
            FuelUse::Feedstock => 5,
            FuelUse::Bunker => 6,
        }
    }
}

/// Electricity flows of the year, MWh.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Electricity {
    /// Received from the public grid, green power trading included.
    pub grid_purchased: f64,
    /// Green power trading, a part of grid purchased.
    pub green_traded: f64,
    /// Covered by unbundled green certificates.
    pub green_certificates: f64,
    /// Direct supply lines, not through the public grid.
    pub direct_green: f64,
    /// Renewable generation used inside the park.
    pub on_site_renewable: f64,
    /// Sent out of the park.
    pub exported: f64,
}

/// Heat flows of the year, GJ.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Heat {
    /// Received from outside the park.
    pub purchased: f64,
    /// Sent out of the park.
    pub exported: f64,
}

/// The amounts of one fuel by use, in the fuel's unit.
#[derive(Debug, Clone, PartialEq)]
pub struct FuelAmounts {
    /// The fuel.
    pub fuel: &'static Fuel,
    /// Amounts indexed like [`FuelUse::ALL`].
    pub amounts: [f64; 7],
}

impl FuelAmounts {
    /// No use of `fuel` yet.
    pub fn new(fuel: &'static Fuel) -> Self {
        FuelAmounts {
            fuel,
            amounts: [0.0; 7],
        }
    }

    /// The amount used for `use_`.
    pub fn get(&self, use_: FuelUse) -> f64 {
        self.amounts[use_.index()]
    }

    /// Set the amount used for `use_`.
    pub fn with(mut self, use_: FuelUse, amount: f64) -> Self {
        self.amounts[use_.index()] = amount;
        self
    }
}

/// Everything the accounting needs, absent amounts already zero.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AccountingInputs {
    /// Electricity, MWh.
    pub electricity: Electricity,
    /// Heat, GJ.
    pub heat: Heat,
    /// Fuels by use (fuels without use may be left out).
    pub fuels: Vec<FuelAmounts>,
    /// Industrial process CO2, tCO2.
    pub process_emissions: f64,
}

/// How electricity becomes standard coal.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ElectricityConversion {
    /// Equivalent value (当量值), 0.1229 tce/MWh.
    Equivalent,
    /// Equal value (等价值) with its coefficient, tce/MWh.
    EqualValue(f64),
}

impl ElectricityConversion {
    /// The coefficient, tce/MWh.
    pub fn tce_per_mwh(self) -> f64 {
        match self {
            ElectricityConversion::Equivalent => ELECTRICITY_EQUIVALENT_TCE_PER_MWH,
            ElectricityConversion::EqualValue(c) => c,
        }
    }

    /// The Chinese name of the method.
    pub fn zh(self) -> &'static str {
        match self {
            ElectricityConversion::Equivalent => "当量值",
            ElectricityConversion::EqualValue(_) => "等价值",
        }
    }

    /// The English name of the method.
    pub fn en(self) -> &'static str {
        match self {
            ElectricityConversion::Equivalent => "equivalent value",
            ElectricityConversion::EqualValue(_) => "equal value",
        }
    }
}

/// How the grid factor kind is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GridFactorRule {
    /// Excluding market-traded non-fossil when market green power is
    /// deducted, else the national average.
    Auto,
    /// This kind, whatever the data.
    Fixed(GridFactorKind),
}

/// The accounting choices (parameters).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    /// Electricity to standard coal.
    pub electricity: ElectricityConversion,
    /// Grid factor kind.
    pub grid_rule: GridFactorRule,
    /// Grid factor year.
    pub grid_year: u16,
    /// Whether feedstock counts in the energy consumption (GB/T 2589: yes).
    pub feedstock_in_denominator: bool,
}

/// The grid factor applied.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GridFactor {
    /// Its kind.
    pub kind: GridFactorKind,
    /// Its year.
    pub year: u16,
    /// tCO2/MWh.
    pub value: f64,
    /// Whether the kind was chosen by the rule `auto`.
    pub auto: bool,
}

/// Electricity accounted.
#[derive(Debug, Clone, PartialEq)]
pub struct ElectricityAccount {
    /// The inputs.
    pub flows: Electricity,
    /// Use = grid + direct green + on-site renewable − exported, MWh (negative
    /// for a net exporter).
    pub use_mwh: f64,
    /// The conversion method.
    pub method: ElectricityConversion,
    /// The coefficient applied, tce/MWh.
    pub tce_per_mwh: f64,
    /// Use × coefficient, tce.
    pub energy_tce: f64,
    /// max(0, grid − exported − green traded − certificates), MWh.
    pub residual_mwh: f64,
    /// The grid factor applied to the residual.
    pub factor: GridFactor,
    /// Residual × factor, tCO2 (never negative).
    pub emissions_tco2: f64,
}

/// Heat accounted.
#[derive(Debug, Clone, PartialEq)]
pub struct HeatAccount {
    /// The inputs.
    pub flows: Heat,
    /// (purchased − exported) × 0.03412, tce (negative for a net exporter).
    pub energy_tce: f64,
    /// max(0, purchased − exported) × 0.11, tCO2.
    pub emissions_tco2: f64,
}

/// One fuel accounted.
#[derive(Debug, Clone, PartialEq)]
pub struct FuelAccount {
    /// The fuel and its amounts by use.
    pub amounts: FuelAmounts,
    /// Amount counted in energy: final + power + heat (+ feedstock).
    pub energy_amount: f64,
    /// energy amount × tce coefficient, tce.
    pub energy_tce: f64,
    /// Amount burned: final + power + heat.
    pub combustion_amount: f64,
    /// combustion amount × CO2 factor, tCO2.
    pub emissions_tco2: f64,
}

impl FuelAccount {
    /// The fuel.
    pub fn fuel(&self) -> &'static Fuel {
        self.amounts.fuel
    }
}

/// Energy conversion inside the park (coking, refining, gasification),
/// accounted as a balance of its inputs and outputs (附件4: E_conversion).
///
/// Energy: the conversion loss, inputs − outputs in standard coal (GB/T
/// 2589). CO2: the carbon the outputs do not carry away, inputs − outputs
/// each at its CO2 factor, never below zero. Provisional convention: the
/// combustion factors stand for the carbon contents of both sides.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConversionAccount {
    /// Inputs: fuel and amount, in the fuel's unit.
    pub inputs: Vec<(&'static Fuel, f64)>,
    /// Outputs produced inside the park.
    pub outputs: Vec<(&'static Fuel, f64)>,
    /// Inputs in standard coal, tce.
    pub input_tce: f64,
    /// Outputs in standard coal, tce.
    pub output_tce: f64,
    /// Inputs at their CO2 factors, tCO2.
    pub input_tco2: f64,
    /// Outputs at their CO2 factors, tCO2.
    pub output_tco2: f64,
}

impl ConversionAccount {
    /// Whether the park converts energy at all.
    pub fn is_empty(&self) -> bool {
        self.inputs.is_empty() && self.outputs.is_empty()
    }

    /// The conversion loss counted in energy, tce: never below zero.
    pub fn energy_tce(&self) -> f64 {
        (self.input_tce - self.output_tce).max(0.0)
    }

    /// The CO2 of the conversion, tCO2: never below zero.
    pub fn emissions_tco2(&self) -> f64 {
        (self.input_tco2 - self.output_tco2).max(0.0)
    }

    /// Whether the outputs, at the reference coefficients, hold more
    /// standard coal or carbon than the inputs, so a balance was set to zero
    /// (the conservative choice: it raises the intensity). Measured
    /// calorific values and carbon contents would settle it.
    pub fn clamped(&self) -> bool {
        self.output_tce > self.input_tce || self.output_tco2 > self.input_tco2
    }
}

/// The energy and CO2 of the park year, with every term.
#[derive(Debug, Clone, PartialEq)]
pub struct Breakdown {
    /// Electricity.
    pub electricity: ElectricityAccount,
    /// Heat.
    pub heat: HeatAccount,
    /// Fuels with any use, in the order of [`FUELS`].
    pub fuels: Vec<FuelAccount>,
    /// Energy conversion, as a balance.
    pub conversion: ConversionAccount,
    /// Industrial process CO2, tCO2.
    pub process_tco2: f64,
    /// Whether feedstock was counted in the energy.
    pub feedstock_in_denominator: bool,
    /// Comprehensive energy consumption, tce.
    pub energy_tce: f64,
    /// CO2 emissions, tCO2.
    pub emissions_tco2: f64,
}

impl Breakdown {
    /// Fuels with feedstock use.
    pub fn feedstock(&self) -> impl Iterator<Item = (&'static Fuel, f64)> + '_ {
        self.fuels
            .iter()
            .map(|f| (f.fuel(), f.amounts.get(FuelUse::Feedstock)))
            .filter(|(_, a)| *a > 0.0)
    }

    /// Fuels with international bunker use (listed, never counted).
    pub fn bunker(&self) -> impl Iterator<Item = (&'static Fuel, f64)> + '_ {
        self.fuels
            .iter()
            .map(|f| (f.fuel(), f.amounts.get(FuelUse::Bunker)))
            .filter(|(_, a)| *a > 0.0)
    }
}

/// Account energy and emissions.
///
/// Errors: a negative or non-finite amount, green traded above grid purchased
/// or conversion outputs without inputs (contradictions) are `invalid-data`; a
/// grid factor that was never published is `invalid-parameter`.
pub fn account(inputs: &AccountingInputs, options: &Options) -> Result<Breakdown, EvaluationError> {
    validate(inputs)?;
    consistent(&inputs.electricity)?;
    let conversion = conversion(&inputs.fuels)?;
    let electricity = electricity(&inputs.electricity, options)?;
    let heat = heat(&inputs.heat);
    let fuels: Vec<FuelAccount> = FUELS
        .iter()
        .filter_map(|f| inputs.fuels.iter().find(|a| a.fuel.id == f.id))
        .filter(|a| a.amounts.iter().any(|v| *v > 0.0))
        .map(|a| fuel(a, options.feedstock_in_denominator))
        .collect();
    let process_tco2 = inputs.process_emissions;
    let energy_tce = electricity.energy_tce
        + heat.energy_tce
        + fuels.iter().map(|f| f.energy_tce).sum::<f64>()
        + conversion.energy_tce();
    let emissions_tco2 = electricity.emissions_tco2
        + heat.emissions_tco2
        + fuels.iter().map(|f| f.emissions_tco2).sum::<f64>()
        + conversion.emissions_tco2()
        + process_tco2;
    Ok(Breakdown {
        electricity,
        heat,
        fuels,
        conversion,
        process_tco2,
        feedstock_in_denominator: options.feedstock_in_denominator,
        energy_tce,
        emissions_tco2,
    })
}

/// The grid factor the rule picks for these electricity flows.
pub fn choose_grid_factor(
    e: &Electricity,
    options: &Options,
) -> Result<GridFactor, EvaluationError> {
    let market = e.green_traded > 0.0 || e.green_certificates > 0.0;
    let (kind, auto) = match options.grid_rule {
        GridFactorRule::Auto if market => (GridFactorKind::ExcludingMarket, true),
        GridFactorRule::Auto => (GridFactorKind::NationalAverage, true),
        GridFactorRule::Fixed(kind) => (kind, false),
    };
    let year = options.grid_year;
    let Some(value) = grid_factor(kind, year) else {
        let why = if auto {
            " (grid-factor-kind `auto` chose it because market green power is deducted)"
        } else {
            ""
        };
        return Err(EvaluationError::InvalidParameter(format!(
            "no grid factor `{}` was published for grid-factor-year `{year}`{why}: choose another year or grid-factor-kind `national-average`",
            kind.id()
        )));
    };
    Ok(GridFactor {
        kind,
        year,
        value,
        auto,
    })
}

fn electricity(e: &Electricity, options: &Options) -> Result<ElectricityAccount, EvaluationError> {
    let use_mwh = e.grid_purchased + e.direct_green + e.on_site_renewable - e.exported;
    let tce_per_mwh = options.electricity.tce_per_mwh();
    let residual_mwh =
        (e.grid_purchased - e.exported - e.green_traded - e.green_certificates).max(0.0);
    let factor = choose_grid_factor(e, options)?;
    Ok(ElectricityAccount {
        flows: e.clone(),
        use_mwh,
        method: options.electricity,
        tce_per_mwh,
        energy_tce: use_mwh * tce_per_mwh,
        residual_mwh,
        factor,
        emissions_tco2: residual_mwh * factor.value,
    })
}

fn heat(h: &Heat) -> HeatAccount {
    let net = h.purchased - h.exported;
    HeatAccount {
        flows: h.clone(),
        energy_tce: net * HEAT_TCE_PER_GJ,
        emissions_tco2: net.max(0.0) * HEAT_TCO2_PER_GJ,
    }
}

/// The conversion balance; outputs without any input are `invalid-data`.
fn conversion(fuels: &[FuelAmounts]) -> Result<ConversionAccount, EvaluationError> {
    let side = |use_: FuelUse| -> Vec<(&'static Fuel, f64)> {
        FUELS
            .iter()
            .filter_map(|f| fuels.iter().find(|a| a.fuel.id == f.id))
            .map(|a| (a.fuel, a.get(use_)))
            .filter(|(_, amount)| *amount > 0.0)
            .collect()
    };
    let inputs = side(FuelUse::Conversion);
    let outputs = side(FuelUse::ConversionOutput);
    let sum = |items: &[(&Fuel, f64)], per_unit: fn(&Fuel) -> f64| -> f64 {
        items.iter().map(|(f, a)| a * per_unit(f)).sum()
    };
    let account = ConversionAccount {
        input_tce: sum(&inputs, |f| f.tce_per_unit),
        output_tce: sum(&outputs, |f| f.tce_per_unit),
        input_tco2: sum(&inputs, |f| f.tco2_per_unit),
        output_tco2: sum(&outputs, |f| f.tco2_per_unit),
        inputs,
        outputs,
    };
    if let Some((f, a)) = account
        .outputs
        .first()
        .filter(|_| account.inputs.is_empty())
    {
        return Err(EvaluationError::InvalidData(format!(
            "`{}` is {} but no fuel is given as a conversion input (`fuel.<fuel>.conversion`): a conversion output needs its inputs",
            keys::fuel_key(f, FuelUse::ConversionOutput),
            quantity(*a, f.unit)
        )));
    }
    Ok(account)
}

fn fuel(a: &FuelAmounts, feedstock_in_denominator: bool) -> FuelAccount {
    let combustion_amount: f64 = FuelUse::ALL
        .iter()
        .filter(|u| u.is_combustion())
        .map(|u| a.get(*u))
        .sum();
    let energy_amount = if feedstock_in_denominator {
        combustion_amount + a.get(FuelUse::Feedstock)
    } else {
        combustion_amount
    };
    FuelAccount {
        amounts: a.clone(),
        energy_amount,
        energy_tce: energy_amount * a.fuel.tce_per_unit,
        combustion_amount,
        emissions_tco2: combustion_amount * a.fuel.tco2_per_unit,
    }
}

/// Check every amount on its own: finite, zero or more.
///
/// [`account`] runs this too; call it alone when the accounting cannot run
/// (a required amount is missing) but the data given must still be checked.
pub fn validate(inputs: &AccountingInputs) -> Result<(), EvaluationError> {
    let e = &inputs.electricity;
    let h = &inputs.heat;
    let mut amounts: Vec<(String, f64)> = vec![
        (keys::GRID_PURCHASED.to_owned(), e.grid_purchased),
        (keys::GREEN_TRADED.to_owned(), e.green_traded),
        (keys::GREEN_CERTIFICATES.to_owned(), e.green_certificates),
        (keys::DIRECT_GREEN.to_owned(), e.direct_green),
        (keys::ON_SITE_RENEWABLE.to_owned(), e.on_site_renewable),
        (keys::EXPORTED.to_owned(), e.exported),
        (keys::HEAT_PURCHASED.to_owned(), h.purchased),
        (keys::HEAT_EXPORTED.to_owned(), h.exported),
        (keys::PROCESS_EMISSIONS.to_owned(), inputs.process_emissions),
    ];
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
    Ok(())
}

/// The electricity flows agree with each other: green power trading is a
/// part of the grid purchase.
fn consistent(e: &Electricity) -> Result<(), EvaluationError> {
    if e.green_traded > e.grid_purchased {
        return Err(EvaluationError::InvalidData(format!(
            "`{}` ({} MWh) exceeds `{}` ({} MWh), of which green power trading is a part",
            keys::GREEN_TRADED,
            amount(e.green_traded),
            keys::GRID_PURCHASED,
            amount(e.grid_purchased)
        )));
    }
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::coefficients::fuel as fuel_by_id;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
    }

    fn defaults() -> Options {
        Options {
            electricity: ElectricityConversion::Equivalent,
            grid_rule: GridFactorRule::Auto,
            grid_year: 2023,
            feedstock_in_denominator: true,
        }
    }

    fn gas(amount: f64) -> FuelAmounts {
        let Some(f) = fuel_by_id("natural-gas") else {
            panic!("natural gas is a fuel")
        };
        FuelAmounts::new(f).with(FuelUse::Final, amount)
    }

    fn w1() -> AccountingInputs {
        AccountingInputs {
            electricity: Electricity {
                grid_purchased: 1_800_000.0,
                green_traded: 1_700_000.0,
                green_certificates: 80_000.0,
                direct_green: 200_000.0,
                on_site_renewable: 100_000.0,
                exported: 0.0,
            },
            fuels: vec![gas(300.0)],
            ..Default::default()
        }
    }

    #[test]
    fn w1_by_terms() {
        let b = account(&w1(), &defaults()).unwrap();
        assert!(close(b.electricity.use_mwh, 2_100_000.0));
        assert!(close(b.electricity.energy_tce, 258_090.0));
        assert!(close(b.electricity.residual_mwh, 20_000.0));
        assert_eq!(b.electricity.factor.kind, GridFactorKind::ExcludingMarket);
        assert!(close(b.electricity.emissions_tco2, 12_192.0));
        assert!(close(b.fuels[0].energy_tce, 3_990.0));
        assert!(close(b.fuels[0].emissions_tco2, 6_486.6));
        assert!(close(b.energy_tce, 262_080.0));
        assert!(close(b.emissions_tco2, 18_678.6));
    }

    #[test]
    fn heat_nets_energy_but_never_negative_emissions() {
        let inputs = AccountingInputs {
            heat: Heat {
                purchased: 1_000.0,
                exported: 3_000.0,
            },
            ..Default::default()
        };
        let b = account(&inputs, &defaults()).unwrap();
        assert!(close(b.heat.energy_tce, -2_000.0 * 0.03412));
        assert_eq!(b.heat.emissions_tco2, 0.0);

        let inputs = AccountingInputs {
            heat: Heat {
                purchased: 5_000.0,
                exported: 0.0,
            },
            ..Default::default()
        };
        let b = account(&inputs, &defaults()).unwrap();
        assert!(close(b.heat.energy_tce, 170.6));
        assert!(close(b.heat.emissions_tco2, 550.0));
    }

    #[test]
    fn process_emissions_add_to_emissions_only() {
        let inputs = AccountingInputs {
            process_emissions: 1_234.5,
            ..Default::default()
        };
        let b = account(&inputs, &defaults()).unwrap();
        assert!(close(b.emissions_tco2, 1_234.5));
        assert_eq!(b.energy_tce, 0.0);
    }

    #[test]
    fn green_traded_above_grid_purchased_is_a_contradiction() {
        let mut inputs = w1();
        inputs.electricity.green_traded = 2_000_000.0;
        let err = account(&inputs, &defaults()).unwrap_err();
        assert!(
            matches!(&err, EvaluationError::InvalidData(m) if m.contains("electricity.green-traded"))
        );
    }

    fn fuel_amounts(id: &str) -> FuelAmounts {
        FuelAmounts::new(fuel_by_id(id).unwrap())
    }

    /// Coking: washed coal in, coke and coke-oven gas out; the coke is then
    /// burned in the park. The loss and the carbon left behind are counted
    /// once, the coke burned once.
    #[test]
    fn conversion_is_a_balance_of_inputs_and_outputs() {
        let inputs = AccountingInputs {
            fuels: vec![
                fuel_amounts("washed-coal").with(FuelUse::Conversion, 1_500.0),
                fuel_amounts("coke")
                    .with(FuelUse::ConversionOutput, 1_000.0)
                    .with(FuelUse::Final, 200.0),
                fuel_amounts("coke-oven-gas").with(FuelUse::ConversionOutput, 40.0),
            ],
            ..Default::default()
        };
        let b = account(&inputs, &defaults()).unwrap();
        let c = &b.conversion;
        assert!(close(c.input_tce, 1_500.0 * 0.9));
        assert!(close(c.output_tce, 971.4 + 40.0 * 6.1353));
        assert!(close(c.energy_tce(), 1_350.0 - 971.4 - 245.412));
        assert!(close(c.input_tco2, 1_500.0 * 2.4044));
        assert!(close(c.emissions_tco2(), 3_606.6 - 2_860.4 - 40.0 * 8.8638));
        assert!(!c.clamped());
        // Coke burned: 200 t, in energy and emissions like any fuel.
        assert!(close(b.energy_tce, c.energy_tce() + 200.0 * 0.9714));
        assert!(close(b.emissions_tco2, c.emissions_tco2() + 200.0 * 2.8604));
    }

    #[test]
    fn a_conversion_balance_never_goes_below_zero() {
        let inputs = AccountingInputs {
            fuels: vec![
                fuel_amounts("washed-coal").with(FuelUse::Conversion, 1_000.0),
                fuel_amounts("coke").with(FuelUse::ConversionOutput, 1_000.0),
            ],
            ..Default::default()
        };
        let b = account(&inputs, &defaults()).unwrap();
        assert!(b.conversion.clamped());
        assert_eq!(b.conversion.energy_tce(), 0.0);
        assert_eq!(b.conversion.emissions_tco2(), 0.0);
    }

    #[test]
    fn a_conversion_output_needs_an_input() {
        let inputs = AccountingInputs {
            fuels: vec![fuel_amounts("coke").with(FuelUse::ConversionOutput, 10.0)],
            ..Default::default()
        };
        let err = account(&inputs, &defaults()).unwrap_err();
        assert!(
            matches!(&err, EvaluationError::InvalidData(m) if m.contains("fuel.coke.conversion-output")),
            "{err:?}"
        );
    }

    #[test]
    fn feedstock_counts_in_energy_only_and_bunker_in_neither() {
        let inputs = AccountingInputs {
            fuels: vec![
                fuel_amounts("naphtha")
                    .with(FuelUse::Feedstock, 1_000.0)
                    .with(FuelUse::Final, 10.0),
                fuel_amounts("diesel").with(FuelUse::Bunker, 500.0),
            ],
            ..Default::default()
        };
        let b = account(&inputs, &defaults()).unwrap();
        assert!(close(b.energy_tce, 1_010.0 * 1.5184));
        assert!(close(b.emissions_tco2, 10.0 * 3.1981));
        let mut options = defaults();
        options.feedstock_in_denominator = false;
        let b = account(&inputs, &options).unwrap();
        assert!(close(b.energy_tce, 10.0 * 1.5184));
        assert_eq!(b.bunker().count(), 1);
    }

    #[test]
    fn negative_amounts_are_invalid() {
        let mut inputs = w1();
        inputs.heat.purchased = -1.0;
        let err = account(&inputs, &defaults()).unwrap_err();
        assert!(matches!(&err, EvaluationError::InvalidData(m) if m.contains("heat.purchased")));
    }
}
