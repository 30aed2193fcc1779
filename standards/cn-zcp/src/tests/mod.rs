//! Native tests of the whole standard on fake parks (values in declared units).

use zcp_sdk::{Evaluation, EvaluationError, FakePark, IndicatorResult, Outcome, Standard, Verdict};

use crate::CnZcp;
use crate::indicators::{CARBON_PER_ENERGY, CO2_EMISSIONS, ENERGY_CONSUMPTION};

mod bands;
mod cases;
mod contract;
mod describe;
mod electricity;
mod eligibility;
mod fuels;
mod guiding;
mod parameters;

/// Relative tolerance 1e-9: figures are compared as numbers, never as rounded text.
fn close(actual: f64, expected: f64) -> bool {
    (actual - expected).abs() <= 1e-9 * expected.abs().max(1e-300)
}

#[track_caller]
fn assert_close(actual: Option<f64>, expected: f64) {
    let Some(actual) = actual else {
        panic!("no value, expected {expected}")
    };
    assert!(close(actual, expected), "{actual} is not {expected}");
}

/// A park meeting every eligibility condition, with no energy data yet.
fn eligible() -> FakePark {
    FakePark::new(2025, CnZcp::describe().requires)
        .text("park.zone-level", "provincial")
        .flag("park.boundary-defined", true)
        .flag("park.energy-carbon-metering", true)
        .flag("park.major-incident-3y", false)
}

/// W1 of DOMAIN.md §2, a green park.
fn w1() -> FakePark {
    eligible()
        .quantity("electricity.grid-purchased", 1_800_000.0, "MWh")
        .quantity("electricity.green-traded", 1_700_000.0, "MWh")
        .quantity("electricity.green-certificates", 80_000.0, "MWh")
        .quantity("electricity.direct-green", 200_000.0, "MWh")
        .quantity("electricity.on-site-renewable", 100_000.0, "MWh")
        .quantity("fuel.natural-gas.final", 300.0, "10^4 m3")
}

/// W2 of DOMAIN.md §2, a coal park.
fn w2() -> FakePark {
    eligible()
        .quantity("fuel.raw-coal.final", 200_000.0, "t")
        .quantity("electricity.grid-purchased", 400_000.0, "MWh")
}

fn run(park: &FakePark, params: &[(&str, &str)]) -> Result<Evaluation, EvaluationError> {
    let params: Vec<(String, String)> = params
        .iter()
        .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
        .collect();
    CnZcp::evaluate(park, &params, None)
}

#[track_caller]
fn ok(park: &FakePark, params: &[(&str, &str)]) -> Evaluation {
    match run(park, params) {
        Ok(e) => e,
        Err(err) => panic!("evaluation failed: {err:?}"),
    }
}

#[track_caller]
fn result<'a>(e: &'a Evaluation, id: &str) -> &'a IndicatorResult {
    match e.results.iter().find(|r| r.id == id) {
        Some(r) => r,
        None => panic!("no result `{id}`"),
    }
}

fn core(e: &Evaluation) -> &IndicatorResult {
    result(e, CARBON_PER_ENERGY)
}

fn energy(e: &Evaluation) -> Option<f64> {
    result(e, ENERGY_CONSUMPTION).value
}

fn emissions(e: &Evaluation) -> Option<f64> {
    result(e, CO2_EMISSIONS).value
}

#[test]
fn missing_grid_purchase_is_insufficient_data_and_incomplete() {
    // W1 without its grid purchase also has green trading above an absent grid
    // purchase: that is missing data, not the contradiction it would be if given.
    let park = w1().without("electricity.grid-purchased");
    let e = ok(&park, &[]);
    for id in [CARBON_PER_ENERGY, ENERGY_CONSUMPTION, CO2_EMISSIONS] {
        let r = result(&e, id);
        assert_eq!(r.outcome, Outcome::InsufficientData, "{id}");
        assert_eq!(
            r.missing,
            vec!["electricity.grid-purchased".to_owned()],
            "{id}"
        );
        assert_eq!(r.value, None);
        assert!(r.used.contains(&"fuel.natural-gas.final".to_owned()));
    }
    assert_eq!(e.verdict, Verdict::Incomplete);
}

#[test]
fn failing_eligibility_decides_even_when_core_data_is_missing() {
    let park = w1()
        .without("electricity.grid-purchased")
        .flag("park.major-incident-3y", true);
    let e = ok(&park, &[]);
    assert_eq!(core(&e).outcome, Outcome::InsufficientData);
    assert_eq!(e.verdict, Verdict::NotQualified);
}

#[test]
fn a_park_with_zero_energy_is_invalid_data_with_the_figures() {
    let park = eligible().quantity("electricity.grid-purchased", 0.0, "MWh");
    let Err(EvaluationError::InvalidData(m)) = run(&park, &[]) else {
        panic!("expected invalid data")
    };
    assert!(m.contains("0 tce"), "{m}");
    assert!(m.contains("0.300 tce/MWh (equal value)"), "{m}");
}

#[test]
fn results_list_the_keys_they_used() {
    let e = ok(&w1(), &[]);
    let used = &core(&e).used;
    for key in [
        "electricity.grid-purchased",
        "electricity.green-traded",
        "electricity.green-certificates",
        "electricity.direct-green",
        "electricity.on-site-renewable",
        "fuel.natural-gas.final",
    ] {
        assert!(used.contains(&key.to_owned()), "{key}");
    }
    assert!(!used.contains(&"electricity.exported".to_owned()));
    assert!(core(&e).missing.is_empty());
}

#[test]
fn assumptions_show_the_constants_used() {
    let e = ok(&w1(), &[]);
    let find = |name: &str| e.assumptions.iter().find(|a| a.name == name);
    let Some(factor) = find("electricity-factor") else {
        panic!("no electricity factor assumption")
    };
    // Printed in 附件4: official, not provisional.
    assert_eq!(factor.value, "0.8325 tCO2/MWh");
    assert!(!factor.provisional);
    let Some(elec) = find("electricity-coefficient") else {
        panic!("no electricity assumption")
    };
    assert_eq!(elec.value, "0.300 tce/MWh");
    assert!(elec.provisional);
    let Some(gas) = find("fuel-coefficients.natural-gas") else {
        panic!("no gas assumption")
    };
    assert_eq!(
        gas.value,
        "13.300 tce/10^4 m3, 21.622 tCO2/10^4 m3, oxidation 99 %"
    );
    assert!(gas.provisional);
    assert!(find("fuel-coefficients.raw-coal").is_none());
    assert!(
        e.assumptions
            .iter()
            .all(|a| !a.name.starts_with("grid-factor"))
    );
    // The electricity method follows the text: not provisional. The
    // coefficient and the other conventions are, while left at their default.
    assert_eq!(
        find("electricity-conversion").map(|a| a.provisional),
        Some(false)
    );
    for name in [
        "equal-value-coefficient",
        "below-band-threshold",
        "bunker-in-energy",
        "recovered-energy",
    ] {
        let Some(a) = find(name) else {
            panic!("no assumption {name}")
        };
        assert!(a.provisional, "{name}");
    }
    let e = ok(&w1(), &[("equal-value-coefficient", "0.2986")]);
    let given = e
        .assumptions
        .iter()
        .find(|a| a.name == "equal-value-coefficient");
    assert_eq!(given.map(|a| a.provisional), Some(false));
    let coefficient = e
        .assumptions
        .iter()
        .find(|a| a.name == "electricity-coefficient");
    assert_eq!(coefficient.map(|a| a.provisional), Some(false));
}
