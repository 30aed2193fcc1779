//! The self-description is consistent.

use std::collections::BTreeSet;

use zcp_sdk::{
    IndicatorKind, NumberRange, ParameterValues, Params, Standard, Status, Threshold, exclusive,
    inclusive, text,
};

use crate::CnZcp;

#[test]
fn metadata() {
    let info = CnZcp::describe();
    assert_eq!(info.id, "cn-zcp");
    assert_eq!(info.version, "1.0.0");
    assert_eq!(info.status, Status::Trial);
    assert_eq!(info.jurisdiction, "CN");
    assert_eq!(info.effective.as_deref(), Some("2025-06-30"));
    assert_eq!(info.extends, None);
    assert!(info.source.zh.contains("发改环资〔2025〕910号"));
    // Contract 1.1 fields: a pass/fail standard on the shared dictionary.
    assert!(info.defines.is_empty() && info.tiers.is_empty());
    assert_eq!(info.max_score, None);
    assert!(
        info.indicators
            .iter()
            .all(|i| i.group.is_none() && i.weight.is_none())
    );
}

#[test]
fn parameters_declare_the_values_the_code_accepts() {
    let values: Vec<(String, ParameterValues)> = CnZcp::describe()
        .parameters
        .into_iter()
        .map(|p| (p.name, p.values))
        .collect();
    let words = |w: &[&str]| ParameterValues::OneOf(w.iter().map(|s| (*s).to_owned()).collect());
    let from = |min| ParameterValues::Number(NumberRange { min, max: None });
    let expected = vec![
        (
            "electricity-conversion",
            words(&["equal-value", "equivalent"]),
        ),
        ("equal-value-coefficient", from(exclusive(0.0))),
        ("below-band-threshold", from(inclusive(0.0))),
        ("feedstock-in-denominator", words(&["true", "false"])),
        ("bunker-in-energy", words(&["true", "false"])),
        ("recovered-energy", words(&["not-counted", "counted"])),
        (
            "clean-energy-definition",
            words(&["national-statistics", "non-fossil"]),
        ),
    ];
    let expected: Vec<(String, ParameterValues)> = expected
        .into_iter()
        .map(|(n, v)| (n.to_owned(), v))
        .collect();
    assert_eq!(values, expected);
}

#[test]
fn core_bands_are_declared_in_the_words_results_use() {
    let info = CnZcp::describe();
    let Some(core) = info
        .indicators
        .iter()
        .find(|i| i.id == "core.carbon-per-energy")
    else {
        panic!("no core indicator")
    };
    let declared: Vec<_> = core.thresholds.iter().map(|b| &b.applies_when).collect();
    assert_eq!(
        declared,
        vec![
            &text(
                "200,000 ≤ E < 1,000,000 tce（E 为年综合能耗）",
                "200,000 ≤ E < 1,000,000 tce (E: annual comprehensive energy consumption)"
            ),
            &text("E ≥ 1,000,000 tce", "E ≥ 1,000,000 tce"),
            &text(
                "E < 200,000 tce（暂定参数 below-band-threshold）",
                "E < 200,000 tce (provisional parameter below-band-threshold)"
            ),
        ]
    );
}

#[test]
fn ids_and_keys_are_unique() {
    let info = CnZcp::describe();
    let ids: BTreeSet<&str> = info.indicators.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids.len(), info.indicators.len());
    let keys: BTreeSet<&str> = info.requires.iter().map(|r| r.key.as_str()).collect();
    assert_eq!(keys.len(), info.requires.len());
    let names: BTreeSet<&str> = info.parameters.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names.len(), info.parameters.len());
    // 7 electricity, 6 heat, process, 7 resource amounts, 31 fuels × 8
    // uses, 3 coefficients for each of the 11 fuels without a sourced pair,
    // 5 profile facts, 6 not-applicable reasons, and the 10 families read by
    // prefix (6 `product.*.…`, 4 `process.*.…`).
    assert_eq!(
        info.requires.len(),
        7 + 6 + 1 + 7 + 31 * 8 + 11 * 3 + 5 + 6 + 10
    );
    // What an evaluation fetches is the same list, in the same order.
    let keys_only: Vec<String> = crate::describe::requirement_keys()
        .into_iter()
        .map(|r| r.key)
        .collect();
    let described: Vec<String> = info.requires.iter().map(|r| r.key.clone()).collect();
    assert_eq!(keys_only, described);
    let required: Vec<&str> = info
        .requires
        .iter()
        .filter(|r| r.required)
        .map(|r| r.key.as_str())
        .collect();
    assert_eq!(required, vec!["electricity.grid-purchased"]);
    let gas = info
        .requires
        .iter()
        .find(|r| r.key == "fuel.natural-gas.final");
    assert_eq!(gas.map(|r| r.unit.as_str()), Some("10^4 m3"));
}

