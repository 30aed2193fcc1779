//! Named constants of the accounting, each with its source.
//!
//! The national fossil-electricity factor and the default heat factor are
//! printed in 附件4 (二(二)3①, 3②). The fuel coefficients are not: 附件4
//! 二(三)2 points to the national GHG emission factor database, which is not
//! reachable here, so every fuel pair is *provisional* (DOMAIN.md §2, marked
//! P) and every report that uses one lists it among its assumptions.

/// A fossil fuel of 附件4 二(一)1 with its coefficients per unit of the
/// amount the park reports, when a source gives them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fuel {
    /// The key segment: `fuel.<id>.<use>`.
    pub id: &'static str,
    /// Chinese name.
    pub zh: &'static str,
    /// English name.
    pub en: &'static str,
    /// Unit of the reported amount (`t`, or `10^4 m3` for gases).
    pub unit: &'static str,
    /// Natural gas (gaseous or liquefied): clean energy under the national
    /// statistics definition (清洁能源), though fossil.
    pub natural_gas: bool,
    /// The coefficients, `None` when no source gives them: the park then
    /// supplies its measured calorific value and carbon content.
    pub coefficients: Option<Coefficients>,
}

/// The coefficients of one fuel, all resting on one net calorific value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Coefficients {
    /// Standard coal per unit, tce.
    pub tce_per_unit: f64,
    /// CO2 per unit burned, at `oxidation`, tCO2.
    pub tco2_per_unit: f64,
    /// Carbon oxidation rate of combustion, 0 to 1. The conversion balance
    /// divides it out (附件4 二(二)2: oxidation taken as 100 %).
    pub oxidation: f64,
    /// Where they come from.
    pub source: Source,
}

impl Coefficients {
    /// CO2 per unit at 100 % oxidation, tCO2: the factor of the conversion
    /// balance.
    pub fn tco2_full_oxidation(&self) -> f64 {
        self.tco2_per_unit / self.oxidation
    }

    /// Coefficients from a measured net calorific value (GJ per unit), carbon
    /// content (tC/TJ) and oxidation rate (0 to 1).
    pub fn measured(ncv: f64, carbon_t_per_tj: f64, oxidation: f64) -> Self {
        Coefficients {
            tce_per_unit: ncv / GJ_PER_TCE,
            tco2_per_unit: ncv * carbon_t_per_tj / 1000.0 * oxidation * CO2_PER_C,
            oxidation,
            source: Source::Park,
        }
    }
}

/// Where a fuel's coefficients come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Standard coal from GB/T 2589-2020 附录A; CO2 from the same net
    /// calorific value with default carbon content and oxidation (IPCC 2006
    /// and the national GHG accounting guidelines; DOMAIN.md §2).
    Table,
    /// Both from the default net calorific value, carbon content and
    /// oxidation rate of the national GHG accounting guidelines.
    Derived,
    /// The park's measured calorific value and carbon content.
    Park,
}

const fn pair(tce: f64, tco2: f64, oxidation: f64, source: Source) -> Option<Coefficients> {
    Some(Coefficients {
        tce_per_unit: tce,
        tco2_per_unit: tco2,
        oxidation,
        source,
    })
}

const fn fuel(
    id: &'static str,
    zh: &'static str,
    en: &'static str,
    unit: &'static str,
    coefficients: Option<Coefficients>,
) -> Fuel {
    Fuel {
        id,
        zh,
        en,
        unit,
        natural_gas: false,
        coefficients,
    }
}

const fn gas(
    id: &'static str,
    zh: &'static str,
    en: &'static str,
    unit: &'static str,
    coefficients: Option<Coefficients>,
) -> Fuel {
    Fuel {
        natural_gas: true,
        ..fuel(id, zh, en, unit, coefficients)
    }
}

/// Standard coal per GJ of net calorific value: 1 tce = 29.3076 GJ (GB/T 2589-2020).
pub const GJ_PER_TCE: f64 = 29.3076;

/// CO2 per carbon, by molar mass.
pub const CO2_PER_C: f64 = 44.0 / 12.0;

/// Oxidation rate of a park fuel when the park gives none: 100 %, the
/// highest emissions (provisional).
pub const PARK_FUEL_DEFAULT_OXIDATION: f64 = 1.0;

use Source::{Derived, Table};

