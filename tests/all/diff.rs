//! `zcp diff`: two standards on one park, each difference with its
//! reason, and `--rules-only`, checked against what `zcp evaluate` and
//! `zcp describe` say of each standard on its own.

use serde_json::Value;

use crate::{filters, stderr_of, stdout_of, zcp};

/// `zcp diff ARGS --format json`, exiting `code`.
fn diff_json(args: &[&str], code: i32) -> Value {
    let stdout = stdout_of(
        zcp().arg("diff").args(args).args(["--format", "json"]),
        code,
    );
    serde_json::from_str(&stdout).unwrap()
}

/// `zcp diff ARGS` as a table, exiting `code`.
fn diff_table(args: &[&str], code: i32) -> String {
    stdout_of(zcp().arg("diff").args(args), code)
}

/// `zcp diff ARGS --format markdown`, exiting `code`: sentences whole, not
/// wrapped in table cells.
fn diff_markdown(args: &[&str], code: i32) -> String {
    stdout_of(
        zcp().arg("diff").args(args).args(["--format", "markdown"]),
        code,
    )
}

/// The ids of a list of indicators (`flipped`, `only_in_a`, …).
fn ids(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|x| x["id"].as_str().unwrap())
        .collect()
}

/// The names of a list of assumptions or parameters.
fn names(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|x| x["name"].as_str().unwrap())
        .collect()
}

/// What `zcp evaluate PARK -s SPEC --format json` returned for one indicator.
fn evaluated(park: &str, spec: &str, id: &str) -> Value {
    let stdout = stdout_of(
        zcp().args([
            "evaluate",
            park,
            "-s",
            spec,
            "--report-only",
            "--format",
            "json",
        ]),
        0,
    );
    let report: Value = serde_json::from_str(&stdout).unwrap();
    report["parks"][0]["runs"][0]["evaluation"]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
        .cloned()
        .unwrap_or_else(|| panic!("no `{id}` in {spec}"))
}

/// What `zcp describe SPEC --format json` says.
fn described(spec: &str) -> Value {
    let stdout = stdout_of(zcp().args(["describe", spec, "--format", "json"]), 0);
    serde_json::from_str::<Value>(&stdout).unwrap()["info"].clone()
}

const ORDOS: &str = "examples/parks/ordos-green.toml";
const HUNAN: &str = "examples/parks/hunan-equipment.toml";
const SUZHOU: &str = "examples/parks/suzhou-industrial.toml";

#[test]
fn the_draft_differs_on_the_ordos_park_in_tier_score_and_assumptions_only() {
    let args = [ORDOS, "-s", "cn-zcp@1.0.0", "-s", "cn-zcp@2.0.0-draft.1"];
    let diff = diff_json(&args, 1);
    assert_eq!(diff["a"]["label"], "cn-zcp@1.0.0");
    assert_eq!(diff["b"]["label"], "cn-zcp@2.0.0-draft.1");
    assert_eq!(diff["b"]["status"], "draft");
    let verdict = &diff["verdict"];
    assert_eq!(verdict["a"]["verdict"], "qualified");
    assert_eq!(verdict["b"]["verdict"], "qualified");
    assert_eq!(verdict["a"]["tier"], Value::Null);
    assert_eq!(verdict["b"]["tier"], "leading");
    assert_eq!(verdict["a"]["score"], Value::Null);
    assert_eq!(verdict["b"]["score"], 6.0);
    assert_eq!(verdict["deciding"], serde_json::json!([]));
    // The draft scores each of its six guiding indicators 1 point.
    let guiding = [
        "guiding.clean-energy-share",
        "guiding.product-energy",
        "guiding.solid-waste-utilisation",
        "guiding.waste-energy-utilisation",
        "guiding.water-reuse",
        "guiding.direct-green-supply-share",
    ];
    assert_eq!(ids(&diff["scores"]), guiding);
    for score in diff["scores"].as_array().unwrap() {
        assert_eq!(score["a"]["score"], Value::Null);
        assert_eq!(score["b"]["score"], 1.0);
    }
    assert_eq!(verdict["scored"], serde_json::json!(guiding));
    // Same indicators, thresholds, values and outcomes.
    for list in [
        "flipped",
        "thresholds",
        "values",
        "only_in_a",
        "only_in_b",
        "kinds",
    ] {
        assert_eq!(diff[list], serde_json::json!([]), "{list}");
    }
    // The parameter 1.0.0 has and the draft settled differently, and the
    // draft's own provisional assumptions.
    let assumptions = &diff["assumptions"];
    assert_eq!(names(&assumptions["only_in_a"]), ["below-band-threshold"]);
    assert_eq!(
        names(&assumptions["only_in_b"]),
        [
            "illustrative-draft",
            "small-park-threshold",
            "band-edge-1000000",
            "tier-score",
            "tier-ladder"
        ]
    );
    assert!(
        assumptions["only_in_b"]
            .as_array()
            .unwrap()
            .iter()
            .all(|a| a["provisional"] == true && a["layer"] == "cn-zcp@2.0.0-draft.1")
    );
    assert_eq!(assumptions["changed"], serde_json::json!([]));
    // Tier, score, six scores, six assumptions.
    assert_eq!(diff["differences"], 14);

    let table = diff_table(&args, 1);
    for expected in [
        "14 differences",
        "same verdict",
        "── Scores changed (6)",
        "── Assumptions the results rest on (6)",
        "cn-zcp@2.0.0-draft.1 (draft)",
    ] {
        assert!(table.contains(expected), "`{expected}` in\n{table}");
    }
    assert!(!table.contains("Outcomes flipped"), "{table}");
    let markdown = diff_markdown(&args, 1);
    assert!(
        markdown.contains(
            "| tier | — | Leading (leading, ≥ 6) | cn-zcp@1.0.0 declares no tiers |\n\
             | score | — | 6 / 6 | cn-zcp@1.0.0 gives no score; the scores of 6 indicators differ |"
        ),
        "{markdown}"
    );
}

