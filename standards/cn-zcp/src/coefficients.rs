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
    /// Unit of the reported amount (`t`, or `10^4 m3` for natural gas).
    pub unit: &'static str,
    /// Standard coal per unit, tce.
    pub tce_per_unit: f64,
    /// CO2 per unit burned, tCO2.
    pub tco2_per_unit: f64,
}

/// The fuels this version accounts, with their coefficients.
///
/// Standard-coal coefficients: GB/T 2589-2020 《综合能耗计算通则》, 附录A
/// (reference net calorific values, 1 kgce = 29,307.6 kJ). CO2 factors: the
/// table of DOMAIN.md §2, computed from the same net calorific values with
/// default carbon contents and oxidation rates (IPCC 2006 and the national
/// GHG accounting guidelines). Provisional: 附件4 of 发改环资〔2025〕910号 is
/// not known to print its own table, so the pairs are a project convention.
pub const FUELS: [Fuel; 10] = [
    Fuel {
        id: "raw-coal",
        zh: "原煤",
        en: "raw coal",
        unit: "t",
        tce_per_unit: 0.7143,
        tco2_per_unit: 1.9003,
    },
    Fuel {
        id: "washed-coal",
        zh: "洗精煤",
        en: "washed coal",
        unit: "t",
        tce_per_unit: 0.9000,
        tco2_per_unit: 2.4044,
    },
    Fuel {
        id: "coke",
        zh: "焦炭",
        en: "coke",
        unit: "t",
        tce_per_unit: 0.9714,
        tco2_per_unit: 2.8604,
    },
    Fuel {
        id: "crude-oil",
        zh: "原油",
        en: "crude oil",
        unit: "t",
        tce_per_unit: 1.4286,
        tco2_per_unit: 3.0202,
    },
    Fuel {
        id: "fuel-oil",
        zh: "燃料油",
        en: "fuel oil",
        unit: "t",
        tce_per_unit: 1.4286,
        tco2_per_unit: 3.1705,
    },
    Fuel {
        id: "gasoline",
        zh: "汽油",
        en: "gasoline",
        unit: "t",
        tce_per_unit: 1.4714,
        tco2_per_unit: 2.9251,
    },
    Fuel {
        id: "kerosene",
        zh: "煤油",
        en: "kerosene",
        unit: "t",
        tce_per_unit: 1.4714,
        tco2_per_unit: 3.0179,
    },
    Fuel {
        id: "diesel",
        zh: "柴油",
        en: "diesel",
        unit: "t",
        tce_per_unit: 1.4571,
        tco2_per_unit: 3.0959,
    },
    Fuel {
        id: "lpg",
        zh: "液化石油气",
        en: "LPG",
        unit: "t",
        tce_per_unit: 1.7143,
        tco2_per_unit: 3.1013,
    },
    Fuel {
        id: "natural-gas",
        zh: "天然气",
        en: "natural gas",
        unit: "10^4 m3",
        tce_per_unit: 13.300,
        tco2_per_unit: 21.622,
    },
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

    #[test]
    fn fuel_ids_are_unique_and_found() {
        for f in &FUELS {
            assert_eq!(fuel(f.id), Some(f));
            assert!(f.tce_per_unit > 0.0 && f.tco2_per_unit > 0.0);
        }
        assert_eq!(fuel("peat"), None);
    }
}
