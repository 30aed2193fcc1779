//! `zcp new` end to end, as a province would use it: a standard crate in a
//! directory outside this repository, built by cargo on its own (offline,
//! the outer cargo's environment removed), then run by the `zcp` binary
//! built before the crate existed.

use std::path::Path;
use std::process::Command;

use crate::{root, stdout_of, zcp};

/// Run cargo in `dir` as a user would from a shell: none of the variables
/// the cargo running this test set, a target directory shared between runs.
fn cargo(dir: &Path, target: &Path, args: &[&str]) {
    let mut cmd = Command::new(option_env!("CARGO").unwrap_or("cargo"));
    for (name, _) in std::env::vars_os() {
        let name = name.to_string_lossy();
        let outer = (name.starts_with("CARGO") && name != "CARGO_HOME")
            || name.starts_with("__CARGO")
            || name.starts_with("RUSTC")
            || ["RUSTFLAGS", "RUSTDOCFLAGS"].contains(&name.as_ref());
        if outer {
            cmd.env_remove(name.as_ref());
        }
    }
    cmd.current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .args(args);
    // `cargo fmt` takes no `--offline`: it fetches nothing anyway.
    if args.first() != Some(&"fmt") {
        cmd.arg("--offline");
    }
    let output = cmd.output().unwrap();
    assert!(
        output.status.success(),
        "`cargo {}` failed in {}:\n{}",
        args.join(" "),
        dir.display(),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Build the crate's component in the shared target directory; its path.
fn built(crate_dir: &Path, target: &Path, file: &str) -> String {
    cargo(
        crate_dir,
        target,
        &["build", "--release", "--target", "wasm32-wasip2", "--quiet"],
    );
    let wasm = target.join("wasm32-wasip2/release").join(file);
    assert!(wasm.is_file(), "{} was not built", wasm.display());
    wasm.display().to_string()
}

#[test]
fn a_scaffolded_standard_builds_tests_and_runs_beside_cn_zcp_outside_the_repository() {
    let home = tempfile::tempdir().unwrap();
    assert!(!home.path().starts_with(root()), "outside the repository");
    let sdk = root().join("plugins/sdk");
    let said = stdout_of(
        zcp()
            .current_dir(home.path())
            .args([
                "new",
                "cn-xx-demo",
                "--extends",
                "cn-zcp@^1",
                "--jurisdiction",
                "CN-XX",
                "--sdk",
            ])
            .arg(&sdk),
        0,
    );
    assert!(said.contains("created standard `cn-xx-demo`"), "{said}");
    let crate_dir = home.path().join("cn-xx-demo");
    let manifest = std::fs::read_to_string(crate_dir.join("Cargo.toml")).unwrap();
    assert!(
        manifest.contains("[workspace]"),
        "a workspace of its own:\n{manifest}"
    );

    // Formatted as written, whatever the length of its name.
    cargo(
        &crate_dir,
        &root().join("target/scaffold"),
        &["fmt", "--check"],
    );

    // Reused between runs, so only the first run compiles the SDK's dependencies.
    let target = root().join("target/scaffold");
    cargo(&crate_dir, &target, &["test", "--quiet"]);
    // Only this component in the standards directory: other tests build
    // theirs in the same target directory.
    let standards = crate::plugin_dir(&[built(&crate_dir, &target, "cn_xx_demo.wasm").as_str()]);
    let standards = standards.path();

    // The developer tests the unsigned build: allowed, and said.
    let tested = stdout_of(
        zcp()
            .args(["test", "cn-xx-demo@0", "--allow-unsigned", "--cases"])
            .arg(crate_dir.join("cases"))
            .arg("--standards-dir")
            .arg(standards),
        0,
    );
    assert!(tested.contains("green-park"), "{tested}");
    assert!(
        tested.contains("warning: unsigned: it ran because unsigned plugins were allowed"),
        "{tested}"
    );
    // Unsigned, it is refused by default.
    let mut unsigned = zcp();
    unsigned
        .args([
            "evaluate",
            "examples/parks/ordos-green.toml",
            "-s",
            "cn-xx-demo@0",
            "--standards-dir",
        ])
        .arg(standards);
    let stderr = crate::stderr_of(&mut unsigned, 2);
    assert!(
        stderr.contains("refused: unsigned: no signature file `"),
        "{stderr}"
    );

    // The publisher signs with its key; the evaluator trusts the key for
    // its ids and jurisdiction.
    let keys = home.path().join("keys/cn-xx");
    stdout_of(
        zcp()
            .args(["keygen", "--name", "XX Industry Department", "--out"])
            .arg(&keys),
        0,
    );
    let wasm = standards.join("cn_xx_demo.wasm");
    let signed = stdout_of(
        zcp()
            .arg("sign")
            .arg(&wasm)
            .arg("--key")
            .arg(keys.with_extension("key")),
        0,
    );
    assert!(
        signed.starts_with("signed cn-xx-demo@0.1.0 (sha256 "),
        "{signed}"
    );
    // The evaluator trusts the key, scoped, with `zcp trust add`.
    let trust = |ids: &str| {
        let path = home.path().join(format!("trust-{ids}.toml"));
        stdout_of(
            zcp()
                .args(["trust", "add"])
                .arg(keys.with_extension("pub"))
                .args(["--ids", ids, "--jurisdictions", "CN-XX", "--trust-store"])
                .arg(&path),
            0,
        );
        path
    };
    let trusted = trust("cn-xx-*");
    let verified = stdout_of(
        zcp()
            .arg("verify")
            .arg(&wasm)
            .arg("--trust-store")
            .arg(&trusted),
        0,
    );
    assert!(
        verified.contains("verified: cn-xx-demo@0.1.0")
            && verified.contains("signed by `XX Industry Department` (key zcp:"),
        "{verified}"
    );
    let out_of_scope = stdout_of(
        zcp()
            .arg("verify")
            .arg(&wasm)
            .arg("--trust-store")
            .arg(trust("cn-yy-*")),
        2,
    );
    assert!(
        out_of_scope.contains("refused: out of scope: `XX Industry Department` (key `zcp:")
            && out_of_scope
                .contains("may sign ids `cn-yy-*` in `CN-XX`, not `cn-xx-demo` in `CN-XX`"),
        "{out_of_scope}"
    );

    let report = stdout_of(
        zcp()
            .args(["evaluate", "examples/parks/ordos-green.toml"])
            .arg(crate_dir.join("cases/green-park/park.toml"))
            .args([
                "-s",
                "cn-zcp@1",
                "-s",
                "cn-xx-demo@0",
                "--format",
                "json",
                "--standards-dir",
            ])
            .arg(standards)
            .arg("--trust-store")
            .arg(&trusted),
        0,
    );
    let report: serde_json::Value = serde_json::from_str(&report).unwrap();
    let demo = |park: usize| report["parks"][park]["runs"][1].clone();
    assert_eq!(demo(0)["standard"], "cn-xx-demo@0.1.0");
    assert_eq!(report["standards"][1]["publisher"]["kind"], "signed");
    assert_eq!(
        report["standards"][1]["publisher"]["name"],
        "XX Industry Department"
    );
    assert_eq!(demo(0)["verdict"], "qualified");
    // The key the scaffold defines: absent from the example, 0.15 × 10^8 CNY
    // in the case's park file, read in 10^4 CNY.
    let investment = |park: usize| {
        demo(park)["evaluation"]["results"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == "guiding.renewable-investment")
            .unwrap()
            .clone()
    };
    assert_eq!(investment(0)["outcome"], "insufficient-data");
    assert_eq!(investment(1)["value"], 1500.0);
    assert_eq!(
        report["dictionary"]["defined"]["x-cn-xx-demo.renewable-investment"],
        "cn-xx-demo@0.1.0"
    );
}

#[test]
fn new_refuses_a_bad_name_and_a_directory_in_use() {
    let home = tempfile::tempdir().unwrap();
    let mut bad = zcp();
    bad.current_dir(home.path())
        .args(["new", "Cn_XX", "--sdk", "0.1"]);
    let stderr = crate::stderr_of(&mut bad, 2);
    assert!(
        stderr.contains("`Cn_XX` cannot name a standard"),
        "{stderr}"
    );
    std::fs::create_dir(home.path().join("taken")).unwrap();
    std::fs::write(home.path().join("taken/notes.txt"), "mine").unwrap();
    let mut taken = zcp();
    taken
        .current_dir(home.path())
        .args(["new", "taken", "--sdk", "0.1"]);
    let stderr = crate::stderr_of(&mut taken, 2);
    assert!(
        stderr.contains("already exists and is not empty"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(home.path().join("taken/notes.txt")).unwrap(),
        "mine"
    );
}

/// A standard from a directory never takes a bundled standard's id (it once
/// silently replaced `cn-zcp` for `-s cn-zcp@1`), and one claiming national
/// scope is flagged at the top of every report.
#[test]
fn a_directory_standard_cannot_take_a_bundled_id_and_a_national_claim_is_flagged() {
    let home = tempfile::tempdir().unwrap();
    let sdk = root().join("plugins/sdk");
    let target = root().join("target/scaffold");
    let mut components = Vec::new();
    for name in ["cn-zcp", "cn-national-demo"] {
        let mut new = zcp();
        new.current_dir(home.path())
            .args(["new", name, "--sdk"])
            .arg(&sdk);
        stdout_of(&mut new, 0);
        let file = format!("{}.wasm", name.replace('-', "_"));
        components.push(built(&home.path().join(name), &target, &file));
    }
    let paths: Vec<&str> = components.iter().map(String::as_str).collect();
    let standards = crate::plugin_dir(&paths);

    // A plugin that failed to load makes `zcp standards` exit 2.
    let listed = stdout_of(
        zcp()
            .args(["standards", "--allow-unsigned", "--standards-dir"])
            .arg(standards.path()),
        2,
    );
    assert!(
        listed.contains(
            "refused: it claims `cn-zcp@0.1.0`, but `cn-zcp` is a standard bundled with zcp"
        ),
        "{listed}"
    );
    let mut claim = zcp();
    claim
        .args([
            "evaluate",
            "examples/parks/ordos-green.toml",
            "-s",
            "cn-zcp@0",
            "--allow-unsigned",
            "--standards-dir",
        ])
        .arg(standards.path());
    let stderr = crate::stderr_of(&mut claim, 2);
    assert!(stderr.contains("bundled with zcp"), "{stderr}");

    let report = stdout_of(
        zcp()
            .args([
                "evaluate",
                "examples/parks/ordos-green.toml",
                "-s",
                "cn-zcp@1",
                "-s",
                "cn-national-demo@0",
                "--allow-unsigned",
                "--standards-dir",
            ])
            .arg(standards.path()),
        0,
    );
    assert!(
        report.contains(
            "cn-national-demo@0.1.0 looks national (jurisdiction CN, or an id of the cn-zcp family) but comes from a standards directory"
        ),
        "{report}"
    );
    assert!(
        report.contains("── cn-zcp@1.0.0 (trial)"),
        "the bundled one ran:\n{report}"
    );
}
