//! Industries a park is built around, and provinces it sits in.

use super::Use::{
    self, Bunker, Conversion, ConversionOutput, Feedstock, Final, Heat, Power, Recovered,
};

/// A choice and how often it is drawn.
pub(crate) type Weight<T> = (T, u32);

/// A province; those with a bundled standard of their own (CN-NM, CN-HN,
/// CN-JS) are drawn most.
#[derive(Debug, PartialEq)]
pub(crate) struct Province {
    pub(crate) code: &'static str,
    pub(crate) zh: &'static str,
    pub(crate) en: &'static str,
    /// Wind and sun enough for direct green supply lines (Ordos-like).
    pub(crate) windy: bool,
}

const fn province(code: &'static str, zh: &'static str, en: &'static str, windy: bool) -> Province {
    Province {
        code,
        zh,
        en,
        windy,
    }
}

pub(crate) static PROVINCES: [Weight<&Province>; 12] = [
    (&province("CN-NM", "内蒙古", "Inner Mongolia", true), 18),
    (&province("CN-HN", "湖南", "Hunan", false), 18),
    (&province("CN-JS", "江苏", "Jiangsu", false), 18),
    (&province("CN-SX", "山西", "Shanxi", false), 6),
    (&province("CN-SD", "山东", "Shandong", false), 6),
    (&province("CN-GD", "广东", "Guangdong", false), 6),
    (&province("CN-ZJ", "浙江", "Zhejiang", false), 6),
    (&province("CN-HE", "河北", "Hebei", false), 5),
    (&province("CN-SN", "陕西", "Shaanxi", false), 5),
    (&province("CN-NX", "宁夏", "Ningxia", true), 4),
    (&province("CN-XJ", "新疆", "Xinjiang", true), 4),
    (&province("CN-SC", "四川", "Sichuan", false), 4),
];

/// The industry a park is built around: what it burns, makes and emits.
#[derive(Debug, PartialEq)]
pub(crate) struct Industry {
    pub(crate) id: &'static str,
    pub(crate) zh: &'static str,
    pub(crate) en: &'static str,
    /// Energy-intensive: larger parks, more waste and waste heat.
    pub(crate) heavy: bool,
    /// How often its parks are green, in transition, fossil.
    pub(crate) profiles: [u32; 3],
    /// Fuel rows it draws from, by weight.
    pub(crate) fuels: &'static [Weight<(&'static str, Use)>],
    /// Products with a level-2 value it makes first.
    pub(crate) products: &'static [&'static str],
    /// Products with process emissions it may report (附件4 三).
    pub(crate) process: &'static [&'static str],
    /// Coking: washed coal in, coke out (a conversion, 附件4 二(二)2).
    pub(crate) coking: bool,
}

const LIGHT_FUELS: &[Weight<(&str, Use)>] = &[
    (("natural-gas", Final), 8),
    (("natural-gas", Heat), 4),
    (("diesel", Final), 2),
    (("lpg", Final), 1),
    (("natural-gas", Power), 1),
    (("gasoline", Final), 1),
];

/// A light-industry park: what the others differ from.
const LIGHT: Industry = Industry {
    id: "light",
    zh: "轻工食品",
    en: "light industry and food",
    heavy: false,
    profiles: [35, 45, 20],
    fuels: LIGHT_FUELS,
    products: &[],
    process: &[],
    coking: false,
};

