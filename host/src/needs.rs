//! The data keys a set of standards reads, their bases' included: what
//! `zcp template` writes and `zcp validate` checks a park file against.

use serde::Serialize;
use zcp_park::dictionary::{KeyDef, KeyKind};
use zcp_park::{Dictionary, Scope};

use crate::chain::resolve_chain;
use crate::model::{DataRequirement, Text};
use crate::registry::{Registry, StandardSpec};
use crate::validate;

/// What a key holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum KeyKindName {
    /// A number with a unit.
    Quantity,
    /// A string.
    Text,
    /// `true` or `false`.
    Flag,
}

/// Where a key's value lives in a park file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum KeyScope {
    /// Under `[profile]`: a fact valid for any year.
    Profile,
    /// Under `[years.YYYY]`: one value per calendar year.
    Year,
}

/// One key (or family of keys) a standard reads, with what the run's
/// dictionary says of it.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct NeededKey {
    /// The key as the standard declares it; a family has `*` segments
    /// (`product.*.unit-energy`).
    pub key: String,
    /// Whether `key` names a family of keys, one per name the park chooses.
    pub family: bool,
    /// What it holds.
    pub kind: KeyKindName,
    /// The allowed values of a text key with a closed set; empty otherwise.
    pub values: Vec<String>,
    /// The unit the standard reads it in (empty for text and flags); a park
    /// file may give any unit of the same dimension.
    pub unit: String,
    /// Where it goes in a park file.
    pub scope: KeyScope,
    /// Whether its absence leaves the standard's evaluation incomplete.
    pub required: bool,
    /// What the standard uses it for (the dictionary's words when it says nothing).
    pub description: Text,
}

/// One standard of a chain and the keys it reads.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Layer {
    /// `id@version`.
    pub standard: String,
    /// The standard that extends this one, when it is a base.
    pub base_of: Option<String>,
    /// Its requirements, in the order declared.
    pub keys: Vec<NeededKey>,
}

/// The standards asked for, each followed by its bases (nearest first),
/// every one once, with the keys each reads.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Needs {
    /// The layers, in that order.
    pub layers: Vec<Layer>,
    /// Plugins that failed to load, superseded versions chosen.
    pub warnings: Vec<String>,
}

impl Needs {
    /// Resolve `specs` (and their bases, through `extends`) as `zcp
    /// evaluate` does, and describe the keys each reads with the run's
    /// dictionary. Errors name the standard that cannot be used.
    pub fn resolve(
        registry: &Registry,
        specs: &[StandardSpec],
        as_of: Option<jiff::civil::Date>,
    ) -> Result<Needs, String> {
        let mut needs = Needs {
            layers: vec![],
            warnings: registry.errors.iter().map(ToString::to_string).collect(),
        };
        for spec in specs {
            let chain = resolve_chain(registry, spec, as_of, &mut needs.warnings)?;
            let mut derived: Option<String> = None;
            for plugin in std::iter::once(&chain.standard).chain(&chain.bases) {
                let label = plugin.info.label();
                if !needs.layers.iter().any(|l| l.standard == label) {
                    needs.layers.push(Layer {
                        standard: label.clone(),
                        base_of: derived.clone(),
                        keys: plugin
                            .info
                            .requires
                            .iter()
                            .filter_map(|r| needed(registry.dictionary(), r))
                            .collect(),
                    });
                }
                derived = Some(label);
            }
        }
        Ok(needs)
    }

    /// The labels of every standard, in order.
    pub fn labels(&self) -> Vec<String> {
        self.layers.iter().map(|l| l.standard.clone()).collect()
    }
}

/// A requirement with its dictionary entry. Requirements were checked
/// against the run's dictionary when the registry accepted the plugin, so
/// one without an entry does not occur; it is left out rather than guessed.
fn needed(dictionary: &Dictionary, r: &DataRequirement) -> Option<NeededKey> {
    let family = validate::is_family(&r.key);
    let def: &KeyDef = if family {
        validate::family_def(dictionary, &r.key)?
    } else {
        dictionary.lookup(&r.key)?
    };
    let (kind, values) = match &def.kind {
        KeyKind::Quantity { .. } => (KeyKindName::Quantity, vec![]),
        KeyKind::Text { values } => (KeyKindName::Text, values.clone().unwrap_or_default()),
        KeyKind::Flag => (KeyKindName::Flag, vec![]),
    };
    let description = if r.description.zh.is_empty() && r.description.en.is_empty() {
        Text {
            zh: def.zh.clone(),
            en: def.en.clone(),
        }
    } else {
        r.description.clone()
    };
    Some(NeededKey {
        key: r.key.clone(),
        family,
        kind,
        values,
        unit: r.unit.clone(),
        scope: match def.scope {
            Scope::Profile => KeyScope::Profile,
            Scope::Year => KeyScope::Year,
        },
        required: r.required,
        description,
    })
}
