//! Builds every test plugin (`plugins/test-plugins/*`) as a `wasm32-wasip2`
//! component, and `configurable` once per variant below, into this build's
//! own `OUT_DIR`, and generates constants naming them.

#![allow(clippy::expect_used, clippy::panic, clippy::unwrap_used)] // a build script fails by panicking

use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;

#[path = "../../host/artifacts/guests.rs"]
#[allow(dead_code)] // shared with the bundled standards' build script
mod guests;

use guests::{Guests, packages_in, wasm_file};

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
    ["liar",                  "liar",          "1.0.0",         "draft",      "",           "",          "lying-verdict", "",                ""],
    ["undeclared",            "undeclared",    "1.0.0",         "draft",      "",           "",          "undeclared-id", "",                ""],
    ["duplicate",             "duplicate",     "1.0.0",         "draft",      "",           "",          "duplicate-id",  "",                ""],
    ["nan-value",             "nan-value",     "1.0.0",         "draft",      "",           "",          "nan-value",     "",                ""],
    ["wrong-unit",            "wrong-unit",    "1.0.0",         "draft",      "",           "",          "wrong-unit",    "",                ""],
    ["bad-tier",              "bad-tier",      "1.0.0",         "draft",      "",           "",          "bad-tier",      "",                ""],
    ["huge-result",           "huge-result",   "1.0.0",         "draft",      "",           "",          "huge-result",   "",                ""],
    ["giant-description",     "giant",         "1.0.0",         "draft",      "",           "",          "giant-description", "",            ""],
    ["bad-version",           "bad-version",   "1.0",           "draft",      "",           "",          "",              "",                ""],
    ["bad-id",                "Bad_Id!",       "1.0.0",         "draft",      "",           "",          "",              "",                ""],
    ["bad-effective",         "bad-effective", "1.0.0",         "trial",      "2025-13-01", "",          "",              "",                ""],
];

/// The package built once per feature below, each build importing one
/// interface the sandbox never links.
const FORBIDDEN: &str = "forbidden-import";

/// `forbidden-import` built with each of these features, as
/// `forbidden-<feature>.wasm` (without one it reads the filesystem).
const FORBIDDEN_FEATURES: [&str; 4] = ["sockets", "http", "clocks", "random"];

/// Components and modules written by hand in WebAssembly text, for what a
/// Rust guest cannot be: `<name>.wat` becomes `<name>.wasm`.
const WAT_DIR: &str = "plugins/test-plugins/wat";

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
    let guests = Guests::from_env("../..");
    let root = guests.root.clone();
    guests.watch(&["plugins", "wit", "Cargo.lock"]);
    let plugins: Vec<String> = packages_in(&root.join("plugins/test-plugins"))
        .into_iter()
        .filter(|p| p != CONFIGURABLE)
        .collect();

    let stamp = guests.sources_digest(&["plugins", "wit"], &[], include_str!("build.rs"));
    let artifacts: Vec<PathBuf> = plugins
        .iter()
        .map(|p| guests.out_dir.join(wasm_file(p)))
        .chain(
            VARIANTS
                .iter()
                .map(|v| guests.out_dir.join(format!("{}.wasm", v[0]))),
        )
        .chain(
            FORBIDDEN_FEATURES
                .iter()
                .map(|f| guests.out_dir.join(format!("forbidden-{f}.wasm"))),
        )
        .collect();
    if !guests.up_to_date(&stamp, &artifacts) {
        guests.stamp(None);
        guests.build(plugins.iter(), &[]);
        for package in &plugins {
            guests.keep(package, &wasm_file(package));
        }
        for [artifact, values @ ..] in VARIANTS {
            let vars: Vec<(&str, &str)> =
                VARIABLES.into_iter().zip(values.iter().copied()).collect();
            guests.build([CONFIGURABLE.to_owned()].iter(), &vars);
            guests.keep(CONFIGURABLE, &format!("{artifact}.wasm"));
        }
        for feature in FORBIDDEN_FEATURES {
            guests.build_with_feature(FORBIDDEN, feature);
            guests.keep(FORBIDDEN, &format!("forbidden-{feature}.wasm"));
        }
        guests.stamp(Some(&stamp));
    }
    let wat_files = assemble_wat(&root.join(WAT_DIR), &guests.out_dir);
    let signing = sign_everything(&guests.out_dir, &plugins, &wat_files);

    let mut code = String::from(
        "/// Paths of the test plugins (hostile ones included), for the test suite.\npub mod test_plugins {\n",
    );
    for package in &plugins {
        let constant = package.to_uppercase().replace('-', "_");
        writeln!(
            code,
            "    /// `plugins/test-plugins/{package}`.\n    pub const {constant}: &str = {:?};",
            guests.out_dir.join(wasm_file(package)).display()
        )
        .expect("writing to a string");
    }
    for feature in FORBIDDEN_FEATURES {
        let constant = format!("FORBIDDEN_{}", feature.to_uppercase());
        writeln!(
            code,
            "    /// `forbidden-import` built with feature `{feature}`.\n    pub const {constant}: &str = {:?};",
            guests.out_dir.join(format!("forbidden-{feature}.wasm")).display()
        )
        .expect("writing to a string");
    }
    for (name, path) in &wat_files {
        let constant = name.to_uppercase().replace('-', "_");
        writeln!(
            code,
            "    /// `{WAT_DIR}/{name}.wat`, assembled.\n    pub const {constant}: &str = {:?};",
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
            guests.out_dir.join(format!("{artifact}.wasm")).display()
        )
        .expect("writing to a string");
    }
    for (constant, doc, path) in [
        (
            "TRUST_STORE",
            "A trust store trusting the test key for every id and jurisdiction.",
            &signing.trust_store,
        ),
        (
            "TEST_KEY",
            "The test key (`tests/artifacts/test-publisher.key`), owner-only, for `zcp sign --key`.",
            &signing.secret_key,
        ),
    ] {
        writeln!(
            code,
            "    /// {doc}\n    pub const {constant}: &str = {:?};",
            path.display()
        )
        .expect("writing to a string");
    }
    code.push_str("}\n");
    fs::write(guests.out_dir.join("artifacts.rs"), code).expect("OUT_DIR is writable");
}

