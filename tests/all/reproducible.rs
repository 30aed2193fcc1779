//! A bundled standard rebuilt from its sources in another directory, with
//! another target directory, has the digest pinned in the `zcp` binary: its
//! bytes depend on the sources and the pinned toolchain only.

use std::path::Path;

#[path = "../../host/artifacts/guests.rs"]
#[allow(dead_code)] // shared with the build scripts
mod guests;

/// Copy the workspace's sources (not `target/`, not `.git/`) under `to`.
fn copy_sources(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        if name == "target" || name == ".git" {
            continue;
        }
        let (source, destination) = (entry.path(), to.join(&name));
        if entry.file_type().unwrap().is_dir() {
            copy_sources(&source, &destination);
        } else {
            std::fs::copy(&source, &destination).unwrap();
        }
    }
}

#[test]
fn cn_zcp_rebuilt_elsewhere_matches_its_pinned_digest() {
    let elsewhere = tempfile::tempdir().unwrap();
    let sources = elsewhere.path().join("a/checkout/somewhere/else");
    copy_sources(&crate::root(), &sources);
    let digest = guests::rebuild_standard(sources, &elsewhere.path().join("work"), "cn-zcp");
    let pinned = zcp_artifacts::BUNDLED_STANDARDS
        .iter()
        .find(|s| s.package == "cn-zcp")
        .unwrap();
    assert_eq!(digest, pinned.sha256);
}
