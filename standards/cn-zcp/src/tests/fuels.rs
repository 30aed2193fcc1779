//! Fuels by use: feedstock, bunker, conversion, unknown keys.

use super::*;

fn with_grid() -> FakePark {
    eligible().quantity("electricity.grid-purchased", 10_000.0, "MWh")
}

#[test]
fn every_combustion_use_counts_in_energy_and_emissions() {
    let park = with_grid()
        .quantity("fuel.raw-coal.final", 100.0, "t")
        .quantity("fuel.raw-coal.power", 200.0, "t")
        .quantity("fuel.raw-coal.heat", 300.0, "t")
        .quantity("fuel.lpg.final", 10.0, "t");
    let e = ok(&park, &[]);
    assert_close(
        energy(&e),
        10_000.0 * 0.1229 + 600.0 * 0.7143 + 10.0 * 1.7143,
    );
    assert_close(
        emissions(&e),
        10_000.0 * 0.5306 + 600.0 * 1.9003 + 10.0 * 3.1013,
    );
    let en = &result(&e, ENERGY_CONSUMPTION).explanation.en;
    assert!(
        en.contains("raw coal (final 100 + power 200 + heat 300) t × 0.7143 tce/t = 428.58 tce"),
        "{en}"
    );
}

#[test]
fn feedstock_counts_in_energy_but_not_in_emissions() {
    let park = with_grid()
        .quantity("fuel.natural-gas.final", 10.0, "10^4 m3")
        .quantity("fuel.natural-gas.feedstock", 50.0, "10^4 m3");
    let e = ok(&park, &[]);
    assert_close(energy(&e), 10_000.0 * 0.1229 + 60.0 * 13.3);
    assert_close(emissions(&e), 10_000.0 * 0.5306 + 10.0 * 21.622);
    let en = &result(&e, CO2_EMISSIONS).explanation.en;
    assert!(
        en.contains("feedstock not counted in emissions: natural gas 50 × 10^4 m3"),
        "{en}"
    );
    let c = core(&e);
    assert_close(
        c.value,
        (10_000.0 * 0.5306 + 10.0 * 21.622) / (10_000.0 * 0.1229 + 60.0 * 13.3),
    );

    // With the parameter false, feedstock leaves the denominator too.
    let e = ok(&park, &[("feedstock-in-denominator", "false")]);
    assert_close(energy(&e), 10_000.0 * 0.1229 + 10.0 * 13.3);
    assert_close(emissions(&e), 10_000.0 * 0.5306 + 10.0 * 21.622);
    let en = &result(&e, ENERGY_CONSUMPTION).explanation.en;
    assert!(
        en.contains("feedstock not counted (feedstock-in-denominator = false)"),
        "{en}"
    );
}

#[test]
fn bunker_fuel_is_listed_separately_and_not_counted() {
    let park = with_grid().quantity("fuel.diesel.bunker", 100.0, "t");
    let e = ok(&park, &[]);
    assert_close(energy(&e), 10_000.0 * 0.1229);
    assert_close(emissions(&e), 10_000.0 * 0.5306);
    assert!(
        result(&e, CO2_EMISSIONS)
            .explanation
            .en
            .contains("bunker fuel listed separately, not counted: diesel 100 t (309.59 tCO2)")
    );
    assert!(
        result(&e, ENERGY_CONSUMPTION)
            .explanation
            .en
            .contains("diesel 100 t (145.71 tce)")
    );
    assert_eq!(e.notes.len(), 1);
    assert!(e.notes[0].en.contains("bunker"), "{}", e.notes[0].en);
    assert!(e.notes[0].zh.contains("国际燃料舱"), "{}", e.notes[0].zh);
}

#[test]
fn conversion_is_accounted_as_a_balance() {
    let park = with_grid()
        .quantity("fuel.washed-coal.conversion", 1_500.0, "t")
        .quantity("fuel.coke.conversion-output", 1_000.0, "t")
        .quantity("fuel.coke-oven-gas.conversion-output", 40.0, "10^4 m3");
    let e = ok(&park, &[]);
    let loss = 1_500.0 * 0.9 - 1_000.0 * 0.9714 - 40.0 * 6.1353;
    let carbon = 1_500.0 * 2.4044 - 1_000.0 * 2.8604 - 40.0 * 8.8638;
    assert_close(energy(&e), 10_000.0 * 0.1229 + loss);
    assert_close(emissions(&e), 10_000.0 * 0.5306 + carbon);
    let en = &result(&e, CO2_EMISSIONS).explanation.en;
    assert!(en.contains("energy conversion carbon balance"), "{en}");
    assert!(en.contains("coke-oven gas 40 × 10^4 m3"), "{en}");
    // A zero conversion entry is harmless.
    let park = with_grid().quantity("fuel.washed-coal.conversion", 0.0, "t");
    assert!(run(&park, &[]).is_ok());
}

#[test]
fn a_conversion_that_seems_to_create_energy_counts_zero_and_says_so() {
    let park = with_grid()
        .quantity("fuel.washed-coal.conversion", 1_000.0, "t")
        .quantity("fuel.coke.conversion-output", 1_000.0, "t");
    let e = ok(&park, &[]);
    assert_close(energy(&e), 10_000.0 * 0.1229);
    assert!(
        e.notes.iter().any(|n| n.en.contains("counted as 0")),
        "{:?}",
        e.notes
    );
}

#[test]
fn unknown_fuel_keys_are_rejected() {
    let park = with_grid().quantity("fuel.peat.final", 5.0, "t");
    let Err(EvaluationError::InvalidData(m)) = run(&park, &[]) else {
        panic!("expected invalid data")
    };
    assert!(m.contains("`fuel.peat.final`"), "{m}");
}

#[test]
fn green_traded_above_grid_purchased_is_rejected() {
    let park = with_grid().quantity("electricity.green-traded", 20_000.0, "MWh");
    let Err(EvaluationError::InvalidData(m)) = run(&park, &[]) else {
        panic!("expected invalid data")
    };
    assert!(m.contains("electricity.green-traded"), "{m}");
}