#[test]
fn hunan_qualifies_because_its_core_threshold_is_higher_on_the_same_value() {
    let args = [HUNAN, "-s", "cn-zcp@1", "-s", "cn-hn-zcp@1"];
    let diff = diff_json(&args, 1);
    let verdict = &diff["verdict"];
    assert_eq!(verdict["a"]["verdict"], "not-qualified");
    assert_eq!(verdict["b"]["verdict"], "qualified");
    assert_eq!(
        verdict["deciding"],
        serde_json::json!([
            {"id": "core.carbon-per-energy", "kind": "core", "a": "fail", "b": "pass"},
            {"id": "core.revenue-growth", "kind": "core", "a": null, "b": "pass"},
        ])
    );
    assert_eq!(
        ids(&diff["flipped"]),
        ["core.carbon-per-energy", "guiding.clean-energy-share"]
    );
    let core = &diff["flipped"][0];
    assert_eq!(core["cause"], "threshold");
    assert_eq!(core["a"]["threshold"], serde_json::json!({"at-most": 0.2}));
    assert_eq!(core["b"]["threshold"], serde_json::json!({"at-most": 1.0}));
    // The same value, as each standard computes it on its own.
    let national = evaluated(HUNAN, "cn-zcp@1", "core.carbon-per-energy");
    let hunan = evaluated(HUNAN, "cn-hn-zcp@1", "core.carbon-per-energy");
    assert_eq!(national["value"], hunan["value"]);
    assert_eq!(core["a"]["value"], national["value"]);
    assert_eq!(core["b"]["value"], hunan["value"]);
    let clean = &diff["flipped"][1];
    assert_eq!(clean["cause"], "threshold");
    assert_eq!(
        clean["a"]["threshold"],
        serde_json::json!({"at-least": 90.0})
    );
    assert_eq!(
        clean["b"]["threshold"],
        serde_json::json!({"at-least": 60.0})
    );
    assert_eq!(
        ids(&diff["only_in_a"]),
        ["guiding.direct-green-supply-share"]
    );
    assert_eq!(ids(&diff["only_in_b"]), ["core.revenue-growth"]);
    assert_eq!(diff["only_in_b"][0]["result"]["layer"], "cn-hn-zcp@1.0.0");
    // Energy at the equal value in both: the same.
    assert_eq!(diff["values"], serde_json::json!([]));
    assert_eq!(
        evaluated(HUNAN, "cn-zcp@1", "info.energy-consumption")["value"],
        evaluated(HUNAN, "cn-hn-zcp@1", "info.energy-consumption")["value"]
    );
    // Hunan states its stage on every staged threshold: a band that differs.
    assert_eq!(
        ids(&diff["thresholds"]),
        [
            "core.carbon-per-energy",
            "guiding.clean-energy-share",
            "guiding.solid-waste-utilisation",
            "guiding.waste-energy-utilisation",
            "guiding.water-reuse"
        ]
    );
    assert_eq!(diff["thresholds"][2]["a"]["band"], Value::Null);
    assert_eq!(diff["thresholds"][2]["b"]["band"]["en"], "stage 2027");

    let table = diff_table(&args, 1);
    for expected in [
        "NOT QUALIFIED",
        "── Outcomes flipped (2)",
        "── Only in cn-zcp@1.0.0 (1)",
        "── Only in cn-hn-zcp@1.0.0 (1)",
    ] {
        assert!(table.contains(expected), "`{expected}` in\n{table}");
    }
    let markdown = diff_markdown(&args, 1);
    for expected in [
        "| verdict | NOT QUALIFIED | QUALIFIED | core.carbon-per-energy (core): FAIL → pass; only in cn-hn-zcp@1.0.0: core.revenue-growth (core, pass) |",
        "the threshold changed from ≤ 0.20 tCO2/tce to ≤ 1 tCO2/tce; the value is the same (0.8913 tCO2/tce) |",
    ] {
        assert!(markdown.contains(expected), "`{expected}` in\n{markdown}");
    }
}

