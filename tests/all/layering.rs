//! A standard that extends another: the base runs first, its evaluation is
//! passed on, and each result is attributed to its layer.

use zcp::Limits;
use zcp::model::{Outcome, Threshold, Verdict};
use zcp_test_artifacts::test_plugins::{CYCLE_A, CYCLE_B, PROVINCE_1_0_0};

use crate::{evaluate, load, result};

#[test]
fn derived_standard_receives_the_base_evaluation_and_overrides_its_result() {
    let (runtime, registry, _dir) = load(Limits::default(), &[PROVINCE_1_0_0]);
    let report = evaluate(
        &runtime,
        &registry,
        &["tests/data/w1-green.toml"],
        &["fake-province@1"],
    );
    let run = &report.parks[0].runs[0];
    let base = run.base.as_ref().expect("the base ran first");
    assert_eq!(base.standard, "cn-zcp@1.0.0");
    assert_eq!(base.verdict, Verdict::Qualified);
    // W1's 0.0365 passes the national 0.20 but not the derived 0.03.
    let own = result(run.evaluation.as_ref().unwrap(), "core.carbon-per-energy");
    assert_eq!(own.threshold, Threshold::AtMost(0.03));
    assert_eq!(own.outcome, Outcome::Fail);
    assert_eq!(run.verdict, Verdict::NotQualified);
    let layered = run.layered_results();
    let core: Vec<&str> = layered
        .iter()
        .filter(|(_, r)| r.id == "core.carbon-per-energy")
        .map(|(layer, _)| *layer)
        .collect();
    assert_eq!(
        core,
        ["fake-province@1.0.0"],
        "the derived result replaces the base one"
    );
    assert!(
        layered
            .iter()
            .any(|(layer, r)| *layer == "cn-zcp@1.0.0" && r.id == "eligibility.boundary")
    );
    assert!(
        report.standards.iter().any(|s| s.label == "cn-zcp@1.0.0"),
        "the base is in the receipt"
    );
}

#[test]
fn derived_standard_is_incomplete_when_its_base_cannot_evaluate() {
    let (runtime, registry, _dir) = load(
        Limits {
            host_calls: 2,
            ..Limits::default()
        },
        &[PROVINCE_1_0_0],
    );
    let report = evaluate(
        &runtime,
        &registry,
        &["tests/data/w1-green.toml"],
        &["fake-province@1"],
    );
    let run = &report.parks[0].runs[0];
    assert_eq!(run.verdict, Verdict::Incomplete);
    assert!(
        run.evaluation.is_none(),
        "the derived standard is not called"
    );
    let error = run.error.as_ref().unwrap().to_string();
    assert!(
        error.starts_with(
            "base standard `cn-zcp@1.0.0` could not be evaluated: stopped: host-call limit"
        ),
        "{error}"
    );
}

#[test]
fn cycles_are_refused_naming_the_chain() {
    let (runtime, registry, _dir) = load(Limits::default(), &[CYCLE_A, CYCLE_B]);
    let request = zcp::Request {
        parks: vec![crate::root().join("tests/data/w1-green.toml")],
        standards: vec!["cycle-a".parse().unwrap()],
        ..zcp::Request::default()
    };
    let error = zcp::run(&runtime, &registry, &request).unwrap_err();
    assert_eq!(
        error,
        "standards extend each other in a cycle: cycle-a@1.0.0 → cycle-b@1.0.0 → cycle-a@1.0.0"
    );
}

/// Inner Mongolia's bundled standard on the Ordos-like park: the regional
/// core reads the national value, the national rows come from the base and
/// say so, and the tier says the national criteria are met too.
#[test]
fn inner_mongolia_layers_its_regional_tier_on_the_national_criteria() {
    let (runtime, registry, _dir) = load(Limits::default(), &[]);
    let report = evaluate(
        &runtime,
        &registry,
        &["examples/parks/ordos-green.toml"],
        &["cn-nm-zcp@1"],
    );
    let run = &report.parks[0].runs[0];
    assert_eq!(run.base.as_ref().unwrap().standard, "cn-zcp@1.0.0");
    let evaluation = run.evaluation.as_ref().unwrap();
    assert_eq!(run.verdict, Verdict::Qualified);
    assert_eq!(evaluation.tier.as_deref(), Some("national"));
    assert_eq!(evaluation.score, Some(2.0));
    let layered = run.layered_results();
    let layer_of = |id: &str| {
        layered
            .iter()
            .find(|(_, r)| r.id == id)
            .map(|(layer, _)| *layer)
            .unwrap()
    };
    assert_eq!(
        layer_of("core.carbon-per-energy-regional"),
        "cn-nm-zcp@1.0.0"
    );
    assert_eq!(layer_of("core.carbon-per-energy"), "cn-zcp@1.0.0");
    assert_eq!(layer_of("eligibility.no-major-incident"), "cn-zcp@1.0.0");
    let regional = result(evaluation, "core.carbon-per-energy-regional");
    let national = layered
        .iter()
        .find(|(_, r)| r.id == "core.carbon-per-energy")
        .unwrap()
        .1;
    assert_eq!(
        regional.value, national.value,
        "the base's value, not recomputed"
    );
    assert_eq!(regional.threshold, Threshold::AtMost(0.4));

    let table = crate::stdout_of(
        crate::zcp().args([
            "evaluate",
            "examples/parks/ordos-green.toml",
            "-s",
            "cn-nm-zcp@1",
        ]),
        0,
    );
    let base_row = table
        .lines()
        .find(|l| l.contains("core.carbon-per-energy ") || l.contains("core.carbon-per-energy ["))
        .unwrap();
    assert!(base_row.contains("[cn-zcp@1.0.0]"), "{table}");
}

/// The regional threshold is a range the host enforces before the standard runs.
#[test]
fn inner_mongolia_refuses_a_regional_threshold_outside_its_range() {
    let stderr = crate::stderr_of(
        crate::zcp().args([
            "evaluate",
            "examples/parks/ordos-green.toml",
            "-s",
            "cn-nm-zcp@1",
            "-p",
            "cn-nm-zcp:regional-core-threshold=0.7",
        ]),
        2,
    );
    assert!(
        stderr.contains("parameter `regional-core-threshold` of `cn-nm-zcp@1.0.0` cannot be `0.7`"),
        "{stderr}"
    );
}
