//! Receipts that re-run: a report names everything its result depends on,
//! the same inputs give the same result wherever and however often they
//! run, and `zcp reproduce` confirms it or says what differs.

use crate::{root, stdout_of, zcp};

const PARK: &str = "examples/parks/ordos-green.toml";

/// `zcp evaluate PARKS -s cn-zcp@1 --format json` from `cwd`, exiting `code`.
fn json_report(cwd: &std::path::Path, parks: &[String], code: i32) -> serde_json::Value {
    let text = stdout_of(
        zcp()
            .current_dir(cwd)
            .arg("evaluate")
            .args(parks)
            .args(["-s", "cn-zcp@1", "--format", "json"]),
        code,
    );
    serde_json::from_str(&text).unwrap()
}

#[test]
fn the_same_inputs_give_the_same_result_digest_from_anywhere() {
    let relative: Vec<String> = ["ordos-green.toml", "coal-heavy.toml"]
        .iter()
        .map(|f| format!("examples/parks/{f}"))
        .collect();
    let absolute: Vec<String> = relative
        .iter()
        .map(|f| root().join(f).display().to_string())
        .collect();
    let here = json_report(&root(), &relative, 1);
    let again = json_report(&root(), &relative, 1);
    assert_eq!(here, again, "byte for byte, run after run");
    let elsewhere = tempfile::tempdir().unwrap();
    let there = json_report(elsewhere.path(), &absolute, 1);
    assert_ne!(
        here["parks"][0]["file"], there["parks"][0]["file"],
        "paths as given"
    );
    assert_eq!(here["result_digest"], there["result_digest"]);
    // Compiled afresh on one thread or on every core: the same result.
    for threads in ["1", "8"] {
        let text = stdout_of(
            zcp()
                .env("RAYON_NUM_THREADS", threads)
                .env(zcp::cache::CACHE_DIR_ENV, "")
                .arg("evaluate")
                .args(&relative)
                .args(["-s", "cn-zcp@1", "--format", "json"]),
            1,
        );
        let compiled: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(compiled, here, "{threads} compile thread(s)");
    }
    // In the other order, each park's section is the same.
    let reversed: Vec<String> = relative.iter().rev().cloned().collect();
    let reversed = json_report(&root(), &reversed, 1);
    assert_eq!(here["parks"][0], reversed["parks"][1]);
    assert_eq!(here["parks"][1], reversed["parks"][0]);
    assert_eq!(
        here["result_digest"].as_str().unwrap(),
        zcp::receipt::digest(&here),
        "the digest is the report's own"
    );
    // The receipt names what the result rests on.
    for pointer in [
        "/host_version",
        "/limits/fuel",
        "/dictionary/shared_digest",
        "/standards/0/digest",
        "/standards/0/wit_version",
        "/standards/0/publisher/kind",
        "/parks/0/park/data_digest",
        "/parks/0/year",
    ] {
        assert!(
            here.pointer(pointer).is_some_and(|v| !v.is_null()),
            "{pointer}"
        );
    }
}

#[test]
fn a_standard_is_asked_for_by_digest() {
    let report = json_report(&root(), &[PARK.to_owned()], 0);
    let digest = report["standards"][0]["digest"].as_str().unwrap();
    let by_digest = stdout_of(
        zcp().args([
            "evaluate",
            PARK,
            "-s",
            &format!("cn-zcp@sha256:{}", &digest[..16]),
            "--format",
            "json",
        ]),
        0,
    );
    let by_digest: serde_json::Value = serde_json::from_str(&by_digest).unwrap();
    assert_eq!(by_digest["result_digest"], report["result_digest"]);
    let stderr = crate::stderr_of(
        zcp().args(["evaluate", PARK, "-s", "cn-zcp@sha256:000000000000"]),
        2,
    );
    assert!(
        stderr.contains("sha256:000000000000")
            && stderr.contains(&format!("1.0.0 (sha256 {})", &digest[..12])),
        "{stderr}"
    );
}

