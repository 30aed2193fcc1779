//! `zcp batch`: parks from directories, files and JSONL, one line per park
//! and standard in input order whatever the number of jobs, a bad park as
//! one error line, CSV, and Ctrl-C leaving a valid prefix of the output.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::{root, stderr_of, zcp};

/// A national standard and a provincial one that extends it.
const STANDARDS: [&str; 4] = ["-s", "cn-zcp@1", "-s", "cn-nm-zcp@1"];

/// A JSONL line holding `tests/data/w2-coal.json` under another id.
fn w2_line(id: &str) -> String {
    let text = std::fs::read_to_string(root().join("tests/data/w2-coal.json")).unwrap();
    let mut park: Value = serde_json::from_str(&text).unwrap();
    park["id"] = Value::from(id);
    serde_json::to_string(&park).unwrap()
}

/// The inputs of a small batch, in the order given: a directory (two
/// example parks, one in a subdirectory, and a broken file), a park file,
/// and a JSONL file (two parks, a blank line, a park with a bad unit).
/// Seven parks: five to evaluate, two bad.
fn inputs(dir: &Path) -> Vec<PathBuf> {
    let parks = dir.join("parks");
    std::fs::create_dir_all(parks.join("sub")).unwrap();
    let copy = |from: &str, to: &str| std::fs::copy(root().join(from), parks.join(to)).unwrap();
    copy("examples/parks/ordos-green.toml", "a-ordos.toml");
    copy("tests/data/bad/malformed.toml", "b-broken.toml");
    copy("examples/parks/coal-heavy.toml", "sub/c-coal.toml");
    std::fs::write(parks.join("notes.txt"), "not a park").unwrap();
    let jsonl = dir.join("more.jsonl");
    let bad_unit = r#"{"id": "bad-unit", "name": "bad unit", "years": {"2025": {"electricity.grid-purchased": {"value": 1, "unit": "MWH"}}}}"#;
    let lines = [
        w2_line("w2-a"),
        String::new(),
        bad_unit.to_owned(),
        w2_line("w2-b"),
    ];
    std::fs::write(&jsonl, lines.join("\n") + "\n").unwrap();
    vec![parks, root().join("examples/parks/data-gaps.json"), jsonl]
}

/// `zcp batch INPUTS -s … -o OUT EXTRA…`, exiting `code`: the output's text.
fn batch(inputs: &[PathBuf], out: &Path, extra: &[&str], code: i32) -> String {
    zcp()
        .arg("batch")
        .args(inputs)
        .args(STANDARDS)
        .arg("-o")
        .arg(out)
        .args(extra)
        .assert()
        .code(code);
    std::fs::read_to_string(out).unwrap()
}

#[test]
fn a_batch_gives_one_line_per_park_and_standard_in_input_order_and_bad_parks_as_error_lines() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = inputs(dir.path());
    let summary_file = dir.path().join("summary.json");
    let summary_arg = summary_file.to_str().unwrap();
    let one = batch(
        &inputs,
        &dir.path().join("one.jsonl"),
        &["--jobs", "1", "--summary", summary_arg],
        1,
    );
    let two = batch(&inputs, &dir.path().join("two.jsonl"), &["--jobs", "2"], 1);
    assert_eq!(one, two, "the output does not depend on the number of jobs");

    let lines: Vec<Value> = one
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let schema = jsonschema::validator_for(&zcp::schema::batch_schema()).unwrap();
    for line in &lines {
        let errors: Vec<String> = schema.iter_errors(line).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{line}: {errors:?}");
    }
    let seen: Vec<(String, Value, Value)> = lines
        .iter()
        .map(|l| {
            let source = l["source"].as_str().unwrap();
            let name = Path::new(source).file_name().unwrap().to_str().unwrap();
            let what = if l["standard"].is_string() {
                l["standard"].clone()
            } else {
                Value::from("error")
            };
            (name.to_owned(), l["line"].clone(), what)
        })
        .collect();
    let both = |file: &str, line: Value| {
        [
            (file.to_owned(), line.clone(), Value::from("cn-zcp@1.0.0")),
            (file.to_owned(), line, Value::from("cn-nm-zcp@1.0.0")),
        ]
    };
    let error = |file: &str, line: Value| [(file.to_owned(), line, Value::from("error"))];
    let expected: Vec<(String, Value, Value)> = [
        both("a-ordos.toml", Value::Null).to_vec(),
        error("b-broken.toml", Value::Null).to_vec(),
        both("c-coal.toml", Value::Null).to_vec(),
        both("data-gaps.json", Value::Null).to_vec(),
        both("more.jsonl", Value::from(1)).to_vec(),
        error("more.jsonl", Value::from(3)).to_vec(),
        both("more.jsonl", Value::from(4)).to_vec(),
    ]
    .concat();
    assert_eq!(seen, expected);

    // A bad park is one line naming its file (and line), nothing else.
    let errors: Vec<&Value> = lines
        .iter()
        .filter(|l| l.get("standard").is_none())
        .collect();
    for error in &errors {
        let keys: Vec<&String> = error.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["error", "line", "source"], "{error}");
    }
    let message = errors[1]["error"].as_str().unwrap();
    assert!(
        message.contains("more.jsonl:3") && message.contains("`MWH`"),
        "{message}"
    );
    let message = errors[0]["error"].as_str().unwrap();
    assert!(message.contains("b-broken.toml"), "{message}");

    // A layered standard is one line holding its base's indicators too.
    let nm = &lines[1];
    assert_eq!(nm["park"], "ordos-green-demo");
    assert!(
        nm["indicators"].get("core.carbon-per-energy").is_some(),
        "{nm}"
    );
    assert_eq!(lines[4]["park"], "coal-heavy-demo");
    assert_eq!(lines[8]["park"], "w2-a");
    assert_eq!(lines[8]["year"], 2025);

    let summary: Value =
        serde_json::from_str(&std::fs::read_to_string(&summary_file).unwrap()).unwrap();
    assert_eq!(summary["parks_read"], 7);
    assert_eq!(summary["parks_written"], 7);
    assert_eq!(summary["parks_evaluated"], 5);
    assert_eq!(summary["parks_with_errors"], 2);
    assert_eq!(summary["evaluations"], 10);
    assert_eq!(summary["interrupted"], false);
    for tally in summary["standards"].as_array().unwrap() {
        for (verdict, count) in tally["verdicts"].as_object().unwrap() {
            let lines_with = lines
                .iter()
                .filter(|l| l["standard"] == tally["standard"] && l["verdict"] == *verdict)
                .count();
            assert_eq!(count, lines_with, "{tally}");
        }
        let errored = lines
            .iter()
            .filter(|l| l["standard"] == tally["standard"] && l["error"].is_string())
            .count();
        assert_eq!(tally["errors"], errored);
    }
}

