//! The declared data of one evaluation, fetched in one host call.

use std::collections::BTreeMap;

use crate::{DataRequirement, ParkData};

/// Declared quantities by key, fetched once with `declared()`.
#[derive(Debug, Clone)]
pub struct Inputs {
    values: BTreeMap<String, Option<f64>>,
}

impl Inputs {
    /// Fetch every declared requirement in one call.
    pub fn fetch(data: &dyn ParkData, requires: &[DataRequirement]) -> Self {
        let values = requires
            .iter()
            .map(|r| r.key.clone())
            .zip(data.declared())
            .collect();
        Inputs { values }
    }

    /// The value of a declared key, `None` when the park did not give it.
    pub fn get(&self, key: &str) -> Option<f64> {
        self.values.get(key).copied().flatten()
    }

    /// The value, or zero when absent: for amounts whose absence means none
    /// (a park without on-site generation does not list it).
    pub fn or_zero(&self, key: &str) -> f64 {
        self.get(key).unwrap_or(0.0)
    }

    /// Whether the park gave this key.
    pub fn has(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// The given keys among `keys`, in order: what a result `used`.
    pub fn present(&self, keys: &[&str]) -> Vec<String> {
        keys.iter()
            .filter(|k| self.has(k))
            .map(|k| (*k).to_owned())
            .collect()
    }

    /// The absent keys among `keys`, in order: what a result is `missing`.
    pub fn absent(&self, keys: &[&str]) -> Vec<String> {
        keys.iter()
            .filter(|k| !self.has(k))
            .map(|k| (*k).to_owned())
            .collect()
    }
}
