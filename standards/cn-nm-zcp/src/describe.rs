//! The standard's self-description: metadata, the base it extends, its one
//! indicator, its parameter and its tiers.

use zcp_sdk::{BandedThreshold, Indicator, IndicatorKind, StandardInfo, Status, Threshold, text};

use crate::params::{self, REGIONAL_CORE_DEFAULT};
use crate::regional::{self, REGIONAL_CORE};
use crate::tier::{self, MAX_SCORE};

/// The standard id.
pub const ID: &str = "cn-nm-zcp";
/// The version this crate encodes.
pub const VERSION: &str = "1.0.0";
/// The base standard: the national indicators, which the plan keeps
/// unchanged for parks aiming at national status.
pub const EXTENDS: &str = "cn-zcp@^1";

/// The full description.
pub fn info() -> StandardInfo {
    StandardInfo {
        id: ID.to_owned(),
        version: VERSION.to_owned(),
        title: text(
            "内蒙古自治区零碳园区培育建设方案：自治区级零碳园区指标",
            "Inner Mongolia zero-carbon park cultivation and construction plan: regional-tier indicators",
        ),
        issuer: text(
            "内蒙古自治区发展和改革委员会、工业和信息化厅、能源局",
            "Inner Mongolia Autonomous Region Development and Reform Commission, Department of Industry and Information Technology, and Energy Administration",
        ),
        source: text(
            "《内蒙古自治区零碳园区培育建设方案》（2025年8月联合印发；文号与印发日期未查到）；国家级指标沿用《关于开展零碳园区建设的通知》（发改环资〔2025〕910号）附件1、3、4，由基础标准 cn-zcp 评价",
            "Inner Mongolia zero-carbon park cultivation and construction plan (《内蒙古自治区零碳园区培育建设方案》, issued jointly in August 2025; its number and exact date not found); the national indicators are those of 发改环资〔2025〕910号, attachments 1, 3 and 4, evaluated by the base standard cn-zcp",
        ),
        jurisdiction: "CN-NM".to_owned(),
        // A plan for the cultivation period, like the national trial system.
        status: Status::Trial,
        // The exact date of issue was not found (reported 2025-08-11).
        effective: None,
        extends: Some(EXTENDS.to_owned()),
        indicators: vec![regional_core()],
        // Every figure comes from the base's evaluation: no park data is read.
        requires: vec![],
        parameters: params::declared(),
        defines: vec![],
        tiers: tier::declared(),
        max_score: Some(MAX_SCORE),
    }
}

/// Whether `id` is an indicator declared in [`info`].
pub fn is_declared(id: &str) -> bool {
    id == REGIONAL_CORE
}

fn regional_core() -> Indicator {
    Indicator {
        id: REGIONAL_CORE.to_owned(),
        title: text(
            "单位能耗碳排放（自治区级）",
            "Carbon emissions per unit of energy consumption (regional tier)",
        ),
        kind: IndicatorKind::Core,
        unit: regional::UNIT.to_owned(),
        // The declared threshold is the parameter's default.
        thresholds: vec![BandedThreshold {
            applies_when: regional::applies_when(),
            threshold: Threshold::AtMost(REGIONAL_CORE_DEFAULT),
        }],
        description: text(
            "基础标准 cn-zcp 核算的单位能耗碳排放（附件4 核算，电力按等价值），不重新计算，与自治区级核心指标限值比较（《方案》：0.4–0.6 tCO2/tce；园区取值规则未公开，限值为参数 regional-core-threshold）；按全数值比较；未达到的园区不符合自治区级零碳园区要求",
            "The carbon emissions per unit of energy consumption the base standard cn-zcp accounts (attachment 4 accounting, electricity at its equal value), not recomputed, against the regional core threshold (the plan: 0.4–0.6 tCO2/tce; how a park's value is set is not public, so the threshold is the parameter regional-core-threshold); compared on the full value; a park that misses it does not meet the regional tier",
        ),
        group: None,
        weight: None,
    }
}
