//! Electricity: grid factor choice, certificates, net exporters.

use zcp_sdk::{Outcome, Verdict};

use super::*;

fn grid_only(grid: f64) -> FakePark {
    eligible().quantity("electricity.grid-purchased", grid, "MWh")
}

#[test]
fn auto_takes_the_national_average_without_market_deductions() {
    let e = ok(&grid_only(100_000.0), &[]);
    assert_close(emissions(&e), 100_000.0 * 0.5306);
    let e = ok(&grid_only(100_000.0), &[("grid-factor-year", "2021")]);
    assert_close(emissions(&e), 100_000.0 * 0.5568);
}

#[test]
fn auto_takes_the_factor_excluding_market_with_traded_power_or_certificates() {
    let traded = grid_only(100_000.0).quantity("electricity.green-traded", 40_000.0, "MWh");
    assert_close(emissions(&ok(&traded, &[])), 60_000.0 * 0.6096);
    let certified =
        grid_only(100_000.0).quantity("electricity.green-certificates", 10_000.0, "MWh");
    assert_close(emissions(&ok(&certified, &[])), 90_000.0 * 0.6096);
    assert_close(
        emissions(&ok(&certified, &[("grid-factor-year", "2022")])),
        90_000.0 * 0.5856,
    );
}

#[test]
fn explicit_kinds_override_auto() {
    let traded = grid_only(100_000.0).quantity("electricity.green-traded", 40_000.0, "MWh");
    let e = ok(&traded, &[("grid-factor-kind", "national-average")]);
    assert_close(emissions(&e), 60_000.0 * 0.5306);
    let e = ok(
        &grid_only(100_000.0),
        &[
            ("grid-factor-kind", "excluding-market"),
            ("grid-factor-year", "2022"),
        ],
    );
    assert_close(emissions(&e), 100_000.0 * 0.5856);
    let e = ok(
        &grid_only(100_000.0),
        &[
            ("grid-factor-kind", "national-average"),
            ("grid-factor-year", "2022"),
        ],
    );
    assert_close(emissions(&e), 100_000.0 * 0.5366);
}

#[test]
fn no_excluding_market_factor_for_2021() {
    let params = [
        ("grid-factor-kind", "excluding-market"),
        ("grid-factor-year", "2021"),
    ];
    let Err(EvaluationError::InvalidParameter(m)) = run(&grid_only(1.0), &params) else {
        panic!("expected invalid parameter")
    };
    assert!(m.contains("excluding-market") && m.contains("2021"), "{m}");
    // auto picks it when market green power is deducted, and says why.
    let traded = grid_only(100.0).quantity("electricity.green-traded", 10.0, "MWh");
    let Err(EvaluationError::InvalidParameter(m)) = run(&traded, &[("grid-factor-year", "2021")])
    else {
        panic!("expected invalid parameter")
    };
    assert!(
        m.contains("excluding-market") && m.contains("2021") && m.contains("auto"),
        "{m}"
    );
}

#[test]
fn certificates_are_not_counted_twice() {
    // Traded 60,000 plus certificates 80,000 cover more than the 100,000 purchased:
    // the residual stops at zero, it never turns into negative emissions.
    let park = grid_only(100_000.0)
        .quantity("electricity.green-traded", 60_000.0, "MWh")
        .quantity("electricity.green-certificates", 80_000.0, "MWh")
        .quantity("fuel.diesel.final", 10.0, "t");
    let e = ok(&park, &[]);
    assert_close(emissions(&e), 10.0 * 3.0959);
    // Certificates change emissions only, never energy.
    assert_close(energy(&e), 100_000.0 * 0.1229 + 10.0 * 1.4571);
    let en = &result(&e, CO2_EMISSIONS).explanation.en;
    assert!(
        en.contains("max(0, 100,000 − 0 − 60,000 − 80,000) = 0 MWh"),
        "{en}"
    );
}

#[test]
fn a_net_exporter_has_no_negative_indirect_emissions() {
    let park = grid_only(1_000.0)
        .quantity("electricity.on-site-renewable", 50_000.0, "MWh")
        .quantity("electricity.exported", 30_000.0, "MWh")
        .quantity("heat.exported", 10_000.0, "GJ")
        .quantity("fuel.natural-gas.final", 100.0, "10^4 m3");
    let e = ok(&park, &[]);
    // Energy nets the exports (GB/T 2589 deducts energy sent out) ...
    let expected_energy =
        (1_000.0 + 50_000.0 - 30_000.0) * 0.1229 - 10_000.0 * 0.03412 + 100.0 * 13.3;
    assert_close(energy(&e), expected_energy);
    // ... emissions do not go below zero per carrier: only the gas counts.
    assert_close(emissions(&e), 100.0 * 21.622);
}

#[test]
fn electricity_use_may_be_negative_for_a_net_exporter() {
    let park = grid_only(0.0)
        .quantity("electricity.exported", 10_000.0, "MWh")
        .quantity("fuel.raw-coal.power", 10_000.0, "t");
    let e = ok(&park, &[]);
    assert_close(energy(&e), 10_000.0 * 0.7143 - 10_000.0 * 0.1229);
    assert_close(emissions(&e), 10_000.0 * 1.9003);
    assert_eq!(core(&e).outcome, Outcome::Fail);
    assert_eq!(e.verdict, Verdict::NotQualified);
    assert!(
        result(&e, ENERGY_CONSUMPTION)
            .explanation
            .en
            .contains("(0 + 0 + 0 − 10,000) MWh")
    );
}

#[test]
fn heat_and_process_emissions_count() {
    let park = grid_only(100_000.0)
        .quantity("heat.purchased", 50_000.0, "GJ")
        .quantity("heat.exported", 10_000.0, "GJ")
        .quantity("emissions.process", 2_000.0, "tCO2");
    let e = ok(&park, &[]);
    assert_close(energy(&e), 100_000.0 * 0.1229 + 40_000.0 * 0.03412);
    assert_close(
        emissions(&e),
        100_000.0 * 0.5306 + 40_000.0 * 0.11 + 2_000.0,
    );
    let en = &result(&e, CO2_EMISSIONS).explanation.en;
    assert!(
        en.contains("max(0, 50,000 − 10,000) GJ × 0.110 tCO2/GJ = 4,400 tCO2"),
        "{en}"
    );
    assert!(en.contains("industrial processes 2,000 tCO2"), "{en}");
}
