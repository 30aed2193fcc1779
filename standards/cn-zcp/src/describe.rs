//! The standard's self-description: metadata, indicators with their declared
//! thresholds, data requirements and parameters.

use zcp_sdk::{
    BandedThreshold, DataRequirement, Indicator, IndicatorKind, StandardInfo, Status, Text,
    Threshold, text,
};

use crate::accounting::FuelUse;
use crate::coefficients::FUELS;
use crate::guiding::{self, threshold_of};
use crate::indicators::{
    self, BELOW_BAND_DEFAULT_THRESHOLD, CORE_UNIT, MIDDLE_BAND_THRESHOLD, UPPER_BAND_THRESHOLD,
};
use crate::{keys, params};

/// The standard id.
pub const ID: &str = "cn-zcp";
/// The version this crate encodes.
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
    }
}

/// The kind of the indicator `id`, `None` for an unknown id.
pub fn kind_of(id: &str) -> Option<IndicatorKind> {
    match id {
        indicators::ZONE_LEVEL
        | indicators::BOUNDARY
        | indicators::METERING
        | indicators::NO_MAJOR_INCIDENT => Some(IndicatorKind::Eligibility),
        indicators::CARBON_PER_ENERGY => Some(IndicatorKind::Core),
        guiding::CLEAN_ENERGY_SHARE
        | guiding::PRODUCT_ENERGY
        | guiding::SOLID_WASTE
        | guiding::WASTE_ENERGY
        | guiding::WATER_REUSE => Some(IndicatorKind::Guiding),
        indicators::ENERGY_CONSUMPTION | indicators::CO2_EMISSIONS => {
            Some(IndicatorKind::Informative)
        }
        _ => None,
    }
}

fn all_parks(threshold: Threshold) -> Vec<BandedThreshold> {
    vec![BandedThreshold {
        applies_when: text("所有园区", "every park"),
        threshold,
    }]
}

fn indicator(
    id: &str,
    title: Text,
    unit: &str,
    thresholds: Vec<BandedThreshold>,
    description: Text,
) -> Indicator {
    Indicator {
        id: id.to_owned(),
        title,
        // Every id here has a kind; informative is the harmless fallback.
        kind: kind_of(id).unwrap_or(IndicatorKind::Informative),
        unit: unit.to_owned(),
        thresholds,
        description,
    }
}

