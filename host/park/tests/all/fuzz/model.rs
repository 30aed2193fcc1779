//! Park documents built from the dictionary's real keys, written as TOML in
//! three styles or as JSON, with every member kept (duplicates included).

use proptest::prelude::*;
use proptest::sample::select;
use zcp_park::units::{self, Dimension};
use zcp_park::{KeyKind, Scope, Sign};

use crate::fuzz::{concrete_keys, dictionary, quote};

/// A value of a document, spelled for each syntax.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Doc {
    /// A number as written in TOML and in JSON.
    Num {
        toml: String,
        json: String,
    },
    Str(String),
    Bool(bool),
    List(Vec<Doc>),
    /// Members in order, duplicates kept.
    Table(Vec<(String, Doc)>),
}

impl Doc {
    /// A number both syntaxes spell alike.
    pub(crate) fn num(spelling: &str) -> Doc {
        Doc::Num {
            toml: spelling.to_owned(),
            json: spelling.to_owned(),
        }
    }

    /// A quantity table.
    pub(crate) fn quantity(value: Doc, unit: Doc) -> Doc {
        Doc::Table(vec![("value".into(), value), ("unit".into(), unit)])
    }

    fn looks_like_value(&self) -> bool {
        matches!(self, Doc::Table(m) if m.iter().any(|(k, _)| k == "value" || k == "unit"))
    }

    /// Put `value` at the dotted `key` of this table: one member named by the
    /// whole key (`flat`), or a path of tables shared with the members there.
    pub(crate) fn insert(&mut self, key: &str, value: Doc, flat: bool) {
        let Doc::Table(members) = self else {
            unreachable!("insert into a table")
        };
        let (first, rest) = match key.split_once('.') {
            Some((first, rest)) if !flat => (first, Some(rest)),
            _ => (key, None),
        };
        match rest {
            None => members.push((first.to_owned(), value)),
            Some(rest) => {
                let at = members
                    .iter()
                    .rposition(|(k, v)| k == first && matches!(v, Doc::Table(_)));
                let at = at.unwrap_or_else(|| {
                    members.push((first.to_owned(), Doc::Table(vec![])));
                    members.len() - 1
                });
                members[at].1.insert(rest, value, false);
            }
        }
    }
}

/// How a TOML file is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    /// `[years.2025]` then `electricity.exported = { value = 1, unit = "MWh" }`.
    Dotted,
    /// A `[header]` for every table.
    Headers,
    /// Everything in inline tables.
    Inline,
}

pub(crate) fn style() -> impl Strategy<Value = Style> {
    prop_oneof![
        Just(Style::Dotted),
        Just(Style::Headers),
        Just(Style::Inline)
    ]
}

/// A key as TOML writes it: bare when it can be.
fn toml_key(key: &str) -> String {
    if !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        key.to_owned()
    } else {
        quote(key)
    }
}

fn toml_path(path: &[&str]) -> String {
    path.iter()
        .map(|k| toml_key(k))
        .collect::<Vec<_>>()
        .join(".")
}

/// A value written inline.
fn toml_inline(doc: &Doc) -> String {
    match doc {
        Doc::Num { toml, .. } => toml.clone(),
        Doc::Str(s) => quote(s),
        Doc::Bool(b) => b.to_string(),
        Doc::List(items) => {
            let items: Vec<String> = items.iter().map(toml_inline).collect();
            format!("[{}]", items.join(", "))
        }
        Doc::Table(members) => {
            let members: Vec<String> = members
                .iter()
                .map(|(k, v)| format!("{} = {}", toml_key(k), toml_inline(v)))
                .collect();
            format!("{{ {} }}", members.join(", "))
        }
    }
}

/// The members of a table as dotted `key = value` lines, down to scalars,
/// lists, empty tables and quantities.
fn toml_dotted(prefix: &[&str], doc: &Doc, out: &mut String) {
    match doc {
        Doc::Table(members) if !members.is_empty() && !doc.looks_like_value() => {
            for (k, v) in members {
                let mut path = prefix.to_vec();
                path.push(k);
                toml_dotted(&path, v, out);
            }
        }
        _ => out.push_str(&format!("{} = {}\n", toml_path(prefix), toml_inline(doc))),
    }
}

