//! The declared data of one evaluation, fetched in one host call.

use crate::{DataRequirement, ParkData};

/// The declared quantities the park gave, fetched once with `declared()`.
///
/// Only the keys present are kept, sorted: a standard declares a hundred
/// keys or more (every fuel by every use) and a park gives a few dozen, so
/// lookups are a binary search over those few, and no absent key is copied.
#[derive(Debug, Clone)]
pub struct Inputs {
    values: Vec<(String, f64)>,
}

impl Inputs {
    /// Fetch every declared requirement in one call.
    pub fn fetch(data: &dyn ParkData, requires: &[DataRequirement]) -> Self {
        let mut values: Vec<(String, f64)> = requires
            .iter()
            .zip(data.declared())
            .filter_map(|(r, value)| value.map(|v| (r.key.clone(), v)))
            .collect();
        values.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        // A key declared twice serves the same value: keep one.
        values.dedup_by(|a, b| a.0 == b.0);
        Inputs { values }
    }

    /// The value of a declared key, `None` when the park did not give it.
    pub fn get(&self, key: &str) -> Option<f64> {
        self.values
            .binary_search_by(|(k, _)| k.as_str().cmp(key))
            .ok()
            .map(|i| self.values[i].1)
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
        let start = self.values.partition_point(|(k, _)| k.as_str() < prefix);
        self.values[start..]
            .iter()
            .take_while(move |(k, _)| k.starts_with(prefix))
            .map(|(k, v)| (k.as_str(), *v))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::{FakePark, KeyScope, Sign, StandardInfo, Status, define_quantity, text};

    fn requirement(key: &str) -> DataRequirement {
        DataRequirement {
            key: key.to_owned(),
            unit: "t".to_owned(),
            required: false,
            description: text("", ""),
        }
    }

    /// A standard requiring `keys` (in `t`), defining `x-t.fuelx` and
    /// `x-t.fuel.x`: a key that starts like a family without being in it.
    fn standard(keys: &[&str]) -> StandardInfo {
        let mass = |key| define_quantity(key, "mass", Sign::NonNegative, KeyScope::Year, "", "");
        StandardInfo {
            id: "t".into(),
            version: "1.0.0".into(),
            title: text("", ""),
            issuer: text("", ""),
            source: text("", ""),
            jurisdiction: "CN".into(),
            status: Status::Draft,
            effective: None,
            extends: None,
            indicators: vec![],
            requires: keys.iter().map(|k| requirement(k)).collect(),
            parameters: vec![],
            defines: vec![mass("x-t.fuelx"), mass("x-t.fuel.x")],
            tiers: vec![],
            max_score: None,
        }
    }

    #[test]
    fn given_lists_a_family_of_present_keys_in_order() {
        let info = standard(&[
            "fuel.coke.final",
            "fuel.raw-coal.final",
            "fuel.raw-coal.heat",
            "x-t.fuelx",
            "x-t.fuel.x",
        ]);
        let park = FakePark::for_standard(2025, &info)
            .quantity("fuel.raw-coal.heat", 2.0, "t")
            .quantity("fuel.coke.final", 1.0, "t")
            .quantity("x-t.fuelx", 3.0, "t")
            .quantity("x-t.fuel.x", 4.0, "t");
        let inputs = Inputs::fetch(&park, &info.requires);
        let given: Vec<(&str, f64)> = inputs.given("fuel.").collect();
        assert_eq!(
            given,
            vec![("fuel.coke.final", 1.0), ("fuel.raw-coal.heat", 2.0)]
        );
        let given: Vec<(&str, f64)> = inputs.given("x-t.fuel.").collect();
        assert_eq!(given, vec![("x-t.fuel.x", 4.0)]);
        assert_eq!(inputs.given("nothing.").count(), 0);
    }
}
