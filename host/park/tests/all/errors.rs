//! Every problem of a park file, with its exact message.

use std::path::Path;

use zcp_park::{Park, ParkError};

use crate::{json, json_error, messages, toml, toml_error, toml_park};

/// The message of a TOML park whose `[years.2025]` holds `line`.
fn in_2025(line: &str) -> String {
    toml_error(&toml_park(&format!("[years.2025]\n{line}\n")))
}

#[test]
fn unknown_unit_with_suggestion() {
    assert_eq!(
        in_2025("electricity.grid-purchased = { value = 225, unit = \"MWH\" }"),
        "parks/a.toml: year 2025, key `electricity.grid-purchased`: unknown unit `MWH` (did you mean `MWh`?)"
    );
    assert_eq!(
        in_2025("electricity.grid-purchased = { value = 225, unit = \"furlong\" }"),
        "parks/a.toml: year 2025, key `electricity.grid-purchased`: unknown unit `furlong` (use one of kWh, MWh, GWh, TWh, 10^4 kWh, MJ, GJ, TJ)"
    );
}

/// The suggestion is among the units the key takes: `GJ/m3` is close to
/// `GJ/10^4 m3`, but a fuel weighed in tonnes takes GJ/t.
#[test]
fn unknown_unit_suggestions_stay_in_the_keys_dimension() {
    assert_eq!(
        in_2025("fuel.lubricants.ncv = { value = 41, unit = \"GJ/m3\" }"),
        "parks/a.toml: year 2025, key `fuel.lubricants.ncv`: unknown unit `GJ/m3` (use one of GJ/t, MJ/kg, kJ/kg)"
    );
    assert_eq!(
        in_2025("fuel.other-gas.ncv = { value = 41, unit = \"GJ/m3\" }"),
        "parks/a.toml: year 2025, key `fuel.other-gas.ncv`: unknown unit `GJ/m3` (did you mean `GJ/10^4 m3`?)"
    );
    assert_eq!(
        in_2025("heat.purchased-factor = { value = 0.1, unit = \"tCO2/MWh\" }"),
        "parks/a.toml: year 2025, key `heat.purchased-factor`: unknown unit `tCO2/MWh` (did you mean `tCO2/GJ`?)"
    );
}

#[test]
fn unit_of_another_dimension() {
    assert_eq!(
        in_2025("electricity.grid-purchased = { value = 225, unit = \"tce\" }"),
        "parks/a.toml: year 2025, key `electricity.grid-purchased`: unit `tce` is standard-coal, but `electricity.grid-purchased` is energy (use one of kWh, MWh, GWh, TWh, 10^4 kWh, MJ, GJ, TJ)"
    );
    // A factor per product is not a factor per unit of heat, nor a calorific
    // value by mass one by volume.
    assert_eq!(
        in_2025("heat.purchased-factor = { value = 0.52, unit = \"tCO2/t\" }"),
        "parks/a.toml: year 2025, key `heat.purchased-factor`: unit `tCO2/t` is co2-per-mass, but `heat.purchased-factor` is co2-per-energy (use one of tCO2/GJ, kgCO2/GJ, tCO2/TJ)"
    );
    assert_eq!(
        in_2025("fuel.other-gas.ncv = { value = 16, unit = \"GJ/t\" }"),
        "parks/a.toml: year 2025, key `fuel.other-gas.ncv`: unit `GJ/t` is calorific-value, but `fuel.other-gas.ncv` is calorific-value-volume (use one of GJ/10^4 m3, MJ/m3, kJ/m3)"
    );
}

#[test]
fn negative_amount() {
    assert_eq!(
        in_2025("electricity.exported = { value = -5, unit = \"MWh\" }"),
        "parks/a.toml: year 2025, key `electricity.exported`: value `-5` is negative, but `electricity.exported` is an amount and cannot be"
    );
    // A growth rate may be negative.
    toml(&toml_park(
        "[years.2025]\neconomy.revenue-growth = { value = -5, unit = \"%\" }",
    ))
    .unwrap();
}

#[test]
fn non_finite_numbers() {
    for (written, shown) in [
        ("nan", "nan"),
        ("+inf", "inf"),
        ("-inf", "-inf"),
        ("-nan", "nan"),
    ] {
        assert_eq!(
            in_2025(&format!(
                "electricity.exported = {{ value = {written}, unit = \"MWh\" }}"
            )),
            format!(
                "parks/a.toml: year 2025, key `electricity.exported`: value `{shown}` is not a finite number"
            )
        );
    }
}

