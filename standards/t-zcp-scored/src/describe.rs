//! The standard's self-description: metadata, the indicators (cn-zcp's,
//! the seven scored ones with their weights), the data it reads (cn-zcp's),
//! the parameters and the tiers.

use std::sync::LazyLock;

use zcp_sdk::{BandedThreshold, Indicator, IndicatorKind, StandardInfo, Status, Text, text};

use crate::params;
use crate::scoring::{Direction, Spec, Target, specs};
use crate::tiers::{self, MAX_SCORE};

/// The standard id.
pub const ID: &str = "t-zcp-scored";
/// The version this crate encodes.
pub const VERSION: &str = "1.0.0";

/// The full description.
pub fn info() -> StandardInfo {
    StandardInfo {
        id: ID.to_owned(),
        version: VERSION.to_owned(),
        title: text(
            "零碳园区评分分级团体标准（示意，仿 T/CECA-G 0344-2025、T/DZJN 458-2025、T/HBAS 244-2025）",
            "Scored, tiered zero-carbon park group standard (illustrative, modelled on T/CECA-G 0344-2025, T/DZJN 458-2025, T/HBAS 244-2025)",
        ),
        issuer: text(
            "zcp 项目（示意标准，非上述团体标准的发布机构）",
            "The zcp project (an illustrative standard, not issued by the bodies of those group standards)",
        ),
        source: text(
            "示意：团体标准 T/CECA-G 0344-2025、T/DZJN 458-2025、T/HBAS 244-2025 对园区评分分级，但未找到其公开的权重与分级分值；指标、目标值、核算与申报基本条件沿用《关于开展零碳园区建设的通知》（发改环资〔2025〕910号）附件1、附件3、附件4",
            "Illustrative: the group standards T/CECA-G 0344-2025, T/DZJN 458-2025 and T/HBAS 244-2025 score and tier parks, but no weights or cut-offs of theirs were published or found; the indicators, targets, accounting and basic conditions follow the notice 发改环资〔2025〕910号, attachments 1, 3 and 4",
        ),
        jurisdiction: "CN".to_owned(),
        status: Status::Draft,
        effective: None,
        extends: None,
        indicators: indicators(),
        // Exactly cn-zcp's, in its order: its evaluation reads them from
        // `declared` by position.
        requires: cn_zcp::describe::requires(),
        parameters: params::declared(),
        // Every key it reads is in the shared dictionary.
        defines: vec![],
        tiers: tiers::declared(),
        max_score: Some(MAX_SCORE),
    }
}

/// Every declared indicator id with its kind, built once per instance.
static KINDS: LazyLock<Vec<(String, IndicatorKind)>> =
    LazyLock::new(|| indicators().into_iter().map(|i| (i.id, i.kind)).collect());

/// The kind indicator `id` is declared with, `None` when undeclared.
pub fn kind_of(id: &str) -> Option<IndicatorKind> {
    KINDS
        .iter()
        .find(|(declared, _)| declared == id)
        .map(|(_, kind)| *kind)
}

/// cn-zcp's indicators with the seven scored ones turned into `scored`
/// (the same ids, titles and units), in cn-zcp's order.
fn indicators() -> Vec<Indicator> {
    cn_zcp::describe::info()
        .indicators
        .into_iter()
        .map(|i| match specs().into_iter().find(|s| s.id == i.id) {
            Some(spec) => scored(i, &spec),
            None => i,
        })
        .collect()
}

fn scored(national: Indicator, spec: &Spec) -> Indicator {
    let thresholds = match spec.target {
        // The bands of the core indicator, as cn-zcp declares them.
        Target::NationalBand => national.thresholds,
        Target::Fixed(t) => vec![BandedThreshold {
            applies_when: text("所有园区", "every park"),
            threshold: spec.threshold(t),
        }],
    };
    let (group_zh, group_en) = if spec.target == Target::NationalBand {
        ("核心指标", "core indicator")
    } else {
        ("引导指标", "guiding indicators")
    };
    Indicator {
        kind: IndicatorKind::Scored,
        thresholds,
        description: description(&national.description, spec),
        group: Some(text(group_zh, group_en)),
        weight: Some(spec.default_weight),
        ..national
    }
}

/// The national definition, then the score.
fn description(national: &Text, spec: &Spec) -> Text {
    let (f, w, u) = (spec.default_floor, spec.default_weight, spec.unit);
    let (side_zh, side_en) = match spec.direction {
        Direction::HigherIsBetter => ("越高越好", "higher is better"),
        Direction::LowerIsBetter => ("越低越好", "lower is better"),
    };
    let (target_zh, target_en) = match spec.target {
        Target::NationalBand => (
            "目标值为园区所在档位的国家限值".to_owned(),
            "its target is the national threshold of the park's band".to_owned(),
        ),
        Target::Fixed(t) => (
            format!("目标值 {t} {u}（国家指标值）"),
            format!("its target {t} {u} (the national value)"),
        ),
    };
    text(
        format!(
            "{}。计分（{side_zh}）：{target_zh}，达到得满分；下限 {f} {u}（暂定参数 {}）得 0 分；其间线性插值；权重 {w}（暂定参数 {}）",
            national.zh,
            spec.floor_param(),
            spec.weight_param()
        ),
        format!(
            "{}. Scored ({side_en}): {target_en}, full points at or past it; no points at or short of the floor {f} {u} (provisional parameter {}); linear in between; weight {w} (provisional parameter {})",
            national.en,
            spec.floor_param(),
            spec.weight_param()
        ),
    )
}