#[test]
fn reproduce_confirms_a_report_and_names_a_changed_parameter_and_changed_data() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.json");
    let text = stdout_of(
        zcp().args(["evaluate", PARK, "-s", "cn-zcp@1", "--format", "json"]),
        0,
    );
    std::fs::write(&report, &text).unwrap();
    let digest = serde_json::from_str::<serde_json::Value>(&text).unwrap()["result_digest"]
        .as_str()
        .unwrap()
        .to_owned();

    // From another directory, with the park file elsewhere.
    let copy = dir.path().join("ordos-green.toml");
    std::fs::copy(root().join(PARK), &copy).unwrap();
    let same = stdout_of(
        zcp()
            .current_dir(dir.path())
            .arg("reproduce")
            .arg(&report)
            .arg(&copy),
        0,
    );
    assert_eq!(
        same.trim_end(),
        format!("reproduced: the same result (sha256 {digest}): 1 park(s), 1 standard(s)")
    );

    let changed = stdout_of(
        zcp()
            .arg("reproduce")
            .arg(&report)
            .arg(PARK)
            .args(["-p", "cn-zcp:equal-value-coefficient=0.31"]),
        1,
    );
    assert!(
        changed.starts_with(&format!("DIFFERENT: sha256 {digest} in the report, ")),
        "{changed}"
    );
    assert!(
        changed.contains(
            "  - parameter `cn-zcp:equal-value-coefficient`: its default in the report, `0.31` now"
        ) && changed
            .contains("`core.carbon-per-energy` value: 0.03141362777858492 in the report, 0.0304"),
        "{changed}"
    );

    std::fs::write(
        &copy,
        std::fs::read_to_string(root().join(PARK))
            .unwrap()
            .replace("value = 900, unit = \"GWh\"", "value = 800, unit = \"GWh\""),
    )
    .unwrap();
    let data = stdout_of(zcp().arg("reproduce").arg(&report).arg(&copy), 1);
    assert!(
        data.contains("park 1 `ordos-green.toml`: its data (sha256): `"),
        "{data}"
    );
}

/// A lockfile pins every standard of a run, bases included; replaying it
/// gives the same result, and a run using anything else is refused.
#[test]
fn a_lockfile_is_written_and_replayed_bases_included() {
    use zcp_test_artifacts::test_plugins::PROVINCE_1_0_0;
    let plugins = crate::plugin_dir(&[PROVINCE_1_0_0]);
    let dir = tempfile::tempdir().unwrap();
    let lock = dir.path().join("zcp.lock");
    let run = |extra: &[&str], code: i32| {
        let mut cmd = zcp();
        cmd.args([
            "evaluate",
            PARK,
            "-s",
            "fake-province@1",
            "--format",
            "json",
            "--standards-dir",
        ])
        .arg(plugins.path())
        .args(extra);
        stdout_of(&mut cmd, code)
    };
    let first: serde_json::Value =
        serde_json::from_str(&run(&["--write-lock", lock.to_str().unwrap()], 1)).unwrap();
    let written = std::fs::read_to_string(&lock).unwrap();
    assert!(
        written.contains("id = \"fake-province\"") && written.contains("id = \"cn-zcp\""),
        "the base is locked too:\n{written}"
    );
    let replayed: serde_json::Value =
        serde_json::from_str(&run(&["--lock", lock.to_str().unwrap()], 1)).unwrap();
    assert_eq!(first["result_digest"], replayed["result_digest"]);

    // A lock whose base is another plugin than the one this run resolves.
    let cn_zcp = first["standards"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["label"] == "cn-zcp@1.0.0")
        .unwrap()["digest"]
        .as_str()
        .unwrap()
        .to_owned();
    std::fs::write(&lock, written.replace(&cn_zcp, &"0".repeat(64))).unwrap();
    let mut refused = zcp();
    refused
        .args(["evaluate", PARK, "-s", "fake-province@1", "--lock"])
        .arg(&lock)
        .arg("--standards-dir")
        .arg(plugins.path());
    let stderr = crate::stderr_of(&mut refused, 2);
    assert!(
        stderr.contains("the run used `cn-zcp@1.0.0` (sha256 ")
            && stderr.contains("which the lock does not pin"),
        "{stderr}"
    );
    let mut missing = zcp();
    missing
        .args(["evaluate", PARK, "-s", "cn-hn-zcp@1", "--lock"])
        .arg(&lock);
    let stderr = crate::stderr_of(&mut missing, 2);
    assert!(
        stderr.contains("`cn-hn-zcp@^1` is not in the lock (locked: `"),
        "{stderr}"
    );
}

