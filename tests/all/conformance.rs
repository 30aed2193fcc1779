//! Conformance cases as data: the cases each standard ships, run by
//! `zcp test` and by the library runner, and the runner's own failures.

use std::path::Path;

use zcp::Limits;
use zcp::conformance::{self, Cases, Check};
use zcp_test_artifacts::test_plugins;

use crate::{load, plugin_dir, root, stderr_of, stdout_of, zcp};

/// The case directories of a standard crate, on disk, by name.
fn case_dirs(package: &str) -> Vec<String> {
    let dir = root().join("standards").join(package).join("cases");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().into_string().unwrap())
        .filter(|name| !name.starts_with('.'))
        .collect();
    names.sort();
    assert!(!names.is_empty(), "{} holds no case", dir.display());
    names
}

/// Every file of a case directory, relative, with `/`, sorted.
fn files_of(dir: &Path, prefix: &str, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().into_string().unwrap();
        if name.starts_with('.') {
            continue;
        }
        if entry.path().is_dir() {
            files_of(&entry.path(), &format!("{prefix}{name}/"), out);
        } else {
            out.push(format!("{prefix}{name}"));
        }
    }
}

/// The lines of `out` from the one starting with `start` up to the next
/// case line, for the failures of one case.
fn block<'a>(out: &'a str, start: &str) -> Vec<&'a str> {
    let mut lines = out.lines().skip_while(|l| !l.starts_with(start));
    let first = lines
        .next()
        .unwrap_or_else(|| panic!("no `{start}` in:\n{out}"));
    std::iter::once(first)
        .chain(lines.take_while(|l| l.starts_with("      ")))
        .collect()
}

#[test]
fn zcp_test_passes_every_case_cn_zcp_ships() {
    let dirs = case_dirs("cn-zcp");
    let out = stdout_of(zcp().args(["test", "cn-zcp@1"]), 0);
    let header = out.lines().next().unwrap();
    assert!(
        header.starts_with("cn-zcp@1.0.0 (bundled, sha256 "),
        "{header}"
    );
    assert!(
        header.ends_with(&format!(": {} cases", dirs.len())),
        "{header}"
    );
    let passes: Vec<&str> = out.lines().filter(|l| l.starts_with("pass  ")).collect();
    assert_eq!(passes.len(), dirs.len(), "one line per case:\n{out}");
    for (line, name) in passes.iter().zip(&dirs) {
        assert!(
            line.starts_with(&format!("pass  {name} ")),
            "case `{name}` is not reported as passed, in order:\n{out}"
        );
    }
    assert!(!out.contains("FAIL"), "{out}");
    assert!(
        out.ends_with(&format!("\n{} passed, 0 failed\n", dirs.len())),
        "{out}"
    );
}

#[test]
fn zcp_test_without_a_standard_runs_every_bundled_standard_with_cases() {
    let out = stdout_of(zcp().arg("test"), 0);
    assert!(out.starts_with("cn-zcp@1.0.0 (bundled, sha256 "), "{out}");
    // One suite per bundled standard crate that ships cases, two versions
    // of one id included, each with its own cases.
    let with_cases: Vec<_> = zcp_artifacts::BUNDLED_CASES
        .iter()
        .filter(|b| !b.cases.is_empty())
        .collect();
    let suites = out
        .lines()
        .filter(|l| l.contains(" (bundled, sha256 "))
        .count();
    assert_eq!(suites, with_cases.len(), "{out}");
    let draft = out
        .lines()
        .find(|l| l.starts_with("cn-zcp@2.0.0-draft.1 (bundled, sha256 "))
        .unwrap_or_else(|| panic!("no suite for the draft of cn-zcp:\n{out}"));
    assert!(
        draft.ends_with(&format!(": {} cases", case_dirs("cn-zcp-v2").len())),
        "{draft}"
    );
    let total: usize = with_cases.iter().map(|b| b.cases.len()).sum();
    assert!(
        out.ends_with(&format!("\n{total} passed, 0 failed\n")),
        "{out}"
    );
}

