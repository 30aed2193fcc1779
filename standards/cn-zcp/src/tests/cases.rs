//! The worked cases W1-W3 of DOMAIN.md §2, exactly.

use zcp_sdk::{Outcome, Threshold, Verdict};

use super::*;

#[test]
fn w1_green_park_qualifies() {
    let e = ok(&w1(), &[]);
    assert_close(energy(&e), 633_990.0);
    assert_close(emissions(&e), 23_136.6);
    let c = core(&e);
    assert_close(c.value, 23_136.6 / 633_990.0);
    assert!(c.value.is_some_and(|v| (v - 0.036494).abs() < 0.0000005));
    assert_eq!(c.threshold, Threshold::AtMost(0.20));
    assert_eq!(c.outcome, Outcome::Pass);
    assert_eq!(e.verdict, Verdict::Qualified);
}

#[test]
fn w1_explanations_show_the_arithmetic() {
    let e = ok(&w1(), &[]);
    let en = &result(&e, ENERGY_CONSUMPTION).explanation.en;
    assert!(
        en.contains(
            "(1,800,000 + 200,000 + 100,000 − 0) MWh × 0.300 tce/MWh (equal value) = 630,000 tce"
        ),
        "{en}"
    );
    assert!(
        en.contains("natural gas 300 × 10^4 m3 × 13.300 tce/10^4 m3 = 3,990 tce"),
        "{en}"
    );
    assert!(en.ends_with("total 633,990 tce"), "{en}");
    let en = &result(&e, CO2_EMISSIONS).explanation.en;
    assert!(
        en.contains(
            "direct green + green traded + unbundled certificates 200,000 + 1,700,000 + 80,000 MWh"
        ),
        "{en}"
    );
    assert!(
        en.contains(
            "grid − green traded − certificates (1,800,000 − 1,700,000 − 80,000) = 20,000 MWh"
        ),
        "{en}"
    );
    assert!(
        en.contains("on-site renewable 100,000 MWh is not received electricity"),
        "{en}"
    );
    assert!(
        en.contains("(20,000 − 0) MWh × 0.8325 tCO2/MWh = 16,650 tCO2"),
        "{en}"
    );
    assert!(en.contains("= 6,486.6 tCO2"), "{en}");
    assert!(en.ends_with("total 23,136.6 tCO2"), "{en}");
    let core = &core(&e).explanation;
    assert!(
        core.en.contains("= 0.0365 (0.0364936355…) tCO2/tce"),
        "{}",
        core.en
    );
    assert!(
        core.en.contains("200,000 ≤ 633,990 < 1,000,000 tce"),
        "{}",
        core.en
    );
    assert!(core.zh.contains("达标"), "{}", core.zh);
}

#[test]
fn w2_coal_park_fails_the_veto() {
    let e = ok(&w2(), &[]);
    assert_close(energy(&e), 262_860.0);
    assert_close(emissions(&e), 713_060.0);
    let c = core(&e);
    assert_close(c.value, 713_060.0 / 262_860.0);
    assert!(c.value.is_some_and(|v| (v - 2.7127).abs() < 0.00005));
    assert_eq!(c.threshold, Threshold::AtMost(0.20));
    assert!(
        c.explanation
            .en
            .contains("band: 200,000 ≤ 262,860 < 1,000,000 tce"),
        "{}",
        c.explanation.en
    );
    assert!(
        c.explanation
            .en
            .contains("may in principle not apply for acceptance")
    );
    assert_eq!(c.outcome, Outcome::Fail);
    assert_eq!(e.verdict, Verdict::NotQualified);
}

/// A park below the published bands: the default applies the strictest
/// band, and says so.
#[test]
fn below_the_bands_the_parameter_decides_and_says_so() {
    let park = eligible()
        .quantity("fuel.raw-coal.final", 100_000.0, "t")
        .quantity("electricity.grid-purchased", 100_000.0, "MWh");
    let c = core(&ok(&park, &[])).clone();
    assert_eq!(c.threshold, Threshold::AtMost(0.20));
    assert!(
        c.explanation.en.contains("below the published bands")
            && c.explanation.en.contains("below-band-threshold = 0.20"),
        "{}",
        c.explanation.en
    );
    assert!(c.explanation.zh.contains("below-band-threshold"));
}

#[test]
fn w3_equivalent_value_is_not_the_notices_method() {
    let e = ok(&w1(), &[("electricity-conversion", "equivalent")]);
    assert_close(energy(&e), 262_080.0);
    assert_close(emissions(&e), 23_136.6);
    let c = core(&e);
    assert_close(c.value, 23_136.6 / 262_080.0);
    assert!(c.value.is_some_and(|v| (v - 0.088281).abs() < 0.0000005));
    assert!(
        result(&e, ENERGY_CONSUMPTION)
            .explanation
            .en
            .contains("0.1229 tce/MWh (equivalent value)")
    );
    assert!(
        e.notes.iter().any(|n| n
            .en
            .contains("not the equal-value method attachment 3 二.1 prescribes")),
        "{:?}",
        e.notes
    );
    // A coefficient of another year moves the energy, not the emissions.
    let d = ok(&w1(), &[("equal-value-coefficient", "0.2986")]);
    assert_close(energy(&d), 2_100_000.0 * 0.2986 + 3_990.0);
    assert_close(emissions(&d), 23_136.6);
}
