//! The staged guiding indicators: the stage's minimum, never the verdict.

use zcp_sdk::{Outcome, Threshold, Verdict, text};

use super::*;

#[test]
fn guiding_thresholds_follow_the_stage() {
    // Clean share 80 %: passes stage 2030's 70 %, fails stage 2035's 90 %.
    let p = grid_park(2029, 160_000.0)
        .quantity("waste.solid.generated", 10_000.0, "t")
        .quantity("waste.solid.utilised", 8_200.0, "t")
        .quantity("water.fresh-intake", 140.0, "m3")
        .quantity("water.reused", 860.0, "m3");
    let e = ok(&p, &[]);
    let clean = result(&e, "guiding.clean-energy-share");
    assert_close(clean.value, 80.0);
    assert_eq!(clean.threshold, Threshold::AtLeast(70.0));
    assert_eq!(clean.outcome, Outcome::Pass);
    assert_eq!(clean.band, Some(text("2030 年阶段", "stage 2030")));
    let solid = result(&e, "guiding.solid-waste-utilisation");
    assert_eq!(solid.threshold, Threshold::AtLeast(85.0));
    assert_eq!(solid.outcome, Outcome::Fail);
    assert!(
        solid
            .explanation
            .en
            .contains("below the guiding value ≥ 85 %"),
        "{}",
        solid.explanation.en
    );
    let water = result(&e, "guiding.water-reuse");
    assert_eq!(water.outcome, Outcome::Pass);
    assert_close(water.value, 86.0);
    assert_eq!(e.verdict, Verdict::Qualified);

    let e = ok(&p, &[("stage", "2035")]);
    assert_eq!(
        result(&e, "guiding.clean-energy-share").outcome,
        Outcome::Fail
    );
    assert_eq!(result(&e, "guiding.water-reuse").outcome, Outcome::Fail);
}

#[test]
fn guiding_results_without_data_carry_the_stage_threshold() {
    let e = ok(&grid_park(2027, 140_000.0), &[]);
    let r = result(&e, "guiding.waste-energy-utilisation");
    assert_eq!(r.outcome, Outcome::InsufficientData);
    assert_eq!(r.threshold, Threshold::AtLeast(50.0));
    assert_eq!(e.verdict, Verdict::Qualified);
    let product = result(&e, "guiding.product-energy");
    assert_eq!(product.threshold, Threshold::AtMost(100.0));
    assert_eq!(product.band, None);
}

#[test]
fn a_stated_reason_makes_a_guiding_indicator_not_applicable() {
    let p =
        grid_park(2027, 140_000.0).text("not-applicable.waste-energy-utilisation", "assembly only");
    let e = ok(&p, &[]);
    let r = result(&e, "guiding.waste-energy-utilisation");
    assert_eq!(r.outcome, Outcome::NotApplicable);
    assert_eq!(r.threshold, Threshold::AtLeast(50.0));
}

#[test]
fn the_direct_supply_principle_is_not_reported() {
    let e = ok(&grid_park(2027, 140_000.0), &[]);
    assert!(
        e.results
            .iter()
            .all(|r| r.id != "guiding.direct-green-supply-share")
    );
}