#[test]
fn every_bundled_cn_zcp_case_passes_in_the_library_runner() {
    let (runtime, registry, _dir) = load(Limits::default(), &[]);
    let spec = "cn-zcp@1".parse().unwrap();
    let suite = conformance::run(&runtime, &registry, &spec, &Cases::Bundled).unwrap();
    let names: Vec<&str> = suite.cases.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        names,
        case_dirs("cn-zcp"),
        "every case directory is embedded"
    );
    let mut failed = Vec::new();
    for case in &suite.cases {
        if !case.passed {
            let failures: Vec<String> = case.failures.iter().map(|f| f.to_string()).collect();
            failed.push(format!(
                "case `{}`:\n  {}",
                case.name,
                failures.join("\n  ")
            ));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
    assert_eq!((suite.passed, suite.failed), (suite.cases.len(), 0));
}

#[test]
fn every_file_of_every_case_is_embedded() {
    let cases = zcp_artifacts::BUNDLED_CASES
        .iter()
        .find(|b| b.package == "cn-zcp")
        .expect("cn-zcp ships cases")
        .cases;
    for case in cases {
        let dir = root().join("standards/cn-zcp/cases").join(case.name);
        let mut on_disk = Vec::new();
        files_of(&dir, "", &mut on_disk);
        on_disk.sort();
        let embedded: Vec<&str> = case.files.iter().map(|(name, _)| *name).collect();
        assert_eq!(embedded, on_disk, "case `{}`", case.name);
        for (name, text) in case.files {
            assert_eq!(
                *text,
                std::fs::read_to_string(dir.join(name)).unwrap(),
                "case `{}`, file `{name}`",
                case.name
            );
        }
    }
}

#[test]
fn a_wrong_expectation_fails_naming_the_indicator_expected_and_got() {
    let out = stdout_of(
        zcp().args(["test", "cn-zcp@1", "--cases", "tests/data/cases"]),
        1,
    );
    assert!(out.starts_with("cn-zcp@1.0.0 (bundled, sha256 "), "{out}");
    assert!(
        out.lines()
            .next()
            .unwrap()
            .ends_with(": 4 cases from tests/data/cases")
    );
    let lines = block(&out, "FAIL  wrong-expectation");
    assert_eq!(lines.len(), 7, "{out}");
    assert!(
        lines[0].ends_with("W1 expected at the threshold (deliberately wrong)"),
        "{out}"
    );
    // The full value, not a rounded one (the last digit is the platform's).
    assert!(
        lines[1].starts_with(
            "      core.carbon-per-energy: expected value 0.2 ± 1e-9 (relative), got 0.0364936355463"
        ),
        "{out}"
    );
    // Then the hand arithmetic the expectation rests on, as `case.toml` states it.
    assert_eq!(
        lines[2..],
        [
            "      derivation:",
            "        deliberately wrong: 0.2 is the threshold of W1's band, not its value",
            "        energy (tce): (1,800,000 + 200,000 + 100,000 - 0) MWh x 0.300 + natural gas 300 x 13.3 = 630,000 + 3,990 = 633,990",
            "        emissions (tCO2): max(0, 1,800,000 - 1,700,000 - 80,000) = 20,000 MWh x 0.8325 + 300 x 21.622 = 16,650 + 6,486.6 = 23,136.6",
            "        core: 23,136.6 / 633,990 = 0.0365, not 0.2: the case fails on its value",
        ],
        "{out}"
    );
    // The error expectation of `refused` is met by the real standard.
    assert!(
        out.lines()
            .any(|l| l.starts_with("pass  refused ") && l.contains("refused as invalid data")),
        "{out}"
    );
    assert_eq!(
        block(&out, "pass  refused"),
        [out.lines()
            .find(|l| l.starts_with("pass  refused"))
            .unwrap()],
        "a passed case shows no derivation"
    );
    assert!(out.ends_with("\n1 passed, 3 failed\n"), "{out}");
}

#[test]
fn markdown_results_are_one_table_row_per_case() {
    for (lang, summary) in [
        ("en", "1 passed, 3 failed"),
        ("zh", "通过 1 个，未通过 3 个"),
    ] {
        let out = stdout_of(
            zcp().args([
                "test",
                "cn-zcp@1",
                "--cases",
                "tests/data/cases",
                "--format",
                "markdown",
                "--lang",
                lang,
            ]),
            1,
        );
        let rows: Vec<&str> = out.lines().filter(|l| l.starts_with("| `")).collect();
        assert_eq!(rows.len(), 4, "{out}");
        let wrong = rows
            .iter()
            .find(|r| r.contains("`wrong-expectation`"))
            .unwrap();
        assert!(wrong.contains("expected value 0.2"), "{wrong}");
        // The derivation of each failed case follows its table, as written.
        let heading = match lang {
            "zh" => "### `wrong-expectation` 的推导",
            _ => "### Derivation of `wrong-expectation`",
        };
        assert!(
            out.contains(&format!(
                "\n{heading}\n\n```text\ndeliberately wrong: 0.2 is the threshold of W1's band, not its value\n"
            )),
            "{out}"
        );
        assert!(!out.contains("2,000 MWh > 1,000 MWh"), "passed: {out}");
        assert!(out.trim_end().ends_with(summary), "{out}");
    }
}

#[test]
fn a_malformed_case_toml_fails_naming_the_file_and_the_field() {
    let mut cmd = zcp();
    cmd.args(["test", "cn-zcp@1", "--cases", "tests/data/cases"]);
    let output = cmd.assert().code(1).get_output().clone();
    let out = String::from_utf8(output.stdout).unwrap();
    let err = String::from_utf8(output.stderr).unwrap();
    assert!(!err.contains("panicked"), "{err}");
    let lines = block(&out, "FAIL  unknown-field");
    assert_eq!(
        lines,
        [
            "FAIL  unknown-field",
            "      `tests/data/cases/unknown-field/case.toml`: line 11, column 1: unknown field `valu`, expected one of `outcome`, `value`, `tolerance`, `missing`",
        ]
    );
}

#[test]
fn an_unknown_parameter_fails_the_case_with_the_parameters_it_has() {
    let out = stdout_of(
        zcp().args(["test", "cn-zcp@1", "--cases", "tests/data/cases"]),
        1,
    );
    let lines = block(&out, "FAIL  unknown-parameter");
    assert_eq!(lines.len(), 5, "{out}");
    assert!(
        lines[1].starts_with(
            "      `tests/data/cases/unknown-parameter/case.toml`: `cn-zcp@1.0.0` has no parameter `grid-factor` (it has: "
        ),
        "{out}"
    );
    assert_eq!(lines[2], "      derivation:", "{out}");
}

#[test]
fn json_results_have_stable_field_names() {
    let out = stdout_of(
        zcp().args([
            "test",
            "cn-zcp@1",
            "--cases",
            "tests/data/cases",
            "--format",
            "json",
        ]),
        1,
    );
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        (json["passed"].as_u64(), json["failed"].as_u64()),
        (Some(1), Some(3))
    );
    let suite = &json["suites"][0];
    assert_eq!(suite["standard"], "cn-zcp@1.0.0");
    assert_eq!(suite["origin"]["bundled"], "cn-zcp");
    assert_eq!(suite["cases_dir"], "tests/data/cases");
    let case = &suite["cases"][3];
    assert_eq!(case["name"], "wrong-expectation");
    assert_eq!(case["passed"], false);
    assert!(
        case["derivation"].as_str().unwrap().starts_with(
            "deliberately wrong: 0.2 is the threshold of W1's band, not its value\nenergy (tce): "
        ),
        "{case}"
    );
    let failure = &case["failures"][0];
    assert_eq!(failure["check"], "value");
    assert_eq!(failure["indicator"], "core.carbon-per-energy");
    assert_eq!(failure["expected"], "0.2 ± 1e-9 (relative)");
    assert!(
        failure["got"]
            .as_str()
            .unwrap()
            .starts_with("0.0364936355463")
    );
    assert_eq!(suite["cases"][1]["failures"][0]["check"], "case");
    assert_eq!(suite["cases"][1]["description"], serde_json::Value::Null);
    assert_eq!(suite["cases"][1]["derivation"], serde_json::Value::Null);
    assert!(suite["cases"][0]["derivation"].is_string(), "{suite}");
}

