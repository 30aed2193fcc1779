//! The `revenue` builds: a standard with keys of its own. It defines
//! `x-<id>.tech-revenue` (per year) and `x-<id>.park-type` (profile), reads
//! the revenue's history with `series-by-year`, and reports the revenue and
//! its growth over the previous calendar year; neither gates the verdict.
//!
//! `revenue-as-mass` defines the revenue as a mass (read in `t`): beside a
//! `revenue` build of the same id, the two definitions clash.

use zcp_sdk::{
    DataRequirement, Evaluation, EvaluationError, Indicator, IndicatorKind, IndicatorResult,
    Inputs, KeyDefinition, KeyScope, Outcome, ParkData, Sign, Text, Threshold, define_quantity,
    define_text, fmt_num, text, verdict_of,
};

use crate::{DEFINES, ID, indicator, label};

/// The revenue result.
const REVENUE: &str = "informative.tech-revenue";
/// The growth result.
const GROWTH: &str = "guiding.tech-revenue-growth";

/// Whether this build defines and reads the revenue keys.
pub fn enabled() -> bool {
    matches!(DEFINES, "revenue" | "revenue-as-mass")
}

fn revenue_key() -> String {
    format!("x-{ID}.tech-revenue")
}

fn park_type_key() -> String {
    format!("x-{ID}.park-type")
}

/// The revenue's dimension and the unit the standard reads it in.
fn dimension_and_unit() -> (&'static str, &'static str) {
    if DEFINES == "revenue-as-mass" {
        ("mass", "t")
    } else {
        ("currency", "10^4 CNY")
    }
}

/// The two keys.
pub fn defines() -> Vec<KeyDefinition> {
    let (dimension, _) = dimension_and_unit();
    vec![
        define_quantity(
            &revenue_key(),
            dimension,
            Sign::NonNegative,
            KeyScope::Year,
            "技工贸总收入",
            "Technology, industry and trade revenue",
        ),
        define_text(
            &park_type_key(),
            &["chemical", "non-chemical"],
            KeyScope::Profile,
            "园区类型",
            "Park type",
        ),
    ]
}

/// The revenue, not required.
pub fn requires() -> Vec<DataRequirement> {
    vec![DataRequirement {
        key: revenue_key(),
        unit: dimension_and_unit().1.to_owned(),
        required: false,
        description: text("技工贸总收入", "Technology, industry and trade revenue"),
    }]
}

/// The growth (guiding) and the revenue (informative).
pub fn indicators() -> Vec<Indicator> {
    vec![
        indicator(
            GROWTH,
            IndicatorKind::Guiding,
            text(
                "技工贸总收入增长率",
                "Growth of the technology, industry and trade revenue",
            ),
            "%",
            Some(Threshold::AtLeast(0.0)),
        ),
        indicator(
            REVENUE,
            IndicatorKind::Informative,
            text("技工贸总收入", "Technology, industry and trade revenue"),
            dimension_and_unit().1,
            None,
        ),
    ]
}

/// The revenue of the assessment year and its growth; the park type, when
/// given, in a note.
pub fn evaluate(data: &dyn ParkData) -> Result<Evaluation, EvaluationError> {
    let key = revenue_key();
    let unit = dimension_and_unit().1;
    let inputs = Inputs::fetch(data, &requires());
    let series = data
        .series_by_year(&key, unit)
        .map_err(EvaluationError::InvalidData)?;
    let year = data.year();
    let results = vec![
        growth(&key, year, &series),
        revenue(&key, unit, inputs.get(&key)),
    ];
    let mut notes = vec![label()];
    if let Some(kind) = data.text(&park_type_key()) {
        notes.push(text(
            format!("园区类型：{kind}"),
            format!("park type: {kind}"),
        ));
    }
    Ok(Evaluation {
        // Guiding and informative results never gate: qualified.
        verdict: verdict_of(&results),
        summary: None,
        tier: None,
        score: None,
        results,
        assumptions: vec![],
        notes,
    })
}

fn result(id: &str, kind: IndicatorKind, unit: &str, threshold: Threshold) -> IndicatorResult {
    IndicatorResult {
        id: id.to_owned(),
        kind,
        outcome: Outcome::InsufficientData,
        value: None,
        unit: unit.to_owned(),
        threshold,
        band: None,
        score: None,
        explanation: text("", ""),
        used: vec![],
        missing: vec![],
    }
}

fn revenue(key: &str, unit: &str, value: Option<f64>) -> IndicatorResult {
    let base = result(
        REVENUE,
        IndicatorKind::Informative,
        unit,
        Threshold::Unbounded,
    );
    match value {
        Some(v) => IndicatorResult {
            outcome: Outcome::Pass,
            value: Some(v),
            explanation: text(
                format!("技工贸总收入 {} {unit}", fmt_num(v, 2)),
                format!("revenue {} {unit}", fmt_num(v, 2)),
            ),
            used: vec![key.to_owned()],
            ..base
        },
        None => IndicatorResult {
            explanation: missing_text(key),
            missing: vec![key.to_owned()],
            ..base
        },
    }
}

