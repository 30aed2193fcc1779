//! The results: eligibility conditions (附件1), the core indicator with its
//! bands and veto (附件3), and the informative totals (附件4).

use zcp_sdk::{EvaluationError, IndicatorResult, Outcome, ParkData, Text, Threshold, meets, text};

use crate::accounting::Breakdown;
use crate::bands::{CoreBands, TrialBands};
use crate::describe::kind_of;
use crate::display::{amount, intensity, key_list, limit};
use crate::explain;
use crate::keys;

/// Eligibility: zone at provincial level or above, or an approved emerging-industry park.
pub const ZONE_LEVEL: &str = "eligibility.zone-level";
/// Eligibility: whole park or park-within-park with a defined boundary.
pub const BOUNDARY: &str = "eligibility.boundary";
/// Eligibility: an energy and carbon statistics and metering base.
pub const METERING: &str = "eligibility.metering";
/// Eligibility: no major incident in the last 3 years.
pub const NO_MAJOR_INCIDENT: &str = "eligibility.no-major-incident";
/// Core indicator: carbon emissions per unit of energy consumption (单位能耗碳排放).
pub const CARBON_PER_ENERGY: &str = "core.carbon-per-energy";
/// Informative: comprehensive energy consumption.
pub const ENERGY_CONSUMPTION: &str = "info.energy-consumption";
/// Informative: CO2 emissions.
pub const CO2_EMISSIONS: &str = "info.co2-emissions";

/// Unit of the core indicator.
pub const CORE_UNIT: &str = "tCO2/tce";

/// Lower edge of the published bands, tce a year (附件3).
pub const BAND_LOWER_TCE: f64 = 200_000.0;
/// Edge between the two published bands, tce a year (附件3).
pub const BAND_UPPER_TCE: f64 = 1_000_000.0;
/// Core threshold for 200,000 ≤ E < 1,000,000 tce, tCO2/tce (附件3).
pub const MIDDLE_BAND_THRESHOLD: f64 = 0.20;
/// Core threshold for E ≥ 1,000,000 tce, tCO2/tce (附件3).
pub const UPPER_BAND_THRESHOLD: f64 = 0.30;
/// Default core threshold below 200,000 tce, tCO2/tce. Provisional: the notice
/// publishes no band there; the default applies the strictest band (DOMAIN.md §1, marked P).
pub const BELOW_BAND_DEFAULT_THRESHOLD: f64 = 0.20;

/// Which band takes a park of exactly 1,000,000 tce, where the two printed
/// bands of 附件3 overlap (20~100万 and 100万 and above tce).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BandEdge {
    /// The upper band, 0.30 tCO2/tce: the reading of cn-zcp 1.0.0 (provisional).
    Upper,
    /// The middle band, 0.20 tCO2/tce.
    Middle,
}

/// The size band of a park, by comprehensive energy consumption.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Band {
    /// E < 200,000 tce: no published band.
    Below,
    /// 200,000 ≤ E < 1,000,000 tce.
    Middle,
    /// E ≥ 1,000,000 tce.
    Upper,
}

impl Band {
    /// The band of `energy_tce` (the unrounded denominator of the
    /// indicator), exactly 1,000,000 tce in the upper band: cn-zcp 1.0.0.
    pub fn of(energy_tce: f64) -> Band {
        Band::of_with_edge(energy_tce, BandEdge::Upper)
    }

    /// The band of `energy_tce`, exactly 1,000,000 tce in the band `edge`
    /// names: how a successor settles the overlap of the printed bands.
    pub fn of_with_edge(energy_tce: f64, edge: BandEdge) -> Band {
        let at_edge_in_middle = edge == BandEdge::Middle && energy_tce <= BAND_UPPER_TCE;
        if energy_tce >= BAND_UPPER_TCE && !at_edge_in_middle {
            Band::Upper
        } else if energy_tce >= BAND_LOWER_TCE {
            Band::Middle
        } else {
            Band::Below
        }
    }

