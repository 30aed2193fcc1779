//! What differs between a report and its re-run (`zcp reproduce`), in
//! words: the receipt first (host, limits, dictionary, plugins,
//! parameters, data), then the results it changed.

use serde_json::Value;

/// The differences between two canonical reports (`crate::receipt`), most
/// telling first; empty when none of the known fields differ.
pub fn differences(old: &Value, new: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for (field, what) in [
        ("/host_version", "zcp version"),
        ("/limits", "limits"),
        ("/dictionary/shared_digest", "data dictionary (sha256)"),
        ("/dictionary/defined", "keys the standards define"),
    ] {
        changed(&mut out, what, old.pointer(field), new.pointer(field));
    }
    let labelled = |report: &Value| -> Vec<(String, Value)> {
        items(report, "/standards")
            .map(|s| (text(&s["label"]), s["digest"].clone()))
            .collect()
    };
    let (was, now) = (labelled(old), labelled(new));
    for (label, digest) in &was {
        let after = now.iter().find(|(l, _)| l == label).map(|(_, d)| d);
        changed(
            &mut out,
            &format!("plugin `{label}` (sha256)"),
            Some(digest),
            after,
        );
    }
    for (label, _) in now.iter().filter(|(l, _)| !was.iter().any(|(w, _)| w == l)) {
        out.push(format!("plugin `{label}`: not in the report, used now"));
    }
    let parameters = |report: &Value| -> Vec<(String, String)> {
        items(report, "/parameters")
            .map(|p| {
                (
                    match p["req"].as_str() {
                        Some(req) => format!("{}@{req}:{}", text(&p["standard"]), text(&p["name"])),
                        None => format!("{}:{}", text(&p["standard"]), text(&p["name"])),
                    },
                    text(&p["value"]),
                )
            })
            .collect()
    };
    let (was, now) = (parameters(old), parameters(new));
    for name in was.iter().chain(&now).map(|(n, _)| n) {
        let value = |list: &[(String, String)]| {
            list.iter()
                .find(|(n, _)| n == name)
                .map_or_else(|| "its default".to_owned(), |(_, v)| format!("`{v}`"))
        };
        let (before, after) = (value(&was), value(&now));
        let line = format!("parameter `{name}`: {before} in the report, {after} now");
        if before != after && !out.contains(&line) {
            out.push(line);
        }
    }
    let parks_old: Vec<&Value> = items(old, "/parks").collect();
    let parks_new: Vec<&Value> = items(new, "/parks").collect();
    for (index, (was, now)) in parks_old.iter().zip(&parks_new).enumerate() {
        let park = format!("park {} `{}`", index + 1, text(&was["file"]));
        changed(
            &mut out,
            &format!("{park}: its data (sha256)"),
            was.pointer("/park/data_digest"),
            now.pointer("/park/data_digest"),
        );
        changed(
            &mut out,
            &format!("{park}: year"),
            was.get("year"),
            now.get("year"),
        );
        changed(
            &mut out,
            &format!("{park}: errors"),
            was.get("errors"),
            now.get("errors"),
        );
        let runs_new: Vec<&Value> = items(now, "/runs").collect();
        for (was, now) in items(was, "/runs").zip(runs_new) {
            run_differences(
                &mut out,
                &format!("{park}, `{}`", text(&was["standard"])),
                was,
                now,
            );
        }
    }
    if parks_old.len() != parks_new.len() {
        out.push(format!(
            "{} park(s) in the report, {} now",
            parks_old.len(),
            parks_new.len()
        ));
    }
    out
}

/// The verdict, tier, score, error and each result that changed.
fn run_differences(out: &mut Vec<String>, run: &str, was: &Value, now: &Value) {
    changed(
        out,
        &format!("{run}: verdict"),
        was.get("verdict"),
        now.get("verdict"),
    );
    changed(
        out,
        &format!("{run}: error"),
        was.get("error"),
        now.get("error"),
    );
    for field in ["tier", "score"] {
        let pointer = format!("/evaluation/{field}");
        changed(
            out,
            &format!("{run}: {field}"),
            was.pointer(&pointer),
            now.pointer(&pointer),
        );
    }
    let results_new: Vec<&Value> = items(now, "/evaluation/results").collect();
    for result in items(was, "/evaluation/results") {
        let id = text(&result["id"]);
        let after = results_new.iter().find(|r| r["id"] == result["id"]);
        for field in ["outcome", "value"] {
            changed(
                out,
                &format!("{run}: `{id}` {field}"),
                result.get(field),
                after.and_then(|r| r.get(field)),
            );
        }
    }
}

