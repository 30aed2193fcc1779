//! The scheme's provisional figures and readings, as assumptions of every
//! report: each figure of the annex table (reported, not read), the stage
//! applied, and how the main text's requirements are classified.

use cn_zcp::display::{amount, limit};
use zcp_sdk::{Assumption, Text, text};

use crate::stage::{
    CLEAN_ENERGY_SHARE_MIN, CORE_LOWER_BAND, CORE_UPPER_BAND, SIZE_FLOOR_TCE, SOLID_WASTE_MIN,
    Stage, StageChoice, UPPER_BAND_TCE, WASTE_ENERGY_MIN, WATER_REUSE_MIN,
};

fn assumption(name: &str, value: String, provisional: bool, description: Text) -> Assumption {
    Assumption {
        name: name.to_owned(),
        value,
        provisional,
        description,
    }
}

/// `2027 ≤ 1.00, 2030 ≤ 0.70, 2035 ≤ 0.30 tCO2/tce (applied: 2030)`.
fn by_stage(
    table: [f64; 3],
    sign: &str,
    unit: &str,
    applied: Stage,
    fmt: fn(f64) -> String,
) -> String {
    let stages: Vec<String> = Stage::ALL
        .iter()
        .map(|s| format!("{} {sign} {}", s.id(), fmt(table[s.index()])))
        .collect();
    format!("{} {unit} (applied: {})", stages.join(", "), applied.id())
}

/// The assumptions of the scheme, for the stage `choice` applied.
pub fn scheme(choice: &StageChoice) -> Vec<Assumption> {
    const TABLE_ZH: &str = "附表数值，据报道，原文未读到（暂定）";
    const TABLE_EN: &str = "a figure of the annex table, reported but not read (provisional)";
    let stage = choice.stage;
    let reason = choice.reason();
    let percent = |v: f64| amount(v);
    vec![
        assumption(
            "stage-applied",
            stage.id().to_owned(),
            // A stage the evaluator named is their decision; `auto` is this
            // project's reading of the table's columns.
            !choice.given,
            text(
                format!("适用的阶段：{}", reason.zh),
                format!("The stage applied: {}", reason.en),
            ),
        ),
        assumption(
            "size-floor",
            format!("{} tce", amount(SIZE_FLOOR_TCE)),
            true,
            text(
                format!("方案档位的起点：年综合能耗低于该值的园区不适用本方案；{TABLE_ZH}"),
                format!(
                    "Where the scheme's bands start: it does not apply to a park below it; {TABLE_EN}"
                ),
            ),
        ),
        assumption(
            "upper-band-edge",
            format!("{} tce", amount(UPPER_BAND_TCE)),
            true,
            text(
                format!("两档分界；恰为 1,000,000 tce 的园区按上档（与 cn-zcp 一致）；{TABLE_ZH}"),
                format!(
                    "The edge of the two bands; exactly 1,000,000 tce takes the upper band (as cn-zcp does); {TABLE_EN}"
                ),
            ),
        ),
        assumption(
            "core-threshold.20000-1000000",
            by_stage(CORE_LOWER_BAND, "≤", "tCO2/tce", stage, limit),
            true,
            text(
                format!("20,000 ≤ E < 1,000,000 tce 园区的单位能耗碳排放限值；{TABLE_ZH}"),
                format!("Core threshold of parks of 20,000 ≤ E < 1,000,000 tce; {TABLE_EN}"),
            ),
        ),
        assumption(
            "core-threshold.1000000-up",
            by_stage(CORE_UPPER_BAND, "≤", "tCO2/tce", stage, limit),
            true,
            text(
                format!("E ≥ 1,000,000 tce 园区的单位能耗碳排放限值；{TABLE_ZH}"),
                format!("Core threshold of parks of E ≥ 1,000,000 tce; {TABLE_EN}"),
            ),
        ),
        assumption(
            "guiding.clean-energy-share",
            by_stage(CLEAN_ENERGY_SHARE_MIN, "≥", "%", stage, percent),
            true,
            text(
                format!("清洁能源消费占比引导值；{TABLE_ZH}"),
                format!("Clean energy share, guiding value; {TABLE_EN}"),
            ),
        ),
        assumption(
            "guiding.solid-waste-utilisation",
            by_stage(SOLID_WASTE_MIN, "≥", "%", stage, percent),
            true,
            text(
                format!("工业固体废物综合利用率引导值；{TABLE_ZH}"),
                format!("Industrial solid waste utilisation, guiding value; {TABLE_EN}"),
            ),
        ),
        assumption(
            "guiding.waste-energy-utilisation",
            by_stage(WASTE_ENERGY_MIN, "≥", "%", stage, percent),
            true,
            text(
                format!("余热/余冷/余压综合利用率引导值；{TABLE_ZH}"),
                format!("Waste heat, cold and pressure utilisation, guiding value; {TABLE_EN}"),
            ),
        ),
        assumption(
            "guiding.water-reuse",
            by_stage(WATER_REUSE_MIN, "≥", "%", stage, percent),
            true,
            text(
                format!("工业用水重复利用率引导值；{TABLE_ZH}"),
                format!("Industrial water reuse, guiding value; {TABLE_EN}"),
            ),
        ),
        assumption(
            "revenue-growth-kind",
            "core".to_owned(),
            true,
            text(
                "正文要求技工贸总收入逐年增长；本项目将其作为否决项（core），其性质未经原文确认",
                "The main text asks for technology, industry and trade revenue growing year on year; this project makes it a veto (core), a classification no text confirms",
            ),
        ),
        assumption(
            "guiding-kind",
            "guiding".to_owned(),
            true,
            text(
                "附表的清洁能源、固废、余热余冷余压、用水与产品能耗指标不影响结论（同国家通知）；湖南方案是否作为门槛未知",
                "The annex table's clean energy, solid waste, waste heat, water and product indicators never change the verdict (as in the national notice); whether the Hunan scheme gates on them is unknown",
            ),
        ),
        assumption(
            "eligibility",
            "national (910号 附件1)".to_owned(),
            true,
            text(
                "申报基本条件沿用国家通知附件1；湖南方案自身的条件未读到",
                "The basic conditions are the national notice's attachment 1; the Hunan scheme's own conditions were not read",
            ),
        ),
    ]
}
