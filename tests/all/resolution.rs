//! `id@semver-req` resolution with several versions loaded side by side.

use zcp::registry::ResolveError;
use zcp::{Limits, StandardSpec};
use zcp_test_artifacts::test_plugins::{
    BAD_EFFECTIVE, FAKE_1_0_0, FAKE_1_1_0, FAKE_1_1_0_OTHER, FAKE_1_2_0, FAKE_2_0_0_DRAFT_1,
};

use crate::{load, stderr_of, stdout_of, zcp};

fn spec(s: &str) -> StandardSpec {
    s.parse().unwrap()
}

const ALL: &[&str] = &[FAKE_1_0_0, FAKE_1_1_0, FAKE_1_2_0, FAKE_2_0_0_DRAFT_1];

fn date(s: &str) -> jiff::civil::Date {
    s.parse().unwrap()
}

#[test]
fn picks_the_highest_match_never_a_pre_release_unless_named() {
    let (_runtime, registry, _dir) = load(Limits::default(), ALL);
    let versions: Vec<String> = registry
        .plugins()
        .iter()
        .filter(|p| p.info.id == "fake")
        .map(|p| p.info.version.to_string())
        .collect();
    assert_eq!(
        versions,
        ["1.0.0", "1.1.0", "1.2.0", "2.0.0-draft.1"],
        "four versions side by side"
    );
    let resolved = |s: &str| {
        registry
            .resolve(&spec(s), None)
            .map(|r| r.plugin.info.version.to_string())
    };
    assert_eq!(resolved("fake@~1.1").unwrap(), "1.1.0");
    assert_eq!(resolved("fake@<1.2").unwrap(), "1.1.0");
    assert_eq!(
        resolved("fake@^2.0.0-draft").unwrap(),
        "2.0.0-draft.1",
        "a requirement naming a pre-release gets it"
    );
    assert!(
        matches!(
            registry.resolve(&spec("fake@2"), None),
            Err(ResolveError::NoMatch { .. })
        ),
        "`2` does not name the pre-release"
    );
}

/// 1.2.0 is withdrawn: `fake` and `fake@1` are refused rather than given
/// 1.1.0 in its place, and the message names the version to ask for.
#[test]
fn a_withdrawn_highest_version_is_refused_never_passed_over() {
    let (_runtime, registry, _dir) = load(Limits::default(), ALL);
    let withdrawn = ResolveError::Withdrawn {
        label: "fake@1.2.0".into(),
        instead: Some("fake@=1.1.0".into()),
    };
    assert_eq!(
        registry.resolve(&spec("fake"), None).unwrap_err(),
        withdrawn
    );
    assert_eq!(
        registry.resolve(&spec("fake@1"), None).unwrap_err(),
        withdrawn
    );
    assert_eq!(
        withdrawn.to_string(),
        "`fake@1.2.0` is withdrawn and cannot be used; to use an earlier version, ask for it exactly (the latest usable: `fake@=1.1.0`)"
    );
    assert_eq!(
        registry.resolve(&spec("fake@=1.2.0"), None).unwrap_err(),
        ResolveError::Withdrawn {
            label: "fake@1.2.0".into(),
            instead: None,
        },
        "asked for exactly, it is refused all the same"
    );
    assert_eq!(
        registry
            .resolve(&spec("fake@=1.1.0"), None)
            .unwrap()
            .plugin
            .info
            .version
            .to_string(),
        "1.1.0",
        "the advice works"
    );
    // Only the withdrawn version itself: nothing to suggest.
    let (_runtime, alone, _dir) = load(Limits::default(), &[FAKE_1_2_0]);
    assert_eq!(
        alone
            .resolve(&spec("fake@1"), None)
            .unwrap_err()
            .to_string(),
        "`fake@1.2.0` is withdrawn and cannot be used"
    );
}

