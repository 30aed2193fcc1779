//! Data keys this standard reads besides the national accounting's: the
//! shared economy and profile keys, and the keys it defines in its own
//! namespace `x-cn-js-zcp.`, which the shared dictionary lacks.

use zcp_sdk::{KeyDefinition, KeyScope, Sign, define_quantity};

/// Industrial value added of the year (10^4 CNY): the denominator of both
/// intensities.
pub const INDUSTRIAL_VALUE_ADDED: &str = "economy.industrial-value-added";
/// Technology, industry and trade revenue of the year (10^4 CNY): the
/// denominator of the green R&D intensity (provisional).
pub const REVENUE: &str = "economy.revenue";
/// Number of enterprises in the park: the denominator of the green factory share.
pub const ENTERPRISE_COUNT: &str = "park.enterprise-count";

/// Enterprises rated green factories or green supply-chain management
/// enterprises, each counted once (defined here).
pub const GREEN_FACTORIES: &str = "x-cn-js-zcp.green-factories";
/// Vehicles of the park (its stock, 保有量) (defined here).
pub const VEHICLES: &str = "x-cn-js-zcp.vehicles";
/// Of which new-energy or clean-energy vehicles (defined here).
pub const VEHICLES_NEV: &str = "x-cn-js-zcp.vehicles-nev";
/// R&D spending on green and low-carbon technology (10^4 CNY) (defined here).
pub const GREEN_RD_SPENDING: &str = "x-cn-js-zcp.green-rd-spending";

/// The keys this standard adds to the run's dictionary, each one value per
/// year, zero or more.
pub fn defines() -> Vec<KeyDefinition> {
    let year = |key: &str, dimension: &str, zh: &str, en: &str| {
        define_quantity(key, dimension, Sign::NonNegative, KeyScope::Year, zh, en)
    };
    vec![
        year(
            GREEN_FACTORIES,
            "count",
            "获评绿色工厂或绿色供应链管理企业的园区企业数量（同时获评的企业计一次）；江苏指南参考值 4 的分子",
            "Enterprises of the park rated green factories or green supply-chain management enterprises (an enterprise rated both counts once); the numerator of reference value 4 of the Jiangsu guide",
        ),
        year(
            VEHICLES,
            "count",
            "园区交通工具保有量（辆）；江苏指南参考值 12 的分母",
            "Vehicles of the park, its stock at the end of the year; the denominator of reference value 12 of the Jiangsu guide",
        ),
        year(
            VEHICLES_NEV,
            "count",
            "其中新能源、清洁能源动力交通工具保有量（辆）；江苏指南参考值 12 的分子",
            "Of which new-energy or clean-energy vehicles; the numerator of reference value 12 of the Jiangsu guide",
        ),
        year(
            GREEN_RD_SPENDING,
            "currency",
            "园区绿色低碳技术研究与试验发展（R&D）经费支出；江苏指南参考值 19 的分子",
            "R&D spending of the park on green and low-carbon technology; the numerator of reference value 19 of the Jiangsu guide",
        ),
    ]
}
