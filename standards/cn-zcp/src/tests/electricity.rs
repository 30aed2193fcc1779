//! Electricity (附件4 二(二)3①), heat (二(二)3②) and process emissions (三).

use zcp_sdk::{Outcome, Verdict};

use super::*;

fn grid_only(grid: f64) -> FakePark {
    eligible().quantity("electricity.grid-purchased", grid, "MWh")
}

#[test]
fn every_non_green_kwh_takes_the_national_fossil_factor() {
    let e = ok(&grid_only(100_000.0), &[]);
    assert_close(emissions(&e), 100_000.0 * 0.8325);
    let traded = grid_only(100_000.0).quantity("electricity.green-traded", 40_000.0, "MWh");
    assert_close(emissions(&ok(&traded, &[])), 60_000.0 * 0.8325);
    let certified =
        grid_only(100_000.0).quantity("electricity.green-certificates", 10_000.0, "MWh");
    assert_close(emissions(&ok(&certified, &[])), 90_000.0 * 0.8325);
    let e = ok(&certified, &[]);
    let factor = e
        .assumptions
        .iter()
        .find(|a| a.name == "electricity-factor");
    assert_eq!(
        factor.map(|a| (a.value.as_str(), a.provisional)),
        Some(("0.8325 tCO2/MWh", false))
    );
}

#[test]
fn certificates_are_not_counted_twice() {
    // Traded 60,000 plus certificates 80,000 cover more than the 100,000
    // received: the certificates count up to 40,000, never below zero.
    let park = grid_only(100_000.0)
        .quantity("electricity.green-traded", 60_000.0, "MWh")
        .quantity("electricity.green-certificates", 80_000.0, "MWh")
        .quantity("fuel.diesel.final", 10.0, "t");
    let e = ok(&park, &[]);
    assert_close(emissions(&e), 10.0 * 3.0959);
    // Certificates change emissions only, never energy.
    assert_close(energy(&e), 100_000.0 * 0.3 + 10.0 * 1.4571);
    let en = &result(&e, CO2_EMISSIONS).explanation.en;
    assert!(
        en.contains("(unbundled certificates 80,000 MWh, counted up to grid − green traded)"),
        "{en}"
    );
    assert!(en.contains("(100,000 − 60,000 − 40,000) = 0 MWh"), "{en}");
}

/// Sent out by kind: green at 0, the rest at 0.8325, without a floor; the
/// literal credit is explained.
#[test]
fn power_sent_out_counts_by_kind_without_a_floor() {
    let park = grid_only(1_000.0)
        .quantity("electricity.on-site-renewable", 50_000.0, "MWh")
        .quantity("electricity.exported", 30_000.0, "MWh")
        .quantity("electricity.exported-green", 10_000.0, "MWh")
        .quantity("fuel.natural-gas.final", 1_000.0, "10^4 m3");
    let e = ok(&park, &[]);
    assert_close(energy(&e), (1_000.0 + 50_000.0 - 30_000.0) * 0.3 + 13_300.0);
    let electricity = (1_000.0 - 20_000.0) * 0.8325;
    assert_close(emissions(&e), electricity + 21_622.0);
    let en = &result(&e, CO2_EMISSIONS).explanation.en;
    assert!(
        en.contains("green power sent out 10,000 MWh at 0; other power sent out (30,000 − 10,000) = 20,000 MWh"),
        "{en}"
    );
    assert!(en.contains("= -15,817.5 tCO2"), "{en}");
    let notes: Vec<&str> = e.notes.iter().map(|n| n.en.as_str()).collect();
    assert!(
        notes
            .iter()
            .any(|n| n.contains("20,000 MWh sent out is not declared green")
                && n.contains("a credit of 16,650 tCO2")),
        "{notes:?}"
    );
    assert!(
        notes
            .iter()
            .any(|n| n.starts_with("The electricity term is negative")
                && n.ends_with("-15,817.5 tCO2")),
        "{notes:?}"
    );
    // Only green exports declared: no credit, no note.
    let green = park.quantity("electricity.exported-green", 30_000.0, "MWh");
    let e = ok(&green, &[]);
    assert_close(emissions(&e), 1_000.0 * 0.8325 + 21_622.0);
    assert!(e.notes.is_empty(), "{:?}", e.notes);
}

