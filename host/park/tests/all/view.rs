//! What a standard sees of a park for one assessment year.

use zcp_park::{DataError, DeclaredQuantity, Park};

use crate::{data, toml, toml_park};

fn ordos() -> Park {
    Park::load(&data("ordos.toml")).unwrap()
}

/// A key resolved once reads what `quantity` reads, in any year; a key or
/// unit `quantity` refuses is refused when it is resolved.
#[test]
fn declared_quantities_read_like_quantities() {
    let park = ordos();
    for (key, unit) in [
        ("electricity.grid-purchased", "GWh"),
        ("fuel.natural-gas.final", "m³"),
        ("economy.industrial-value-added", "万元"),
    ] {
        let declared = DeclaredQuantity::new(&park.dictionary, key, unit).unwrap();
        assert_eq!(declared.key(), key);
        for year in [2024, 2025] {
            let view = park.year(year).unwrap();
            assert_eq!(
                view.declared(&declared).unwrap(),
                view.quantity(key, unit).unwrap(),
                "{key} in {year}"
            );
        }
    }
    assert!(matches!(
        DeclaredQuantity::new(&park.dictionary, "electricity.grid-purchased", "tce"),
        Err(DataError::WrongDimension { .. })
    ));
    assert!(DeclaredQuantity::new(&park.dictionary, "electricity.nope", "MWh").is_err());
}

#[test]
fn quantities_are_converted_to_the_unit_asked_for() {
    let park = ordos();
    let year = park.year(2025).unwrap();
    assert_eq!(year.year(), 2025);
    assert_eq!(
        year.quantity("electricity.grid-purchased", "MWh").unwrap(),
        Some(225_000.0)
    );
    assert_eq!(
        year.quantity("electricity.grid-purchased", "GWh").unwrap(),
        Some(225.0)
    );
    assert_eq!(
        year.quantity("heat.purchased", "MWh").unwrap(),
        Some(1000.0)
    );
    assert_eq!(
        year.quantity("fuel.natural-gas.final", "m³").unwrap(),
        Some(3_000_000.0)
    );
    assert_eq!(
        year.quantity("economy.revenue-growth", "%").unwrap(),
        Some(-3.5)
    );
    // Absent this year (given in 2024 only).
    assert_eq!(
        year.quantity("economy.industrial-value-added", "万元")
            .unwrap(),
        None
    );
    assert_eq!(year.quantity("electricity.exported", "MWh").unwrap(), None);
    let earlier = park.year(2024).unwrap();
    assert_eq!(
        earlier
            .quantity("economy.industrial-value-added", "万元")
            .unwrap(),
        Some(12_000.0)
    );
    assert_eq!(earlier.park().id, "ordos-green-demo");
}

#[test]
fn a_value_asked_for_in_its_own_unit_is_untouched() {
    let park = toml(&toml_park(
        "[years.2025]\nheat.purchased = { value = 7.7, unit = \"GJ\" }\n",
    ))
    .unwrap();
    let value = park
        .year(2025)
        .unwrap()
        .quantity("heat.purchased", "GJ")
        .unwrap()
        .unwrap();
    assert_eq!(value.to_bits(), 7.7f64.to_bits());
}

#[test]
fn bad_requests_say_what_is_wrong() {
    let park = ordos();
    let year = park.year(2025).unwrap();
    let error = |key: &str, unit: &str| year.quantity(key, unit).unwrap_err().to_string();
    assert_eq!(
        error("electricity.grid", "MWh"),
        "unknown key `electricity.grid` (did you mean `electricity.grid-purchased`?)"
    );
    assert_eq!(
        error("electricity.grid-purchased", "MWH"),
        "unknown unit `MWH` (did you mean `MWh`?)"
    );
    assert_eq!(
        error("electricity.grid-purchased", "tce"),
        "unit `tce` is standard-coal, but `electricity.grid-purchased` is energy (use one of kWh, MWh, GWh, TWh, 10^4 kWh, MJ, GJ, TJ)"
    );
    assert_eq!(
        error("park.zone-level", "MWh"),
        "`park.zone-level` is a text key, not a quantity: read it with `text`"
    );
    assert_eq!(
        error("park.boundary-defined", "MWh"),
        "`park.boundary-defined` is a flag key, not a quantity: read it with `flag`"
    );
    assert!(matches!(
        year.series("nope", "MWh"),
        Err(DataError::UnknownKey {
            suggestion: None,
            ..
        })
    ));
}

