//! What the host serves to a standard for one assessment year. Keys are
//! read with the park's own dictionary: the shared one, or the dictionary of
//! the run it was loaded for.

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
        let (def, to) = quantity_key(&self.park.dictionary, key, unit)?;
        match self.fact(key, def.scope) {
            Some(fact) => convert(fact, to),
            None => Ok(None),
        }
    }

    /// A declared quantity, as [`YearView::quantity`] gives it.
    pub fn declared(&self, q: &DeclaredQuantity) -> Result<Option<f64>, DataError> {
        match self.fact(&q.key, q.scope) {
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
    /// Years without it are skipped: [`YearView::series_by_year`] shows them.
    pub fn series(&self, key: &str, unit: &str) -> Result<Option<Vec<f64>>, DataError> {
        let values: Vec<f64> = self
            .series_by_year(key, unit)?
            .into_iter()
            .map(|(_, value)| value)
            .collect();
        Ok((!values.is_empty()).then_some(values))
    }

    /// `(year, value)` of a yearly quantity for every year of the file up to
    /// and including the assessment year that gives it, oldest first,
    /// converted to `unit`; empty when none does. A year without it is absent
    /// from the list: a gap shows, it is never bridged. Errors as
    /// [`YearView::series`].
    pub fn series_by_year(&self, key: &str, unit: &str) -> Result<Vec<(i32, f64)>, DataError> {
        let (def, to) = quantity_key(&self.park.dictionary, key, unit)?;
        if def.scope == Scope::Profile {
            return Err(DataError::NotYearly {
                key: key.to_owned(),
            });
        }
        let mut values = Vec::new();
        for (year, facts) in self.park.years.range(..=self.year) {
            if let Some(value) = facts.get(key).map(|f| convert(f, to)).transpose()? {
                values.extend(value.map(|v| (*year, v)));
            }
        }
        Ok(values)
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
        let def = self.park.dictionary.lookup(key)?;
        self.fact(key, def.scope)
    }

    /// Where a key's value lives: the profile or this year.
    fn fact(&self, key: &str, scope: Scope) -> Option<&'a Fact> {
        match scope {
            Scope::Profile => self.park.profile.get(key),
            Scope::Year => self.facts.get(key),
        }
    }
}

/// A quantity key and the unit a standard asks for it in, checked against the
/// dictionary once: reading it for another park or year is then a map lookup
/// and a conversion (the host serves a standard's declared keys this way).
/// Read it from parks loaded with the dictionary it was checked against.
#[derive(Debug, Clone, PartialEq)]
pub struct DeclaredQuantity {
    key: String,
    scope: Scope,
    unit: &'static Unit,
}

impl DeclaredQuantity {
    /// Check `key` and `unit` against `dictionary` as [`YearView::quantity`]
    /// does.
    pub fn new(dictionary: &Dictionary, key: &str, unit: &str) -> Result<Self, DataError> {
        let (def, unit) = quantity_key(dictionary, key, unit)?;
        Ok(DeclaredQuantity {
            key: key.to_owned(),
            scope: def.scope,
            unit,
        })
    }

    /// The key.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// The unit it is served in.
    pub fn unit(&self) -> &'static Unit {
        self.unit
    }

    /// Where its value lives in a park file.
    pub fn scope(&self) -> Scope {
        self.scope
    }
}

/// The dictionary entry of a quantity key and the unit asked for, checked
/// against each other.
fn quantity_key<'d>(
    dictionary: &'d Dictionary,
    key: &str,
    unit: &str,
) -> Result<(&'d KeyDef, &'static Unit), DataError> {
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
