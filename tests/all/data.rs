//! `zcp template` and `zcp validate`: the keys the standards read, written
//! as a park file that loads, and checked in a park file before evaluating;
//! families of keys (`product.*.unit-energy`) declared and served nothing.

use std::path::Path;

use serde_json::Value;
use zcp::Limits;
use zcp_park::{Fact, Format, Park};
use zcp_test_artifacts::test_plugins::{PROVINCE_1_0_0, REGIONAL_1_1_0};

use crate::{load, plugin_dir, stderr_of, stdout_of, zcp};

/// `zcp validate ARGS... --format json`, parsed, with its exit code checked.
fn validate_json(args: &[&str], code: i32) -> Value {
    let mut cmd = zcp();
    cmd.arg("validate").args(args).args(["--format", "json"]);
    serde_json::from_str(&stdout_of(&mut cmd, code)).unwrap()
}

/// The keys of a list of `{ "key": … }` objects.
fn keys_of(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|m| m["key"].as_str().unwrap())
        .collect()
}

/// The strings of a JSON array.
fn strings(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect()
}

/// The family check named `family` in a standard's check.
fn family<'a>(standard: &'a Value, family: &str) -> &'a Value {
    standard["families"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["family"] == family)
        .unwrap_or_else(|| panic!("no family `{family}` in {standard}"))
}

/// The TOML template of `cn-zcp@1` for 2025.
fn cn_zcp_template() -> String {
    stdout_of(
        zcp().args(["template", "-s", "cn-zcp@1", "--year", "2025"]),
        0,
    )
}

