//! Valid parks with faults added: every fault is reported, naming the file,
//! the key and the value.

use std::path::Path;

use proptest::prelude::*;
use proptest::sample::{Index, select};
use zcp_park::units::{self, Dimension};
use zcp_park::{Format, KeyKind, Scope, Sign};

use crate::fuzz::model::{self, Doc, Entry, Model, model, real_key, spellings, style, valid_value};
use crate::fuzz::{clip, config, dictionary, number, parse};

/// Fragments that one message must all hold.
type Clue = Vec<String>;

/// One thing wrong with a park file and what the messages must then say.
#[derive(Debug, Clone)]
struct Fault {
    change: Change,
    /// Any of these is enough, for TOML and for JSON; `["invalid TOML at
    /// line"]` allows the file not to parse at all.
    toml: Vec<Clue>,
    json: Vec<Clue>,
}

#[derive(Debug, Clone)]
enum Change {
    /// A key written in its section, or in the other one.
    Key {
        key: String,
        value: Doc,
        flat: bool,
        wrong_scope: bool,
    },
    /// A valid key written twice in its section.
    Twice {
        key: String,
        value: Doc,
        flat: [bool; 2],
    },
    /// A year that is not a calendar year, holding a valid key.
    Year(String),
    /// A member of the root.
    Root(String, Doc),
    Id(String),
    Province(String),
}

fn clue(fragments: &[&str]) -> Vec<Clue> {
    vec![fragments.iter().map(|f| (*f).to_owned()).collect()]
}

fn fault(change: Change, fragments: &[&str]) -> Fault {
    Fault {
        change,
        toml: clue(fragments),
        json: clue(fragments),
    }
}

/// One edit of `word`: a character dropped, added or replaced (never a
/// `.`), or the case of every letter flipped.
fn near_miss(word: String, alphabet: &'static str) -> impl Strategy<Value = String> {
    let alphabet: Vec<char> = alphabet.chars().collect();
    (0..4u8, any::<Index>(), select(alphabet)).prop_map(move |(edit, at, c)| {
        let mut chars: Vec<char> = word.chars().collect();
        let editable: Vec<usize> = (0..chars.len()).filter(|&i| chars[i] != '.').collect();
        match edit {
            0 if !editable.is_empty() => {
                chars.remove(editable[at.index(editable.len())]);
            }
            1 => chars.insert(at.index(chars.len() + 1), c),
            2 if !editable.is_empty() => chars[editable[at.index(editable.len())]] = c,
            _ => {
                for c in &mut chars {
                    *c = if c.is_lowercase() {
                        c.to_ascii_uppercase()
                    } else {
                        c.to_ascii_lowercase()
                    };
                }
            }
        }
        chars.into_iter().collect()
    })
}

/// A unit a key of `dimension` does not take, and the clue it leaves.
fn bad_unit(key: String, dimension: Dimension) -> BoxedStrategy<(String, Clue)> {
    let unknown = prop_oneof![
        "\\PC{0,12}",
        select(spellings(dimension))
            .prop_flat_map(|s| near_miss(s.to_owned(), "aAkKgGmMtTwWhH/^ 万亿0123456789")),
    ]
    .prop_filter_map("a known unit", move |s| {
        let clue = vec![format!("`{key}`"), format!("unknown unit `{}`", clip(&s))];
        match units::unit(&s) {
            Ok(_) => None,
            Err(_) => Some((s, clue)),
        }
    });
    let others: Vec<&'static str> = Dimension::ALL
        .into_iter()
        .filter(|d| *d != dimension)
        .flat_map(spellings)
        .collect();
    let other = select(others).prop_map(move |s| {
        let unit = units::unit(s).unwrap();
        (
            s.to_owned(),
            vec![format!("unit `{s}` is {}, but", unit.dimension)],
        )
    });
    prop_oneof![unknown, other].boxed()
}

