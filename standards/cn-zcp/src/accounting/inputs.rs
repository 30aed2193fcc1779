//! The plain inputs of the accounting and the choices it runs with.

use crate::coefficients::{Coefficients, ELECTRICITY_EQUIVALENT_TCE_PER_MWH, Fuel};

/// What a fuel was used for (附件4 二(一)2, with feedstock and bunker).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FuelUse {
    /// End-use combustion (终端消费, raw-material use excluded).
    Final,
    /// Thermal power generation inside the park (火力发电).
    Power,
    /// Heat supply inside the park (供热).
    Heat,
    /// Input to energy conversion: refining, coal-to-liquids, gas making,
    /// coking (炼油及煤制油、制气).
    Conversion,
    /// Produced by energy conversion inside the park.
    ConversionOutput,
    /// Non-energy use as raw material or material.
    Feedstock,
    /// International aviation and navigation (国际航空航海).
    Bunker,
    /// Recovered energy (回收能): waste gas, liquid, residue and waste heat
    /// used as energy.
    Recovered,
}

impl FuelUse {
    /// Every use, in key order.
    pub const ALL: [FuelUse; 8] = [
        FuelUse::Final,
        FuelUse::Power,
        FuelUse::Heat,
        FuelUse::Conversion,
        FuelUse::ConversionOutput,
        FuelUse::Feedstock,
        FuelUse::Bunker,
        FuelUse::Recovered,
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
            FuelUse::Recovered => "recovered",
        }
    }

    /// The use with key segment `id`.
    pub fn from_id(id: &str) -> Option<FuelUse> {
        FuelUse::ALL.into_iter().find(|u| u.id() == id)
    }

    /// Chinese name.
    pub fn zh(self) -> &'static str {
        match self {
            FuelUse::Final => "终端消费",
            FuelUse::Power => "火力发电",
            FuelUse::Heat => "供热",
            FuelUse::Conversion => "加工转换投入",
            FuelUse::ConversionOutput => "加工转换产出",
            FuelUse::Feedstock => "原料",
            FuelUse::Bunker => "国际航空航海",
            FuelUse::Recovered => "回收能",
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
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
    /// Direct non-fossil supply, not through the public grid.
    pub direct_green: f64,
    /// Renewable generation used inside the park (not received electricity).
    pub on_site_renewable: f64,
    /// Sent out of the park, all kinds.
    pub exported: f64,
    /// Part of `exported` delivered as direct non-fossil supply, with its
    /// green certificates or through green power trading.
    pub exported_green: f64,
}

/// Heat flows of the year, GJ, with measured factors, tCO2/GJ.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Heat {
    /// Received from outside the park, all kinds.
    pub purchased: f64,
    /// Part of `purchased` that is non-fossil heat.
    pub purchased_non_fossil: f64,
    /// Measured factor of the fossil heat received.
    pub purchased_factor: Option<f64>,
    /// Sent out of the park, all kinds.
    pub exported: f64,
    /// Part of `exported` that is non-fossil heat.
    pub exported_non_fossil: f64,
    /// Measured factor of the fossil heat sent out.
    pub exported_factor: Option<f64>,
}

/// The amounts of one fuel by use, in the fuel's unit, with the coefficients
/// that apply (the table's, or the park's measured ones).
#[derive(Debug, Clone, PartialEq)]
pub struct FuelAmounts {
    /// The fuel.
    pub fuel: &'static Fuel,
    /// Its coefficients.
    pub coefficients: Coefficients,
    /// Amounts indexed like [`FuelUse::ALL`].
    pub amounts: [f64; 8],
}

impl FuelAmounts {
    /// No use of `fuel` yet.
    pub fn new(fuel: &'static Fuel, coefficients: Coefficients) -> Self {
        FuelAmounts {
            fuel,
            coefficients,
            amounts: [0.0; 8],
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

    /// Whether any use is given.
    pub fn is_used(&self) -> bool {
        self.amounts.iter().any(|a| *a > 0.0)
    }
}

/// One product of the industrial processes (附件4 三).
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessProduct {
    /// The key segment: `process.<name>.output`.
    pub name: String,
    /// Display name, both languages.
    pub label: (String, String),
    /// On-spec output, sold plus self-used, t.
    pub output_t: f64,
    /// The park's factor, tCO2/t.
    pub factor: f64,
    /// The basis of the factor, as the park states it.
    pub basis: Option<String>,
}

impl ProcessProduct {
    /// Output × factor, tCO2.
    pub fn emissions_tco2(&self) -> f64 {
        self.output_t * self.factor
    }
}

/// Industrial process CO2: a total, or products (never both).
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Process {
    /// No process emissions given.
    #[default]
    None,
    /// The park's total, tCO2.
    Total(f64),
    /// Output × factor per product.
    Products(Vec<ProcessProduct>),
}

impl Process {
    /// The CO2, tCO2.
    pub fn emissions_tco2(&self) -> f64 {
        match self {
            Process::None => 0.0,
            Process::Total(t) => *t,
            Process::Products(p) => p.iter().map(ProcessProduct::emissions_tco2).sum(),
        }
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
    /// Industrial processes.
    pub process: Process,
}

/// How electricity becomes standard coal.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ElectricityConversion {
    /// Equivalent value (当量值), 0.1229 tce/MWh: not the notice's method.
    Equivalent,
    /// Equal value (等价值) with its coefficient, tce/MWh (附件3 二.1).
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

/// The accounting choices (parameters).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    /// Electricity to standard coal.
    pub electricity: ElectricityConversion,
    /// Whether feedstock counts in the energy consumption (GB/T 2589: yes).
    pub feedstock_in_denominator: bool,
    /// Whether international bunker fuel counts in the energy consumption.
    pub bunker_in_energy: bool,
    /// Whether recovered energy (回收能) counts again, in energy and emissions.
    pub recovered_counted: bool,
}

impl Options {
    /// Whether an amount used for `use_` counts in the energy consumption
    /// (conversion counts as a balance, apart).
    pub fn in_energy(&self, use_: FuelUse) -> bool {
        match use_ {
            FuelUse::Final | FuelUse::Power | FuelUse::Heat => true,
            FuelUse::Feedstock => self.feedstock_in_denominator,
            FuelUse::Bunker => self.bunker_in_energy,
            FuelUse::Recovered => self.recovered_counted,
            FuelUse::Conversion | FuelUse::ConversionOutput => false,
        }
    }

    /// Whether an amount used for `use_` is burned into the emissions
    /// (附件4 二(二)1; bunker stays in the total, 二(一)).
    pub fn in_emissions(&self, use_: FuelUse) -> bool {
        match use_ {
            FuelUse::Final | FuelUse::Power | FuelUse::Heat | FuelUse::Bunker => true,
            FuelUse::Recovered => self.recovered_counted,
            FuelUse::Conversion | FuelUse::ConversionOutput | FuelUse::Feedstock => false,
        }
    }
}
