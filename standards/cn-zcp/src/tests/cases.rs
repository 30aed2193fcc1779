//! The worked cases W1-W3 of DOMAIN.md §2, exactly.

use zcp_sdk::{Outcome, Threshold, Verdict};

use super::*;

#[test]
fn w1_green_park_qualifies() {
    let e = ok(&w1(), &[]);
    assert_close(energy(&e), 262_080.0);
    assert_close(emissions(&e), 18_678.6);
    let c = core(&e);
    assert_close(c.value, 18_678.6 / 262_080.0);
    assert!(c.value.is_some_and(|v| (v - 0.0713).abs() < 0.00005));
    assert_eq!(c.threshold, Threshold::AtMost(0.20));
    assert_eq!(c.outcome, Outcome::Pass);
    assert_eq!(e.verdict, Verdict::Qualified);
}

#[test]
fn w1_explanations_show_the_arithmetic() {
    let e = ok(&w1(), &[]);
    let en = &result(&e, ENERGY_CONSUMPTION).explanation.en;
    assert!(
        en.contains("(1,800,000 + 200,000 + 100,000 − 0) MWh × 0.1229 tce/MWh"),
        "{en}"
    );
    assert!(en.contains("= 258,090 tce"), "{en}");
    assert!(
        en.contains("natural gas 300 × 10^4 m3 × 13.300 tce/10^4 m3 = 3,990 tce"),
        "{en}"
    );
    assert!(en.ends_with("total 262,080 tce"), "{en}");
    let en = &result(&e, CO2_EMISSIONS).explanation.en;
    assert!(
        en.contains("max(0, 1,800,000 − 0 − 1,700,000 − 80,000) = 20,000 MWh × 0.6096 tCO2/MWh"),
        "{en}"
    );
    assert!(en.contains("= 12,192 tCO2"), "{en}");
    assert!(en.contains("= 6,486.6 tCO2"), "{en}");
    assert!(en.ends_with("total 18,678.6 tCO2"), "{en}");
    let core = &core(&e).explanation;
    assert!(
        core.en.contains("= 0.0713 (0.0712706044…) tCO2/tce"),
        "{}",
        core.en
    );
    assert!(
        core.en.contains("200,000 ≤ 262,080 < 1,000,000 tce"),
        "{}",
        core.en
    );
    assert!(core.zh.contains("达标"), "{}", core.zh);
}

#[test]
fn w2_coal_park_fails_the_veto() {
    let e = ok(&w2(), &[]);
    assert_close(energy(&e), 192_020.0);
    assert_close(emissions(&e), 592_300.0);
    assert_close(emissions(&e), 380_060.0 + 400_000.0 * 0.5306);
    let c = core(&e);
    assert_close(c.value, 592_300.0 / 192_020.0);
    assert!(c.value.is_some_and(|v| (v - 3.0846).abs() < 0.00005));
    // Below 200,000 tce: the default applies the strictest band, and says so.
    assert_eq!(c.threshold, Threshold::AtMost(0.20));
    assert!(
        c.explanation.en.contains("below the published bands"),
        "{}",
        c.explanation.en
    );
    assert!(
        c.explanation.en.contains("below-band-threshold = 0.20"),
        "{}",
        c.explanation.en
    );
    assert!(
        c.explanation.zh.contains("below-band-threshold"),
        "{}",
        c.explanation.zh
    );
    assert_eq!(c.outcome, Outcome::Fail);
    assert_eq!(e.verdict, Verdict::NotQualified);
    // No market green power: the national average factor.
    assert!(
        result(&e, CO2_EMISSIONS)
            .explanation
            .en
            .contains("0.5306 tCO2/MWh (national average grid factor, 2023")
    );
}

#[test]
fn w3_equal_value_conversion() {
    let e = ok(
        &w1(),
        &[
            ("electricity-conversion", "equal-value"),
            ("equal-value-coefficient", "0.300"),
        ],
    );
    assert_close(energy(&e), 633_990.0);
    assert_close(emissions(&e), 18_678.6);
    let c = core(&e);
    assert_close(c.value, 18_678.6 / 633_990.0);
    assert!(c.value.is_some_and(|v| (v - 0.0295).abs() < 0.00005));
    assert_eq!(c.outcome, Outcome::Pass);
    // 0.300 is the default coefficient: the conversion alone suffices.
    let d = ok(&w1(), &[("electricity-conversion", "equal-value")]);
    assert_close(energy(&d), 633_990.0);
    assert!(
        result(&d, ENERGY_CONSUMPTION)
            .explanation
            .en
            .contains("0.300 tce/MWh (equal value)")
    );
}
