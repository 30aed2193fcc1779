//! Band edges and the full-value comparison.

use zcp_sdk::{Outcome, Threshold};

use super::*;
use crate::indicators::Band;

/// A park whose energy is exactly `energy` tce (direct green power at an
/// equal-value coefficient of 1 tce/MWh) and whose intensity is `ratio`.
fn sized(energy: f64, ratio: f64) -> (FakePark, Vec<(&'static str, &'static str)>) {
    let park = eligible()
        .quantity("electricity.grid-purchased", 0.0, "MWh")
        .quantity("electricity.direct-green", energy, "MWh")
        .quantity("emissions.process", energy * ratio, "tCO2");
    let params = vec![
        ("electricity-conversion", "equal-value"),
        ("equal-value-coefficient", "1"),
        ("below-band-threshold", "0.25"),
    ];
    (park, params)
}

#[test]
fn band_edges_pick_the_right_threshold() {
    // Intensity 0.22: passes 0.25 (below-band parameter) and 0.30, fails 0.20.
    let cases = [
        (199_999.9, 0.25, Outcome::Pass),
        (200_000.0, 0.20, Outcome::Fail),
        (999_999.0, 0.20, Outcome::Fail),
        (1_000_000.0, 0.30, Outcome::Pass),
    ];
    for (energy_tce, limit, outcome) in cases {
        let (park, params) = sized(energy_tce, 0.22);
        let e = ok(&park, &params);
        assert_close(energy(&e), energy_tce);
        let c = core(&e);
        assert_eq!(c.threshold, Threshold::AtMost(limit), "{energy_tce}");
        assert_eq!(c.outcome, outcome, "{energy_tce}");
    }
}

#[test]
fn below_band_explanation_names_the_parameter_value() {
    let (park, params) = sized(150_000.0, 0.22);
    let e = ok(&park, &params);
    let en = &core(&e).explanation.en;
    assert!(en.contains("below the published bands"), "{en}");
    assert!(en.contains("below-band-threshold = 0.25"), "{en}");
}

#[test]
fn band_is_chosen_on_the_unrounded_energy() {
    assert_eq!(Band::of(199_999.999_999), Band::Below);
    assert_eq!(Band::of(200_000.0), Band::Middle);
    assert_eq!(Band::of(999_999.999_999), Band::Middle);
    assert_eq!(Band::of(1_000_000.0), Band::Upper);
}

#[test]
fn a_value_just_over_the_threshold_fails_though_it_rounds_to_it() {
    let (park, params) = sized(500_000.0, 0.200_000_1);
    let e = ok(&park, &params);
    let c = core(&e);
    assert!(c.value.is_some_and(|v| v > 0.20));
    assert_eq!(c.outcome, Outcome::Fail);
    // The display shows the rounding and the full value that decided.
    assert!(
        c.explanation.en.contains("0.2000 (0.2000001"),
        "{}",
        c.explanation.en
    );
    assert!(
        c.explanation
            .en
            .contains("may in principle not apply for acceptance"),
        "{}",
        c.explanation.en
    );

    let (park, params) = sized(500_000.0, 0.20);
    let e = ok(&park, &params);
    assert_eq!(core(&e).outcome, Outcome::Pass);
}

/// The option a successor uses to settle the overlap of the printed bands:
/// it moves exactly 1,000,000 tce and nothing else.
#[test]
fn the_edge_option_moves_exactly_1000000_only() {
    use crate::indicators::BandEdge;
    for edge in [BandEdge::Upper, BandEdge::Middle] {
        assert_eq!(Band::of_with_edge(199_999.999_999, edge), Band::Below);
        assert_eq!(Band::of_with_edge(200_000.0, edge), Band::Middle);
        assert_eq!(Band::of_with_edge(999_999.999_999, edge), Band::Middle);
        assert_eq!(Band::of_with_edge(1_000_000.000_001, edge), Band::Upper);
    }
    assert_eq!(
        Band::of_with_edge(1_000_000.0, BandEdge::Upper),
        Band::Upper
    );
    assert_eq!(
        Band::of_with_edge(1_000_000.0, BandEdge::Middle),
        Band::Middle
    );
    assert_eq!(
        Band::of(1_000_000.0),
        Band::Upper,
        "1.0.0 reads it as upper"
    );
}
