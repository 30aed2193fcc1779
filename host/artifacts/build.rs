//! Builds every bundled standard (`standards/*`) and every test plugin
//! (`plugins/test-plugins/*`) as a `wasm32-wasip2` component, and generates
//! constants naming them, with the conformance cases each standard ships
//! (`standards/*/cases/*/`).
//!
//! The nested cargo uses its own target directory (the outer build holds the
//! lock on the workspace one) and drops the wrapper variables clippy sets.
//! It is skipped when the guests' sources are byte for byte those of the last
//! successful build into this `OUT_DIR`, so editing a conformance case only
//! regenerates the case table.

#![allow(clippy::expect_used, clippy::panic, clippy::unwrap_used)] // a build script fails by panicking

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::{env, fs};

use sha2::{Digest, Sha256};

const TARGET: &str = "wasm32-wasip2";

/// The directory of a standard crate holding its conformance cases.
const CASES: &str = "cases";

/// The test plugin built several times with its identity set by environment.
const CONFIGURABLE: &str = "configurable";

/// Builds of `configurable`: artifact, id, version, status, effective,
/// extends, fault, defines, verdict (the `ZCP_TEST_*` variables its lib.rs
/// documents; empty = not set).
#[rustfmt::skip]
const VARIANTS: &[[&str; 9]] = &[
    ["fake-1.0.0",            "fake",          "1.0.0",         "superseded", "2024-01-01", "",          "",              "",                ""],
    ["fake-1.1.0",            "fake",          "1.1.0",         "in-force",   "2025-01-01", "",          "",              "",                ""],
    ["fake-1.2.0",            "fake",          "1.2.0",         "withdrawn",  "2025-06-01", "",          "",              "",                ""],
    ["fake-2.0.0-draft.1",    "fake",          "2.0.0-draft.1", "draft",      "",           "",          "",              "",                ""],
    ["fake-1.1.0-other",      "fake",          "1.1.0",         "in-force",   "2025-02-01", "",          "",              "",                ""],
    ["province-1.0.0",        "fake-province", "1.0.0",         "trial",      "2025-09-01", "cn-zcp@^1", "",              "",                ""],
    ["cycle-a",               "cycle-a",       "1.0.0",         "trial",      "",           "cycle-b@1", "",              "",                ""],
    ["cycle-b",               "cycle-b",       "1.0.0",         "trial",      "",           "cycle-a@1", "",              "",                ""],
    ["describe-loop",         "describe-loop", "1.0.0",         "draft",      "",           "",          "describe-loop", "",                ""],
    ["unknown-key",           "unknown-key",   "1.0.0",         "draft",      "",           "",          "unknown-key",   "",                ""],
    ["regional-1.1.0",        "regional",      "1.1.0",         "trial",      "2025-09-01", "",          "",              "revenue",         ""],
    ["regional-2.0.0-clash",  "regional",      "2.0.0",         "draft",      "",           "",          "",              "revenue-as-mass", ""],
    ["regional-1.2.0-same",   "regional",      "1.2.0",         "trial",      "2025-10-01", "",          "",              "revenue",         ""],
    ["outside-namespace",     "outside",       "1.0.0",         "draft",      "",           "",          "",              "outside",         ""],
    ["modern-not-applicable", "modern",        "1.0.0",         "trial",      "",           "",          "",              "",                "not-applicable"],
    ["reference-assessed",    "reference",     "1.0.0",         "trial",      "",           "",          "",              "",                "assessed"],
    ["on-legacy",             "on-legacy",     "1.0.0",         "trial",      "",           "legacy@^1", "",              "",                ""],
];

