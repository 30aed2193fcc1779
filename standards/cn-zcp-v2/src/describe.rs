//! The draft's self-description: cn-zcp 1.0.0's indicators, requirements
//! and parameters, with what the draft changes: its status and title, the
//! core bands, the small-park and band-edge parameters, the guiding
//! indicators' weight in the score, the tiers and the maximum score.

use cn_zcp::guiding;
use cn_zcp::indicators::{Band, CARBON_PER_ENERGY};
use zcp_sdk::{BandedThreshold, Indicator, StandardInfo, Status, Threshold, text};

use crate::bands::DraftBands;
use crate::params::{self, BAND_EDGE, SMALL_PARK_THRESHOLD};
use crate::tiers;

/// The standard id: the same standard as 1.0.0, a later version.
pub const ID: &str = cn_zcp::describe::ID;
/// The version this crate encodes: a pre-release, so that `cn-zcp@1` never
/// picks it; ask for it by name (`cn-zcp@2.0.0-draft.1`).
pub const VERSION: &str = "2.0.0-draft.1";

/// The full description.
pub fn info() -> StandardInfo {
    let base = cn_zcp::describe::info();
    StandardInfo {
        id: ID.to_owned(),
        version: VERSION.to_owned(),
        title: text(
            "国家级零碳园区标准（示例性草案，非正式文本）",
            "National zero-carbon park standard (illustrative draft, not an official text)",
        ),
        issuer: text(
            "zcp 项目示例（非官方；正式国家标准尚未发布）",
            "zcp project, for illustration (not official; the national standard is not published)",
        ),
        source: text(
            "无正式文本：国家标准《零碳产业园区建设导则》（计划号 20231975-T-469）尚未发布。本示例性草案以《关于开展零碳园区建设的通知》（发改环资〔2025〕910号）附件1（基本条件）、附件3《国家级零碳园区建设指标体系（试行）》、附件4《零碳园区碳排放核算方法（试行）》的指标为基础，将试行文本的未决之处定为参数，并加上示例性分级",
            "No official text exists: the national standard 《零碳产业园区建设导则》 (plan 20231975-T-469) is not published. This illustrative draft is built on the indicators of the notice 发改环资〔2025〕910号, attachment 1 (basic conditions), attachment 3 (national zero-carbon park construction indicator system, trial) and attachment 4 (carbon emission accounting method, trial), settles the trial text's open points as parameters and adds an illustrative tier ladder",
        ),
        jurisdiction: "CN".to_owned(),
        status: Status::Draft,
        effective: None,
        extends: None,
        indicators: indicators(base.indicators),
        requires: base.requires,
        parameters: params::declared(),
        defines: vec![],
        tiers: tiers::declared(),
        max_score: Some(tiers::MAX_SCORE),
    }
}

/// cn-zcp's indicators, ids and kinds unchanged, with the draft's core
/// bands and the guiding indicators' part in the score.
fn indicators(base: Vec<Indicator>) -> Vec<Indicator> {
    let bands = DraftBands::defaults();
    base.into_iter()
        .map(|mut i| {
            if i.id == CARBON_PER_ENERGY {
                i.thresholds = [Band::Middle, Band::Upper, Band::Below]
                    .into_iter()
                    .map(|b| BandedThreshold {
                        applies_when: bands.applies_when(b),
                        threshold: Threshold::AtMost(b.threshold(bands.small_park_threshold)),
                    })
                    .collect();
                i.description.zh.push_str(&format!(
                    "。本草案：E < 200,000 tce 为声明的小型园区档，限值为参数 {SMALL_PARK_THRESHOLD}；E 恰为 1,000,000 tce（试行文本两档重叠处）的档位为参数 {BAND_EDGE}，默认 upper（0.30）"
                ));
                i.description.en.push_str(&format!(
                    ". The draft: E < 200,000 tce is a declared small-park band, threshold the parameter {SMALL_PARK_THRESHOLD}; the band of exactly 1,000,000 tce, where the trial's printed bands overlap, is the parameter {BAND_EDGE}, default upper (0.30)"
                ));
            } else if guiding::ALL.contains(&i.id.as_str()) {
                i.weight = Some(1.0);
                i.description.zh.push_str(
                    "；示例性分级：达到引导值或园区说明不适用计 1 分（不影响结论）",
                );
                i.description.en.push_str(
                    "; illustrative tier score: 1 point when it meets its value or does not apply with the park's stated reason (never changes the verdict)",
                );
            }
            i
        })
        .collect()
}