#[test]
fn csv_has_the_same_rows_with_two_columns_per_indicator() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = inputs(dir.path());
    let jsonl = batch(&inputs, &dir.path().join("out.jsonl"), &[], 1);
    let out = dir.path().join("out.csv");
    batch(&inputs, &out, &[], 1);
    let mut reader = csv::Reader::from_path(&out).unwrap();
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        header[..12],
        [
            "source",
            "line",
            "park",
            "name",
            "province",
            "year",
            "standard",
            "verdict",
            "tier",
            "score",
            "max_score",
            "error"
        ]
    );
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let carbon = column("core.carbon-per-energy");
    assert_eq!(header[carbon + 1], "core.carbon-per-energy.outcome");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let lines: Vec<Value> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), lines.len());
    for (row, line) in rows.iter().zip(&lines) {
        assert_eq!(row.len(), header.len());
        assert_eq!(
            row[column("line")],
            line["line"].to_string().replace("null", "")
        );
        match line["standard"].as_str() {
            Some(standard) => {
                assert_eq!(&row[column("standard")], standard);
                assert_eq!(&row[column("verdict")], line["verdict"].as_str().unwrap());
                let cell = &line["indicators"]["core.carbon-per-energy"];
                assert_eq!(&row[carbon + 1], cell["outcome"].as_str().unwrap());
                if let Some(value) = cell["value"].as_f64() {
                    assert_eq!(row[carbon].parse::<f64>().unwrap(), value);
                }
            }
            None => {
                assert_eq!(&row[column("standard")], "");
                assert_eq!(&row[column("error")], line["error"].as_str().unwrap());
            }
        }
    }
}

#[test]
fn usage_errors_stop_before_the_batch_starts() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.jsonl");
    let missing = dir.path().join("missing.jsonl");
    let run = |input: &Path, out: &Path, spec: &str| {
        stderr_of(
            zcp()
                .arg("batch")
                .arg(input)
                .args(["-s", spec, "-o"])
                .arg(out),
            2,
        )
    };
    let park = root().join("examples/parks/ordos-green.toml");
    assert!(run(&missing, &out, "cn-zcp@1").contains("input `"));
    assert!(run(&park, &dir.path().join("out.txt"), "cn-zcp@1").contains("`--format`"));
    assert!(run(&park, &out, "no-such-standard@1").contains("no-such-standard"));
    assert!(
        !out.exists(),
        "no output is created before the batch can start"
    );
}

/// The parks of the interrupted batch: many more than are written before
/// the interrupt lands.
const MANY: usize = 4000;

#[cfg(unix)]
#[test]
fn ctrl_c_leaves_a_valid_truncated_output_in_input_order() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = dir.path().join("many.jsonl");
    let lines: Vec<String> = (0..MANY).map(|i| w2_line(&format!("w2-{i}"))).collect();
    std::fs::write(&jsonl, lines.join("\n") + "\n").unwrap();
    let out = dir.path().join("out.jsonl");
    let summary_file = dir.path().join("summary.json");
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("zcp"))
        .current_dir(root())
        .env_remove(zcp::registry::STANDARDS_PATH_ENV)
        .args(["batch", "-s", "cn-zcp@1", "--jobs", "2", "-o"])
        .arg(&out)
        .arg("--summary")
        .arg(&summary_file)
        .arg(&jsonl)
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    while std::fs::read_to_string(&out).map_or(0, |t| t.lines().count()) < 3 {
        assert!(Instant::now() < deadline, "no output after 120 s");
        assert!(
            child.try_wait().unwrap().is_none(),
            "finished before Ctrl-C"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let kill = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(kill.success());
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(130), "{status}");

    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.ends_with('\n'), "the last line is whole");
    let parks: Vec<String> = text
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["park"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert!(
        parks.len() >= 3 && parks.len() < MANY,
        "{} lines",
        parks.len()
    );
    let prefix: Vec<String> = (0..parks.len()).map(|i| format!("w2-{i}")).collect();
    assert_eq!(parks, prefix, "the first parks, in input order");
    let summary: Value =
        serde_json::from_str(&std::fs::read_to_string(&summary_file).unwrap()).unwrap();
    assert_eq!(summary["interrupted"], true);
    assert_eq!(summary["parks_written"], parks.len());
}