#[test]
fn jiangsu_counts_energy_at_the_equivalent_value_and_says_both() {
    let args = [SUZHOU, "-s", "cn-zcp@1", "-s", "cn-js-zcp@1"];
    let diff = diff_json(&args, 1);
    assert_eq!(diff["verdict"]["b"]["verdict"], "assessed");
    assert_eq!(ids(&diff["values"]), ["info.energy-consumption"]);
    let energy = &diff["values"][0];
    let equal = evaluated(SUZHOU, "cn-zcp@1", "info.energy-consumption");
    let equivalent = evaluated(SUZHOU, "cn-js-zcp@1", "info.energy-consumption");
    assert_eq!(energy["a"]["value"], equal["value"]);
    assert_eq!(energy["b"]["value"], equivalent["value"]);
    assert_eq!(energy["a"]["value"], 356_548.0);
    assert_eq!(energy["b"]["value"], 177_677.0);
    // The assumptions both rest on with different values explain it.
    let changed = &diff["assumptions"]["changed"];
    assert_eq!(
        names(changed),
        ["electricity-conversion", "electricity-coefficient"]
    );
    assert_eq!(changed[0]["a"]["value"], "equal-value");
    assert_eq!(changed[0]["b"]["value"], "equivalent");
    // Jiangsu's reference values of the national guiding indicators are
    // higher: outcomes flip on the same value.
    assert_eq!(
        ids(&diff["flipped"]),
        [
            "guiding.solid-waste-utilisation",
            "guiding.waste-energy-utilisation"
        ]
    );
    assert!(
        diff["flipped"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["cause"] == "threshold")
    );

    let table = diff_table(&args, 1);
    for expected in [
        "── Values changed (1)",
        "356,548 tce",
        "177,677 tce",
        "−178,871 tce (−50.2 %)",
        "assumptions both rest on, with different values: electricity-conversion equal-value → equivalent; electricity-coefficient 0.300 tce/MWh → 0.1229 tce/MWh",
    ] {
        assert!(table.contains(expected), "`{expected}` in\n{table}");
    }
}

#[test]
fn a_layered_standard_is_compared_by_its_layered_results() {
    let diff = diff_json(&[ORDOS, "-s", "cn-zcp@1", "-s", "cn-nm-zcp@1"], 1);
    // The base's results are the national standard's own: nothing differs
    // there; the regional core is Inner Mongolia's layer.
    assert_eq!(ids(&diff["only_in_b"]), ["core.carbon-per-energy-regional"]);
    assert_eq!(diff["only_in_b"][0]["result"]["layer"], "cn-nm-zcp@1.0.0");
    for list in [
        "flipped",
        "thresholds",
        "values",
        "only_in_a",
        "kinds",
        "scores",
    ] {
        assert_eq!(diff[list], serde_json::json!([]), "{list}");
    }
    assert_eq!(diff["verdict"]["b"]["tier"], "national");
    assert_eq!(
        names(&diff["assumptions"]["only_in_b"]),
        ["regional-core-threshold"]
    );
    assert_eq!(diff["differences"], 4);
}

