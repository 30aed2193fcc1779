//! What contract 1.1 adds to an evaluation: each result's declared kind, the
//! band of the core indicator, the one-line summary of the verdict.

use std::collections::BTreeMap;

use zcp_sdk::{IndicatorKind, Standard, Threshold, Verdict};

use super::*;

#[test]
fn every_result_carries_the_kind_its_indicator_is_declared_with() {
    let declared: BTreeMap<String, IndicatorKind> = CnZcp::describe()
        .indicators
        .into_iter()
        .map(|i| (i.id, i.kind))
        .collect();
    for park in [w1(), w2(), w1().without("electricity.grid-purchased")] {
        let e = ok(&park, &[]);
        assert_eq!(e.results.len(), declared.len());
        for r in &e.results {
            assert_eq!(Some(&r.kind), declared.get(&r.id), "{}", r.id);
        }
    }
}

#[test]
fn the_core_result_names_the_band_that_applied() {
    let info = CnZcp::describe();
    let Some(bands) = info
        .indicators
        .iter()
        .find(|i| i.id == CARBON_PER_ENERGY)
        .map(|i| &i.thresholds)
    else {
        panic!("no core indicator")
    };
    // W1: 633,990 tce, the middle band (declared first).
    let e = ok(&w1(), &[]);
    assert_eq!(core(&e).band.as_ref(), Some(&bands[0].applies_when));
    // Without its grid purchase no band can be chosen.
    let e = ok(&w1().without("electricity.grid-purchased"), &[]);
    assert_eq!(core(&e).band, None);
    // Only the core indicator has bands.
    let e = ok(&w1(), &[]);
    assert!(
        e.results
            .iter()
            .filter(|r| r.id != CARBON_PER_ENERGY)
            .all(|r| r.band.is_none())
    );
}

#[test]
fn a_core_result_lacking_only_process_data_still_names_its_band() {
    let park = w2().quantity("process.cement.output", 1_000.0, "t");
    let e = ok(&park, &[]);
    let c = core(&e);
    assert_eq!(c.outcome, Outcome::InsufficientData);
    assert_eq!(c.threshold, Threshold::AtMost(0.20));
    assert!(
        c.band
            .as_ref()
            .is_some_and(|b| b.en.starts_with("200,000 ≤ E < 1,000,000 tce")),
        "{:?}",
        c.band
    );
}

#[test]
fn the_summary_gives_the_reason_for_each_verdict() {
    let e = ok(&w1(), &[]);
    assert_eq!(e.verdict, Verdict::Qualified);
    let s = e.summary.unwrap();
    assert_eq!(
        s.en,
        "core indicator 0.0365 tCO2/tce ≤ 0.20 (band 200,000–1,000,000 tce): qualified"
    );
    assert_eq!(
        s.zh,
        "核心指标 0.0365 tCO2/tce ≤ 0.20（档位 200,000–1,000,000 tce）：符合"
    );

    let e = ok(&w2(), &[]);
    assert_eq!(e.verdict, Verdict::NotQualified);
    assert_eq!(
        e.summary.unwrap().en,
        "core indicator 2.7127 tCO2/tce > 0.20 (band 200,000–1,000,000 tce): not qualified"
    );

    let e = ok(&w2().flag("park.major-incident-3y", true), &[]);
    let s = e.summary.unwrap();
    assert_eq!(
        s.en,
        "basic condition `eligibility.no-major-incident` not met; core indicator 2.7127 tCO2/tce > 0.20 (band 200,000–1,000,000 tce): not qualified"
    );
    assert!(s.zh.starts_with("基本条件 `eligibility.no-major-incident` 不满足；核心指标"));

    let e = ok(&w1().without("electricity.grid-purchased"), &[]);
    assert_eq!(e.verdict, Verdict::Incomplete);
    let s = e.summary.unwrap();
    assert_eq!(
        s.en,
        "`electricity.grid-purchased` is missing for `core.carbon-per-energy`: incomplete"
    );
    assert_eq!(
        s.zh,
        "缺少 `electricity.grid-purchased`，`core.carbon-per-energy` 无法判定：数据不完整"
    );
}

#[test]
fn an_incomplete_summary_lists_every_deciding_gap_once() {
    let park = w1()
        .without("electricity.grid-purchased")
        .without("park.energy-carbon-metering");
    let e = ok(&park, &[]);
    assert_eq!(e.verdict, Verdict::Incomplete);
    assert_eq!(
        e.summary.unwrap().en,
        "`park.energy-carbon-metering`, `electricity.grid-purchased` are missing for `eligibility.metering`, `core.carbon-per-energy`: incomplete"
    );
}
