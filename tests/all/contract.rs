//! WIT 1.0.0 and 1.1.0 side by side: committed 1.0.0 components beside 1.1.0
//! plugins, keys a standard defines, the new verdicts, layering across
//! versions both ways.

use std::path::{Path, PathBuf};

use zcp::bindings::WitVersion;
use zcp::model::{IndicatorKind, Outcome, Verdict};
use zcp::{Limits, Report, StandardRun};
use zcp_test_artifacts::test_plugins::{
    MODERN_NOT_APPLICABLE, ON_LEGACY, OUTSIDE_NAMESPACE, REFERENCE_ASSESSED, REGIONAL_1_1_0,
    REGIONAL_1_2_0_SAME, REGIONAL_2_0_0_CLASH,
};

use crate::{assert_close, evaluate, load, result, root, stdout_of, zcp};

/// The committed 1.0.0 components and their SHA-256, as pinned in the
/// fixture's README: a rebuild must not silently replace them.
const LEGACY: [(&str, &str); 3] = [
    (
        "legacy-1.0.0.wasm",
        "29759635321e853a160769434d55d59f1037c996f431fffdbd36406aee3c50fa",
    ),
    (
        "legacy-province-1.0.0.wasm",
        "7068bf4637bdcc11cbfef33d585a43215bea678bcc83a442c2f2bde64925fbad",
    ),
    (
        "legacy-on-modern-1.0.0.wasm",
        "5068c44edc96c7c55a67a5d0c8cdb7eb186d36e75397d6abaaf0e4a71e6e38fd",
    ),
];

fn legacy(file: &str) -> String {
    root()
        .join("tests/fixtures/legacy-1.0.0")
        .join(file)
        .display()
        .to_string()
}

/// The Ordos-like example with two years of a key `regional` defines (in
/// 10^8 CNY, read by the standard in 10^4 CNY) and its park type.
const ORDOS_WITH_REVENUE: &str = r#"
id = "ordos-revenue"
name = "Ordos-like park with revenue"

[profile]
park.zone-level = "provincial"
park.boundary-defined = true
park.energy-carbon-metering = true
park.energy-carbon-platform = true
park.major-incident-3y = false
x-regional.park-type = "non-chemical"

[years.2024]
electricity.grid-purchased = { value = 210, unit = "GWh" }
x-regional.tech-revenue = { value = 80, unit = "10^8 CNY" }

[years.2025]
electricity.grid-purchased = { value = 225, unit = "GWh" }
electricity.green-traded = { value = 225, unit = "GWh" }
electricity.direct-green = { value = 900, unit = "GWh" }
fuel.natural-gas.final = { value = 500, unit = "10^4 m3" }
x-regional.tech-revenue = { value = 92, unit = "10^8 CNY" }
x-somebody-else.metric = { value = 1, unit = "t" }
"#;

fn park_file(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn run<'a>(report: &'a Report, label: &str) -> &'a StandardRun {
    report.parks[0]
        .runs
        .iter()
        .find(|r| r.standard == label)
        .unwrap_or_else(|| panic!("no run of `{label}`"))
}

#[test]
fn the_committed_components_are_the_1_0_0_builds() {
    let files: Vec<String> = LEGACY.iter().map(|(f, _)| legacy(f)).collect();
    for ((file, digest), path) in LEGACY.iter().zip(&files) {
        let bytes = std::fs::read(path).unwrap();
        assert_eq!(
            &zcp::runtime::sha256_hex(&bytes),
            digest,
            "{file} was replaced"
        );
    }
    let paths: Vec<&str> = files.iter().map(String::as_str).collect();
    let (_runtime, registry, _dir) = load(Limits::default(), &paths);
    assert!(registry.errors.is_empty(), "{:?}", registry.errors);
    for plugin in registry.plugins() {
        let expected = if plugin.info.id.starts_with("legacy") {
            WitVersion::V1_0
        } else {
            WitVersion::V1_1
        };
        assert_eq!(plugin.wit_version, expected, "{}", plugin.info.label());
    }
}

