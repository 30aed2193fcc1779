//! What a plugin returns is checked against the contract before anything is
//! reported: each hostile build of `configurable` breaks it one way, gets a
//! typed outcome naming the violation, and never stops the standards beside
//! it.

use zcp::model::Verdict;
use zcp::{Limits, RunError};
use zcp_test_artifacts::test_plugins::{
    BAD_TIER, DUPLICATE, LIAR, NAN_VALUE, UNDECLARED, WRONG_UNIT,
};

use crate::{evaluate, load, plugin_dir, stdout_of, zcp};

const PARK: &str = "examples/parks/ordos-green.toml";

/// Evaluate the plugin at `path` (standard `id`) beside `cn-zcp@1`: it has
/// no evaluation and is `incomplete`, cn-zcp is still qualified; its
/// violation.
#[track_caller]
fn violation(path: &str, id: &str) -> String {
    let (runtime, registry, _dir) = load(Limits::default(), &[path]);
    assert!(registry.errors.is_empty(), "{:?}", registry.errors);
    let report = evaluate(
        &runtime,
        &registry,
        &[PARK],
        &[&format!("{id}@1"), "cn-zcp@1"],
    );
    let runs = &report.parks[0].runs;
    assert_eq!(runs[0].verdict, Verdict::Incomplete);
    assert_eq!(runs[0].evaluation, None, "nothing of it is reported");
    assert_eq!(
        (runs[1].verdict, &runs[1].error),
        (Verdict::Qualified, &None),
        "cn-zcp reports normally beside it"
    );
    let Some(error @ RunError::Contract { violation }) = &runs[0].error else {
        panic!("expected a contract violation, got {:?}", runs[0].error);
    };
    assert_eq!(
        error.to_string(),
        format!("the plugin broke the contract: {violation}")
    );
    violation.clone()
}

#[test]
fn a_qualified_verdict_with_a_failing_core_result_is_caught() {
    assert_eq!(
        violation(LIAR, "liar"),
        "verdict `qualified`, but core result `core.carbon-per-energy` is `fail`, which makes it `not-qualified`"
    );
}

#[test]
fn a_result_id_it_never_declared_is_caught() {
    assert_eq!(
        violation(UNDECLARED, "undeclared"),
        "result `informative.never-declared` is not an indicator its `describe` declares"
    );
}

#[test]
fn a_result_returned_twice_is_caught() {
    assert_eq!(
        violation(DUPLICATE, "duplicate"),
        "result `core.carbon-per-energy` is returned twice"
    );
}

#[test]
fn a_value_that_is_not_a_number_is_caught() {
    assert_eq!(
        violation(NAN_VALUE, "nan-value"),
        "result `core.carbon-per-energy` has value `NaN`, not a finite number"
    );
}

#[test]
fn a_result_in_another_unit_than_declared_is_caught() {
    assert_eq!(
        violation(WRONG_UNIT, "wrong-unit"),
        "result `core.carbon-per-energy` is in `kgCO2/kgce`, but its indicator is declared in `tCO2/tce`"
    );
}

#[test]
fn a_tier_it_does_not_declare_is_caught() {
    assert_eq!(
        violation(BAD_TIER, "bad-tier"),
        "tier `platinum` is not a declared tier (declared: `a`, `b`, `c`)"
    );
}

#[test]
fn the_report_names_the_violation_and_still_judges_cn_zcp() {
    let dir = plugin_dir(&[LIAR]);
    let stdout = stdout_of(
        zcp()
            .args(["evaluate", PARK, "-s", "liar@1", "-s", "cn-zcp@1"])
            .arg("--standards-dir")
            .arg(dir.path()),
        1,
    );
    assert!(
        stdout.contains(
            "not evaluated: the plugin broke the contract: verdict `qualified`, but core result `core.carbon-per-energy` is `fail`"
        ),
        "{stdout}"
    );
    assert!(stdout.contains("verdict: QUALIFIED"), "{stdout}");
}