/// The fuels of 附件4 二(一)1, in its order: coal products (raw coal by rank:
/// anthracite, coking and other bituminous coal, lignite), oil products,
/// natural gas. The comment above each pair gives the net calorific value
/// (GJ per unit) and carbon content (tC/TJ) it rests on; a test recomputes
/// both coefficients from them. `None`: no source gives a pair, the park
/// supplies `fuel.<id>.ncv` and `fuel.<id>.carbon-content`.
#[rustfmt::skip]
pub const FUELS: [Fuel; 31] = [
    // 20.908; 26.37.
    fuel("raw-coal", "原煤", "raw coal", "t", pair(0.7143, 1.9003, 0.94, Table)),
    // 26.70; 27.4.
    fuel("anthracite", "无烟煤", "anthracite", "t", pair(0.9110, 2.5215, 0.94, Derived)),
    fuel("coking-bituminous-coal", "炼焦烟煤", "coking bituminous coal", "t", None),
    // 19.57; 26.1 (the guidelines' bituminous coal).
    fuel("other-bituminous-coal", "一般烟煤", "other bituminous coal", "t", pair(0.6677, 1.7417, 0.93, Derived)),
    // 11.90; 28.0.
    fuel("lignite", "褐煤", "lignite", "t", pair(0.4060, 1.1729, 0.96, Derived)),
    // 26.344; 25.40.
    fuel("washed-coal", "洗精煤", "washed coal", "t", pair(0.9000, 2.4044, 0.98, Table)),
    fuel("other-washed-coal", "其他洗煤", "other washed coal", "t", None),
    fuel("coal-products", "煤制品", "coal products", "t", None),
    fuel("gangue", "煤矸石", "coal gangue", "t", None),
    // 28.435; 29.5.
    fuel("coke", "焦炭", "coke", "t", pair(0.9714, 2.8604, 0.93, Table)),
    // 179.81; 13.58.
    fuel("coke-oven-gas", "焦炉煤气", "coke-oven gas", "10^4 m3", pair(6.1353, 8.8638, 0.99, Derived)),
    // 37.69; 70.8.
    fuel("blast-furnace-gas", "高炉煤气", "blast-furnace gas", "10^4 m3", pair(1.2860, 9.6865, 0.99, Table)),
    // 79.54; 49.6.
    fuel("converter-gas", "转炉煤气", "converter gas", "10^4 m3", pair(2.7140, 14.3210, 0.99, Table)),
    fuel("other-gas", "其他煤气", "other gas", "10^4 m3", None),
    fuel("other-coking-products", "其他焦化产品", "other coking products", "t", None),
    // 41.816; 20.1.
    fuel("crude-oil", "原油", "crude oil", "t", pair(1.4286, 3.0202, 0.98, Table)),
    // 43.070; 18.9.
    fuel("gasoline", "汽油", "gasoline", "t", pair(1.4714, 2.9251, 0.98, Table)),
    // 43.070; 19.5.
    fuel("kerosene", "煤油", "kerosene", "t", pair(1.4714, 3.0179, 0.98, Table)),
    // 42.652; 20.2.
    fuel("diesel", "柴油", "diesel", "t", pair(1.4571, 3.0959, 0.98, Table)),
    // 41.816; 21.1.
    fuel("fuel-oil", "燃料油", "fuel oil", "t", pair(1.4286, 3.1705, 0.98, Table)),
    // 44.50; 20.0.
    fuel("naphtha", "石脑油", "naphtha", "t", pair(1.5184, 3.1981, 0.98, Derived)),
    fuel("lubricants", "润滑油", "lubricants", "t", None),
    fuel("paraffin", "石蜡", "paraffin", "t", None),
    fuel("solvent-oil", "溶剂油", "solvent oil", "t", None),
    fuel("asphalt", "石油沥青", "asphalt", "t", None),
    // 32.50; 27.5.
    fuel("petroleum-coke", "石油焦", "petroleum coke", "t", pair(1.1089, 3.2115, 0.98, Derived)),
    // 50.179; 17.2.
    fuel("lpg", "液化石油气", "LPG", "t", pair(1.7143, 3.1013, 0.98, Table)),
    // 46.055; 18.2.
    fuel("refinery-gas", "炼厂干气", "refinery gas", "t", pair(1.5714, 3.0119, 0.98, Table)),
    fuel("other-petroleum-products", "其他石油制品", "other petroleum products", "t", None),
    // 389.31; 15.3.
    gas("natural-gas", "天然气", "natural gas", "10^4 m3", pair(13.300, 21.622, 0.99, Table)),
    // 51.44; 15.3.
    gas("lng", "液化天然气", "LNG", "t", pair(1.7552, 2.8569, 0.99, Derived)),
];

/// Electricity to standard coal, equivalent value (当量值), tce/MWh:
/// 3,600 kJ/kWh ÷ 29,307.6 kJ/kgce, GB/T 2589-2020 附录A. Not the notice's
/// method: 附件3 二.1 counts electricity at its equal value.
pub const ELECTRICITY_EQUIVALENT_TCE_PER_MWH: f64 = 0.1229;

/// Electricity to standard coal, equal value (等价值), tce/MWh: the default of
/// the parameter `equal-value-coefficient`. Provisional: 附件3 二.1 names the
/// method but no coefficient; the equal value is the coal use of thermal
/// power supply of one year (about 0.300 in recent years, published yearly
/// by the National Bureau of Statistics).
pub const ELECTRICITY_EQUAL_VALUE_DEFAULT_TCE_PER_MWH: f64 = 0.300;

