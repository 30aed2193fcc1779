//! The five guiding indicators: values, thresholds, not-applicable, and that
//! they never change the verdict.

use zcp_sdk::{Outcome, Verdict};

use super::*;
use crate::guiding::{
    CLEAN_ENERGY_SHARE, DIRECT_GREEN_SUPPLY, PRODUCT_ENERGY, SOLID_WASTE, WASTE_ENERGY, WATER_REUSE,
};

#[test]
fn w1_clean_energy_share_counts_green_power_and_natural_gas() {
    let e = ok(&w1(), &[]);
    let r = result(&e, CLEAN_ENERGY_SHARE);
    // (200,000 + 100,000 + 1,700,000 + 80,000) × 0.300 + 3,990 = 627,990 tce.
    assert_close(r.value, 627_990.0 / 633_990.0 * 100.0);
    assert_eq!(r.outcome, Outcome::Pass);
    assert!(
        r.explanation.en.contains("= 99.05 ("),
        "{}",
        r.explanation.en
    );
    assert!(
        r.explanation.en.contains("natural gas 3,990 tce"),
        "{}",
        r.explanation.en
    );
}

#[test]
fn non_fossil_definition_leaves_natural_gas_out() {
    let e = ok(&w1(), &[("clean-energy-definition", "non-fossil")]);
    let r = result(&e, CLEAN_ENERGY_SHARE);
    assert_close(r.value, 624_000.0 / 633_990.0 * 100.0);
    let Some(a) = e
        .assumptions
        .iter()
        .find(|a| a.name == "clean-energy-definition")
    else {
        panic!("the definition is an assumption of the report")
    };
    assert_eq!(a.value, "non-fossil");
}

#[test]
fn w2_misses_the_clean_share_but_the_verdict_rests_on_the_core_only() {
    let e = ok(&w2(), &[]);
    let r = result(&e, CLEAN_ENERGY_SHARE);
    assert_eq!(r.value, Some(0.0));
    assert_eq!(r.outcome, Outcome::Fail);
    // W1 also fails a guiding indicator here and still qualifies.
    let park =
        w1().quantity("water.fresh-intake", 900.0, "m3")
            .quantity("water.reused", 100.0, "m3");
    let e = ok(&park, &[]);
    assert_eq!(result(&e, WATER_REUSE).outcome, Outcome::Fail);
    assert_eq!(e.verdict, Verdict::Qualified);
}

#[test]
fn green_power_is_capped_at_the_electricity_use_of_a_net_exporter() {
    let park = eligible()
        .quantity("electricity.grid-purchased", 0.0, "MWh")
        .quantity("electricity.on-site-renewable", 100_000.0, "MWh")
        .quantity("electricity.exported", 60_000.0, "MWh")
        .quantity("fuel.natural-gas.final", 100.0, "10^4 m3");
    let e = ok(&park, &[]);
    let r = result(&e, CLEAN_ENERGY_SHARE);
    assert_close(r.value, 100.0);
    assert!(
        r.explanation
            .en
            .contains("capped at the electricity use 40,000 MWh"),
        "{}",
        r.explanation.en
    );
}

#[test]
fn rates_compare_on_the_full_value() {
    let park = w1()
        .quantity("waste.solid.generated", 1_000.0, "t")
        .quantity("waste.solid.utilised", 799.999, "t")
        .quantity("waste-energy.recoverable", 2_000.0, "GJ")
        .quantity("waste-energy.recovered", 1_000.0, "GJ")
        .quantity("water.fresh-intake", 200.0, "m3")
        .quantity("water.reused", 800.0, "m3");
    let e = ok(&park, &[]);
    let waste = result(&e, SOLID_WASTE);
    assert_eq!(waste.outcome, Outcome::Fail);
    assert!(
        waste.explanation.en.contains("80.00 (79.9999"),
        "{}",
        waste.explanation.en
    );
    let heat = result(&e, WASTE_ENERGY);
    assert_eq!(heat.value, Some(50.0));
    assert_eq!(heat.outcome, Outcome::Pass);
    let water = result(&e, WATER_REUSE);
    assert_eq!(water.value, Some(80.0));
    assert_eq!(water.outcome, Outcome::Pass);
    assert_eq!(water.used, vec!["water.fresh-intake", "water.reused"]);
}

