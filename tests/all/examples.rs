//! The example parks: together they exercise every indicator of cn-zcp, and
//! the Ordos-like park's report says which band applied.

use std::collections::BTreeSet;

use zcp::Limits;
use zcp::model::Outcome;

use crate::{evaluate, load, result, root};

/// Every example park file, sorted.
pub(crate) fn example_parks() -> Vec<String> {
    let mut parks: Vec<String> = std::fs::read_dir(root().join("examples/parks"))
        .unwrap()
        .map(|e| {
            format!(
                "examples/parks/{}",
                e.unwrap().file_name().to_string_lossy()
            )
        })
        .collect();
    parks.sort();
    parks
}

#[test]
fn the_examples_exercise_every_indicator_both_ways() {
    let (runtime, registry, _dir) = load(Limits::default(), &[]);
    let parks = example_parks();
    let parks: Vec<&str> = parks.iter().map(String::as_str).collect();
    let report = evaluate(&runtime, &registry, &parks, &["cn-zcp@1"]);
    let declared: BTreeSet<&str> = report.standards[0]
        .indicators
        .keys()
        .map(String::as_str)
        .collect();
    let evaluations: Vec<_> = report
        .parks
        .iter()
        .map(|p| p.runs[0].evaluation.as_ref().unwrap())
        .collect();
    let seen = |outcome: Outcome| -> BTreeSet<&str> {
        evaluations
            .iter()
            .flat_map(|e| &e.results)
            .filter(|r| r.outcome == outcome)
            .map(|r| r.id.as_str())
            .collect()
    };
    // Every indicator computed somewhere (informative totals always pass).
    let computed: BTreeSet<&str> = seen(Outcome::Pass)
        .union(&seen(Outcome::Fail))
        .copied()
        .collect();
    assert_eq!(computed, declared);
    // The core, the guiding indicators and an eligibility condition fail somewhere too,
    // and some indicator is not applicable or lacks data.
    let failed = seen(Outcome::Fail);
    for id in [
        "core.carbon-per-energy",
        "guiding.clean-energy-share",
        "guiding.product-energy",
        "guiding.waste-energy-utilisation",
        "guiding.water-reuse",
        "guiding.direct-green-supply-share",
    ] {
        assert!(failed.contains(id), "no example fails {id}");
    }
    assert!(seen(Outcome::NotApplicable).contains("guiding.waste-energy-utilisation"));
    assert!(seen(Outcome::InsufficientData).contains("core.carbon-per-energy"));
}

#[test]
fn the_ordos_report_says_which_band_applied() {
    let (runtime, registry, _dir) = load(Limits::default(), &[]);
    let report = evaluate(
        &runtime,
        &registry,
        &["examples/parks/ordos-green.toml"],
        &["cn-zcp@1"],
    );
    let evaluation = report.parks[0].runs[0].evaluation.as_ref().unwrap();
    let core = result(evaluation, "core.carbon-per-energy");
    assert_eq!(core.outcome, Outcome::Pass);
    // Electricity at its equal value (附件3 二.1): (225 + 900) GWh × 0.300
    // plus gas 500 × 13.300 puts it inside the 0.20 band; its only CO2 is the
    // gas, 500 × 21.622 (the grid power is all green traded).
    let value = core.value.unwrap();
    assert!((value - 10_811.0 / 344_150.0).abs() < 1e-12, "{value}");
    let en = &core.explanation.en;
    assert!(
        en.contains("band: 200,000 ≤ 344,150 < 1,000,000 tce, threshold ≤ 0.20 tCO2/tce"),
        "{en}"
    );
    let zh = &core.explanation.zh;
    assert!(
        zh.contains("档位：200,000 ≤ 344,150 < 1,000,000 tce"),
        "{zh}"
    );
}
