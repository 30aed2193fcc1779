//! Native tests of the standard layered on a real cn-zcp evaluation: each
//! fake park is evaluated by the `cn-zcp` library first, as the host does,
//! and its evaluation is passed on as `base`.

use cn_zcp::CnZcp;
use zcp_sdk::{
    Evaluation, EvaluationError, FakePark, IndicatorKind, IndicatorResult, Outcome, Standard,
    Threshold, Verdict, text,
};

use crate::CnNmZcp;
use crate::regional::REGIONAL_CORE;

mod base;
mod describe;
mod regional;
mod tiers;

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

/// A park meeting every eligibility condition of cn-zcp, with no energy data yet.
fn eligible() -> FakePark {
    FakePark::new(2025, CnZcp::describe().requires)
        .text("park.zone-level", "provincial")
        .flag("park.boundary-defined", true)
        .flag("park.energy-carbon-metering", true)
        .flag("park.major-incident-3y", false)
}

/// A park buying `grid` MWh from the grid with no green power and taking
/// `direct` MWh of direct green supply: energy 0.300 × (G + D) tce, CO2
/// 0.8325 × G t, so its national core is 2.775 × G ÷ (G + D).
fn park(grid: f64, direct: f64) -> FakePark {
    eligible()
        .quantity("electricity.grid-purchased", grid, "MWh")
        .quantity("electricity.direct-green", direct, "MWh")
}

/// The Ordos-like park of DOMAIN.md §4: 900 GWh direct, 225 GWh green
/// traded within the grid purchase, natural gas 500 × 10^4 m3.
fn ordos() -> FakePark {
    eligible()
        .quantity("electricity.grid-purchased", 225_000.0, "MWh")
        .quantity("electricity.green-traded", 225_000.0, "MWh")
        .quantity("electricity.direct-green", 900_000.0, "MWh")
        .quantity("fuel.natural-gas.final", 500.0, "10^4 m3")
}

fn params(given: &[(&str, &str)]) -> Vec<(String, String)> {
    given
        .iter()
        .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
        .collect()
}

/// What the host passes on: cn-zcp's evaluation of `park` with its defaults.
#[track_caller]
fn base_of(park: &FakePark) -> Evaluation {
    match CnZcp::evaluate(park, &[], None) {
        Ok(e) => e,
        Err(err) => panic!("the base failed: {err:?}"),
    }
}

fn run(park: &FakePark, given: &[(&str, &str)]) -> Result<Evaluation, EvaluationError> {
    CnNmZcp::evaluate(park, &params(given), Some(base_of(park)))
}

#[track_caller]
fn ok(park: &FakePark, given: &[(&str, &str)]) -> Evaluation {
    match run(park, given) {
        Ok(e) => e,
        Err(err) => panic!("evaluation failed: {err:?}"),
    }
}

/// The regional core result, the only one this standard returns.
#[track_caller]
fn regional(e: &Evaluation) -> &IndicatorResult {
    match e.results.iter().find(|r| r.id == REGIONAL_CORE) {
        Some(r) => r,
        None => panic!("no result `{REGIONAL_CORE}`"),
    }
}

/// A base evaluation made by hand, as the scaffold's tests build one: the
/// four eligibility conditions passing and a core result with `core`.
fn fake_base(verdict: Verdict, core: Option<f64>) -> Evaluation {
    let result = |id: &str, kind, value: Option<f64>| IndicatorResult {
        id: id.into(),
        kind,
        outcome: match value {
            Some(_) => Outcome::Pass,
            None if kind == IndicatorKind::Core => Outcome::InsufficientData,
            None => Outcome::Pass,
        },
        value,
        unit: String::new(),
        threshold: Threshold::AtMost(0.20),
        band: None,
        score: None,
        explanation: text("基础说明", "the base's explanation"),
        used: vec![],
        missing: vec![],
    };
    Evaluation {
        verdict,
        summary: None,
        tier: None,
        score: None,
        results: vec![
            result("eligibility.boundary", IndicatorKind::Eligibility, None),
            result("core.carbon-per-energy", IndicatorKind::Core, core),
        ],
        assumptions: vec![],
        notes: vec![],
    }
}
