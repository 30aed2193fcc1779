//! The published JSON Schemas (`schemas/`): what `zcp schema` prints, and
//! checked against real park files and real reports, good and bad.

use std::path::{Path, PathBuf};

use jsonschema::Validator;
use serde_json::{Value, json};
use zcp_park::{Dictionary, Format, Park};
use zcp_test_artifacts::test_plugins::{MEMORY_BOMB, PANICS, PROVINCE_1_0_0};

use crate::{root, stdout_of, zcp};

fn park_validator() -> Validator {
    let schema = zcp::schema::park_schema(Dictionary::bundled().unwrap());
    jsonschema::validator_for(&schema).unwrap()
}

fn report_validator() -> Validator {
    jsonschema::validator_for(&zcp::schema::report_schema()).unwrap()
}

/// Every error of `instance`, as `path: message`.
fn errors(validator: &Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

/// A park file as the JSON document the schema checks: JSON as is, TOML
/// parsed by the `toml` crate.
fn document(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap();
    match Format::from_path(path) {
        Some(Format::Json) => serde_json::from_str(&text).unwrap(),
        Some(Format::Toml) => toml::from_str(&text).unwrap(),
        None => panic!("`{}` is not a park file", path.display()),
    }
}

/// The park files (TOML or JSON) directly in `dir`, sorted.
fn park_files(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_file() && Format::from_path(path).is_some())
        .collect();
    files.sort();
    files
}

#[test]
fn committed_schemas_are_what_zcp_schema_prints() {
    for which in ["park", "report", "batch"] {
        let printed = stdout_of(zcp().args(["schema", which]), 0);
        let file = format!("schemas/{which}.schema.json");
        let committed = std::fs::read_to_string(root().join(&file)).unwrap_or_default();
        assert!(
            committed == printed,
            "`{file}` is not what `zcp schema {which}` prints (the data dictionary or the report \
             changed?): run `cargo run -p zcp -- schema {which} > {file}` and commit the result"
        );
    }
    let printed: Value =
        serde_json::from_str(&stdout_of(zcp().args(["schema", "park"]), 0)).unwrap();
    // The shared dictionary and the keys the bundled standards define
    // (Jiangsu's `x-cn-js-zcp.*`): a park file for any of them validates.
    let (_runtime, registry, _dir) = crate::load(zcp::Limits::default(), &[]);
    assert_eq!(printed, zcp::schema::park_schema(registry.dictionary()));
    assert!(
        printed.to_string().contains("x-cn-js-zcp"),
        "the keys a bundled standard defines are in the park schema"
    );
    assert_ne!(
        printed,
        zcp::schema::park_schema(Dictionary::bundled().unwrap())
    );
}

