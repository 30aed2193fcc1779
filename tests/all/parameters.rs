//! Parameters per version: `-p ID:NAME=VALUE` reaches every version of the
//! run that declares NAME, `-p ID@REQ:NAME=VALUE` the versions matching REQ;
//! each run records what it received.
//!
//! The two bundled versions of `cn-zcp` declare different parameters:
//! 1.0.0 `below-band-threshold`, 2.0.0-draft.1 `small-park-threshold` and
//! `band-edge-1000000`; both `equal-value-coefficient`.

use serde_json::Value;

use crate::{stderr_of, stdout_of, zcp};

const PARK: &str = "examples/parks/ordos-green.toml";
const RELEASE: &str = "cn-zcp@1.0.0";
const DRAFT: &str = "cn-zcp@2.0.0-draft.1";

/// `zcp evaluate PARK -s … -p … --format json --report-only`.
fn report(args: &[&str]) -> Value {
    let text = stdout_of(
        zcp()
            .args(["evaluate", PARK, "--format", "json", "--report-only"])
            .args(args),
        0,
    );
    serde_json::from_str(&text).unwrap()
}

/// The runs of the park, bases included, by label: what each received.
fn received(report: &Value) -> Vec<(String, Vec<(String, String)>)> {
    fn walk(run: &Value, out: &mut Vec<(String, Vec<(String, String)>)>) {
        let parameters = serde_json::from_value(run["parameters"].clone()).unwrap();
        let label = run["standard"].as_str().unwrap().to_owned();
        out.push((label, parameters));
        if !run["base"].is_null() {
            walk(&run["base"], out);
        }
    }
    let mut out = Vec::new();
    for run in report["parks"][0]["runs"].as_array().unwrap() {
        walk(run, &mut out);
    }
    out
}

fn given(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
        .collect()
}

/// The core value of a run, to see a parameter take effect.
fn core(report: &Value, run: usize) -> f64 {
    report["parks"][0]["runs"][run]["evaluation"]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "core.carbon-per-energy")
        .unwrap()["value"]
        .as_f64()
        .unwrap()
}

#[test]
fn a_bare_parameter_reaches_only_the_versions_that_declare_it() {
    let r = report(&[
        "-p",
        "cn-zcp:below-band-threshold=0.3",
        "-s",
        RELEASE,
        "-s",
        DRAFT,
    ]);
    assert_eq!(
        received(&r),
        [
            (
                RELEASE.to_owned(),
                given(&[("below-band-threshold", "0.3")])
            ),
            (DRAFT.to_owned(), vec![]),
        ]
    );
    assert_eq!(
        r["parameters"],
        serde_json::json!([{"standard": "cn-zcp", "name": "below-band-threshold", "value": "0.3"}]),
        "a bare parameter is recorded as before: no requirement"
    );
    let r = report(&[
        "-p",
        "cn-zcp:small-park-threshold=0.3",
        "-s",
        RELEASE,
        "-s",
        DRAFT,
    ]);
    assert_eq!(
        received(&r),
        [
            (RELEASE.to_owned(), vec![]),
            (DRAFT.to_owned(), given(&[("small-park-threshold", "0.3")])),
        ]
    );
}

#[test]
fn a_parameter_with_a_requirement_reaches_the_matching_versions_bases_included() {
    let r = report(&[
        "-p",
        "cn-zcp@2.0.0-draft.1:small-park-threshold=0.3",
        "-s",
        RELEASE,
        "-s",
        DRAFT,
    ]);
    assert_eq!(
        received(&r),
        [
            (RELEASE.to_owned(), vec![]),
            (DRAFT.to_owned(), given(&[("small-park-threshold", "0.3")])),
        ]
    );
    assert_eq!(r["parameters"][0]["req"], "^2.0.0-draft.1");

    // Both declare the coefficient; `@1` gives it to 1.0.0 only, and to
    // 1.0.0 as the base of cn-nm-zcp.
    let plain = report(&["-s", RELEASE, "-s", DRAFT, "-s", "cn-nm-zcp"]);
    let r = report(&[
        "-p",
        "cn-zcp@1:equal-value-coefficient=0.29",
        "-s",
        RELEASE,
        "-s",
        DRAFT,
        "-s",
        "cn-nm-zcp",
    ]);
    let coefficient = given(&[("equal-value-coefficient", "0.29")]);
    assert_eq!(
        received(&r),
        [
            (RELEASE.to_owned(), coefficient.clone()),
            (DRAFT.to_owned(), vec![]),
            ("cn-nm-zcp@1.0.0".to_owned(), vec![]),
            (RELEASE.to_owned(), coefficient),
        ]
    );
    assert_ne!(
        core(&r, 0).to_bits(),
        core(&plain, 0).to_bits(),
        "the coefficient changes 1.0.0's carbon per energy"
    );
    assert_eq!(
        core(&r, 1).to_bits(),
        core(&plain, 1).to_bits(),
        "the draft is untouched"
    );
}