/// A bad value for a key: the document and the fragments of its message.
fn bad_value(key: &str) -> BoxedStrategy<(Doc, Clue, Clue)> {
    let def = dictionary().lookup(key).unwrap();
    let k = format!("`{key}`");
    let same = move |doc: Doc, fragments: Vec<String>| {
        let mut clue = vec![k.clone()];
        clue.extend(fragments);
        (doc, clue.clone(), clue)
    };
    let text = "[a-z0-9 .]{0,10}";
    match def.kind.clone() {
        KeyKind::Quantity { dimension, sign } => {
            let base = move || Doc::Str(dimension.base().symbol.to_owned());
            let unit = bad_unit(key.to_owned(), dimension).prop_map({
                let same = same.clone();
                move |(unit, clue)| same(Doc::quantity(Doc::num("1"), Doc::Str(unit)), clue)
            });
            let key = key.to_owned();
            let not_finite = select(vec![
                ("nan", "nan"),
                ("+nan", "nan"),
                ("-nan", "nan"),
                ("inf", "inf"),
                ("+inf", "inf"),
                ("-inf", "-inf"),
            ])
            .prop_map(move |(written, shown)| {
                let value = Doc::Num {
                    toml: written.into(),
                    json: format!("\"{written}\""),
                };
                let k = format!("`{key}`");
                (
                    Doc::quantity(value, base()),
                    vec![k.clone(), format!("value `{shown}` is not a finite number")],
                    vec![
                        k,
                        format!("`value` needs a number, found the text `{written}`"),
                    ],
                )
            });
            let negative = (-1e300..-1e-300f64).prop_map({
                let same = same.clone();
                move |v| match sign {
                    Sign::NonNegative => same(
                        Doc::quantity(Doc::num(&format!("{v:?}")), base()),
                        vec![format!("value `{}` is negative", number(v))],
                    ),
                    Sign::Any => same(
                        Doc::quantity(Doc::Str("x".into()), base()),
                        vec!["found the text `x`".into()],
                    ),
                }
            });
            let shapes = prop_oneof![
                text.prop_map(move |s| (
                    Doc::quantity(Doc::Str(s.clone()), base()),
                    format!("`value` needs a number, found the text `{}`", clip(&s))
                )),
                any::<bool>().prop_map(move |b| (
                    Doc::quantity(Doc::Bool(b), base()),
                    format!("`value` needs a number, found `{b}`")
                )),
                Just((
                    Doc::quantity(Doc::List(vec![Doc::num("1")]), base()),
                    "`value` needs a number, found a list".to_owned()
                )),
                Just((
                    Doc::quantity(Doc::num("1"), Doc::num("5")),
                    "`unit` needs a unit symbol in quotes, found the number `5`".to_owned()
                )),
                Just((Doc::num("5"), "found the number `5`".to_owned())),
                Just((
                    Doc::Table(vec![("value".into(), Doc::num("1"))]),
                    "missing `unit`".to_owned()
                )),
                Just((
                    Doc::Table(vec![("unit".into(), base())]),
                    "missing `value`".to_owned()
                )),
                "[a-z]{1,8}"
                    .prop_filter("a quantity field", |f| f != "value" && f != "unit")
                    .prop_map(move |f| {
                        let mut doc = Doc::quantity(Doc::num("1"), base());
                        doc.insert(&f, Doc::num("2"), true);
                        (doc, format!("unknown field `{f}`"))
                    }),
            ]
            .prop_map(move |(doc, fragment)| same(doc, vec![fragment]));
            prop_oneof![unit, not_finite, negative, shapes].boxed()
        }
        KeyKind::Text { values } => {
            let kind = prop_oneof![
                Just((
                    Doc::num("1"),
                    "needs a text in quotes, found the number `1`".to_owned()
                )),
                Just((
                    Doc::Bool(true),
                    "needs a text in quotes, found `true`".to_owned()
                )),
            ];
            let bad = match values {
                Some(values) => {
                    let not_allowed = text
                        .prop_filter("an allowed value", move |s| !values.contains(s))
                        .prop_map(|s| {
                            (
                                Doc::Str(s.clone()),
                                format!("value `{}` is not one of", clip(&s)),
                            )
                        });
                    prop_oneof![not_allowed, kind].boxed()
                }
                None => kind.boxed(),
            };
            bad.prop_map(move |(doc, f)| same(doc, vec![f])).boxed()
        }
        KeyKind::Flag => prop_oneof![
            select(vec!["true", "false", "yes", ""]).prop_map(|s| (
                Doc::Str(s.into()),
                format!("needs `true` or `false`, found the text `{s}`")
            )),
            Just((
                Doc::num("1"),
                "needs `true` or `false`, found the number `1`".to_owned()
            )),
        ]
        .prop_map(move |(doc, f)| same(doc, vec![f]))
        .boxed(),
    }
}

