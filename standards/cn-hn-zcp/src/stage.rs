//! The scheme's stages (2027, 2030, 2035) and size bands, with the figures
//! of its annex table.
//!
//! **Every figure here is provisional**: the annex table of
//! 湘工信节能〔2025〕467号 was reported but not read (DOMAIN.md §3, marked
//! P). Each is a named constant, and every evaluation lists them among its
//! assumptions ([`crate::assumptions`]).

use zcp_sdk::{Text, text};

/// Lower edge of the scheme's bands, tce a year: below it the scheme does
/// not apply. Provisional (annex table reported, not read).
pub const SIZE_FLOOR_TCE: f64 = 20_000.0;
/// Edge between the two bands, tce a year; exactly 1,000,000 takes the
/// upper band, as cn-zcp does. Provisional (annex table reported, not read).
pub const UPPER_BAND_TCE: f64 = 1_000_000.0;

/// Core threshold of parks from 20,000 to 1,000,000 tce, tCO2/tce, for the
/// stages 2027, 2030, 2035. Provisional (annex table reported, not read).
pub const CORE_LOWER_BAND: [f64; 3] = [1.0, 0.7, 0.3];
/// Core threshold of parks of 1,000,000 tce or more, tCO2/tce, for the
/// stages 2027, 2030, 2035. Provisional (annex table reported, not read).
pub const CORE_UPPER_BAND: [f64; 3] = [1.1, 0.8, 0.5];
/// Clean energy share, at least, %, for the stages 2027, 2030, 2035.
/// Provisional (annex table reported, not read).
pub const CLEAN_ENERGY_SHARE_MIN: [f64; 3] = [60.0, 70.0, 90.0];
/// Industrial solid waste utilisation, at least, %, for the stages 2027,
/// 2030, 2035. Provisional (annex table reported, not read).
pub const SOLID_WASTE_MIN: [f64; 3] = [80.0, 85.0, 95.0];
/// Waste heat, cold and pressure utilisation, at least, %, for the stages
/// 2027, 2030, 2035. Provisional (annex table reported, not read).
pub const WASTE_ENERGY_MIN: [f64; 3] = [50.0, 55.0, 60.0];
/// Industrial water reuse, at least, %, for the stages 2027, 2030, 2035.
/// Provisional (annex table reported, not read).
pub const WATER_REUSE_MIN: [f64; 3] = [80.0, 85.0, 90.0];

/// A stage of the scheme: the year by which its thresholds are to be met.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// By 2027.
    S2027,
    /// By 2030.
    S2030,
    /// By 2035, the last stage the scheme sets.
    S2035,
}

impl Stage {
    /// The stages in order.
    pub const ALL: [Stage; 3] = [Stage::S2027, Stage::S2030, Stage::S2035];

    /// The stage's year, as the parameter `stage` names it: `2027`.
    pub fn id(self) -> &'static str {
        match self {
            Stage::S2027 => "2027",
            Stage::S2030 => "2030",
            Stage::S2035 => "2035",
        }
    }

    /// The stage the parameter value `id` names, if any (`auto` is none).
    pub fn parse(id: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|s| s.id() == id)
    }

    /// The stage an assessment year falls in (provisional reading of the
    /// table's columns): up to 2027 → 2027, 2028–2030 → 2030, 2031 and later
    /// → 2035 (the scheme sets no stage after 2035).
    pub fn of_year(year: i32) -> Stage {
        match year {
            ..=2027 => Stage::S2027,
            2028..=2030 => Stage::S2030,
            _ => Stage::S2035,
        }
    }

    /// The column of the annex table: 0, 1, 2.
    pub fn index(self) -> usize {
        match self {
            Stage::S2027 => 0,
            Stage::S2030 => 1,
            Stage::S2035 => 2,
        }
    }

    /// The stage in a few words, as `describe` declares it for the guiding
    /// indicators and their results report it (`band`).
    pub fn applies_when(self) -> Text {
        let id = self.id();
        text(format!("{id} 年阶段"), format!("stage {id}"))
    }

    /// Which assessment years fall in this stage under `stage = auto`.
    pub fn years(self) -> Text {
        match self {
            Stage::S2027 => text("评价年度不晚于 2027 年", "assessment year up to 2027"),
            Stage::S2030 => text("评价年度 2028–2030 年", "assessment year 2028–2030"),
            Stage::S2035 => text(
                "评价年度 2031 年及以后（方案未设 2035 年以后的阶段）",
                "assessment year 2031 or later (the scheme sets no stage after 2035)",
            ),
        }
    }
}

