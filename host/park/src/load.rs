//! Checking a parsed park file against the dictionary and the unit table,
//! collecting every problem.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

use crate::dictionary::Dictionary;
use crate::error::{Location, ParkError, ParkErrors};
use crate::park::{Fact, Format, Park};
use crate::tree::Node;
use crate::warning::ParkWarning;
use crate::{Text, closest};

mod value;

const FIELDS: [&str; 5] = ["id", "name", "province", "profile", "years"];

/// The unknown keys of one file that get a "did you mean": each suggestion
/// compares the key with every key of the dictionary, and a file of tens of
/// thousands of unknown keys (a table of something else, say) took seconds
/// to report. A hundred is more than anyone reads.
const SUGGESTED_KEYS: usize = 100;

pub(crate) struct Loader<'a> {
    path: &'a Path,
    format: Format,
    dictionary: &'a Arc<Dictionary>,
    errors: Vec<ParkError>,
    warnings: Vec<ParkWarning>,
    /// Unknown keys given a suggestion so far, up to [`SUGGESTED_KEYS`].
    suggested: usize,
}

/// The facts of one section (the profile or one year) being read.
struct Section {
    at: Location,
    facts: BTreeMap<String, Fact>,
    /// Every leaf key written, valid or not, to spot duplicates.
    written: BTreeSet<String>,
}

impl Section {
    fn new(at: Location) -> Self {
        Section {
            at,
            facts: BTreeMap::new(),
            written: BTreeSet::new(),
        }
    }
}

fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_owned()
    } else {
        format!("{prefix}.{name}")
    }
}

/// Members of a table, each name once: later ones with a name already seen
/// are passed to `duplicate` instead.
fn unique(members: &[(String, Node)], mut duplicate: impl FnMut(&str)) -> Vec<(&str, &Node)> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::with_capacity(members.len());
    for (name, node) in members {
        if seen.insert(name.as_str()) {
            out.push((name.as_str(), node));
        } else {
            duplicate(name);
        }
    }
    out
}

impl<'a> Loader<'a> {
    pub(crate) fn new(path: &'a Path, format: Format, dictionary: &'a Arc<Dictionary>) -> Self {
        Loader {
            path,
            format,
            dictionary,
            errors: Vec::new(),
            warnings: Vec::new(),
            suggested: 0,
        }
    }

    fn push(&mut self, error: ParkError) {
        self.errors.push(error);
    }

    fn path(&self) -> std::path::PathBuf {
        self.path.to_owned()
    }

    pub(crate) fn park(mut self, root: &Node, digest: String) -> Result<Park, ParkErrors> {
        let Node::Table(members) = root else {
            return Err(ParkError::NotADocument {
                path: self.path(),
                found: root.describe(),
            }
            .into());
        };
        let (mut id, mut name, mut province) = (None, None, None);
        let mut profile = Section::new(Location::Profile);
        let mut years = BTreeMap::new();
        let mut dups = Vec::new();
        for (field, node) in unique(members, |f| dups.push(crate::clip(f))) {
            match field {
                "id" => id = self.id(node),
                "name" => name = self.name(node),
                "province" => province = self.province(node),
                "profile" => match node {
                    Node::Table(members) => self.members(&mut profile, "", members),
                    other => self.invalid("profile", "a table", other),
                },
                "years" => self.years(node, &mut years),
                // Where an editor finds the schema of the file: not park data.
                "$schema" => {}
                other => self.push(ParkError::UnknownField {
                    path: self.path(),
                    field: crate::clip(other),
                    suggestion: closest(other, &FIELDS),
                }),
            }
        }
        for field in dups {
            self.push(ParkError::DuplicateField {
                path: self.path(),
                field,
            });
        }
        for (field, value) in [("id", id.is_some()), ("name", name.is_some())] {
            if !value && !members.iter().any(|(f, _)| f == field) {
                self.push(ParkError::MissingField {
                    path: self.path(),
                    field,
                });
            }
        }
        match (id, name) {
            (Some(id), Some(name)) if self.errors.is_empty() => Ok(Park {
                path: self.path(),
                digest,
                id,
                name,
                province,
                profile: profile.facts,
                years,
                dictionary: Arc::clone(self.dictionary),
                warnings: self.warnings,
            }),
            _ => Err(ParkErrors::new(self.errors)),
        }
    }

    fn invalid(&mut self, field: &str, expected: &'static str, found: &Node) {
        self.push(ParkError::InvalidField {
            path: self.path(),
            field: field.to_owned(),
            expected,
            found: found.describe(),
        });
    }

    fn id(&mut self, node: &Node) -> Option<String> {
        match node {
            Node::Str(s)
                if !s.is_empty()
                    && s.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') =>
            {
                Some(s.clone())
            }
            other => {
                self.invalid("id", "lowercase letters, digits and `-`", other);
                None
            }
        }
    }

    fn name(&mut self, node: &Node) -> Option<Text> {
        const LANGUAGES: [&str; 2] = ["zh", "en"];
        let members = match node {
            Node::Str(s) if !s.trim().is_empty() => {
                return Some(Text {
                    zh: s.clone(),
                    en: s.clone(),
                });
            }
            Node::Table(members) => members,
            other => {
                self.invalid("name", "a text, or a table with `zh` and `en`", other);
                return None;
            }
        };
        let (mut zh, mut en) = (None, None);
        let mut dups = Vec::new();
        for (language, value) in unique(members, |l| dups.push(crate::clip(&format!("name.{l}")))) {
            let slot = match language {
                "zh" => &mut zh,
                "en" => &mut en,
                other => {
                    self.push(ParkError::UnknownField {
                        path: self.path(),
                        field: crate::clip(&format!("name.{other}")),
                        suggestion: closest(other, &LANGUAGES).map(|s| format!("name.{s}")),
                    });
                    continue;
                }
            };
            match value {
                Node::Str(s) if !s.trim().is_empty() => *slot = Some(s.clone()),
                other => self.invalid(&format!("name.{language}"), "a non-empty text", other),
            }
        }
        for field in dups {
            self.push(ParkError::DuplicateField {
                path: self.path(),
                field,
            });
        }
        for (field, language) in [("name.zh", "zh"), ("name.en", "en")] {
            if !members.iter().any(|(l, _)| l == language) {
                self.push(ParkError::MissingField {
                    path: self.path(),
                    field,
                });
            }
        }
        Some(Text { zh: zh?, en: en? })
    }

