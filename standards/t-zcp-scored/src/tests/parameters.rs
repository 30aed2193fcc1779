//! Weights, floors and cut-offs as parameters; cn-zcp's passed on.

use zcp_sdk::{EvaluationError, Verdict};

use super::*;

#[track_caller]
fn refused(park: &FakePark, params: &[(&str, &str)]) -> String {
    match run(park, params) {
        Err(EvaluationError::InvalidParameter(m)) => m,
        other => panic!("expected invalid-parameter, got {other:?}"),
    }
}

#[test]
fn weights_floors_and_cut_offs_move_the_score_and_the_tier() {
    let params = [
        ("weight-core", "30"),
        ("weight-clean-energy", "10"),
        ("weight-direct-green", "40"),
        ("weight-products", "0"),
        ("weight-solid-waste", "0"),
        ("weight-waste-energy", "0"),
        ("weight-water-reuse", "0"),
        ("floor-direct-green", "10"),
        ("cut-off-one-star", "50"),
        ("cut-off-two-star", "68.75"),
        ("cut-off-three-star", "80"),
    ];
    let e = ok(&one_star(), &params);
    // (30 + 10 + 40 × (25 − 10) ÷ (50 − 10)) × 100 ÷ 80.
    assert_eq!(e.score, Some(68.75));
    assert_eq!(e.tier.as_deref(), Some("two-star"));
    assert_eq!(
        result(&e, "guiding.direct-green-supply-share").score,
        Some(18.75)
    );
    // Given values are the evaluator's: not provisional.
    let cut = e.assumptions.iter().find(|a| a.name == "cut-off-two-star");
    assert_eq!(
        cut.map(|a| (a.value.as_str(), a.provisional)),
        Some(("68.75", false))
    );
    let default = e.assumptions.iter().find(|a| a.name == "floor-core");
    assert_eq!(
        default.map(|a| (a.value.as_str(), a.provisional)),
        Some(("2.1", true))
    );
}

#[test]
fn cut_offs_must_rise_strictly() {
    for (name, value) in [
        ("cut-off-two-star", "95"),
        ("cut-off-two-star", "60"),
        ("cut-off-one-star", "90"),
    ] {
        let m = refused(&one_star(), &[(name, value)]);
        assert!(m.contains(&format!("`{name}` = {value}")), "{m}");
        assert!(m.contains("rise strictly"), "{m}");
    }
}

#[test]
fn all_weights_zero_is_refused_and_so_is_no_applicable_weight() {
    let zero: Vec<(String, &str)> = crate::scoring::specs()
        .iter()
        .map(|s| (s.weight_param(), "0"))
        .collect();
    let zero: Vec<(&str, &str)> = zero.iter().map(|(n, v)| (n.as_str(), *v)).collect();
    let m = refused(&one_star(), &zero);
    assert!(
        m.contains("every weight is 0") && m.contains("`weight-core`"),
        "{m}"
    );
    // Only waste energy weighs, and it does not apply to the park.
    let mut only_heat = zero.clone();
    only_heat.push(("weight-waste-energy", "10"));
    let park = one_star().text("not-applicable.waste-energy-utilisation", "no heat");
    let m = refused(&park, &only_heat);
    assert!(m.contains("`guiding.waste-energy-utilisation`"), "{m}");
}

#[test]
fn floors_on_the_wrong_side_of_their_target_are_refused() {
    for (name, value) in [
        ("floor-clean-energy", "90"),
        ("floor-products", "100"),
        ("floor-core", "0.3"),
        ("floor-water-reuse", "-1"),
        ("weight-core", "-1"),
        ("cut-off-three-star", "101"),
        ("weight-core", "heavy"),
    ] {
        let m = refused(&one_star(), &[(name, value)]);
        assert!(m.contains(name) && m.contains(value), "{m}");
    }
    // The core floor must lie above cn-zcp's threshold below 200,000 tce too.
    let m = refused(&one_star(), &[("below-band-threshold", "2.5")]);
    assert!(
        m.contains("`floor-core`") && m.contains("below-band-threshold"),
        "{m}"
    );
    let e = ok(
        &one_star(),
        &[("below-band-threshold", "2.5"), ("floor-core", "3")],
    );
    assert_eq!(e.verdict, Verdict::Qualified);
}

#[test]
fn unknown_parameters_are_refused_naming_them() {
    let m = refused(&one_star(), &[("weight-heat", "10")]);
    assert!(
        m.contains("`weight-heat`") && m.contains("weight-waste-energy"),
        "{m}"
    );
}

#[test]
fn cn_zcp_parameters_reach_the_national_computation() {
    // The equivalent value 0.1229 shrinks the energy: the clean energy share
    // stays 100 %, and the report says which method applied.
    let e = ok(&one_star(), &[("electricity-conversion", "equivalent")]);
    let energy = result(&e, "info.energy-consumption");
    assert_close(energy.value, 1_000_000.0 * 0.1229);
    assert!(e.notes.iter().any(|n| n.en.contains("equivalent value")));
    let conversion = e
        .assumptions
        .iter()
        .find(|a| a.name == "electricity-conversion");
    assert_eq!(conversion.map(|a| a.value.as_str()), Some("equivalent"));
}