#[test]
fn solid_waste_counts_the_earlier_stock_utilised() {
    let park = w1()
        .quantity("waste.solid.generated", 1_000.0, "t")
        .quantity("waste.solid.prior-stock-utilised", 200.0, "t")
        .quantity("waste.solid.utilised", 1_080.0, "t");
    let e = ok(&park, &[]);
    assert_close(result(&e, SOLID_WASTE).value, 90.0);
}

#[test]
fn contradictory_rates_are_flagged_not_fatal() {
    let park = w1()
        .quantity("water.fresh-intake", 0.0, "m3")
        .quantity("water.reused", 10.0, "m3")
        .quantity("waste.solid.generated", 10.0, "t")
        .quantity("waste.solid.utilised", 20.0, "t");
    let e = ok(&park, &[]);
    let r = result(&e, SOLID_WASTE);
    assert_eq!(r.outcome, Outcome::InsufficientData);
    assert!(
        r.explanation.en.contains("contradict"),
        "{}",
        r.explanation.en
    );
    assert_eq!(result(&e, WATER_REUSE).outcome, Outcome::Pass);
    assert_eq!(e.verdict, Verdict::Qualified);
}

#[test]
fn missing_data_is_insufficient_and_a_stated_reason_is_not_applicable() {
    let e = ok(&w1(), &[]);
    let r = result(&e, WASTE_ENERGY);
    assert_eq!(r.outcome, Outcome::InsufficientData);
    assert_eq!(
        r.missing,
        vec!["waste-energy.recoverable", "waste-energy.recovered"]
    );
    let park = w1().text(
        "not-applicable.waste-energy-utilisation",
        "no process heat: assembly only",
    );
    let e = ok(&park, &[]);
    let r = result(&e, WASTE_ENERGY);
    assert_eq!(r.outcome, Outcome::NotApplicable);
    assert!(r.explanation.en.contains("no process heat: assembly only"));
    assert_eq!(r.used, vec!["not-applicable.waste-energy-utilisation"]);
    // Guiding data never makes the verdict incomplete.
    assert_eq!(e.verdict, Verdict::Qualified);
}

#[test]
fn zero_amounts_mean_the_indicator_does_not_apply() {
    let park =
        w1().quantity("waste.solid.generated", 0.0, "t")
            .quantity("waste.solid.utilised", 0.0, "t");
    let e = ok(&park, &[]);
    assert_eq!(result(&e, SOLID_WASTE).outcome, Outcome::NotApplicable);
}

fn with_products() -> FakePark {
    w1().text("product.clinker.name", "水泥熟料")
        .text("product.clinker.limit-standard", "GB 16780-2021")
        .quantity("product.clinker.unit-energy", 104.0, "kgce/t")
        .quantity("product.clinker.level-2-limit", 107.0, "kgce/t")
        .quantity("product.aluminium.unit-electricity", 13_300.0, "kWh/t")
        .quantity(
            "product.aluminium.level-2-electricity-limit",
            13_350.0,
            "kWh/t",
        )
}

#[test]
fn products_are_compared_one_by_one_with_level_2() {
    let e = ok(&with_products(), &[]);
    let r = result(&e, PRODUCT_ENERGY);
    assert_eq!(r.outcome, Outcome::Pass);
    // The worst product: aluminium at 13,300 / 13,350.
    assert_close(r.value, 13_300.0 / 13_350.0 * 100.0);
    assert!(
        r.explanation
            .zh
            .contains("水泥熟料（clinker，GB 16780-2021）"),
        "{}",
        r.explanation.zh
    );
    assert!(
        r.explanation
            .en
            .contains("aluminium unit electricity use: 13,300 kWh/t ≤ level 2 13,350 kWh/t"),
        "{}",
        r.explanation.en
    );
    // One product worse than level 2 fails the indicator, even with another incomplete.
    let park = with_products()
        .quantity("product.clinker.unit-energy", 107.5, "kgce/t")
        .quantity("product.glass.unit-energy", 12.0, "kgce/t");
    let e = ok(&park, &[]);
    let r = result(&e, PRODUCT_ENERGY);
    assert_eq!(r.outcome, Outcome::Fail);
    assert_eq!(r.missing, vec!["product.glass.level-2-limit"]);
    assert_eq!(e.verdict, Verdict::Qualified);
}

#[test]
fn a_product_without_its_limit_is_insufficient_data() {
    let park = w1().quantity("product.glass.unit-energy", 12.0, "kgce/t");
    let r = result(&ok(&park, &[]), PRODUCT_ENERGY).clone();
    assert_eq!(r.outcome, Outcome::InsufficientData);
    assert_eq!(r.missing, vec!["product.glass.level-2-limit"]);
    let r = result(&ok(&w1(), &[]), PRODUCT_ENERGY).clone();
    assert_eq!(r.outcome, Outcome::InsufficientData);
    assert!(
        r.explanation.en.contains("not-applicable.product-energy"),
        "{}",
        r.explanation.en
    );
}

