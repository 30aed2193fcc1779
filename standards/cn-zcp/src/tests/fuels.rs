//! Fuels by use: feedstock, bunker, conversion, unknown keys.

use zcp_sdk::{KeyScope, Outcome, Sign, Verdict, define_quantity};

use super::*;

/// The grid purchase of [`with_grid`] in energy and CO2.
const GRID_TCE: f64 = 10_000.0 * 0.3;
const GRID_TCO2: f64 = 10_000.0 * 0.8325;

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
    assert_close(energy(&e), GRID_TCE + 600.0 * 0.7143 + 10.0 * 1.7143);
    assert_close(emissions(&e), GRID_TCO2 + 600.0 * 1.9003 + 10.0 * 3.1013);
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
    assert_close(energy(&e), GRID_TCE + 60.0 * 13.3);
    assert_close(emissions(&e), GRID_TCO2 + 10.0 * 21.622);
    let en = &result(&e, CO2_EMISSIONS).explanation.en;
    assert!(
        en.contains("feedstock not counted in emissions: natural gas 50 × 10^4 m3"),
        "{en}"
    );
    let c = core(&e);
    assert_close(
        c.value,
        (GRID_TCO2 + 10.0 * 21.622) / (GRID_TCE + 60.0 * 13.3),
    );

    // With the parameter false, feedstock leaves the denominator too.
    let e = ok(&park, &[("feedstock-in-denominator", "false")]);
    assert_close(energy(&e), GRID_TCE + 10.0 * 13.3);
    assert_close(emissions(&e), GRID_TCO2 + 10.0 * 21.622);
    let en = &result(&e, ENERGY_CONSUMPTION).explanation.en;
    assert!(
        en.contains("feedstock not counted (feedstock-in-denominator = false)"),
        "{en}"
    );
}

#[test]
fn bunker_fuel_is_in_the_total_and_listed_separately() {
    let park = with_grid().quantity("fuel.diesel.bunker", 100.0, "t");
    let e = ok(&park, &[]);
    assert_close(energy(&e), GRID_TCE + 145.71);
    assert_close(emissions(&e), GRID_TCO2 + 309.59);
    assert!(result(&e, CO2_EMISSIONS).explanation.en.contains(
        "of which international bunker fuel 309.59 tCO2 (in the total, listed separately)"
    ));
    assert_eq!(e.notes.len(), 1);
    assert!(
        e.notes[0].en.contains(
            "diesel 100 t, 309.59 tCO2 in the emissions; 145.71 tce counted in the energy"
        ),
        "{}",
        e.notes[0].en
    );
    assert!(e.notes[0].zh.contains("国际航空航海"), "{}", e.notes[0].zh);
    // Out of the energy by parameter, still in the emissions.
    let e = ok(&park, &[("bunker-in-energy", "false")]);
    assert_close(energy(&e), GRID_TCE);
    assert_close(emissions(&e), GRID_TCO2 + 309.59);
    assert!(result(&e, ENERGY_CONSUMPTION).explanation.en.contains(
        "international bunker fuel not counted (bunker-in-energy = false): diesel 100 t"
    ));
}

#[test]
fn recovered_energy_is_not_counted_again_unless_asked() {
    let park = with_grid().quantity("fuel.blast-furnace-gas.recovered", 1_000.0, "10^4 m3");
    let e = ok(&park, &[]);
    assert_close(energy(&e), GRID_TCE);
    assert_close(emissions(&e), GRID_TCO2);
    assert!(
        e.notes.iter().any(|n| n
            .en
            .starts_with("Recovered energy blast-furnace gas 1,000 × 10^4 m3: not counted again")),
        "{:?}",
        e.notes
    );
    let e = ok(&park, &[("recovered-energy", "counted")]);
    assert_close(energy(&e), GRID_TCE + 1_000.0 * 1.286);
    assert_close(emissions(&e), GRID_TCO2 + 1_000.0 * 9.6865);
}