    /// The core threshold of this band, tCO2/tce.
    pub fn threshold(self, below_band_threshold: f64) -> f64 {
        match self {
            Band::Below => below_band_threshold,
            Band::Middle => MIDDLE_BAND_THRESHOLD,
            Band::Upper => UPPER_BAND_THRESHOLD,
        }
    }

    /// When this band applies, in the words `describe` declares
    /// (`applies-when`) and the core result reports (`band`).
    pub fn applies_when(self) -> Text {
        match self {
            Band::Middle => text(
                "200,000 ≤ E < 1,000,000 tce（E 为年综合能耗）",
                "200,000 ≤ E < 1,000,000 tce (E: annual comprehensive energy consumption)",
            ),
            Band::Upper => text("E ≥ 1,000,000 tce", "E ≥ 1,000,000 tce"),
            Band::Below => text(
                "E < 200,000 tce（暂定参数 below-band-threshold）",
                "E < 200,000 tce (provisional parameter below-band-threshold)",
            ),
        }
    }

    /// The band's energy range in a few characters, for the verdict summary.
    pub fn range(self) -> &'static str {
        match self {
            Band::Below => "< 200,000 tce",
            Band::Middle => "200,000–1,000,000 tce",
            Band::Upper => "≥ 1,000,000 tce",
        }
    }
}

/// The eligibility facts of the park profile.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Profile {
    /// `park.zone-level`.
    pub zone_level: Option<String>,
    /// `park.provincial-emerging-industry-park`.
    pub emerging_industry_park: Option<bool>,
    /// `park.boundary-defined`.
    pub boundary_defined: Option<bool>,
    /// `park.energy-carbon-metering`.
    pub metering: Option<bool>,
    /// `park.major-incident-3y`.
    pub major_incident: Option<bool>,
}

impl Profile {
    /// Read the facts from the park data.
    pub fn read(data: &dyn ParkData) -> Self {
        Profile {
            zone_level: data.text(keys::ZONE_LEVEL),
            emerging_industry_park: data.flag(keys::EMERGING_INDUSTRY_PARK),
            boundary_defined: data.flag(keys::BOUNDARY_DEFINED),
            metering: data.flag(keys::METERING),
            major_incident: data.flag(keys::MAJOR_INCIDENT),
        }
    }
}

/// The condition of `eligibility.zone-level`, in words.
pub fn zone_level_condition() -> Text {
    text(
        "省级及以上开发区，或经省级人民政府批准的新兴产业园区",
        "A development zone at provincial level or above, or an emerging-industry park approved by the provincial government",
    )
}

/// The condition of `eligibility.boundary`, in words.
pub fn boundary_condition() -> Text {
    text(
        "园区整体或园中园，边界清晰",
        "The whole park or a park-within-park, with a defined boundary",
    )
}

/// The condition of `eligibility.metering`, in words.
pub fn metering_condition() -> Text {
    text(
        "具备能源、碳排放统计计量基础",
        "An existing energy and carbon statistics and metering base",
    )
}

/// The condition of `eligibility.no-major-incident`, in words.
pub fn no_major_incident_condition() -> Text {
    text(
        "近三年未发生重大安全、环境事故或其他造成严重不良社会影响的事件（附件1）",
        "No major safety or environmental accident, nor other event of serious adverse social impact, in the last 3 years (attachment 1)",
    )
}

/// The four eligibility results; an unknown zone level is `invalid-data`.
pub fn eligibility(p: &Profile) -> Result<Vec<IndicatorResult>, EvaluationError> {
    Ok(vec![
        zone_level(p)?,
        flag_result(
            BOUNDARY,
            keys::BOUNDARY_DEFINED,
            p.boundary_defined,
            true,
            boundary_condition(),
        ),
        flag_result(
            METERING,
            keys::METERING,
            p.metering,
            true,
            metering_condition(),
        ),
        flag_result(
            NO_MAJOR_INCIDENT,
            keys::MAJOR_INCIDENT,
            p.major_incident,
            false,
            no_major_incident_condition(),
        ),
    ])
}

