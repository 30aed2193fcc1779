//! The self-description: what the draft keeps of 1.0.0 and what it changes.

use cn_zcp::CnZcp;
use zcp_sdk::{ParameterValues, Standard, Status, Threshold};

use crate::CnZcpV2;

#[test]
fn it_is_an_illustrative_draft_of_the_same_standard() {
    let info = CnZcpV2::describe();
    assert_eq!(info.id, "cn-zcp");
    assert_eq!(info.version, "2.0.0-draft.1");
    assert_eq!(info.status, Status::Draft);
    assert_eq!(info.jurisdiction, "CN");
    assert_eq!(info.effective, None);
    assert_eq!(info.extends, None);
    assert!(
        info.title.en.contains("illustrative draft"),
        "{}",
        info.title.en
    );
    assert!(info.title.zh.contains("示例性草案"), "{}", info.title.zh);
    assert!(info.source.en.starts_with("No official text exists"));
    assert!(info.source.en.contains("20231975-T-469"));
    assert!(info.source.zh.contains("发改环资〔2025〕910号"));
    // The crate's version is the standard's.
    assert_eq!(env!("CARGO_PKG_VERSION"), info.version);
}

#[test]
fn indicator_ids_kinds_and_requirements_are_those_of_1_0_0() {
    let (draft, base) = (CnZcpV2::describe(), CnZcp::describe());
    let ids = |i: &zcp_sdk::StandardInfo| {
        i.indicators
            .iter()
            .map(|i| (i.id.clone(), i.kind, i.unit.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&draft), ids(&base));
    assert_eq!(draft.requires, base.requires);
    assert!(draft.defines.is_empty());
}

#[test]
fn core_bands_declare_the_small_park_band_and_the_edge_parameter() {
    let info = CnZcpV2::describe();
    let Some(core) = info
        .indicators
        .iter()
        .find(|i| i.id == "core.carbon-per-energy")
    else {
        panic!("no core indicator")
    };
    let thresholds: Vec<(&str, Threshold)> = core
        .thresholds
        .iter()
        .map(|b| (b.applies_when.en.as_str(), b.threshold.clone()))
        .collect();
    assert_eq!(
        thresholds,
        vec![
            (
                "200,000 ≤ E < 1,000,000 tce (E: annual comprehensive energy consumption)",
                Threshold::AtMost(0.20)
            ),
            ("E ≥ 1,000,000 tce", Threshold::AtMost(0.30)),
            (
                "E < 200,000 tce (the draft's small-park band; threshold: provisional parameter small-park-threshold)",
                Threshold::AtMost(0.20)
            ),
        ]
    );
    assert!(core.description.en.contains("band-edge-1000000"));
}

#[test]
fn parameters_rename_the_below_band_threshold_and_add_the_edge() {
    let info = CnZcpV2::describe();
    let names: Vec<&str> = info.parameters.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "electricity-conversion",
            "equal-value-coefficient",
            "small-park-threshold",
            "band-edge-1000000",
            "feedstock-in-denominator",
            "bunker-in-energy",
            "recovered-energy",
            "clean-energy-definition",
        ]
    );
    let find = |name: &str| info.parameters.iter().find(|p| p.name == name);
    let small = find("small-park-threshold").unwrap();
    assert!(small.provisional);
    assert_eq!(small.default_value, "0.20");
    let edge = find("band-edge-1000000").unwrap();
    assert!(edge.provisional);
    assert_eq!(edge.default_value, "upper");
    assert_eq!(
        edge.values,
        ParameterValues::OneOf(vec!["upper".into(), "middle".into()])
    );
}

#[test]
fn tiers_and_the_maximum_score_are_declared_with_guiding_weights() {
    let info = CnZcpV2::describe();
    let tiers: Vec<(&str, &str, f64)> = info
        .tiers
        .iter()
        .map(|t| (t.id.as_str(), t.title.zh.as_str(), t.min_score))
        .collect();
    assert_eq!(
        tiers,
        [
            ("basic", "基础级", 0.0),
            ("advanced", "先进级", 4.0),
            ("leading", "引领级", 6.0)
        ]
    );
    assert_eq!(info.max_score, Some(6.0));
    let weighted: Vec<&str> = info
        .indicators
        .iter()
        .filter(|i| i.weight == Some(1.0))
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(weighted, cn_zcp::guiding::ALL);
}