#[test]
fn a_zero_level_2_limit_is_invalid_data() {
    let park = w1()
        .quantity("product.glass.unit-energy", 12.0, "kgce/t")
        .quantity("product.glass.level-2-limit", 0.0, "kgce/t");
    let Err(EvaluationError::InvalidData(m)) = run(&park, &[]) else {
        panic!("expected invalid data")
    };
    assert!(m.contains("product.glass.level-2-limit"), "{m}");
}

#[test]
fn the_share_is_capped_at_100_when_heat_exports_shrink_the_consumption() {
    let park = eligible()
        .quantity("electricity.grid-purchased", 0.0, "MWh")
        .quantity("electricity.direct-green", 100_000.0, "MWh")
        .quantity("fuel.natural-gas.heat", 1_000.0, "10^4 m3")
        .quantity("heat.exported", 300_000.0, "GJ");
    let e = ok(&park, &[]);
    let r = result(&e, CLEAN_ENERGY_SHARE);
    assert_eq!(r.value, Some(100.0));
    // (30,000 + 13,300) ÷ (30,000 + 13,300 − 10,236) tce, before the cap.
    assert!(
        r.explanation.en.contains("= 130.96 (130.958"),
        "{}",
        r.explanation.en
    );
    assert!(
        r.explanation.en.contains("→ 100.00 %"),
        "{}",
        r.explanation.en
    );
}

/// Non-fossil heat is clean energy (DOMAIN.md §1); green power sent out with
/// its certificates is not the park's.
#[test]
fn non_fossil_heat_counts_and_green_exports_do_not() {
    let park = eligible()
        .quantity("electricity.grid-purchased", 10_000.0, "MWh")
        .quantity("electricity.on-site-renewable", 50_000.0, "MWh")
        .quantity("electricity.exported", 20_000.0, "MWh")
        .quantity("electricity.exported-green", 20_000.0, "MWh")
        .quantity("heat.purchased", 100_000.0, "GJ")
        .quantity("heat.purchased-non-fossil", 60_000.0, "GJ");
    let e = ok(&park, &[("clean-energy-definition", "non-fossil")]);
    let r = result(&e, CLEAN_ENERGY_SHARE);
    let energy_tce = 40_000.0 * 0.3 + 100_000.0 * 0.03412;
    let clean_tce = 30_000.0 * 0.3 + 60_000.0 * 0.03412;
    assert_close(r.value, clean_tce / energy_tce * 100.0);
    assert!(
        r.explanation
            .en
            .contains("(0 + 50,000 + 0 + 0 − 20,000) MWh")
            && r.explanation.en.contains("+ non-fossil heat 2,047.2 tce"),
        "{}",
        r.explanation.en
    );
    assert!(r.used.contains(&"heat.purchased-non-fossil".to_owned()));
}

/// The direct supply principle of 附件4 二(二)3①: reported, never the verdict.
#[test]
fn direct_green_supply_share_is_a_principle_that_never_vetoes() {
    let e = ok(&w1(), &[]);
    let r = result(&e, DIRECT_GREEN_SUPPLY);
    // (200,000 + 100,000) ÷ 2,100,000 MWh.
    assert_close(r.value, 300_000.0 / 2_100_000.0 * 100.0);
    assert_eq!(r.outcome, Outcome::Fail);
    assert_eq!(e.verdict, Verdict::Qualified);
    assert!(
        r.explanation
            .en
            .contains("not an indicator of attachment 3"),
        "{}",
        r.explanation.en
    );
    let park = w1().text(
        "not-applicable.direct-green-supply-share",
        "no line can reach the park",
    );
    let r = result(&ok(&park, &[]), DIRECT_GREEN_SUPPLY).clone();
    assert_eq!(r.outcome, Outcome::NotApplicable);
    let exporter = eligible()
        .quantity("electricity.grid-purchased", 0.0, "MWh")
        .quantity("electricity.exported", 1_000.0, "MWh")
        .quantity("fuel.raw-coal.power", 1_000.0, "t");
    let r = result(&ok(&exporter, &[]), DIRECT_GREEN_SUPPLY).clone();
    assert_eq!(r.outcome, Outcome::NotApplicable);
    assert_eq!(r.value, None);
}
