//! The rules of the accounting, one by one, on plain inputs.

use super::*;
use crate::coefficients::fuel_by_id;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn defaults() -> Options {
    Options {
        electricity: ElectricityConversion::EqualValue(0.3),
        feedstock_in_denominator: true,
        bunker_in_energy: true,
        recovered_counted: false,
    }
}

fn fuel_amounts(id: &str) -> FuelAmounts {
    let f = fuel_by_id(id).unwrap();
    FuelAmounts::new(f, f.coefficients.unwrap())
}

fn w1() -> AccountingInputs {
    AccountingInputs {
        electricity: Electricity {
            grid_purchased: 1_800_000.0,
            green_traded: 1_700_000.0,
            green_certificates: 80_000.0,
            direct_green: 200_000.0,
            on_site_renewable: 100_000.0,
            ..Default::default()
        },
        fuels: vec![fuel_amounts("natural-gas").with(FuelUse::Final, 300.0)],
        ..Default::default()
    }
}

/// W1 of DOMAIN.md §2, term by term.
#[test]
fn w1_by_terms() {
    let b = account(&w1(), &defaults()).unwrap();
    assert!(close(b.electricity.use_mwh, 2_100_000.0));
    assert!(close(b.electricity.energy_tce, 630_000.0));
    assert!(close(b.electricity.fossil_received_mwh, 20_000.0));
    assert!(close(b.electricity.emissions_tco2, 16_650.0));
    assert!(close(b.fuels[0].energy_tce, 3_990.0));
    assert!(close(b.fuels[0].emissions_tco2, 6_486.6));
    assert!(close(b.energy_tce, 633_990.0));
    assert!(close(b.emissions_tco2, 23_136.6));
}

/// 附件3 二.1 counts electricity at its equal value; the equivalent value
/// stays an alternative (W3).
#[test]
fn equivalent_value_is_an_alternative() {
    let mut options = defaults();
    options.electricity = ElectricityConversion::Equivalent;
    let b = account(&w1(), &options).unwrap();
    assert!(close(b.energy_tce, 262_080.0));
    assert!(close(b.emissions_tco2, 23_136.6));
}

/// 附件4 二(二)3①: certificates make at most the grid electricity not
/// already traded green; sent-out power counts by kind; no floor at zero.
#[test]
fn electricity_received_minus_sent_out_by_kind() {
    let inputs = AccountingInputs {
        electricity: Electricity {
            grid_purchased: 100.0,
            green_traded: 30.0,
            green_certificates: 500.0,
            on_site_renewable: 1_000.0,
            exported: 400.0,
            exported_green: 100.0,
            ..Default::default()
        },
        ..Default::default()
    };
    let b = account(&inputs, &defaults()).unwrap();
    let e = &b.electricity;
    assert!(close(e.certificates_counted_mwh, 70.0));
    assert_eq!(e.fossil_received_mwh, 0.0);
    assert!(close(e.fossil_sent_mwh, 300.0));
    assert!(close(e.emissions_tco2, -300.0 * 0.8325));
    assert!(close(e.energy_tce, (100.0 + 1_000.0 - 400.0) * 0.3));
}

/// 附件4 二(二)3②: fossil heat at a measured factor or 0.11, non-fossil at
/// 0, received minus sent out, no floor.
#[test]
fn heat_by_kind_with_measured_factors() {
    let inputs = AccountingInputs {
        heat: Heat {
            purchased: 10_000.0,
            purchased_non_fossil: 4_000.0,
            purchased_factor: Some(0.095),
            exported: 20_000.0,
            exported_non_fossil: 0.0,
            exported_factor: None,
        },
        ..Default::default()
    };
    let b = account(&inputs, &defaults()).unwrap();
    assert!(close(b.heat.energy_tce, -10_000.0 * 0.03412));
    assert!(close(
        b.heat.emissions_tco2,
        6_000.0 * 0.095 - 20_000.0 * 0.11
    ));
    assert!(close(b.heat.non_fossil_net_gj(), 4_000.0));
}