#[test]
fn one_case_directory_runs_alone() {
    let (runtime, registry, _dir) = load(Limits::default(), &[]);
    let spec = "cn-zcp@1".parse().unwrap();
    let dir = root().join("tests/data/cases/wrong-expectation");
    let suite = conformance::run(&runtime, &registry, &spec, &Cases::Dir(dir)).unwrap();
    assert_eq!(suite.cases.len(), 1);
    let case = &suite.cases[0];
    assert_eq!(case.name, "wrong-expectation");
    let checks: Vec<Check> = case.failures.iter().map(|f| f.check).collect();
    assert_eq!(checks, [Check::Value]);
}

#[test]
fn an_unknown_standard_is_an_error() {
    let err = stderr_of(zcp().args(["test", "nope@1"]), 2);
    assert_eq!(
        err,
        "error: no standard `nope` is loaded (loaded: cn-zcp)\n"
    );
}

#[test]
fn no_cases_or_an_unreadable_directory_is_an_error() {
    let empty = tempfile::tempdir().unwrap();
    let err = stderr_of(
        zcp()
            .args(["test", "cn-zcp@1", "--cases"])
            .arg(empty.path()),
        2,
    );
    assert!(
        err.starts_with("error: no conformance cases found in `"),
        "{err}"
    );
    let err = stderr_of(
        zcp().args(["test", "cn-zcp@1", "--cases", "tests/data/no-such-dir"]),
        2,
    );
    assert!(
        err.starts_with("error: cannot read the cases directory `tests/data/no-such-dir`: "),
        "{err}"
    );
    // A usage error: the cases need a standard to run against.
    stderr_of(zcp().args(["test", "--cases", "tests/data/cases"]), 2);
}

