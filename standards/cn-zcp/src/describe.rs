//! The standard's self-description: metadata, indicators with their declared
//! kinds and thresholds, data requirements and parameters.

use std::sync::LazyLock;

use zcp_sdk::{
    BandedThreshold, DataRequirement, Indicator, IndicatorKind, StandardInfo, Status, Text,
    Threshold, text,
};

use crate::accounting::FuelUse;
use crate::coefficients::FUELS;
use crate::guiding::{self, threshold_of};
use crate::indicators::{self, BELOW_BAND_DEFAULT_THRESHOLD, Band, CORE_UNIT};
use crate::read::ncv_unit;
use crate::{keys, params};

/// The standard id.
pub const ID: &str = "cn-zcp";
/// The version this crate encodes: the rules of 1.0.0, served through the
/// contract `zcp:evaluation@1.1.0` (the rules did not change, the contract did).
pub const VERSION: &str = "1.0.0";

/// The full description.
pub fn info() -> StandardInfo {
    StandardInfo {
        id: ID.to_owned(),
        version: VERSION.to_owned(),
        title: text(
            "国家级零碳园区建设指标体系（试行）",
            "National zero-carbon park construction indicator system (trial)",
        ),
        issuer: text(
            "国家发展改革委、工业和信息化部、国家能源局",
            "National Development and Reform Commission (NDRC), Ministry of Industry and Information Technology (MIIT), National Energy Administration (NEA)",
        ),
        source: text(
            "《关于开展零碳园区建设的通知》（发改环资〔2025〕910号）附件3《国家级零碳园区建设指标体系（试行）》、附件4《零碳园区碳排放核算方法（试行）》",
            "Notice on carrying out the construction of zero-carbon parks (发改环资〔2025〕910号), attachment 3, national zero-carbon park construction indicator system (trial), and attachment 4, carbon emission accounting method for zero-carbon parks (trial)",
        ),
        jurisdiction: "CN".to_owned(),
        status: Status::Trial,
        effective: Some("2025-06-30".to_owned()),
        extends: None,
        indicators: indicators(),
        requires: requires(),
        parameters: params::declared(),
        // Every key it reads is in the shared dictionary.
        defines: vec![],
        // Pass/fail, not scored.
        tiers: vec![],
        max_score: None,
    }
}

/// Every declared indicator id with its kind, built once per instance.
static KINDS: LazyLock<Vec<(String, IndicatorKind)>> =
    LazyLock::new(|| indicators().into_iter().map(|i| (i.id, i.kind)).collect());

/// Whether `id` is an indicator declared in [`info`].
pub fn is_declared(id: &str) -> bool {
    KINDS.iter().any(|(declared, _)| declared == id)
}

/// The kind the indicator `id` is declared with in [`info`]: what its result
/// carries. An undeclared id is a bug, refused by the evaluation as
/// `internal` ([`is_declared`]); it gets `informative` here, which never
/// decides a verdict.
pub fn kind_of(id: &str) -> IndicatorKind {
    KINDS
        .iter()
        .find(|(declared, _)| declared == id)
        .map_or(IndicatorKind::Informative, |(_, kind)| *kind)
}

fn all_parks(threshold: Threshold) -> Vec<BandedThreshold> {
    vec![BandedThreshold {
        applies_when: text("所有园区", "every park"),
        threshold,
    }]
}

fn indicator(
    id: &str,
    kind: IndicatorKind,
    title: Text,
    unit: &str,
    thresholds: Vec<BandedThreshold>,
    description: Text,
) -> Indicator {
    Indicator {
        id: id.to_owned(),
        title,
        kind,
        unit: unit.to_owned(),
        thresholds,
        description,
        group: None,
        weight: None,
    }
}

