//! What makes two reports the same result, wherever they were made: the
//! report without the places its files happened to be (a park file's or a
//! plugin's directory) and without the load warnings of plugins it did not
//! use. Its SHA-256 is the report's `result_digest`; `zcp reproduce`
//! re-runs a report and compares the two.

use std::path::Path;

use serde_json::Value;

/// Fields left out: the digest itself, and warnings about the run's
/// surroundings (plugins that failed to load, superseded versions).
const LEFT_OUT: [&str; 2] = ["result_digest", "warnings"];

/// The report (as JSON) reduced to what its result depends on: file paths
/// become file names (the data and plugin digests say what they held).
pub fn canonical(report: &Value) -> Value {
    let mut report = report.clone();
    if let Some(fields) = report.as_object_mut() {
        for field in LEFT_OUT {
            fields.remove(field);
        }
    }
    for standard in array_mut(&mut report, "standards") {
        if let Some(file) = standard.pointer_mut("/origin/file") {
            *file = Value::String(file_name(file));
        }
    }
    for park in array_mut(&mut report, "parks") {
        let Some(file) = park.get_mut("file") else {
            continue;
        };
        let given = file.as_str().unwrap_or_default().to_owned();
        let name = file_name(file);
        *file = Value::String(name.clone());
        for messages in ["errors", "warnings"] {
            for message in array_mut(park, messages) {
                if let Some(text) = message.as_str().filter(|_| !given.is_empty()) {
                    *message = Value::String(text.replace(&given, &name));
                }
            }
        }
    }
    report
}

/// SHA-256 of the canonical report, lowercase hex.
pub fn digest(report: &Value) -> String {
    let bytes = serde_json::to_vec(&canonical(report)).unwrap_or_default();
    crate::runtime::sha256_hex(&bytes)
}

fn array_mut<'a>(value: &'a mut Value, field: &str) -> impl Iterator<Item = &'a mut Value> {
    value
        .get_mut(field)
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
}

/// The last component of a path held in a JSON string.
fn file_name(path: &Value) -> String {
    let path = path.as_str().unwrap_or_default();
    Path::new(path)
        .file_name()
        .map_or_else(|| path.to_owned(), |n| n.to_string_lossy().into_owned())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use serde_json::json;

    use super::*;

    #[test]
    fn paths_and_load_warnings_do_not_change_the_digest_but_results_do() {
        let here = json!({
            "warnings": ["`/a/x.wasm`: refused"],
            "standards": [{"origin": {"file": "/home/a/std/hn.wasm"}, "digest": "ab"}],
            "parks": [{"file": "examples/p.toml", "errors": ["`examples/p.toml`: bad key"], "runs": [{"verdict": "qualified"}]}],
        });
        let there = json!({
            "result_digest": "whatever",
            "warnings": [],
            "standards": [{"origin": {"file": "/srv/b/hn.wasm"}, "digest": "ab"}],
            "parks": [{"file": "/tmp/p.toml", "errors": ["`/tmp/p.toml`: bad key"], "runs": [{"verdict": "qualified"}]}],
        });
        assert_eq!(digest(&here), digest(&there));
        let mut changed = there.clone();
        changed["parks"][0]["runs"][0]["verdict"] = json!("not-qualified");
        assert_ne!(digest(&here), digest(&changed));
        assert_eq!(
            canonical(&there)["parks"][0]["errors"][0],
            "`p.toml`: bad key"
        );
    }
}