#[test]
fn superseded_versions_warn_unless_asked_for_exactly() {
    let (_runtime, registry, _dir) = load(Limits::default(), ALL);
    let loose = registry.resolve(&spec("fake@~1.0"), None).unwrap();
    assert_eq!(loose.plugin.info.version.to_string(), "1.0.0");
    assert_eq!(
        loose.warnings,
        ["`fake@1.0.0` is superseded; ask for `fake@=1.0.0` to use it without this warning"]
    );
    assert!(
        registry
            .resolve(&spec("fake@=1.0.0"), None)
            .unwrap()
            .warnings
            .is_empty()
    );
    // Picked by date, it is warned about too.
    let dated = registry
        .resolve(&spec("fake@1"), Some(date("2024-06-30")))
        .unwrap();
    assert_eq!(dated.plugin.info.version.to_string(), "1.0.0");
    assert_eq!(dated.warnings, loose.warnings);
}

/// fake 1.0.0 is effective 2024-01-01, 1.1.0 2025-01-01, 1.2.0 (withdrawn)
/// 2025-06-01; 2.0.0-draft.1 declares no date.
#[test]
fn as_of_picks_the_version_in_force_on_that_day() {
    let (_runtime, registry, _dir) = load(Limits::default(), ALL);
    let on = |req: &str, day: &str| {
        registry
            .resolve(&spec(req), Some(date(day)))
            .map(|r| r.plugin.info.version.to_string())
    };
    assert_eq!(on("fake@1", "2024-06-30").unwrap(), "1.0.0");
    assert_eq!(on("fake@1", "2024-12-31").unwrap(), "1.0.0");
    assert_eq!(
        on("fake@1", "2025-01-01").unwrap(),
        "1.1.0",
        "in force on its effective day"
    );
    assert_eq!(on("fake@1", "2025-05-31").unwrap(), "1.1.0");
    assert_eq!(
        on("fake@1", "2025-06-01").unwrap_err(),
        ResolveError::Withdrawn {
            label: "fake@1.2.0".into(),
            instead: Some("fake@=1.1.0".into()),
        },
        "the version in force is withdrawn: refused, not replaced by 1.1.0"
    );
    assert_eq!(on("fake@=1.1.0", "2025-12-31").unwrap(), "1.1.0");
    assert_eq!(
        on("fake@=1.1.0", "2024-12-31").unwrap_err().to_string(),
        "no version of `fake@=1.1.0` is in force on 2024-12-31: `fake@1.1.0` (effective 2025-01-01)",
        "asked for exactly, a version is still not in force before its date"
    );
}

#[test]
fn a_day_before_every_version_names_the_versions_and_their_dates() {
    let (_runtime, registry, _dir) = load(Limits::default(), ALL);
    assert_eq!(
        registry
            .resolve(&spec("fake@1"), Some(date("2023-01-01")))
            .unwrap_err()
            .to_string(),
        "no version of `fake@^1` is in force on 2023-01-01: `fake@1.0.0` (effective 2024-01-01), \
         `fake@1.1.0` (effective 2025-01-01), `fake@1.2.0` (effective 2025-06-01, withdrawn)"
    );
    assert_eq!(
        registry
            .resolve(&spec("fake@^2.0.0-draft"), Some(date("2030-01-01")))
            .unwrap_err()
            .to_string(),
        "no version of `fake@^2.0.0-draft` is in force on 2030-01-01: `fake@2.0.0-draft.1` (no effective date); \
         a version without an effective date is in force on no date (leave out `--as-of` to use it)"
    );
}

/// A higher version that declares no effective date is left out by a
/// date, and the warning says so rather than passing over it in silence.
#[test]
fn a_version_without_a_date_is_left_out_by_as_of_with_a_warning() {
    let (_runtime, registry, _dir) = load(Limits::default(), ALL);
    let asked = spec("fake@>=1.1.0, <=2.0.0-draft.1");
    assert_eq!(
        registry
            .resolve(&asked, None)
            .unwrap()
            .plugin
            .info
            .version
            .to_string(),
        "2.0.0-draft.1",
        "without a date, the draft is the highest match"
    );
    let dated = registry.resolve(&asked, Some(date("2025-03-01"))).unwrap();
    assert_eq!(dated.plugin.info.version.to_string(), "1.1.0");
    assert_eq!(
        dated.warnings,
        [
            "`fake@2.0.0-draft.1` declares no effective date, so `--as-of 2025-03-01` leaves it out: `fake@1.1.0` (effective 2025-01-01) is used"
        ]
    );
}

