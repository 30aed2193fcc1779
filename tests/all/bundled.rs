//! Every bundled standard against every example park, side by side, as
//! the report a person reads: one snapshot per park.

use crate::examples::example_parks;
use crate::{filters, zcp};

#[test]
fn every_bundled_standard_on_every_example_park() {
    for park in example_parks() {
        let mut cmd = zcp();
        cmd.args(["evaluate", &park, "--all-bundled", "--report-only"]);
        let report = crate::stdout_of(&mut cmd, 0);
        let name = park
            .rsplit('/')
            .next()
            .and_then(|f| f.split('.').next())
            .unwrap()
            .to_owned();
        insta::with_settings!({ filters => filters(), snapshot_suffix => name }, {
            insta::assert_snapshot!(report);
        });
    }
}

/// A standard whose jurisdiction does not cover the park's province still
/// runs: the report notes it (not an error), and a national one is never noted.
#[test]
fn a_standard_outside_the_park_s_province_is_noted_not_refused() {
    let json = crate::stdout_of(
        zcp().args([
            "evaluate",
            "examples/parks/ordos-green.toml",
            "-s",
            "cn-zcp@1",
            "-s",
            "cn-hn-zcp@1",
            "-s",
            "cn-nm-zcp@1",
            "--format",
            "json",
        ]),
        0,
    );
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    let park = &report["parks"][0];
    assert_eq!(park["park"]["province"], "CN-NM");
    assert_eq!(
        park["outside_jurisdiction"],
        serde_json::json!(["cn-hn-zcp@1.0.0"]),
        "Hunan's standard is noted; the national one and Inner Mongolia's are not"
    );
    assert_eq!(
        park["runs"][1]["verdict"], "qualified",
        "it still evaluates"
    );

    for (lang, note) in [
        (
            "en",
            "note: cn-hn-zcp@1.0.0 applies in CN-HN; this park is in CN-NM: its result is for comparison, not an assessment there",
        ),
        (
            "zh",
            "注意： cn-hn-zcp@1.0.0 的适用地区为 CN-HN，本园区位于 CN-NM：结果仅供对照，并非该地区的评价",
        ),
    ] {
        let table = crate::stdout_of(
            zcp().args([
                "evaluate",
                "examples/parks/ordos-green.toml",
                "-s",
                "cn-zcp@1",
                "-s",
                "cn-hn-zcp@1",
                "--lang",
                lang,
            ]),
            0,
        );
        assert_eq!(table.matches(note).count(), 1, "{table}");
    }
}

/// `not-applicable` (a park below Hunan's floor) and `assessed` (Jiangsu's
/// reference values) are verdicts, not failures: the run exits 0.
#[test]
fn not_applicable_and_assessed_verdicts_exit_zero() {
    let park = "standards/cn-hn-zcp/cases/floor-19999/park.toml";
    let table = crate::stdout_of(
        zcp().args([
            "evaluate",
            park,
            "-s",
            "cn-hn-zcp@1",
            "-s",
            "cn-js-zcp@1",
            "-p",
            "cn-hn-zcp:equal-value-coefficient=0.25",
        ]),
        0,
    );
    assert!(table.contains("verdict: NOT APPLICABLE"), "{table}");
    assert!(table.contains("verdict: ASSESSED"), "{table}");
    assert!(table.contains("19,999 tce"), "{table}");
    // The same park under the national criteria is judged, and fails the exit code.
    crate::stdout_of(zcp().args(["evaluate", park, "-s", "cn-zcp@1"]), 1);
}

/// `--all-bundled --as-of DAY` runs the bundled versions in force that
/// day (effective on or before it); none in force is an error, not an
/// empty report.
#[test]
fn all_bundled_as_of_a_date_runs_the_versions_in_force_that_day() {
    let out = crate::stdout_of(
        zcp().args([
            "evaluate",
            "examples/parks/ordos-green.toml",
            "--all-bundled",
            "--as-of",
            "2026-01-01",
        ]),
        0,
    );
    let sections: Vec<&str> = out
        .lines()
        .filter_map(|l| l.strip_prefix("── "))
        .map(|l| l.split(' ').next().unwrap())
        .collect();
    // cn-zcp 1.0.0 (2025-06-30) and Hunan's (2025-12-24) carry dates; the
    // draft, Inner Mongolia's, Jiangsu's and the group standard do not.
    assert_eq!(sections, ["cn-zcp@1.0.0", "cn-hn-zcp@1.0.0"], "{out}");
    let stderr = crate::stderr_of(
        zcp().args([
            "evaluate",
            "examples/parks/ordos-green.toml",
            "--all-bundled",
            "--as-of",
            "2025-01-01",
        ]),
        2,
    );
    assert!(
        stderr.starts_with("error: no bundled standard is in force on 2025-01-01"),
        "{stderr}"
    );
}
