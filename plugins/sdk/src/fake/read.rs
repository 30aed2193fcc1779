//! What a standard reads from a [`FakePark`]: the host's `park-data` rules
//! and error messages, without unit conversion.

use std::collections::BTreeSet;

use super::dictionary::{Dictionary, Entry, kind_name};
use super::{Fact, FakePark, refuse};
use crate::{KeyKind, KeyScope, ParkData};

impl FakePark {
    /// The entry of a quantity key, or the host's error.
    fn quantity_entry(&self, key: &str) -> Result<&Entry, String> {
        let entry = self
            .dictionary
            .lookup(key)
            .ok_or_else(|| unknown_key(&self.dictionary, key))?;
        if !matches!(entry.kind, KeyKind::Quantity(_)) {
            let kind = kind_name(&entry.kind);
            return Err(format!(
                "`{key}` is a {kind} key, not a quantity: read it with `{kind}`"
            ));
        }
        Ok(entry)
    }

    /// The fact of a key of `scope` for the assessment year.
    fn fact(&self, key: &str, scope: KeyScope) -> Option<&Fact> {
        match scope {
            KeyScope::Profile => self.profile.get(key),
            KeyScope::Year => self.years.get(&self.year)?.get(key),
        }
    }

    /// The fact of a key the dictionary knows, for the assessment year.
    fn lookup(&self, key: &str) -> Option<&Fact> {
        let entry = self.dictionary.lookup(key)?;
        self.fact(key, entry.scope)
    }
}

/// The value of a quantity fact in `unit`: FakePark does not convert.
fn in_unit(key: &str, fact: &Fact, unit: &str, year: Option<i32>) -> Result<Option<f64>, String> {
    match fact {
        Fact::Quantity { value, unit: held } if held == unit.trim() => Ok(Some(*value)),
        Fact::Quantity { unit: held, .. } => {
            let when = year.map_or_else(String::new, |y| format!(" for {y}"));
            Err(format!(
                "fake park does not convert units: it holds `{key}`{when} in `{held}`, asked in `{unit}` (give it in `{unit}` in the test)"
            ))
        }
        Fact::Text(_) | Fact::Flag(_) => Ok(None),
    }
}

/// The host's message for a key outside the dictionary.
pub(super) fn unknown_key(dictionary: &Dictionary, key: &str) -> String {
    let suggestion = dictionary
        .suggest(key)
        .map_or_else(String::new, |s| format!(" (did you mean `{s}`?)"));
    format!("unknown key `{}`{suggestion}", clip(key))
}

/// A key as the host quotes it: at most 60 characters, control characters
/// escaped.
fn clip(text: &str) -> String {
    const MAX: usize = 60;
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        if i == MAX {
            out.push('…');
            break;
        }
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

impl ParkData for FakePark {
    /// Each requirement in order: a quantity as [`ParkData::quantity`] gives
    /// it, `None` for a text or flag requirement (read those with `text` and
    /// `flag`), as the host serves them.
    ///
    /// # Panics
    ///
    /// When the park holds a required quantity in another unit than the one
    /// required: the host would convert it, FakePark does not, and this call
    /// cannot return an error.
    fn declared(&self) -> Vec<Option<f64>> {
        self.requires
            .iter()
            .map(|r| {
                let entry = self.dictionary.lookup(&r.key)?;
                if r.unit.is_empty() || !matches!(entry.kind, KeyKind::Quantity(_)) {
                    return None;
                }
                let fact = self.fact(&r.key, entry.scope)?;
                match in_unit(&r.key, fact, &r.unit, None) {
                    Ok(value) => value,
                    Err(message) => refuse(format!("`declared()`: {message}")),
                }
            })
            .collect()
    }

    fn quantity(&self, key: &str, unit: &str) -> Result<Option<f64>, String> {
        let entry = self.quantity_entry(key)?;
        match self.fact(key, entry.scope) {
            Some(fact) => in_unit(key, fact, unit, None),
            None => Ok(None),
        }
    }

    fn text(&self, key: &str) -> Option<String> {
        match self.lookup(key)? {
            Fact::Text(text) => Some(text.clone()),
            _ => None,
        }
    }

    fn flag(&self, key: &str) -> Option<bool> {
        match self.lookup(key)? {
            Fact::Flag(flag) => Some(*flag),
            _ => None,
        }
    }

    fn series(&self, key: &str, unit: &str) -> Result<Option<Vec<f64>>, String> {
        let values: Vec<f64> = self
            .series_by_year(key, unit)?
            .into_iter()
            .map(|(_, value)| value)
            .collect();
        Ok((!values.is_empty()).then_some(values))
    }

    fn series_by_year(&self, key: &str, unit: &str) -> Result<Vec<(i32, f64)>, String> {
        let entry = self.quantity_entry(key)?;
        if entry.scope == KeyScope::Profile {
            return Err(format!(
                "`{key}` is a profile fact with one value for all years: read it with `quantity`"
            ));
        }
        let mut values = Vec::new();
        for (year, facts) in self.years.range(..=self.year) {
            if let Some(fact) = facts.get(key) {
                values.extend(in_unit(key, fact, unit, Some(*year))?.map(|v| (*year, v)));
            }
        }
        Ok(values)
    }

    fn keys(&self, prefix: &str) -> Vec<String> {
        let year = self
            .years
            .get(&self.year)
            .into_iter()
            .flat_map(|f| f.keys());
        let keys: BTreeSet<&String> = year
            .chain(self.profile.keys())
            .filter(|k| k.starts_with(prefix))
            .collect();
        keys.into_iter().cloned().collect()
    }

    fn year(&self) -> i32 {
        self.year
    }
}
