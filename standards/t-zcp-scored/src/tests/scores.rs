//! Scores, totals, tiers and verdicts.

use zcp_sdk::{IndicatorKind, Outcome, Verdict};

use super::*;
use crate::scoring::specs;

#[test]
fn a_total_exactly_at_a_cut_off_reaches_its_tier() {
    let e = ok(&one_star(), &[]);
    assert_eq!(e.score, Some(60.0));
    assert_eq!(e.tier.as_deref(), Some("one-star"));
    assert_eq!(e.verdict, Verdict::Qualified);
    let e = ok(&three_star(), &[]);
    assert_eq!(e.score, Some(90.0));
    assert_eq!(e.tier.as_deref(), Some("three-star"));
    // Solid waste and waste energy at their targets, water at its floor:
    // 75, two stars.
    let park = three_star()
        .quantity("water.reused", 1_000.0, "m3")
        .quantity("product.casting.unit-energy", 120.0, "kgce/t");
    let e = ok(&park, &[]);
    assert_eq!(e.score, Some(75.0));
    assert_eq!(e.tier.as_deref(), Some("two-star"));
}

#[test]
fn the_results_scores_add_up_to_the_total() {
    for park in [one_star(), three_star(), mid_way()] {
        let e = ok(&park, &[]);
        let sum: f64 = e.results.iter().filter_map(|r| r.score).sum();
        assert_eq!(Some(sum), e.score);
        // Only the seven scored indicators carry a score.
        let scored: Vec<&str> = e
            .results
            .iter()
            .filter(|r| r.score.is_some())
            .map(|r| r.id.as_str())
            .collect();
        let ids: Vec<&str> = specs().iter().map(|s| s.id).collect();
        assert_eq!(scored, ids);
        assert!(
            e.results
                .iter()
                .all(|r| (r.kind == IndicatorKind::Scored) == r.score.is_some())
        );
    }
}

#[test]
fn half_way_earns_half_the_points() {
    let e = ok(&mid_way(), &[]);
    for s in specs() {
        let r = result(&e, s.id);
        assert_close(r.score, s.default_weight / 2.0);
        assert_eq!(r.outcome, Outcome::Fail, "{}", s.id);
    }
    assert_close(result(&e, "core.carbon-per-energy").value, 1.15);
    assert_close(e.score, 50.0);
    assert_eq!(e.verdict, Verdict::NotQualified);
    assert_eq!(e.tier, None);
}

#[test]
fn a_not_applicable_indicator_gives_its_weight_to_the_others() {
    let park = three_star().text("not-applicable.waste-energy-utilisation", "no process heat");
    let e = ok(&park, &[]);
    let heat = result(&e, "guiding.waste-energy-utilisation");
    assert_eq!(heat.outcome, Outcome::NotApplicable);
    assert_eq!(heat.score, None);
    assert_close(
        result(&e, "core.carbon-per-energy").score,
        40.0 * 100.0 / 90.0,
    );
    assert_close(e.score, 80.0 * 100.0 / 90.0);
    assert_eq!(e.tier.as_deref(), Some("two-star"));
}

#[test]
fn missing_data_scores_zero_and_leaves_the_verdict_incomplete() {
    let park = three_star().without("water.reused");
    let e = ok(&park, &[]);
    let water = result(&e, "guiding.water-reuse");
    assert_eq!(water.outcome, Outcome::InsufficientData);
    assert_eq!(water.score, Some(0.0));
    assert_eq!(water.missing, vec!["water.reused".to_owned()]);
    assert_eq!(e.score, Some(80.0));
    assert_eq!((e.verdict, e.tier.as_deref()), (Verdict::Incomplete, None));
    // Missing eligibility data too.
    let e = ok(&three_star().without("park.energy-carbon-metering"), &[]);
    assert_eq!(e.verdict, Verdict::Incomplete);
    assert_eq!(e.score, Some(90.0));
}

#[test]
fn a_failed_basic_condition_decides_whatever_the_score_and_the_data() {
    let park = three_star().flag("park.major-incident-3y", true);
    let e = ok(&park, &[]);
    assert_eq!(e.score, Some(90.0));
    assert_eq!(
        (e.verdict, e.tier.as_deref()),
        (Verdict::NotQualified, None)
    );
    let e = ok(&park.without("water.reused"), &[]);
    assert_eq!(e.verdict, Verdict::NotQualified);
}

#[test]
fn without_grid_data_the_core_scores_nothing_and_the_verdict_waits() {
    let e = ok(&one_star().without("electricity.grid-purchased"), &[]);
    let core = result(&e, "core.carbon-per-energy");
    assert_eq!(core.outcome, Outcome::InsufficientData);
    assert_eq!(core.score, Some(0.0));
    assert_eq!(core.missing, vec!["electricity.grid-purchased".to_owned()]);
    assert_eq!(e.verdict, Verdict::Incomplete);
}

#[test]
fn a_product_missing_its_limit_scores_nothing_even_when_another_fails() {
    let park = one_star().quantity("product.ingot.unit-energy", 50.0, "kgce/t");
    let e = ok(&park, &[]);
    let r = result(&e, "guiding.product-energy");
    assert_eq!(r.outcome, Outcome::InsufficientData);
    assert_eq!(r.score, Some(0.0));
    assert_eq!(r.missing, vec!["product.ingot.level-2-limit".to_owned()]);
    assert!(
        r.explanation
            .en
            .contains("`product.ingot.level-2-limit` is missing; score: 0 points")
            && !r.explanation.en.contains("does not change the verdict"),
        "{}",
        r.explanation.en
    );
    assert_eq!(e.verdict, Verdict::Incomplete);
}

#[test]
fn the_core_target_follows_the_national_band() {
    // 1,200,000 tce at 0.2775 tCO2/tce: the band ≥ 1,000,000 tce has 0.30.
    let park = electricity(three_star(), 4_000_000.0, 3_600_000.0, 0.0);
    let e = ok(&park, &[]);
    let core = result(&e, "core.carbon-per-energy");
    assert_close(core.value, 0.2775);
    assert_eq!(core.threshold, zcp_sdk::Threshold::AtMost(0.30));
    assert_eq!(core.outcome, Outcome::Pass);
    assert_eq!(core.score, Some(40.0));
    assert!(core.band.is_some());
}
