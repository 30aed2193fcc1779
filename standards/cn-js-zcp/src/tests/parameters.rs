//! The parameters: the equivalent value by default (the guide's method),
//! the equal value on request, labelled as not the guide's.

use zcp_sdk::EvaluationError;

use super::*;
use crate::params::{ELECTRICITY_CONVERSION, EQUAL_VALUE_COEFFICIENT};

#[test]
fn the_default_is_the_equivalent_value_and_not_provisional() {
    let e = ok(&worked(), &[]);
    let find = |name: &str| e.assumptions.iter().find(|a| a.name == name);
    let method = find(ELECTRICITY_CONVERSION).map(|a| (a.value.as_str(), a.provisional));
    assert_eq!(method, Some(("equivalent", false)));
    let coefficient = find("electricity-coefficient").map(|a| (a.value.as_str(), a.provisional));
    assert_eq!(coefficient, Some(("0.1229 tce/MWh", false)));
    // The equal-value coefficient is not used, so not shown.
    assert!(find(EQUAL_VALUE_COEFFICIENT).is_none());
    // No note says "not the notice's method": the equivalent value is the guide's.
    assert!(
        e.notes
            .iter()
            .all(|n| !n.en.contains("not the equal-value method")),
        "{:?}",
        e.notes
    );
}

#[test]
fn the_equal_value_is_labelled_not_the_guides_method() {
    let e = ok(&worked(), &[(ELECTRICITY_CONVERSION, "equal-value")]);
    assert!(
        e.notes
            .iter()
            .any(|n| n.en.contains("not the Jiangsu guide's method")),
        "{:?}",
        e.notes
    );
    let find = |name: &str| e.assumptions.iter().find(|a| a.name == name);
    assert_eq!(
        find(EQUAL_VALUE_COEFFICIENT).map(|a| a.provisional),
        Some(true)
    );
    assert_eq!(
        find("electricity-coefficient").map(|a| a.value.as_str()),
        Some("0.300 tce/MWh")
    );
    // A coefficient the evaluator gives is their choice, not provisional.
    let e = ok(
        &worked(),
        &[
            (ELECTRICITY_CONVERSION, "equal-value"),
            (EQUAL_VALUE_COEFFICIENT, "0.25"),
        ],
    );
    assert_close(
        result(&e, "info.energy-consumption").value,
        640_000.0 * 0.25 + 6_824.0 + 26_600.0,
    );
    let coefficient = e
        .assumptions
        .iter()
        .find(|a| a.name == "electricity-coefficient");
    assert_eq!(coefficient.map(|a| a.provisional), Some(false));
}

#[test]
fn unknown_parameters_and_values_are_refused() {
    for (name, value) in [
        ("electricity", "equivalent"),
        (ELECTRICITY_CONVERSION, "calorific"),
        (EQUAL_VALUE_COEFFICIENT, "0"),
        (EQUAL_VALUE_COEFFICIENT, "abc"),
    ] {
        let Err(EvaluationError::InvalidParameter(m)) = run(&worked(), &[(name, value)]) else {
            panic!("{name} = {value} was accepted")
        };
        assert!(m.contains(name) || m.contains(value), "{m}");
    }
}
