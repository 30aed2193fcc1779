//! A synthetic park as a park file: one JSON line, or TOML.
//!
//! Written by hand rather than through serde: the order of the keys is the
//! generator's (not a map's, which a feature of serde_json enabled anywhere
//! in a build would change), and writing cannot fail.

use crate::park::{Entry, SyntheticPark, Value};

/// The park as one line of JSON (no newline at its end): the format of a
/// park file (`.json`), and of each line of a JSONL file.
pub fn to_json_line(park: &SyntheticPark) -> String {
    let mut out = String::with_capacity(4096);
    out.push_str("{\"id\":");
    quote(&mut out, &park.id);
    out.push_str(",\"name\":{\"zh\":");
    quote(&mut out, &park.name_zh);
    out.push_str(",\"en\":");
    quote(&mut out, &park.name_en);
    out.push_str("},\"province\":");
    quote(&mut out, park.province);
    out.push_str(",\"profile\":");
    json_entries(&mut out, &park.profile);
    out.push_str(",\"years\":{");
    for (i, year) in park.years.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('"');
        out.push_str(&year.year.to_string());
        out.push_str("\":");
        json_entries(&mut out, &year.entries);
    }
    out.push_str("}}");
    out
}

fn json_entries(out: &mut String, entries: &[Entry]) {
    out.push('{');
    for (i, e) in entries.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        quote(out, &e.key);
        out.push(':');
        match &e.value {
            Value::Quantity { value, unit } => {
                out.push_str("{\"value\":");
                out.push_str(&number(*value));
                out.push_str(",\"unit\":");
                quote(out, unit);
                out.push('}');
            }
            Value::Text(text) => quote(out, text),
            Value::Flag(flag) => out.push_str(if *flag { "true" } else { "false" }),
        }
    }
    out.push('}');
}

/// The park as a TOML park file, laid out as the examples are.
pub fn to_toml(park: &SyntheticPark) -> String {
    let mut out = String::with_capacity(8192);
    out.push_str(
        "# Synthetic park drawn by `zcp synth`: illustrative figures, not a real park's.\n",
    );
    out.push_str("id = ");
    quote(&mut out, &park.id);
    out.push_str("\nname = { zh = ");
    quote(&mut out, &park.name_zh);
    out.push_str(", en = ");
    quote(&mut out, &park.name_en);
    out.push_str(" }\nprovince = ");
    quote(&mut out, park.province);
    out.push_str("\n\n[profile]\n");
    toml_entries(&mut out, &park.profile);
    for year in &park.years {
        out.push_str("\n[years.");
        out.push_str(&year.year.to_string());
        out.push_str("]\n");
        toml_entries(&mut out, &year.entries);
    }
    out
}

fn toml_entries(out: &mut String, entries: &[Entry]) {
    for e in entries {
        toml_key(out, &e.key);
        out.push_str(" = ");
        match &e.value {
            Value::Quantity { value, unit } => {
                out.push_str("{ value = ");
                out.push_str(&number(*value));
                out.push_str(", unit = ");
                quote(out, unit);
                out.push_str(" }");
            }
            Value::Text(text) => quote(out, text),
            Value::Flag(flag) => out.push_str(if *flag { "true" } else { "false" }),
        }
        out.push('\n');
    }
}

/// A dotted key: each segment bare when it can be, else quoted.
fn toml_key(out: &mut String, key: &str) {
    for (i, segment) in key.split('.').enumerate() {
        if i > 0 {
            out.push('.');
        }
        let bare = !segment.is_empty()
            && segment
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if bare {
            out.push_str(segment);
        } else {
            quote(out, segment);
        }
    }
}

/// A string in double quotes, escaped for JSON and TOML alike (the two
/// share these escapes).
fn quote(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                out.push_str(&format!("\\u{:04X}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A finite number as both formats read it: the shortest decimal that
/// reads back to the same double (`300`, `0.1235`, `666666.6666666666`).
/// Rust never writes an exponent here, so a whole number past 2^63 would be
/// a TOML integer out of range: such a number gets one.
fn number(value: f64) -> String {
    if !value.is_finite() {
        return "0".to_owned();
    }
    let value = value + 0.0;
    if value.abs() >= 1e15 {
        format!("{value:e}")
    } else {
        format!("{value}")
    }
}

#[cfg(test)]
mod tests {
    use super::{number, quote, toml_key};

    #[test]
    fn numbers_read_back_in_both_formats() {
        assert_eq!(number(300.0), "300");
        assert_eq!(number(0.1235), "0.1235");
        assert_eq!(number(-0.0), "0");
        assert_eq!(number(2e20), "2e20");
        assert_eq!(number(f64::NAN), "0");
        let edge = 666_666.666_666_666_6_f64;
        assert_eq!(number(edge).parse::<f64>().unwrap(), edge);
    }

    #[test]
    fn strings_and_keys_are_escaped() {
        let mut s = String::new();
        quote(&mut s, "a\"b\\c\u{1}园");
        assert_eq!(s, r#""a\"b\\c\u0001园""#);
        let mut k = String::new();
        toml_key(&mut k, "product.castings-2.name");
        assert_eq!(k, "product.castings-2.name");
        let mut odd = String::new();
        toml_key(&mut odd, "a.b c");
        assert_eq!(odd, r#"a."b c""#);
    }
}
