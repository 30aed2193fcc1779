//! The regional core: the base's value, unchanged, against the parameter.

use super::*;

const GRID: &str = "electricity.grid-purchased";

#[track_caller]
fn outcome(park: &FakePark, given: &[(&str, &str)]) -> (Outcome, Verdict) {
    let e = ok(park, given);
    (regional(&e).outcome, e.verdict)
}

#[test]
fn the_value_is_the_bases_not_recomputed() {
    for park in [
        ordos(),
        park(100_000.0, 900_000.0),
        park(10_000.0, 190_000.0),
    ] {
        let base = base_of(&park);
        let national = base
            .results
            .iter()
            .find(|r| r.id == "core.carbon-per-energy")
            .unwrap();
        let e = CnNmZcp::evaluate(&park, &[], Some(base.clone())).unwrap();
        let r = regional(&e);
        assert_eq!(
            r.value.map(f64::to_bits),
            national.value.map(f64::to_bits),
            "the very same number"
        );
        assert_eq!(r.used, national.used, "the keys it rests on are the base's");
        assert!(r.missing.is_empty());
    }
    // 83,250 tCO2 ÷ 300,000 tce.
    assert_close(
        regional(&ok(&park(100_000.0, 900_000.0), &[])).value,
        0.2775,
    );
}

#[test]
fn exactly_the_default_threshold_passes_and_just_over_fails() {
    // 133,200 tCO2 ÷ 333,000 tce = 0.4 exactly.
    let at = park(160_000.0, 950_000.0);
    assert_close(regional(&ok(&at, &[])).value, 0.4);
    assert_eq!(outcome(&at, &[]), (Outcome::Pass, Verdict::Qualified));
    // 133,200.008325 ÷ 333,000 = 0.400000025: rounds to 0.4000, fails on the full value.
    let over = park(160_000.01, 949_999.99);
    let e = ok(&over, &[]);
    assert_close(regional(&e).value, 0.400_000_025);
    assert_eq!(regional(&e).threshold, Threshold::AtMost(0.4));
    assert_eq!(
        (regional(&e).outcome, e.verdict),
        (Outcome::Fail, Verdict::NotQualified)
    );
    assert!(
        regional(&e).explanation.en.ends_with(
            "0.4000 (0.400000025) > 0.40: fail; the park does not meet the regional tier"
        ),
        "{}",
        regional(&e).explanation.en
    );
}

#[test]
fn the_parameter_moves_the_threshold_within_the_range() {
    // 166,500 ÷ 300,000 = 0.555.
    let mid = park(200_000.0, 800_000.0);
    assert_eq!(outcome(&mid, &[]), (Outcome::Fail, Verdict::NotQualified));
    let p = [("regional-core-threshold", "0.6")];
    assert_eq!(outcome(&mid, &p), (Outcome::Pass, Verdict::Qualified));
    assert_eq!(regional(&ok(&mid, &p)).threshold, Threshold::AtMost(0.6));
    let p = [("regional-core-threshold", "0.5")];
    assert_eq!(outcome(&mid, &p), (Outcome::Fail, Verdict::NotQualified));
    // 199,800 ÷ 333,000 = 0.6 exactly, at the top of the range.
    let top = park(240_000.0, 870_000.0);
    let p = [("regional-core-threshold", "0.6")];
    assert_eq!(outcome(&top, &p), (Outcome::Pass, Verdict::Qualified));
    // A threshold with more decimals is shown in full.
    let p = [("regional-core-threshold", "0.555")];
    let e = ok(&mid, &p);
    assert_eq!(regional(&e).outcome, Outcome::Pass);
    assert!(
        regional(&e).explanation.en.contains("0.5550 ≤ 0.555: pass"),
        "{}",
        regional(&e).explanation.en
    );
}

#[test]
fn the_explanation_says_where_the_value_and_the_threshold_come_from() {
    let e = ok(&park(100_000.0, 900_000.0), &[]);
    let r = regional(&e);
    assert_eq!(
        r.explanation.en,
        "national core value (carbon per unit of energy) 0.2775 tCO2/tce, as accounted by the base cn-zcp@^1 (`core.carbon-per-energy`, same accounting, not recomputed); regional threshold ≤ 0.40 tCO2/tce (parameter regional-core-threshold = 0.40: provisional default, the strictest end of 0.4–0.6); compared on the full value (GB/T 8170): 0.2775 ≤ 0.40: pass"
    );
    assert!(
        r.explanation.zh.contains("取自基础标准 cn-zcp@^1"),
        "{}",
        r.explanation.zh
    );
    assert!(
        r.explanation.zh.ends_with("0.2775 ≤ 0.40，达标"),
        "{}",
        r.explanation.zh
    );
    let e = ok(
        &park(100_000.0, 900_000.0),
        &[("regional-core-threshold", "0.6")],
    );
    assert!(
        regional(&e).explanation.en.contains(
            "(parameter regional-core-threshold = 0.60, set by the evaluator within 0.4–0.6)"
        ),
        "{}",
        regional(&e).explanation.en
    );
}

#[test]
fn without_the_bases_value_it_is_insufficient_data_with_the_bases_missing_keys() {
    let park = ordos().without(GRID);
    let e = ok(&park, &[]);
    let r = regional(&e);
    assert_eq!(r.outcome, Outcome::InsufficientData);
    assert_eq!(r.value, None);
    assert_eq!(r.missing, vec![GRID.to_owned()]);
    assert_eq!(r.threshold, Threshold::AtMost(0.4));
    assert!(r.used.contains(&"fuel.natural-gas.final".to_owned()));
    assert_eq!(
        r.explanation.en,
        "the base cn-zcp@^1 gives no value of `core.carbon-per-energy` (`electricity.grid-purchased` is missing), so it cannot be compared with the regional threshold ≤ 0.40 tCO2/tce (parameter regional-core-threshold = 0.40: provisional default, the strictest end of 0.4–0.6)"
    );
    assert_eq!(e.verdict, Verdict::Incomplete);
    // A base core without a value and without missing keys: its own words.
    let e =
        CnNmZcp::evaluate(&eligible(), &[], Some(fake_base(Verdict::Incomplete, None))).unwrap();
    assert!(
        regional(&e)
            .explanation
            .en
            .contains("(the base's explanation)"),
        "{}",
        regional(&e).explanation.en
    );
}

#[test]
fn the_threshold_is_an_assumption_provisional_while_defaulted() {
    let e = ok(&ordos(), &[]);
    assert_eq!(e.assumptions.len(), 1);
    let a = &e.assumptions[0];
    assert_eq!(
        (a.name.as_str(), a.value.as_str()),
        ("regional-core-threshold", "0.40")
    );
    assert!(a.provisional);
    let e = ok(&ordos(), &[("regional-core-threshold", "0.5")]);
    let a = &e.assumptions[0];
    assert_eq!(a.value, "0.5");
    assert!(
        !a.provisional,
        "a value the evaluator chose is their decision"
    );
}