/// A table at `path` as a header, its plain members, then its tables.
fn toml_headers(path: &[&str], members: &[(String, Doc)], out: &mut String) {
    if !path.is_empty() {
        out.push_str(&format!("[{}]\n", toml_path(path)));
    }
    for (k, v) in members {
        if !matches!(v, Doc::Table(_)) {
            out.push_str(&format!("{} = {}\n", toml_key(k), toml_inline(v)));
        }
    }
    for (k, v) in members {
        if let Doc::Table(inner) = v {
            let mut path = path.to_vec();
            path.push(k);
            toml_headers(&path, inner, out);
        }
    }
}

/// A document as TOML.
pub(crate) fn toml(doc: &Doc, style: Style) -> String {
    let Doc::Table(members) = doc else {
        return toml_inline(doc);
    };
    let mut out = String::new();
    match style {
        Style::Inline => {
            for (k, v) in members {
                out.push_str(&format!("{} = {}\n", toml_key(k), toml_inline(v)));
            }
        }
        Style::Headers => toml_headers(&[], members, &mut out),
        Style::Dotted => {
            // Sections (`[profile]`, `[years.<year>]`) after every line that
            // belongs to the root.
            let mut sections: Vec<(Vec<&str>, &Doc)> = Vec::new();
            for (k, v) in members {
                match (k.as_str(), v) {
                    ("profile", Doc::Table(_)) => sections.push((vec!["profile"], v)),
                    ("years", Doc::Table(years))
                        if years.iter().all(|(_, y)| matches!(y, Doc::Table(_))) =>
                    {
                        for (year, y) in years {
                            sections.push((vec!["years", year.as_str()], y));
                        }
                    }
                    _ => toml_dotted(&[k], v, &mut out),
                }
            }
            for (path, section) in sections {
                out.push_str(&format!("[{}]\n", toml_path(&path)));
                if let Doc::Table(members) = section {
                    for (k, v) in members {
                        toml_dotted(&[k], v, &mut out);
                    }
                }
            }
        }
    }
    out
}

/// A document as JSON.
pub(crate) fn json(doc: &Doc) -> String {
    match doc {
        Doc::Num { json, .. } => json.clone(),
        Doc::Str(s) => quote(s),
        Doc::Bool(b) => b.to_string(),
        Doc::List(items) => {
            let items: Vec<String> = items.iter().map(json).collect();
            format!("[{}]", items.join(", "))
        }
        Doc::Table(members) => {
            let members: Vec<String> = members
                .iter()
                .map(|(k, v)| format!("{}: {}", quote(k), json(v)))
                .collect();
            format!("{{{}}}", members.join(", "))
        }
    }
}

/// What a valid entry must read back as.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Expected {
    /// The value and the unit as written (an alias, maybe padded).
    Quantity {
        value: f64,
        unit: String,
    },
    Text(String),
    Flag(bool),
}

/// One key of a section with its value.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub(crate) key: String,
    pub(crate) value: Doc,
    /// Written as one member named by the whole key, or as nested tables.
    pub(crate) flat: bool,
    /// What it reads back as; `None` for a key ignored with a warning.
    pub(crate) expected: Option<Expected>,
}

/// A park file that must load: real keys, real units, finite numbers.
#[derive(Debug, Clone)]
pub(crate) struct Model {
    pub(crate) id: String,
    pub(crate) name: Doc,
    pub(crate) province: Option<String>,
    pub(crate) profile: Vec<Entry>,
    pub(crate) years: Vec<(String, Vec<Entry>)>,
    /// Root members written after the others (`$schema`, or a fault's).
    pub(crate) extra: Vec<(String, Doc)>,
}

impl Model {
    /// The document, members in the order given.
    pub(crate) fn doc(&self) -> Doc {
        let mut root = Doc::Table(vec![
            ("id".into(), Doc::Str(self.id.clone())),
            ("name".into(), self.name.clone()),
        ]);
        if let Doc::Table(members) = &mut root {
            if let Some(province) = &self.province {
                members.push(("province".into(), Doc::Str(province.clone())));
            }
            let mut profile = Doc::Table(vec![]);
            for entry in &self.profile {
                profile.insert(&entry.key, entry.value.clone(), entry.flat);
            }
            members.push(("profile".into(), profile));
            let mut years = Vec::new();
            for (year, entries) in &self.years {
                let mut section = Doc::Table(vec![]);
                for entry in entries {
                    section.insert(&entry.key, entry.value.clone(), entry.flat);
                }
                years.push((year.clone(), section));
            }
            members.push(("years".into(), Doc::Table(years)));
            members.extend(self.extra.iter().cloned());
        }
        root
    }

