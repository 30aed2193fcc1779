//! Reading park files: both syntaxes, every way of writing a key.

use std::path::Path;

use zcp_park::{Fact, Format, Park, Text};

use crate::{data, json, toml, toml_park};

fn quantity(park: &Park, year: i32, key: &str) -> (f64, &'static str) {
    match park.years[&year].get(key) {
        Some(Fact::Quantity { value, unit }) => (*value, unit.symbol),
        other => panic!("{key}: {other:?}"),
    }
}

#[test]
fn toml_and_json_of_the_same_park_give_the_same_data() {
    let from_toml = Park::load(&data("ordos.toml")).unwrap();
    let from_json = Park::load(&data("ordos.json")).unwrap();
    assert_eq!(from_toml.id, "ordos-green-demo");
    assert_eq!(
        from_toml.name,
        Text {
            zh: "鄂尔多斯零碳产业园（示例）".into(),
            en: "Ordos zero-carbon industrial park (example)".into()
        }
    );
    assert_eq!(from_toml.province.as_deref(), Some("CN-NM"));
    assert_eq!(from_toml.years.len(), 2);
    assert_eq!(from_toml.years[&2025].len(), 6);
    assert_eq!(from_toml.profile.len(), 2);
    assert_eq!(
        (&from_toml.id, &from_toml.name, &from_toml.province),
        (&from_json.id, &from_json.name, &from_json.province)
    );
    assert_eq!(from_toml.profile, from_json.profile);
    assert_eq!(from_toml.years, from_json.years);
    assert_ne!(from_toml.digest, from_json.digest);
    assert_eq!(from_toml.path, data("ordos.toml"));
}

#[test]
fn facts_keep_the_value_and_unit_as_written() {
    let park = Park::load(&data("ordos.toml")).unwrap();
    assert_eq!(
        quantity(&park, 2025, "electricity.grid-purchased"),
        (225.0, "GWh")
    );
    assert_eq!(
        quantity(&park, 2025, "electricity.direct-green"),
        (900_000.0, "MWh")
    );
    assert_eq!(quantity(&park, 2025, "heat.purchased"), (3600.0, "GJ"));
    assert_eq!(quantity(&park, 2025, "economy.revenue-growth"), (-3.5, "%"));
    // An alias is stored as its canonical unit.
    assert_eq!(
        quantity(&park, 2024, "economy.industrial-value-added"),
        (1.2, "10^8 CNY")
    );
    assert_eq!(
        park.profile.get("park.zone-level"),
        Some(&Fact::Text("national".into()))
    );
    assert_eq!(
        park.profile.get("park.boundary-defined"),
        Some(&Fact::Flag(true))
    );
    assert_eq!(park.latest_year(), Some(2025));
}