/// Push "`what`: A in the report, B now" when they differ.
fn changed(out: &mut Vec<String>, what: &str, was: Option<&Value>, now: Option<&Value>) {
    if was != now {
        out.push(format!(
            "{what}: {} in the report, {} now",
            shown(was),
            shown(now)
        ));
    }
}

/// The first JSON pointer at which two reports differ, with both values:
/// for differences [`differences`] does not name.
pub fn first_difference(old: &Value, new: &Value) -> String {
    fn walk(path: &str, old: &Value, new: &Value) -> Option<String> {
        match (old, new) {
            (Value::Object(a), Value::Object(b)) => a
                .iter()
                .find_map(|(k, v)| {
                    walk(&format!("{path}/{k}"), v, b.get(k).unwrap_or(&Value::Null))
                })
                .or_else(|| {
                    b.keys()
                        .find(|k| !a.contains_key(*k))
                        .map(|k| format!("`{path}/{k}`: absent in the report, present now"))
                }),
            (Value::Array(a), Value::Array(b)) if a.len() == b.len() => a
                .iter()
                .zip(b)
                .enumerate()
                .find_map(|(i, (x, y))| walk(&format!("{path}/{i}"), x, y)),
            _ if old == new => None,
            _ => Some(format!(
                "`{path}`: {} in the report, {} now",
                shown(Some(old)),
                shown(Some(new))
            )),
        }
    }
    walk("", old, new).unwrap_or_else(|| "the reports differ only in their layout".to_owned())
}

fn items<'a>(value: &'a Value, pointer: &str) -> impl Iterator<Item = &'a Value> {
    value
        .pointer(pointer)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
}

fn text(value: &Value) -> String {
    value
        .as_str()
        .map_or_else(|| value.to_string(), str::to_owned)
}

/// A value in a line: strings in backticks, the rest as JSON, long ones cut.
fn shown(value: Option<&Value>) -> String {
    let Some(value) = value.filter(|v| !v.is_null()) else {
        return "none".to_owned();
    };
    let text = match value {
        Value::String(s) => format!("`{s}`"),
        other => other.to_string(),
    };
    if text.chars().count() > 120 {
        format!("{}…", text.chars().take(120).collect::<String>())
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use serde_json::json;

    use super::*;

    #[test]
    fn a_changed_parameter_and_the_results_it_changed_are_named() {
        let old = json!({
            "host_version": "0.1.0",
            "standards": [{"label": "cn-zcp@1.0.0", "digest": "aa"}],
            "parameters": [],
            "parks": [{"file": "p.toml", "park": {"data_digest": "d1"}, "year": 2025, "runs": [
                {"standard": "cn-zcp@1.0.0", "verdict": "qualified", "evaluation": {"results": [
                    {"id": "core.x", "outcome": "pass", "value": 0.1}]}}]}],
        });
        let mut new = old.clone();
        new["parameters"] = json!([{"standard": "cn-zcp", "name": "k", "value": "0.31"}]);
        new["parks"][0]["runs"][0]["verdict"] = json!("not-qualified");
        new["parks"][0]["runs"][0]["evaluation"]["results"][0]["value"] = json!(0.25);
        assert_eq!(
            differences(&old, &new),
            [
                "parameter `cn-zcp:k`: its default in the report, `0.31` now",
                "park 1 `p.toml`, `cn-zcp@1.0.0`: verdict: `qualified` in the report, `not-qualified` now",
                "park 1 `p.toml`, `cn-zcp@1.0.0`: `core.x` value: 0.1 in the report, 0.25 now",
            ]
        );
        assert_eq!(
            first_difference(&old, &new),
            "`/parameters`: [] in the report, [{\"name\":\"k\",\"standard\":\"cn-zcp\",\"value\":\"0.31\"}] now"
        );
    }
}