/// (this year ÷ previous year − 1) × 100, on the two calendar years only:
/// a gap is never bridged.
fn growth(key: &str, year: i32, series: &[(i32, f64)]) -> IndicatorResult {
    let base = result(GROWTH, IndicatorKind::Guiding, "%", Threshold::AtLeast(0.0));
    let value_of = |y: i32| series.iter().find(|(sy, _)| *sy == y).map(|(_, v)| *v);
    let absent: Vec<i32> = [year - 1, year]
        .into_iter()
        .filter(|y| value_of(*y).is_none())
        .collect();
    let (Some(now), Some(before)) = (value_of(year), value_of(year - 1)) else {
        let years: Vec<String> = absent.iter().map(i32::to_string).collect();
        let years = years.join(", ");
        return IndicatorResult {
            explanation: text(
                format!("{key} 缺少 {years} 年的数值，无法计算增长率"),
                format!("no value for {years} of `{key}`, so the growth cannot be computed"),
            ),
            missing: vec![key.to_owned()],
            ..base
        };
    };
    if before <= 0.0 {
        return IndicatorResult {
            explanation: text(
                format!("{} 年收入为 {}，增长率无意义", year - 1, fmt_num(before, 2)),
                format!(
                    "the revenue of {} is {}, so a growth rate is meaningless",
                    year - 1,
                    fmt_num(before, 2)
                ),
            ),
            used: vec![key.to_owned()],
            ..base
        };
    }
    let value = (now / before - 1.0) * 100.0;
    let figures = format!(
        "({} ÷ {} − 1) × 100 = {} %",
        fmt_num(now, 2),
        fmt_num(before, 2),
        fmt_num(value, 2)
    );
    IndicatorResult {
        outcome: if value > 0.0 {
            Outcome::Pass
        } else {
            Outcome::Fail
        },
        value: Some(value),
        explanation: text(
            format!("{year} 年较 {} 年：{figures}", year - 1),
            format!("{year} over {}: {figures}", year - 1),
        ),
        used: vec![key.to_owned()],
        ..base
    }
}

fn missing_text(key: &str) -> Text {
    text(format!("未填报 {key}"), format!("`{key}` is not given"))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::panic)]
mod tests {
    use zcp_sdk::{FakePark, Standard, Verdict};

    use super::*;

    /// A park assessed in 2025 with revenue in the given years, for a
    /// `revenue` build (a native test build has no build-time variables:
    /// its description is given the revenue's keys here).
    fn park(years: &[(i32, f64)]) -> FakePark {
        let mut info = crate::Configurable::describe();
        info.requires = requires();
        info.defines = defines();
        years.iter().fold(
            FakePark::for_standard(2025, &info),
            |park, (year, value)| park.quantity_in(*year, &revenue_key(), *value, "10^4 CNY"),
        )
    }

    fn result<'a>(e: &'a Evaluation, id: &str) -> &'a IndicatorResult {
        e.results
            .iter()
            .find(|r| r.id == id)
            .unwrap_or_else(|| panic!("no result `{id}`"))
    }

    #[test]
    fn growth_is_computed_on_the_previous_calendar_year() {
        let park = park(&[(2024, 800_000.0), (2025, 920_000.0)]).text(&park_type_key(), "chemical");
        let e = evaluate(&park).unwrap();
        assert_eq!(e.verdict, Verdict::Qualified);
        let growth = result(&e, GROWTH);
        assert_eq!(growth.outcome, Outcome::Pass);
        assert!((growth.value.unwrap() - 15.0).abs() < 1e-9);
        let revenue = result(&e, REVENUE);
        assert_eq!(
            (revenue.outcome, revenue.value),
            (Outcome::Pass, Some(920_000.0))
        );
        assert!(e.notes.iter().any(|n| n.en == "park type: chemical"));

        let e = evaluate(&park_with_decline()).unwrap();
        assert_eq!(result(&e, GROWTH).outcome, Outcome::Fail);
        assert_eq!(e.verdict, Verdict::Qualified, "guiding never gates");
    }

    fn park_with_decline() -> FakePark {
        park(&[(2024, 900.0), (2025, 900.0)])
    }

    #[test]
    fn a_gap_is_not_bridged() {
        let e = evaluate(&park(&[(2023, 800.0), (2025, 920.0)])).unwrap();
        let growth = result(&e, GROWTH);
        assert_eq!(growth.outcome, Outcome::InsufficientData);
        assert!(
            growth.explanation.en.starts_with("no value for 2024"),
            "{:?}",
            growth.explanation
        );
        assert_eq!(result(&e, REVENUE).outcome, Outcome::Pass);
    }

    #[test]
    fn an_absent_revenue_is_insufficient_data_without_gating() {
        let e = evaluate(&park(&[(2024, 800.0)])).unwrap();
        assert_eq!(result(&e, REVENUE).outcome, Outcome::InsufficientData);
        let growth = result(&e, GROWTH);
        assert_eq!(growth.outcome, Outcome::InsufficientData);
        assert!(growth.explanation.en.contains("2025"));
        assert_eq!(e.verdict, Verdict::Qualified);
        assert_eq!(e.notes.len(), 1, "no park type given");
    }
}