/// The indicators, each with its kind: the one place a kind is stated.
fn indicators() -> Vec<Indicator> {
    use IndicatorKind::{Core, Eligibility, Guiding, Informative};
    // The declared threshold of a band is the default one; below 200,000 tce
    // it is a parameter.
    let band = |b: Band| BandedThreshold {
        applies_when: b.applies_when(),
        threshold: Threshold::AtMost(b.threshold(BELOW_BAND_DEFAULT_THRESHOLD)),
    };
    vec![
        indicator(
            indicators::ZONE_LEVEL,
            Eligibility,
            text("园区级别", "Zone level"),
            "",
            all_parks(Threshold::Qualitative(indicators::zone_level_condition())),
            text(
                "申报基本条件（附件1）",
                "Basic condition for application (attachment 1)",
            ),
        ),
        indicator(
            indicators::BOUNDARY,
            Eligibility,
            text("园区边界", "Park boundary"),
            "",
            all_parks(Threshold::Qualitative(indicators::boundary_condition())),
            text(
                "申报基本条件（附件1）",
                "Basic condition for application (attachment 1)",
            ),
        ),
        indicator(
            indicators::METERING,
            Eligibility,
            text("能碳统计计量基础", "Energy and carbon metering"),
            "",
            all_parks(Threshold::Qualitative(indicators::metering_condition())),
            text(
                "申报基本条件（附件1）",
                "Basic condition for application (attachment 1)",
            ),
        ),
        indicator(
            indicators::NO_MAJOR_INCIDENT,
            Eligibility,
            text("近三年无重大事故", "No major incident in 3 years"),
            "",
            all_parks(Threshold::Qualitative(
                indicators::no_major_incident_condition(),
            )),
            text(
                "申报基本条件（附件1）",
                "Basic condition for application (attachment 1)",
            ),
        ),
        indicator(
            indicators::CARBON_PER_ENERGY,
            Core,
            text(
                "单位能耗碳排放",
                "Carbon emissions per unit of energy consumption",
            ),
            CORE_UNIT,
            vec![band(Band::Middle), band(Band::Upper), band(Band::Below)],
            text(
                "园区二氧化碳排放量（附件4）÷ 园区综合能耗（电力按等价值，附件3 二.1）（附件3 核心指标，未达到的原则上不得申请验收）；档位按同一综合能耗选取，按全数值比较",
                "Park CO2 emissions (attachment 4) ÷ park comprehensive energy consumption (electricity at its equal value, attachment 3 二.1) (core indicator of attachment 3: a park that misses it may in principle not apply for acceptance); the band is chosen on the same energy consumption, compared on the full value",
            ),
        ),
        indicator(
            guiding::CLEAN_ENERGY_SHARE,
            Guiding,
            text(
                "清洁能源消费占比",
                "Clean energy share of energy consumption",
            ),
            "%",
            all_parks(threshold_of(guiding::CLEAN_ENERGY_SHARE)),
            text(
                "清洁能源消费量 ÷ 综合能耗（引导性指标）；清洁能源口径见参数 clean-energy-definition，默认含天然气；绿电以用电量为上限",
                "Clean energy ÷ comprehensive energy consumption (guiding); what counts as clean is the parameter clean-energy-definition, natural gas included by default; green electricity is capped at the electricity use",
            ),
        ),
        indicator(
            guiding::PRODUCT_ENERGY,
            Guiding,
            text(
                "主要产品单位能耗达到能耗限额标准二级",
                "Unit energy use of main products at level 2 of the limit standards",
            ),
            "%",
            all_parks(threshold_of(guiding::PRODUCT_ENERGY)),
            text(
                "逐个产品将单位产品能耗与国家单位产品能源消耗限额标准二级限值比较（引导性指标）；数值为最差产品占其二级限值的百分比",
                "Each product's unit energy use compared with level 2 (二级) of its national energy-consumption-limit standard (guiding); the value is the worst product, in % of its level-2 value",
            ),
        ),
        indicator(
            guiding::SOLID_WASTE,
            Guiding,
            text(
                "工业固体废物综合利用率",
                "Industrial solid waste comprehensive utilisation rate",
            ),
            "%",
            all_parks(threshold_of(guiding::SOLID_WASTE)),
            text(
                "综合利用量 ÷（产生量 + 综合利用往年贮存量）（引导性指标）",
                "Utilised ÷ (generated + earlier stock utilised) (guiding)",
            ),
        ),
        indicator(
            guiding::WASTE_ENERGY,
            Guiding,
            text(
                "余热/余冷/余压综合利用率",
                "Waste heat, cold and pressure utilisation rate",
            ),
            "%",
            all_parks(threshold_of(guiding::WASTE_ENERGY)),
            text(
                "余热余冷余压回收利用量 ÷ 可回收量（引导性指标）",
                "Recovered ÷ recoverable waste heat, cold and pressure (guiding)",
            ),
        ),
        indicator(
            guiding::WATER_REUSE,
            Guiding,
            text("工业用水重复利用率", "Industrial water reuse rate"),
            "%",
            all_parks(threshold_of(guiding::WATER_REUSE)),
            text(
                "重复用水量 ÷（重复用水量 + 新鲜水取水量）（引导性指标）",
                "Water reused ÷ (reused + fresh intake) (guiding)",
            ),
        ),
        indicator(
            guiding::DIRECT_GREEN_SUPPLY,
            Guiding,
            text(
                "绿色电力直接供应比例",
                "Direct green electricity supply share",
            ),
            "%",
            all_parks(threshold_of(guiding::DIRECT_GREEN_SUPPLY)),
            text(
                "（绿电直连 + 自发自用可再生电量）÷ 园区用电量（电网购入 + 绿电直连 + 自发自用 − 外送）：附件4 二(二)3① 的原则（园区用电应优先通过绿色电力直接供应满足，原则上直接供应比例不低于 50 %），不是附件3 的指标；分母和将自发自用计为直接供应为暂定口径",
                "(Direct green supply + on-site renewable) ÷ the park's electricity use (grid + direct + on-site − sent out): a principle of attachment 4 二(二)3① (park electricity should be met first by direct green supply, in principle at least 50 %), not an indicator of attachment 3; the denominator and counting on-site renewables as direct supply are provisional",
            ),
        ),
        indicator(
            indicators::ENERGY_CONSUMPTION,
            Informative,
            text("综合能耗", "Comprehensive energy consumption"),
            "tce",
            all_parks(Threshold::Unbounded),
            text(
                "电力（按等价值，附件3 二.1）、热力净受入与化石能源消费折标准煤之和，加工转换按投入减产出（GB/T 2589）",
                "Net electricity (at its equal value, attachment 3 二.1) and heat inflow and fossil fuel use in standard coal, energy conversion as inputs − outputs (GB/T 2589)",
            ),
        ),
        indicator(
            indicators::CO2_EMISSIONS,
            Informative,
            text("二氧化碳排放量", "CO2 emissions"),
            "tCO2",
            all_parks(Threshold::Unbounded),
            text(
                "化石能源用作燃料（附件4 二(二)1，含国际航空航海燃料）、能源加工转换碳平衡（二(二)2）、电力与热力净受入间接排放（二(二)3）与工业生产过程（三）的二氧化碳排放",
                "CO2 of fossil fuels used as fuel (attachment 4 二(二)1, bunker fuel included), the energy conversion carbon balance (二(二)2), net electricity and heat inflow (二(二)3) and industrial processes (三)",
            ),
        ),
    ]
}

