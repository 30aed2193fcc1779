//! The unit table and conversions.

use zcp_park::units::{Dimension, UnitError, convert, unit, units_of};

fn u(symbol: &str) -> &'static zcp_park::Unit {
    unit(symbol).unwrap()
}

fn conv(value: f64, from: &str, to: &str) -> f64 {
    convert(value, u(from), u(to)).unwrap()
}

#[test]
fn gwh_to_mwh() {
    assert_eq!(conv(225.0, "GWh", "MWh"), 225_000.0);
    assert_eq!(conv(225_000.0, "MWh", "GWh"), 225.0);
    assert_eq!(conv(1.0, "TWh", "kWh"), 1e9);
    assert_eq!(conv(5.0, "10^4 kWh", "MWh"), 50.0);
}

#[test]
fn joules_to_watt_hours_are_exact() {
    assert_eq!(conv(3.6, "GJ", "MWh"), 1.0);
    assert_eq!(conv(1.0, "MWh", "GJ"), 3.6);
    assert_eq!(conv(3600.0, "GJ", "MWh"), 1000.0);
    assert_eq!(conv(3.6, "MJ", "kWh"), 1.0);
    assert_eq!(conv(1.0, "kWh", "MJ"), 3.6);
    assert_eq!(conv(1.0, "TJ", "GJ"), 1000.0);
    assert_eq!(conv(225.0, "MWh", "GJ"), 810.0);
}

#[test]
fn other_dimensions_convert_through_their_base() {
    assert_eq!(conv(1.2, "亿元", "10^4 CNY"), 12_000.0);
    assert_eq!(conv(12_345.0, "元", "10^4 CNY"), 1.2345);
    assert_eq!(conv(3.0, "10^4 tce", "tce"), 30_000.0);
    assert_eq!(conv(1500.0, "kgCO2", "tCO2"), 1.5);
    assert_eq!(conv(2.0, "10^8 m3", "10^4 m3"), 20_000.0);
    assert_eq!(conv(250.0, "L", "m3"), 0.25);
    assert_eq!(conv(7.0, "10^4 t", "kg"), 7e7);
}

#[test]
fn calorific_values_by_mass() {
    assert_eq!(conv(1.0, "MJ/kg", "GJ/t"), 1.0);
    assert_eq!(conv(29.307_6, "MJ/kg", "GJ/t"), 29.307_6);
    assert_eq!(conv(1000.0, "kJ/kg", "GJ/t"), 1.0);
    assert_eq!(conv(20_908.0, "kJ/kg", "MJ/kg"), 20.908);
    assert_eq!(conv(41.816, "GJ/t", "kJ/kg"), 41_816.0);
}

#[test]
fn calorific_values_by_volume() {
    assert_eq!(conv(1.0, "MJ/m3", "GJ/10^4 m3"), 10.0);
    assert_eq!(conv(1.5, "MJ/m3", "GJ/10^4 m3"), 15.0);
    // Natural gas, 389.31 GJ/10^4 m3 (GB/T 2589) is 38.931 MJ/m3.
    assert_eq!(conv(389.31, "GJ/10^4 m3", "MJ/m3"), 38.931);
    assert_eq!(conv(100.0, "kJ/m3", "GJ/10^4 m3"), 1.0);
    assert_eq!(conv(1.0, "MJ/m3", "kJ/m3"), 1000.0);
    assert_eq!(conv(1.0, "GJ/万m3", "GJ/10^4 m3"), 1.0);
    assert_eq!(conv(2.0, "MJ/m³", "GJ/10^4 m3"), 20.0);
}

#[test]
fn carbon_contents() {
    assert_eq!(conv(26.37, "kgC/GJ", "tC/TJ"), 26.37);
    assert_eq!(conv(1.0, "tC/GJ", "tC/TJ"), 1000.0);
    assert_eq!(conv(15.0, "tC/TJ", "tC/GJ"), 0.015);
    assert_eq!(conv(0.0275, "tC/GJ", "kgC/GJ"), 27.5);
}

#[test]
fn co2_factors_per_heat_and_per_product() {
    assert_eq!(conv(110.0, "kgCO2/GJ", "tCO2/GJ"), 0.11);
    assert_eq!(conv(110.0, "tCO2/TJ", "tCO2/GJ"), 0.11);
    assert_eq!(conv(0.095, "tCO2/GJ", "kgCO2/GJ"), 95.0);
    assert_eq!(conv(1.0, "kgCO2/GJ", "tCO2/TJ"), 1.0);
    assert_eq!(conv(520.0, "kgCO2/t", "tCO2/t"), 0.52);
    assert_eq!(conv(0.52, "tCO2/t", "kgCO2/t"), 520.0);
}

