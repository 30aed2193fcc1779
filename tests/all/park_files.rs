//! Bad park files get a clear error naming file, key and value; the other
//! parks of the run are still evaluated; nothing panics.

use crate::{filters, zcp};

fn error_for(file: &str) -> String {
    let args = [
        "evaluate",
        file,
        "examples/parks/ordos-green.toml",
        "-s",
        "cn-zcp@1",
    ];
    let stdout = crate::stdout_of(zcp().args(args), 2);
    assert!(
        stdout.contains("verdict: QUALIFIED"),
        "the good park is still evaluated:\n{stdout}"
    );
    stdout
        .lines()
        .filter(|l| l.trim_start().starts_with("error:"))
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn bad_park_files_name_file_key_and_value() {
    let cases = [
        "unknown-unit.toml",
        "wrong-dimension.toml",
        "negative.toml",
        "not-finite.toml",
        "duplicate.json",
        "malformed.toml",
        "unknown-key.toml",
    ];
    let report: Vec<String> = cases
        .iter()
        .map(|case| error_for(&format!("tests/data/bad/{case}")))
        .collect();
    insta::with_settings!({ filters => filters() }, {
        insta::assert_snapshot!(report.join("\n"));
    });
}

#[test]
fn a_missing_park_file_is_an_error_not_a_panic() {
    let message = error_for("tests/data/bad/does-not-exist.toml");
    assert!(
        message.starts_with("error: tests/data/bad/does-not-exist.toml: cannot read the file:"),
        "{message}"
    );
}

#[test]
fn an_assessment_year_the_file_lacks_is_named() {
    let stdout = crate::stdout_of(
        zcp().args([
            "evaluate",
            "examples/parks/ordos-green.toml",
            "-s",
            "cn-zcp@1",
            "--year",
            "2019",
        ]),
        2,
    );
    assert!(
        stdout.contains("no data for year 2019 (the file has 2023, 2024, 2025)"),
        "{stdout}"
    );
}