fn key_fault() -> impl Strategy<Value = Fault> {
    (real_key(), any::<bool>()).prop_flat_map(|(key, flat)| {
        let bad = bad_value(&key).prop_map({
            let key = key.clone();
            move |(value, toml, json)| Fault {
                change: Change::Key {
                    key: key.clone(),
                    value,
                    flat,
                    wrong_scope: false,
                },
                toml: vec![toml],
                json: vec![json],
            }
        });
        let scope = match dictionary().lookup(&key).unwrap().scope {
            Scope::Profile => "is a profile fact",
            Scope::Year => "is a yearly fact",
        };
        let wrong_scope = valid_value(&key).prop_map({
            let key = key.clone();
            move |(value, _)| {
                let change = Change::Key {
                    key: key.clone(),
                    value,
                    flat,
                    wrong_scope: true,
                };
                fault(change, &[&format!("`{key}` {scope}")])
            }
        });
        let unknown = (
            near_miss(
                key.clone(),
                "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_",
            ),
            valid_value(&key),
        )
            .prop_filter("a key of the dictionary", |(k, _)| {
                dictionary().lookup(k).is_none()
                    && !dictionary().is_prefix(k)
                    && !k.starts_with("x-")
            })
            .prop_map(move |(key, (value, _))| {
                let change = Change::Key {
                    key: key.clone(),
                    value,
                    flat,
                    wrong_scope: false,
                };
                fault(change, &[&format!("unknown key `{}`", clip(&key))])
            });
        let twice = (valid_value(&key), any::<bool>()).prop_map({
            let key = key.clone();
            move |((value, _), other)| {
                let given_twice = vec![format!("key `{key}` is given twice")];
                Fault {
                    change: Change::Twice {
                        key: key.clone(),
                        value,
                        flat: [flat, other],
                    },
                    toml: vec![given_twice.clone(), vec!["invalid TOML at line".into()]],
                    json: vec![given_twice],
                }
            }
        });
        prop_oneof![4 => bad, 1 => wrong_scope, 1 => unknown, 1 => twice]
    })
}