/// Every data key the standard declares, with the unit it wants and its
/// description.
pub fn requires() -> Vec<DataRequirement> {
    requirements(true)
}

/// The same requirements without their descriptions: what an evaluation
/// needs (keys, units, order), without formatting a hundred texts.
pub fn requirement_keys() -> Vec<DataRequirement> {
    requirements(false)
}

/// Declared quantities besides fuels: key, unit, required, zh, en.
#[rustfmt::skip]
const QUANTITIES: [(&str, &str, bool, &str, &str); 21] = [
    (keys::GRID_PURCHASED, "MWh", true, "电网购入电量（含绿电交易电量；没有则填 0）", "Electricity received from the public grid, green power trading included (zero if none)"),
    (keys::GREEN_TRADED, "MWh", false, "绿电交易电量（电网购入电量的一部分），排放因子计 0", "Green power trading (part of grid purchased), factor 0"),
    (keys::GREEN_CERTIFICATES, "MWh", false, "非绑定绿证对应电量，排放因子计 0（以电网购入减绿电交易为上限；与绿电交易绑定的绿证、园区自发电出售的绿证不计）", "Electricity covered by unbundled green certificates, factor 0 (up to grid purchased − green traded; not those bundled with traded green power, nor those sold from on-site generation)"),
    (keys::DIRECT_GREEN, "MWh", false, "直接供应的非化石能源电力（绿电直连），排放因子计 0", "Direct non-fossil supply (not through the public grid), factor 0"),
    (keys::ON_SITE_RENEWABLE, "MWh", false, "园区内可再生能源自发自用电量（计入能耗，不属受入电力）", "Renewable electricity generated and used inside the park (in energy; not received electricity)"),
    (keys::EXPORTED, "MWh", false, "园区外送电量（全部种类），按同一系数从能耗中扣除", "Electricity sent out of the park (all kinds), deducted from the energy at the same coefficient"),
    (keys::EXPORTED_GREEN, "MWh", false, "外送电量中以绿电直供或随绿证、绿电交易送出的部分，排放因子计 0；其余按 0.8325", "Part of the electricity sent out delivered as direct non-fossil supply, with its certificates or through green trading, factor 0; the rest at 0.8325"),
    (keys::HEAT_PURCHASED, "GJ", false, "受入热力（全部种类）", "Heat received from outside the park (all kinds)"),
    (keys::HEAT_PURCHASED_NON_FOSSIL, "GJ", false, "受入热力中的非化石能源热力，排放因子计 0", "Part of the heat received that is non-fossil, factor 0"),
    (keys::HEAT_PURCHASED_FACTOR, "tCO2/GJ", false, "受入化石能源热力的实测排放因子（缺省 0.11）", "Measured factor of the fossil heat received (default 0.11)"),
    (keys::HEAT_EXPORTED, "GJ", false, "送出热力（全部种类）", "Heat sent out of the park (all kinds)"),
    (keys::HEAT_EXPORTED_NON_FOSSIL, "GJ", false, "送出热力中的非化石能源热力，排放因子计 0", "Part of the heat sent out that is non-fossil, factor 0"),
    (keys::HEAT_EXPORTED_FACTOR, "tCO2/GJ", false, "送出化石能源热力的实测排放因子（缺省 0.11）", "Measured factor of the fossil heat sent out (default 0.11)"),
    (keys::PROCESS_EMISSIONS, "tCO2", false, "工业生产过程二氧化碳排放总量（或按产品填报 process.<产品>.*，二者择一）", "CO2 from industrial processes, the park's total (or per product, process.<product>.*, not both)"),
    (keys::WASTE_GENERATED, "t", false, "一般工业固体废物产生量", "Industrial solid waste generated"),
    (keys::WASTE_UTILISED, "t", false, "一般工业固体废物综合利用量（含利用往年贮存量）", "Industrial solid waste utilised (earlier stock utilised included)"),
    (keys::WASTE_PRIOR_STOCK_UTILISED, "t", false, "综合利用往年贮存量", "Solid waste stored in earlier years and utilised this year"),
    (keys::WASTE_ENERGY_RECOVERABLE, "GJ", false, "余热余冷余压可回收量", "Recoverable waste heat, cold and pressure"),
    (keys::WASTE_ENERGY_RECOVERED, "GJ", false, "余热余冷余压回收利用量", "Waste heat, cold and pressure recovered and used"),
    (keys::WATER_FRESH_INTAKE, "m3", false, "工业新鲜水取水量", "Industrial fresh water intake"),
    (keys::WATER_REUSED, "m3", false, "工业重复用水量", "Industrial water reused"),
];

