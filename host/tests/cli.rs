//! The `zcp` binary's argument handling. (End-to-end evaluations live in the
//! top-level `tests/` package; this file also makes `cargo test --workspace`
//! build the binary those tests run.)

#![allow(clippy::unwrap_used)]

use assert_cmd::Command;

fn zcp() -> Command {
    Command::new(env!("CARGO_BIN_EXE_zcp"))
}

#[test]
fn help_lists_the_verbs_and_exit_codes() {
    let output = zcp()
        .arg("--help")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let help = String::from_utf8(output).unwrap();
    for verb in [
        "standards",
        "describe",
        "evaluate",
        "template",
        "validate",
        "test",
        "new",
    ] {
        assert!(help.contains(verb), "{help}");
    }
    // Help is wrapped to the terminal: compare the words, not the lines.
    let words = help.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains("Exit codes: 0 all qualified (or not applicable, or assessed without a gate), 1 some not qualified or incomplete, 2 error"),
        "{help}"
    );
}

#[test]
fn version_is_the_package_version() {
    let output = zcp()
        .arg("--version")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(
        String::from_utf8(output).unwrap(),
        format!("zcp {}\n", env!("CARGO_PKG_VERSION"))
    );
}

/// The standard error of a run that must exit with 2.
fn usage_error(args: &[&str]) -> String {
    let output = zcp()
        .args(args)
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    String::from_utf8(output).unwrap()
}

#[test]
fn usage_errors_exit_2_and_name_the_bad_value() {
    let stderr = usage_error(&["evaluate", "park.toml", "-s", "cn-zcp@one"]);
    assert!(
        stderr.contains("`one` in `cn-zcp@one` is not a version requirement"),
        "{stderr}"
    );
    let stderr = usage_error(&["evaluate", "park.toml"]);
    assert!(stderr.contains("--standard <ID@REQ>"), "{stderr}");
    let stderr = usage_error(&[
        "evaluate",
        "p.toml",
        "-s",
        "cn-zcp",
        "-p",
        "equal-value-coefficient",
    ]);
    assert!(
        stderr.contains("`equal-value-coefficient` is not `ID:NAME=VALUE`"),
        "{stderr}"
    );
}
