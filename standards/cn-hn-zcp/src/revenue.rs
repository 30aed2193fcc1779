//! `core.revenue-growth`: technology, industry and trade revenue (技工贸总收入)
//! growing year on year, as the scheme's main text requires. Its
//! classification as a veto (kind `core`) is provisional.
//!
//! The window is the assessment year and the years before it,
//! `revenue-years` in all. Each pair of consecutive years (Y − 1, Y) gives a
//! growth (R_Y − R_{Y−1}) ÷ R_{Y−1} × 100 %; the indicator passes when every
//! growth is above 0 % and fails when any is 0 % or less. A year missing
//! from the window is a gap, never bridged: the pairs it belongs to are
//! undecided, `insufficient-data` naming `economy.revenue` and the year. A
//! previous year's revenue of 0 gives no growth rate: that pair is
//! undecided too, and the explanation names the year. A decline between two
//! years that are both given fails whatever else is missing (as a failing
//! deciding result decides the verdict over missing data).

use std::collections::BTreeMap;

use cn_zcp::display::{amount, percent};
use zcp_sdk::{EvaluationError, IndicatorResult, Outcome, ParkData, Text, Threshold, text};

use crate::describe::kind_of;
use crate::params::REVENUE_YEARS;

/// Technology, industry and trade revenue, one value a year.
pub const REVENUE: &str = "economy.revenue";
/// The unit the revenue is read in.
pub const REVENUE_UNIT: &str = "10^4 CNY";
/// Core (provisional classification): the revenue grows year on year.
pub const REVENUE_GROWTH: &str = "core.revenue-growth";

/// The condition, as a qualitative threshold.
pub fn growth_condition() -> Text {
    text("每年 > 0 %", "> 0 % each year")
}

/// The growth of one year over the year before.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Step {
    /// Both years given, the previous one above zero: the growth, %.
    Rate {
        previous: f64,
        current: f64,
        growth: f64,
    },
    /// The previous year's revenue is 0: no rate.
    ZeroBase,
    /// The year before is not given (`previous`), or this year is not.
    Gap { previous: bool },
}

/// The indicator over the `years` years ending with the assessment year.
pub fn revenue_growth(data: &dyn ParkData, years: u32) -> Result<IndicatorResult, EvaluationError> {
    let assessed = data.year();
    let span = i32::try_from(years).unwrap_or(i32::MAX).max(2);
    let first = assessed.saturating_sub(span - 1);
    let series = data
        .series_by_year(REVENUE, REVENUE_UNIT)
        .map_err(|e| EvaluationError::InvalidData(format!("`{REVENUE}`: {e}")))?;
    let window: BTreeMap<i32, f64> = series.into_iter().filter(|(y, _)| *y >= first).collect();
    if let Some((year, v)) = window.iter().find(|(_, v)| !v.is_finite() || **v < 0.0) {
        return Err(EvaluationError::InvalidData(format!(
            "`{REVENUE}` of {year} is `{v}`: a revenue must be a finite amount, zero or more"
        )));
    }
    let steps: Vec<(i32, Step)> = (first + 1..=assessed)
        .map(|y| {
            let step = match (window.get(&(y - 1)), window.get(&y)) {
                (Some(&previous), Some(&current)) if previous > 0.0 => Step::Rate {
                    previous,
                    current,
                    growth: (current - previous) / previous * 100.0,
                },
                (Some(_), Some(_)) => Step::ZeroBase,
                (previous, _) => Step::Gap {
                    previous: previous.is_none(),
                },
            };
            (y, step)
        })
        .collect();
    let absent: Vec<i32> = (first..=assessed)
        .filter(|y| !window.contains_key(y))
        .collect();
    let rates: Vec<(i32, f64)> = steps
        .iter()
        .filter_map(|(y, s)| match s {
            Step::Rate { growth, .. } => Some((*y, *growth)),
            _ => None,
        })
        .collect();
    let lowest = rates
        .iter()
        .map(|(_, g)| *g)
        .fold(None, |low: Option<f64>, g| {
            Some(low.map_or(g, |l| l.min(g)))
        });
    let declines: Vec<i32> = rates
        .iter()
        .filter(|(_, g)| *g <= 0.0)
        .map(|(y, _)| *y)
        .collect();
    let zero_bases: Vec<i32> = steps
        .iter()
        .filter(|(_, s)| *s == Step::ZeroBase)
        .map(|(y, _)| y - 1)
        .collect();
    let outcome = if !declines.is_empty() {
        Outcome::Fail
    } else if !absent.is_empty() || !zero_bases.is_empty() {
        Outcome::InsufficientData
    } else {
        Outcome::Pass
    };

    let window_text = Window {
        first,
        last: assessed,
        years,
    };
    let mut zh = Vec::new();
    let mut en = Vec::new();
    // With no year given at all, the conclusion alone says so.
    if !window.is_empty() {
        zh.push(format!(
            "技工贸总收入（万元）：{}",
            revenue_list(&window, first, assessed, (" 年 ", "未填报", "；"))
        ));
        en.push(format!(
            "revenue (10^4 CNY): {}",
            revenue_list(&window, first, assessed, (" ", "not given", "; "))
        ));
        for (y, step) in &steps {
            let (z, e) = step_text(*y, step);
            zh.push(z);
            en.push(e);
        }
    }
    let (conclusion_zh, conclusion_en) = conclusion(
        outcome,
        lowest,
        &declines,
        &absent,
        &zero_bases,
        &window_text,
    );
    zh.push(conclusion_zh);
    en.push(conclusion_en);

    let given = !window.is_empty();
    Ok(IndicatorResult {
        id: REVENUE_GROWTH.to_owned(),
        kind: kind_of(REVENUE_GROWTH),
        outcome,
        value: match outcome {
            Outcome::Pass | Outcome::Fail => lowest,
            _ => None,
        },
        unit: "%".to_owned(),
        threshold: Threshold::Qualitative(growth_condition()),
        band: None,
        score: None,
        explanation: text(zh.join("；"), en.join("; ")),
        used: if given {
            vec![REVENUE.to_owned()]
        } else {
            vec![]
        },
        missing: if absent.is_empty() {
            vec![]
        } else {
            vec![REVENUE.to_owned()]
        },
    })
}