/// Families of keys read by prefix (`keys("product.")`, `keys("process.")`,
/// then `quantity` and `text` member by member), declared so that tools
/// know them: product or process field, unit (empty for text), zh, en.
/// None is required: a park without such products gives none.
#[rustfmt::skip]
const FAMILIES: [(Family, &str, &str, &str, &str); 10] = [
    (Family::Product, keys::PRODUCT_NAME, "", "产品名称；每个产品以园区自定的标识为键（如 product.silicon-ingot.name）", "Product name; each product is keyed by an identifier the park chooses (e.g. product.silicon-ingot.name)"),
    (Family::Product, keys::PRODUCT_LIMIT_STANDARD, "", "适用的单位产品能源消耗限额标准（如 GB 16780-2021）", "Energy-consumption-limit standard that applies to the product (e.g. GB 16780-2021)"),
    (Family::Product, keys::PRODUCT_UNIT_ENERGY, "kgce/t", "主要产品单位产品综合能耗，与其限额标准二级限值比较（引导性指标）", "Comprehensive energy use per unit of a main product, compared with level 2 of its limit standard (guiding)"),
    (Family::Product, keys::PRODUCT_LEVEL_2_LIMIT, "kgce/t", "该产品能耗限额标准的二级限值", "Level 2 (二级) value of the product's limit standard"),
    (Family::Product, keys::PRODUCT_UNIT_ELECTRICITY, "kWh/t", "单位产品电耗（限额按电耗规定的产品：电解铝、铁合金、多晶硅等）", "Electricity use per unit of product (for limits set on electricity: electrolytic aluminium, ferroalloys, polysilicon)"),
    (Family::Product, keys::PRODUCT_LEVEL_2_ELECTRICITY_LIMIT, "kWh/t", "该产品能耗限额标准的二级电耗限值", "Level 2 (二级) electricity value of the product's limit standard"),
    (Family::Process, keys::PROCESS_NAME, "", "工业生产过程排放产品的名称（附件4 三 未列出的产品）", "Name of a product with process emissions (one attachment 4 三 does not list)"),
    (Family::Process, keys::PROCESS_OUTPUT, "t", "产品合格产量（销售量与自用量之和），按产品核算工业生产过程排放（附件4 三；与 emissions.process 二者择一）", "On-spec output of the product, sold plus self-used, for process emissions by product (attachment 4 三; instead of emissions.process, not both)"),
    (Family::Process, keys::PROCESS_FACTOR, "tCO2/t", "园区该产品的工业生产过程二氧化碳排放因子", "The park's process CO2 factor of the product"),
    (Family::Process, keys::PROCESS_FACTOR_BASIS, "", "排放因子的测算依据（附件4 三(三)2）", "How the process factor was derived (attachment 4 三(三)2)"),
];

