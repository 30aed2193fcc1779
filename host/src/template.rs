//! `zcp template`: a park file skeleton holding every key a set of
//! standards reads, or the same keys as a machine-readable list.
//!
//! The TOML skeleton loads as written: `id` and `name` are set, every data
//! key is a commented-out line under `[profile]` or `[years.YYYY]` with its
//! unit and a zero, an empty or a first allowed value. The user uncomments
//! the keys the park has and writes their values. JSON cannot hold comments,
//! so `--format json` is not a park file: it lists the keys with their unit,
//! scope, description and the standards that need them.

use std::fmt::Write as _;
use std::time::{SystemTime, UNIX_EPOCH};

use clap::ValueEnum;
use serde::Serialize;

use crate::model::Text;
use crate::needs::{KeyKindName, KeyScope, Needs};

/// The word written for the name the park chooses in a family of keys:
/// `product.*.unit-energy` becomes `product.example.unit-energy`.
pub const EXAMPLE_NAME: &str = "example";

/// Output format of `zcp template`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Serialize)]
pub enum TemplateFormat {
    /// A park file to fill in: every key commented out, with its unit and description.
    Toml,
    /// A list of the keys for tools (not a park file): key, unit, scope, description, needed by.
    Json,
}

/// A standard that reads a key, and whether it needs it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct NeededBy {
    /// `id@version`.
    pub standard: String,
    /// Whether its absence leaves that standard's evaluation incomplete.
    pub required: bool,
}

/// One key of the template: the requirements of every standard that reads
/// it, merged.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct TemplateKey {
    /// The key as declared; a family has `*` segments.
    pub key: String,
    /// The key as written in the skeleton: a family's `*` replaced by
    /// [`EXAMPLE_NAME`].
    pub example: String,
    /// Whether `key` names a family (one member per name the park chooses).
    pub family: bool,
    /// `quantity`, `text` or `flag`.
    pub kind: KeyKindName,
    /// The allowed values of a text key with a closed set.
    pub values: Vec<String>,
    /// The unit of the first standard that reads it (empty for text and
    /// flags); any unit of the same dimension is accepted.
    pub unit: String,
    /// `profile` or `year`.
    pub scope: KeyScope,
    /// Whether some standard requires it.
    pub required: bool,
    /// What it is, from the first standard that reads it.
    pub description: Text,
    /// Every standard that reads it.
    pub needed_by: Vec<NeededBy>,
}

/// The keys a set of standards reads, for one assessment year.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Template {
    /// The standards as asked for on the command line.
    pub requested: Vec<String>,
    /// Every standard read, bases included (`id@version`).
    pub standards: Vec<String>,
    /// The year of the `[years.YYYY]` table.
    pub year: i32,
    /// The keys, in the order the standards declare them.
    pub keys: Vec<TemplateKey>,
}

impl Template {
    /// The keys of `needs`, each once, in the order first declared.
    pub fn new(needs: &Needs, requested: &[String], year: i32) -> Template {
        let mut keys: Vec<TemplateKey> = Vec::new();
        for layer in &needs.layers {
            for need in &layer.keys {
                let by = NeededBy {
                    standard: layer.standard.clone(),
                    required: need.required,
                };
                if let Some(known) = keys.iter_mut().find(|k| k.key == need.key) {
                    known.required |= need.required;
                    known.needed_by.push(by);
                    continue;
                }
                keys.push(TemplateKey {
                    key: need.key.clone(),
                    example: example_key(&need.key),
                    family: need.family,
                    kind: need.kind,
                    values: need.values.clone(),
                    unit: need.unit.clone(),
                    scope: need.scope,
                    required: need.required,
                    description: need.description.clone(),
                    needed_by: vec![by],
                });
            }
        }
        Template {
            requested: requested.to_vec(),
            standards: needs.labels(),
            year,
            keys,
        }
    }

    /// The machine-readable list (`--format json`).
    pub fn to_json(&self) -> String {
        crate::report::to_json(self)
    }

    /// The park file skeleton (`--format toml`).
    pub fn to_toml(&self) -> String {
        let mut out = String::new();
        self.header(&mut out);
        out.push_str("id = \"my-park\"\n");
        out.push_str("name = { zh = \"园区名称\", en = \"Park name\" }\n");
        out.push_str("# 园区所在省份（ISO 3166-2） / Province of the park (ISO 3166-2)\n");
        out.push_str("# province = \"CN-NM\"\n");
        for (scope, table) in [
            (KeyScope::Profile, "[profile]".to_owned()),
            (KeyScope::Year, format!("[years.{}]", self.year)),
        ] {
            let _ = writeln!(out, "\n{table}");
            let mut group: Option<&str> = None;
            for key in self.keys.iter().filter(|k| k.scope == scope) {
                let head = key.key.split('.').next().unwrap_or_default();
                if group != Some(head) {
                    let _ = writeln!(out, "\n# --- {head} ---");
                    group = Some(head);
                }
                out.push('\n');
                write_key(key, &mut out);
            }
        }
        out
    }