/// The stage an evaluation applies, and how it was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StageChoice {
    /// The stage applied.
    pub stage: Stage,
    /// The assessment year.
    pub year: i32,
    /// Whether the parameter `stage` named it (rather than `auto`).
    pub given: bool,
}

impl StageChoice {
    /// The stage `fixed` by the parameter, or the one `year` falls in.
    pub fn new(fixed: Option<Stage>, year: i32) -> Self {
        StageChoice {
            stage: fixed.unwrap_or(Stage::of_year(year)),
            year,
            given: fixed.is_some(),
        }
    }

    /// Whether the year is after the last stage, under `auto`: a note says
    /// the 2035 thresholds apply because the scheme sets none later.
    pub fn beyond_last_stage(&self) -> bool {
        !self.given && self.year > 2035
    }

    /// How the stage was chosen, in words: `stage 2030 (assessment year
    /// 2029, parameter stage = auto)`.
    pub fn reason(&self) -> Text {
        let (id, year) = (self.stage.id(), self.year);
        if self.given {
            text(
                format!("{id} 年阶段（参数 stage = {id}；评价年度 {year} 年）"),
                format!("stage {id} (parameter stage = {id}; assessment year {year})"),
            )
        } else {
            let years = self.stage.years();
            text(
                format!(
                    "{id} 年阶段（评价年度 {year} 年，参数 stage = auto：{}）",
                    years.zh
                ),
                format!(
                    "stage {id} (assessment year {year}, parameter stage = auto: {})",
                    years.en
                ),
            )
        }
    }
}

/// The size band of a park, by comprehensive energy consumption.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SizeBand {
    /// E < 20,000 tce: the scheme does not apply.
    Below,
    /// 20,000 ≤ E < 1,000,000 tce.
    Lower,
    /// E ≥ 1,000,000 tce.
    Upper,
}

impl SizeBand {
    /// The band of `energy_tce` (the unrounded denominator of the core
    /// indicator).
    pub fn of(energy_tce: f64) -> SizeBand {
        if energy_tce >= UPPER_BAND_TCE {
            SizeBand::Upper
        } else if energy_tce >= SIZE_FLOOR_TCE {
            SizeBand::Lower
        } else {
            SizeBand::Below
        }
    }

    /// The core threshold of this band in `stage`, tCO2/tce; none below the
    /// floor.
    pub fn core_threshold(self, stage: Stage) -> Option<f64> {
        match self {
            SizeBand::Below => None,
            SizeBand::Lower => Some(CORE_LOWER_BAND[stage.index()]),
            SizeBand::Upper => Some(CORE_UPPER_BAND[stage.index()]),
        }
    }

    /// The band's energy range in a few characters: `20,000–1,000,000 tce`.
    pub fn range(self) -> &'static str {
        match self {
            SizeBand::Below => "< 20,000 tce",
            SizeBand::Lower => "20,000–1,000,000 tce",
            SizeBand::Upper => "≥ 1,000,000 tce",
        }
    }

    /// When the core threshold of this band applies in `stage`, in the words
    /// `describe` declares (`applies-when`) and the core result reports
    /// (`band`). Below the floor the stage does not matter.
    pub fn applies_when(self, stage: Stage) -> Text {
        let id = stage.id();
        match self {
            SizeBand::Below => text(
                "E < 20,000 tce（E 为年综合能耗；任何阶段）",
                "E < 20,000 tce (E: annual comprehensive energy consumption; any stage)",
            ),
            SizeBand::Lower => text(
                format!("{id} 年阶段，20,000 ≤ E < 1,000,000 tce"),
                format!("stage {id}, 20,000 ≤ E < 1,000,000 tce"),
            ),
            SizeBand::Upper => text(
                format!("{id} 年阶段，E ≥ 1,000,000 tce"),
                format!("stage {id}, E ≥ 1,000,000 tce"),
            ),
        }
    }
}

/// The condition below the floor, as a qualitative threshold.
pub fn below_floor_condition() -> Text {
    text(
        "不适用：方案档位自 20,000 tce 起",
        "not applicable: the scheme's bands start at 20,000 tce",
    )
}
