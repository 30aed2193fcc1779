//! The standard's self-description: metadata, the reference values with
//! their groups and weights, the data it reads, its parameters and the keys
//! it defines.

use zcp_sdk::{
    BandedThreshold, DataRequirement, Indicator, IndicatorKind, StandardInfo, Status, Threshold,
    text,
};

use cn_zcp::indicators::{CO2_EMISSIONS, ENERGY_CONSUMPTION};

use crate::keys;
use crate::params;
use crate::reference::{ENCODED, REFERENCES, Reference, SOLID_WASTE, WASTE_ENERGY, WATER_REUSE};

/// The standard id.
pub const ID: &str = "cn-js-zcp";
/// The version this crate encodes.
pub const VERSION: &str = "1.0.0";

/// The full description.
pub fn info() -> StandardInfo {
    StandardInfo {
        id: ID.to_owned(),
        version: VERSION.to_owned(),
        title: text(
            "江苏省（近）零碳产业园区建设指南（暂行）：绩效参考值",
            "Jiangsu (near-)zero-carbon industrial park construction guide (trial): reference values",
        ),
        issuer: text(
            "江苏省（发布机关未经核实）",
            "Jiangsu Province (issuing body not verified)",
        ),
        source: text(
            "《江苏省（近）零碳产业园区建设指南（暂行）》绩效参考值表（20 项、7 类；文号未查到）；碳排放按《关于开展零碳园区建设的通知》（发改环资〔2025〕910号）附件4 核算（暂定）",
            "Jiangsu (near-)zero-carbon industrial park construction guide (trial), table of reference values (20 values in 7 groups; document number not found); CO2 accounted by attachment 4 of the national notice 发改环资〔2025〕910号 (provisional)",
        ),
        jurisdiction: "CN-JS".to_owned(),
        status: Status::Trial,
        // The guide's issue date was not found (the earliest repost of its
        // table is dated 2024-07-16): no effective date is claimed.
        effective: None,
        // Reuses the national accounting as a library, not the national verdict.
        extends: None,
        indicators: indicators(),
        requires: requires(),
        parameters: params::declared(),
        defines: keys::defines(),
        // One point per reference value met, no tiers: the guide sets none.
        tiers: vec![],
        max_score: Some(ENCODED as f64),
    }
}

/// Whether `id` is declared, and with which kind.
pub fn kind_of(id: &str) -> Option<IndicatorKind> {
    if REFERENCES.iter().any(|r| r.id == id) {
        Some(IndicatorKind::Scored)
    } else if [ENERGY_CONSUMPTION, CO2_EMISSIONS].contains(&id) {
        Some(IndicatorKind::Informative)
    } else {
        None
    }
}

fn every_park(threshold: Threshold) -> Vec<BandedThreshold> {
    vec![BandedThreshold {
        applies_when: text("所有园区", "every park"),
        threshold,
    }]
}

fn scored(r: &Reference) -> Indicator {
    let (zh, en) = r.formula;
    let (inferred_zh, inferred_en) = match r.inferred {
        Some(i) => (
            format!("；口径为暂定：{}", i.zh),
            format!("; provisional definition: {}", i.en),
        ),
        None => (String::new(), String::new()),
    };
    Indicator {
        id: r.id.to_owned(),
        title: r.title(),
        kind: IndicatorKind::Scored,
        unit: r.unit.to_owned(),
        thresholds: every_park(r.threshold()),
        description: text(
            format!(
                "{zh}（指南参考值 {}，达到计 1 分，不设门槛）{inferred_zh}",
                r.number
            ),
            format!(
                "{en} (reference value {} of the guide: met scores 1, it does not gate){inferred_en}",
                r.number
            ),
        ),
        group: Some(r.group.title()),
        weight: Some(1.0),
    }
}

