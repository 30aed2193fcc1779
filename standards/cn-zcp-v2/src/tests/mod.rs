//! Native tests of the draft on fake parks (values in declared units).

use zcp_sdk::{Evaluation, EvaluationError, FakePark, IndicatorResult, Standard};

use crate::CnZcpV2;

mod bands;
mod describe;
mod same_as_1_0_0;
mod tiers;

/// A park meeting every eligibility condition, with no energy data yet.
fn eligible() -> FakePark {
    FakePark::new(2025, CnZcpV2::describe().requires)
        .text("park.zone-level", "provincial")
        .flag("park.boundary-defined", true)
        .flag("park.energy-carbon-metering", true)
        .flag("park.major-incident-3y", false)
}

/// The Ordos-like park of DOMAIN.md §4: 344,150 tce, core 0.0314, clean
/// energy 100 %, direct green supply 80 %.
fn ordos() -> FakePark {
    eligible()
        .quantity("electricity.grid-purchased", 225_000.0, "MWh")
        .quantity("electricity.green-traded", 225_000.0, "MWh")
        .quantity("electricity.direct-green", 900_000.0, "MWh")
        .quantity("fuel.natural-gas.final", 500.0, "10^4 m3")
}

/// [`ordos`] meeting the four other guiding indicators too: 6 of 6.
fn leading() -> FakePark {
    ordos()
        .quantity("product.clinker.unit-energy", 100.0, "kgce/t")
        .quantity("product.clinker.level-2-limit", 107.0, "kgce/t")
        .quantity("waste.solid.generated", 10_000.0, "t")
        .quantity("waste.solid.utilised", 9_000.0, "t")
        .quantity("waste-energy.recoverable", 1_000.0, "GJ")
        .quantity("waste-energy.recovered", 600.0, "GJ")
        .quantity("water.fresh-intake", 1_000_000.0, "m3")
        .quantity("water.reused", 9_000_000.0, "m3")
}

/// A park of exactly `energy` tce (direct green power at an equal-value
/// coefficient of 1 tce/MWh) with an intensity of `ratio` tCO2/tce.
fn sized(energy: f64, ratio: f64) -> FakePark {
    eligible()
        .quantity("electricity.grid-purchased", 0.0, "MWh")
        .quantity("electricity.direct-green", energy, "MWh")
        .quantity("emissions.process", energy * ratio, "tCO2")
}

fn run(park: &FakePark, params: &[(&str, &str)]) -> Result<Evaluation, EvaluationError> {
    let params: Vec<(String, String)> = params
        .iter()
        .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
        .collect();
    CnZcpV2::evaluate(park, &params, None)
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
    result(e, cn_zcp::indicators::CARBON_PER_ENERGY)
}