#[test]
fn duplicate_key_quoted_and_nested_in_toml() {
    let text = toml_park(
        "[years.2025]\n\"electricity.exported\" = { value = 1, unit = \"MWh\" }\n\
         [years.2025.electricity]\nexported = { value = 2, unit = \"MWh\" }\n",
    );
    assert_eq!(
        toml_error(&text),
        "parks/a.toml: year 2025: key `electricity.exported` is given twice"
    );
}

#[test]
fn duplicate_key_in_json() {
    let year = |body: &str| format!(r#"{{"id": "a", "name": "A", "years": {{"2025": {body}}}}}"#);
    let q = r#"{"value": 1, "unit": "MWh"}"#;
    // The same member twice: serde_json's own Value would keep the last silently.
    assert_eq!(
        json_error(&year(&format!(
            r#"{{"electricity.exported": {q}, "electricity.exported": {q}}}"#
        ))),
        "parks/a.json: year 2025: key `electricity.exported` is given twice"
    );
    // Dotted and nested.
    assert_eq!(
        json_error(&year(&format!(
            r#"{{"electricity": {{"exported": {q}}}, "electricity.exported": {q}}}"#
        ))),
        "parks/a.json: year 2025: key `electricity.exported` is given twice"
    );
    // A group twice.
    assert_eq!(
        json_error(&year(&format!(
            r#"{{"electricity": {{"exported": {q}}}, "electricity": {{"grid-purchased": {q}}}}}"#
        ))),
        "parks/a.json: year 2025: key `electricity` is given twice"
    );
    // A field of a quantity twice.
    assert_eq!(
        json_error(&year(
            r#"{"heat.exported": {"value": 1, "unit": "GJ", "value": 2}}"#
        )),
        "parks/a.json: year 2025: key `heat.exported.value` is given twice"
    );
    // Top-level fields and years.
    assert_eq!(
        messages(json(
            r#"{"id": "a", "name": "A", "id": "b", "years": {"2025": {}, "2025": {}}}"#
        )),
        [
            "parks/a.json: field `years.2025` is given twice",
            "parks/a.json: field `id` is given twice",
        ]
    );
}

#[test]
fn wrong_kind() {
    assert_eq!(
        toml_error(&toml_park("[profile]\npark.boundary-defined = \"yes\"")),
        "parks/a.toml: profile, key `park.boundary-defined`: needs `true` or `false`, found the text `yes`"
    );
    assert_eq!(
        in_2025("electricity.exported = 5"),
        "parks/a.toml: year 2025, key `electricity.exported`: needs `{ value = ..., unit = \"MWh\" }`, found the number `5`"
    );
    assert_eq!(
        in_2025("fuel.coke.final = [1, 2]"),
        "parks/a.toml: year 2025, key `fuel.coke.final`: needs `{ value = ..., unit = \"t\" }`, found a list"
    );
    assert_eq!(
        json_error(r#"{"id": "a", "name": "A", "years": {"2025": {"electricity.exported": 5}}}"#),
        "parks/a.json: year 2025, key `electricity.exported`: needs `{\"value\": ..., \"unit\": \"MWh\"}`, found the number `5`"
    );
    assert_eq!(
        toml_error(&toml_park("[profile]\npark.zone-level = 1")),
        "parks/a.toml: profile, key `park.zone-level`: needs a text in quotes, found the number `1`"
    );
    assert_eq!(
        toml_error(&toml_park("[profile]\npark.within-park = 2025-01-01")),
        "parks/a.toml: profile, key `park.within-park`: needs `true` or `false`, found the date `2025-01-01`"
    );
}

#[test]
fn text_outside_the_allowed_values() {
    assert_eq!(
        toml_error(&toml_park("[profile]\npark.zone-level = \"regional\"")),
        "parks/a.toml: profile, key `park.zone-level`: value `regional` is not one of national, provincial, municipal, other"
    );
}

#[test]
fn quantity_tables_with_missing_or_extra_fields() {
    assert_eq!(
        in_2025("heat.exported = { value = 1 }"),
        "parks/a.toml: year 2025, key `heat.exported`: missing `unit` (write `{ value = ..., unit = \"MWh\" }`)"
    );
    assert_eq!(
        in_2025("heat.exported = { unit = \"GJ\" }"),
        "parks/a.toml: year 2025, key `heat.exported`: missing `value` (write `{ value = ..., unit = \"MWh\" }`)"
    );
    assert_eq!(
        in_2025("heat.exported = { value = 1, unit = \"GJ\", units = \"GJ\" }"),
        "parks/a.toml: year 2025, key `heat.exported`: unknown field `units` (did you mean `unit`?) (a quantity has `value` and `unit` only)"
    );
    assert_eq!(
        in_2025("heat.exported = { value = \"225\", unit = \"GJ\" }"),
        "parks/a.toml: year 2025, key `heat.exported`: `value` needs a number, found the text `225`"
    );
    assert_eq!(
        in_2025("heat.exported = { value = 225, unit = 5 }"),
        "parks/a.toml: year 2025, key `heat.exported`: `unit` needs a unit symbol in quotes, found the number `5`"
    );
}

#[test]
fn keys_in_the_wrong_section() {
    assert_eq!(
        in_2025("park.zone-level = \"national\""),
        "parks/a.toml: year 2025: `park.zone-level` is a profile fact: put it under [profile]"
    );
    assert_eq!(
        toml_error(&toml_park(
            "[profile]\nelectricity.exported = { value = 1, unit = \"MWh\" }"
        )),
        "parks/a.toml: profile: `electricity.exported` is a yearly fact: put it under [years.<year>]"
    );
}

#[test]
fn unknown_keys_with_suggestions() {
    assert_eq!(
        in_2025("electricity.grid = { value = 1, unit = \"MWh\" }"),
        "parks/a.toml: year 2025: unknown key `electricity.grid` (did you mean `electricity.grid-purchased`?)"
    );
    assert_eq!(
        in_2025("something.else = true"),
        "parks/a.toml: year 2025: unknown key `something.else`"
    );
    // Bituminous coal is split into coking and other bituminous coal (附件4 二(一)1).
    assert_eq!(
        in_2025("fuel.bituminous-coal.final = { value = 1, unit = \"t\" }"),
        "parks/a.toml: year 2025: unknown key `fuel.bituminous-coal.final` (did you mean `fuel.other-bituminous-coal.final`?)"
    );
    // A misspelt group: each key under it gets its own suggestion.
    assert_eq!(
        messages(toml(&toml_park(
            "[years.2025.electricty]\ngrid-purchased = { value = 1, unit = \"MWh\" }\nexported = { value = 1, unit = \"MWh\" }\n"
        ))),
        [
            "parks/a.toml: year 2025: unknown key `electricty.exported` (did you mean `electricity.exported`?)",
            "parks/a.toml: year 2025: unknown key `electricty.grid-purchased` (did you mean `electricity.grid-purchased`?)",
        ]
    );
}

#[test]
fn a_value_on_the_start_of_keys() {
    assert_eq!(
        in_2025("electricity = { value = 1, unit = \"MWh\" }"),
        "parks/a.toml: year 2025: `electricity` is not a key but the start of keys such as `electricity.direct-green`"
    );
}

#[test]
fn top_level_fields() {
    assert_eq!(
        messages(toml("nmae = \"A\"\n")),
        [
            "parks/a.toml: unknown field `nmae` (did you mean `name`?)",
            "parks/a.toml: missing field `id`",
            "parks/a.toml: missing field `name`",
        ]
    );
    assert_eq!(
        toml_error("id = \"Ordos Demo\"\nname = \"A\"\n"),
        "parks/a.toml: field `id` must be lowercase letters, digits and `-`, found the text `Ordos Demo`"
    );
    assert_eq!(
        toml_error(&toml_park("province = \"Inner Mongolia\"")),
        "parks/a.toml: field `province` must be an ISO 3166-2 code such as `CN` or `CN-NM`, found the text `Inner Mongolia`"
    );
    assert_eq!(
        toml_error(&toml_park("profile = \"none\"")),
        "parks/a.toml: field `profile` must be a table, found the text `none`"
    );
    assert_eq!(
        toml_error(&toml_park("years = [2024, 2025]")),
        "parks/a.toml: field `years` must be a table of years, found a list"
    );
    assert_eq!(
        toml_error(&toml_park("years.2025 = 5")),
        "parks/a.toml: field `years.2025` must be a table of keys, found the number `5`"
    );
    assert_eq!(
        toml_error("id = \"a\"\nname = 5\n"),
        "parks/a.toml: field `name` must be a text, or a table with `zh` and `en`, found the number `5`"
    );
    assert_eq!(
        messages(toml("id = \"a\"\nname = { zh = \"甲\", EN = \"A\" }\n")),
        [
            "parks/a.toml: unknown field `name.EN` (did you mean `name.en`?)",
            "parks/a.toml: missing field `name.en`",
        ]
    );
    assert_eq!(
        json_error(r#"[{"id": "a"}]"#),
        "parks/a.json: the file must hold a table of fields, found a list"
    );
}

#[test]
fn years_must_be_calendar_years() {
    for year in ["1899", "2201", "25", "02025", "year-2025"] {
        assert_eq!(
            toml_error(&toml_park(&format!("[years.{year}]\n"))),
            format!("parks/a.toml: year `{year}` is not a calendar year from 1900 to 2200")
        );
    }
}

#[test]
fn malformed_files_name_line_and_column() {
    assert_eq!(
        toml_error("id = \"a\"\nname = \n"),
        "parks/a.toml: invalid TOML at line 2, column 8: string values must be quoted, expected literal string"
    );
    assert_eq!(
        toml_error("id = \"a\"\nid = \"b\"\n"),
        "parks/a.toml: invalid TOML at line 2, column 1: duplicate key"
    );
    assert_eq!(
        json_error("{\"id\": \"a\",\n \"name\": \"A\",\n}"),
        "parks/a.json: invalid JSON at line 3, column 1: trailing comma"
    );
    assert_eq!(
        json_error(""),
        "parks/a.json: invalid JSON at line 1, column 1: EOF while parsing a value"
    );
}

#[test]
fn unreadable_unsupported_and_not_utf8_files() {
    let one = |path: &Path| match Park::load(path) {
        Ok(_) => panic!("loaded"),
        Err(errors) => {
            assert_eq!(errors.errors().len(), 1);
            errors.to_string()
        }
    };
    assert_eq!(
        one(Path::new("parks/a.yaml")),
        "parks/a.yaml: unsupported file type (a park file ends in `.toml` or `.json`)"
    );
    let message = one(Path::new("parks/does-not-exist.toml"));
    assert!(
        message.starts_with("parks/does-not-exist.toml: cannot read the file: "),
        "{message}"
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.json");
    std::fs::write(&path, b"{\"id\": \"caf\xe9\"}").unwrap();
    assert_eq!(one(&path), format!("{}: not UTF-8 text", path.display()));
    assert!(matches!(
        Park::load(dir.path()).unwrap_err().errors(),
        [ParkError::UnsupportedFormat { .. }]
    ));
}

#[test]
fn every_problem_of_a_file_is_reported_at_once() {
    let text = r#"
id = "a"
name = "A"
colour = "green"

[profile]
park.zone-level = "regional"
park.boundary-defined = "yes"

[years.2024]
electricity.exported = { value = -5, unit = "MWh" }

[years.2025]
electricity.grid-purchased = { value = nan, unit = "MWH" }
"heat.exported" = { value = 1, unit = "GJ" }
heat.exported = { value = 2, unit = "GJ" }
"#;
    let errors = toml(text).unwrap_err();
    assert_eq!(
        errors.to_string(),
        "parks/a.toml: unknown field `colour`
parks/a.toml: profile, key `park.boundary-defined`: needs `true` or `false`, found the text `yes`
parks/a.toml: profile, key `park.zone-level`: value `regional` is not one of national, provincial, municipal, other
parks/a.toml: year 2024, key `electricity.exported`: value `-5` is negative, but `electricity.exported` is an amount and cannot be
parks/a.toml: year 2025, key `electricity.grid-purchased`: value `nan` is not a finite number
parks/a.toml: year 2025, key `electricity.grid-purchased`: unknown unit `MWH` (did you mean `MWh`?)
parks/a.toml: year 2025: key `heat.exported` is given twice"
    );
    assert_eq!(errors.errors().len(), 7);
}

/// A JSON park file may name its schema for editors; zcp ignores it.
#[test]
fn a_schema_reference_is_not_an_unknown_field() {
    let park = json(
        r#"{"$schema": "../schemas/park.schema.json", "id": "a", "name": "A", "years": {"2025": {}}}"#,
    )
    .unwrap();
    assert_eq!(park.id, "a");
    assert_eq!(
        messages(json(r#"{"$schema2": "x", "id": "a", "name": "A"}"#)),
        ["parks/a.json: unknown field `$schema2`"]
    );
}