#[test]
fn rules_only_lists_what_the_draft_declares_differently() {
    let args = [
        "--rules-only",
        "-s",
        "cn-zcp@1.0.0",
        "-s",
        "cn-zcp@2.0.0-draft.1",
    ];
    let diff = diff_json(&args, 1);
    let (v1, draft) = (
        described("cn-zcp@=1.0.0"),
        described("cn-zcp@2.0.0-draft.1"),
    );
    let declared = |info: &Value, list: &str, key: &str| -> Vec<String> {
        info[list]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x[key].as_str().unwrap().to_owned())
            .collect()
    };
    let (p1, p2) = (
        declared(&v1, "parameters", "name"),
        declared(&draft, "parameters", "name"),
    );
    let only = |a: &[String], b: &[String]| -> Vec<String> {
        a.iter().filter(|x| !b.contains(x)).cloned().collect()
    };
    assert_eq!(
        only(&p2, &p1),
        ["small-park-threshold", "band-edge-1000000"]
    );
    assert_eq!(only(&p1, &p2), ["below-band-threshold"]);
    assert_eq!(names(&diff["parameters"]["only_in_b"]), only(&p2, &p1));
    assert_eq!(names(&diff["parameters"]["only_in_a"]), only(&p1, &p2));
    assert_eq!(diff["parameters"]["changed"], serde_json::json!([]));
    assert_eq!(
        diff["parameters"]["only_in_b"][1]["values"]["one-of"],
        serde_json::json!(["upper", "middle"])
    );
    // Tiers and the maximum score, as the draft describes them.
    assert_eq!(diff["tiers"]["only_in_b"], draft["tiers"]);
    assert_eq!(
        declared(&draft, "tiers", "id"),
        ["basic", "advanced", "leading"]
    );
    assert_eq!(diff["tiers"]["only_in_a"], serde_json::json!([]));
    let fields = diff["fields"].as_array().unwrap();
    let field = |name: &str| fields.iter().find(|f| f["field"] == name).cloned();
    assert_eq!(
        field("status"),
        Some(serde_json::json!({"field": "status", "a": "trial", "b": "draft"}))
    );
    assert_eq!(v1["status"], "trial");
    assert_eq!(draft["status"], "draft");
    assert_eq!(
        field("effective"),
        Some(serde_json::json!({"field": "effective", "a": v1["effective"], "b": null}))
    );
    assert_eq!(
        field("max-score"),
        Some(serde_json::json!({"field": "max-score", "a": null, "b": 6.0}))
    );
    assert_eq!(field("extends"), None);
    assert_eq!(field("jurisdiction"), None);
    // The same indicators; the band below 200,000 tce is restated, and the
    // guiding indicators weigh 1 point each in the draft.
    assert_eq!(diff["indicators"]["only_in_a"], serde_json::json!([]));
    assert_eq!(diff["indicators"]["only_in_b"], serde_json::json!([]));
    let changed = &diff["indicators"]["changed"];
    assert_eq!(changed[0]["id"], "core.carbon-per-energy");
    let bands = &changed[0]["thresholds"];
    assert!(
        bands["only_in_a"][0]["applies_when"]["en"]
            .as_str()
            .unwrap()
            .contains("below-band-threshold")
    );
    assert!(
        bands["only_in_b"][0]["applies_when"]["en"]
            .as_str()
            .unwrap()
            .contains("small-park-threshold")
    );
    assert_eq!(bands["changed"], serde_json::json!([]));
    let core_1 = v1["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "core.carbon-per-energy")
        .unwrap();
    assert!(
        core_1["thresholds"]
            .as_array()
            .unwrap()
            .contains(&bands["only_in_a"][0])
    );
    for change in changed.as_array().unwrap().iter().skip(1) {
        assert_eq!(change["weight"], serde_json::json!({"a": null, "b": 1.0}));
        assert_eq!(change["thresholds"]["only_in_a"], serde_json::json!([]));
    }
    assert_eq!(
        diff["requires"],
        serde_json::json!({"only_in_a": [], "only_in_b": [], "changed": []})
    );

    let table = diff_table(&args, 1);
    for expected in [
        "── Parameters (3)",
        "below-band-threshold",
        "removed",
        "small-park-threshold",
        "band-edge-1000000",
        "one of upper, middle",
        "── Tiers (3)",
        "Leading, from 6",
        "trial",
        "draft",
    ] {
        assert!(table.contains(expected), "`{expected}` in\n{table}");
    }
}