/// Done-when of issue 8: a committed 1.0.0 component and a 1.1.0 plugin with
/// a data key of its own, beside `cn-zcp`, on a park file carrying that key.
#[test]
fn a_1_0_0_component_and_a_1_1_0_plugin_with_its_own_key_run_beside_cn_zcp() {
    let (runtime, registry, dir) = load(
        Limits::default(),
        &[&legacy("legacy-1.0.0.wasm"), REGIONAL_1_1_0],
    );
    assert!(registry.errors.is_empty(), "{:?}", registry.errors);
    let park = park_file(dir.path(), "ordos.toml", ORDOS_WITH_REVENUE);
    let report = evaluate(
        &runtime,
        &registry,
        &[park.to_str().unwrap()],
        &["legacy@1", "regional@1", "cn-zcp@1"],
    );
    let section = &report.parks[0];
    assert!(section.errors.is_empty(), "{:?}", section.errors);
    let versions: Vec<(&str, WitVersion)> = report
        .standards
        .iter()
        .map(|s| (s.label.as_str(), s.wit_version))
        .collect();
    assert_eq!(
        versions,
        [
            ("legacy@1.0.0", WitVersion::V1_0),
            ("regional@1.1.0", WitVersion::V1_1),
            ("cn-zcp@1.0.0", WitVersion::V1_1),
        ]
    );

    let legacy = run(&report, "legacy@1.0.0").evaluation.as_ref().unwrap();
    assert_eq!(legacy.verdict, Verdict::Qualified);
    let grid = result(legacy, "core.grid-purchased");
    assert_close(grid.value.unwrap(), 225_000.0);
    assert_eq!(
        grid.kind,
        IndicatorKind::Core,
        "kind from its 1.0.0 describe"
    );
    assert_close(result(legacy, "informative.grid-years").value.unwrap(), 2.0);

    let regional = run(&report, "regional@1.1.0").evaluation.as_ref().unwrap();
    assert_eq!(regional.verdict, Verdict::Qualified);
    // 92 × 10^8 CNY read in 10^4 CNY: the host converted a key it does not ship.
    assert_close(
        result(regional, "informative.tech-revenue").value.unwrap(),
        920_000.0,
    );
    let growth = result(regional, "guiding.tech-revenue-growth");
    assert_eq!(growth.outcome, Outcome::Pass);
    assert_close(growth.value.unwrap(), (92.0 / 80.0 - 1.0) * 100.0);
    assert!(
        regional.notes.iter().any(|n| n.en.contains("non-chemical")),
        "{:?}",
        regional.notes
    );

    let national = run(&report, "cn-zcp@1.0.0").evaluation.as_ref().unwrap();
    assert_eq!(national.verdict, Verdict::Qualified);
    assert_close(
        result(national, "core.carbon-per-energy").value.unwrap(),
        10_811.0 / 344_150.0,
    );
    assert_eq!(
        section.warnings.len(),
        1,
        "the key of a standard not loaded: {:?}",
        section.warnings
    );
    assert!(
        section.warnings[0].contains("`x-somebody-else.metric`")
            && section.warnings[0].contains("not loaded"),
        "{}",
        section.warnings[0]
    );
}

#[test]
fn a_year_missing_from_a_series_is_a_gap_not_bridged() {
    let (runtime, registry, dir) = load(Limits::default(), &[REGIONAL_1_1_0]);
    let text = ORDOS_WITH_REVENUE.replace("[years.2024]", "[years.2023]");
    let park = park_file(dir.path(), "gap.toml", &text);
    let report = evaluate(
        &runtime,
        &registry,
        &[park.to_str().unwrap()],
        &["regional"],
    );
    let regional = run(&report, "regional@1.1.0").evaluation.as_ref().unwrap();
    let growth = result(regional, "guiding.tech-revenue-growth");
    assert_eq!(growth.outcome, Outcome::InsufficientData);
    assert!(
        growth.explanation.en.contains("2024"),
        "{:?}",
        growth.explanation
    );
}

#[test]
fn a_key_the_park_gives_for_a_loaded_standard_must_be_one_it_defines() {
    let (runtime, registry, dir) = load(Limits::default(), &[REGIONAL_1_1_0]);
    let text = ORDOS_WITH_REVENUE.replace(
        "x-regional.tech-revenue = { value = 92",
        "x-regional.tech-revenu = { value = 92",
    );
    let park = park_file(dir.path(), "typo.toml", &text);
    let report = evaluate(
        &runtime,
        &registry,
        &[park.to_str().unwrap()],
        &["regional"],
    );
    let errors = report.parks[0].errors.join("\n");
    assert!(
        errors.contains("`x-regional.tech-revenu`") && errors.contains("x-regional.tech-revenue"),
        "{errors}"
    );
}

