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