/// The families of keys named by the park's products.
#[derive(Debug, Clone, Copy)]
enum Family {
    /// `product.<name>.<field>`: energy use against the limit standards.
    Product,
    /// `process.<name>.<field>`: industrial process emissions by product.
    Process,
}

impl Family {
    /// The family key of `field`: `product.*.unit-energy`.
    fn key(self, field: &str) -> String {
        match self {
            Family::Product => keys::product_key(keys::ANY_NAME, field),
            Family::Process => keys::process_key(keys::ANY_NAME, field),
        }
    }
}

/// Declared profile facts: key, zh, en.
#[rustfmt::skip]
const PROFILE: [(&str, &str, &str); 5] = [
    (keys::ZONE_LEVEL, "开发区级别（national、provincial、municipal、other）", "Level of the development zone (national, provincial, municipal, other)"),
    (keys::EMERGING_INDUSTRY_PARK, "经省级人民政府批准的新兴产业园区", "Emerging-industry park approved by the provincial government"),
    (keys::BOUNDARY_DEFINED, "园区（或园中园）边界清晰", "Whole park or park-within-park with a defined boundary"),
    (keys::METERING, "具备能源、碳排放统计计量基础", "Existing energy and carbon statistics and metering base"),
    (keys::MAJOR_INCIDENT, "近三年发生重大安全、环境事故或其他造成严重不良社会影响的事件", "Major safety or environmental accident, or other event of serious adverse social impact, in the last 3 years"),
];