/// The variables `configurable` reads, in the order of the columns of
/// [`VARIANTS`] after the artifact name.
const VARIABLES: [&str; 8] = [
    "ZCP_TEST_ID",
    "ZCP_TEST_VERSION",
    "ZCP_TEST_STATUS",
    "ZCP_TEST_EFFECTIVE",
    "ZCP_TEST_EXTENDS",
    "ZCP_TEST_FAULT",
    "ZCP_TEST_DEFINES",
    "ZCP_TEST_VERDICT",
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
    for package in &standards {
        let cases = root.join("standards").join(package).join(CASES);
        println!("cargo:rerun-if-changed={}", cases.display());
    }

    // What the guests are built from; the cases are not part of it.
    let stamp_file = out_dir.join("guests.stamp");
    let stamp = guest_sources_digest(&root);
    let artifacts: Vec<PathBuf> = standards
        .iter()
        .chain(&test_plugins)
        .map(|package| out_dir.join(wasm_file(package)))
        .chain(
            VARIANTS
                .iter()
                .map(|v| out_dir.join(format!("{}.wasm", v[0]))),
        )
        .collect();
    let up_to_date = fs::read_to_string(&stamp_file).is_ok_and(|s| s == stamp)
        && artifacts.iter().all(|a| a.is_file());
    if !up_to_date {
        let _ = fs::remove_file(&stamp_file);
        build_guests(&root, &out_dir, &standards, &test_plugins);
        fs::write(&stamp_file, &stamp).expect("OUT_DIR is writable");
    }

    let mut code = String::new();
    code.push_str(
        "/// The standards bundled into the `zcp` binary, pinned by digest at build time.\n",
    );
    code.push_str("pub const BUNDLED_STANDARDS: &[BundledStandard] = &[\n");
    for package in &standards {
        let path = out_dir.join(wasm_file(package));
        let digest = sha256_of(&path);
        writeln!(
            code,
            "    BundledStandard {{ package: {package:?}, sha256: {digest:?}, bytes: include_bytes!({path:?}) }},",
            path = path.display()
        )
        .expect("writing to a string");
    }
    code.push_str("];\n\n");
    code.push_str(
        "/// The conformance cases of each bundled standard (`standards/<package>/cases/`), by package then case name.\n",
    );
    code.push_str("pub const BUNDLED_CASES: &[BundledCases] = &[\n");
    for package in &standards {
        writeln!(code, "    BundledCases {{ package: {package:?}, cases: &[")
            .expect("writing to a string");
        let dir = root.join("standards").join(package).join(CASES);
        for (name, files) in cases_in(&dir) {
            writeln!(code, "        BundledCase {{ name: {name:?}, files: &[")
                .expect("writing to a string");
            for (relative, path) in files {
                writeln!(
                    code,
                    "            ({relative:?}, include_str!({path:?})),",
                    path = path.display()
                )
                .expect("writing to a string");
            }
            code.push_str("        ] },\n");
        }
        code.push_str("    ] },\n");
    }
    code.push_str("];\n\n/// Paths of the test plugins (hostile ones included), for the test suite.\npub mod test_plugins {\n");
    for package in &test_plugins {
        let path = out_dir.join(wasm_file(package));
        let constant = package.to_uppercase().replace('-', "_");
        writeln!(
            code,
            "    /// `plugins/test-plugins/{package}`.\n    pub const {constant}: &str = {:?};",
            path.display()
        )
        .expect("writing to a string");
    }
    for [
        artifact,
        id,
        version,
        status,
        effective,
        extends,
        behaviour @ ..,
    ] in VARIANTS
    {
        let constant = artifact.to_uppercase().replace(['-', '.'], "_");
        let mut traits = String::new();
        for (name, value) in ["fault", "defines", "verdict"].into_iter().zip(behaviour) {
            if !value.is_empty() {
                write!(traits, ", {name} `{value}`").expect("writing to a string");
            }
        }
        writeln!(
            code,
            "    /// `configurable` built as {id}@{version} ({status}, effective `{effective}`, extends `{extends}`{traits}).\n    pub const {constant}: &str = {:?};",
            out_dir.join(format!("{artifact}.wasm")).display()
        )
        .expect("writing to a string");
    }
    code.push_str("}\n");
    fs::write(out_dir.join("artifacts.rs"), code).expect("OUT_DIR is writable");
}