#[test]
fn coefficients_do_not_convert_into_each_other() {
    // Heat per mass is not heat per volume without a density; carbon is not
    // CO2 without 44/12; per heat is not per product.
    for (from, to) in [
        ("GJ/t", "GJ/10^4 m3"),
        ("MJ/kg", "MJ/m3"),
        ("tC/TJ", "tCO2/TJ"),
        ("kgC/GJ", "kgCO2/GJ"),
        ("tCO2/GJ", "tCO2/t"),
        ("GJ/t", "GJ"),
        ("tCO2/t", "tCO2"),
    ] {
        assert!(convert(1.0, u(from), u(to)).is_err(), "{from} -> {to}");
    }
    assert_eq!(
        convert(1.0, u("tC/TJ"), u("tCO2/TJ"))
            .unwrap_err()
            .to_string(),
        "cannot convert `tC/TJ` (carbon-content) to `tCO2/TJ` (co2-per-energy): conversion across dimensions is the standard's choice"
    );
}

#[test]
fn same_unit_is_bit_exact() {
    // 7.7 GJ through the base (x / 3.6 * 3.6) would come back as 7.699999999999999.
    for value in [
        7.7,
        0.1 + 0.2,
        -0.0,
        f64::MIN_POSITIVE / 2.0,
        f64::MAX,
        1e-300,
    ] {
        for symbol in ["GJ", "MJ", "TJ", "kWh", "10^4 CNY", "%"] {
            let back = conv(value, symbol, symbol);
            assert_eq!(back.to_bits(), value.to_bits(), "{value} {symbol}");
        }
    }
    // An alias is the same unit as its canonical symbol.
    assert_eq!(conv(7.7, "万kWh", "10^4 kWh").to_bits(), 7.7f64.to_bits());
}

#[test]
fn across_dimensions_is_refused() {
    let error = convert(1.0, u("MWh"), u("tce")).unwrap_err();
    assert_eq!(
        error.to_string(),
        "cannot convert `MWh` (energy) to `tce` (standard-coal): conversion across dimensions is the standard's choice"
    );
    assert!(convert(1.0, u("m3"), u("tCO2")).is_err());
    assert!(convert(1.0, u("t"), u("kgce")).is_err());
}

#[test]
fn overflow_is_an_error_not_infinity() {
    let error = convert(1e308, u("TWh"), u("kWh")).unwrap_err();
    assert_eq!(
        error.to_string(),
        "`1e308 TWh` is too large to express in `kWh`"
    );
    assert_eq!(conv(1e308, "kWh", "TWh"), 1e299);
}

#[test]
fn aliases_map_to_canonical_symbols() {
    let cases = [
        ("m³", "m3"),
        ("万kWh", "10^4 kWh"),
        ("万tce", "10^4 tce"),
        ("万tCO2", "10^4 tCO2"),
        ("万t", "10^4 t"),
        ("万m3", "10^4 m3"),
        ("万m³", "10^4 m3"),
        ("亿m3", "10^8 m3"),
        ("亿m³", "10^8 m3"),
        ("元", "CNY"),
        ("万元", "10^4 CNY"),
        ("亿元", "10^8 CNY"),
        ("GJ/万m3", "GJ/10^4 m3"),
        ("GJ/万m³", "GJ/10^4 m3"),
        ("MJ/m³", "MJ/m3"),
        ("kJ/m³", "kJ/m3"),
        ("  MWh\t", "MWh"),
        (" 万元 ", "10^4 CNY"),
    ];
    for (alias, symbol) in cases {
        assert_eq!(u(alias).symbol, symbol, "{alias}");
    }
}

#[test]
fn symbols_are_case_sensitive_with_a_suggestion() {
    let error = unit("MWH").unwrap_err();
    assert_eq!(
        error,
        UnitError::Unknown {
            symbol: "MWH".into(),
            suggestion: Some("MWh".into())
        }
    );
    assert_eq!(
        error.to_string(),
        "unknown unit `MWH` (did you mean `MWh`?)"
    );
    let suggestion = |s: &str| match unit(s) {
        Err(UnitError::Unknown { suggestion, .. }) => suggestion,
        other => panic!("{s}: {other:?}"),
    };
    assert_eq!(suggestion("kwh").as_deref(), Some("kWh"));
    assert_eq!(suggestion("TCE").as_deref(), Some("tce"));
    assert_eq!(suggestion("tco2e").as_deref(), Some("tCO2"));
    assert_eq!(suggestion("GW").as_deref(), Some("GWh"));
    assert_eq!(suggestion("10^4 kwh").as_deref(), Some("10^4 kWh"));
    assert_eq!(suggestion("万KWH").as_deref(), Some("10^4 kWh"));
    assert_eq!(suggestion("banana"), None);
    assert_eq!(unit("").unwrap_err().to_string(), "unknown unit ``");
}

