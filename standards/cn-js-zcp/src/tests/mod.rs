//! Native tests of the whole standard on fake parks (values in declared units).

use zcp_sdk::{Evaluation, EvaluationError, FakePark, IndicatorResult, Standard};

use crate::CnJsZcp;

mod contract;
mod describe;
mod parameters;
mod scoring;
mod worked;

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

fn park() -> FakePark {
    FakePark::for_standard(2025, &CnJsZcp::describe())
}

/// The worked park of the case `worked-per-value-added`: value added
/// 500,000 × 10^4 CNY, grid 600,000 MWh (green traded 120,000, certificates
/// 60,000), on-site 40,000 MWh, heat 200,000 GJ, gas 2,000 × 10^4 m3.
fn worked() -> FakePark {
    park()
        .quantity("economy.industrial-value-added", 500_000.0, "10^4 CNY")
        .quantity("electricity.grid-purchased", 600_000.0, "MWh")
        .quantity("electricity.green-traded", 120_000.0, "MWh")
        .quantity("electricity.green-certificates", 60_000.0, "MWh")
        .quantity("electricity.on-site-renewable", 40_000.0, "MWh")
        .quantity("heat.purchased", 200_000.0, "GJ")
        .quantity("fuel.natural-gas.final", 2_000.0, "10^4 m3")
}

/// The park of the case `all-met`: every reference value encoded is met.
fn all_met() -> FakePark {
    park()
        .quantity("park.enterprise-count", 40.0, "1")
        .quantity("economy.industrial-value-added", 200_000.0, "10^4 CNY")
        .quantity("economy.revenue", 800_000.0, "10^4 CNY")
        .quantity("electricity.grid-purchased", 100_000.0, "MWh")
        .quantity("electricity.green-traded", 60_000.0, "MWh")
        .quantity("electricity.green-certificates", 20_000.0, "MWh")
        .quantity("electricity.on-site-renewable", 30_000.0, "MWh")
        .quantity("fuel.natural-gas.final", 500.0, "10^4 m3")
        .quantity("waste.solid.generated", 10_000.0, "t")
        .quantity("waste.solid.utilised", 9_800.0, "t")
        .quantity("water.fresh-intake", 1_000_000.0, "m3")
        .quantity("water.reused", 9_000_000.0, "m3")
        .quantity("waste-energy.recoverable", 50_000.0, "GJ")
        .quantity("waste-energy.recovered", 48_000.0, "GJ")
        .quantity("x-cn-js-zcp.green-factories", 24.0, "1")
        .quantity("x-cn-js-zcp.vehicles", 500.0, "1")
        .quantity("x-cn-js-zcp.vehicles-nev", 450.0, "1")
        .quantity("x-cn-js-zcp.green-rd-spending", 32_000.0, "10^4 CNY")
}

fn run(park: &FakePark, params: &[(&str, &str)]) -> Result<Evaluation, EvaluationError> {
    let params: Vec<(String, String)> = params
        .iter()
        .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
        .collect();
    CnJsZcp::evaluate(park, &params, None)
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