/// Build every guest and copy the components into `OUT_DIR`.
fn build_guests(root: &Path, out_dir: &Path, standards: &[String], test_plugins: &[String]) {
    build(root, standards.iter().chain(test_plugins), &[]);
    let release = root.join("target/guests").join(TARGET).join("release");
    for package in standards.iter().chain(test_plugins) {
        let file = wasm_file(package);
        let bytes = fs::read(release.join(&file))
            .unwrap_or_else(|e| panic!("missing artifact {file}: {e}"));
        fs::write(out_dir.join(&file), bytes).expect("OUT_DIR is writable");
    }
    for [artifact, values @ ..] in VARIANTS {
        let vars: Vec<(&str, &str)> = VARIABLES.into_iter().zip(values.iter().copied()).collect();
        build(root, [CONFIGURABLE.to_owned()].iter(), &vars);
        let built =
            fs::read(release.join(format!("{CONFIGURABLE}.wasm"))).expect("configurable was built");
        fs::write(out_dir.join(format!("{artifact}.wasm")), built).expect("OUT_DIR is writable");
    }
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

/// `<package>.wasm`, as cargo names a cdylib (`-` becomes `_`).
fn wasm_file(package: &str) -> String {
    format!("{}.wasm", package.replace('-', "_"))
}

/// SHA-256 of a file, lowercase hex.
fn sha256_of(path: &Path) -> String {
    let bytes = fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    hex(&Sha256::digest(&bytes))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// SHA-256 over every file the guests are built from (paths and contents):
/// the watched directories without the conformance cases, and this script
/// (its variants and flags).
fn guest_sources_digest(root: &Path) -> String {
    let mut files = Vec::new();
    for dir in ["standards", "plugins", "wit"] {
        collect_files(&root.join(dir), &mut files);
    }
    files.push(root.join("Cargo.lock"));
    let cases: Vec<PathBuf> = packages_in(&root.join("standards"))
        .iter()
        .map(|p| root.join("standards").join(p).join(CASES))
        .collect();
    files.retain(|f| !cases.iter().any(|c| f.starts_with(c)));
    files.sort();
    let mut hasher = Sha256::new();
    hasher.update(include_str!("build.rs"));
    for file in files {
        let bytes =
            fs::read(&file).unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
        let relative = file.strip_prefix(root).unwrap_or(&file);
        hasher.update(relative.to_string_lossy().as_bytes());
        hasher.update((bytes.len() as u64).to_le_bytes());
        hasher.update(&bytes);
    }
    hex(&hasher.finalize())
}

/// Every file under `dir`, recursively.
fn collect_files(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            collect_files(&path, files);
        } else if path.is_file() {
            files.push(path);
        }
    }
}

/// The cases under `dir` (one directory each, sorted by name), each with its
/// files (relative paths with `/`, sorted) and their absolute paths. Hidden
/// files and directories (`.name`) are left out.
fn cases_in(dir: &Path) -> Vec<(String, Vec<(String, PathBuf)>)> {
    let Ok(entries) = fs::read_dir(dir) else {
        return vec![];
    };
    let mut cases: Vec<(String, Vec<(String, PathBuf)>)> = entries
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|name| !name.starts_with('.'))
        .map(|name| {
            let mut files = Vec::new();
            case_files(&dir.join(&name), "", &mut files);
            files.sort();
            (name, files)
        })
        .collect();
    cases.sort();
    cases
}

fn case_files(dir: &Path, prefix: &str, files: &mut Vec<(String, PathBuf)>) {
    let entries =
        fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    for entry in entries.filter_map(Result::ok) {
        let Ok(name) = entry.file_name().into_string() else {
            panic!("{}: a case file name must be UTF-8", entry.path().display());
        };
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let relative = format!("{prefix}{name}");
        if path.is_dir() {
            case_files(&path, &format!("{relative}/"), files);
        } else {
            let bytes =
                fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            assert!(
                std::str::from_utf8(&bytes).is_ok(),
                "{}: a conformance case file must be UTF-8 text",
                path.display()
            );
            let absolute = path.canonicalize().unwrap_or(path);
            files.push((relative, absolute));
        }
    }
}