fn requirements(describe: bool) -> Vec<DataRequirement> {
    let req = |key: String, unit: &str, required: bool, description: Text| DataRequirement {
        key,
        unit: unit.to_owned(),
        required,
        description,
    };
    let words = |zh: &str, en: &str| {
        if describe { text(zh, en) } else { text("", "") }
    };
    let mut r: Vec<DataRequirement> = QUANTITIES
        .iter()
        .map(|(key, unit, required, zh, en)| req((*key).to_owned(), unit, *required, words(zh, en)))
        .collect();
    for fuel in &FUELS {
        for use_ in FuelUse::ALL {
            let description = if describe {
                fuel_use_text(fuel, use_)
            } else {
                text("", "")
            };
            r.push(req(
                keys::fuel_key(fuel, use_),
                fuel.unit,
                false,
                description,
            ));
        }
        if fuel.coefficients.is_none() {
            for (field, unit, zh, en) in [
                (
                    keys::FUEL_NCV,
                    ncv_unit(fuel),
                    "实测低位发热量",
                    "measured net calorific value",
                ),
                (
                    keys::FUEL_CARBON,
                    "tC/TJ",
                    "实测单位热值含碳量",
                    "measured carbon content",
                ),
                (
                    keys::FUEL_OXIDATION,
                    "%",
                    "碳氧化率（缺省 100 %）",
                    "oxidation rate (default 100 %)",
                ),
            ] {
                // Formatted only for `describe`: an evaluation needs the keys alone.
                let description = if describe {
                    text(
                        format!("{}{zh}（无可引用的缺省系数）", fuel.zh),
                        format!("{}: {en} (no sourced coefficients)", fuel.en),
                    )
                } else {
                    text("", "")
                };
                r.push(req(keys::fuel_field(fuel, field), unit, false, description));
            }
        }
    }
    for (key, zh, en) in PROFILE {
        r.push(req(key.to_owned(), "", false, words(zh, en)));
    }
    for id in guiding::ALL {
        r.push(req(
            keys::not_applicable(id),
            "",
            false,
            words(
                "该引导性指标不适用于本园区的理由",
                "Why this guiding indicator does not apply to the park",
            ),
        ));
    }
    // Last, so that the keys above keep their places in `declared`.
    for (family, field, unit, zh, en) in FAMILIES {
        r.push(req(family.key(field), unit, false, words(zh, en)));
    }
    r
}

fn fuel_use_text(fuel: &crate::coefficients::Fuel, use_: FuelUse) -> Text {
    let (zh_note, en_note) = match use_ {
        FuelUse::Conversion => (
            "；按投入产出碳平衡核算，碳氧化率取 100 %（附件4 二(二)2）",
            "; accounted as a carbon balance of inputs and outputs, oxidation taken as 100 % (attachment 4 二(二)2)",
        ),
        FuelUse::ConversionOutput => (
            "；园区内加工转换产出，从投入中扣除",
            "; produced by energy conversion inside the park, deducted from its inputs",
        ),
        FuelUse::Feedstock => (
            "；计入综合能耗（可由参数排除），不计入排放",
            "; counted in energy (a parameter may exclude it), never in emissions",
        ),
        FuelUse::Bunker => (
            "；计入排放总量并单独列出（附件4 二(一)），是否计入能耗见参数 bunker-in-energy",
            "; in the emissions total and listed separately (attachment 4 二(一)); in energy per the parameter bunker-in-energy",
        ),
        FuelUse::Recovered => (
            "；默认不重复计入（参数 recovered-energy）",
            "; not counted again by default (parameter recovered-energy)",
        ),
        _ => ("", ""),
    };
    text(
        format!("{}（{}）{zh_note}", fuel.zh, use_.zh()),
        format!("{}, {} use{en_note}", fuel.en, use_.id()),
    )
}
