//! The standard's self-description: metadata, indicators with their kinds
//! and their thresholds for every stage and band, data requirements and
//! parameters.

use std::sync::LazyLock;

use cn_zcp::guiding::{
    CLEAN_ENERGY_SHARE, DIRECT_GREEN_SUPPLY, PRODUCT_ENERGY, SOLID_WASTE, WASTE_ENERGY, WATER_REUSE,
};
use cn_zcp::indicators::{
    self as national, BOUNDARY, CARBON_PER_ENERGY, CO2_EMISSIONS, CORE_UNIT, ENERGY_CONSUMPTION,
    METERING, NO_MAJOR_INCIDENT, ZONE_LEVEL,
};
use cn_zcp::keys;
use zcp_sdk::{
    BandedThreshold, DataRequirement, Indicator, IndicatorKind, StandardInfo, Status, Text,
    Threshold, text,
};

use crate::guiding::stage_minimum;
use crate::params;
use crate::revenue::{REVENUE, REVENUE_GROWTH, REVENUE_UNIT, growth_condition};
use crate::stage::{SizeBand, Stage, below_floor_condition};

/// The standard id.
pub const ID: &str = "cn-hn-zcp";
/// The version this crate encodes.
pub const VERSION: &str = "1.0.0";

/// The full description.
pub fn info() -> StandardInfo {
    StandardInfo {
        id: ID.to_owned(),
        version: VERSION.to_owned(),
        title: text(
            "湖南省零碳园区建设方案（暂行）",
            "Hunan province zero-carbon park construction scheme (interim)",
        ),
        issuer: text(
            "湖南省工业和信息化厅（文号 湘工信节能）",
            "Hunan Provincial Department of Industry and Information Technology (document prefix 湘工信节能)",
        ),
        source: text(
            "《湖南省零碳园区建设方案（暂行）》（湘工信节能〔2025〕467号）及其附表；碳排放与能耗按《关于开展零碳园区建设的通知》（发改环资〔2025〕910号）附件3 二.1、附件4 核算",
            "Hunan province zero-carbon park construction scheme (interim) (湘工信节能〔2025〕467号) and its annex table; emissions and energy accounted by the national notice (发改环资〔2025〕910号), attachment 3 二.1 and attachment 4",
        ),
        jurisdiction: "CN-HN".to_owned(),
        status: Status::Trial,
        effective: Some("2025-12-24".to_owned()),
        // It reuses cn-zcp's accounting as a library; its bands and floor
        // differ, so it does not extend cn-zcp.
        extends: None,
        indicators: indicators(),
        requires: requires(),
        parameters: params::declared(),
        // Every key it reads is in the shared dictionary.
        defines: vec![],
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

/// The kind the indicator `id` is declared with in [`info`]; an undeclared
/// id gets `informative`, which never decides a verdict (the evaluation
/// refuses it as `internal`).
pub fn kind_of(id: &str) -> IndicatorKind {
    KINDS
        .iter()
        .find(|(declared, _)| declared == id)
        .map_or(IndicatorKind::Informative, |(_, kind)| *kind)
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

fn all_parks(threshold: Threshold) -> Vec<BandedThreshold> {
    vec![BandedThreshold {
        applies_when: text("所有园区", "every park"),
        threshold,
    }]
}

/// One threshold per stage, `≥` the stage's minimum of guiding indicator `id`.
fn staged(id: &str) -> Vec<BandedThreshold> {
    Stage::ALL
        .into_iter()
        .filter_map(|stage| {
            stage_minimum(id, stage).map(|min| BandedThreshold {
                applies_when: stage.applies_when(),
                threshold: Threshold::AtLeast(min),
            })
        })
        .collect()
}

/// The core thresholds: each stage of the lower band, each stage of the
/// upper band, then below the floor.
fn core_thresholds() -> Vec<BandedThreshold> {
    let mut bands = Vec::new();
    for band in [SizeBand::Lower, SizeBand::Upper] {
        for stage in Stage::ALL {
            if let Some(max) = band.core_threshold(stage) {
                bands.push(BandedThreshold {
                    applies_when: band.applies_when(stage),
                    threshold: Threshold::AtMost(max),
                });
            }
        }
    }
    bands.push(BandedThreshold {
        applies_when: SizeBand::Below.applies_when(Stage::S2027),
        threshold: Threshold::Qualitative(below_floor_condition()),
    });
    bands
}

/// The guiding description's tail: what a stage is.
const STAGED_ZH: &str = "按阶段取限值（附表，暂定）；引导性指标，不影响结论（湖南方案是否作为门槛未知，暂按国家通知处理）";
const STAGED_EN: &str = "threshold by stage (annex table, provisional); guiding: never changes the verdict (whether the Hunan scheme gates on it is unknown; treated as the national notice does)";

/// The indicators, each with its kind: the one place a kind is stated.
fn indicators() -> Vec<Indicator> {
    use IndicatorKind::{Core, Eligibility, Guiding, Informative};
    let basic = || {
        text(
            "申报基本条件：沿用国家通知附件1（湖南方案自身的条件未读到，暂定）",
            "Basic condition for application: the national notice's attachment 1 (the Hunan scheme's own conditions were not read; provisional)",
        )
    };
    vec![
        indicator(
            ZONE_LEVEL,
            Eligibility,
            text("园区级别", "Zone level"),
            "",
            all_parks(Threshold::Qualitative(national::zone_level_condition())),
            basic(),
        ),
        indicator(
            BOUNDARY,
            Eligibility,
            text("园区边界", "Park boundary"),
            "",
            all_parks(Threshold::Qualitative(national::boundary_condition())),
            basic(),
        ),
        indicator(
            METERING,
            Eligibility,
            text("能碳统计计量基础", "Energy and carbon metering"),
            "",
            all_parks(Threshold::Qualitative(national::metering_condition())),
            basic(),
        ),
        indicator(
            NO_MAJOR_INCIDENT,
            Eligibility,
            text("近三年无重大事故", "No major incident in 3 years"),
            "",
            all_parks(Threshold::Qualitative(
                national::no_major_incident_condition(),
            )),
            basic(),
        ),
        indicator(
            CARBON_PER_ENERGY,
            Core,
            text(
                "单位能耗碳排放",
                "Carbon emissions per unit of energy consumption",
            ),
            CORE_UNIT,
            core_thresholds(),
            text(
                "园区二氧化碳排放量 ÷ 园区综合能耗，按国家通知附件4 核算（电力按等价值，附件3 二.1）；限值按阶段（参数 stage，默认按评价年度）和综合能耗档位取自附表（暂定）；综合能耗低于 20,000 tce 的园区不适用本方案；按全数值比较",
                "Park CO2 emissions ÷ park comprehensive energy consumption, accounted by the national notice's attachment 4 (electricity at its equal value, attachment 3 二.1); the threshold by stage (parameter stage, by default the assessment year's) and by energy band, from the annex table (provisional); the scheme does not apply below 20,000 tce; compared on the full value",
            ),
        ),
        indicator(
            REVENUE_GROWTH,
            Core,
            text(
                "技工贸总收入同比增长",
                "Year-on-year growth of technology, industry and trade revenue",
            ),
            "%",
            all_parks(Threshold::Qualitative(growth_condition())),
            text(
                "评价窗口（评价年度及之前共 revenue-years 年）内每年技工贸总收入同比增长率 (R_Y − R_{Y−1}) ÷ R_{Y−1} × 100 均须 > 0 %；数值为最低增长率。正文要求收入逐年增长，将其作为否决项为暂定",
                "Every year-on-year growth (R_Y − R_{Y−1}) ÷ R_{Y−1} × 100 of technology, industry and trade revenue in the window (the assessment year and the years before it, revenue-years in all) must be > 0 %; the value is the lowest growth. The main text asks for growing revenue; treating it as a veto is provisional",
            ),
        ),
        indicator(
            CLEAN_ENERGY_SHARE,
            Guiding,
            text(
                "清洁能源消费占比",
                "Clean energy share of energy consumption",
            ),
            "%",
            staged(CLEAN_ENERGY_SHARE),
            text(
                format!(
                    "清洁能源消费量 ÷ 综合能耗，按国家通知口径（参数 clean-energy-definition）；{STAGED_ZH}"
                ),
                format!(
                    "Clean energy ÷ comprehensive energy consumption, as the national notice counts it (parameter clean-energy-definition); {STAGED_EN}"
                ),
            ),
        ),
        indicator(
            PRODUCT_ENERGY,
            Guiding,
            text(
                "主要产品单位能耗达到能耗限额标准二级",
                "Unit energy use of main products at level 2 of the limit standards",
            ),
            "%",
            all_parks(Threshold::AtMost(cn_zcp::guiding::PRODUCT_LEVEL_2_MAX)),
            text(
                "逐个产品将单位产品能耗与国家单位产品能源消耗限额标准二级限值比较（引导性指标，不影响结论）；数值为最差产品占其二级限值的百分比",
                "Each product's unit energy use compared with level 2 (二级) of its national energy-consumption-limit standard (guiding: never changes the verdict); the value is the worst product, in % of its level-2 value",
            ),
        ),
        indicator(
            SOLID_WASTE,
            Guiding,
            text(
                "工业固体废物综合利用率",
                "Industrial solid waste comprehensive utilisation rate",
            ),
            "%",
            staged(SOLID_WASTE),
            text(
                format!("综合利用量 ÷（产生量 + 综合利用往年贮存量）；{STAGED_ZH}"),
                format!("Utilised ÷ (generated + earlier stock utilised); {STAGED_EN}"),
            ),
        ),
        indicator(
            WASTE_ENERGY,
            Guiding,
            text(
                "余热/余冷/余压综合利用率",
                "Waste heat, cold and pressure utilisation rate",
            ),
            "%",
            staged(WASTE_ENERGY),
            text(
                format!("余热余冷余压回收利用量 ÷ 可回收量；{STAGED_ZH}"),
                format!("Recovered ÷ recoverable waste heat, cold and pressure; {STAGED_EN}"),
            ),
        ),
        indicator(
            WATER_REUSE,
            Guiding,
            text("工业用水重复利用率", "Industrial water reuse rate"),
            "%",
            staged(WATER_REUSE),
            text(
                format!("重复用水量 ÷（重复用水量 + 新鲜水取水量）；{STAGED_ZH}"),
                format!("Water reused ÷ (reused + fresh intake); {STAGED_EN}"),
            ),
        ),
        indicator(
            ENERGY_CONSUMPTION,
            Informative,
            text("综合能耗", "Comprehensive energy consumption"),
            "tce",
            all_parks(Threshold::Unbounded),
            text(
                "按国家通知核算：电力（按等价值，附件3 二.1）、热力净受入与化石能源消费折标准煤之和；选取档位所用的同一数值",
                "As the national notice accounts it: net electricity (at its equal value, attachment 3 二.1) and heat inflow and fossil fuel use in standard coal; the same figure chooses the band",
            ),
        ),
        indicator(
            CO2_EMISSIONS,
            Informative,
            text("二氧化碳排放量", "CO2 emissions"),
            "tCO2",
            all_parks(Threshold::Unbounded),
            text(
                "按国家通知附件4 核算的二氧化碳排放（燃料、加工转换、电力与热力净受入、工业生产过程）",
                "CO2 as the national notice's attachment 4 accounts it (fuels, energy conversion, net electricity and heat inflow, industrial processes)",
            ),
        ),
    ]
}

/// Every data key the standard declares, with its unit and description.
pub fn requires() -> Vec<DataRequirement> {
    requirements(cn_zcp::describe::requires(), true)
}

/// The same requirements without their descriptions: what an evaluation
/// needs (keys, units, order).
pub fn requirement_keys() -> Vec<DataRequirement> {
    requirements(cn_zcp::describe::requirement_keys(), false)
}

/// cn-zcp's requirements (the national accounting, the eligibility facts,
/// the guiding data), without the direct-supply principle this scheme does
/// not report, then the revenue.
fn requirements(national: Vec<DataRequirement>, describe: bool) -> Vec<DataRequirement> {
    let skipped = keys::not_applicable(DIRECT_GREEN_SUPPLY);
    let mut r: Vec<DataRequirement> = national.into_iter().filter(|r| r.key != skipped).collect();
    r.push(DataRequirement {
        key: REVENUE.to_owned(),
        unit: REVENUE_UNIT.to_owned(),
        required: true,
        description: if describe {
            text(
                "技工贸总收入（评价年度及之前各年，按年填报），用于同比增长",
                "Technology, industry and trade revenue (the assessment year and the years before it, one value a year), for its year-on-year growth",
            )
        } else {
            text("", "")
        },
    });
    r
}
