//! Fuels of the dictionary, with the standard-coal figure used to size
//! their amounts, and their uses.

/// A use of a fuel: the last segment of `fuel.<id>.<use>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Use {
    Final,
    Power,
    Heat,
    Conversion,
    ConversionOutput,
    Feedstock,
    Bunker,
    Recovered,
}

impl Use {
    pub(crate) fn id(self) -> &'static str {
        match self {
            Use::Final => "final",
            Use::Power => "power",
            Use::Heat => "heat",
            Use::Conversion => "conversion",
            Use::ConversionOutput => "conversion-output",
            Use::Feedstock => "feedstock",
            Use::Bunker => "bunker",
            Use::Recovered => "recovered",
        }
    }
}

/// A fuel and how its amounts are written.
#[derive(Debug, PartialEq)]
pub(crate) struct Fuel {
    /// The dictionary's id: `raw-coal`.
    pub(crate) id: &'static str,
    /// The unit amounts are sized in: `t`, or `10^4 m3` for gases.
    pub(crate) unit: &'static str,
    /// A larger unit for large amounts, and how many `unit` one of it is.
    pub(crate) large: Option<(&'static str, f64)>,
    /// tce per `unit`: cn-zcp's table (GB/T 2589 and the national GHG
    /// guidelines); for a fuel with no sourced coefficients, derived from
    /// the net calorific value the park measures.
    pub(crate) tce: f64,
    /// The park's measured net calorific value (GJ per `unit`), carbon
    /// content (tC/TJ) and oxidation rate (%), for a fuel the standards have
    /// no coefficients for: the park must give them.
    pub(crate) measured: Option<(f64, f64, f64)>,
}

const TONNES: Option<(&str, f64)> = Some(("10^4 t", 10_000.0));
const GAS: Option<(&str, f64)> = Some(("10^8 m3", 10_000.0));

const fn table(id: &'static str, unit: &'static str, tce: f64) -> Fuel {
    let large = if unit.len() == 1 { TONNES } else { GAS };
    Fuel {
        id,
        unit,
        large,
        tce,
        measured: None,
    }
}

/// Coal gangue burned in a power plant: 8.4 GJ/t, 26.0 tC/TJ, 90 %
/// (illustrative measurements); tce = 8.4 / 29.3076.
const GANGUE_NCV: f64 = 8.4;

/// The fuels drawn, tce per unit as cn-zcp's coefficient table gives them.
pub(crate) static FUELS: [Fuel; 21] = [
    table("raw-coal", "t", 0.7143),
    table("anthracite", "t", 0.9110),
    table("other-bituminous-coal", "t", 0.6677),
    table("lignite", "t", 0.4060),
    table("washed-coal", "t", 0.9000),
    table("coke", "t", 0.9714),
    table("coke-oven-gas", "10^4 m3", 6.1353),
    table("blast-furnace-gas", "10^4 m3", 1.2860),
    table("converter-gas", "10^4 m3", 2.7140),
    table("crude-oil", "t", 1.4286),
    table("gasoline", "t", 1.4714),
    table("kerosene", "t", 1.4714),
    table("diesel", "t", 1.4571),
    table("fuel-oil", "t", 1.4286),
    table("naphtha", "t", 1.5184),
    table("petroleum-coke", "t", 1.1089),
    table("lpg", "t", 1.7143),
    table("refinery-gas", "t", 1.5714),
    table("natural-gas", "10^4 m3", 13.300),
    table("lng", "t", 1.7552),
    Fuel {
        id: "gangue",
        unit: "t",
        large: TONNES,
        tce: GANGUE_NCV / 29.3076,
        measured: Some((GANGUE_NCV, 26.0, 90.0)),
    },
];

/// The fuel with this id; natural gas for an id not in the table.
pub(crate) fn fuel(id: &str) -> &'static Fuel {
    FUELS
        .iter()
        .find(|f| f.id == id)
        .or_else(|| FUELS.iter().find(|f| f.id == "natural-gas"))
        .unwrap_or(&FUELS[0])
}
