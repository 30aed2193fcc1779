//! `id@semver-req` resolution with several versions loaded side by side.

use zcp::registry::ResolveError;
use zcp::{Limits, StandardSpec};
use zcp_test_artifacts::test_plugins::{
    FAKE_1_0_0, FAKE_1_1_0, FAKE_1_1_0_OTHER, FAKE_1_2_0, FAKE_2_0_0_DRAFT_1,
};

use crate::load;

fn spec(s: &str) -> StandardSpec {
    s.parse().unwrap()
}

const ALL: &[&str] = &[FAKE_1_0_0, FAKE_1_1_0, FAKE_1_2_0, FAKE_2_0_0_DRAFT_1];

#[test]
fn picks_the_highest_usable_match_skipping_withdrawn_and_pre_releases() {
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
    // 1.2.0 is withdrawn and 2.0.0-draft.1 is a pre-release: `fake` and `fake@1` give 1.1.0.
    assert_eq!(
        registry
            .resolve(&spec("fake"), None)
            .unwrap()
            .plugin
            .info
            .version
            .to_string(),
        "1.1.0"
    );
    assert_eq!(
        registry
            .resolve(&spec("fake@1"), None)
            .unwrap()
            .plugin
            .info
            .version
            .to_string(),
        "1.1.0"
    );
    let draft = registry.resolve(&spec("fake@^2.0.0-draft"), None).unwrap();
    assert_eq!(
        draft.plugin.info.version.to_string(),
        "2.0.0-draft.1",
        "a requirement naming a pre-release gets it"
    );
}

#[test]
fn withdrawn_versions_are_refused() {
    let (_runtime, registry, _dir) = load(Limits::default(), ALL);
    assert_eq!(
        registry.resolve(&spec("fake@=1.2.0"), None).unwrap_err(),
        ResolveError::Withdrawn {
            label: "fake@1.2.0".into()
        }
    );
}

#[test]
fn superseded_versions_warn_unless_asked_for_exactly() {
    let (_runtime, registry, _dir) = load(Limits::default(), ALL);
    let loose = registry.resolve(&spec("fake@~1.0"), None).unwrap();
    assert_eq!(loose.plugin.info.version.to_string(), "1.0.0");
    assert_eq!(
        loose.warning.as_deref(),
        Some("`fake@1.0.0` is superseded; ask for `fake@=1.0.0` to use it without this warning")
    );
    assert_eq!(
        registry
            .resolve(&spec("fake@=1.0.0"), None)
            .unwrap()
            .warning,
        None
    );
}

#[test]
fn as_of_picks_the_version_in_force_on_that_date() {
    let (_runtime, registry, _dir) = load(Limits::default(), ALL);
    let on = |date| {
        registry
            .resolve(&spec("fake@1"), Some(date))
            .map(|r| r.plugin.info.version.to_string())
    };
    assert_eq!(on("2024-06-30").unwrap(), "1.0.0");
    assert_eq!(on("2025-03-01").unwrap(), "1.1.0");
    assert_eq!(on("2025-12-31").unwrap(), "1.1.0", "1.2.0 is withdrawn");
    assert!(matches!(
        on("2023-01-01"),
        Err(ResolveError::NoMatch { .. })
    ));
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