#[test]
fn definitions_that_clash_are_refused_naming_both_and_identical_ones_are_not() {
    let (_runtime, registry, _dir) = load(
        Limits::default(),
        &[REGIONAL_1_1_0, REGIONAL_1_2_0_SAME, REGIONAL_2_0_0_CLASH],
    );
    let loaded: Vec<String> = registry
        .plugins()
        .iter()
        .filter(|p| p.info.id == "regional")
        .map(|p| p.info.version.to_string())
        .collect();
    assert_eq!(
        loaded,
        ["1.1.0", "1.2.0"],
        "identical definitions are no clash"
    );
    let errors: Vec<String> = registry.errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    for needle in [
        "regional@2.0.0",
        "regional@1.1.0",
        "x-regional.tech-revenue",
        "mass",
        "currency",
    ] {
        assert!(errors[0].contains(needle), "`{needle}` in {}", errors[0]);
    }
}

#[test]
fn a_definition_outside_the_standards_namespace_is_refused() {
    let (_runtime, registry, _dir) = load(Limits::default(), &[OUTSIDE_NAMESPACE]);
    let errors: Vec<String> = registry.errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].contains("electricity.test-outside") && errors[0].contains("`x-outside.`"),
        "{}",
        errors[0]
    );
    assert!(registry.plugins().iter().all(|p| p.info.id != "outside"));
}

#[test]
fn a_1_1_0_standard_reads_a_1_0_0_base_by_kind() {
    let (runtime, registry, _dir) = load(
        Limits::default(),
        &[&legacy("legacy-1.0.0.wasm"), ON_LEGACY],
    );
    let report = evaluate(
        &runtime,
        &registry,
        &["examples/parks/ordos-green.toml"],
        &["on-legacy"],
    );
    let derived = run(&report, "on-legacy@1.0.0");
    let base = derived.base.as_ref().unwrap();
    assert_eq!(base.standard, "legacy@1.0.0");
    let evaluation = derived.evaluation.as_ref().unwrap();
    // The base's only core result is `core.grid-purchased`: found by its kind.
    assert_close(
        result(evaluation, "core.carbon-per-energy").value.unwrap(),
        225_000.0,
    );
    assert!(
        evaluation
            .notes
            .iter()
            .any(|n| n.en.contains("base verdict: qualified")),
        "{:?}",
        evaluation.notes
    );
}

#[test]
fn a_1_0_0_standard_on_a_1_1_0_base_gets_it_converted_down() {
    let (runtime, registry, _dir) = load(
        Limits::default(),
        &[
            &legacy("legacy-province-1.0.0.wasm"),
            &legacy("legacy-on-modern-1.0.0.wasm"),
            MODERN_NOT_APPLICABLE,
        ],
    );
    let report = evaluate(
        &runtime,
        &registry,
        &["examples/parks/ordos-green.toml"],
        &["legacy-province", "legacy-on-modern"],
    );
    let province = run(&report, "legacy-province@1.0.0");
    let evaluation = province.evaluation.as_ref().unwrap();
    assert_close(
        result(evaluation, "core.carbon-per-energy").value.unwrap(),
        10_811.0 / 344_150.0,
    );
    assert_eq!(evaluation.verdict, Verdict::NotQualified, "0.0314 > 0.03");
    assert!(
        evaluation.notes[0]
            .en
            .starts_with("base verdict received: qualified")
    );

    let on_modern = run(&report, "legacy-on-modern@1.0.0");
    assert_eq!(
        on_modern.base.as_ref().unwrap().verdict,
        Verdict::NotApplicable
    );
    let note = &on_modern.evaluation.as_ref().unwrap().notes[0].en;
    assert!(
        note.starts_with("base verdict received: incomplete; base notes: the base's verdict is `not-applicable` (WIT 1.1.0)"),
        "{note}"
    );
    assert!(
        note.contains("below this standard's floor"),
        "the summary as a note: {note}"
    );
}

