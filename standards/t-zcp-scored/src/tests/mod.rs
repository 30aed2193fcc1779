//! Native tests of the whole standard on fake parks (values in declared units).

use zcp_sdk::{Evaluation, EvaluationError, FakePark, IndicatorResult, Standard};

use crate::TZcpScored;

/// Relative tolerance 1e-9: figures are compared as numbers, never as rounded text.
#[track_caller]
fn assert_close(actual: Option<f64>, expected: f64) {
    let Some(actual) = actual else {
        panic!("no value, expected {expected}")
    };
    assert!(
        (actual - expected).abs() <= 1e-9 * expected.abs().max(1e-300),
        "{actual} is not {expected}"
    );
}

/// A park meeting every eligibility condition, with no other data yet.
fn eligible() -> FakePark {
    FakePark::for_standard(2025, &TZcpScored::describe())
        .text("park.zone-level", "provincial")
        .flag("park.boundary-defined", true)
        .flag("park.energy-carbon-metering", true)
        .flag("park.major-incident-3y", false)
}

fn run(park: &FakePark, params: &[(&str, &str)]) -> Result<Evaluation, EvaluationError> {
    let params: Vec<(String, String)> = params
        .iter()
        .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
        .collect();
    TZcpScored::evaluate(park, &params, None)
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

/// Electricity only: grid purchase `grid` MWh, of it `traded` green
/// traded, and `direct` MWh direct green supply.
fn electricity(park: FakePark, grid: f64, traded: f64, direct: f64) -> FakePark {
    park.quantity("electricity.grid-purchased", grid, "MWh")
        .quantity("electricity.green-traded", traded, "MWh")
        .quantity("electricity.direct-green", direct, "MWh")
}

/// Guiding data: solid waste generated and utilised (t), waste energy
/// recoverable and recovered (GJ), fresh and reused water (m3), one
/// product's unit energy and level-2 value (kgce/t).
fn guiding(
    park: FakePark,
    solid: (f64, f64),
    heat: (f64, f64),
    water: (f64, f64),
    product: (f64, f64),
) -> FakePark {
    park.quantity("waste.solid.generated", solid.0, "t")
        .quantity("waste.solid.utilised", solid.1, "t")
        .quantity("waste-energy.recoverable", heat.0, "GJ")
        .quantity("waste-energy.recovered", heat.1, "GJ")
        .quantity("water.fresh-intake", water.0, "m3")
        .quantity("water.reused", water.1, "m3")
        .quantity("product.casting.unit-energy", product.0, "kgce/t")
        .quantity("product.casting.level-2-limit", product.1, "kgce/t")
}

/// 60 exactly: core and clean energy full (40 + 15), direct green 25 %
/// (5), the rest exactly at their floors (the case `one-star-at-cut-off`).
fn one_star() -> FakePark {
    guiding(
        electricity(eligible(), 750_000.0, 750_000.0, 250_000.0),
        (10_000.0, 5_000.0),
        (100_000.0, 20_000.0),
        (1_000.0, 1_000.0),
        (120.0, 100.0),
    )
}

/// 90 exactly: everything at its target but direct green, at its floor
/// (the case `three-star-at-cut-off`).
fn three_star() -> FakePark {
    guiding(
        electricity(eligible(), 1_000_000.0, 1_000_000.0, 0.0),
        (10_000.0, 8_000.0),
        (100_000.0, 50_000.0),
        (1_000.0, 4_000.0),
        (100.0, 100.0),
    )
}

/// Every scored indicator half-way between floor and target: 50 (the case
/// `interpolation-mid-way`).
fn mid_way() -> FakePark {
    guiding(
        electricity(eligible(), 750_000.0, 350_000.0, 250_000.0),
        (20_000.0, 13_000.0),
        (20_000.0, 7_000.0),
        (7_000.0, 13_000.0),
        (220.0, 200.0),
    )
    .quantity("emissions.process", 12_000.0, "tCO2")
}

mod describe;
mod explanations;
mod parameters;
mod scores;
