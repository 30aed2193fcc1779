//! What the contract asks of a scored standard that does not gate: every
//! result of a declared id and kind, scores within the declared maximum,
//! the verdict `assessed`, a one-line summary.

use std::collections::BTreeMap;

use zcp_sdk::{IndicatorKind, Outcome, Standard, Verdict};

use super::*;

#[test]
fn every_result_carries_the_kind_its_indicator_is_declared_with() {
    let declared: BTreeMap<String, IndicatorKind> = CnJsZcp::describe()
        .indicators
        .into_iter()
        .map(|i| (i.id, i.kind))
        .collect();
    for park in [
        worked(),
        all_met(),
        all_met().without("electricity.grid-purchased"),
        park(),
    ] {
        let e = ok(&park, &[]);
        assert_eq!(e.results.len(), declared.len());
        for r in &e.results {
            assert_eq!(Some(&r.kind), declared.get(&r.id), "{}", r.id);
        }
    }
}

#[test]
fn the_verdict_is_always_assessed_and_never_a_tier() {
    for park in [worked(), all_met(), park()] {
        let e = ok(&park, &[]);
        assert_eq!(e.verdict, Verdict::Assessed);
        assert_eq!(e.tier, None);
        let score = e.score.unwrap_or(-1.0);
        assert!((0.0..=11.0).contains(&score), "{score}");
    }
}

#[test]
fn only_a_computed_reference_value_scores_and_scores_one_or_zero() {
    let e = ok(&worked(), &[]);
    for r in &e.results {
        match (r.kind, r.outcome) {
            (IndicatorKind::Scored, Outcome::Pass) => assert_eq!(r.score, Some(1.0), "{}", r.id),
            (IndicatorKind::Scored, Outcome::Fail) => assert_eq!(r.score, Some(0.0), "{}", r.id),
            _ => assert_eq!(r.score, None, "{}", r.id),
        }
        assert!(r.band.is_none());
    }
    let total: f64 = e.results.iter().filter_map(|r| r.score).sum();
    assert_eq!(e.score, Some(total));
}

#[test]
fn an_empty_park_lacks_data_everywhere_and_scores_zero() {
    let e = ok(&park(), &[]);
    assert_eq!(e.score, Some(0.0));
    assert!(
        e.results
            .iter()
            .all(|r| r.outcome == Outcome::InsufficientData)
    );
    assert_eq!(
        e.summary.map(|s| s.en),
        Some(
            "0 of 11 reference values met, 0 not met, 11 without data (reference values do not gate)"
                .to_owned()
        )
    );
}

#[test]
fn shared_ids_carry_the_same_values_as_cn_zcp_with_jiangsu_thresholds() {
    use cn_zcp::CnZcp;
    let data = [
        ("electricity.grid-purchased", 100_000.0, "MWh"),
        ("waste.solid.generated", 52_000.0, "t"),
        ("waste.solid.utilised", 48_900.0, "t"),
        ("water.fresh-intake", 4_000_000.0, "m3"),
        ("water.reused", 26_000_000.0, "m3"),
        ("waste-energy.recoverable", 120_000.0, "GJ"),
        ("waste-energy.recovered", 100_000.0, "GJ"),
    ];
    let mut national = FakePark::for_standard(2025, &CnZcp::describe());
    let mut jiangsu = park();
    for (key, value, unit) in data {
        national = national.quantity(key, value, unit);
        jiangsu = jiangsu.quantity(key, value, unit);
    }
    let Ok(n) = CnZcp::evaluate(&national, &[], None) else {
        panic!("cn-zcp refused the park")
    };
    let j = ok(&jiangsu, &[]);
    for (id, jiangsu_min) in [
        ("guiding.solid-waste-utilisation", 96.0),
        ("guiding.water-reuse", 85.0),
        ("guiding.waste-energy-utilisation", 95.0),
    ] {
        let (a, b) = (result(&n, id), result(&j, id));
        assert_close(b.value, a.value.unwrap_or(f64::NAN));
        assert_eq!(a.kind, IndicatorKind::Guiding);
        assert_eq!(b.kind, IndicatorKind::Scored);
        assert_eq!(
            b.threshold,
            zcp_sdk::Threshold::AtLeast(jiangsu_min),
            "{id}"
        );
    }
}
