//! The draft's bands: the small-park band and the edge at 1,000,000 tce.

use zcp_sdk::{Outcome, Threshold, Verdict};

use super::*;

const COEFFICIENT_1: [(&str, &str); 2] = [
    ("electricity-conversion", "equal-value"),
    ("equal-value-coefficient", "1"),
];

fn with(extra: &[(&'static str, &'static str)]) -> Vec<(&'static str, &'static str)> {
    COEFFICIENT_1.iter().chain(extra).copied().collect()
}

#[test]
fn the_small_park_band_takes_its_parameter() {
    // 0.25 passes 0.30 (parameter) but not 0.20 (its default).
    let park = sized(199_999.0, 0.25);
    let e = ok(&park, &with(&[("small-park-threshold", "0.30")]));
    let c = core(&e);
    assert_eq!(c.threshold, Threshold::AtMost(0.30));
    assert_eq!(c.outcome, Outcome::Pass);
    assert!(
        c.explanation
            .en
            .contains("band: 199,999 < 200,000 tce (the draft's small-park band), threshold ≤ 0.30 tCO2/tce from the parameter small-park-threshold = 0.30"),
        "{}",
        c.explanation.en
    );
    assert_eq!(
        c.band.as_ref().map(|b| b.en.as_str()),
        Some(
            "E < 200,000 tce (the draft's small-park band; threshold: provisional parameter small-park-threshold)"
        )
    );
    let e = ok(&park, &with(&[]));
    assert_eq!(core(&e).threshold, Threshold::AtMost(0.20));
    assert_eq!(e.verdict, Verdict::NotQualified);
    // 200,000 is not in the small-park band.
    let e = ok(
        &sized(200_000.0, 0.25),
        &with(&[("small-park-threshold", "0.30")]),
    );
    assert_eq!(core(&e).threshold, Threshold::AtMost(0.20));
}

#[test]
fn exactly_1000000_takes_the_band_the_edge_parameter_names() {
    let park = sized(1_000_000.0, 0.25);
    let upper = ok(&park, &with(&[]));
    assert_eq!(core(&upper).threshold, Threshold::AtMost(0.30));
    assert_eq!(upper.verdict, Verdict::Qualified);
    let en = &core(&upper).explanation.en;
    assert!(en.contains("band: 1,000,000 ≥ 1,000,000 tce"), "{en}");
    assert!(
        en.contains("the parameter band-edge-1000000 = upper takes 0.30"),
        "{en}"
    );

    let middle = ok(&park, &with(&[("band-edge-1000000", "middle")]));
    let c = core(&middle);
    assert_eq!(c.threshold, Threshold::AtMost(0.20));
    assert_eq!(c.outcome, Outcome::Fail);
    assert_eq!(middle.verdict, Verdict::NotQualified);
    assert!(
        c.explanation
            .en
            .contains("band: 200,000 ≤ 1,000,000 ≤ 1,000,000 tce"),
        "{}",
        c.explanation.en
    );
    assert!(
        c.band
            .as_ref()
            .is_some_and(|b| b.en.starts_with("200,000 ≤ E ≤ 1,000,000 tce"))
    );
}

#[test]
fn the_edge_parameter_moves_nothing_but_exactly_1000000() {
    for energy in [999_999.0, 1_000_001.0] {
        let park = sized(energy, 0.25);
        let upper = core(&ok(&park, &with(&[]))).threshold.clone();
        let middle = core(&ok(&park, &with(&[("band-edge-1000000", "middle")])))
            .threshold
            .clone();
        assert_eq!(upper, middle, "{energy}");
    }
    let e = ok(
        &sized(1_000_001.0, 0.25),
        &with(&[("band-edge-1000000", "middle")]),
    );
    assert!(
        core(&e)
            .explanation
            .en
            .contains("band: 1,000,001 > 1,000,000 tce"),
        "{}",
        core(&e).explanation.en
    );
    assert!(
        e.summary
            .as_ref()
            .is_some_and(|s| s.en.contains("(band > 1,000,000 tce)")),
        "{:?}",
        e.summary
    );
}

#[test]
fn an_edge_outside_its_words_is_refused() {
    let Err(EvaluationError::InvalidParameter(m)) =
        run(&sized(500_000.0, 0.1), &[("band-edge-1000000", "lower")])
    else {
        panic!("expected invalid parameter")
    };
    assert!(
        m.contains("band-edge-1000000") && m.contains("`lower`"),
        "{m}"
    );
    // 1.0.0's name for the small-park threshold is not the draft's.
    assert!(matches!(
        run(&sized(500_000.0, 0.1), &[("below-band-threshold", "0.3")]),
        Err(EvaluationError::InvalidParameter(m)) if m.contains("unknown parameter `below-band-threshold`")
    ));
}
