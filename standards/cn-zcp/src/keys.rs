//! Data keys this standard reads, exactly as in `data/dictionary.toml`.

use crate::accounting::FuelUse;
use crate::coefficients::Fuel;

/// Electricity received from the public grid, green power trading included (MWh).
pub const GRID_PURCHASED: &str = "electricity.grid-purchased";
/// Green power bought through green power trading, part of grid purchased (MWh).
pub const GREEN_TRADED: &str = "electricity.green-traded";
/// Electricity covered by unbundled green certificates (MWh).
pub const GREEN_CERTIFICATES: &str = "electricity.green-certificates";
/// Green electricity through direct supply lines (MWh).
pub const DIRECT_GREEN: &str = "electricity.direct-green";
/// Renewable electricity generated and used inside the park (MWh).
pub const ON_SITE_RENEWABLE: &str = "electricity.on-site-renewable";
/// Electricity sent out of the park, all kinds (MWh).
pub const EXPORTED: &str = "electricity.exported";
/// Part of the electricity sent out delivered as direct non-fossil supply,
/// with its certificates or through green power trading (MWh).
pub const EXPORTED_GREEN: &str = "electricity.exported-green";
/// Heat received from outside the park, all kinds (GJ).
pub const HEAT_PURCHASED: &str = "heat.purchased";
/// Part of the heat received that is non-fossil (GJ).
pub const HEAT_PURCHASED_NON_FOSSIL: &str = "heat.purchased-non-fossil";
/// Measured CO2 factor of the fossil heat received (tCO2/GJ).
pub const HEAT_PURCHASED_FACTOR: &str = "heat.purchased-factor";
/// Heat sent out of the park, all kinds (GJ).
pub const HEAT_EXPORTED: &str = "heat.exported";
/// Part of the heat sent out that is non-fossil (GJ).
pub const HEAT_EXPORTED_NON_FOSSIL: &str = "heat.exported-non-fossil";
/// Measured CO2 factor of the fossil heat sent out (tCO2/GJ).
pub const HEAT_EXPORTED_FACTOR: &str = "heat.exported-factor";
/// CO2 from industrial processes, the park's total (tCO2).
pub const PROCESS_EMISSIONS: &str = "emissions.process";

/// The prefix of every industrial process key: `process.<product>.<field>`.
pub const PROCESS_PREFIX: &str = "process.";
/// On-spec output of a product, sold plus self-used (t).
pub const PROCESS_OUTPUT: &str = "output";
/// The park's process CO2 factor of a product (tCO2/t).
pub const PROCESS_FACTOR: &str = "factor";
/// The basis of that factor (text).
pub const PROCESS_FACTOR_BASIS: &str = "factor-basis";
/// The product's name (text), for a product the annex does not list.
pub const PROCESS_NAME: &str = "name";

/// The key of a product's process field: `process.lime.output`.
pub fn process_key(product: &str, field: &str) -> String {
    format!("{PROCESS_PREFIX}{product}.{field}")
}

/// Level of the development zone (text).
pub const ZONE_LEVEL: &str = "park.zone-level";
/// Emerging-industry park approved by the provincial government (flag).
pub const EMERGING_INDUSTRY_PARK: &str = "park.provincial-emerging-industry-park";
/// Whole park or park-within-park with a defined boundary (flag).
pub const BOUNDARY_DEFINED: &str = "park.boundary-defined";
/// Existing energy and carbon statistics and metering base (flag).
pub const METERING: &str = "park.energy-carbon-metering";
/// Major safety or environmental accident, or other event of serious adverse
/// social impact, in the last 3 years (flag).
pub const MAJOR_INCIDENT: &str = "park.major-incident-3y";

/// Industrial solid waste generated (t).
pub const WASTE_GENERATED: &str = "waste.solid.generated";
/// Industrial solid waste utilised, stock of earlier years included (t).
pub const WASTE_UTILISED: &str = "waste.solid.utilised";
/// Solid waste stored in earlier years and utilised this year (t).
pub const WASTE_PRIOR_STOCK_UTILISED: &str = "waste.solid.prior-stock-utilised";
/// Recoverable waste heat, cold and pressure (GJ).
pub const WASTE_ENERGY_RECOVERABLE: &str = "waste-energy.recoverable";
/// Waste heat, cold and pressure recovered and used (GJ).
pub const WASTE_ENERGY_RECOVERED: &str = "waste-energy.recovered";
/// Industrial fresh water intake (m3).
pub const WATER_FRESH_INTAKE: &str = "water.fresh-intake";
/// Industrial water reused (m3).
pub const WATER_REUSED: &str = "water.reused";

/// The prefix of every product key: `product.<name>.<field>`.
pub const PRODUCT_PREFIX: &str = "product.";

/// The key of a product's field: `product.clinker.unit-energy`.
pub fn product_key(name: &str, field: &str) -> String {
    format!("{PRODUCT_PREFIX}{name}.{field}")
}

/// A product's name (text).
pub const PRODUCT_NAME: &str = "name";
/// The energy-consumption-limit standard that applies to a product (text).
pub const PRODUCT_LIMIT_STANDARD: &str = "limit-standard";
/// A product's comprehensive energy use per unit (kgce/t).
pub const PRODUCT_UNIT_ENERGY: &str = "unit-energy";
/// Level 2 of its limit standard (kgce/t).
pub const PRODUCT_LEVEL_2_LIMIT: &str = "level-2-limit";
/// A product's electricity use per unit (kWh/t).
pub const PRODUCT_UNIT_ELECTRICITY: &str = "unit-electricity";
/// Level 2 of its limit standard, on electricity (kWh/t).
pub const PRODUCT_LEVEL_2_ELECTRICITY_LIMIT: &str = "level-2-electricity-limit";

/// The segment standing for every name the park chooses, in a family of
/// keys declared in `requires`: `product.*.unit-energy`. The host serves no
/// value for a family in `declared`; its members are read with `keys` and
/// `quantity`.
pub const ANY_NAME: &str = "*";

/// The key holding the park's reason why guiding indicator `id` does not
/// apply to it: `guiding.water-reuse` → `not-applicable.water-reuse`.
pub fn not_applicable(id: &str) -> String {
    format!(
        "not-applicable.{}",
        id.strip_prefix("guiding.").unwrap_or(id)
    )
}

/// The electricity keys, in the order of the requirements.
pub const ELECTRICITY: [&str; 7] = [
    GRID_PURCHASED,
    GREEN_TRADED,
    GREEN_CERTIFICATES,
    DIRECT_GREEN,
    ON_SITE_RENEWABLE,
    EXPORTED,
    EXPORTED_GREEN,
];

/// The prefix of every fuel key.
pub const FUEL_PREFIX: &str = "fuel.";

/// The key of `fuel` in `use_`: `fuel.natural-gas.final`.
pub fn fuel_key(fuel: &Fuel, use_: FuelUse) -> String {
    fuel_field(fuel, use_.id())
}

/// A park fuel's measured net calorific value (GJ per unit of the fuel).
pub const FUEL_NCV: &str = "ncv";
/// A park fuel's measured carbon content (tC/TJ).
pub const FUEL_CARBON: &str = "carbon-content";
/// A park fuel's oxidation rate (%).
pub const FUEL_OXIDATION: &str = "oxidation-rate";

/// The key of a fuel's field: `fuel.lubricants.ncv`.
pub fn fuel_field(fuel: &Fuel, field: &str) -> String {
    // Built for every fuel of every evaluation: one allocation, no formatting.
    [FUEL_PREFIX, fuel.id, ".", field].concat()
}