#[test]
fn the_same_standard_twice_is_no_difference_and_exits_0() {
    let table = diff_table(&[ORDOS, "-s", "cn-zcp@1", "-s", "cn-zcp@=1.0.0"], 0);
    assert!(table.contains("no difference"), "{table}");
    assert!(table.contains("same verdict"), "{table}");
    let diff = diff_json(&[ORDOS, "-s", "cn-zcp@1", "-s", "cn-zcp@=1.0.0"], 0);
    assert_eq!(diff["differences"], 0);
    let rules = diff_table(
        &["--rules-only", "-s", "cn-hn-zcp@1", "-s", "cn-hn-zcp@1"],
        0,
    );
    assert!(rules.contains("no difference"), "{rules}");
    let zh = diff_table(
        &[
            "--rules-only",
            "-s",
            "cn-hn-zcp@1",
            "-s",
            "cn-hn-zcp@1",
            "--lang",
            "zh",
        ],
        0,
    );
    assert!(zh.contains("无差异"), "{zh}");
}

#[test]
fn json_field_names_are_stable() {
    // Compared as sets: the JSON object keeps no order here.
    #[track_caller]
    fn assert_keys(value: &Value, expected: &[&str]) {
        let mut keys: Vec<&str> = value
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut expected = expected.to_vec();
        keys.sort_unstable();
        expected.sort_unstable();
        assert_eq!(keys, expected);
    }
    let park = diff_json(&[HUNAN, "-s", "cn-zcp@1", "-s", "cn-hn-zcp@1"], 1);
    assert_keys(
        &park,
        &[
            "a",
            "b",
            "differences",
            "file",
            "park",
            "year",
            "parameters",
            "verdict",
            "flipped",
            "thresholds",
            "values",
            "only_in_a",
            "only_in_b",
            "kinds",
            "scores",
            "assumptions",
        ],
    );
    assert_keys(
        &park["a"],
        &["label", "title", "status", "digest", "tiers", "max_score"],
    );
    assert_keys(&park["verdict"], &["a", "b", "deciding", "scored"]);
    assert_keys(
        &park["verdict"]["a"],
        &["verdict", "tier", "score", "summary", "error"],
    );
    assert_keys(&park["flipped"][0], &["id", "cause", "a", "b"]);
    assert_keys(
        &park["flipped"][0]["a"],
        &[
            "layer",
            "title",
            "kind",
            "outcome",
            "value",
            "unit",
            "threshold",
            "band",
            "score",
            "missing",
        ],
    );
    assert_keys(&park["only_in_a"][0], &["id", "result"]);
    assert_keys(&park["assumptions"], &["only_in_a", "only_in_b", "changed"]);
    assert_keys(
        &park["assumptions"]["only_in_b"][0],
        &["layer", "name", "value", "provisional", "description"],
    );
    let rules = diff_json(&["--rules-only", "-s", "cn-zcp@1", "-s", "cn-hn-zcp@1"], 1);
    assert_keys(
        &rules,
        &[
            "a",
            "b",
            "differences",
            "fields",
            "indicators",
            "parameters",
            "requires",
            "tiers",
            "defines",
        ],
    );
    assert_keys(
        &rules["indicators"]["changed"][0],
        &["id", "title", "kind", "unit", "weight", "thresholds"],
    );
    assert_keys(
        &rules["parameters"]["only_in_a"][0],
        &[
            "name",
            "description",
            "default_value",
            "values",
            "provisional",
        ],
    );
}

