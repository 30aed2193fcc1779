//! JSON Schemas (draft 2020-12) for park files, the JSON report and the
//! lines of `zcp batch`, as published under `schemas/` and printed by
//! `zcp schema park|report|batch`.
//!
//! The report schema is derived from the report's types, so it follows
//! every field they serialize. The park schema is generated from the data
//! dictionary: each key, written flat (`"fuel.natural-gas.final"`), nested
//! (`"fuel": {"natural-gas": {"final": ...}}`) or half and half, as the
//! loader reads it; the unit of each quantity one of its dimension's; amounts
//! zero or more; closed texts as enums; unknown keys refused.

use std::collections::BTreeMap;

use schemars::generate::SchemaSettings;
use serde_json::{Map, Value, json};
use zcp_park::dictionary::{Dictionary, KeyDef, KeyKind, Scope, Sign};
use zcp_park::units::{self, Dimension};

use crate::batch::Row;
use crate::record::Report;

/// Where the published schemas live; each schema's `$id` is this plus its
/// file name.
pub const BASE_URL: &str = "https://raw.githubusercontent.com/zcp-dev/zcp/main/schemas/";

/// A name the park chooses in a `*` segment (`product.*.unit-energy`).
const WORD: &str = "[a-z0-9-]+";

/// A calendar year as the loader accepts it: 1900 to 2200, plain digits.
const YEAR: &str = "^(19[0-9]{2}|2[01][0-9]{2}|2200)$";

/// The schema of `zcp evaluate --format json`.
pub fn report_schema() -> Value {
    let generator = SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator();
    let mut schema = generator.into_root_schema_for::<Report>().to_value();
    if let Some(root) = schema.as_object_mut() {
        root.insert("$id".into(), format!("{BASE_URL}report.schema.json").into());
        root.insert("title".into(), "zcp evaluation report".into());
        root.insert(
            "description".into(),
            "The JSON report of `zcp evaluate --format json`: for each park file, one run per \
             standard with its verdict, indicator results and arithmetic, and the receipt \
             needed to reproduce it (host and WIT versions, plugin digests, the park file's \
             SHA-256, parameters, limits and every data key read). Numbers that are not \
             finite are written as `null`."
                .into(),
        );
    }
    schema
}

/// The schema of one line of `zcp batch` JSONL output: a park's result
/// under one standard, or a park that could not be assessed.
pub fn batch_schema() -> Value {
    let generator = SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator();
    let mut schema = generator.into_root_schema_for::<Row>().to_value();
    if let Some(root) = schema.as_object_mut() {
        root.insert("$id".into(), format!("{BASE_URL}batch.schema.json").into());
        root.insert("title".into(), "zcp batch line".into());
        root.insert(
            "description".into(),
            "One line of `zcp batch` JSONL output: a park's result under one standard (its \
             verdict, tier, score and each indicator's outcome and unrounded value), or, for a \
             park that could not be read or assessed, its source and the error. Numbers that \
             are not finite are written as `null`."
                .into(),
        );
    }
    schema
}