/// The committed test key: public, so that a test plugin's signature is the
/// same on every machine; trusted only by the trust store written below.
const TEST_KEY: &str = include_str!("test-publisher.key");

/// Where the signing step left the test trust store and key.
struct Signing {
    trust_store: PathBuf,
    secret_key: PathBuf,
}

/// Sign every artifact in `out_dir` with the test key, as its publisher
/// would (`<artifact>.wasm.sig`), claiming the id and version it describes
/// itself with: `test-<package>@1.0.0` for the test plugins (their
/// `common.rs`), the variant's for `configurable` (made signable where the
/// variant is malformed on purpose: those are refused at `describe`, after
/// their signature is checked), `test-<name>@1.0.0` for the `.wat` ones.
fn sign_everything(
    out_dir: &std::path::Path,
    plugins: &[String],
    wat: &[(String, PathBuf)],
) -> Signing {
    let key = zcp_signature::KeyPair::parse_secret(TEST_KEY, "tests/artifacts/test-publisher.key")
        .expect("the test key parses");
    let mut claims: Vec<(PathBuf, String, String)> = Vec::new();
    for package in plugins {
        let id = if package == FORBIDDEN {
            "test-forbidden-import".to_owned()
        } else {
            format!("test-{package}")
        };
        claims.push((out_dir.join(wasm_file(package)), id, "1.0.0".to_owned()));
    }
    for feature in FORBIDDEN_FEATURES {
        claims.push((
            out_dir.join(format!("forbidden-{feature}.wasm")),
            "test-forbidden-import".to_owned(),
            "1.0.0".to_owned(),
        ));
    }
    for [artifact, id, version, ..] in VARIANTS {
        let signable = |s: &str, fallback: &str| {
            if s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                s.to_owned()
            } else {
                fallback.to_owned()
            }
        };
        let core = version.split(['-', '+']).next().unwrap_or_default();
        let version = if core.split('.').count() == 3 {
            (*version).to_owned()
        } else {
            "1.0.0".to_owned()
        };
        claims.push((
            out_dir.join(format!("{artifact}.wasm")),
            signable(id, artifact),
            version,
        ));
    }
    for (name, path) in wat {
        claims.push((path.clone(), format!("test-{name}"), "1.0.0".to_owned()));
    }
    for (path, id, version) in claims {
        let bytes =
            fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let signature =
            zcp_signature::Signature::sign(&key, &zcp_signature::sha256_hex(&bytes), &id, &version)
                .unwrap_or_else(|e| panic!("cannot sign {}: {e}", path.display()));
        fs::write(
            zcp_signature::Signature::path_for(&path),
            signature.to_toml(),
        )
        .expect("OUT_DIR is writable");
    }
    let trust_store = out_dir.join("test-trust.toml");
    fs::write(
        &trust_store,
        format!(
            "format = \"zcp-trust-1\"\n\n[[publisher]]\nname = \"zcp test suite\"\nkey = \"{}\"\nids = [\"*\"]\njurisdictions = [\"*\"]\n",
            key.public().to_hex()
        ),
    )
    .expect("OUT_DIR is writable");
    let secret_key = out_dir.join("test-publisher.key");
    let _ = fs::remove_file(&secret_key);
    key.write_secret(&secret_key, Some("zcp test suite"))
        .expect("OUT_DIR is writable");
    Signing {
        trust_store,
        secret_key,
    }
}

/// Assemble every `*.wat` in `dir` into `out_dir`: (name, path), sorted.
fn assemble_wat(dir: &std::path::Path, out_dir: &std::path::Path) -> Vec<(String, PathBuf)> {
    let mut sources: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "wat"))
        .collect();
    sources.sort();
    sources
        .into_iter()
        .map(|source| {
            let name = source
                .file_stem()
                .and_then(|s| s.to_str())
                .expect("a UTF-8 file name")
                .to_owned();
            let bytes = wat::parse_file(&source)
                .unwrap_or_else(|e| panic!("cannot assemble {}: {e}", source.display()));
            let path = out_dir.join(format!("{name}.wasm"));
            fs::write(&path, bytes).expect("OUT_DIR is writable");
            (name, path)
        })
        .collect()
}
