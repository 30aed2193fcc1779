//! The score: one point per reference value met; edges compared on the
//! full value; missing data, contradictions and values that do not apply
//! score nothing.

use zcp_sdk::Outcome;

use super::*;

#[test]
fn a_park_meeting_every_reference_value_scores_eleven() {
    let e = ok(&all_met(), &[]);
    assert_eq!(e.score, Some(11.0));
    for r in e.results.iter().filter(|r| r.score.is_some()) {
        assert_eq!(r.outcome, Outcome::Pass, "{}", r.id);
    }
    assert_close(result(&e, "ref.green-factories").value, 60.0);
    assert_close(result(&e, "ref.nev-fleet").value, 90.0);
    assert_close(result(&e, "ref.green-rd-intensity").value, 4.0);
    assert_close(result(&e, "guiding.waste-energy-utilisation").value, 96.0);
}

/// Grid power only: 70,000 MWh × 0.1229 = 8,603 tce and × 0.8325 = 58,275
/// tCO2, both exact in binary, so a value added puts either exactly on its
/// reference value.
fn grid_only(value_added: f64) -> FakePark {
    park()
        .quantity("electricity.grid-purchased", 70_000.0, "MWh")
        .quantity("economy.industrial-value-added", value_added, "10^4 CNY")
}

#[test]
fn intensities_at_their_reference_value_are_met_and_just_over_are_not() {
    let at = ok(&grid_only(24_580.0), &[]);
    let r = result(&at, "ref.energy-per-value-added");
    assert_eq!((r.value, r.outcome), (Some(0.35), Outcome::Pass));
    let over = ok(&grid_only(24_579.0), &[]);
    assert_eq!(
        result(&over, "ref.energy-per-value-added").outcome,
        Outcome::Fail
    );
    let at = ok(&grid_only(97_125.0), &[]);
    let r = result(&at, "ref.carbon-per-value-added");
    assert_eq!((r.value, r.outcome), (Some(0.6), Outcome::Pass));
    let over = ok(&grid_only(97_124.0), &[]);
    assert_eq!(
        result(&over, "ref.carbon-per-value-added").outcome,
        Outcome::Fail
    );
}

#[test]
fn shares_of_whole_numbers_are_exact() {
    // 30,000 of 100,000: 30 exactly, not 30.000000000000004.
    let park = grid_only(100_000.0).quantity("electricity.grid-purchased", 100_000.0, "MWh");
    let e = ok(
        &park.quantity("electricity.green-traded", 30_000.0, "MWh"),
        &[],
    );
    let r = result(&e, "ref.renewable-electricity-share");
    assert_eq!((r.value, r.outcome), (Some(30.0), Outcome::Pass));
    let e = ok(
        &all_met().quantity("x-cn-js-zcp.green-factories", 20.0, "1"),
        &[],
    );
    let r = result(&e, "ref.green-factories");
    assert_eq!((r.value, r.outcome), (Some(50.0), Outcome::Pass));
    let e = ok(
        &all_met().quantity("x-cn-js-zcp.vehicles-nev", 399.0, "1"),
        &[],
    );
    let r = result(&e, "ref.nev-fleet");
    assert_eq!((r.value, r.outcome), (Some(79.8), Outcome::Fail));
}

#[test]
fn a_park_without_the_defined_keys_lacks_those_three_only() {
    let park = all_met()
        .without("x-cn-js-zcp.green-factories")
        .without("x-cn-js-zcp.vehicles")
        .without("x-cn-js-zcp.vehicles-nev")
        .without("x-cn-js-zcp.green-rd-spending");
    let e = ok(&park, &[]);
    for (id, missing) in [
        ("ref.green-factories", vec!["x-cn-js-zcp.green-factories"]),
        (
            "ref.nev-fleet",
            vec!["x-cn-js-zcp.vehicles-nev", "x-cn-js-zcp.vehicles"],
        ),
        (
            "ref.green-rd-intensity",
            vec!["x-cn-js-zcp.green-rd-spending"],
        ),
    ] {
        let r = result(&e, id);
        assert_eq!(r.outcome, Outcome::InsufficientData, "{id}");
        assert_eq!(r.missing, missing, "{id}");
        assert_eq!(r.score, None, "{id}");
    }
    assert_eq!(e.score, Some(8.0));
    assert_eq!(
        e.summary.map(|s| s.en),
        Some(
            "8 of 11 reference values met, 0 not met, 3 without data (reference values do not gate)"
                .to_owned()
        )
    );
}