/// The schema of a park file, from the data dictionary. A TOML park file is
/// checked as the JSON document it parses to.
pub fn park_schema(dictionary: &Dictionary) -> Value {
    let mut defs = Map::new();
    for dimension in Dimension::ALL {
        defs.insert(format!("unit:{dimension}"), unit_schema(dimension));
    }
    for entry in dictionary.entries() {
        defs.insert(key_def_name(&entry.pattern), key_schema(entry));
    }
    for (scope, name, description) in [
        (
            Scope::Profile,
            "profile",
            "Facts about the park, valid for any year: keys of scope `profile` of the data \
             dictionary, written flat (`\"park.zone-level\"`) or nested (`\"park\": \
             {\"zone-level\": ...}`).",
        ),
        (
            Scope::Year,
            "year",
            "The data of one calendar year: keys of scope `year` of the data dictionary, \
             written flat (`\"fuel.natural-gas.final\"`) or nested (`\"fuel\": \
             {\"natural-gas\": {\"final\": ...}}`), or half and half.",
        ),
    ] {
        let mut trie = Trie::default();
        for (index, entry) in dictionary.entries().iter().enumerate() {
            if entry.scope == scope {
                for path in expand(&entry.pattern) {
                    trie.insert(&path, index);
                }
            }
        }
        trie.normalize();
        let mut root = group_schema(&trie, name, &[], dictionary, &mut defs);
        if let Some(object) = root.as_object_mut() {
            object.insert("description".into(), description.into());
            let patterns = object
                .entry("patternProperties")
                .or_insert_with(|| json!({}));
            patterns[foreign_namespaces(dictionary)] = json!({
                "description": "A key of a standard that is not loaded when this schema was \
                    written (`x-<standard id>.…`): zcp warns and ignores it, so one park file \
                    serves runs with different standards."
            });
        }
        defs.insert(name.to_owned(), root);
    }
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": format!("{BASE_URL}park.schema.json"),
        "title": "zcp park file",
        "description": "One industrial park: its identity, facts about it (`profile`) and its \
            data for one or more calendar years (`years`), TOML or JSON. Every key comes from \
            the data dictionary `data/dictionary.toml`, which fixes its dimension and sign; \
            every quantity carries its unit. A TOML file is checked as the JSON document it \
            parses to. Beyond this schema, `zcp` also refuses a key written twice, flat and \
            nested.",
        "type": "object",
        "required": ["id", "name"],
        "additionalProperties": false,
        "properties": {
            "$schema": {
                "description": "Where an editor finds this schema (ignored by zcp).",
                "type": "string",
            },
            "id": {
                "description": "Short identifier: lowercase letters, digits and `-`.",
                "type": "string",
                "pattern": "^[a-z0-9-]+$",
            },
            "name": {
                "description": "Name in Chinese and English, or one text for both.",
                "oneOf": [
                    { "type": "string", "pattern": "\\S" },
                    {
                        "type": "object",
                        "required": ["zh", "en"],
                        "additionalProperties": false,
                        "properties": {
                            "zh": { "description": "Chinese.", "type": "string", "pattern": "\\S" },
                            "en": { "description": "English.", "type": "string", "pattern": "\\S" },
                        },
                    },
                ],
            },
            "province": {
                "description": "ISO 3166-2 code of the province, such as `CN` or `CN-NM`.",
                "type": "string",
                "pattern": "^[A-Z]{2}(-[A-Z0-9]{1,3})?$",
            },
            "profile": { "$ref": "#/$defs/profile" },
            "years": {
                "description": "The data of each calendar year (1900 to 2200), by year.",
                "type": "object",
                "additionalProperties": false,
                "patternProperties": { YEAR: { "$ref": "#/$defs/year" } },
            },
        },
        "$defs": defs,
    })
}

/// One segment of a concrete key path: a word, or a name the park chooses.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Segment {
    Word(String),
    Any,
}

impl Segment {
    /// As written in a definition name: the word, or `*`.
    fn name(&self) -> &str {
        match self {
            Segment::Word(word) => word,
            Segment::Any => "*",
        }
    }

    /// As matched in a member name: the word (its `-` needs no escape), or
    /// any word.
    fn regex(&self) -> &str {
        match self {
            Segment::Word(word) => word,
            Segment::Any => WORD,
        }
    }
}

/// Every path a dictionary pattern stands for: alternations expanded, `*`
/// kept as [`Segment::Any`]. The dictionary has checked the pattern.
fn expand(pattern: &str) -> Vec<Vec<Segment>> {
    let mut paths: Vec<Vec<Segment>> = vec![vec![]];
    for segment in pattern.split('.') {
        let choices: Vec<Segment> = if segment == "*" {
            vec![Segment::Any]
        } else {
            segment
                .trim_start_matches('{')
                .trim_end_matches('}')
                .split('|')
                .map(|w| Segment::Word(w.to_owned()))
                .collect()
        };
        paths = paths
            .iter()
            .flat_map(|path| {
                choices.iter().map(move |choice| {
                    let mut longer = path.clone();
                    longer.push(choice.clone());
                    longer
                })
            })
            .collect();
    }
    paths
}

/// The keys of one scope as a tree of segments.
#[derive(Debug, Clone, Default)]
struct Trie {
    /// The dictionary entry a key ending here belongs to.
    entry: Option<usize>,
    children: BTreeMap<Segment, Trie>,
}