    /// Every key written, with its section (`None`: the profile).
    pub(crate) fn keys(&self) -> impl Iterator<Item = (Option<&str>, &Entry)> {
        let profile = self.profile.iter().map(|e| (None, e));
        let years = self
            .years
            .iter()
            .flat_map(|(y, entries)| entries.iter().map(move |e| (Some(y.as_str()), e)));
        profile.chain(years)
    }

    /// A section for a yearly key: the first calendar year, added when there
    /// is none.
    pub(crate) fn some_year(&mut self) -> &mut Vec<Entry> {
        let calendar = |y: &str| y.parse::<i32>().is_ok_and(|n| (1900..=2200).contains(&n));
        let at = match self.years.iter().position(|(y, _)| calendar(y)) {
            Some(at) => at,
            None => {
                self.years.push(("2025".into(), vec![]));
                self.years.len() - 1
            }
        };
        &mut self.years[at].1
    }

    /// Whether a key is written anywhere.
    pub(crate) fn has(&self, key: &str) -> bool {
        self.keys().any(|(_, e)| e.key == key)
    }
}

/// A name the park chooses for a `*` segment.
pub(crate) fn word() -> impl Strategy<Value = String> {
    "[a-z0-9][a-z0-9-]{0,8}"
}

/// A real key of the dictionary, `*` segments named.
pub(crate) fn real_key() -> impl Strategy<Value = String> {
    (select(concrete_keys()), word()).prop_map(|(key, name)| key.replace("<name>", &name))
}

/// The spellings of the units of a dimension: symbols and aliases.
pub(crate) fn spellings(dimension: Dimension) -> Vec<&'static str> {
    let mut all: Vec<&str> = units::units_of(dimension).map(|u| u.symbol).collect();
    all.extend(
        units::aliases()
            .filter(|(_, canonical)| units::unit(canonical).is_ok_and(|u| u.dimension == dimension))
            .map(|(alias, _)| alias),
    );
    all
}

/// A finite number, spelled for both syntaxes, and its value.
pub(crate) fn finite(sign: Sign) -> impl Strategy<Value = (f64, Doc)> {
    let float = prop_oneof![
        any::<f64>().prop_filter("finite", |v| v.is_finite()),
        select(vec![
            0.0,
            -0.0,
            1e308,
            -1e308,
            f64::MAX,
            f64::MIN,
            f64::MIN_POSITIVE,
            5e-324,
            0.1,
            1e16,
            123_456.789,
        ]),
        (-1e9..1e9f64),
    ]
    .prop_flat_map(|v| (Just(v), 0..3u8))
    .prop_map(|(v, variant)| {
        let plain = format!("{v:?}");
        let spelled = match variant {
            1 => plain.replace('e', "E"),
            2 if plain.contains('e') && !plain.contains("e-") => plain.replace('e', "e+"),
            _ => plain,
        };
        (v, Doc::num(&spelled))
    });
    let integer = any::<i64>()
        .prop_flat_map(|i| (Just(i), 0..4u8))
        .prop_map(|(i, variant)| {
            let json = i.to_string();
            let toml = match variant {
                1 if i >= 0 => format!("0x{i:X}"),
                2 if i >= 0 => format!("0o{i:o}"),
                3 if i > 1000 => {
                    let digits = i.to_string();
                    let (head, tail) = digits.split_at(digits.len() - 3);
                    format!("+{head}_{tail}")
                }
                _ => json.clone(),
            };
            (i as f64, Doc::Num { toml, json })
        });
    prop_oneof![3 => float, 1 => integer].prop_map(move |(v, doc)| match sign {
        Sign::NonNegative if v < 0.0 => {
            let flip = |s: &str| s.strip_prefix('-').unwrap_or(s).to_owned();
            let doc = match doc {
                Doc::Num { toml, json } => Doc::Num {
                    toml: flip(&toml),
                    json: flip(&json),
                },
                other => other,
            };
            (-v, doc)
        }
        _ => (v, doc),
    })
}

