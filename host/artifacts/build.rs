//! Builds every bundled standard (`standards/*`) and every test plugin
//! (`plugins/test-plugins/*`) as a `wasm32-wasip2` component, and generates
//! constants naming them.
//!
//! The nested cargo uses its own target directory (the outer build holds the
//! lock on the workspace one) and drops the wrapper variables clippy sets.

#![allow(clippy::expect_used, clippy::panic, clippy::unwrap_used)] // a build script fails by panicking

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::{env, fs};

use sha2::{Digest, Sha256};

const TARGET: &str = "wasm32-wasip2";

/// The test plugin built several times with its identity set by environment.
const CONFIGURABLE: &str = "configurable";

/// Builds of `configurable`: artifact, id, version, status, effective, extends, fault.
#[rustfmt::skip]
const VARIANTS: &[[&str; 7]] = &[
    ["fake-1.0.0",         "fake",          "1.0.0",         "superseded", "2024-01-01", "",          ""],
    ["fake-1.1.0",         "fake",          "1.1.0",         "in-force",   "2025-01-01", "",          ""],
    ["fake-1.2.0",         "fake",          "1.2.0",         "withdrawn",  "2025-06-01", "",          ""],
    ["fake-2.0.0-draft.1", "fake",          "2.0.0-draft.1", "draft",      "",           "",          ""],
    ["fake-1.1.0-other",   "fake",          "1.1.0",         "in-force",   "2025-02-01", "",          ""],
    ["province-1.0.0",     "fake-province", "1.0.0",         "trial",      "2025-09-01", "cn-zcp@^1", ""],
    ["cycle-a",            "cycle-a",       "1.0.0",         "trial",      "",           "cycle-b@1", ""],
    ["cycle-b",            "cycle-b",       "1.0.0",         "trial",      "",           "cycle-a@1", ""],
    ["describe-loop",      "describe-loop", "1.0.0",         "draft",      "",           "",          "describe-loop"],
    ["unknown-key",        "unknown-key",   "1.0.0",         "draft",      "",           "",          "unknown-key"],
];

fn main() {
    let manifest_dir =
        PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let root = manifest_dir
        .join("../..")
        .canonicalize()
        .expect("workspace root exists");
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));

    for watched in ["standards", "plugins", "wit", "Cargo.lock"] {
        println!("cargo:rerun-if-changed={}", root.join(watched).display());
    }

    let standards = packages_in(&root.join("standards"));
    let test_plugins: Vec<String> = packages_in(&root.join("plugins/test-plugins"))
        .into_iter()
        .filter(|p| p != CONFIGURABLE)
        .collect();
    build(&root, standards.iter().chain(&test_plugins), &[]);

    let release = root.join("target/guests").join(TARGET).join("release");
    let mut code = String::new();
    code.push_str(
        "/// The standards bundled into the `zcp` binary, pinned by digest at build time.\n",
    );
    code.push_str("pub const BUNDLED_STANDARDS: &[BundledStandard] = &[\n");
    for package in &standards {
        let (path, digest) = copy_artifact(&release, package, &out_dir);
        writeln!(
            code,
            "    BundledStandard {{ package: {package:?}, sha256: {digest:?}, bytes: include_bytes!({path:?}) }},",
            path = path.display()
        )
        .expect("writing to a string");
    }
    code.push_str("];\n\n/// Paths of the test plugins (hostile ones included), for the test suite.\npub mod test_plugins {\n");
    for package in &test_plugins {
        let (path, _) = copy_artifact(&release, package, &out_dir);
        let constant = package.to_uppercase().replace('-', "_");
        writeln!(
            code,
            "    /// `plugins/test-plugins/{package}`.\n    pub const {constant}: &str = {:?};",
            path.display()
        )
        .expect("writing to a string");
    }
    for [artifact, id, version, status, effective, extends, fault] in VARIANTS {
        let vars = [
            ("ZCP_TEST_ID", *id),
            ("ZCP_TEST_VERSION", *version),
            ("ZCP_TEST_STATUS", *status),
            ("ZCP_TEST_EFFECTIVE", *effective),
            ("ZCP_TEST_EXTENDS", *extends),
            ("ZCP_TEST_FAULT", *fault),
        ];
        build(&root, [CONFIGURABLE.to_owned()].iter(), &vars);
        let built =
            fs::read(release.join(format!("{CONFIGURABLE}.wasm"))).expect("configurable was built");
        let dest = out_dir.join(format!("{artifact}.wasm"));
        fs::write(&dest, built).expect("OUT_DIR is writable");
        let constant = artifact.to_uppercase().replace(['-', '.'], "_");
        writeln!(
            code,
            "    /// `configurable` built as {id}@{version} ({status}, effective `{effective}`, extends `{extends}`).\n    pub const {constant}: &str = {:?};",
            dest.display()
        )
        .expect("writing to a string");
    }
    code.push_str("}\n");
    fs::write(out_dir.join("artifacts.rs"), code).expect("OUT_DIR is writable");
}

/// Package names of the crates directly under `dir` (directory name = package name).
fn packages_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .filter(|entry| entry.path().join("Cargo.toml").is_file())
        .filter_map(|entry| entry.file_name().into_string().ok())
        .collect();
    names.sort();
    names
}

fn build<'a>(root: &Path, packages: impl Iterator<Item = &'a String>, vars: &[(&str, &str)]) {
    let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.current_dir(root)
        .args(["build", "--release", "--target", TARGET, "--target-dir"])
        .arg(root.join("target/guests"));
    for package in packages {
        cmd.args(["-p", package]);
    }
    for var in [
        "CARGO_ENCODED_RUSTFLAGS",
        "RUSTFLAGS",
        "RUSTC_WORKSPACE_WRAPPER",
        "RUSTC_WRAPPER",
        "CARGO_TARGET_DIR",
        "CARGO_BUILD_TARGET",
        "CARGO_PRIMARY_PACKAGE",
    ] {
        cmd.env_remove(var);
    }
    cmd.envs(vars.iter().copied());
    let status = cmd.status().expect("cargo runs");
    assert!(
        status.success(),
        "building the guest components failed (is the target installed? `rustup target add {TARGET}`)"
    );
}

/// Copy `<package>.wasm` into OUT_DIR; return its path and SHA-256.
fn copy_artifact(release: &Path, package: &str, out_dir: &Path) -> (PathBuf, String) {
    let file = format!("{}.wasm", package.replace('-', "_"));
    let bytes =
        fs::read(release.join(&file)).unwrap_or_else(|e| panic!("missing artifact {file}: {e}"));
    let digest: String = Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let dest = out_dir.join(&file);
    fs::write(&dest, &bytes).expect("OUT_DIR is writable");
    (dest, digest)
}