/// The window checked, for the explanation.
struct Window {
    first: i32,
    last: i32,
    years: u32,
}

impl Window {
    /// `评价窗口 2023–2025 年（revenue-years = 3）`.
    fn zh(&self) -> String {
        format!(
            "评价窗口 {}–{} 年（{REVENUE_YEARS} = {}）",
            self.first, self.last, self.years
        )
    }

    /// `the window 2023–2025 (revenue-years = 3)`.
    fn en(&self) -> String {
        format!(
            "the window {}–{} ({REVENUE_YEARS} = {})",
            self.first, self.last, self.years
        )
    }
}

/// `2023 100,000; 2024 not given; 2025 121,000`, with the `words` of one
/// language: after the year, for a year not given, between years.
fn revenue_list(
    window: &BTreeMap<i32, f64>,
    first: i32,
    last: i32,
    (after_year, absent, between): (&str, &str, &str),
) -> String {
    (first..=last)
        .map(|y| match window.get(&y) {
            Some(v) => format!("{y}{after_year}{}", amount(*v)),
            None => format!("{y}{after_year}{absent}"),
        })
        .collect::<Vec<_>>()
        .join(between)
}

/// One year's growth, in words.
fn step_text(year: i32, step: &Step) -> (String, String) {
    match step {
        Step::Rate {
            previous,
            current,
            growth,
        } => {
            let (p, c, g) = (amount(*previous), amount(*current), percent(*growth));
            let sign = if *growth > 0.0 { ">" } else { "≤" };
            (
                format!("{year} 年增长率 ({c} − {p}) ÷ {p} × 100 = {g} % {sign} 0 %"),
                format!("growth {year}: ({c} − {p}) ÷ {p} × 100 = {g} % {sign} 0 %"),
            )
        }
        Step::ZeroBase => (
            format!("{year} 年增长率无法计算：{} 年收入为 0", year - 1),
            format!(
                "growth {year} cannot be computed: the revenue of {} is 0",
                year - 1
            ),
        ),
        Step::Gap { previous } => {
            let missing = if *previous { year - 1 } else { year };
            (
                format!("{year} 年增长率无法计算：缺少 {missing} 年收入（不跨年计算）"),
                format!(
                    "growth {year} cannot be computed: {missing} is not given (never across a gap)"
                ),
            )
        }
    }
}

fn years_list(years: &[i32]) -> String {
    years
        .iter()
        .map(i32::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn conclusion(
    outcome: Outcome,
    lowest: Option<f64>,
    declines: &[i32],
    absent: &[i32],
    zero_bases: &[i32],
    window: &Window,
) -> (String, String) {
    let low = lowest.map(percent).unwrap_or_default();
    match outcome {
        Outcome::Pass => (
            format!("最低 {low} %，{}每年均 > 0 %：达标", window.zh()),
            format!(
                "lowest {low} % > 0 % in every year of {}: pass",
                window.en()
            ),
        ),
        Outcome::Fail => {
            let years = years_list(declines);
            (
                format!(
                    "{years} 年收入未增长（增长率 ≤ 0 %），{}：未达标",
                    window.zh()
                ),
                format!(
                    "the revenue did not grow in {years} (growth ≤ 0 %) within {}: fail",
                    window.en()
                ),
            )
        }
        _ => {
            let mut zh = Vec::new();
            let mut en = Vec::new();
            if !absent.is_empty() {
                let years = years_list(absent);
                zh.push(format!("缺少 {years} 年的 {REVENUE}"));
                en.push(format!("`{REVENUE}` of {years} is not given"));
            }
            if !zero_bases.is_empty() {
                let years = years_list(zero_bases);
                zh.push(format!("{years} 年收入为 0，无法计算增长率"));
                en.push(format!(
                    "the revenue of {years} is 0, which gives no growth rate"
                ));
            }
            (
                format!("{}，{}：无法判定", zh.join("，"), window.zh()),
                format!("{}, in {}: cannot be decided", en.join("; "), window.en()),
            )
        }
    }
}
