//! Named constants of the accounting, each with its source.
//!
//! Values marked *provisional* are project conventions (DOMAIN.md §2, marked P):
//! the trial accounting method (附件4) does not print them, so this crate
//! chose them and every report lists them among its assumptions.

/// A fossil fuel with its standard-coal coefficient and CO2 factor, both per
/// unit of the amount the park reports.
///
/// Each pair rests on the same net calorific value (natural gas: 38,931 kJ/m3).
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
    /// Standard coal per unit, tce.
    pub tce_per_unit: f64,
    /// CO2 per unit burned, tCO2.
    pub tco2_per_unit: f64,
    /// Natural gas (gaseous or liquefied): clean energy under the national
    /// statistics definition (清洁能源), though fossil.
    pub natural_gas: bool,
    /// Where the pair of coefficients comes from.
    pub source: Source,
}

/// Where a fuel's pair of coefficients comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The table of DOMAIN.md §2: GB/T 2589-2020 standard-coal coefficients
    /// and CO2 factors from the same net calorific value.
    Table,
    /// Derived by this crate from typical defaults (net calorific value,
    /// carbon per unit of heat, oxidation rate) of the national enterprise
    /// GHG accounting guidelines: tce = NCV ÷ 29.3076 GJ/tce, tCO2 = NCV ×
    /// carbon × oxidation × 44/12. Provisional until 附件4 prints its own.
    Derived,
}

const fn fuel_def(
    id: &'static str,
    zh: &'static str,
    en: &'static str,
    unit: &'static str,
    tce_per_unit: f64,
    tco2_per_unit: f64,
    source: Source,
) -> Fuel {
    Fuel {
        id,
        zh,
        en,
        unit,
        tce_per_unit,
        tco2_per_unit,
        natural_gas: false,
        source,
    }
}

const fn gas_def(
    id: &'static str,
    zh: &'static str,
    en: &'static str,
    unit: &'static str,
    tce: f64,
    tco2: f64,
    source: Source,
) -> Fuel {
    Fuel {
        natural_gas: true,
        ..fuel_def(id, zh, en, unit, tce, tco2, source)
    }
}

/// Standard coal per GJ of net calorific value: 1 tce = 29.3076 GJ (GB/T 2589-2020).
pub const GJ_PER_TCE: f64 = 29.3076;