#[test]
fn units_of_a_dimension_in_table_order() {
    let energy: Vec<_> = units_of(Dimension::Energy).map(|u| u.symbol).collect();
    assert_eq!(
        energy,
        ["kWh", "MWh", "GWh", "TWh", "10^4 kWh", "MJ", "GJ", "TJ"]
    );
    let currency: Vec<_> = units_of(Dimension::Currency).map(|u| u.symbol).collect();
    assert_eq!(currency, ["CNY", "10^4 CNY", "10^8 CNY"]);
    let symbols = |d| units_of(d).map(|u| u.symbol).collect::<Vec<_>>();
    assert_eq!(
        symbols(Dimension::CalorificValue),
        ["GJ/t", "MJ/kg", "kJ/kg"]
    );
    assert_eq!(
        symbols(Dimension::CalorificValueVolume),
        ["GJ/10^4 m3", "MJ/m3", "kJ/m3"]
    );
    assert_eq!(
        symbols(Dimension::CarbonContent),
        ["tC/TJ", "kgC/GJ", "tC/GJ"]
    );
    assert_eq!(
        symbols(Dimension::Co2PerEnergy),
        ["tCO2/GJ", "kgCO2/GJ", "tCO2/TJ"]
    );
    assert_eq!(symbols(Dimension::Co2PerMass), ["tCO2/t", "kgCO2/t"]);
    for d in Dimension::ALL {
        assert!(units_of(d).all(|u| u.dimension == d));
        assert!(units_of(d).any(|u| u.to_base == 1.0), "{d}");
    }
}

#[test]
fn factors_to_base() {
    let cases = [
        ("kWh", 0.001),
        ("GWh", 1000.0),
        ("TWh", 1e6),
        ("10^4 kWh", 10.0),
        ("MJ", 1.0 / 3600.0),
        ("GJ", 1.0 / 3.6),
        ("TJ", 1000.0 / 3.6),
        ("kgce", 0.001),
        ("10^4 tce", 1e4),
        ("kgCO2", 0.001),
        ("10^4 tCO2", 1e4),
        ("kg", 0.001),
        ("10^4 t", 1e4),
        ("L", 0.001),
        ("10^4 m3", 1e4),
        ("10^8 m3", 1e8),
        ("%", 1.0),
        ("CNY", 1e-4),
        ("10^8 CNY", 1e4),
        ("1", 1.0),
        ("GJ/t", 1.0),
        ("MJ/kg", 1.0),
        ("kJ/kg", 1e-3),
        ("GJ/10^4 m3", 1.0),
        ("MJ/m3", 10.0),
        ("kJ/m3", 1e-2),
        ("tC/TJ", 1.0),
        ("kgC/GJ", 1.0),
        ("tC/GJ", 1e3),
        ("tCO2/GJ", 1.0),
        ("kgCO2/GJ", 1e-3),
        ("tCO2/TJ", 1e-3),
        ("tCO2/t", 1.0),
        ("kgCO2/t", 1e-3),
    ];
    for (symbol, factor) in cases {
        let unit = u(symbol);
        assert!((unit.to_base - factor).abs() <= factor * 1e-15, "{symbol}");
    }
}

#[test]
fn dimension_names_round_trip() {
    for d in Dimension::ALL {
        assert_eq!(d.as_str().parse::<Dimension>().unwrap(), d);
    }
    assert_eq!(Dimension::StandardCoal.as_str(), "standard-coal");
    let bases: Vec<(&str, &str)> = Dimension::ALL
        .iter()
        .skip(10)
        .map(|d| (d.as_str(), d.base().symbol))
        .collect();
    assert_eq!(
        bases,
        [
            ("calorific-value", "GJ/t"),
            ("calorific-value-volume", "GJ/10^4 m3"),
            ("carbon-content", "tC/TJ"),
            ("co2-per-energy", "tCO2/GJ"),
            ("co2-per-mass", "tCO2/t"),
        ]
    );
    assert_eq!(
        "power".parse::<Dimension>().unwrap_err().to_string(),
        "unknown dimension `power` (expected one of energy, standard-coal, co2, mass, volume, ratio, currency, count, specific-energy, specific-electricity, calorific-value, calorific-value-volume, carbon-content, co2-per-energy, co2-per-mass)"
    );
}
