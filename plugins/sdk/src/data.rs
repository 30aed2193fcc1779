//! Access to park data: the host's imports inside a component, a fake natively.

use std::collections::BTreeMap;

use crate::DataRequirement;
use crate::bindings::zcp::evaluation::park_data as host;

/// Read-only park data for the assessment year, as the host serves it.
///
/// Quantities arrive already converted into the unit asked for.
pub trait ParkData {
    /// Every declared requirement, converted, in declaration order.
    fn declared(&self) -> Vec<Option<f64>>;
    /// One quantity in `unit`.
    fn quantity(&self, key: &str, unit: &str) -> Result<Option<f64>, String>;
    /// A text fact.
    fn text(&self, key: &str) -> Option<String>;
    /// A yes/no fact.
    fn flag(&self, key: &str) -> Option<bool>;
    /// Values of `key` for each year up to the assessment year, oldest first.
    fn series(&self, key: &str, unit: &str) -> Result<Option<Vec<f64>>, String>;
    /// Keys present that start with `prefix`, sorted.
    fn keys(&self, prefix: &str) -> Vec<String>;
    /// The assessment year.
    fn year(&self) -> i32;
}

/// The park data imported from the zcp host (only meaningful inside a component).
pub struct HostPark;

impl ParkData for HostPark {
    fn declared(&self) -> Vec<Option<f64>> {
        host::declared()
    }
    fn quantity(&self, key: &str, unit: &str) -> Result<Option<f64>, String> {
        host::quantity(key, unit)
    }
    fn text(&self, key: &str) -> Option<String> {
        host::text(key)
    }
    fn flag(&self, key: &str) -> Option<bool> {
        host::flag(key)
    }
    fn series(&self, key: &str, unit: &str) -> Result<Option<Vec<f64>>, String> {
        host::series(key, unit)
    }
    fn keys(&self, prefix: &str) -> Vec<String> {
        host::keys(prefix)
    }
    fn year(&self) -> i32 {
        host::year()
    }
}

/// In-memory park data for native unit tests of a standard.
///
/// Quantities are stored in the unit the standard asks for (conversion is the
/// host's job and is tested there); asking in another unit is an error.
#[derive(Debug, Clone, Default)]
pub struct FakePark {
    year: i32,
    requires: Vec<DataRequirement>,
    quantities: BTreeMap<String, (f64, String)>,
    texts: BTreeMap<String, String>,
    flags: BTreeMap<String, bool>,
}

impl FakePark {
    /// A park assessed in `year`, serving `declared()` for `requires`.
    pub fn new(year: i32, requires: Vec<DataRequirement>) -> Self {
        FakePark {
            year,
            requires,
            ..Default::default()
        }
    }

    /// Set a quantity, in `unit`.
    pub fn quantity(mut self, key: &str, value: f64, unit: &str) -> Self {
        self.quantities
            .insert(key.to_owned(), (value, unit.to_owned()));
        self
    }

    /// Set a text fact.
    pub fn text(mut self, key: &str, value: &str) -> Self {
        self.texts.insert(key.to_owned(), value.to_owned());
        self
    }

    /// Set a flag.
    pub fn flag(mut self, key: &str, value: bool) -> Self {
        self.flags.insert(key.to_owned(), value);
        self
    }

    /// Remove a key of any kind.
    pub fn without(mut self, key: &str) -> Self {
        self.quantities.remove(key);
        self.texts.remove(key);
        self.flags.remove(key);
        self
    }
}

impl ParkData for FakePark {
    fn declared(&self) -> Vec<Option<f64>> {
        self.requires
            .iter()
            .map(|r| self.quantity(&r.key, &r.unit).ok().flatten())
            .collect()
    }
    fn quantity(&self, key: &str, unit: &str) -> Result<Option<f64>, String> {
        match self.quantities.get(key) {
            None => Ok(None),
            Some((value, stored)) if stored == unit => Ok(Some(*value)),
            Some((_, stored)) => Err(format!(
                "fake park holds `{key}` in `{stored}`, not `{unit}`"
            )),
        }
    }
    fn text(&self, key: &str) -> Option<String> {
        self.texts.get(key).cloned()
    }
    fn flag(&self, key: &str) -> Option<bool> {
        self.flags.get(key).copied()
    }
    fn series(&self, key: &str, unit: &str) -> Result<Option<Vec<f64>>, String> {
        Ok(self.quantity(key, unit)?.map(|v| vec![v]))
    }
    fn keys(&self, prefix: &str) -> Vec<String> {
        let mut keys: Vec<String> = self
            .quantities
            .keys()
            .chain(self.texts.keys())
            .chain(self.flags.keys())
            .filter(|k| k.starts_with(prefix))
            .cloned()
            .collect();
        keys.sort();
        keys
    }
    fn year(&self) -> i32 {
        self.year
    }
}