fn root_fault() -> impl Strategy<Value = Fault> {
    let year = "\\PC{0,6}"
        .prop_filter("a calendar year", |y| {
            y.parse::<i32>()
                .ok()
                .is_none_or(|n| !(1900..=2200).contains(&n) || n.to_string() != *y)
        })
        .prop_map(|y| {
            fault(
                Change::Year(y.clone()),
                &[&format!("year `{}` is not a calendar year", clip(&y))],
            )
        });
    let field = prop_oneof![
        "[a-z$]{1,8}",
        select(vec!["id", "name", "province", "profile", "years"])
            .prop_flat_map(|f| near_miss(f.to_owned(), "aeiouyrs"))
    ]
    .prop_filter("a field", |f| {
        !["id", "name", "province", "profile", "years", "$schema"].contains(&f.as_str())
    })
    .prop_map(|f| {
        fault(
            Change::Root(f.clone(), Doc::Bool(true)),
            &[&format!("unknown field `{}`", clip(&f))],
        )
    });
    let id = "\\PC{0,8}"
        .prop_filter("a valid id", |s| {
            s.is_empty()
                || !s
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
        .prop_map(|s| {
            fault(
                Change::Id(s),
                &["field `id` must be lowercase letters, digits and `-`"],
            )
        });
    let province = prop_oneof![
        "[a-zA-Z]{0,3}",
        "CN-[A-Z0-9]{4,6}",
        "[A-Z]{2}-",
        "\\PC{0,6}"
    ]
    .prop_filter("a valid code", |s| {
        !(s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase()))
    })
    .prop_map(|s| {
        fault(
            Change::Province(s),
            &["field `province` must be an ISO 3166-2 code"],
        )
    });
    prop_oneof![year, field, id, province]
}

/// Whether a key goes under the profile (an unknown key goes under a year).
fn in_profile(key: &str) -> bool {
    dictionary()
        .lookup(key)
        .is_some_and(|d| d.scope == Scope::Profile)
}

/// Apply a fault to a model; `false` when it would clash with what is there.
fn apply(model: &mut Model, fault: &Fault) -> bool {
    let entry = |key: &str, value: &Doc, flat: bool| Entry {
        key: key.to_owned(),
        value: value.clone(),
        flat,
        expected: None,
    };
    match &fault.change {
        Change::Key { key, .. } | Change::Twice { key, .. } if model.has(key) => false,
        Change::Key {
            key,
            value,
            flat,
            wrong_scope,
        } => {
            let target = if in_profile(key) != *wrong_scope {
                &mut model.profile
            } else {
                model.some_year()
            };
            target.push(entry(key, value, *flat));
            true
        }
        Change::Twice { key, value, flat } => {
            let target = if in_profile(key) {
                &mut model.profile
            } else {
                model.some_year()
            };
            target.push(entry(key, value, flat[0]));
            target.push(entry(key, value, flat[1]));
            true
        }
        Change::Year(name) => {
            if model.years.iter().any(|(y, _)| y == name) {
                return false;
            }
            let value = Doc::quantity(Doc::num("1"), Doc::Str("MWh".into()));
            model.years.push((
                name.clone(),
                vec![entry("electricity.exported", &value, false)],
            ));
            true
        }
        Change::Root(field, value) => {
            if model.extra.iter().any(|(f, _)| f == field) {
                return false;
            }
            model.extra.push((field.clone(), value.clone()));
            true
        }
        Change::Id(id) => {
            model.id = id.clone();
            true
        }
        Change::Province(code) => {
            model.province = Some(code.clone());
            true
        }
    }
}

proptest! {
    #![proptest_config(config(96))]

    /// A valid park with faults added is refused; every message names the
    /// file, and each fault is named by a message with its key and value.
    #[test]
    fn every_fault_is_reported_with_file_key_and_value(
        mut model in model(),
        faults in proptest::collection::vec(prop_oneof![4 => key_fault(), 1 => root_fault()], 1..5),
        style in style(),
    ) {
        let mut kept = Vec::new();
        let mut replaced = std::collections::BTreeSet::new();
        for fault in faults.into_iter().rev() {
            // The last of two ids or provinces is the one written.
            let slot = match &fault.change {
                Change::Id(_) => "id",
                Change::Province(_) => "province",
                _ => "",
            };
            if (slot.is_empty() || replaced.insert(slot)) && apply(&mut model, &fault) {
                kept.push(fault);
            }
        }
        prop_assume!(!kept.is_empty());
        let doc = model.doc();
        for (format, text) in [(Format::Toml, model::toml(&doc, style)), (Format::Json, model::json(&doc))] {
            let path = Path::new("parks/f.park");
            let all = parse(&text, format, path).err().unwrap_or_else(|| panic!("loaded:\n{text}"));
            let clues = |f: &Fault| if format == Format::Toml { f.toml.clone() } else { f.json.clone() };
            let malformed = all.iter().any(|m| m.starts_with("parks/f.park: invalid "));
            if malformed {
                prop_assert_eq!(all.len(), 1);
                prop_assert!(
                    kept.iter().any(|f| clues(f).iter().any(|c| c == &["invalid TOML at line".to_owned()])),
                    "{:#?}\n{}", all, text
                );
                continue;
            }
            for fault in &kept {
                let found = clues(fault).iter().any(|clue| {
                    all.iter().any(|m| clue.iter().all(|fragment| m.contains(fragment.as_str())))
                });
                prop_assert!(found, "{:?} not reported in {:#?}\n{}", fault, all, text);
            }
        }
    }
}