#[test]
fn missing_year_names_the_file_and_its_years() {
    let park = ordos();
    let error = park.year(2023).unwrap_err();
    assert_eq!(
        error.to_string(),
        format!(
            "{}: no data for year 2023 (the file has 2024, 2025)",
            data("ordos.toml").display()
        )
    );
}

#[test]
fn texts_and_flags_come_from_the_profile() {
    let park = ordos();
    for year in [2024, 2025] {
        let view = park.year(year).unwrap();
        assert_eq!(view.text("park.zone-level").as_deref(), Some("national"));
        assert_eq!(view.flag("park.boundary-defined"), Some(true));
        assert_eq!(view.flag("park.within-park"), None);
        // Wrong kind or unknown key: nothing.
        assert_eq!(view.flag("park.zone-level"), None);
        assert_eq!(view.text("park.boundary-defined"), None);
        assert_eq!(view.text("no.such-key"), None);
    }
}

#[test]
fn series_runs_up_to_the_assessment_year_oldest_first() {
    let park = ordos();
    let in_2025 = park.year(2025).unwrap();
    assert_eq!(
        in_2025.series("electricity.grid-purchased", "MWh").unwrap(),
        Some(vec![250_000.0, 225_000.0])
    );
    assert_eq!(
        park.year(2024)
            .unwrap()
            .series("electricity.grid-purchased", "GWh")
            .unwrap(),
        Some(vec![250.0])
    );
    // Only the years that have it.
    assert_eq!(
        in_2025
            .series("economy.industrial-value-added", "10^8 CNY")
            .unwrap(),
        Some(vec![1.2])
    );
    assert_eq!(in_2025.series("electricity.exported", "MWh").unwrap(), None);
    assert_eq!(
        in_2025
            .series("electricity.exported", "tce")
            .unwrap_err()
            .to_string(),
        "unit `tce` is standard-coal, but `electricity.exported` is energy (use one of kWh, MWh, GWh, TWh, 10^4 kWh, MJ, GJ, TJ)"
    );
}

#[test]
fn keys_of_the_year_and_the_profile_by_prefix() {
    let park = ordos();
    let view = park.year(2025).unwrap();
    assert_eq!(
        view.keys("electricity."),
        ["electricity.direct-green", "electricity.grid-purchased"]
    );
    assert_eq!(
        view.keys("park."),
        [
            "park.boundary-defined",
            "park.enterprise-count",
            "park.zone-level"
        ]
    );
    assert_eq!(view.keys("").len(), 8);
    assert!(view.keys("water.").is_empty());
    assert_eq!(
        park.year(2024).unwrap().keys("e"),
        [
            "economy.industrial-value-added",
            "electricity.grid-purchased"
        ]
    );
}

#[test]
fn conversion_overflow_is_an_error() {
    let park = toml(&toml_park(
        "[years.2025]\nelectricity.exported = { value = 1e308, unit = \"TWh\" }\n",
    ))
    .unwrap();
    let view = park.year(2025).unwrap();
    assert_eq!(
        view.quantity("electricity.exported", "kWh")
            .unwrap_err()
            .to_string(),
        "`1e308 TWh` is too large to express in `kWh`"
    );
    assert_eq!(
        view.quantity("electricity.exported", "TWh").unwrap(),
        Some(1e308)
    );
}