#[test]
fn schemas_are_valid_draft_2020_12() {
    for schema in [
        zcp::schema::park_schema(Dictionary::bundled().unwrap()),
        zcp::schema::report_schema(),
        zcp::schema::batch_schema(),
    ] {
        assert_eq!(
            schema["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
        if let Err(e) = jsonschema::meta::validate(&schema) {
            panic!("{}: {e}", schema["$id"]);
        }
    }
}

#[test]
fn every_park_file_that_loads_validates() {
    let validator = park_validator();
    let mut checked = Vec::new();
    for path in park_files("examples/parks")
        .into_iter()
        .chain(park_files("tests/data"))
    {
        if Park::load(&path).is_err() {
            assert!(
                !path.starts_with(root().join("examples")),
                "example `{}` does not load",
                path.display()
            );
            continue;
        }
        let errors = errors(&validator, &document(&path));
        assert!(
            errors.is_empty(),
            "`{}` loads but the schema refuses it:\n{}",
            path.display(),
            errors.join("\n")
        );
        checked.push(path);
    }
    // The three examples (one nested JSON) and the two worked cases.
    assert!(checked.len() >= 5, "{checked:?}");
}

/// Bad park files the schema refuses too, where it refuses them, and why
/// (TOML dotted keys are nested tables, hence the paths).
/// Not here: `duplicate.json` writes one key flat and nested, two members
/// each valid on its own (beyond what JSON Schema can see);
/// `malformed.toml` is not TOML, so there is no document to check.
const REFUSED: [(&str, &str, &str); 5] = [
    // A key not in the dictionary: `additionalProperties: false`.
    (
        "unknown-key.toml",
        "/years/2025/electricity",
        "grid-purchase",
    ),
    // `MWH` is no unit (case matters): the unit enum.
    (
        "unknown-unit.toml",
        "/years/2025/electricity/grid-purchased/unit",
        "MWH",
    ),
    // `tce` is a unit, of standard coal, not of energy: the enum of the
    // key's dimension.
    (
        "wrong-dimension.toml",
        "/years/2025/electricity/grid-purchased/unit",
        "tce",
    ),
    // A negative amount: `minimum: 0`.
    (
        "negative.toml",
        "/years/2025/electricity/exported/value",
        "-5",
    ),
    // TOML `nan` has no JSON number: the document holds `null`, not a number.
    (
        "not-finite.toml",
        "/years/2025/electricity/grid-purchased/value",
        "null",
    ),
];

#[test]
fn bad_park_files_are_refused_by_the_schema_too() {
    let validator = park_validator();
    for (file, at, value) in REFUSED {
        let path = root().join("tests/data/bad").join(file);
        assert!(Park::load(&path).is_err(), "`{file}` loads");
        let errors = errors(&validator, &document(&path));
        assert!(
            errors
                .iter()
                .any(|e| e.starts_with(&format!("{at}: ")) && e.contains(value)),
            "`{file}`: expected an error at `{at}` naming `{value}`, got:\n{}",
            errors.join("\n")
        );
    }
}

/// A park document with `years.2025` (or `profile`) as given.
fn park(section: &str, members: Value) -> Value {
    let mut park = json!({ "id": "p", "name": "P" });
    if section == "profile" {
        park["profile"] = members;
    } else {
        park["years"] = json!({});
        park["years"][section] = members;
    }
    park
}

#[test]
fn the_schema_and_the_loader_agree_on_each_way_of_writing_keys() {
    let gas = json!({ "value": 500, "unit": "10^4 m3" });
    let cases = [
        // Flat, nested, and half and half at any depth.
        park("2025", json!({ "fuel.natural-gas.final": gas })),
        park(
            "2025",
            json!({ "fuel": { "natural-gas": { "final": gas } } }),
        ),
        park("2025", json!({ "fuel": { "natural-gas.final": gas } })),
        park("2025", json!({ "fuel.natural-gas": { "final": gas } })),
        park("2025", json!({ "fuel": {} })),
        // Aliases of a unit; any sign for a growth rate.
        park(
            "2025",
            json!({ "fuel.natural-gas.final": { "value": 5, "unit": "万m3" } }),
        ),
        park(
            "2025",
            json!({ "economy.revenue-growth": { "value": -3, "unit": "%" } }),
        ),
        // `*`: a name the park chooses, flat or nested.
        park("profile", json!({ "product.steel-1.name": "Steel" })),
        park(
            "profile",
            json!({ "product": { "steel-1": { "name": "Steel" } } }),
        ),
        park(
            "2025",
            json!({ "product.steel-1": { "unit-energy": { "value": 560, "unit": "kgce/t" } } }),
        ),
        json!({ "id": "p", "name": { "zh": "园区", "en": "Park" }, "province": "CN-NM" }),
        // Refused: unknown keys flat and nested, a name outside `*`.
        park(
            "2025",
            json!({ "fuel": { "natural-gas": { "finale": gas } } }),
        ),
        park("2025", json!({ "fuel.natural-gas.final.x": gas })),
        park("profile", json!({ "product.Steel.name": "Steel" })),
        // Refused: a key of the other scope, a year out of range.
        park("profile", json!({ "fuel.natural-gas.final": gas })),
        park("2025", json!({ "park.zone-level": "national" })),
        park("1899", json!({})),
        park("02025", json!({})),
        // Refused: a text outside its values, a flag as text, a group as a value.
        park("profile", json!({ "park.zone-level": "galactic" })),
        park("profile", json!({ "park.boundary-defined": "yes" })),
        park("2025", json!({ "fuel.natural-gas": gas })),
        // Refused: a quantity with a field too many or too few.
        park(
            "2025",
            json!({ "fuel.natural-gas.final": { "value": 1, "unit": "m3", "note": "x" } }),
        ),
        park("2025", json!({ "fuel.natural-gas.final": { "value": 1 } })),
        park(
            "2025",
            json!({ "fuel.natural-gas.final": { "value": "1", "unit": "m3" } }),
        ),
        // Refused: the identity.
        json!({ "id": "P", "name": "P" }),
        json!({ "id": "p", "name": { "zh": "园区" } }),
        json!({ "id": "p", "name": " " }),
        json!({ "id": "p", "name": "P", "province": "Inner Mongolia" }),
        json!({ "name": "P" }),
        json!({ "id": "p", "name": "P", "owner": "x" }),
    ];
    let validator = park_validator();
    let mut refused = 0;
    for case in cases {
        let text = serde_json::to_string(&case).unwrap();
        let loaded = Park::parse(&text, Format::Json, Path::new("case.json"));
        let errors = errors(&validator, &case);
        assert_eq!(
            loaded.is_ok(),
            errors.is_empty(),
            "{text}\nloader: {:?}\nschema: {errors:?}",
            loaded.err().map(|e| e.to_string())
        );
        refused += usize::from(!errors.is_empty());
    }
    assert_eq!(refused, 19);
}

#[test]
fn the_json_report_of_the_examples_validates() {
    let mut args: Vec<String> = [
        "evaluate",
        "-s",
        "cn-zcp@1",
        "--format",
        "json",
        "--report-only",
    ]
    .map(str::to_owned)
    .into();
    for path in park_files("examples/parks") {
        args.push(path.to_str().unwrap().to_owned());
    }
    let report: Value = serde_json::from_str(&stdout_of(zcp().args(&args), 0)).unwrap();
    let parks = park_files("examples/parks").len();
    assert_eq!(report["parks"].as_array().unwrap().len(), parks);
    let errors = errors(&report_validator(), &report);
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

/// A report with every kind of trouble: a park file that does not load, a
/// plugin stopped by the memory limit, one that panics, a standard that
/// extends another, and a parameter.
fn troubled_report() -> Value {
    let dir = crate::plugin_dir(&[MEMORY_BOMB, PANICS, PROVINCE_1_0_0]);
    let stdout = stdout_of(
        zcp()
            .args([
                "evaluate",
                "tests/data/bad/unknown-key.toml",
                "examples/parks/coal-heavy.toml",
                "-s",
                "test-memory-bomb",
                "-s",
                "test-panics",
                "-s",
                "fake-province@1",
                "-p",
                "cn-zcp:electricity-conversion=equal-value",
                "--format",
                "json",
            ])
            .arg("--standards-dir")
            .arg(dir.path()),
        2,
    );
    serde_json::from_str(&stdout).unwrap()
}

#[test]
fn a_json_report_with_errors_validates() {
    let report = troubled_report();
    let parks = report["parks"].as_array().unwrap();
    assert!(parks[0]["park"].is_null() && !parks[0]["errors"].as_array().unwrap().is_empty());
    let runs = parks[1]["runs"].as_array().unwrap();
    assert_eq!(runs[0]["error"]["kind"], "limit");
    assert_eq!(runs[0]["error"]["limit"]["kind"], "memory");
    assert_eq!(runs[1]["error"]["kind"], "trap");
    assert_eq!(runs[2]["base"]["standard"], "cn-zcp@1.0.0");
    assert!(report["standards"][0]["origin"]["file"].is_string());
    let errors = errors(&report_validator(), &report);
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn a_report_missing_a_field_or_with_one_of_the_wrong_type_is_refused() {
    let report = troubled_report();
    let validator = report_validator();
    assert!(validator.is_valid(&report));
    type Change = fn(&mut Value);
    let changes: [(&str, Change); 8] = [
        ("", |r| {
            r.as_object_mut().unwrap().remove("host_version");
        }),
        ("/parks/1/runs/2", |r| {
            r["parks"][1]["runs"][2]
                .as_object_mut()
                .unwrap()
                .remove("verdict");
        }),
        ("/limits/fuel", |r| r["limits"]["fuel"] = json!("plenty")),
        ("/limits/wall_clock", |r| {
            r["limits"]["wall_clock"] = json!(10)
        }),
        ("/parks/1/runs/0/verdict", |r| {
            r["parks"][1]["runs"][0]["verdict"] = json!("maybe");
        }),
        ("/parks/1/runs/0/error", |r| {
            r["parks"][1]["runs"][0]["error"]["kind"] = json!("gremlins");
        }),
        ("/parks/1/runs/2/base/evaluation/results/0/threshold", |r| {
            r["parks"][1]["runs"][2]["base"]["evaluation"]["results"][0]["threshold"] =
                json!({ "at-most": "0.2" });
        }),
        ("/standards/0/origin", |r| {
            r["standards"][0]["origin"] = json!({ "elsewhere": "x" });
        }),
    ];
    for (at, change) in changes {
        let mut broken = report.clone();
        change(&mut broken);
        // An error inside `anyOf` (an optional field) is reported where the
        // `anyOf` is: at `at` or above it.
        let paths: Vec<String> = validator
            .iter_errors(&broken)
            .map(|e| e.instance_path().to_string())
            .collect();
        assert!(
            paths
                .iter()
                .any(|p| at == p || at.starts_with(&format!("{p}/"))),
            "a change at `{at}` is not refused: {paths:?}"
        );
    }
}