#[test]
fn the_new_verdicts_in_table_markdown_and_json_and_the_exit_code() {
    let dir = crate::plugin_dir(&[MODERN_NOT_APPLICABLE, REFERENCE_ASSESSED]);
    let args = |format: &str| {
        let mut cmd = zcp();
        cmd.args([
            "evaluate",
            "examples/parks/ordos-green.toml",
            "-s",
            "modern",
            "-s",
            "reference",
            "--format",
            format,
            "--standards-dir",
        ])
        .arg(dir.path());
        cmd
    };
    let table = stdout_of(&mut args("table"), 0);
    assert!(
        table.contains("NOT APPLICABLE") && table.contains("ASSESSED"),
        "{table}"
    );
    assert!(
        table.contains("why: the park's energy consumption is below this standard's floor"),
        "{table}"
    );
    let markdown = stdout_of(&mut args("markdown"), 0);
    assert!(
        markdown.contains("**NOT APPLICABLE**") && markdown.contains("**ASSESSED**"),
        "{markdown}"
    );
    let json: serde_json::Value = serde_json::from_str(&stdout_of(&mut args("json"), 0)).unwrap();
    let verdicts: Vec<&str> = json["parks"][0]["runs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["verdict"].as_str().unwrap())
        .collect();
    assert_eq!(verdicts, ["not-applicable", "assessed"]);
    assert_eq!(json["parks"][0]["runs"][1]["evaluation"]["tier"], "b");
    // Beside a standard that does not qualify the park, the run exits 1.
    let mut with_failure = zcp();
    with_failure
        .args([
            "evaluate",
            "examples/parks/coal-heavy.toml",
            "-s",
            "modern",
            "-s",
            "cn-zcp",
            "--standards-dir",
        ])
        .arg(dir.path());
    stdout_of(&mut with_failure, 1);
}

#[test]
fn describe_shows_the_keys_a_standard_defines_and_its_wit_version() {
    let dir = crate::plugin_dir(&[REGIONAL_1_1_0]);
    let mut cmd = zcp();
    cmd.args(["describe", "regional", "--standards-dir"])
        .arg(dir.path());
    let out = stdout_of(&mut cmd, 0);
    assert!(out.contains("WIT 1.1.0"), "{out}");
    assert!(
        out.contains("x-regional.tech-revenue") && out.contains("currency"),
        "{out}"
    );
    let mut schema = zcp();
    schema
        .args(["schema", "park", "--standards-dir"])
        .arg(dir.path());
    let schema: serde_json::Value = serde_json::from_str(&stdout_of(&mut schema, 0)).unwrap();
    assert!(
        schema["$defs"].get("key:x-regional.tech-revenue").is_some(),
        "the park schema holds the defined key"
    );
    // The park with `regional`'s keys and another standard's validates; a
    // misspelt `regional` key does not (its namespace is known).
    let validator = jsonschema::validator_for(&schema).unwrap();
    let park: serde_json::Value = toml::from_str(ORDOS_WITH_REVENUE).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&park)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let typo: serde_json::Value =
        toml::from_str(&ORDOS_WITH_REVENUE.replace("x-regional.park-type", "x-regional.park-typ"))
            .unwrap();
    assert!(
        !validator.is_valid(&typo),
        "a key `regional` does not define"
    );
}

#[test]
fn a_component_of_no_version_this_host_runs_is_refused_naming_what_it_exports() {
    let runtime = zcp::Runtime::new(Limits::default()).unwrap();
    let cases = [
        ("(component)", "it exports nothing"),
        (
            r#"(component (instance $i) (export "zcp:evaluation/evaluator@9.0.0" (instance $i)))"#,
            "it exports `zcp:evaluation/evaluator@9.0.0`",
        ),
    ];
    for (text, says) in cases {
        let bytes = wat::parse_str(text).unwrap();
        let error = runtime
            .load(&bytes, zcp::Origin::File("future.wasm".into()))
            .unwrap_err()
            .to_string();
        assert_eq!(
            error,
            format!(
                "`future.wasm`: does not implement `zcp:evaluation/standard`: it exports no \
                 `zcp:evaluation/evaluator` of a version this host runs (1.0.0, 1.1.0); {says}"
            )
        );
    }
}
