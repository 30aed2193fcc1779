//! The `zcp` command line, as a user runs it, with insta snapshots.

use crate::{filters, zcp};

fn stdout_of(args: &[&str], code: i32) -> String {
    crate::stdout_of(zcp().args(args), code)
}

#[test]
fn evaluate_examples_table() {
    let args = [
        "evaluate",
        "examples/parks/coal-heavy.toml",
        "examples/parks/data-gaps.json",
        "examples/parks/ordos-green.toml",
        "-s",
        "cn-zcp@1",
    ];
    // Not every example qualifies: exit 1.
    let stdout = stdout_of(&args, 1);
    insta::with_settings!({ filters => filters() }, {
        insta::assert_snapshot!(stdout);
    });
}

#[test]
fn evaluate_examples_in_chinese() {
    let stdout = stdout_of(
        &[
            "evaluate",
            "examples/parks/ordos-green.toml",
            "-s",
            "cn-zcp@1",
            "--lang",
            "zh",
        ],
        0,
    );
    assert!(stdout.contains("结论: 符合"), "{stdout}");
    assert!(stdout.contains("单位能耗碳排放"), "{stdout}");
}

#[test]
fn report_only_exits_zero_whatever_the_verdicts() {
    let stdout = stdout_of(
        &[
            "evaluate",
            "examples/parks/coal-heavy.toml",
            "-s",
            "cn-zcp@1",
            "--report-only",
        ],
        0,
    );
    assert!(stdout.contains("verdict: NOT QUALIFIED"), "{stdout}");
}

#[test]
fn evaluate_json_is_a_stable_machine_interface() {
    let stdout = stdout_of(
        &[
            "evaluate",
            "examples/parks/ordos-green.toml",
            "-s",
            "cn-zcp@1",
            "--format",
            "json",
        ],
        0,
    );
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let run = &report["parks"][0]["runs"][0];
    assert_eq!(run["verdict"], "qualified");
    assert_eq!(report["parks"][0]["year"], 2025);
    assert_eq!(report["standards"][0]["label"], "cn-zcp@1.0.0");
    assert_eq!(
        report["wit_versions"],
        serde_json::json!(["1.0.0", "1.1.0"])
    );
    assert_eq!(report["standards"][0]["wit_version"], "1.1.0");
    // Lineage: every key the standard read, and whether the park had it.
    assert_eq!(run["lineage"]["keys"]["electricity.direct-green"], true);
    assert_eq!(run["lineage"]["keys"]["electricity.exported"], false);
    insta::with_settings!({ filters => filters() }, {
        insta::assert_snapshot!(stdout);
    });
}

#[test]
fn standards_lists_the_bundled_national_standard() {
    let stdout = stdout_of(&["standards"], 0);
    assert!(stdout.contains("cn-zcp@1.0.0"), "{stdout}");
    // Its origin, `bundled `cn-zcp``: the cell may wrap between the words.
    assert!(stdout.contains("bundled"), "{stdout}");
    assert!(stdout.contains("`cn-zcp`"), "{stdout}");
}

#[test]
fn describe_shows_bands_parameters_and_data() {
    let stdout = stdout_of(&["describe", "cn-zcp@1"], 0);
    insta::with_settings!({ filters => filters() }, {
        insta::assert_snapshot!(stdout);
    });
}

#[test]
fn errors_exit_2_with_a_message_naming_the_input() {
    let cases: [(&[&str], &str); 5] = [
        (
            &[
                "evaluate",
                "examples/parks/coal-heavy.toml",
                "-s",
                "cn-xx@1",
            ],
            "error: no standard `cn-xx` is loaded (loaded: cn-hn-zcp, cn-js-zcp, cn-nm-zcp, cn-zcp, t-zcp-scored)\n",
        ),
        (
            &[
                "evaluate",
                "examples/parks/coal-heavy.toml",
                "-s",
                "cn-zcp@9",
            ],
            "error: no version of `cn-zcp` matches `^9` (available: 1.0.0, 2.0.0-draft.1)\n",
        ),
        (
            &[
                "evaluate",
                "examples/parks/coal-heavy.toml",
                "-s",
                "cn-zcp@1",
                "-p",
                "cn-zcp:recovered-energy=twice",
            ],
            "error: parameter `recovered-energy` of `cn-zcp@1.0.0` cannot be `twice` (allowed: not-counted, counted)\n",
        ),
        // A range with an exclusive end (WIT 1.1.0): refused before the standard runs.
        (
            &[
                "evaluate",
                "examples/parks/coal-heavy.toml",
                "-s",
                "cn-zcp@1",
                "-p",
                "cn-zcp:equal-value-coefficient=0",
            ],
            "error: parameter `equal-value-coefficient` of `cn-zcp@1.0.0` cannot be `0` (expected a number > 0)\n",
        ),
        (
            &[
                "evaluate",
                "examples/parks/coal-heavy.toml",
                "-s",
                "cn-zcp@1",
                "-p",
                "cn-zcp:no-such=1",
            ],
            "error: `cn-zcp@1.0.0` has no parameter `no-such` (it has: electricity-conversion, equal-value-coefficient, below-band-threshold, feedstock-in-denominator, bunker-in-energy, recovered-energy, clean-energy-definition)\n",
        ),
    ];
    for (args, expected) in cases {
        let output = zcp().args(args).assert().code(2).get_output().clone();
        assert_eq!(
            String::from_utf8(output.stderr).unwrap(),
            expected,
            "{args:?}"
        );
    }
}

#[test]
fn a_parameter_changes_the_result_and_shows_in_the_report() {
    let args = [
        "evaluate",
        "tests/data/w1-green.toml",
        "-s",
        "cn-zcp@1",
        "-p",
        "cn-zcp:electricity-conversion=equivalent",
        "--format",
        "json",
    ];
    let report: serde_json::Value = serde_json::from_str(&stdout_of(&args, 0)).unwrap();
    let results = report["parks"][0]["runs"][0]["evaluation"]["results"]
        .as_array()
        .unwrap();
    let energy = results
        .iter()
        .find(|r| r["id"] == "info.energy-consumption")
        .unwrap();
    assert_eq!(energy["value"].as_f64().unwrap().round(), 262_080.0);
    assert_eq!(report["parameters"][0]["name"], "electricity-conversion");
}

#[test]
fn several_standards_are_shown_side_by_side() {
    use zcp_test_artifacts::test_plugins::{FAKE_1_1_0, PROVINCE_1_0_0};
    let dir = crate::plugin_dir(&[PROVINCE_1_0_0, FAKE_1_1_0]);
    let stdout = crate::stdout_of(
        zcp()
            .args([
                "evaluate",
                "tests/data/w1-green.toml",
                "-s",
                "cn-zcp@1",
                "-s",
                "fake-province@1",
                "-s",
                "fake@1",
            ])
            .arg("--standards-dir")
            .arg(dir.path()),
        1,
    );
    // The side-by-side table comes first in the park's section.
    let start = stdout.find("┌").unwrap();
    let end = stdout[start..].find("┘").unwrap() + start + "┘".len();
    insta::with_settings!({ filters => filters() }, {
        insta::assert_snapshot!(&stdout[start..end]);
    });
}
