//! `core.revenue-growth`: every year of the window grows, strictly.

use zcp_sdk::{Outcome, Verdict};

use super::*;

const GROWTH: &str = "core.revenue-growth";

/// A passing carbon park with revenue `values` for the years up to 2027.
fn revenue(values: &[(i32, f64)]) -> FakePark {
    let mut p = grid_park(2027, 140_000.0).without("economy.revenue");
    for (year, v) in values {
        p = p.quantity_in(*year, "economy.revenue", *v, "10^4 CNY");
    }
    p
}

#[test]
fn growth_every_year_passes_with_the_lowest_as_value() {
    let e = ok(&grid_park(2027, 140_000.0), &[]);
    let r = result(&e, GROWTH);
    assert_eq!(r.outcome, Outcome::Pass);
    assert_close(r.value, 10.0);
    assert_eq!(r.used, vec!["economy.revenue".to_owned()]);
    assert!(r.missing.is_empty());
    assert!(
        r.explanation.en.starts_with(
            "revenue (10^4 CNY): 2025 100,000; 2026 110,000; 2027 121,000; growth 2026: (110,000 − 100,000) ÷ 100,000 × 100 = 10.00 % > 0 %"
        ),
        "{}",
        r.explanation.en
    );
    assert!(
        r.explanation.zh.contains("2027 年 121,000"),
        "{}",
        r.explanation.zh
    );
}

#[test]
fn a_decline_or_a_flat_year_fails() {
    let e = ok(&revenue(&[(2025, 100.0), (2026, 95.0), (2027, 120.0)]), &[]);
    let r = result(&e, GROWTH);
    assert_eq!(r.outcome, Outcome::Fail);
    assert_close(r.value, -5.0);
    assert_eq!(e.verdict, Verdict::NotQualified);
    assert!(
        e.summary
            .as_ref()
            .is_some_and(|s| s.en == "revenue growth -5.00 % ≤ 0 %: not qualified"),
        "{:?}",
        e.summary
    );
    let e = ok(
        &revenue(&[(2025, 100.0), (2026, 110.0), (2027, 110.0)]),
        &[],
    );
    assert_eq!(result(&e, GROWTH).outcome, Outcome::Fail);
    assert_eq!(result(&e, GROWTH).value, Some(0.0));
}

#[test]
fn a_gap_is_never_bridged() {
    let e = ok(&revenue(&[(2025, 100.0), (2027, 121.0)]), &[]);
    let r = result(&e, GROWTH);
    assert_eq!(r.outcome, Outcome::InsufficientData);
    assert_eq!(r.value, None);
    assert_eq!(r.missing, vec!["economy.revenue".to_owned()]);
    assert!(
        r.explanation
            .en
            .contains("`economy.revenue` of 2026 is not given"),
        "{}",
        r.explanation.en
    );
    assert_eq!(e.verdict, Verdict::Incomplete);
    // A decline between two given years fails whatever else is missing.
    let e = ok(&revenue(&[(2026, 100.0), (2027, 90.0)]), &[]);
    let r = result(&e, GROWTH);
    assert_eq!(r.outcome, Outcome::Fail);
    assert_eq!(r.missing, vec!["economy.revenue".to_owned()]);
}

#[test]
fn the_window_follows_the_parameter() {
    let p = revenue(&[(2024, 120.0), (2025, 100.0), (2026, 110.0), (2027, 121.0)]);
    assert_eq!(result(&ok(&p, &[]), GROWTH).outcome, Outcome::Pass);
    assert_eq!(
        result(&ok(&p, &[("revenue-years", "4")]), GROWTH).outcome,
        Outcome::Fail
    );
    let e = ok(&p, &[("revenue-years", "5")]);
    let r = result(&e, GROWTH);
    // 2023 is missing; 2025 still declines: fail.
    assert_eq!(r.outcome, Outcome::Fail);
    assert!(
        r.explanation.en.contains("2023 not given"),
        "{}",
        r.explanation.en
    );
}

#[test]
fn a_zero_previous_year_gives_no_rate() {
    let e = ok(&revenue(&[(2025, 0.0), (2026, 50.0), (2027, 60.0)]), &[]);
    let r = result(&e, GROWTH);
    assert_eq!(r.outcome, Outcome::InsufficientData);
    assert!(r.missing.is_empty());
    assert!(
        r.explanation.en.contains("the revenue of 2025 is 0"),
        "{}",
        r.explanation.en
    );
    assert_eq!(
        e.summary.map(|s| s.en),
        Some("`core.revenue-growth` cannot be decided: incomplete".to_owned())
    );
}

#[test]
fn a_negative_revenue_is_invalid_data() {
    let p = revenue(&[(2025, 100.0), (2026, -1.0), (2027, 120.0)]);
    assert!(
        matches!(run(&p, &[]), Err(EvaluationError::InvalidData(m)) if m.contains("economy.revenue") && m.contains("2026")),
    );
}

#[test]
fn no_revenue_at_all_is_said_in_one_clause() {
    let e = ok(&revenue(&[]), &[]);
    let r = result(&e, GROWTH);
    assert_eq!(r.outcome, Outcome::InsufficientData);
    assert!(r.used.is_empty());
    assert_eq!(
        r.explanation.en,
        "`economy.revenue` of 2025, 2026, 2027 is not given, in the window 2025–2027 (revenue-years = 3): cannot be decided"
    );
    let e = ok(&revenue(&[(2025, 100.0), (2027, 121.0)]), &[]);
    assert!(
        result(&e, GROWTH)
            .explanation
            .en
            .contains("growth 2026 cannot be computed: 2026 is not given (never across a gap); growth 2027 cannot be computed: 2026 is not given"),
        "{}",
        result(&e, GROWTH).explanation.en
    );
}