    fn header(&self, out: &mut String) {
        let requested = self.requested.join(" -s ");
        let _ = writeln!(
            out,
            "# Park data for {}: every key {} (generated by `zcp template -s {requested}`).",
            self.standards.join(", "),
            if self.standards.len() == 1 {
                "it reads"
            } else {
                "they read"
            }
        );
        out.push_str(
            "#
# Every data key is commented out, so this file loads as it is. Uncomment
# each key the park has and write its value: a quantity in the unit shown or
# any unit of the same dimension, a text in quotes, a flag `true` or `false`.
# A key marked `required` must be given, or the evaluation is incomplete.
# A family (`product.example.…`) holds one member per name the park chooses:
# copy its lines for each one, `example` replaced by that name (lowercase
# letters, digits and `-`). Add a [years.YYYY] table for each other year.
",
        );
        let required: Vec<&str> = self
            .keys
            .iter()
            .filter(|k| k.required)
            .map(|k| k.example.as_str())
            .collect();
        if !required.is_empty() {
            let _ = writeln!(out, "# Required: {}.", required.join(", "));
        }
        let _ = writeln!(out, "# Check it with `zcp validate FILE -s {requested}`.\n");
    }
}

/// A key's comment lines and its commented-out line.
fn write_key(key: &TemplateKey, out: &mut String) {
    let _ = writeln!(out, "# {}", one_line(&key.description.zh));
    let _ = writeln!(out, "# {}", one_line(&key.description.en));
    let by: Vec<String> = key
        .needed_by
        .iter()
        .map(|b| {
            format!(
                "{} {}",
                if b.required {
                    "required by"
                } else {
                    "optional for"
                },
                b.standard
            )
        })
        .collect();
    let mut facts = by.join(", ");
    if key.family {
        let _ = write!(facts, "; one per name (`{}`)", key.key);
    }
    let _ = writeln!(out, "# {facts}");
    let (value, hint) = match key.kind {
        KeyKindName::Quantity => (format!("{{ value = 0, unit = \"{}\" }}", key.unit), None),
        KeyKindName::Flag => ("false".to_owned(), Some("true or false".to_owned())),
        KeyKindName::Text => match key.values.first() {
            Some(first) => (
                format!("\"{first}\""),
                Some(format!("one of: {}", key.values.join(", "))),
            ),
            None => ("\"\"".to_owned(), None),
        },
    };
    match hint {
        Some(hint) => {
            let _ = writeln!(out, "# {} = {value}  # {hint}", key.example);
        }
        None => {
            let _ = writeln!(out, "# {} = {value}", key.example);
        }
    }
}

/// A family key with [`EXAMPLE_NAME`] for each `*`; any other key as it is.
pub fn example_key(key: &str) -> String {
    key.split('.')
        .map(|s| if s == "*" { EXAMPLE_NAME } else { s })
        .collect::<Vec<_>>()
        .join(".")
}

/// Text on one line, for a comment.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The default year of a template: the last full calendar year (the current
/// year minus one), the one a park reports on. 2025 if the clock is unset.
pub fn last_full_year() -> i32 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .ok()
        .and_then(|d| i64::try_from(d.as_secs() / 86_400).ok())
        .map_or(2025, |days| year_of_day(days) - 1)
}

/// The calendar year of a day counted from 1970-01-01 (proleptic Gregorian,
/// H. Hinnant's `civil_from_days`).
fn year_of_day(days: i64) -> i32 {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let year = yoe + era * 400 + i64::from(mp >= 10);
    i32::try_from(year).unwrap_or(2025)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_of_days_around_new_year_and_leap_days() {
        assert_eq!(year_of_day(0), 1970);
        assert_eq!(year_of_day(20_088), 2024); // 2024-12-31
        assert_eq!(year_of_day(20_089), 2025); // 2025-01-01
        assert_eq!(year_of_day(11_016), 2000); // 2000-02-29
        assert_eq!(year_of_day(47_541), 2100); // 2100-03-01
        assert!(last_full_year() >= 2024);
    }

    #[test]
    fn a_family_is_written_with_an_example_name() {
        assert_eq!(
            example_key("product.*.unit-energy"),
            "product.example.unit-energy"
        );
        assert_eq!(
            example_key("electricity.grid-purchased"),
            "electricity.grid-purchased"
        );
    }
}