#[test]
fn digest_is_the_sha256_of_the_file_bytes() {
    // Digest from `printf 'id = "a"\nname = "A"\n' | sha256sum`.
    let park = toml("id = \"a\"\nname = \"A\"\n").unwrap();
    assert_eq!(
        park.digest,
        "bc46a462c91060ef69642bb7e219ddf6a7f8b34215772e7e3c4767ad4dcc0352"
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.toml");
    std::fs::write(&path, "id = \"a\"\nname = \"A\"\n").unwrap();
    assert_eq!(Park::load(&path).unwrap().digest, park.digest);
}

#[test]
fn a_plain_name_serves_both_languages() {
    let park = toml("id = \"x-1\"\nname = \"示例园区\"\n").unwrap();
    assert_eq!(park.name.zh, "示例园区");
    assert_eq!(park.name.en, "示例园区");
    assert_eq!(park.province, None);
    assert!(park.profile.is_empty() && park.years.is_empty());
}

#[test]
fn a_park_with_only_a_profile_loads_but_has_no_year_to_assess() {
    let park = toml(&toml_park("[profile]\npark.within-park = false\n")).unwrap();
    assert_eq!(park.latest_year(), None);
    assert_eq!(
        park.year(2025).unwrap_err().to_string(),
        "parks/a.toml: no data for year 2025 (the file has no years: add a [years.2025] table)"
    );
    let park = toml(&toml_park("[years]\n")).unwrap();
    assert_eq!(park.latest_year(), None);
}

#[test]
fn keys_written_as_nested_tables() {
    let text = toml_park(
        "[years.2025.electricity]\ngrid-purchased = { value = 1, unit = \"MWh\" }\n\
         [years.2025.fuel.coke]\nfinal = { value = 2, unit = \"万t\" }\n\
         [years.2025.\"fuel.diesel\"]\nfinal = { value = 3, unit = \"kg\" }\n",
    );
    let park = toml(&text).unwrap();
    assert_eq!(
        quantity(&park, 2025, "electricity.grid-purchased"),
        (1.0, "MWh")
    );
    assert_eq!(quantity(&park, 2025, "fuel.coke.final"), (2.0, "10^4 t"));
    assert_eq!(quantity(&park, 2025, "fuel.diesel.final"), (3.0, "kg"));
}

#[test]
fn coefficients_factors_and_process_products_load_in_their_units() {
    let text = toml_park(
        "[profile]\nprocess.clinker-portland.name = \"Portland cement clinker\"\n\
         [years.2025]\n\
         fuel.lubricants.final = { value = 12, unit = \"t\" }\n\
         fuel.lubricants.ncv = { value = 41.8, unit = \"GJ/t\" }\n\
         fuel.lubricants.carbon-content = { value = 20.0, unit = \"kgC/GJ\" }\n\
         fuel.lubricants.oxidation-rate = { value = 98, unit = \"%\" }\n\
         fuel.other-gas.ncv = { value = 1.6, unit = \"MJ/m3\" }\n\
         fuel.blast-furnace-gas.recovered = { value = 5, unit = \"万m3\" }\n\
         fuel.coking-bituminous-coal.conversion = { value = 1, unit = \"万t\" }\n\
         electricity.exported-green = { value = 10, unit = \"GWh\" }\n\
         heat.purchased-non-fossil = { value = 100, unit = \"GJ\" }\n\
         heat.purchased-factor = { value = 0.095, unit = \"tCO2/GJ\" }\n\
         heat.exported-factor = { value = 110, unit = \"kgCO2/GJ\" }\n\
         process.clinker-portland.output = { value = 1.5, unit = \"万t\" }\n\
         process.clinker-portland.factor = { value = 520, unit = \"kgCO2/t\" }\n\
         process.clinker-portland.factor-basis = \"provincial inventory\"\n",
    );
    let park = toml(&text).unwrap();
    assert_eq!(quantity(&park, 2025, "fuel.lubricants.ncv"), (41.8, "GJ/t"));
    assert_eq!(
        quantity(&park, 2025, "fuel.lubricants.carbon-content"),
        (20.0, "kgC/GJ")
    );
    assert_eq!(quantity(&park, 2025, "fuel.other-gas.ncv"), (1.6, "MJ/m3"));
    assert_eq!(
        quantity(&park, 2025, "fuel.blast-furnace-gas.recovered"),
        (5.0, "10^4 m3")
    );
    assert_eq!(
        quantity(&park, 2025, "heat.purchased-factor"),
        (0.095, "tCO2/GJ")
    );
    assert_eq!(
        quantity(&park, 2025, "heat.exported-factor"),
        (110.0, "kgCO2/GJ")
    );
    assert_eq!(
        quantity(&park, 2025, "process.clinker-portland.factor"),
        (520.0, "kgCO2/t")
    );
    assert_eq!(
        park.years[&2025].get("process.clinker-portland.factor-basis"),
        Some(&Fact::Text("provincial inventory".into()))
    );
    assert_eq!(
        park.profile.get("process.clinker-portland.name"),
        Some(&Fact::Text("Portland cement clinker".into()))
    );
    assert_eq!(park.years[&2025].len(), 14);
}

#[test]
fn json_integers_and_floats_are_numbers() {
    let park = json(
        r#"{"id": "a", "name": {"zh": "甲", "en": "A"},
            "years": {"2030": {"water.reused": {"value": 12, "unit": "万m³"},
                               "water.fresh-intake": {"value": 0.5e3, "unit": "m3"}}}}"#,
    )
    .unwrap();
    assert_eq!(quantity(&park, 2030, "water.reused"), (12.0, "10^4 m3"));
    assert_eq!(quantity(&park, 2030, "water.fresh-intake"), (500.0, "m3"));
}

#[test]
fn a_byte_order_mark_is_ignored() {
    let park = toml("\u{feff}id = \"a\"\nname = \"A\"\n").unwrap();
    assert_eq!(park.id, "a");
    json("\u{feff}{\"id\": \"a\", \"name\": \"A\"}").unwrap();
}

#[test]
fn format_follows_the_extension() {
    assert_eq!(Format::from_path(Path::new("a/b.toml")), Some(Format::Toml));
    assert_eq!(Format::from_path(Path::new("b.JSON")), Some(Format::Json));
    assert_eq!(Format::from_path(Path::new("b.yaml")), None);
    assert_eq!(Format::from_path(Path::new("toml")), None);
}

#[test]
fn zero_and_negative_zero_are_not_negative() {
    let park = toml(&toml_park(
        "[years.2025]\nelectricity.exported = { value = 0 , unit = \"MWh\" }\nheat.exported = { value = -0.0, unit = \"GJ\" }\n",
    ))
    .unwrap();
    assert_eq!(quantity(&park, 2025, "electricity.exported").0, 0.0);
}