#[test]
fn a_later_parameter_for_the_same_version_and_name_wins() {
    let r = report(&[
        "-p",
        "cn-zcp@=1.0.0:equal-value-coefficient=0.29",
        "-p",
        "cn-zcp:equal-value-coefficient=0.31",
        "-p",
        "cn-zcp@2.0.0-draft.1:equal-value-coefficient=0.3",
        "-s",
        RELEASE,
        "-s",
        DRAFT,
    ]);
    assert_eq!(
        received(&r),
        [
            (
                RELEASE.to_owned(),
                given(&[("equal-value-coefficient", "0.31")])
            ),
            (
                DRAFT.to_owned(),
                given(&[("equal-value-coefficient", "0.3")])
            ),
        ]
    );
}

#[test]
fn a_parameter_no_version_can_take_is_an_error_naming_the_versions() {
    let both = ["-s", RELEASE, "-s", DRAFT];
    let error = |param: &str| stderr_of(zcp().args(["evaluate", PARK, "-p", param]).args(both), 2);
    assert_eq!(
        error("cn-zcp:no-such=1"),
        "error: no version of `cn-zcp` in this run has a parameter `no-such` \
         (`cn-zcp@1.0.0` has: electricity-conversion, equal-value-coefficient, below-band-threshold, \
         feedstock-in-denominator, bunker-in-energy, recovered-energy, clean-energy-definition; \
         `cn-zcp@2.0.0-draft.1` has: electricity-conversion, equal-value-coefficient, small-park-threshold, \
         band-edge-1000000, feedstock-in-denominator, bunker-in-energy, recovered-energy, clean-energy-definition)\n"
    );
    assert_eq!(
        error("cn-zcp@3:equal-value-coefficient=0.29"),
        "error: `--param cn-zcp@^3:equal-value-coefficient` matches no version of `cn-zcp` in this run \
         (it uses: cn-zcp@1.0.0, cn-zcp@2.0.0-draft.1)\n"
    );
    // The requirement picks 1.0.0, which lacks the draft's parameter.
    assert!(
        error("cn-zcp@1:small-park-threshold=0.3")
            .starts_with("error: `cn-zcp@1.0.0` has no parameter `small-park-threshold` (it has: "),
    );
    // A value a version declares but refuses names that version.
    assert_eq!(
        error("cn-zcp:small-park-threshold=-1"),
        "error: parameter `small-park-threshold` of `cn-zcp@2.0.0-draft.1` cannot be `-1` (expected a number ≥ 0)\n"
    );
    assert_eq!(
        error("cn-hn-zcp:stage=2025"),
        "error: `--param cn-hn-zcp:stage` names standard `cn-hn-zcp`, which this run does not use (it uses: cn-zcp)\n"
    );
    let malformed = stderr_of(
        zcp()
            .args(["evaluate", PARK, "-p", "cn-zcp@=1.0.0"])
            .args(both),
        2,
    );
    assert!(
        malformed.starts_with(
            "error: invalid value 'cn-zcp@=1.0.0' for '--param <ID[@REQ]:NAME=VALUE>': \
             `cn-zcp@=1.0.0` is not `ID:NAME=VALUE` or `ID@REQ:NAME=VALUE`"
        ),
        "{malformed}"
    );
}