/// The fuels this version accounts, with their coefficients, in key order:
/// coal (raw, by rank) and coal products, coal gases, oil products,
/// natural gas.
///
/// [`Source::Table`] pairs: standard-coal coefficients of GB/T 2589-2020
/// 《综合能耗计算通则》 附录A (reference net calorific values, 1 kgce =
/// 29,307.6 kJ), CO2 factors from the same net calorific values with default
/// carbon contents and oxidation rates (IPCC 2006 and the national GHG
/// accounting guidelines). [`Source::Derived`] pairs: see [`Source`]; the
/// defaults used are written next to each. Every pair is provisional: 附件4
/// of 发改环资〔2025〕910号 is not known to print its own table, and reports
/// list each pair used among their assumptions.
#[rustfmt::skip]
pub const FUELS: [Fuel; 20] = [
    fuel_def("raw-coal", "原煤", "raw coal", "t", 0.7143, 1.9003, Source::Table),
    // Raw coal by rank, for parks that report it so.
    // NCV 26.70 GJ/t, 27.4 tC/TJ, oxidation 94 %.
    fuel_def("anthracite", "无烟煤", "anthracite", "t", 0.9110, 2.5215, Source::Derived),
    // NCV 19.57 GJ/t, 26.1 tC/TJ, oxidation 93 %.
    fuel_def("bituminous-coal", "烟煤", "bituminous coal", "t", 0.6677, 1.7417, Source::Derived),
    // NCV 11.90 GJ/t, 28.0 tC/TJ, oxidation 96 %.
    fuel_def("lignite", "褐煤", "lignite", "t", 0.4060, 1.1729, Source::Derived),
    fuel_def("washed-coal", "洗精煤", "washed coal", "t", 0.9000, 2.4044, Source::Table),
    fuel_def("coke", "焦炭", "coke", "t", 0.9714, 2.8604, Source::Table),
    // NCV 179.81 GJ/10^4 m3, 13.58 tC/TJ, oxidation 99 %.
    fuel_def("coke-oven-gas", "焦炉煤气", "coke-oven gas", "10^4 m3", 6.1353, 8.8638, Source::Derived),
    // NCV 33.00 GJ/10^4 m3, 70.8 tC/TJ, oxidation 99 %.
    fuel_def("blast-furnace-gas", "高炉煤气", "blast-furnace gas", "10^4 m3", 1.1260, 8.4811, Source::Derived),
    // NCV 84.00 GJ/10^4 m3, 49.6 tC/TJ, oxidation 99 %.
    fuel_def("converter-gas", "转炉煤气", "converter gas", "10^4 m3", 2.8662, 15.1240, Source::Derived),
    fuel_def("crude-oil", "原油", "crude oil", "t", 1.4286, 3.0202, Source::Table),
    fuel_def("fuel-oil", "燃料油", "fuel oil", "t", 1.4286, 3.1705, Source::Table),
    fuel_def("gasoline", "汽油", "gasoline", "t", 1.4714, 2.9251, Source::Table),
    fuel_def("kerosene", "煤油", "kerosene", "t", 1.4714, 3.0179, Source::Table),
    fuel_def("diesel", "柴油", "diesel", "t", 1.4571, 3.0959, Source::Table),
    // NCV 44.50 GJ/t, 20.0 tC/TJ, oxidation 98 %.
    fuel_def("naphtha", "石脑油", "naphtha", "t", 1.5184, 3.1981, Source::Derived),
    fuel_def("lpg", "液化石油气", "LPG", "t", 1.7143, 3.1013, Source::Table),
    // NCV 46.00 GJ/t, 18.2 tC/TJ, oxidation 99 %.
    fuel_def("refinery-gas", "炼厂干气", "refinery gas", "t", 1.5696, 3.0390, Source::Derived),
    // NCV 32.50 GJ/t, 27.5 tC/TJ, oxidation 98 %.
    fuel_def("petroleum-coke", "石油焦", "petroleum coke", "t", 1.1089, 3.2115, Source::Derived),
    gas_def("natural-gas", "天然气", "natural gas", "10^4 m3", 13.300, 21.622, Source::Table),
    // NCV 51.44 GJ/t, 15.3 tC/TJ, oxidation 99 %.
    gas_def("lng", "液化天然气", "LNG", "t", 1.7552, 2.8569, Source::Derived),
];

/// Electricity to standard coal, equivalent value (当量值), tce/MWh:
/// 3,600 kJ/kWh ÷ 29,307.6 kJ/kgce, GB/T 2589-2020 附录A. The value is
/// official; choosing it over the equal value is the provisional parameter
/// `electricity-conversion`.
pub const ELECTRICITY_EQUIVALENT_TCE_PER_MWH: f64 = 0.1229;

/// Electricity to standard coal, equal value (等价值), tce/MWh: the default of
/// the parameter `equal-value-coefficient`. Provisional: the equal value is
/// the average coal use of thermal power generation of one year (about 0.300
/// in recent years, published yearly by the National Bureau of Statistics).
pub const ELECTRICITY_EQUAL_VALUE_DEFAULT_TCE_PER_MWH: f64 = 0.300;

/// Heat to standard coal, tce/GJ (0.03412 kgce/MJ, GB/T 2589-2020 附录A).
/// Provisional as a choice of 附件4 (DOMAIN.md §2, marked P).
pub const HEAT_TCE_PER_GJ: f64 = 0.03412;

/// CO2 of purchased heat, tCO2/GJ: the default of the national GHG accounting
/// guidelines for enterprises (NDRC 2013-2015). Provisional (DOMAIN.md §2, marked P).
pub const HEAT_TCO2_PER_GJ: f64 = 0.11;

/// Which published national grid emission factor applies to residual grid
/// electricity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GridFactorKind {
    /// National average grid factor (全国电力平均二氧化碳排放因子).
    NationalAverage,
    /// National factor excluding market-traded non-fossil electricity
    /// (全国电力平均二氧化碳排放因子（不包括市场化交易的非化石能源电量）).
    ExcludingMarket,
}

impl GridFactorKind {
    /// The parameter value naming this kind.
    pub fn id(self) -> &'static str {
        match self {
            GridFactorKind::NationalAverage => "national-average",
            GridFactorKind::ExcludingMarket => "excluding-market",
        }
    }

    /// Chinese name.
    pub fn zh(self) -> &'static str {
        match self {
            GridFactorKind::NationalAverage => "全国电力平均二氧化碳排放因子",
            GridFactorKind::ExcludingMarket => {
                "全国电力平均二氧化碳排放因子（不包括市场化交易的非化石能源电量）"
            }
        }
    }

    /// English name.
    pub fn en(self) -> &'static str {
        match self {
            GridFactorKind::NationalAverage => "national average grid factor",
            GridFactorKind::ExcludingMarket => {
                "national grid factor excluding market-traded non-fossil electricity"
            }
        }
    }
}