pub(crate) static INDUSTRIES: [Weight<&Industry>; 12] = [
    (
        &Industry {
            id: "equipment",
            zh: "装备制造",
            en: "equipment manufacturing",
            profiles: [45, 40, 15],
            products: &["castings", "forgings"],
            ..LIGHT
        },
        14,
    ),
    (
        &Industry {
            id: "electronics",
            zh: "电子信息",
            en: "electronics",
            profiles: [55, 35, 10],
            products: &["silicon-ingot"],
            ..LIGHT
        },
        12,
    ),
    (
        &Industry {
            id: "new-energy",
            zh: "新能源材料",
            en: "new-energy materials",
            profiles: [50, 35, 15],
            products: &["polysilicon", "industrial-silicon", "silicon-ingot"],
            process: &["industrial-silicon"],
            ..LIGHT
        },
        9,
    ),
    (
        &Industry {
            id: "pharma",
            zh: "生物医药",
            en: "pharmaceuticals",
            profiles: [45, 40, 15],
            ..LIGHT
        },
        10,
    ),
    (
        &Industry {
            fuels: &[
                (("natural-gas", Heat), 4),
                (("natural-gas", Final), 3),
                (("raw-coal", Heat), 2),
                (("lignite", Heat), 1),
                (("diesel", Final), 1),
            ],
            products: &["paper"],
            ..LIGHT
        },
        10,
    ),
    (
        &Industry {
            id: "textiles",
            zh: "纺织印染",
            en: "textiles and dyeing",
            profiles: [30, 45, 25],
            fuels: &[
                (("natural-gas", Heat), 4),
                (("raw-coal", Heat), 2),
                (("other-bituminous-coal", Heat), 2),
                (("natural-gas", Final), 2),
                (("diesel", Final), 1),
            ],
            products: &["yarn"],
            ..LIGHT
        },
        6,
    ),
    (
        &Industry {
            id: "logistics",
            zh: "港口物流",
            en: "port and logistics",
            profiles: [30, 45, 25],
            fuels: &[
                (("diesel", Final), 4),
                (("fuel-oil", Bunker), 3),
                (("diesel", Bunker), 2),
                (("lng", Final), 2),
                (("gasoline", Final), 2),
                (("lng", Bunker), 1),
                (("kerosene", Bunker), 1),
                (("natural-gas", Final), 1),
            ],
            ..LIGHT
        },
        5,
    ),
    (
        &Industry {
            id: "chemicals",
            zh: "化工",
            en: "chemicals",
            heavy: true,
            profiles: [15, 40, 45],
            fuels: &[
                (("natural-gas", Feedstock), 3),
                (("natural-gas", Final), 3),
                (("raw-coal", Heat), 3),
                (("raw-coal", Feedstock), 2),
                (("naphtha", Feedstock), 2),
                (("raw-coal", Power), 2),
                (("fuel-oil", Final), 1),
                (("refinery-gas", Final), 1),
                (("lpg", Final), 1),
            ],
            products: &["caustic-soda", "ammonia", "methanol", "calcium-carbide"],
            process: &["ammonia-coal", "methanol-coal", "calcium-carbide"],
            ..LIGHT
        },
        12,
    ),
    (
        &Industry {
            id: "coking",
            zh: "煤焦化",
            en: "coking",
            heavy: true,
            profiles: [3, 22, 75],
            fuels: &[
                (("coke-oven-gas", Heat), 3),
                (("coke-oven-gas", Final), 2),
                (("raw-coal", Heat), 2),
                (("coke", Final), 1),
                (("diesel", Final), 1),
                (("gangue", Power), 1),
            ],
            products: &["coke", "methanol"],
            coking: true,
            ..LIGHT
        },
        4,
    ),
    (
        &Industry {
            id: "steel",
            zh: "钢铁",
            en: "iron and steel",
            heavy: true,
            profiles: [5, 30, 65],
            fuels: &[
                (("coke", Final), 5),
                (("blast-furnace-gas", Power), 3),
                (("raw-coal", Final), 2),
                (("blast-furnace-gas", Recovered), 2),
                (("converter-gas", Recovered), 2),
                (("coke-oven-gas", Heat), 2),
                (("natural-gas", Final), 1),
                (("anthracite", Final), 1),
            ],
            products: &["hot-metal", "coke", "ferrosilicon"],
            process: &["crude-steel", "lime"],
            ..LIGHT
        },
        5,
    ),
    (
        &Industry {
            id: "building-materials",
            zh: "建材",
            en: "building materials",
            heavy: true,
            profiles: [10, 35, 55],
            fuels: &[
                (("raw-coal", Final), 4),
                (("other-bituminous-coal", Final), 3),
                (("petroleum-coke", Final), 2),
                (("natural-gas", Final), 2),
                (("diesel", Final), 1),
                (("gangue", Power), 1),
                (("lignite", Heat), 1),
            ],
            products: &["cement-clinker"],
            process: &["clinker-portland", "lime"],
            ..LIGHT
        },
        7,
    ),
    (
        &Industry {
            id: "non-ferrous",
            zh: "有色金属",
            en: "non-ferrous metals",
            heavy: true,
            profiles: [20, 40, 40],
            fuels: &[
                (("raw-coal", Power), 3),
                (("petroleum-coke", Final), 2),
                (("natural-gas", Final), 2),
                (("fuel-oil", Final), 1),
                (("coke", Final), 1),
            ],
            products: &["aluminium", "ferrosilicon"],
            process: &["primary-aluminium"],
            ..LIGHT
        },
        6,
    ),
];

/// The rows of a coking park: washed coal into the ovens, coke out.
pub(crate) const COKING_INPUT: (&str, Use) = ("washed-coal", Conversion);
/// See [`COKING_INPUT`].
pub(crate) const COKING_OUTPUT: (&str, Use) = ("coke", ConversionOutput);
