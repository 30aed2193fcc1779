//! The self-description and what every evaluation carries.

use std::collections::BTreeMap;

use zcp_sdk::{IndicatorKind, ParameterValues, Standard, Status, Threshold};

use super::*;

#[test]
fn metadata() {
    let info = CnHnZcp::describe();
    assert_eq!(info.id, "cn-hn-zcp");
    assert_eq!(info.version, "1.0.0");
    assert_eq!(info.jurisdiction, "CN-HN");
    assert_eq!(info.status, Status::Trial);
    assert_eq!(info.effective.as_deref(), Some("2025-12-24"));
    assert_eq!(info.extends, None);
    assert!(info.source.zh.contains("湘工信节能〔2025〕467号"));
    assert!(info.defines.is_empty() && info.tiers.is_empty());
}

#[test]
fn every_stage_and_band_is_declared_in_the_words_results_use() {
    let info = CnHnZcp::describe();
    let thresholds = |id: &str| {
        info.indicators
            .iter()
            .find(|i| i.id == id)
            .map(|i| i.thresholds.clone())
            .unwrap_or_default()
    };
    let core = thresholds("core.carbon-per-energy");
    let values: Vec<Threshold> = core.iter().map(|b| b.threshold.clone()).collect();
    assert_eq!(
        values[..6],
        [1.0, 0.7, 0.3, 1.1, 0.8, 0.5].map(Threshold::AtMost)
    );
    assert!(matches!(values[6], Threshold::Qualitative(_)));
    for (id, mins) in [
        ("guiding.clean-energy-share", [60.0, 70.0, 90.0]),
        ("guiding.solid-waste-utilisation", [80.0, 85.0, 95.0]),
        ("guiding.waste-energy-utilisation", [50.0, 55.0, 60.0]),
        ("guiding.water-reuse", [80.0, 85.0, 90.0]),
    ] {
        let declared: Vec<Threshold> = thresholds(id).into_iter().map(|b| b.threshold).collect();
        assert_eq!(declared, mins.map(Threshold::AtLeast).to_vec(), "{id}");
    }
    // A result's band is one of its indicator's declared `applies-when`.
    let e = ok(&grid_park(2033, 160_000.0), &[]);
    for r in &e.results {
        if let Some(band) = &r.band {
            assert!(
                thresholds(&r.id).iter().any(|b| &b.applies_when == band),
                "{}: {band:?}",
                r.id
            );
        }
    }
}

#[test]
fn every_result_carries_its_declared_kind() {
    let declared: BTreeMap<String, IndicatorKind> = CnHnZcp::describe()
        .indicators
        .into_iter()
        .map(|i| (i.id, i.kind))
        .collect();
    assert_eq!(
        declared.get("core.revenue-growth"),
        Some(&IndicatorKind::Core)
    );
    for e in [
        ok(&grid_park(2027, 140_000.0), &[]),
        ok(
            &eligible(2027).quantity("electricity.green-traded", 1.0, "MWh"),
            &[],
        ),
    ] {
        assert_eq!(e.results.len(), declared.len());
        for r in &e.results {
            assert_eq!(Some(&r.kind), declared.get(&r.id), "{}", r.id);
        }
    }
}

#[test]
fn parameters_are_the_accounting_ones_plus_stage_and_window() {
    let names: Vec<String> = CnHnZcp::describe()
        .parameters
        .into_iter()
        .map(|p| p.name)
        .collect();
    assert_eq!(
        names,
        [
            "electricity-conversion",
            "equal-value-coefficient",
            "feedstock-in-denominator",
            "bunker-in-energy",
            "recovered-energy",
            "clean-energy-definition",
            "stage",
            "revenue-years",
        ]
    );
    let stage = CnHnZcp::describe()
        .parameters
        .into_iter()
        .find(|p| p.name == "stage")
        .map(|p| p.values);
    assert_eq!(
        stage,
        Some(ParameterValues::OneOf(
            ["auto", "2027", "2030", "2035"].map(str::to_owned).to_vec()
        ))
    );
}

#[test]
fn requires_declares_the_revenue_and_every_accounting_key() {
    let info = CnHnZcp::describe();
    let revenue = info.requires.iter().find(|r| r.key == "economy.revenue");
    assert_eq!(
        revenue.map(|r| (r.unit.as_str(), r.required)),
        Some(("10^4 CNY", true))
    );
    let national = cn_zcp::describe::requires();
    for r in national
        .iter()
        .filter(|r| r.key != "not-applicable.direct-green-supply-share")
    {
        assert!(info.requires.iter().any(|h| h.key == r.key), "{}", r.key);
    }
    // The evaluation fetches what describe declares, in the same order.
    let keys: Vec<String> = crate::describe::requirement_keys()
        .into_iter()
        .map(|r| r.key)
        .collect();
    let described: Vec<String> = info.requires.into_iter().map(|r| r.key).collect();
    assert_eq!(keys, described);
}

#[test]
fn assumptions_list_every_provisional_figure() {
    let e = ok(&grid_park(2029, 140_000.0), &[]);
    let find = |name: &str| e.assumptions.iter().find(|a| a.name == name);
    for (name, value) in [
        ("size-floor", "20,000 tce"),
        ("upper-band-edge", "1,000,000 tce"),
        (
            "core-threshold.20000-1000000",
            "2027 ≤ 1.00, 2030 ≤ 0.70, 2035 ≤ 0.30 tCO2/tce (applied: 2030)",
        ),
        (
            "core-threshold.1000000-up",
            "2027 ≤ 1.10, 2030 ≤ 0.80, 2035 ≤ 0.50 tCO2/tce (applied: 2030)",
        ),
        (
            "guiding.clean-energy-share",
            "2027 ≥ 60, 2030 ≥ 70, 2035 ≥ 90 % (applied: 2030)",
        ),
        (
            "guiding.solid-waste-utilisation",
            "2027 ≥ 80, 2030 ≥ 85, 2035 ≥ 95 % (applied: 2030)",
        ),
        (
            "guiding.waste-energy-utilisation",
            "2027 ≥ 50, 2030 ≥ 55, 2035 ≥ 60 % (applied: 2030)",
        ),
        (
            "guiding.water-reuse",
            "2027 ≥ 80, 2030 ≥ 85, 2035 ≥ 90 % (applied: 2030)",
        ),
        ("stage-applied", "2030"),
        ("stage", "auto"),
        ("revenue-years", "3"),
        ("revenue-growth-kind", "core"),
    ] {
        let Some(a) = find(name) else {
            panic!("no assumption {name}")
        };
        assert_eq!(a.value, value, "{name}");
        assert!(a.provisional, "{name}");
    }
    // The national accounting's constants, as cn-zcp lists them.
    assert_eq!(
        find("electricity-factor").map(|a| (a.value.as_str(), a.provisional)),
        Some(("0.8325 tCO2/MWh", false))
    );
    assert_eq!(
        find("electricity-coefficient").map(|a| (a.value.as_str(), a.provisional)),
        Some(("0.300 tce/MWh", true))
    );
    assert!(find("below-band-threshold").is_none());
}