#[test]
fn a_standard_from_a_file_needs_its_own_cases() {
    let dir = plugin_dir(&[test_plugins::FAKE_1_1_0]);
    let err = stderr_of(
        zcp()
            .args(["test", "fake@1", "--standards-dir"])
            .arg(dir.path()),
        2,
    );
    assert!(
        err.contains("`fake@1.1.0` comes from `") && err.contains("ships no conformance cases"),
        "{err}"
    );
}

#[test]
fn a_case_whose_park_or_year_cannot_be_used_fails_with_the_reason() {
    let cases = tempfile::tempdir().unwrap();
    let write = |case: &str, file: &str, text: &str| {
        let dir = cases.path().join(case);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(file), text).unwrap();
    };
    let expect = "derivation = \"none: the case cannot run\"\n[expect]\nverdict = \"qualified\"\n";
    let bad_park = std::fs::read_to_string(root().join("tests/data/bad/unknown-key.toml")).unwrap();
    let w1 = std::fs::read_to_string(root().join("tests/data/w1-green.toml")).unwrap();
    write(
        "bad-park",
        "case.toml",
        &format!("description = \"d\"\n{expect}"),
    );
    write("bad-park", "park.toml", &bad_park);
    write(
        "no-park",
        "case.toml",
        &format!("description = \"d\"\n{expect}"),
    );
    write(
        "no-year",
        "case.toml",
        &format!("description = \"d\"\nyear = 2019\n{expect}"),
    );
    write("no-year", "park.toml", &w1);
    write(
        "two-parks",
        "case.toml",
        &format!("description = \"d\"\n{expect}"),
    );
    write("two-parks", "park.toml", &w1);
    write("two-parks", "park.json", "{}");
    let (runtime, registry, _dir) = load(Limits::default(), &[]);
    let spec = "cn-zcp@1".parse().unwrap();
    let suite =
        conformance::run(&runtime, &registry, &spec, &Cases::Dir(cases.path().into())).unwrap();
    let failures: Vec<(&str, Vec<&str>)> = suite
        .cases
        .iter()
        .map(|c| {
            assert!(!c.passed, "case `{}`", c.name);
            let messages = c.failures.iter().map(|f| f.message.as_str()).collect();
            (c.name.as_str(), messages)
        })
        .collect();
    let [(_, bad), (_, none), (_, year), (_, two)] = failures.as_slice() else {
        panic!("{failures:?}")
    };
    assert!(
        bad[0].contains("bad-park/park.toml: year 2025: unknown key `electricity.grid-purchase`"),
        "{bad:?}"
    );
    assert!(
        none[0].contains("no `park.toml` or `park.json`"),
        "{none:?}"
    );
    assert!(year[0].contains("2019"), "{year:?}");
    assert!(
        two[0].contains("both `park.toml` and `park.json`"),
        "{two:?}"
    );
}