impl Trie {
    fn insert(&mut self, path: &[Segment], entry: usize) {
        match path.split_first() {
            Some((first, rest)) => self
                .children
                .entry(first.clone())
                .or_default()
                .insert(rest, entry),
            None => {
                self.entry.get_or_insert(entry);
            }
        }
    }

    fn merge(&mut self, other: &Trie) {
        if self.entry.is_none() {
            self.entry = other.entry;
        }
        for (segment, child) in &other.children {
            self.children
                .entry(segment.clone())
                .or_default()
                .merge(child);
        }
    }

    /// Where a word and `*` are siblings, a member named by the word matches
    /// both in JSON Schema (`properties` and `patternProperties`), so each
    /// must accept what the other does: the word gets the keys under `*`,
    /// and `*` those under every sibling word (looser than the loader for
    /// other names, never stricter).
    fn normalize(&mut self) {
        if let Some(any) = self.children.get(&Segment::Any).cloned() {
            let words: Vec<Trie> = self
                .children
                .iter_mut()
                .filter(|(segment, _)| **segment != Segment::Any)
                .map(|(_, child)| {
                    let own = child.clone();
                    child.merge(&any);
                    own
                })
                .collect();
            if let Some(any) = self.children.get_mut(&Segment::Any) {
                for word in &words {
                    any.merge(word);
                }
            }
        }
        for child in self.children.values_mut() {
            child.normalize();
        }
    }

    /// Every node below this one, with its path from here.
    fn descendants(&self) -> Vec<(Vec<Segment>, &Trie)> {
        let mut out = Vec::new();
        for (segment, child) in &self.children {
            out.push((vec![segment.clone()], child));
            for (mut path, node) in child.descendants() {
                path.insert(0, segment.clone());
                out.push((path, node));
            }
        }
        out
    }
}

/// The schema of a group of keys (or of a scope's root, when `prefix` is
/// empty), adding the definitions of the groups below it to `defs`.
fn group_schema(
    node: &Trie,
    scope: &str,
    prefix: &[Segment],
    dictionary: &Dictionary,
    defs: &mut Map<String, Value>,
) -> Value {
    let mut properties = Map::new();
    let mut patterns = Map::new();
    for (path, child) in node.descendants() {
        let schema = match child.entry.and_then(|i| dictionary.entries().get(i)) {
            Some(entry) => {
                let mut schema = reference(&key_def_name(&entry.pattern));
                schema["description"] = describe(entry).into();
                schema
            }
            None => {
                let full: Vec<Segment> = prefix.iter().chain(&path).cloned().collect();
                let name = group_def_name(scope, &full);
                if !defs.contains_key(&name) {
                    let group = group_schema(child, scope, &full, dictionary, defs);
                    defs.insert(name.clone(), group);
                }
                reference(&name)
            }
        };
        if path.contains(&Segment::Any) {
            let regex: Vec<&str> = path.iter().map(Segment::regex).collect();
            patterns.insert(format!("^{}$", regex.join("\\.")), schema);
        } else {
            let words: Vec<&str> = path.iter().map(Segment::name).collect();
            properties.insert(words.join("."), schema);
        }
    }
    let mut schema = Map::new();
    if !prefix.is_empty() {
        let words: Vec<&str> = prefix.iter().map(Segment::name).collect();
        schema.insert(
            "description".into(),
            format!("The keys under `{}.`, nested.", words.join(".")).into(),
        );
    }
    schema.insert("type".into(), "object".into());
    schema.insert("properties".into(), properties.into());
    if !patterns.is_empty() {
        schema.insert("patternProperties".into(), patterns.into());
    }
    schema.insert("additionalProperties".into(), false.into());
    schema.into()
}

/// A member name in the namespace of a standard whose keys this schema does
/// not define: `x-<id>` or `x-<id>.…`, `<id>` not one of the owners.
fn foreign_namespaces(dictionary: &Dictionary) -> String {
    let mut owners: Vec<&str> = dictionary
        .entries()
        .iter()
        .filter(|e| e.defined_by.is_some())
        .filter_map(|e| e.pattern.split('.').next()?.strip_prefix("x-"))
        .collect();
    owners.dedup();
    if owners.is_empty() {
        return format!("^x-{WORD}(\\.|$)");
    }
    format!("^x-(?!({})(\\.|$)){WORD}(\\.|$)", owners.join("|"))
}

