//! The declared data of one evaluation, fetched in one host call.

use std::collections::BTreeMap;
use std::ops::Bound;

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

    /// The given keys that start with `prefix`, with their values, in key
    /// order: reads a family of keys (`fuel.`) without naming every member.
    pub fn given<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = (&'a str, f64)> + 'a {
        self.values
            .range::<str, _>((Bound::Included(prefix), Bound::Unbounded))
            .take_while(move |(k, _)| k.starts_with(prefix))
            .filter_map(|(k, v)| v.map(|v| (k.as_str(), v)))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::{FakePark, text};

    fn requirement(key: &str) -> DataRequirement {
        DataRequirement {
            key: key.to_owned(),
            unit: "t".to_owned(),
            required: false,
            description: text("", ""),
        }
    }

    #[test]
    fn given_lists_a_family_of_present_keys_in_order() {
        let requires: Vec<DataRequirement> = [
            "fuel.coke.final",
            "fuel.coal.final",
            "fuel.coal.heat",
            "fuelx",
            "heat.x",
        ]
        .into_iter()
        .map(requirement)
        .collect();
        let park = FakePark::new(2025, requires.clone())
            .quantity("fuel.coal.heat", 2.0, "t")
            .quantity("fuel.coke.final", 1.0, "t")
            .quantity("fuelx", 3.0, "t")
            .quantity("heat.x", 4.0, "t");
        let inputs = Inputs::fetch(&park, &requires);
        let given: Vec<(&str, f64)> = inputs.given("fuel.").collect();
        assert_eq!(
            given,
            vec![("fuel.coal.heat", 2.0), ("fuel.coke.final", 1.0)]
        );
        assert_eq!(inputs.given("nothing.").count(), 0);
    }
}