/// National average grid factors, tCO2/MWh, by year: published by the
/// Ministry of Ecology and Environment (生态环境部) with the National Bureau
/// of Statistics (国家统计局) in their announcements of electricity CO2
/// emission factors.
pub const GRID_NATIONAL_AVERAGE: [(u16, f64); 3] = [(2021, 0.5568), (2022, 0.5366), (2023, 0.5306)];

/// National grid factors excluding market-traded non-fossil electricity,
/// tCO2/MWh, by year (same announcements; none was published for 2021).
pub const GRID_EXCLUDING_MARKET: [(u16, f64); 2] = [(2022, 0.5856), (2023, 0.6096)];

/// The published grid factor of `kind` for `year`, `None` when not published.
pub fn grid_factor(kind: GridFactorKind, year: u16) -> Option<f64> {
    let table: &[(u16, f64)] = match kind {
        GridFactorKind::NationalAverage => &GRID_NATIONAL_AVERAGE,
        GridFactorKind::ExcludingMarket => &GRID_EXCLUDING_MARKET,
    };
    table.iter().find(|(y, _)| *y == year).map(|(_, v)| *v)
}

/// The fuel with key segment `id`.
pub fn fuel(id: &str) -> Option<&'static Fuel> {
    FUELS.iter().find(|f| f.id == id)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn grid_factors_are_the_published_ones() {
        assert_eq!(
            grid_factor(GridFactorKind::NationalAverage, 2021),
            Some(0.5568)
        );
        assert_eq!(
            grid_factor(GridFactorKind::NationalAverage, 2023),
            Some(0.5306)
        );
        assert_eq!(
            grid_factor(GridFactorKind::ExcludingMarket, 2022),
            Some(0.5856)
        );
        assert_eq!(grid_factor(GridFactorKind::ExcludingMarket, 2021), None);
    }

    /// The derived pairs follow from their written defaults (catches a typo
    /// in one of the two numbers).
    #[test]
    fn derived_pairs_follow_from_their_defaults() {
        let derive = |ncv: f64, carbon: f64, oxidation: f64| {
            (
                ncv / GJ_PER_TCE,
                ncv * carbon / 1000.0 * oxidation * 44.0 / 12.0,
            )
        };
        let defaults = [
            ("anthracite", 26.7, 27.4, 0.94),
            ("bituminous-coal", 19.57, 26.1, 0.93),
            ("lignite", 11.9, 28.0, 0.96),
            ("coke-oven-gas", 179.81, 13.58, 0.99),
            ("blast-furnace-gas", 33.0, 70.8, 0.99),
            ("converter-gas", 84.0, 49.6, 0.99),
            ("naphtha", 44.5, 20.0, 0.98),
            ("refinery-gas", 46.0, 18.2, 0.99),
            ("petroleum-coke", 32.5, 27.5, 0.98),
            ("lng", 51.44, 15.3, 0.99),
        ];
        for (id, ncv, carbon, oxidation) in defaults {
            let f = fuel(id).unwrap();
            assert_eq!(f.source, Source::Derived, "{id}");
            let (tce, tco2) = derive(ncv, carbon, oxidation);
            assert!((f.tce_per_unit - tce).abs() < 0.0001, "{id}: {tce}");
            assert!((f.tco2_per_unit - tco2).abs() < 0.0001, "{id}: {tco2}");
        }
        let derived = FUELS.iter().filter(|f| f.source == Source::Derived).count();
        assert_eq!(derived, defaults.len());
        // The table's natural gas pair follows the same rule (38.931 MJ/m3).
        let (tce, tco2) = derive(389.31, 15.3, 0.99);
        assert!((13.300 - tce).abs() < 0.02 && (21.622 - tco2).abs() < 0.001);
    }

    #[test]
    fn fuel_ids_are_unique_and_found() {
        for f in &FUELS {
            assert_eq!(fuel(f.id), Some(f));
            assert!(f.tce_per_unit > 0.0 && f.tco2_per_unit > 0.0);
        }
        assert_eq!(fuel("peat"), None);
    }
}