/// 附件4 二(二)2: a carbon balance with the oxidation rate taken as 100 %.
#[test]
fn conversion_is_a_balance_at_full_oxidation() {
    let park = with_grid()
        .quantity("fuel.washed-coal.conversion", 1_500.0, "t")
        .quantity("fuel.coke.conversion-output", 1_000.0, "t")
        .quantity("fuel.coke-oven-gas.conversion-output", 40.0, "10^4 m3");
    let e = ok(&park, &[]);
    let loss = 1_500.0 * 0.9 - 1_000.0 * 0.9714 - 40.0 * 6.1353;
    let carbon = 1_500.0 * 2.4044 / 0.98 - 1_000.0 * 2.8604 / 0.93 - 40.0 * 8.8638 / 0.99;
    assert_close(energy(&e), GRID_TCE + loss);
    assert_close(emissions(&e), GRID_TCO2 + carbon);
    let en = &result(&e, CO2_EMISSIONS).explanation.en;
    assert!(en.contains("oxidation taken as 100 %"), "{en}");
    assert!(en.contains("washed coal 1,500 t × 2.453469 tCO2/t"), "{en}");
    assert!(
        en.contains("coke-oven gas 40 × 10^4 m3 × 8.953333 tCO2/10^4 m3"),
        "{en}"
    );
    // A zero conversion entry is harmless.
    let park = with_grid().quantity("fuel.washed-coal.conversion", 0.0, "t");
    assert!(run(&park, &[]).is_ok());
}

#[test]
fn a_negative_conversion_balance_is_kept_and_explained() {
    let park = with_grid()
        .quantity("fuel.washed-coal.conversion", 1_000.0, "t")
        .quantity("fuel.coke.conversion-output", 1_000.0, "t");
    let e = ok(&park, &[]);
    let carbon = 1_000.0 * (2.4044 / 0.98 - 2.8604 / 0.93);
    assert!(carbon < 0.0);
    assert_close(emissions(&e), GRID_TCO2 + carbon);
    assert_close(energy(&e), GRID_TCE + 1_000.0 * (0.9 - 0.9714));
    assert!(
        e.notes.iter().any(|n| n
            .en
            .starts_with("The conversion carbon balance is negative")),
        "{:?}",
        e.notes
    );
}

/// 附件4 二(一)1 fuels without a sourced pair take the park's own values.
#[test]
fn a_fuel_without_coefficients_takes_the_parks_values() {
    let park = with_grid().quantity("fuel.lubricants.final", 100.0, "t");
    let e = ok(&park, &[]);
    let c = core(&e);
    assert_eq!(c.outcome, Outcome::InsufficientData);
    assert_eq!(
        c.missing,
        vec![
            "fuel.lubricants.ncv".to_owned(),
            "fuel.lubricants.carbon-content".to_owned()
        ]
    );
    assert_eq!(e.verdict, Verdict::Incomplete);

    let park = park
        .quantity("fuel.lubricants.ncv", 41.0, "GJ/t")
        .quantity("fuel.lubricants.carbon-content", 20.0, "tC/TJ")
        .quantity("fuel.lubricants.oxidation-rate", 98.0, "%");
    let e = ok(&park, &[]);
    assert_close(energy(&e), GRID_TCE + 100.0 * 41.0 / 29.3076);
    assert_close(
        emissions(&e),
        GRID_TCO2 + 100.0 * 41.0 * 20.0 / 1000.0 * 0.98 * 44.0 / 12.0,
    );
    let a = e
        .assumptions
        .iter()
        .find(|a| a.name == "fuel-coefficients.lubricants");
    assert!(
        a.is_some_and(|a| !a.provisional && a.description.en.contains("`fuel.lubricants.ncv`")),
        "{a:?}"
    );
    let bad = park.quantity("fuel.lubricants.oxidation-rate", 120.0, "%");
    let Err(EvaluationError::InvalidData(m)) = run(&bad, &[]) else {
        panic!("expected invalid data")
    };
    assert!(
        m.contains("`fuel.lubricants.oxidation-rate` is `120`"),
        "{m}"
    );
}

#[test]
fn unknown_fuel_keys_are_rejected() {
    // A fuel of a newer data dictionary than this version knows.
    let peat = define_quantity(
        "fuel.peat.final",
        "mass",
        Sign::NonNegative,
        KeyScope::Year,
        "泥炭",
        "Peat",
    );
    let park = with_grid()
        .with_shared_keys(&[peat])
        .quantity("fuel.peat.final", 5.0, "t");
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
