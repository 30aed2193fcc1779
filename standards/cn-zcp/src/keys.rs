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
/// Electricity sent out of the park (MWh).
pub const EXPORTED: &str = "electricity.exported";
/// Heat received from outside the park (GJ).
pub const HEAT_PURCHASED: &str = "heat.purchased";
/// Heat sent out of the park (GJ).
pub const HEAT_EXPORTED: &str = "heat.exported";
/// CO2 from industrial processes (tCO2).
pub const PROCESS_EMISSIONS: &str = "emissions.process";

/// Level of the development zone (text).
pub const ZONE_LEVEL: &str = "park.zone-level";
/// Emerging-industry park approved by the provincial government (flag).
pub const EMERGING_INDUSTRY_PARK: &str = "park.provincial-emerging-industry-park";
/// Whole park or park-within-park with a defined boundary (flag).
pub const BOUNDARY_DEFINED: &str = "park.boundary-defined";
/// Existing energy and carbon statistics and metering base (flag).
pub const METERING: &str = "park.energy-carbon-metering";
/// Major safety, environmental or quality incident in the last 3 years (flag).
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

/// The key holding the park's reason why guiding indicator `id` does not
/// apply to it: `guiding.water-reuse` → `not-applicable.water-reuse`.
pub fn not_applicable(id: &str) -> String {
    format!(
        "not-applicable.{}",
        id.strip_prefix("guiding.").unwrap_or(id)
    )
}

/// The electricity keys, in the order of the requirements.
pub const ELECTRICITY: [&str; 6] = [
    GRID_PURCHASED,
    GREEN_TRADED,
    GREEN_CERTIFICATES,
    DIRECT_GREEN,
    ON_SITE_RENEWABLE,
    EXPORTED,
];

/// The heat keys.
pub const HEAT: [&str; 2] = [HEAT_PURCHASED, HEAT_EXPORTED];

/// The prefix of every fuel key.
pub const FUEL_PREFIX: &str = "fuel.";

/// The key of `fuel` in `use_`: `fuel.natural-gas.final`.
pub fn fuel_key(fuel: &Fuel, use_: FuelUse) -> String {
    format!("{FUEL_PREFIX}{}.{}", fuel.id, use_.id())
}