fn indicators() -> Vec<Indicator> {
    let band = |zh: &str, en: &str, limit: f64| BandedThreshold {
        applies_when: text(zh, en),
        threshold: Threshold::AtMost(limit),
    };
    vec![
        indicator(
            indicators::ZONE_LEVEL,
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
            text(
                "单位能耗碳排放",
                "Carbon emissions per unit of energy consumption",
            ),
            CORE_UNIT,
            vec![
                band(
                    "200,000 ≤ E < 1,000,000 tce（E 为年综合能耗）",
                    "200,000 ≤ E < 1,000,000 tce (E: annual comprehensive energy consumption)",
                    MIDDLE_BAND_THRESHOLD,
                ),
                band(
                    "E ≥ 1,000,000 tce",
                    "E ≥ 1,000,000 tce",
                    UPPER_BAND_THRESHOLD,
                ),
                band(
                    "E < 200,000 tce（暂定参数 below-band-threshold）",
                    "E < 200,000 tce (provisional parameter below-band-threshold)",
                    BELOW_BAND_DEFAULT_THRESHOLD,
                ),
            ],
            text(
                "园区二氧化碳排放量 ÷ 园区综合能耗（附件3核心指标，一票否决）；档位按同一综合能耗选取，按全数值比较",
                "Park CO2 emissions ÷ park comprehensive energy consumption (core indicator of attachment 3, one-vote veto); the band is chosen on the same energy consumption, compared on the full value",
            ),
        ),
        indicator(
            guiding::CLEAN_ENERGY_SHARE,
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
            text("工业用水重复利用率", "Industrial water reuse rate"),
            "%",
            all_parks(threshold_of(guiding::WATER_REUSE)),
            text(
                "重复用水量 ÷（重复用水量 + 新鲜水取水量）（引导性指标）",
                "Water reused ÷ (reused + fresh intake) (guiding)",
            ),
        ),
        indicator(
            indicators::ENERGY_CONSUMPTION,
            text("综合能耗", "Comprehensive energy consumption"),
            "tce",
            all_parks(Threshold::Unbounded),
            text(
                "电力、热力净输入与化石能源消费折标准煤之和（GB/T 2589）",
                "Net electricity and heat inflow and fossil fuel use in standard coal (GB/T 2589)",
            ),
        ),
        indicator(
            indicators::CO2_EMISSIONS,
            text("二氧化碳排放量", "CO2 emissions"),
            "tCO2",
            all_parks(Threshold::Unbounded),
            text(
                "化石能源燃烧、净调入电力和热力、工业生产过程的二氧化碳排放（附件4）",
                "CO2 from fossil fuel combustion, net inflow of electricity and heat, and industrial processes (attachment 4)",
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
const QUANTITIES: [(&str, &str, bool, &str, &str); 16] = [
    (keys::GRID_PURCHASED, "MWh", true, "电网购入电量（含绿电交易电量；没有则填 0）", "Electricity received from the public grid, green power trading included (zero if none)"),
    (keys::GREEN_TRADED, "MWh", false, "绿电交易电量（电网购入电量的一部分）", "Green power trading (part of grid purchased)"),
    (keys::GREEN_CERTIFICATES, "MWh", false, "非绑定绿证对应电量（与绿电交易绑定的绿证、园区自发电出售的绿证不计）", "Electricity covered by unbundled green certificates (not those bundled with traded green power, nor those sold from on-site generation)"),
    (keys::DIRECT_GREEN, "MWh", false, "绿电直连供电量", "Green electricity through direct supply lines"),
    (keys::ON_SITE_RENEWABLE, "MWh", false, "园区内可再生能源自发自用电量", "Renewable electricity generated and used inside the park"),
    (keys::EXPORTED, "MWh", false, "园区外送电量", "Electricity sent out of the park"),
    (keys::HEAT_PURCHASED, "GJ", false, "外购热力", "Heat received from outside the park"),
    (keys::HEAT_EXPORTED, "GJ", false, "外供热力", "Heat sent out of the park"),
    (keys::PROCESS_EMISSIONS, "tCO2", false, "工业生产过程二氧化碳排放", "CO2 from industrial processes"),
    (keys::WASTE_GENERATED, "t", false, "一般工业固体废物产生量", "Industrial solid waste generated"),
    (keys::WASTE_UTILISED, "t", false, "一般工业固体废物综合利用量（含利用往年贮存量）", "Industrial solid waste utilised (earlier stock utilised included)"),
    (keys::WASTE_PRIOR_STOCK_UTILISED, "t", false, "综合利用往年贮存量", "Solid waste stored in earlier years and utilised this year"),
    (keys::WASTE_ENERGY_RECOVERABLE, "GJ", false, "余热余冷余压可回收量", "Recoverable waste heat, cold and pressure"),
    (keys::WASTE_ENERGY_RECOVERED, "GJ", false, "余热余冷余压回收利用量", "Waste heat, cold and pressure recovered and used"),
    (keys::WATER_FRESH_INTAKE, "m3", false, "工业新鲜水取水量", "Industrial fresh water intake"),
    (keys::WATER_REUSED, "m3", false, "工业重复用水量", "Industrial water reused"),
];

/// Declared profile facts: key, zh, en.
#[rustfmt::skip]
const PROFILE: [(&str, &str, &str); 5] = [
    (keys::ZONE_LEVEL, "开发区级别（national、provincial、municipal、other）", "Level of the development zone (national, provincial, municipal, other)"),
    (keys::EMERGING_INDUSTRY_PARK, "经省级人民政府批准的新兴产业园区", "Emerging-industry park approved by the provincial government"),
    (keys::BOUNDARY_DEFINED, "园区（或园中园）边界清晰", "Whole park or park-within-park with a defined boundary"),
    (keys::METERING, "具备能源、碳排放统计计量基础", "Existing energy and carbon statistics and metering base"),
    (keys::MAJOR_INCIDENT, "近三年发生重大安全、环保、质量事故", "Major safety, environmental or quality incident in the last 3 years"),
];

fn requirements(describe: bool) -> Vec<DataRequirement> {
    let req = |key: String, unit: &str, required: bool, description: Text| DataRequirement {
        key,
        unit: unit.to_owned(),
        required,
        description,
    };
    let words = |zh: &str, en: &str| if describe { text(zh, en) } else { text("", "") };
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
    r
}

fn fuel_use_text(fuel: &crate::coefficients::Fuel, use_: FuelUse) -> Text {
    let (zh_note, en_note) = match use_ {
        FuelUse::Conversion => (
            "；按投入产出碳平衡核算",
            "; accounted as a carbon balance of inputs and outputs",
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
            "；单独列出，不计入能耗和排放",
            "; listed separately, counted in neither energy nor emissions",
        ),
        _ => ("", ""),
    };
    text(
        format!("{}（{}）{zh_note}", fuel.zh, use_.zh()),
        format!("{}, {} use{en_note}", fuel.en, use_.id()),
    )
}