#[test]
fn electricity_use_may_be_negative_for_a_net_exporter() {
    let park = grid_only(0.0)
        .quantity("electricity.exported", 10_000.0, "MWh")
        .quantity("fuel.raw-coal.power", 10_000.0, "t");
    let e = ok(&park, &[]);
    assert_close(energy(&e), 10_000.0 * 0.7143 - 10_000.0 * 0.3);
    assert_close(emissions(&e), 10_000.0 * 1.9003 - 10_000.0 * 0.8325);
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
fn green_exports_above_exports_are_a_contradiction() {
    let park = grid_only(1_000.0).quantity("electricity.exported-green", 10.0, "MWh");
    let Err(EvaluationError::InvalidData(m)) = run(&park, &[]) else {
        panic!("expected invalid data")
    };
    assert!(
        m.contains("`electricity.exported-green` (10 MWh) exceeds `electricity.exported` (0 MWh)"),
        "{m}"
    );
}

#[test]
fn heat_by_kind_at_a_measured_or_default_factor() {
    let park = grid_only(100_000.0)
        .quantity("heat.purchased", 50_000.0, "GJ")
        .quantity("heat.purchased-non-fossil", 20_000.0, "GJ")
        .quantity("heat.purchased-factor", 0.095, "tCO2/GJ")
        .quantity("heat.exported", 10_000.0, "GJ");
    let e = ok(&park, &[]);
    assert_close(energy(&e), 100_000.0 * 0.3 + 40_000.0 * 0.03412);
    assert_close(
        emissions(&e),
        100_000.0 * 0.8325 + 30_000.0 * 0.095 - 10_000.0 * 0.11,
    );
    let en = &result(&e, CO2_EMISSIONS).explanation.en;
    assert!(
        en.contains("(50,000 − 20,000) GJ × 0.095 tCO2/GJ (measured) − (10,000 − 0) GJ × 0.110 tCO2/GJ (default) = 1,750 tCO2"),
        "{en}"
    );
}

#[test]
fn process_emissions_by_product_or_as_a_total() {
    let products = grid_only(100_000.0)
        .quantity("process.lime.output", 10_000.0, "t")
        .quantity("process.lime.factor", 0.75, "tCO2/t")
        .text("process.lime.factor-basis", "provincial inventory 2023")
        .quantity("process.glass.output", 1_000.0, "t")
        .quantity("process.glass.factor", 0.2, "tCO2/t")
        .text("process.glass.name", "flat glass");
    let e = ok(&products, &[]);
    assert_close(emissions(&e), 100_000.0 * 0.8325 + 7_500.0 + 200.0);
    let en = &result(&e, CO2_EMISSIONS).explanation.en;
    assert!(
        en.contains("industrial processes (attachment 4 三, output × the park's product factor): flat glass 1,000 t × 0.200 tCO2/t = 200 tCO2 + lime 10,000 t × 0.750 tCO2/t = 7,500 tCO2 = 7,700 tCO2"),
        "{en}"
    );
    assert!(core(&e).used.contains(&"process.lime.factor".to_owned()));
    // The glass factor has no basis: a note asks for it.
    assert!(
        e.notes
            .iter()
            .any(|n| n.en.contains("`process.glass.factor-basis`")),
        "{:?}",
        e.notes
    );

    let e = ok(
        &grid_only(100_000.0).quantity("emissions.process", 2_000.0, "tCO2"),
        &[],
    );
    assert_close(emissions(&e), 100_000.0 * 0.8325 + 2_000.0);
}

#[test]
fn a_product_without_its_factor_is_insufficient_data() {
    let park = grid_only(100_000.0).quantity("process.crude-steel.output", 10_000.0, "t");
    let e = ok(&park, &[]);
    let c = core(&e);
    assert_eq!(c.outcome, Outcome::InsufficientData);
    assert_eq!(c.missing, vec!["process.crude-steel.factor".to_owned()]);
    assert!(
        c.explanation.en.contains("prints no process factor"),
        "{}",
        c.explanation.en
    );
    assert_eq!(e.verdict, Verdict::Incomplete);
}

#[test]
fn a_total_and_products_together_are_ambiguous() {
    let park = grid_only(100_000.0)
        .quantity("emissions.process", 2_000.0, "tCO2")
        .quantity("process.lime.output", 10_000.0, "t");
    let Err(EvaluationError::InvalidData(m)) = run(&park, &[]) else {
        panic!("expected invalid data")
    };
    assert!(
        m.contains("`emissions.process` (2,000 tCO2)") && m.contains("`process.lime.output`"),
        "{m}"
    );
}
