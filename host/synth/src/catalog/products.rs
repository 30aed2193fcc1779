//! Products with a national energy-consumption-limit standard, and products
//! with process emissions (附件4 三).

/// What a product's level-2 value limits.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Limit {
    /// Comprehensive energy per tonne, kgce/t.
    Energy(f64),
    /// Electricity per tonne, kWh/t (electrolytic aluminium, ferroalloys,
    /// silicon).
    Electricity(f64),
}

/// A product with a level-2 value, as `product.<id>.*` lists it.
#[derive(Debug, PartialEq)]
pub(crate) struct Product {
    pub(crate) id: &'static str,
    pub(crate) zh: &'static str,
    /// The limit standard, when the product has a national one.
    pub(crate) standard: Option<&'static str>,
    /// Its level-2 value (illustrative, of the order of the standard's).
    pub(crate) limit: Limit,
}

const fn p(
    id: &'static str,
    zh: &'static str,
    standard: Option<&'static str>,
    limit: Limit,
) -> Product {
    Product {
        id,
        zh,
        standard,
        limit,
    }
}

use Limit::{Electricity, Energy};

pub(crate) static PRODUCTS: [Product; 16] = [
    p(
        "cement-clinker",
        "水泥熟料",
        Some("GB 16780"),
        Energy(107.0),
    ),
    p("coke", "焦炭", Some("GB 21342"), Energy(122.0)),
    p("hot-metal", "高炉铁水", Some("GB 21256"), Energy(370.0)),
    p("caustic-soda", "烧碱", Some("GB 21257"), Energy(320.0)),
    p("ammonia", "合成氨", Some("GB 21344"), Energy(1350.0)),
    p("methanol", "甲醇", None, Energy(1400.0)),
    p(
        "calcium-carbide",
        "电石",
        Some("GB 21343"),
        Electricity(3250.0),
    ),
    p(
        "aluminium",
        "电解铝",
        Some("GB 21346"),
        Electricity(13350.0),
    ),
    p(
        "industrial-silicon",
        "工业硅",
        Some("GB 31338"),
        Electricity(11500.0),
    ),
    p(
        "polysilicon",
        "多晶硅",
        Some("GB 29447"),
        Electricity(60000.0),
    ),
    p("silicon-ingot", "单晶硅棒", None, Electricity(26000.0)),
    p(
        "ferrosilicon",
        "硅铁",
        Some("GB 21341"),
        Electricity(8600.0),
    ),
    p("castings", "铸件", None, Energy(380.0)),
    p("forgings", "锻件", None, Energy(280.0)),
    p("paper", "纸及纸板", None, Energy(330.0)),
    p("yarn", "纱线", None, Electricity(2400.0)),
];

/// A product of 附件4 三 with the park's own process factor.
#[derive(Debug, PartialEq)]
pub(crate) struct ProcessProduct {
    /// The id cn-zcp knows it by: `clinker-portland`.
    pub(crate) id: &'static str,
    /// The park's factor, tCO2/t: drawn in this range.
    pub(crate) factor: (f64, f64),
    /// Output per tce of the park's energy, t: how much of it a park of
    /// this size makes when the product is its main one.
    pub(crate) per_tce: f64,
}

const fn pp(id: &'static str, factor: (f64, f64), per_tce: f64) -> ProcessProduct {
    ProcessProduct {
        id,
        factor,
        per_tce,
    }
}

pub(crate) static PROCESS_PRODUCTS: [ProcessProduct; 8] = [
    pp("clinker-portland", (0.50, 0.54), 6.0),
    pp("lime", (0.65, 0.75), 4.0),
    pp("crude-steel", (0.05, 0.15), 1.5),
    pp("primary-aluminium", (1.4, 1.7), 0.22),
    pp("ammonia-coal", (1.9, 2.3), 0.55),
    pp("methanol-coal", (1.2, 1.6), 0.6),
    pp("calcium-carbide", (0.9, 1.2), 0.9),
    pp("industrial-silicon", (1.3, 1.7), 0.25),
];