#[test]
fn two_digests_claiming_one_version_are_an_error() {
    let (_runtime, registry, _dir) = load(Limits::default(), &[FAKE_1_1_0, FAKE_1_1_0_OTHER]);
    let error = registry
        .resolve(&spec("fake@1"), None)
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with("two different plugins claim `fake@1.1.0`: "),
        "{error}"
    );
}

#[test]
fn unknown_ids_and_unmatched_requirements_name_what_is_loaded() {
    let (_runtime, registry, _dir) = load(Limits::default(), ALL);
    assert_eq!(
        registry
            .resolve(&spec("cn-xx@1"), None)
            .unwrap_err()
            .to_string(),
        "no standard `cn-xx` is loaded (loaded: cn-hn-zcp, cn-js-zcp, cn-nm-zcp, cn-zcp, t-zcp-scored, fake)"
    );
    assert_eq!(
        registry
            .resolve(&spec("fake@3"), None)
            .unwrap_err()
            .to_string(),
        "no version of `fake` matches `^3` (available: 1.0.0, 1.1.0, 1.2.0, 2.0.0-draft.1)"
    );
}

/// Two bundled versions of one id, a release and a draft: `cn-zcp` and
/// `cn-zcp@1` never pick the pre-release, a requirement naming it does.
#[test]
fn bundled_versions_of_one_id_resolve_side_by_side() {
    let (_runtime, registry, _dir) = load(Limits::default(), &[]);
    let resolved = |s: &str| {
        registry
            .resolve(&spec(s), None)
            .map(|r| r.plugin.info.version.to_string())
    };
    assert_eq!(resolved("cn-zcp").unwrap(), "1.0.0");
    assert_eq!(resolved("cn-zcp@1").unwrap(), "1.0.0");
    assert_eq!(resolved("cn-zcp@1.0.0").unwrap(), "1.0.0");
    assert_eq!(resolved("cn-zcp@2.0.0-draft.1").unwrap(), "2.0.0-draft.1");
    assert_eq!(
        resolved("cn-zcp@2").unwrap_err().to_string(),
        "no version of `cn-zcp` matches `^2` (available: 1.0.0, 2.0.0-draft.1)"
    );
}

/// `--as-of` takes a real day, written `YYYY-MM-DD`, in every verb that
/// resolves standards: `garbage` once matched every version, and `2025`
/// excluded a version effective `2025-01-01` (strings compared).
#[test]
fn as_of_refuses_what_is_not_a_day_in_every_verb() {
    let park = "examples/parks/ordos-green.toml";
    for (date, why) in [
        (
            "garbage",
            "`garbage` is not a date written YYYY-MM-DD (e.g. `2025-07-08`)",
        ),
        (
            "2025",
            "`2025` is not a date written YYYY-MM-DD (e.g. `2025-07-08`)",
        ),
        (
            "2025-13-01",
            "`2025-13-01` is not a day of the calendar (YYYY-MM-DD)",
        ),
        (
            "2025-02-29",
            "`2025-02-29` is not a day of the calendar (YYYY-MM-DD)",
        ),
    ] {
        let verbs: [&[&str]; 4] = [
            &["evaluate", park, "-s", "cn-zcp"],
            &["validate", park, "-s", "cn-zcp"],
            &["template", "-s", "cn-zcp"],
            &["describe", "cn-zcp"],
        ];
        for verb in verbs {
            let stderr = stderr_of(zcp().args(verb).args(["--as-of", date]), 2);
            assert!(
                stderr.starts_with(&format!(
                    "error: invalid value '{date}' for '--as-of <YYYY-MM-DD>': {why}\n"
                )),
                "{verb:?} {stderr}"
            );
        }
    }
}

