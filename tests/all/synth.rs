//! `zcp synth`: the same seed gives the same bytes, and every bundled
//! standard reads its parks without an error.

use std::fs;
use std::path::PathBuf;

use crate::{stderr_of, stdout_of, zcp};

#[test]
fn synth_is_reproducible_and_its_parks_evaluate_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let synth = |output: &PathBuf, extra: &[&str]| {
        let mut cmd = zcp();
        cmd.args(["synth", "--seed", "7", "-o"])
            .arg(output)
            .args(extra);
        stderr_of(&mut cmd, 0)
    };
    let (a, b) = (dir.path().join("a.jsonl"), dir.path().join("b.jsonl"));
    for path in [&a, &b] {
        let stderr = synth(path, &["--count", "200"]);
        assert!(stderr.starts_with("zcp synth: 200 parks"), "{stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
    }
    let jsonl = fs::read_to_string(&a).unwrap();
    assert_eq!(jsonl, fs::read_to_string(&b).unwrap());
    let lines: Vec<&str> = jsonl.lines().collect();
    assert_eq!(lines.len(), 200);
    assert!(lines[0].starts_with(r#"{"id":"synth-7-000001""#));

    // Park 150 is the same generated alone.
    let alone = stdout_of(
        zcp().args(["synth", "--seed", "7", "--start", "150", "--count", "1"]),
        0,
    );
    assert_eq!(alone.trim_end(), lines[149]);

    // An existing file is kept unless --force.
    let mut again = zcp();
    again
        .args(["synth", "--seed", "7", "--count", "1", "-o"])
        .arg(&a);
    assert!(stderr_of(&mut again, 2).contains("exists: pass --force"));

    // Twenty parks as JSON files, ten as TOML files of `-o DIR/`.
    let parks = dir.path().join("parks");
    let mut files = Vec::new();
    for (i, line) in lines.iter().take(20).enumerate() {
        let path = dir.path().join(format!("park-{}.json", i + 1));
        fs::write(&path, line).unwrap();
        files.push(path);
    }
    synth(&parks.join(""), &["--start", "21", "--count", "10"]);
    files.extend((21..=30).map(|i| parks.join(format!("park-{i:06}.toml"))));
    let stdout = stdout_of(
        zcp()
            .arg("evaluate")
            .args(&files)
            .args(["--all-bundled", "--format", "json"]),
        1,
    );
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let mut verdicts = Vec::new();
    for park in report["parks"].as_array().unwrap() {
        assert_eq!(park["errors"], serde_json::json!([]), "{}", park["file"]);
        assert_eq!(park["warnings"], serde_json::json!([]), "{}", park["file"]);
        for run in park["runs"].as_array().unwrap() {
            assert!(run["error"].is_null(), "{}: {}", park["file"], run["error"]);
            if run["standard"] == "cn-zcp@1.0.0" {
                verdicts.push(run["verdict"].as_str().unwrap().to_owned());
            }
        }
    }
    assert_eq!(verdicts.len(), 30);
    for verdict in ["qualified", "not-qualified"] {
        assert!(verdicts.iter().any(|v| v == verdict), "{verdicts:?}");
    }
}