fn zone_level(p: &Profile) -> Result<IndicatorResult, EvaluationError> {
    let level = p.zone_level.as_deref();
    let emerging = p.emerging_industry_park;
    let level_zh = |l: &str| match l {
        "national" => "国家级",
        "provincial" => "省级",
        "municipal" => "市级",
        _ => "其他",
    };
    let mut used = Vec::new();
    if level.is_some() {
        used.push(keys::ZONE_LEVEL.to_owned());
    }
    if emerging.is_some() {
        used.push(keys::EMERGING_INDUSTRY_PARK.to_owned());
    }
    let emerging_text = match emerging {
        Some(true) => ("是", "yes"),
        Some(false) => ("否", "no"),
        None => ("未填报", "not given"),
    };
    let (outcome, missing, explanation) = match level {
        Some(l @ ("national" | "provincial" | "municipal" | "other")) => {
            let mut facts_zh = format!("开发区级别：{}（{l}）", level_zh(l));
            let mut facts_en = format!("zone level `{l}`");
            if emerging.is_some() {
                facts_zh.push_str(&format!("；省级批准的新兴产业园区：{}", emerging_text.0));
                facts_en.push_str(&format!(
                    "; provincially approved emerging-industry park: {}",
                    emerging_text.1
                ));
            }
            if matches!(l, "national" | "provincial") || emerging == Some(true) {
                (
                    Outcome::Pass,
                    vec![],
                    text(
                        format!("{facts_zh}：符合"),
                        format!("{facts_en}: condition met"),
                    ),
                )
            } else {
                (
                    Outcome::Fail,
                    vec![],
                    text(
                        format!(
                            "{facts_zh}：不符合（须为省级及以上开发区或经省级批准的新兴产业园区）"
                        ),
                        format!(
                            "{facts_en}: condition not met (provincial level or above, or a provincially approved emerging-industry park, is required)"
                        ),
                    ),
                )
            }
        }
        Some(other) => {
            return Err(EvaluationError::InvalidData(format!(
                "`{}` is `{other}` (expected national, provincial, municipal or other)",
                keys::ZONE_LEVEL
            )));
        }
        None if emerging == Some(true) => (
            Outcome::Pass,
            vec![],
            text(
                "经省级人民政府批准的新兴产业园区：符合",
                "emerging-industry park approved by the provincial government: condition met",
            ),
        ),
        None => {
            let mut missing = vec![keys::ZONE_LEVEL.to_owned()];
            if emerging.is_none() {
                missing.push(keys::EMERGING_INDUSTRY_PARK.to_owned());
            }
            (
                Outcome::InsufficientData,
                missing,
                text(
                    format!(
                        "未填报开发区级别（{}），无法判断；省级批准的新兴产业园区：{}",
                        keys::ZONE_LEVEL,
                        emerging_text.0
                    ),
                    format!(
                        "the zone level (`{}`) is not given, so the condition cannot be decided; provincially approved emerging-industry park: {}",
                        keys::ZONE_LEVEL,
                        emerging_text.1
                    ),
                ),
            )
        }
    };
    Ok(IndicatorResult {
        id: ZONE_LEVEL.to_owned(),
        kind: kind_of(ZONE_LEVEL),
        outcome,
        value: None,
        unit: String::new(),
        threshold: Threshold::Qualitative(zone_level_condition()),
        band: None,
        score: None,
        explanation,
        used,
        missing,
    })
}

/// A condition that holds when `key` is `pass_when`.
fn flag_result(
    id: &str,
    key: &str,
    value: Option<bool>,
    pass_when: bool,
    condition: Text,
) -> IndicatorResult {
    let (outcome, explanation) = match value {
        None => (
            Outcome::InsufficientData,
            text(
                format!("未填报 {key}，无法判断"),
                format!("`{key}` is not given, so the condition cannot be decided"),
            ),
        ),
        Some(v) => {
            let (zh, en) = if v { ("是", "yes") } else { ("否", "no") };
            if v == pass_when {
                (
                    Outcome::Pass,
                    text(
                        format!("{key}：{zh}，符合"),
                        format!("`{key}`: {en}, condition met"),
                    ),
                )
            } else {
                (
                    Outcome::Fail,
                    text(
                        format!("{key}：{zh}，不符合"),
                        format!("`{key}`: {en}, condition not met"),
                    ),
                )
            }
        }
    };
    let (used, missing) = if value.is_some() {
        (vec![key.to_owned()], vec![])
    } else {
        (vec![], vec![key.to_owned()])
    };
    IndicatorResult {
        id: id.to_owned(),
        kind: kind_of(id),
        outcome,
        value: None,
        unit: String::new(),
        threshold: Threshold::Qualitative(condition),
        band: None,
        score: None,
        explanation,
        used,
        missing,
    }
}