/// cn-zcp@1.0.0 is effective 2025-06-30; cn-zcp@2.0.0-draft.1 declares no
/// date. The report records the day asked for.
#[test]
fn bundled_versions_by_date_and_the_day_in_the_report() {
    let park = "examples/parks/ordos-green.toml";
    let report = |args: &[&str]| -> serde_json::Value {
        let text = stdout_of(
            zcp()
                .args(["evaluate", park, "--format", "json"])
                .args(args),
            0,
        );
        serde_json::from_str(&text).unwrap()
    };
    let on_the_day = report(&["-s", "cn-zcp", "--as-of", "2025-06-30"]);
    assert_eq!(on_the_day["as_of"], "2025-06-30");
    assert_eq!(on_the_day["standards"][0]["label"], "cn-zcp@1.0.0");
    assert!(
        report(&["-s", "cn-zcp"]).get("as_of").is_none(),
        "no day asked, none recorded"
    );
    let stderr = stderr_of(
        zcp().args(["evaluate", park, "-s", "cn-zcp@1", "--as-of", "2025-06-29"]),
        2,
    );
    assert_eq!(
        stderr,
        "error: no version of `cn-zcp@^1` is in force on 2025-06-29: `cn-zcp@1.0.0` (effective 2025-06-30)\n"
    );
    // Both versions match; the draft declares no date and is left out, said so.
    let both = report(&["-s", "cn-zcp@>=1, <=2.0.0-draft.1", "--as-of", "2025-07-08"]);
    assert_eq!(both["standards"][0]["label"], "cn-zcp@1.0.0");
    assert!(
        both["warnings"].as_array().unwrap().iter().any(|w| w
            == "`cn-zcp@2.0.0-draft.1` declares no effective date, so `--as-of 2025-07-08` leaves it out: `cn-zcp@1.0.0` (effective 2025-06-30) is used"),
        "{}",
        both["warnings"]
    );
    let stderr = stderr_of(
        zcp().args(["describe", "cn-nm-zcp", "--as-of", "2030-01-01"]),
        2,
    );
    assert!(
        stderr.starts_with("error: no version of `cn-nm-zcp` is in force on 2030-01-01: `cn-nm-zcp@1.0.0` (no effective date); "),
        "{stderr}"
    );
}

/// A plugin's `effective` is data it gives: one that is not a real day is
/// refused at load, naming the file and the value, like a bad version.
#[test]
fn a_plugin_whose_effective_date_is_not_a_day_is_refused_at_load() {
    let (_runtime, registry, _dir) = load(Limits::default(), &[BAD_EFFECTIVE]);
    assert!(
        registry
            .plugins()
            .iter()
            .all(|p| p.info.id != "bad-effective")
    );
    let errors: Vec<String> = registry.errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].contains("bad-effective.wasm")
            && errors[0]
                .ends_with("effective date `2025-13-01` is not a day of the calendar (YYYY-MM-DD)"),
        "{}",
        errors[0]
    );
}

/// On the command line too: `-s fake@1` with 1.2.0 withdrawn stops the run
/// (exit 2) instead of evaluating 1.1.0 in its place.
#[test]
fn the_cli_refuses_a_withdrawn_highest_version() {
    let dir = crate::plugin_dir(ALL);
    let stderr = stderr_of(
        zcp()
            .args([
                "evaluate",
                "examples/parks/ordos-green.toml",
                "-s",
                "fake@1",
            ])
            .arg("--standards-dir")
            .arg(dir.path()),
        2,
    );
    assert_eq!(
        stderr,
        "error: `fake@1.2.0` is withdrawn and cannot be used; to use an earlier version, ask for it exactly (the latest usable: `fake@=1.1.0`)\n"
    );
}