/// `template` with one commented-out line, found by its start, uncommented.
fn uncomment(template: &str, line_start: &str) -> String {
    let commented = format!("# {line_start}");
    assert!(
        template.lines().any(|l| l.starts_with(&commented)),
        "no line `{commented}` in the template"
    );
    template
        .lines()
        .map(|l| {
            l.strip_prefix("# ")
                .filter(|_| l.starts_with(&commented))
                .unwrap_or(l)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_good_example_park_gives_what_cn_zcp_requires() {
    let json = validate_json(&["examples/parks/ordos-green.toml", "-s", "cn-zcp@1"], 0);
    assert_eq!(strings(&json["standards"]), ["cn-zcp@1.0.0"]);
    assert_eq!(json["outcome"], "complete");
    let park = &json["parks"][0];
    assert_eq!(park["outcome"], "complete");
    assert_eq!(park["park"], "ordos-green-demo");
    assert_eq!(park["year"], 2025, "the latest year of the file");
    assert!(park["errors"].as_array().unwrap().is_empty());
    let cn_zcp = &park["standards"][0];
    assert_eq!(cn_zcp["standard"], "cn-zcp@1.0.0");
    assert!(cn_zcp["missing_required"].as_array().unwrap().is_empty());
    let given = strings(&cn_zcp["given"]);
    for key in [
        "electricity.grid-purchased",
        "electricity.direct-green",
        "fuel.natural-gas.final",
        "park.zone-level",
        "not-applicable.waste-energy-utilisation",
    ] {
        assert!(given.contains(&key), "{key} not in {given:?}");
    }
    let optional = strings(&cn_zcp["missing_optional"]);
    assert!(optional.contains(&"heat.purchased"), "{optional:?}");
    assert!(!optional.contains(&"electricity.grid-purchased"));
    // Families: the products the park names, in the profile and the year.
    assert_eq!(
        strings(&family(cn_zcp, "product.*.name")["members"]),
        ["product.silicon-ingot.name", "product.steel-castings.name"]
    );
    assert_eq!(
        strings(&family(cn_zcp, "product.*.unit-energy")["members"]),
        ["product.steel-castings.unit-energy"]
    );
    assert!(
        family(cn_zcp, "process.*.output")["members"]
            .as_array()
            .unwrap()
            .is_empty()
    );

    let table = stdout_of(
        zcp().args([
            "validate",
            "examples/parks/ordos-green.toml",
            "-s",
            "cn-zcp@1",
        ]),
        0,
    );
    assert!(
        table.contains(
            "examples/parks/ordos-green.toml (ordos-green-demo), year 2025: COMPLETE: every required key is given"
        ),
        "{table}"
    );
    assert!(
        table.contains("given for: silicon-ingot, steel-castings"),
        "{table}"
    );
}

#[test]
fn data_gaps_exits_1_naming_the_missing_required_keys() {
    let json = validate_json(&["examples/parks/data-gaps.json", "-s", "cn-zcp@1"], 1);
    assert_eq!(json["outcome"], "incomplete");
    let park = &json["parks"][0];
    assert_eq!(park["outcome"], "incomplete");
    assert_eq!(park["year"], 2025);
    let cn_zcp = &park["standards"][0];
    assert_eq!(
        keys_of(&cn_zcp["missing_required"]),
        ["electricity.grid-purchased"]
    );
    let missing = &cn_zcp["missing_required"][0];
    assert_eq!(missing["unit"], "MWh");
    assert_eq!(missing["scope"], "year");
    // Optional keys are information, not what makes it exit 1.
    let optional = strings(&cn_zcp["missing_optional"]);
    assert!(
        optional.contains(&"electricity.green-traded"),
        "{optional:?}"
    );

    let table = stdout_of(
        zcp().args([
            "validate",
            "examples/parks/data-gaps.json",
            "-s",
            "cn-zcp@1",
        ]),
        1,
    );
    assert!(
        table.contains("INCOMPLETE: 1 required key is missing"),
        "{table}"
    );
    assert!(
        table.contains("electricity.grid-purchased (MWh, [years.2025])"),
        "{table}"
    );
    let zh = stdout_of(
        zcp().args([
            "validate",
            "examples/parks/data-gaps.json",
            "-s",
            "cn-zcp@1",
            "--lang",
            "zh",
            "--format",
            "markdown",
        ]),
        1,
    );
    assert!(zh.contains("不完整：缺少 1 项必填数据"), "{zh}");
    assert!(zh.contains("- `electricity.grid-purchased` (MWh"), "{zh}");
}

#[test]
fn a_file_that_does_not_load_exits_2_naming_file_key_and_value() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    std::fs::write(
        &bad,
        "id = \"bad\"\nname = \"bad\"\n\n[years.2025]\nelectricity.grid-purchase = { value = 1000, unit = \"MWh\" }\nelectricity.direct-green = { value = 5, unit = \"MWH\" }\n",
    )
    .unwrap();
    let bad = bad.to_str().unwrap();
    let json = validate_json(
        &[bad, "examples/parks/ordos-green.toml", "-s", "cn-zcp@1"],
        2,
    );
    assert_eq!(json["outcome"], "error");
    assert_eq!(json["parks"][0]["outcome"], "error");
    assert_eq!(json["parks"][1]["outcome"], "complete");
    let errors = strings(&json["parks"][0]["errors"]);
    // Every error of the file, each naming the file, the key and the value.
    assert_eq!(
        errors,
        [
            format!(
                "{bad}: year 2025, key `electricity.direct-green`: unknown unit `MWH` (did you mean `MWh`?)"
            ),
            format!(
                "{bad}: year 2025: unknown key `electricity.grid-purchase` (did you mean `electricity.grid-purchased`?)"
            ),
        ]
    );
    assert!(json["parks"][0]["standards"].as_array().unwrap().is_empty());
    // The other park is still checked.
    assert!(
        json["parks"][1]["standards"][0]["missing_required"]
            .as_array()
            .unwrap()
            .is_empty()
    );

    let table = stdout_of(zcp().args(["validate", bad, "-s", "cn-zcp@1"]), 2);
    assert!(
        table.contains(&format!("{bad}: ERROR: the park file cannot be used")),
        "{table}"
    );
    assert!(
        table.contains("error: ") && table.contains("`electricity.grid-purchase`"),
        "{table}"
    );
}

#[test]
fn a_year_the_file_lacks_and_an_unknown_standard_are_errors() {
    let json = validate_json(
        &[
            "examples/parks/ordos-green.toml",
            "-s",
            "cn-zcp@1",
            "--year",
            "2019",
        ],
        2,
    );
    let errors = strings(&json["parks"][0]["errors"]);
    assert!(
        errors[0].contains("no data for year 2019 (the file has 2023, 2024, 2025)"),
        "{errors:?}"
    );
    let stderr = stderr_of(
        zcp().args([
            "validate",
            "examples/parks/ordos-green.toml",
            "-s",
            "nope@1",
        ]),
        2,
    );
    assert!(stderr.contains("no standard `nope` is loaded"), "{stderr}");
}

#[test]
fn the_template_loads_as_it_is_and_an_uncommented_line_gives_its_key() {
    let (_runtime, registry, _dir) = load(Limits::default(), &[]);
    let template = cn_zcp_template();
    let path = Path::new("template.toml");
    let park = Park::parse_with(&template, Format::Toml, path, registry.dictionary()).unwrap();
    assert_eq!(park.id, "my-park");
    assert!(park.profile.is_empty());
    assert!(
        park.years[&2025].is_empty(),
        "every data key is commented out"
    );

    let filled = uncomment(&template, "electricity.grid-purchased = ");
    let park = Park::parse_with(&filled, Format::Toml, path, registry.dictionary()).unwrap();
    let facts = &park.years[&2025];
    assert_eq!(facts.len(), 1);
    match &facts["electricity.grid-purchased"] {
        Fact::Quantity { value, unit } => {
            assert_eq!((*value, unit.symbol), (0.0, "MWh"));
        }
        other => panic!("{other:?}"),
    }

    // A family's example member, a flag (its hint stays a comment), a closed text.
    let filled = uncomment(&template, "product.example.unit-energy = ");
    let filled = uncomment(&filled, "park.boundary-defined = ");
    let filled = uncomment(&filled, "park.zone-level = ");
    let park = Park::parse_with(&filled, Format::Toml, path, registry.dictionary()).unwrap();
    assert!(matches!(
        park.years[&2025].get("product.example.unit-energy"),
        Some(Fact::Quantity { unit, .. }) if unit.symbol == "kgce/t"
    ));
    assert_eq!(
        park.profile.get("park.boundary-defined"),
        Some(&Fact::Flag(false))
    );
    assert_eq!(
        park.profile.get("park.zone-level"),
        Some(&Fact::Text("national".to_owned()))
    );
}

#[test]
fn the_template_says_what_each_key_is_and_who_needs_it() {
    let template = cn_zcp_template();
    assert!(template.contains("\n[profile]\n"), "{template}");
    assert!(template.contains("\n[years.2025]\n"), "{template}");
    let block = |key: &str| -> Vec<&str> {
        let lines: Vec<&str> = template.lines().collect();
        let at = lines
            .iter()
            .position(|l| l.starts_with(&format!("# {key} = ")))
            .unwrap_or_else(|| panic!("no `{key}` line"));
        lines[at - 3..=at].to_vec()
    };
    assert_eq!(
        block("electricity.grid-purchased"),
        [
            "# 电网购入电量（含绿电交易电量；没有则填 0）",
            "# Electricity received from the public grid, green power trading included (zero if none)",
            "# required by cn-zcp@1.0.0",
            "# electricity.grid-purchased = { value = 0, unit = \"MWh\" }",
        ]
    );
    let product = block("product.example.level-2-limit");
    assert_eq!(
        product[2],
        "# optional for cn-zcp@1.0.0; one per name (`product.*.level-2-limit`)"
    );
    assert_eq!(
        product[3],
        "# product.example.level-2-limit = { value = 0, unit = \"kgce/t\" }"
    );
    // Profile facts go under [profile], yearly ones under the year.
    let profile_at = template.find("\n[profile]\n").unwrap();
    let year_at = template.find("\n[years.2025]\n").unwrap();
    let at = |line: &str| template.find(line).unwrap();
    assert!((profile_at..year_at).contains(&at("# product.example.name = ")));
    assert!(at("# process.example.output = ") > year_at);
}

#[test]
fn template_json_lists_every_key_with_unit_scope_and_standards() {
    let json: Value = serde_json::from_str(&stdout_of(
        zcp().args([
            "template", "-s", "cn-zcp@1", "--format", "json", "--year", "2024",
        ]),
        0,
    ))
    .unwrap();
    assert_eq!(json["year"], 2024);
    assert_eq!(strings(&json["standards"]), ["cn-zcp@1.0.0"]);
    let key = |name: &str| -> &Value {
        json["keys"]
            .as_array()
            .unwrap()
            .iter()
            .find(|k| k["key"] == name)
            .unwrap_or_else(|| panic!("no `{name}`"))
    };
    let grid = key("electricity.grid-purchased");
    assert_eq!(grid["unit"], "MWh");
    assert_eq!(grid["scope"], "year");
    assert_eq!(grid["kind"], "quantity");
    assert_eq!(grid["required"], true);
    assert_eq!(
        grid["needed_by"],
        serde_json::json!([{ "standard": "cn-zcp@1.0.0", "required": true }])
    );
    let output = key("process.*.output");
    assert_eq!(output["family"], true);
    assert_eq!(output["example"], "process.example.output");
    assert_eq!(output["unit"], "t");
    assert_eq!(output["required"], false);
    assert!(!output["description"]["zh"].as_str().unwrap().is_empty());
    let zone = key("park.zone-level");
    assert_eq!(zone["scope"], "profile");
    assert_eq!(
        strings(&zone["values"]),
        ["national", "provincial", "municipal", "other"]
    );
}

#[test]
fn cn_zcp_declares_the_families_it_reads_by_prefix() {
    let json: Value = serde_json::from_str(&stdout_of(
        zcp().args(["describe", "cn-zcp@1", "--format", "json"]),
        0,
    ))
    .unwrap();
    let families: Vec<(&str, &str, bool)> = json["info"]["requires"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["key"].as_str().unwrap().contains('*'))
        .map(|r| {
            (
                r["key"].as_str().unwrap(),
                r["unit"].as_str().unwrap(),
                r["required"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        families,
        [
            ("product.*.name", "", false),
            ("product.*.limit-standard", "", false),
            ("product.*.unit-energy", "kgce/t", false),
            ("product.*.level-2-limit", "kgce/t", false),
            ("product.*.unit-electricity", "kWh/t", false),
            ("product.*.level-2-electricity-limit", "kWh/t", false),
            ("process.*.name", "", false),
            ("process.*.output", "t", false),
            ("process.*.factor", "tCO2/t", false),
            ("process.*.factor-basis", "", false),
        ]
    );
}

#[test]
fn a_family_is_not_a_key_of_the_lineage() {
    // `declared` serves none for a family and does not record it as read;
    // the members a standard reads are recorded.
    let json: Value = serde_json::from_str(&stdout_of(
        zcp().args([
            "evaluate",
            "examples/parks/ordos-green.toml",
            "-s",
            "cn-zcp@1",
            "--format",
            "json",
        ]),
        0,
    ))
    .unwrap();
    let lineage = json["parks"][0]["runs"][0]["lineage"]["keys"]
        .as_object()
        .unwrap();
    assert!(lineage.keys().all(|k| !k.contains('*')), "{lineage:?}");
    assert_eq!(
        lineage.get("product.steel-castings.unit-energy"),
        Some(&Value::Bool(true))
    );
}

#[test]
fn template_then_validate_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("park.toml");
    let template = cn_zcp_template();
    std::fs::write(&file, &template).unwrap();
    let path = file.to_str().unwrap();
    let json = validate_json(&[path, "-s", "cn-zcp@1"], 1);
    assert_eq!(json["parks"][0]["year"], 2025);
    assert_eq!(
        keys_of(&json["parks"][0]["standards"][0]["missing_required"]),
        ["electricity.grid-purchased"]
    );
    let filled = uncomment(&template, "electricity.grid-purchased = ").replace(
        "electricity.grid-purchased = { value = 0,",
        "electricity.grid-purchased = { value = 1200,",
    );
    std::fs::write(&file, filled).unwrap();
    let json = validate_json(&[path, "-s", "cn-zcp@1"], 0);
    assert_eq!(
        strings(&json["parks"][0]["standards"][0]["given"]),
        ["electricity.grid-purchased"]
    );
}

#[test]
fn a_derived_standard_is_checked_with_its_base_and_defined_keys_are_listed() {
    let plugins = plugin_dir(&[PROVINCE_1_0_0, REGIONAL_1_1_0]);
    let dir = plugins.path().to_str().unwrap();
    let json = validate_json(
        &[
            "examples/parks/data-gaps.json",
            "-s",
            "fake-province@1",
            "--standards-dir",
            dir,
        ],
        1,
    );
    let standards = json["parks"][0]["standards"].as_array().unwrap();
    let layers: Vec<(&str, &Value)> = standards
        .iter()
        .map(|s| (s["standard"].as_str().unwrap(), &s["base_of"]))
        .collect();
    assert_eq!(
        layers,
        [
            ("fake-province@1.0.0", &Value::Null),
            ("cn-zcp@1.0.0", &Value::from("fake-province@1.0.0")),
        ]
    );
    assert_eq!(
        keys_of(&standards[1]["missing_required"]),
        ["electricity.grid-purchased"]
    );

    // A key a standard defines (`x-regional.…`) is one more key of the template.
    let template = stdout_of(
        zcp().args([
            "template",
            "-s",
            "regional@1",
            "--standards-dir",
            dir,
            "--year",
            "2025",
        ]),
        0,
    );
    assert!(
        template.contains("# x-regional.tech-revenue = { value = 0, unit = "),
        "{template}"
    );
}