/// A report made with a parameter for some versions only and with
/// `--as-of` replays as it was made: the requirement and the day are part
/// of what it records; a change names the parameter with its requirement.
#[test]
fn reproduce_replays_parameters_per_version_and_the_day_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let made = |name: &str, args: &[&str]| {
        let text = stdout_of(
            zcp()
                .args(["evaluate", PARK, "--format", "json", "--report-only"])
                .args(args),
            0,
        );
        let path = dir.path().join(name);
        std::fs::write(&path, &text).unwrap();
        let report: serde_json::Value = serde_json::from_str(&text).unwrap();
        (path, report)
    };
    let (versions, report) = made(
        "versions.json",
        &[
            "-s",
            "cn-zcp@1",
            "-s",
            "cn-zcp@2.0.0-draft.1",
            "-p",
            "cn-zcp@1:equal-value-coefficient=0.29",
        ],
    );
    assert_eq!(report["parameters"][0]["req"], "^1");
    // Regression: the draft, asked for by digest, once matched no version
    // (a digest request carried the requirement `*`, which no pre-release meets).
    let same = stdout_of(zcp().arg("reproduce").arg(&versions).arg(PARK), 0);
    assert!(same.starts_with("reproduced: the same result"), "{same}");
    let changed = stdout_of(
        zcp()
            .arg("reproduce")
            .arg(&versions)
            .arg(PARK)
            .args(["-p", "cn-zcp@1:equal-value-coefficient=0.31"]),
        1,
    );
    assert!(
        changed.contains(
            "  - parameter `cn-zcp@^1:equal-value-coefficient`: `0.29` in the report, `0.31` now"
        ),
        "{changed}"
    );

    // A requirement that does not parse is an error, never a run without it.
    let text = std::fs::read_to_string(&versions)
        .unwrap()
        .replace("\"req\": \"^1\"", "\"req\": \"one\"");
    std::fs::write(&versions, text).unwrap();
    let stderr = crate::stderr_of(zcp().arg("reproduce").arg(&versions).arg(PARK), 2);
    assert!(
        stderr.starts_with("error: the report's `parameters` cannot be read: "),
        "{stderr}"
    );

    let (dated, report) = made("dated.json", &["-s", "cn-zcp@1", "--as-of", "2025-07-08"]);
    assert_eq!(report["as_of"], "2025-07-08");
    let same = stdout_of(zcp().arg("reproduce").arg(&dated).arg(PARK), 0);
    assert!(same.starts_with("reproduced: the same result"), "{same}");
    // A day the report could not have been made on is refused as such.
    let text = std::fs::read_to_string(&dated)
        .unwrap()
        .replace("\"2025-07-08\"", "\"2025-06-01\"");
    std::fs::write(&dated, text).unwrap();
    let stderr = crate::stderr_of(zcp().arg("reproduce").arg(&dated).arg(PARK), 2);
    assert!(
        stderr.contains("is in force on 2025-06-01: `cn-zcp@1.0.0` (effective 2025-06-30)"),
        "{stderr}"
    );
}
