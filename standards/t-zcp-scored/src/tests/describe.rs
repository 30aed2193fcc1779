//! The self-description is consistent with what an evaluation returns.

use std::collections::BTreeMap;

use zcp_sdk::{IndicatorKind, ParameterValues, Standard, Status};

use super::*;
use crate::scoring::specs;

#[test]
fn metadata_says_illustrative_draft() {
    let info = TZcpScored::describe();
    assert_eq!(
        (info.id.as_str(), info.version.as_str()),
        ("t-zcp-scored", "1.0.0")
    );
    assert_eq!(info.status, Status::Draft);
    assert_eq!(info.jurisdiction, "CN");
    assert_eq!(info.extends, None);
    assert!(info.title.en.contains("illustrative"));
    assert!(info.issuer.en.contains("illustrative"));
    for group in ["T/CECA-G 0344-2025", "T/DZJN 458-2025", "T/HBAS 244-2025"] {
        assert!(info.source.zh.contains(group) && info.source.en.contains(group));
    }
    assert!(info.source.en.contains("no weights or cut-offs"));
}

#[test]
fn tiers_rise_to_a_maximum_of_100() {
    let info = TZcpScored::describe();
    let tiers: Vec<(&str, f64)> = info
        .tiers
        .iter()
        .map(|t| (t.id.as_str(), t.min_score))
        .collect();
    assert_eq!(
        tiers,
        vec![("one-star", 60.0), ("two-star", 75.0), ("three-star", 90.0)]
    );
    assert_eq!(info.tiers[0].title.zh, "一星级");
    assert_eq!(info.max_score, Some(100.0));
}

#[test]
fn seven_scored_indicators_with_their_default_weights() {
    let info = TZcpScored::describe();
    let scored: Vec<(&str, Option<f64>)> = info
        .indicators
        .iter()
        .filter(|i| i.kind == IndicatorKind::Scored)
        .map(|i| (i.id.as_str(), i.weight))
        .collect();
    let expected: Vec<(&str, Option<f64>)> = specs()
        .iter()
        .map(|s| (s.id, Some(s.default_weight)))
        .collect();
    assert_eq!(scored, expected);
    let sum: f64 = scored.iter().filter_map(|(_, w)| *w).sum();
    assert_eq!(sum, 100.0);
    let kinds = |kind| info.indicators.iter().filter(|i| i.kind == kind).count();
    assert_eq!(kinds(IndicatorKind::Eligibility), 4);
    assert_eq!(kinds(IndicatorKind::Informative), 2);
    assert_eq!(
        kinds(IndicatorKind::Core) + kinds(IndicatorKind::Guiding),
        0
    );
}

#[test]
fn it_reads_exactly_what_cn_zcp_reads_in_its_order() {
    // cn-zcp's evaluation takes `declared` by position.
    assert_eq!(
        TZcpScored::describe().requires,
        cn_zcp::describe::requires()
    );
}

#[test]
fn parameters_follow_one_naming_scheme_and_declare_ranges() {
    let info = TZcpScored::describe();
    let names: Vec<&str> = info.parameters.iter().map(|p| p.name.as_str()).collect();
    for s in specs() {
        assert!(names.contains(&s.weight_param().as_str()));
        assert!(names.contains(&s.floor_param().as_str()));
    }
    for t in ["cut-off-one-star", "cut-off-two-star", "cut-off-three-star"] {
        assert!(names.contains(&t));
    }
    for p in cn_zcp::params::declared() {
        assert!(names.contains(&p.name.as_str()), "{}", p.name);
    }
    let own = crate::params::scoring();
    assert_eq!(own.len(), 7 * 2 + 3);
    assert!(own.iter().all(|p| p.provisional));
    assert!(
        own.iter()
            .all(|p| matches!(p.values, ParameterValues::Number(_)))
    );
}

#[test]
fn every_result_carries_its_declared_kind() {
    let declared: BTreeMap<String, IndicatorKind> = TZcpScored::describe()
        .indicators
        .into_iter()
        .map(|i| (i.id, i.kind))
        .collect();
    for park in [one_star(), three_star(), mid_way(), eligible()] {
        let e = ok(&park, &[]);
        assert_eq!(e.results.len(), declared.len());
        for r in &e.results {
            assert_eq!(Some(&r.kind), declared.get(&r.id), "{}", r.id);
        }
    }
}