/// The core indicator, then the energy total and the emissions total,
/// computed; when only emission data is `emissions_missing` (a product's
/// process factor), the energy total and the band are still given.
///
/// `used` are the data keys present. Energy at or below zero cannot be a
/// denominator: `invalid-data` with the figures. The bands are those of
/// cn-zcp 1.0.0 ([`TrialBands`]) with `below_band_threshold` below 200,000 tce.
pub fn computed(
    b: &Breakdown,
    below_band_threshold: f64,
    used: &[String],
    emissions_missing: &[String],
) -> Result<(IndicatorResult, Vec<IndicatorResult>), EvaluationError> {
    computed_in(
        b,
        &TrialBands {
            below_band_threshold,
        },
        used,
        emissions_missing,
    )
}

/// [`computed`] with the bands `bands` chooses: for a version that reads
/// the bands of 附件3 differently.
pub fn computed_in(
    b: &Breakdown,
    bands: &dyn CoreBands,
    used: &[String],
    emissions_missing: &[String],
) -> Result<(IndicatorResult, Vec<IndicatorResult>), EvaluationError> {
    if b.energy_tce <= 0.0 {
        return Err(EvaluationError::InvalidData(format!(
            "the comprehensive energy consumption is {} tce ({}), so carbon per unit of energy cannot be computed",
            amount(b.energy_tce),
            explain::energy(b).en
        )));
    }
    let energy = total(
        ENERGY_CONSUMPTION,
        b.energy_tce,
        "tce",
        explain::energy(b),
        used,
    );
    if !emissions_missing.is_empty() {
        let band = bands.choose(b.energy_tce);
        let threshold = Threshold::AtMost(band.threshold);
        return Ok((
            IndicatorResult {
                band: Some(band.applies_when),
                ..missing_result(
                    CARBON_PER_ENERGY,
                    CORE_UNIT,
                    threshold,
                    used,
                    emissions_missing,
                )
            },
            vec![
                energy,
                missing_result(
                    CO2_EMISSIONS,
                    "tCO2",
                    Threshold::Unbounded,
                    used,
                    emissions_missing,
                ),
            ],
        ));
    }
    Ok((
        core(b, bands, used),
        vec![
            energy,
            total(
                CO2_EMISSIONS,
                b.emissions_tco2,
                "tCO2",
                explain::emissions(b),
                used,
            ),
        ],
    ))
}

/// The core indicator, then the totals, when `missing` keys are absent.
pub fn missing(used: &[String], missing: &[String]) -> (IndicatorResult, Vec<IndicatorResult>) {
    (
        // No band can be chosen without the energy consumption.
        missing_result(
            CARBON_PER_ENERGY,
            CORE_UNIT,
            Threshold::Qualitative(text(
                "档位未定（缺少综合能耗）",
                "band not chosen (the energy consumption is unknown)",
            )),
            used,
            missing,
        ),
        vec![
            missing_result(
                ENERGY_CONSUMPTION,
                "tce",
                Threshold::Unbounded,
                used,
                missing,
            ),
            missing_result(CO2_EMISSIONS, "tCO2", Threshold::Unbounded, used, missing),
        ],
    )
}