/// A text: anything printable and more (quotes, backslashes, tabs, emoji).
pub(crate) fn text() -> impl Strategy<Value = String> {
    prop_oneof!["\\PC{0,24}", "[\"\\\\\t\n 园区\u{1F600}a-z]{0,12}"]
}

/// A valid value for a key, and what it reads back as.
pub(crate) fn valid_value(key: &str) -> BoxedStrategy<(Doc, Expected)> {
    let def = dictionary().lookup(key).unwrap();
    match def.kind.clone() {
        KeyKind::Quantity { dimension, sign } => (
            finite(sign),
            select(spellings(dimension)),
            select(vec!["", " ", "\t"]),
        )
            .prop_map(|((value, number), unit, pad)| {
                let unit = format!("{pad}{unit}{pad}");
                let expected = Expected::Quantity {
                    value,
                    unit: unit.clone(),
                };
                (Doc::quantity(number, Doc::Str(unit)), expected)
            })
            .boxed(),
        KeyKind::Text {
            values: Some(values),
        } => select(values)
            .prop_map(|s| (Doc::Str(s.clone()), Expected::Text(s)))
            .boxed(),
        KeyKind::Text { values: None } => text()
            .prop_map(|s| (Doc::Str(s.clone()), Expected::Text(s)))
            .boxed(),
        KeyKind::Flag => any::<bool>()
            .prop_map(|b| (Doc::Bool(b), Expected::Flag(b)))
            .boxed(),
    }
}

/// A valid entry of a real key.
pub(crate) fn entry() -> impl Strategy<Value = Entry> {
    real_key().prop_flat_map(|key| {
        (Just(key.clone()), valid_value(&key), any::<bool>()).prop_map(|(key, (value, e), flat)| {
            Entry {
                key,
                value,
                flat,
                expected: Some(e),
            }
        })
    })
}

/// A key of a standard not loaded: ignored with a warning.
fn foreign_entry() -> impl Strategy<Value = Entry> {
    (
        "x-[a-z]{1,6}",
        "[a-z][a-z-]{0,6}",
        any::<bool>(),
        any::<u16>(),
    )
        .prop_map(|(owner, name, flat, n)| Entry {
            key: format!("{owner}.{name}"),
            value: Doc::quantity(Doc::num(&n.to_string()), Doc::Str("MWh".into())),
            flat,
            expected: None,
        })
}

/// A name: one text, or both languages.
fn name() -> impl Strategy<Value = Doc> {
    let one = "[^\\s\\p{C}][^\\p{C}]{0,12}".prop_map(Doc::Str);
    let both = ("[^\\s\\p{C}]{1,6}", "[A-Za-z][A-Za-z ]{0,10}").prop_map(|(zh, en)| {
        Doc::Table(vec![
            ("zh".into(), Doc::Str(zh)),
            ("en".into(), Doc::Str(en)),
        ])
    });
    prop_oneof![one, both]
}

/// A park file that must load.
pub(crate) fn model() -> impl Strategy<Value = Model> {
    (
        "[a-z0-9-]{1,12}",
        name(),
        proptest::option::of("[A-Z]{2}(-[A-Z0-9]{1,3})?"),
        proptest::collection::vec(entry(), 0..16),
        proptest::collection::vec(foreign_entry(), 0..2),
        proptest::collection::btree_set(1900..=2200i32, 0..4),
        any::<bool>(),
    )
        .prop_map(|(id, name, province, entries, foreign, years, schema)| {
            let years: Vec<i32> = years.into_iter().collect();
            let mut model = Model {
                id,
                name,
                province,
                profile: vec![],
                years: years.iter().map(|y| (y.to_string(), vec![])).collect(),
                extra: vec![],
            };
            if schema {
                model
                    .extra
                    .push(("$schema".into(), Doc::Str("../park.schema.json".into())));
            }
            for (i, entry) in entries.into_iter().enumerate() {
                if model.has(&entry.key) {
                    continue;
                }
                match dictionary().lookup(&entry.key).unwrap().scope {
                    Scope::Profile => model.profile.push(entry),
                    Scope::Year if !model.years.is_empty() => {
                        let n = model.years.len();
                        model.years[i % n].1.push(entry);
                    }
                    Scope::Year => {}
                }
            }
            for entry in foreign {
                if !model.has(&entry.key) {
                    model.profile.push(entry);
                }
            }
            model
        })
}