#[test]
fn values_that_do_not_apply_are_not_scored_and_say_why() {
    let park = all_met()
        .text(
            "not-applicable.waste-energy-utilisation",
            "no industrial waste heat",
        )
        .quantity("x-cn-js-zcp.vehicles", 0.0, "1")
        .quantity("x-cn-js-zcp.vehicles-nev", 0.0, "1")
        .quantity("economy.industrial-value-added", 0.0, "10^4 CNY");
    let e = ok(&park, &[]);
    let heat = result(&e, "guiding.waste-energy-utilisation");
    assert_eq!(heat.outcome, Outcome::NotApplicable);
    assert!(heat.explanation.en.contains("no industrial waste heat"));
    assert_eq!(heat.threshold, zcp_sdk::Threshold::AtLeast(95.0));
    assert_eq!(result(&e, "ref.nev-fleet").outcome, Outcome::NotApplicable);
    for id in ["ref.energy-per-value-added", "ref.carbon-per-value-added"] {
        let r = result(&e, id);
        assert_eq!(r.outcome, Outcome::NotApplicable, "{id}");
        assert!(r.explanation.en.contains("does not apply"), "{id}");
    }
    assert!(
        e.results
            .iter()
            .filter(|r| r.outcome == Outcome::NotApplicable)
            .all(|r| r.score.is_none())
    );
    assert_eq!(e.score, Some(7.0));
    assert_eq!(
        e.summary.map(|s| s.en),
        Some(
            "7 of 11 reference values met, 0 not met, 0 without data, 4 not applicable (reference values do not gate)"
                .to_owned()
        )
    );
}

#[test]
fn a_share_above_a_hundred_is_a_contradiction_without_a_score() {
    let park = all_met().quantity("x-cn-js-zcp.green-factories", 45.0, "1");
    let e = ok(&park, &[]);
    let r = result(&e, "ref.green-factories");
    assert_eq!(r.outcome, Outcome::InsufficientData);
    assert_eq!((r.value, r.score), (None, None));
    assert!(r.missing.is_empty());
    assert!(
        r.explanation.en.contains("= 112.50 %: above 100 %"),
        "{}",
        r.explanation.en
    );
}

#[test]
fn missing_grid_purchase_leaves_the_energy_values_without_data() {
    let e = ok(&all_met().without("electricity.grid-purchased"), &[]);
    for id in [
        "ref.energy-per-value-added",
        "ref.carbon-per-value-added",
        "ref.non-fossil-share",
        "ref.renewable-electricity-share",
        "ref.electrification",
        "info.energy-consumption",
        "info.co2-emissions",
    ] {
        let r = result(&e, id);
        assert_eq!(r.outcome, Outcome::InsufficientData, "{id}");
        assert_eq!(r.missing, ["electricity.grid-purchased"], "{id}");
        assert!(r.explanation.en.contains("zero if none"), "{id}");
    }
    assert_eq!(e.score, Some(6.0));
}

#[test]
fn missing_process_factors_leave_the_co2_values_without_data_only() {
    let park = worked().quantity("process.glass.output", 1_000.0, "t");
    let e = ok(&park, &[]);
    assert_eq!(
        result(&e, "ref.energy-per-value-added").outcome,
        Outcome::Pass
    );
    let carbon = result(&e, "ref.carbon-per-value-added");
    assert_eq!(carbon.outcome, Outcome::InsufficientData);
    assert_eq!(carbon.missing, ["process.glass.factor"]);
    assert_eq!(
        result(&e, "info.co2-emissions").missing,
        ["process.glass.factor"]
    );
}

#[test]
fn a_net_exporter_of_electricity_has_no_electricity_shares() {
    // 100,000 MWh generated on site, 160,000 sent out: the use is −60,000 MWh.
    let park = park()
        .quantity("economy.industrial-value-added", 100_000.0, "10^4 CNY")
        .quantity("electricity.grid-purchased", 0.0, "MWh")
        .quantity("electricity.on-site-renewable", 100_000.0, "MWh")
        .quantity("electricity.direct-green", 60_000.0, "MWh")
        .quantity("electricity.exported", 220_000.0, "MWh")
        .quantity("electricity.exported-green", 220_000.0, "MWh")
        .quantity("fuel.natural-gas.final", 10_000.0, "10^4 m3");
    let e = ok(&park, &[]);
    for id in ["ref.renewable-electricity-share", "ref.electrification"] {
        let r = result(&e, id);
        assert_eq!(r.outcome, Outcome::NotApplicable, "{id}");
        assert!(
            r.explanation.en.contains("= -60,000 MWh is not above 0"),
            "{}",
            r.explanation.en
        );
    }
    // Green electricity is capped at a use of zero: no non-fossil energy.
    assert_eq!(result(&e, "ref.non-fossil-share").value, Some(0.0));
}

/// A park using only electricity showed its electrification as "100.00
/// (100.0000…) %: above 100 %" (synthetic park 10 of seed 3, no fuel, no
/// heat): the part and the whole were the same figures summed in another
/// order. A few ulps above is all of it; a real excess is still refused.
#[test]
fn r_a_share_a_rounding_above_the_whole_is_all_of_it() {
    use crate::reference::{Figures, share};
    let whole = 6_089.498_4;
    let formula = || ("部分 ÷ 整体".to_owned(), "part ÷ whole".to_owned());
    let all = share(
        whole * (1.0 + 4.0 * f64::EPSILON),
        whole,
        formula(),
        zcp_sdk::text("", ""),
        vec![],
    );
    assert!(
        matches!(all, Figures::Value { value, .. } if value == 100.0),
        "{all:?}"
    );
    let over = share(
        whole * 1.000_01,
        whole,
        formula(),
        zcp_sdk::text("", ""),
        vec![],
    );
    assert!(matches!(over, Figures::Contradiction { .. }), "{over:?}");
}
