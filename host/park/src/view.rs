//! What the host serves to a standard for one assessment year.

use std::collections::{BTreeMap, BTreeSet};

use crate::dictionary::{Dictionary, KeyDef, KeyKind, Scope};
use crate::error::DataError;
use crate::park::{Fact, Park};
use crate::units::{self, Unit};

/// The data of one park for one assessment year: the year's facts and the
/// park's profile.
#[derive(Debug, Clone, Copy)]
pub struct YearView<'a> {
    park: &'a Park,
    year: i32,
    facts: &'a BTreeMap<String, Fact>,
}

impl<'a> YearView<'a> {
    pub(crate) fn new(park: &'a Park, year: i32, facts: &'a BTreeMap<String, Fact>) -> Self {
        YearView { park, year, facts }
    }

    /// The assessment year.
    pub fn year(&self) -> i32 {
        self.year
    }

    /// The park.
    pub fn park(&self) -> &'a Park {
        self.park
    }

    /// A quantity converted to `unit`; `None` when the park does not give it.
    /// Errors for a key outside the dictionary, a key that is not a quantity,
    /// an unknown unit or a unit of another dimension than the key's.
    pub fn quantity(&self, key: &str, unit: &str) -> Result<Option<f64>, DataError> {
        let (def, to) = quantity_key(key, unit)?;
        match self.fact(key, def) {
            Some(fact) => convert(fact, to),
            None => Ok(None),
        }
    }

    /// A declared quantity, as [`YearView::quantity`] gives it.
    pub fn declared(&self, q: &DeclaredQuantity) -> Result<Option<f64>, DataError> {
        match self.fact(&q.key, q.def) {
            Some(fact) => convert(fact, q.unit),
            None => Ok(None),
        }
    }

    /// A text fact; `None` when absent, or when `key` is not a text key.
    pub fn text(&self, key: &str) -> Option<String> {
        match self.lookup(key)? {
            Fact::Text(text) => Some(text.clone()),
            _ => None,
        }
    }

    /// A flag; `None` when absent, or when `key` is not a flag.
    pub fn flag(&self, key: &str) -> Option<bool> {
        match self.lookup(key)? {
            Fact::Flag(flag) => Some(*flag),
            _ => None,
        }
    }

    /// The values of a yearly quantity for every year of the file up to the
    /// assessment year that gives it, oldest first; `None` when none does.
    pub fn series(&self, key: &str, unit: &str) -> Result<Option<Vec<f64>>, DataError> {
        let (def, to) = quantity_key(key, unit)?;
        if def.scope == Scope::Profile {
            return Err(DataError::NotYearly {
                key: key.to_owned(),
            });
        }
        let mut values = Vec::new();
        for (_, facts) in self.park.years.range(..=self.year) {
            if let Some(value) = facts.get(key).map(|f| convert(f, to)).transpose()? {
                values.extend(value);
            }
        }
        Ok((!values.is_empty()).then_some(values))
    }

    /// The keys given for this year and in the profile that start with
    /// `prefix`, sorted.
    pub fn keys(&self, prefix: &str) -> Vec<String> {
        let keys: BTreeSet<&String> = self
            .facts
            .keys()
            .chain(self.park.profile.keys())
            .filter(|k| k.starts_with(prefix))
            .collect();
        keys.into_iter().cloned().collect()
    }

    fn lookup(&self, key: &str) -> Option<&'a Fact> {
        let def = Dictionary::bundled().ok()?.lookup(key)?;
        self.fact(key, def)
    }

    /// Where a key's value lives: the profile or this year.
    fn fact(&self, key: &str, def: &KeyDef) -> Option<&'a Fact> {
        match def.scope {
            Scope::Profile => self.park.profile.get(key),
            Scope::Year => self.facts.get(key),
        }
    }
}

/// A quantity key and the unit a standard asks for it in, checked against the
/// dictionary once: reading it for another park or year is then a map lookup
/// and a conversion (the host serves a standard's declared keys this way).
#[derive(Debug, Clone)]
pub struct DeclaredQuantity {
    key: String,
    def: &'static KeyDef,
    unit: &'static Unit,
}

impl DeclaredQuantity {
    /// Check `key` and `unit` as [`YearView::quantity`] does.
    pub fn new(key: &str, unit: &str) -> Result<Self, DataError> {
        let (def, unit) = quantity_key(key, unit)?;
        Ok(DeclaredQuantity {
            key: key.to_owned(),
            def,
            unit,
        })
    }

    /// The key.
    pub fn key(&self) -> &str {
        &self.key
    }
}

/// The dictionary entry of a quantity key and the unit asked for, checked
/// against each other.
fn quantity_key(key: &str, unit: &str) -> Result<(&'static KeyDef, &'static Unit), DataError> {
    let dictionary = Dictionary::bundled()?;
    let def = dictionary
        .lookup(key)
        .ok_or_else(|| DataError::UnknownKey {
            key: crate::clip(key),
            suggestion: dictionary.suggest(key),
        })?;
    let KeyKind::Quantity { dimension, .. } = def.kind else {
        return Err(DataError::NotAQuantity {
            key: key.to_owned(),
            kind: def.kind.name(),
        });
    };
    let to = units::unit(unit)?;
    if to.dimension != dimension {
        return Err(DataError::WrongDimension {
            key: key.to_owned(),
            unit: unit.trim().to_owned(),
            unit_dimension: to.dimension,
            key_dimension: dimension,
        });
    }
    Ok((def, to))
}

fn convert(fact: &Fact, to: &Unit) -> Result<Option<f64>, DataError> {
    match fact {
        Fact::Quantity { value, unit } => Ok(Some(units::convert(*value, unit, to)?)),
        _ => Ok(None),
    }
}