/// The national fossil-electricity factor, tCO2/MWh (0.8325 kgCO2/kWh), printed
/// in 附件4 二(二)3①: every received or sent-out kWh that is not direct
/// non-fossil supply nor renewable power through green certificates or green
/// power trading.
pub const ELECTRICITY_FOSSIL_TCO2_PER_MWH: f64 = 0.8325;

/// Heat to standard coal, tce/GJ (0.03412 kgce/MJ, GB/T 2589-2020 附录A).
pub const HEAT_TCE_PER_GJ: f64 = 0.03412;

/// Default CO2 factor of fossil heat, tCO2/GJ, printed in 附件4 二(二)3②: used
/// when the park gives no measured factor. Non-fossil heat counts 0.
pub const HEAT_FOSSIL_DEFAULT_TCO2_PER_GJ: f64 = 0.11;

/// The fuel with key segment `id`.
pub fn fuel_by_id(id: &str) -> Option<&'static Fuel> {
    FUELS.iter().find(|f| f.id == id)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    /// Every pair follows from the calorific value and carbon content written
    /// above it (catches a typo in one of the numbers); Table pairs keep the
    /// rounded GB/T 2589 standard-coal coefficient, within 0.2 %.
    #[test]
    fn pairs_follow_from_their_calorific_value_and_carbon() {
        let defaults = [
            ("raw-coal", 20.908, 26.37),
            ("anthracite", 26.7, 27.4),
            ("other-bituminous-coal", 19.57, 26.1),
            ("lignite", 11.9, 28.0),
            ("washed-coal", 26.344, 25.40),
            ("coke", 28.435, 29.5),
            ("coke-oven-gas", 179.81, 13.58),
            ("blast-furnace-gas", 37.69, 70.8),
            ("converter-gas", 79.54, 49.6),
            ("crude-oil", 41.816, 20.1),
            ("gasoline", 43.07, 18.9),
            ("kerosene", 43.07, 19.5),
            ("diesel", 42.652, 20.2),
            ("fuel-oil", 41.816, 21.1),
            ("naphtha", 44.5, 20.0),
            ("petroleum-coke", 32.5, 27.5),
            ("lpg", 50.179, 17.2),
            ("refinery-gas", 46.055, 18.2),
            ("natural-gas", 389.31, 15.3),
            ("lng", 51.44, 15.3),
        ];
        for (id, ncv, carbon) in defaults {
            let c = fuel_by_id(id).unwrap().coefficients.unwrap();
            let m = Coefficients::measured(ncv, carbon, c.oxidation);
            // The printed factor is rounded: 4 decimals, 3 for natural gas.
            let tco2_tolerance = (1e-5 * c.tco2_per_unit).max(0.0001);
            assert!(
                (c.tco2_per_unit - m.tco2_per_unit).abs() < tco2_tolerance,
                "{id}: {m:?}"
            );
            let tce_tolerance = match c.source {
                Source::Derived => 0.0001,
                _ => 0.002 * c.tce_per_unit,
            };
            assert!(
                (c.tce_per_unit - m.tce_per_unit).abs() < tce_tolerance,
                "{id}: {m:?}"
            );
        }
        let with_pairs = FUELS.iter().filter(|f| f.coefficients.is_some()).count();
        assert_eq!(with_pairs, defaults.len());
    }

    /// The values 附件4 and GB/T 2589 print, as DOMAIN.md §2 quotes them.
    #[test]
    fn printed_values() {
        assert_eq!(ELECTRICITY_FOSSIL_TCO2_PER_MWH, 0.8325);
        assert_eq!(HEAT_FOSSIL_DEFAULT_TCO2_PER_GJ, 0.11);
        let tce = |id| fuel_by_id(id).unwrap().coefficients.unwrap().tce_per_unit;
        assert_eq!(tce("blast-furnace-gas"), 1.286);
        assert_eq!(tce("converter-gas"), 2.714);
        assert_eq!(tce("refinery-gas"), 1.5714);
        let refinery = fuel_by_id("refinery-gas").unwrap().coefficients.unwrap();
        assert_eq!(refinery.oxidation, 0.98);
    }

    #[test]
    fn full_oxidation_divides_the_rate_out() {
        let c = fuel_by_id("washed-coal").unwrap().coefficients.unwrap();
        assert!((c.tco2_full_oxidation() - 2.4044 / 0.98).abs() < 1e-12);
    }

    #[test]
    fn fuel_ids_are_unique_and_found() {
        for f in &FUELS {
            assert_eq!(fuel_by_id(f.id), Some(f));
            if let Some(c) = f.coefficients {
                assert!(c.tce_per_unit > 0.0 && c.tco2_per_unit > 0.0);
                assert!(c.oxidation > 0.0 && c.oxidation <= 1.0);
            }
        }
        assert_eq!(fuel_by_id("peat"), None);
        assert_eq!(fuel_by_id("bituminous-coal"), None);
    }
}