#[test]
fn markdown_diff() {
    let stdout = stdout_of(
        zcp().args([
            "diff",
            HUNAN,
            "-s",
            "cn-zcp@1",
            "-s",
            "cn-hn-zcp@1",
            "--format",
            "markdown",
        ]),
        1,
    );
    assert!(
        stdout.starts_with("# `cn-zcp@1.0.0` → `cn-hn-zcp@1.0.0`\n"),
        "{stdout}"
    );
    assert!(stdout.ends_with('\n') && !stdout.ends_with("\n\n"));
    assert!(stdout.lines().all(|l| l == l.trim_end()), "{stdout}");
    insta::with_settings!({ filters => filters() }, {
        insta::assert_snapshot!(stdout);
    });
}

#[test]
fn markdown_rules_diff_in_chinese() {
    let stdout = stdout_of(
        zcp().args([
            "diff",
            "--rules-only",
            "-s",
            "cn-zcp@1.0.0",
            "-s",
            "cn-zcp@2.0.0-draft.1",
            "--format",
            "markdown",
            "--lang",
            "zh",
        ]),
        1,
    );
    insta::with_settings!({ filters => filters() }, {
        insta::assert_snapshot!(stdout);
    });
}

#[test]
fn errors_exit_2_and_name_what_was_given() {
    let cases: [(&[&str], &str); 5] = [
        (
            &["--rules-only", "-s", "cn-zcp@1"],
            "error: `zcp diff` compares exactly two standards (`-s A -s B`); given 1: `cn-zcp@^1`\n",
        ),
        (
            &[
                ORDOS,
                "-s",
                "cn-zcp@1",
                "-s",
                "cn-hn-zcp@1",
                "-s",
                "cn-js-zcp@1",
            ],
            "error: `zcp diff` compares exactly two standards (`-s A -s B`); given 3: `cn-zcp@^1`, `cn-hn-zcp@^1`, `cn-js-zcp@^1`\n",
        ),
        (
            &[
                "tests/data/bad/unknown-unit.toml",
                "-s",
                "cn-zcp@1",
                "-s",
                "cn-hn-zcp@1",
            ],
            "error: tests/data/bad/unknown-unit.toml: year 2025, key `electricity.grid-purchased`: unknown unit `MWH` (did you mean `MWh`?)\n",
        ),
        (
            &[ORDOS, "-s", "cn-zcp@1", "-s", "cn-xx@1"],
            "error: no standard `cn-xx` is loaded (loaded: cn-hn-zcp, cn-js-zcp, cn-nm-zcp, cn-zcp, t-zcp-scored)\n",
        ),
        (
            &["--rules-only", "-s", "cn-zcp@1", "-s", "cn-zcp@9"],
            "error: no version of `cn-zcp` matches `^9` (available: 1.0.0, 2.0.0-draft.1)\n",
        ),
    ];
    for (args, expected) in cases {
        assert_eq!(
            stderr_of(zcp().arg("diff").args(args), 2),
            expected,
            "{args:?}"
        );
    }
    // The same message as `zcp evaluate` for the same park file.
    let evaluate = stdout_of(
        zcp().args([
            "evaluate",
            "tests/data/bad/unknown-unit.toml",
            "-s",
            "cn-zcp@1",
        ]),
        2,
    );
    assert!(evaluate.contains(cases[2].1.trim_end()), "{evaluate}");
    // A park and --rules-only, or neither: refused by the parser.
    for args in [
        &["--rules-only", ORDOS, "-s", "cn-zcp@1", "-s", "cn-hn-zcp@1"][..],
        &["-s", "cn-zcp@1", "-s", "cn-hn-zcp@1"][..],
        &[
            ORDOS,
            "-s",
            "cn-zcp@1",
            "-s",
            "cn-hn-zcp@1",
            "--format",
            "html",
        ][..],
    ] {
        let stderr = stderr_of(zcp().arg("diff").args(args), 2);
        assert!(stderr.starts_with("error: "), "{args:?}: {stderr}");
    }
}

#[test]
fn help_states_the_exit_codes() {
    let help = stdout_of(zcp().args(["diff", "--help"]), 0);
    assert!(
        help.contains("Exit codes, as diff(1): 0 no difference, 1 some difference, 2 error"),
        "{help}"
    );
    let top = stdout_of(zcp().arg("--help"), 0);
    assert!(top.contains("diff "), "{top}");
}
