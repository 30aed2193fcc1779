//! The compiled-component cache changes nothing but speed, and a damaged
//! entry is recompiled, never trusted.

use crate::{stdout_of, zcp};

const ARGS: &[&str] = &[
    "evaluate",
    "examples/parks/ordos-green.toml",
    "-s",
    "cn-zcp@1",
    "--format",
    "json",
];

fn json_report(cache: &std::path::Path) -> String {
    stdout_of(zcp().env(zcp::cache::CACHE_DIR_ENV, cache).args(ARGS), 0)
}

fn entries(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(dir)
        .map(|d| d.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default()
}

#[test]
fn reports_are_byte_identical_cold_warm_and_without_cache() {
    let dir = tempfile::tempdir().unwrap();
    let cold = json_report(dir.path());
    let cached = entries(dir.path());
    assert_eq!(cached.len(), 1, "one compiled component: {cached:?}");
    assert!(cached[0].extension().is_some_and(|e| e == "cwasm"));
    let warm = json_report(dir.path());
    let uncached = stdout_of(zcp().args(ARGS), 0);
    assert_eq!(cold, warm);
    assert_eq!(
        cold, uncached,
        "same digests, data and parameters give the same bytes"
    );
}

#[test]
fn a_damaged_cache_entry_is_recompiled() {
    let dir = tempfile::tempdir().unwrap();
    let expected = json_report(dir.path());
    let entry = entries(dir.path()).pop().unwrap();
    std::fs::write(&entry, b"not a compiled component").unwrap();
    assert_eq!(json_report(dir.path()), expected);
    assert!(
        std::fs::metadata(&entry).unwrap().len() > 1000,
        "the entry was rewritten"
    );
}