    fn province(&mut self, node: &Node) -> Option<String> {
        match node {
            Node::Str(s) if is_iso_3166_2(s) => Some(s.clone()),
            other => {
                self.invalid(
                    "province",
                    "an ISO 3166-2 code such as `CN` or `CN-NM`",
                    other,
                );
                None
            }
        }
    }

    fn years(&mut self, node: &Node, years: &mut BTreeMap<i32, BTreeMap<String, Fact>>) {
        let Node::Table(members) = node else {
            return self.invalid("years", "a table of years", node);
        };
        let mut dups = Vec::new();
        for (name, node) in unique(members, |y| dups.push(crate::clip(&format!("years.{y}")))) {
            let Some(year) = calendar_year(name) else {
                self.push(ParkError::InvalidYear {
                    path: self.path(),
                    year: crate::clip(name),
                });
                continue;
            };
            if years.contains_key(&year) {
                dups.push(format!("years.{year}"));
                continue;
            }
            let Node::Table(members) = node else {
                self.invalid(&format!("years.{name}"), "a table of keys", node);
                continue;
            };
            let mut section = Section::new(Location::Year(year));
            self.members(&mut section, "", members);
            years.insert(year, section.facts);
        }
        for field in dups {
            self.push(ParkError::DuplicateField {
                path: self.path(),
                field,
            });
        }
    }

    /// The members of a table at `prefix` of a section.
    fn members(&mut self, section: &mut Section, prefix: &str, members: &[(String, Node)]) {
        let mut dups = Vec::new();
        for (name, node) in unique(members, |n| dups.push(crate::clip(&join(prefix, n)))) {
            self.node(section, join(prefix, name), node);
        }
        for key in dups {
            self.push(ParkError::DuplicateKey {
                path: self.path(),
                at: section.at,
                key,
            });
        }
    }

    fn node(&mut self, section: &mut Section, key: String, node: &Node) {
        let dictionary = self.dictionary;
        if let Some(def) = dictionary.lookup(&key) {
            self.leaf(section, key, def, node);
        } else if dictionary.is_prefix(&key) {
            match node {
                Node::Table(members) if !looks_like_value(members) => {
                    self.members(section, &key, members);
                }
                _ => self.push(ParkError::IncompleteKey {
                    path: self.path(),
                    at: section.at,
                    example: dictionary
                        .example_under(&key)
                        .unwrap_or_default()
                        .to_owned(),
                    key,
                }),
            }
        } else {
            self.unknown(section.at, key, node);
        }
    }

    /// An unknown key. A table that does not look like a value is a group of
    /// unknown keys: each is reported, so that each gets its own suggestion
    /// (the first [`SUGGESTED_KEYS`] of the file do).
    /// A key of a standard not loaded in this run is ignored with a warning.
    fn unknown(&mut self, at: Location, key: String, node: &Node) {
        if let Node::Table(members) = node
            && !members.is_empty()
            && !looks_like_value(members)
        {
            for (name, child) in members {
                self.unknown(at, join(&key, name), child);
            }
            return;
        }
        if let Some(owner) = self.absent_owner(&key) {
            self.warnings.push(ParkWarning {
                path: self.path(),
                at,
                key: crate::clip(&key),
                owner: owner.to_owned(),
            });
            return;
        }
        let suggestion = if self.suggested < SUGGESTED_KEYS {
            self.suggested += 1;
            self.dictionary.suggest(&key)
        } else {
            None
        };
        self.push(ParkError::UnknownKey {
            path: self.path(),
            at,
            suggestion,
            key: crate::clip(&key),
        });
    }

    /// The standard id of a key in the namespace `x-<id>` of a standard not
    /// loaded in this run.
    fn absent_owner<'k>(&self, key: &'k str) -> Option<&'k str> {
        let first = key.split('.').next()?;
        let owner = first.strip_prefix("x-")?;
        (crate::dictionary::is_word(owner) && !self.dictionary.owns(owner)).then_some(owner)
    }
}

/// Whether a table is meant as a quantity rather than a group of keys.
fn looks_like_value(members: &[(String, Node)]) -> bool {
    members.iter().any(|(n, _)| n == "value" || n == "unit")
}

/// `1900` to `2200`, written as plain digits.
fn calendar_year(name: &str) -> Option<i32> {
    let year: i32 = name.parse().ok()?;
    ((1900..=2200).contains(&year) && year.to_string() == name).then_some(year)
}

/// `CN`, `CN-NM`: two capital letters, then optionally `-` and one to three
/// capital letters or digits.
fn is_iso_3166_2(code: &str) -> bool {
    let (country, subdivision) = match code.split_once('-') {
        Some((c, s)) => (c, Some(s)),
        None => (code, None),
    };
    country.len() == 2
        && country.bytes().all(|b| b.is_ascii_uppercase())
        && subdivision.is_none_or(|s| {
            (1..=3).contains(&s.len())
                && s.bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        })
}