fn reference(def: &str) -> Value {
    json!({ "$ref": format!("#/$defs/{def}") })
}

/// `key:` and the pattern with `{a|b}` written `(a,b)`, so that a `$ref` to
/// it is a plain URI fragment.
fn key_def_name(pattern: &str) -> String {
    let name: String = pattern
        .chars()
        .map(|c| match c {
            '{' => '(',
            '}' => ')',
            '|' => ',',
            c => c,
        })
        .collect();
    format!("key:{name}")
}

/// `year:fuel.natural-gas`, `profile:park`.
fn group_def_name(scope: &str, path: &[Segment]) -> String {
    let words: Vec<&str> = path.iter().map(Segment::name).collect();
    format!("{scope}:{}", words.join("."))
}

/// The dictionary's description of a key, in both languages.
fn describe(entry: &KeyDef) -> String {
    format!("{} / {}", entry.zh, entry.en)
}

/// The value of one dictionary entry.
fn key_schema(entry: &KeyDef) -> Value {
    let description = describe(entry);
    match &entry.kind {
        KeyKind::Quantity { dimension, sign } => {
            let mut value = json!({ "type": "number" });
            let number = match sign {
                Sign::NonNegative => {
                    value["minimum"] = 0.into();
                    "An amount: zero or more."
                }
                Sign::Any => "Any sign (a net flow or a growth rate).",
            };
            value["description"] = number.into();
            json!({
                "description": description,
                "type": "object",
                "required": ["value", "unit"],
                "additionalProperties": false,
                "properties": {
                    "value": value,
                    "unit": reference(&format!("unit:{dimension}")),
                },
            })
        }
        KeyKind::Text {
            values: Some(values),
        } => {
            json!({ "description": description, "type": "string", "enum": values })
        }
        KeyKind::Text { values: None } => json!({ "description": description, "type": "string" }),
        KeyKind::Flag => json!({ "description": description, "type": "boolean" }),
    }
}

/// The symbols of a dimension, then the aliases of its units.
fn unit_schema(dimension: Dimension) -> Value {
    let symbols: Vec<&str> = units::units_of(dimension).map(|u| u.symbol).collect();
    let aliases = units::aliases()
        .filter(|(_, canonical)| symbols.contains(canonical))
        .map(|(alias, _)| alias);
    let spellings: Vec<&str> = symbols.iter().copied().chain(aliases).collect();
    json!({
        "description": format!(
            "A unit of {dimension} (base `{}`), written exactly (case matters); units \
             convert within their dimension only.",
            dimension.base().symbol
        ),
        "type": "string",
        "enum": spellings,
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn alternations_expand_and_star_stays() {
        let paths = expand("product.*.{a|b}");
        let names: Vec<String> = paths
            .iter()
            .map(|p| p.iter().map(Segment::name).collect::<Vec<_>>().join("."))
            .collect();
        assert_eq!(names, ["product.*.a", "product.*.b"]);
    }

    #[test]
    fn a_word_beside_star_accepts_the_keys_of_both() {
        let dictionary = Dictionary::parse(
            r#"
            version = 1
            [keys."a.*.x"]
            kind = "flag"
            scope = "year"
            zh = "x"
            en = "x"
            [keys."a.b.y"]
            kind = "flag"
            scope = "year"
            zh = "y"
            en = "y"
            "#,
        )
        .unwrap();
        let schema = park_schema(&dictionary);
        let b = &schema["$defs"]["year:a.b"]["properties"];
        assert!(b.get("x").is_some() && b.get("y").is_some(), "{b}");
        let root = &schema["$defs"]["year"];
        assert!(root["properties"].get("a.b.y").is_some(), "{root}");
        assert!(
            root["patternProperties"]
                .get("^a\\.[a-z0-9-]+\\.x$")
                .is_some(),
            "{root}"
        );
    }

    #[test]
    fn report_schema_names_itself() {
        let schema = report_schema();
        assert_eq!(schema["$id"], format!("{BASE_URL}report.schema.json"));
        assert!(schema["$defs"].get("StandardRun").is_some());
    }
}
