//! Native tests of the whole standard on fake parks (values in declared units).

use zcp_sdk::{Evaluation, EvaluationError, FakePark, IndicatorResult, Standard};

use crate::CnHnZcp;

mod bands;
mod contract;
mod guiding;
mod revenue;
mod stages;

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

/// A park meeting the basic conditions, assessed in `year`, with revenue
/// 100,000, 110,000 and 121,000 × 10^4 CNY in the three years up to it
/// (10 % growth a year), and no energy data yet.
fn eligible(year: i32) -> FakePark {
    FakePark::for_standard(year, &CnHnZcp::describe())
        .text("park.zone-level", "provincial")
        .flag("park.boundary-defined", true)
        .flag("park.energy-carbon-metering", true)
        .flag("park.major-incident-3y", false)
        .quantity_in(year - 2, "economy.revenue", 100_000.0, "10^4 CNY")
        .quantity_in(year - 1, "economy.revenue", 110_000.0, "10^4 CNY")
        .quantity_in(year, "economy.revenue", 121_000.0, "10^4 CNY")
}

/// 200,000 MWh from the grid, `green` of it through green power trading:
/// E = 60,000 tce at 0.300, emissions (200,000 − green) × 0.8325.
fn grid_park(year: i32, green: f64) -> FakePark {
    eligible(year)
        .quantity("electricity.grid-purchased", 200_000.0, "MWh")
        .quantity("electricity.green-traded", green, "MWh")
}

fn run(park: &FakePark, params: &[(&str, &str)]) -> Result<Evaluation, EvaluationError> {
    let params: Vec<(String, String)> = params
        .iter()
        .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
        .collect();
    CnHnZcp::evaluate(park, &params, None)
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
    result(e, "core.carbon-per-energy")
}