/// The indicators: the reference values in the guide's order, then the totals.
fn indicators() -> Vec<Indicator> {
    let mut out: Vec<Indicator> = REFERENCES.iter().map(scored).collect();
    let informative = |id: &str, zh: &str, en: &str, unit: &str, dzh: &str, den: &str| Indicator {
        id: id.to_owned(),
        title: text(zh, en),
        kind: IndicatorKind::Informative,
        unit: unit.to_owned(),
        thresholds: every_park(Threshold::Unbounded),
        description: text(dzh, den),
        group: None,
        weight: None,
    };
    out.push(informative(
        ENERGY_CONSUMPTION,
        "综合能耗（当量值）",
        "Comprehensive energy consumption (equivalent value)",
        "tce",
        "电力按当量值 0.1229 tce/MWh（江苏指南的方法；参数 electricity-conversion 可改为等价值，并非指南的方法）、热力净受入与化石能源消费折标准煤之和，加工转换按投入减产出（GB/T 2589）",
        "Net electricity at its equivalent value, 0.1229 tce/MWh (the Jiangsu guide's method; the parameter electricity-conversion may switch to the equal value, not the guide's method), net heat inflow and fossil fuel use in standard coal, energy conversion as inputs − outputs (GB/T 2589)",
    ));
    out.push(informative(
        CO2_EMISSIONS,
        "二氧化碳排放量",
        "CO2 emissions",
        "tCO2",
        "按国家《零碳园区碳排放核算方法（试行）》（发改环资〔2025〕910号 附件4）核算：化石燃料、加工转换、电力与热力净受入、工业生产过程（暂定：未读到江苏指南自身的核算方法）",
        "Accounted by the national method (发改环资〔2025〕910号 attachment 4): fossil fuels, energy conversion, net electricity and heat inflow, industrial processes (provisional: the Jiangsu guide's own accounting method was not read)",
    ));
    out
}

/// Every data key the standard declares, with its unit and description.
pub fn requires() -> Vec<DataRequirement> {
    requirements(cn_zcp::describe::requires(), true)
}

/// The same keys without descriptions: what an evaluation needs (keys,
/// units, order), without formatting a hundred texts.
pub fn requirement_keys() -> Vec<DataRequirement> {
    requirements(cn_zcp::describe::requirement_keys(), false)
}

/// Keys of cn-zcp's requirements this standard does not read: the
/// eligibility profile, products against their limit standards.
fn not_read(key: &str) -> bool {
    key.starts_with("park.") || key.starts_with("product.")
}

/// The stated reasons it reads: those of the three shared resource ids.
fn reason_read(key: &str) -> bool {
    [SOLID_WASTE, WATER_REUSE, WASTE_ENERGY]
        .iter()
        .any(|id| cn_zcp::keys::not_applicable(id) == key)
}

/// Its own requirements: key, unit, required, zh, en.
#[rustfmt::skip]
const OWN: [(&str, &str, bool, &str, &str); 7] = [
    (keys::INDUSTRIAL_VALUE_ADDED, "10^4 CNY", true, "工业增加值（两项单位工业增加值指标的分母）", "Industrial value added (the denominator of both intensities)"),
    (keys::REVENUE, "10^4 CNY", false, "技工贸总收入（绿色低碳研发投入强度的分母，暂定）", "Technology, industry and trade revenue (the denominator of the green R&D intensity, provisional)"),
    (keys::ENTERPRISE_COUNT, "1", false, "园区企业数量（绿色工厂占比的分母）", "Number of enterprises in the park (the denominator of the green factory share)"),
    (keys::GREEN_FACTORIES, "1", false, "获评绿色工厂或绿色供应链管理企业的企业数量", "Enterprises rated green factories or green supply-chain management enterprises"),
    (keys::VEHICLES, "1", false, "园区交通工具保有量", "Vehicles of the park"),
    (keys::VEHICLES_NEV, "1", false, "其中新能源、清洁能源动力交通工具", "Of which new-energy or clean-energy vehicles"),
    (keys::GREEN_RD_SPENDING, "10^4 CNY", false, "绿色低碳技术研究与试验发展经费支出", "R&D spending on green and low-carbon technology"),
];

fn requirements(national: Vec<DataRequirement>, describe: bool) -> Vec<DataRequirement> {
    let mut r: Vec<DataRequirement> = national
        .into_iter()
        .filter(|r| {
            !not_read(&r.key) && (!r.key.starts_with("not-applicable.") || reason_read(&r.key))
        })
        .collect();
    let words = |zh: &str, en: &str| {
        if describe { text(zh, en) } else { text("", "") }
    };
    for (key, unit, required, zh, en) in OWN {
        r.push(DataRequirement {
            key: key.to_owned(),
            unit: unit.to_owned(),
            required,
            description: words(zh, en),
        });
    }
    r
}