/// 附件4 二(二)2: the balance at 100 % oxidation, kept when negative.
#[test]
fn conversion_is_a_balance_at_full_oxidation() {
    let inputs = AccountingInputs {
        fuels: vec![
            fuel_amounts("washed-coal").with(FuelUse::Conversion, 1_500.0),
            fuel_amounts("coke")
                .with(FuelUse::ConversionOutput, 1_000.0)
                .with(FuelUse::Final, 200.0),
            fuel_amounts("coke-oven-gas").with(FuelUse::ConversionOutput, 40.0),
        ],
        ..Default::default()
    };
    let b = account(&inputs, &defaults()).unwrap();
    let c = &b.conversion;
    assert!(close(c.input_tco2(), 1_500.0 * 2.4044 / 0.98));
    assert!(close(
        c.output_tco2(),
        1_000.0 * 2.8604 / 0.93 + 40.0 * 8.8638 / 0.99
    ));
    assert!(close(c.energy_tce(), 1_350.0 - 971.4 - 40.0 * 6.1353));
    assert!(close(b.emissions_tco2, c.emissions_tco2() + 200.0 * 2.8604));

    let inputs = AccountingInputs {
        fuels: vec![
            fuel_amounts("washed-coal").with(FuelUse::Conversion, 1_000.0),
            fuel_amounts("coke").with(FuelUse::ConversionOutput, 1_000.0),
        ],
        ..Default::default()
    };
    let b = account(&inputs, &defaults()).unwrap();
    assert!(b.conversion.emissions_tco2() < 0.0);
    assert!(close(
        b.emissions_tco2,
        1_000.0 * (2.4044 / 0.98 - 2.8604 / 0.93)
    ));
}

#[test]
fn a_conversion_output_needs_an_input() {
    let inputs = AccountingInputs {
        fuels: vec![fuel_amounts("coke").with(FuelUse::ConversionOutput, 10.0)],
        ..Default::default()
    };
    let err = account(&inputs, &defaults()).unwrap_err();
    assert!(
        matches!(&err, EvaluationError::InvalidData(m) if m.contains("fuel.coke.conversion-output")),
        "{err:?}"
    );
}

/// Feedstock: energy only. Bunker: emissions always, energy by default.
/// Recovered energy: neither, unless counted.
#[test]
fn uses_count_as_the_options_say() {
    let inputs = AccountingInputs {
        fuels: vec![
            fuel_amounts("naphtha")
                .with(FuelUse::Feedstock, 1_000.0)
                .with(FuelUse::Final, 10.0),
            fuel_amounts("diesel").with(FuelUse::Bunker, 500.0),
            fuel_amounts("blast-furnace-gas").with(FuelUse::Recovered, 100.0),
        ],
        ..Default::default()
    };
    let b = account(&inputs, &defaults()).unwrap();
    assert!(close(b.energy_tce, 1_010.0 * 1.5184 + 500.0 * 1.4571));
    assert!(close(b.emissions_tco2, 10.0 * 3.1981 + 500.0 * 3.0959));
    assert_eq!(b.bunker().len(), 1);

    let options = Options {
        feedstock_in_denominator: false,
        bunker_in_energy: false,
        recovered_counted: true,
        ..defaults()
    };
    let b = account(&inputs, &options).unwrap();
    assert!(close(b.energy_tce, 10.0 * 1.5184 + 100.0 * 1.286));
    assert!(close(
        b.emissions_tco2,
        10.0 * 3.1981 + 500.0 * 3.0959 + 100.0 * 9.6865
    ));
}

/// 附件4 三: output × the park's factor, per product.
#[test]
fn process_emissions_by_product() {
    let product = |name: &str, output_t, factor| ProcessProduct {
        name: name.to_owned(),
        label: (name.to_owned(), name.to_owned()),
        output_t,
        factor,
        basis: None,
    };
    let inputs = AccountingInputs {
        process: Process::Products(vec![
            product("lime", 1_000.0, 0.75),
            product("clinker-portland", 2_000.0, 0.52),
        ]),
        ..Default::default()
    };
    let b = account(&inputs, &defaults()).unwrap();
    assert!(close(b.emissions_tco2, 750.0 + 1_040.0));
    assert_eq!(b.energy_tce, 0.0);
}

#[test]
fn a_part_above_its_whole_is_a_contradiction() {
    let mut inputs = w1();
    inputs.electricity.green_traded = 2_000_000.0;
    let err = account(&inputs, &defaults()).unwrap_err();
    assert!(
        matches!(&err, EvaluationError::InvalidData(m) if m.contains("electricity.green-traded"))
    );
    let mut inputs = w1();
    inputs.electricity.exported_green = 1.0;
    let err = account(&inputs, &defaults()).unwrap_err();
    assert!(
        matches!(&err, EvaluationError::InvalidData(m) if m.starts_with("`electricity.exported-green` (1 MWh) exceeds `electricity.exported` (0 MWh)")),
        "{err:?}"
    );
    let mut inputs = w1();
    inputs.heat.purchased_non_fossil = 1.0;
    let err = account(&inputs, &defaults()).unwrap_err();
    assert!(
        matches!(&err, EvaluationError::InvalidData(m) if m.contains("heat.purchased-non-fossil"))
    );
}

#[test]
fn negative_amounts_are_invalid() {
    let mut inputs = w1();
    inputs.heat.purchased = -1.0;
    let err = account(&inputs, &defaults()).unwrap_err();
    assert!(matches!(&err, EvaluationError::InvalidData(m) if m.contains("heat.purchased")));
}