/// `insufficient-data` for `id`, saying which keys are missing and why each
/// kind is needed.
fn missing_result(
    id: &str,
    unit: &str,
    threshold: Threshold,
    used: &[String],
    missing: &[String],
) -> IndicatorResult {
    let (list, verb) = key_list(missing);
    let mut why_zh = Vec::new();
    let mut why_en = Vec::new();
    let any = |p: &dyn Fn(&str) -> bool| missing.iter().any(|k| p(k));
    if any(&|k| k == keys::GRID_PURCHASED) {
        why_zh.push("每个园区须填报电网购入电量，没有则填 0");
        why_en.push("every park gives its grid purchase, zero if none");
    }
    if any(&|k| k.starts_with(keys::FUEL_PREFIX)) {
        why_zh.push("该燃料无可引用的缺省系数，须填报园区实测低位发热量和单位热值含碳量");
        why_en.push("a fuel without sourced coefficients needs the park's measured net calorific value and carbon content");
    }
    if any(&|k| k.starts_with(keys::PROCESS_PREFIX)) {
        why_zh.push("附件4 三 未给出工业过程排放因子，须按产品填报产量和园区排放因子");
        why_en.push("attachment 4 三 prints no process factor: each product needs its output and the park's factor");
    }
    IndicatorResult {
        id: id.to_owned(),
        kind: kind_of(id),
        outcome: Outcome::InsufficientData,
        value: None,
        unit: unit.to_owned(),
        threshold,
        band: None,
        score: None,
        explanation: text(
            format!("缺少 {list}（{}），无法核算", why_zh.join("；")),
            format!(
                "{list} {verb} missing ({}), so it cannot be accounted",
                why_en.join("; ")
            ),
        ),
        used: used.to_vec(),
        missing: missing.to_vec(),
    }
}

fn core(b: &Breakdown, bands: &dyn CoreBands, used: &[String]) -> IndicatorResult {
    let value = b.emissions_tco2 / b.energy_tce;
    let band = bands.choose(b.energy_tce);
    let limit_value = band.threshold;
    let threshold = Threshold::AtMost(limit_value);
    let passes = meets(value, &threshold);
    let (e, c, v) = (
        amount(b.energy_tce),
        amount(b.emissions_tco2),
        intensity(value),
    );
    let th_short = limit(limit_value);
    let (band_zh, band_en) = (&band.explanation.zh, &band.explanation.en);
    let (verdict_zh, verdict_en) = if passes {
        (
            format!("{v} ≤ {th_short}，达标"),
            format!("{v} ≤ {th_short}: pass"),
        )
    } else {
        (
            format!(
                "{v} > {th_short}，未达标；达不到核心指标要求的园区原则上不得申请验收（附件3 一）"
            ),
            format!(
                "{v} > {th_short}: fail; a park that misses the core indicator may in principle not apply for acceptance (attachment 3 一)"
            ),
        )
    };
    let explanation = text(
        format!(
            "碳排放 {c} tCO2 ÷ 综合能耗 {e} tce = {v} tCO2/tce；{band_zh}；按全数值比较（GB/T 8170）：{verdict_zh}"
        ),
        format!(
            "emissions {c} tCO2 ÷ energy consumption {e} tce = {v} tCO2/tce; {band_en}; compared on the full value (GB/T 8170): {verdict_en}"
        ),
    );
    IndicatorResult {
        id: CARBON_PER_ENERGY.to_owned(),
        kind: kind_of(CARBON_PER_ENERGY),
        outcome: if passes { Outcome::Pass } else { Outcome::Fail },
        value: Some(value),
        unit: CORE_UNIT.to_owned(),
        threshold,
        band: Some(band.applies_when),
        score: None,
        explanation,
        used: used.to_vec(),
        missing: vec![],
    }
}

fn total(id: &str, value: f64, unit: &str, explanation: Text, used: &[String]) -> IndicatorResult {
    IndicatorResult {
        id: id.to_owned(),
        kind: kind_of(id),
        outcome: Outcome::Pass,
        value: Some(value),
        unit: unit.to_owned(),
        threshold: Threshold::Unbounded,
        band: None,
        score: None,
        explanation,
        used: used.to_vec(),
        missing: vec![],
    }
}
