//! End-to-end tests: the `zcp` binary and the host library against the real
//! standards and test plugins built by `zcp-artifacts`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod batch;
mod bundled;
mod cache;
mod cli;
mod conformance;
mod contract;
mod contract_checks;
mod data;
mod diff;
mod examples;
mod fast_paths;
mod hostile;
mod hostile_calls;
mod hostile_load;
mod html;
mod layering;
mod new;
mod parameters;
mod park_files;
mod reports;
mod reproduce;
mod reproducible;
mod resolution;
mod schemas;
mod sdk;
mod synth;
mod trust;
mod worked_cases;

use std::path::{Path, PathBuf};

use zcp::model::{Evaluation, IndicatorResult};
use zcp::{Limits, Registry, Report, Request, Runtime, StandardSpec, Trust};
use zcp_test_artifacts::test_plugins;

/// The workspace root, where `examples/` lives.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// The `zcp` binary, run from the workspace root with no extra standards,
/// trusting the test key the test plugins are signed with.
pub fn zcp() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("zcp")
        .expect("the zcp binary is built by `cargo test --workspace`");
    cmd.current_dir(root())
        .env_remove(zcp::registry::STANDARDS_PATH_ENV)
        .env(zcp::trust::TRUST_STORE_ENV, test_plugins::TRUST_STORE);
    cmd
}

/// The trust of the test suite: the test key, for every id and jurisdiction.
pub fn test_trust() -> Trust {
    Trust::load(Path::new(test_plugins::TRUST_STORE)).unwrap()
}

/// Run `cmd`, expect exit `code`, return its standard output.
#[track_caller]
pub fn stdout_of(cmd: &mut assert_cmd::Command, code: i32) -> String {
    let output = cmd.assert().code(code).get_output().stdout.clone();
    String::from_utf8(output).unwrap()
}

/// Run `cmd`, expect exit `code`, return its stderr.
pub fn stderr_of(cmd: &mut assert_cmd::Command, code: i32) -> String {
    let output = cmd.assert().code(code).get_output().stderr.clone();
    String::from_utf8(output).unwrap()
}

/// A directory holding copies of the given test plugins, each with its
/// signature when it has one.
pub fn plugin_dir(plugins: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for plugin in plugins {
        let path = Path::new(plugin);
        let copy = dir.path().join(path.file_name().unwrap());
        std::fs::copy(path, &copy).unwrap();
        let signature = zcp_signature::Signature::path_for(path);
        if signature.is_file() {
            std::fs::copy(&signature, zcp_signature::Signature::path_for(&copy)).unwrap();
        }
    }
    dir
}

/// Sign the file at `path` with the test key as `id@1.0.0`, as a publisher
/// would (for files a test makes, such as truncated components).
pub fn sign(path: &Path, id: &str) {
    let key = zcp_signature::KeyPair::read_secret(Path::new(test_plugins::TEST_KEY)).unwrap();
    let digest = zcp_signature::sha256_hex(&std::fs::read(path).unwrap());
    let signature = zcp_signature::Signature::sign(&key, &digest, id, "1.0.0").unwrap();
    std::fs::write(
        zcp_signature::Signature::path_for(path),
        signature.to_toml(),
    )
    .unwrap();
}

/// A runtime with `limits` and a registry of the bundled standards plus `plugins`.
pub fn load(limits: Limits, plugins: &[&str]) -> (Runtime, Registry, tempfile::TempDir) {
    let runtime = Runtime::new(limits).unwrap();
    let dir = plugin_dir(plugins);
    let registry = Registry::load(&runtime, &[dir.path().to_path_buf()], &test_trust());
    (runtime, registry, dir)
}

/// Evaluate park files (relative to the workspace root) against specs.
pub fn evaluate(runtime: &Runtime, registry: &Registry, parks: &[&str], specs: &[&str]) -> Report {
    let request = Request {
        parks: parks.iter().map(|p| root().join(p)).collect(),
        standards: specs
            .iter()
            .map(|s| s.parse::<StandardSpec>().unwrap())
            .collect(),
        ..Request::default()
    };
    zcp::run(runtime, registry, &request).unwrap()
}

/// The result with this indicator id.
pub fn result<'a>(evaluation: &'a Evaluation, id: &str) -> &'a IndicatorResult {
    evaluation
        .results
        .iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("no result `{id}`"))
}

/// `actual` equals `expected` to a relative 1e-9 (not a rounded string).
#[track_caller]
pub fn assert_close(actual: f64, expected: f64) {
    let tolerance = expected.abs().max(1.0) * 1e-9;
    assert!(
        (actual - expected).abs() <= tolerance,
        "{actual} != {expected}"
    );
}

/// Insta filters for what legitimately changes between builds and machines.
pub fn filters() -> Vec<(&'static str, &'static str)> {
    vec![
        (r"sha256 [0-9a-f]{12,64}", "sha256 [digest]"),
        (
            r#""(digest|data_digest|shared_digest|result_digest)": "[0-9a-f]{64}""#,
            r#""$1": "[digest]""#,
        ),
        (r"\b[0-9a-f]{12}\b", "[digest]"),
        (
            r#""version": "\d+\.\d+\.\d+[^"]*""#,
            r#""version": "[version]""#,
        ),
        (r"/tmp/\.tmp[A-Za-z0-9]+", "[tmp]"),
        // Fuel counts instructions: it moves with the guest toolchain.
        (r#""fuel_used": \d+"#, r#""fuel_used": "[fuel]""#),
    ]
}