#[test]
fn every_default_is_allowed() {
    for p in CnZcp::describe().parameters {
        let given = [(p.name.clone(), p.default_value.clone())];
        assert!(
            Params::resolve(std::slice::from_ref(&p), &given).is_ok(),
            "{}",
            p.name
        );
        // Only the electricity method is the text's own rule (附件3 二.1).
        assert_eq!(
            p.provisional,
            p.name != "electricity-conversion",
            "{}",
            p.name
        );
    }
}

#[test]
fn core_declares_its_three_bands() {
    let info = CnZcp::describe();
    let Some(core) = info
        .indicators
        .iter()
        .find(|i| i.id == "core.carbon-per-energy")
    else {
        panic!("no core indicator")
    };
    assert_eq!(core.kind, IndicatorKind::Core);
    assert_eq!(core.unit, "tCO2/tce");
    let limits: Vec<&Threshold> = core.thresholds.iter().map(|b| &b.threshold).collect();
    assert_eq!(
        limits,
        vec![
            &Threshold::AtMost(0.20),
            &Threshold::AtMost(0.30),
            &Threshold::AtMost(0.20)
        ]
    );
    let kinds: Vec<IndicatorKind> = info.indicators.iter().map(|i| i.kind).collect();
    assert_eq!(
        kinds
            .iter()
            .filter(|k| **k == IndicatorKind::Eligibility)
            .count(),
        4
    );
    assert_eq!(
        kinds
            .iter()
            .filter(|k| **k == IndicatorKind::Informative)
            .count(),
        2
    );
}

#[test]
fn guiding_indicators_declare_the_thresholds_of_attachment_3() {
    let info = CnZcp::describe();
    let guiding: Vec<(&str, &Threshold)> = info
        .indicators
        .iter()
        .filter(|i| i.kind == IndicatorKind::Guiding)
        .map(|i| (i.id.as_str(), &i.thresholds[0].threshold))
        .collect();
    assert_eq!(
        guiding,
        vec![
            ("guiding.clean-energy-share", &Threshold::AtLeast(90.0)),
            ("guiding.product-energy", &Threshold::AtMost(100.0)),
            ("guiding.solid-waste-utilisation", &Threshold::AtLeast(80.0)),
            (
                "guiding.waste-energy-utilisation",
                &Threshold::AtLeast(50.0)
            ),
            ("guiding.water-reuse", &Threshold::AtLeast(80.0)),
            (
                "guiding.direct-green-supply-share",
                &Threshold::AtLeast(50.0)
            ),
        ]
    );
    // The direct supply principle says where it comes from.
    let direct = info
        .indicators
        .iter()
        .find(|i| i.id == "guiding.direct-green-supply-share");
    assert!(direct.is_some_and(|i| {
        i.description
            .en
            .contains("not an indicator of attachment 3")
            && i.description.zh.contains("附件4 二(二)3①")
    }));
    let titles: Vec<&str> = info
        .indicators
        .iter()
        .filter(|i| i.kind == IndicatorKind::Guiding)
        .map(|i| i.title.zh.as_str())
        .collect();
    assert!(titles.contains(&"清洁能源消费占比"), "{titles:?}");
    assert!(titles.contains(&"工业用水重复利用率"), "{titles:?}");
}
