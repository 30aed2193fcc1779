//! The self-description: metadata, the reference values with their groups
//! and weights, the keys defined in the standard's own namespace.

use zcp_sdk::{IndicatorKind, KeyKind, KeyScope, QuantityKind, Sign, Standard, Status, Threshold};

use crate::CnJsZcp;
use crate::reference::{ENCODED, REFERENCES};

#[test]
fn metadata_says_what_the_guide_is_and_is_not() {
    let info = CnJsZcp::describe();
    assert_eq!(info.id, "cn-js-zcp");
    assert_eq!(info.version, "1.0.0");
    assert_eq!(info.jurisdiction, "CN-JS");
    assert_eq!(info.status, Status::Trial);
    // No issue date was found: none is claimed.
    assert_eq!(info.effective, None);
    assert_eq!(info.extends, None);
    assert!(info.tiers.is_empty());
    assert_eq!(info.max_score, Some(11.0));
    assert_eq!(ENCODED, 11);
    assert!(
        info.source
            .zh
            .contains("江苏省（近）零碳产业园区建设指南（暂行）")
    );
}

#[test]
fn every_reference_value_is_scored_with_weight_one_in_a_group() {
    let info = CnJsZcp::describe();
    let scored: Vec<_> = info
        .indicators
        .iter()
        .filter(|i| i.kind == IndicatorKind::Scored)
        .collect();
    assert_eq!(scored.len(), 11);
    for i in &scored {
        assert_eq!(i.weight, Some(1.0), "{}", i.id);
        let group = i.group.as_ref().map(|g| g.en.as_str());
        assert!(group.is_some_and(|g| !g.is_empty()), "{}", i.id);
        assert_eq!(i.thresholds.len(), 1, "{}", i.id);
    }
    let informative: Vec<&str> = info
        .indicators
        .iter()
        .filter(|i| i.kind == IndicatorKind::Informative)
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(
        informative,
        ["info.energy-consumption", "info.co2-emissions"]
    );
    assert_eq!(info.indicators.len(), 13);
}

#[test]
fn thresholds_are_the_guides_reference_values() {
    let info = CnJsZcp::describe();
    let threshold = |id: &str| {
        info.indicators
            .iter()
            .find(|i| i.id == id)
            .map(|i| i.thresholds[0].threshold.clone())
    };
    for (id, t) in [
        ("ref.energy-per-value-added", Threshold::AtMost(0.35)),
        ("ref.carbon-per-value-added", Threshold::AtMost(0.6)),
        ("ref.non-fossil-share", Threshold::AtLeast(20.0)),
        ("ref.renewable-electricity-share", Threshold::AtLeast(30.0)),
        ("ref.electrification", Threshold::AtLeast(50.0)),
        ("guiding.solid-waste-utilisation", Threshold::AtLeast(96.0)),
        ("guiding.water-reuse", Threshold::AtLeast(85.0)),
        ("guiding.waste-energy-utilisation", Threshold::AtLeast(95.0)),
        ("ref.green-factories", Threshold::AtLeast(50.0)),
        ("ref.nev-fleet", Threshold::AtLeast(80.0)),
        ("ref.green-rd-intensity", Threshold::AtLeast(3.5)),
    ] {
        assert_eq!(threshold(id), Some(t), "{id}");
    }
    // The table's rows, in its order.
    let rows: Vec<u8> = REFERENCES.iter().map(|r| r.number).collect();
    assert_eq!(rows, [1, 2, 4, 7, 8, 9, 12, 13, 14, 15, 19]);
}

#[test]
fn defined_keys_live_in_the_standards_namespace_with_their_dimension() {
    let info = CnJsZcp::describe();
    let kinds: Vec<(&str, &str)> = info
        .defines
        .iter()
        .map(|d| {
            assert!(d.key.starts_with("x-cn-js-zcp."), "{}", d.key);
            assert_eq!(d.scope, KeyScope::Year, "{}", d.key);
            assert!(!d.description.zh.is_empty() && !d.description.en.is_empty());
            let KeyKind::Quantity(QuantityKind { dimension, sign }) = &d.kind else {
                panic!("{} is not a quantity", d.key)
            };
            assert_eq!(*sign, Sign::NonNegative, "{}", d.key);
            (d.key.as_str(), dimension.as_str())
        })
        .collect();
    // The host refuses a park giving one of them in a unit of another
    // dimension (`unit `t` is mass, but `x-cn-js-zcp.vehicles` is count`):
    // what it checks against is this declaration.
    assert_eq!(
        kinds,
        [
            ("x-cn-js-zcp.green-factories", "count"),
            ("x-cn-js-zcp.vehicles", "count"),
            ("x-cn-js-zcp.vehicles-nev", "count"),
            ("x-cn-js-zcp.green-rd-spending", "currency"),
        ]
    );
    // Each is read, in a unit of its dimension.
    for (key, dimension) in kinds {
        let unit = if dimension == "count" {
            "1"
        } else {
            "10^4 CNY"
        };
        assert!(
            info.requires.iter().any(|r| r.key == key && r.unit == unit),
            "{key}"
        );
    }
}

#[test]
fn it_reads_the_accounting_and_resources_but_not_the_eligibility_profile() {
    let info = CnJsZcp::describe();
    let reads = |key: &str| info.requires.iter().any(|r| r.key == key);
    for key in [
        "electricity.grid-purchased",
        "fuel.natural-gas.final",
        "process.*.output",
        "waste.solid.generated",
        "not-applicable.water-reuse",
        "economy.industrial-value-added",
        "economy.revenue",
        "park.enterprise-count",
    ] {
        assert!(reads(key), "{key}");
    }
    for key in [
        "park.zone-level",
        "product.*.unit-energy",
        "not-applicable.clean-energy-share",
    ] {
        assert!(!reads(key), "{key}");
    }
    // Descriptions are for `describe`; an evaluation reads the same keys in the same order.
    let bare = crate::describe::requirement_keys();
    let keys = |r: &[zcp_sdk::DataRequirement]| -> Vec<(String, String)> {
        r.iter().map(|r| (r.key.clone(), r.unit.clone())).collect()
    };
    assert_eq!(keys(&bare), keys(&info.requires));
}
