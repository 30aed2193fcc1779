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
    /// Values of `key` for each year up to the assessment year that gives
    /// it, oldest first; `None` when no year does. Years without it are
    /// skipped silently: prefer [`ParkData::series_by_year`].
    fn series(&self, key: &str, unit: &str) -> Result<Option<Vec<f64>>, String>;
    /// `(year, value)` for each year up to the assessment year that gives
    /// `key`, oldest first (empty when none does): a year missing from the
    /// list is a gap, never bridged.
    fn series_by_year(&self, key: &str, unit: &str) -> Result<Vec<(i32, f64)>, String>;
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
    fn series_by_year(&self, key: &str, unit: &str) -> Result<Vec<(i32, f64)>, String> {
        host::series_by_year(key, unit)
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
/// Quantities are stored per year, in the unit the standard asks for
/// (conversion is the host's job and is tested there); asking in another
/// unit is an error. Text facts and flags belong to the profile.
#[derive(Debug, Clone, Default)]
pub struct FakePark {
    year: i32,
    requires: Vec<DataRequirement>,
    /// Key, then year, then value and unit.
    quantities: BTreeMap<String, BTreeMap<i32, (f64, String)>>,
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

    /// Set a quantity of the assessment year, in `unit`.
    pub fn quantity(self, key: &str, value: f64, unit: &str) -> Self {
        let year = self.year;
        self.quantity_in(year, key, value, unit)
    }

    /// Set a quantity of `year` (the history before the assessment year, or
    /// a later year the standard must not see), in `unit`.
    pub fn quantity_in(mut self, year: i32, key: &str, value: f64, unit: &str) -> Self {
        self.quantities
            .entry(key.to_owned())
            .or_default()
            .insert(year, (value, unit.to_owned()));
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

    /// Remove a key of any kind, in every year.
    pub fn without(mut self, key: &str) -> Self {
        self.quantities.remove(key);
        self.texts.remove(key);
        self.flags.remove(key);
        self
    }

    /// The values of `key` up to the assessment year, oldest first, each
    /// checked against `unit`.
    fn history(&self, key: &str, unit: &str) -> Result<Vec<(i32, f64)>, String> {
        let Some(years) = self.quantities.get(key) else {
            return Ok(vec![]);
        };
        years
            .range(..=self.year)
            .map(|(year, (value, stored))| {
                if stored == unit {
                    Ok((*year, *value))
                } else {
                    Err(format!(
                        "fake park holds `{key}` for {year} in `{stored}`, not `{unit}`"
                    ))
                }
            })
            .collect()
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
        match self.quantities.get(key).and_then(|y| y.get(&self.year)) {
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
        let values: Vec<f64> = self
            .history(key, unit)?
            .into_iter()
            .map(|(_, v)| v)
            .collect();
        Ok((!values.is_empty()).then_some(values))
    }
    fn series_by_year(&self, key: &str, unit: &str) -> Result<Vec<(i32, f64)>, String> {
        self.history(key, unit)
    }
    fn keys(&self, prefix: &str) -> Vec<String> {
        let mut keys: Vec<String> = self
            .quantities
            .iter()
            .filter(|(_, years)| years.contains_key(&self.year))
            .map(|(k, _)| k)
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

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    const KEY: &str = "x-test.revenue";

    fn park() -> FakePark {
        FakePark::new(2025, vec![])
            .quantity_in(2026, KEY, 9.0, "t")
            .quantity_in(2023, KEY, 1.0, "t")
            .quantity(KEY, 3.0, "t")
            .quantity_in(2022, "other", 5.0, "t")
    }

    #[test]
    fn quantity_is_the_assessment_year_only() {
        // The builder's `quantity` shadows the trait's: call the trait's.
        let park: &dyn ParkData = &park();
        assert_eq!(park.quantity(KEY, "t").unwrap(), Some(3.0));
        assert_eq!(park.quantity("other", "t").unwrap(), None);
        assert!(park.quantity(KEY, "kg").is_err());
        assert_eq!(park.keys(""), vec![KEY.to_owned()]);
    }

    #[test]
    fn series_are_oldest_first_up_to_the_assessment_year_with_gaps_kept() {
        let park = park();
        assert_eq!(park.series(KEY, "t").unwrap(), Some(vec![1.0, 3.0]));
        assert_eq!(
            park.series_by_year(KEY, "t").unwrap(),
            vec![(2023, 1.0), (2025, 3.0)]
        );
        assert_eq!(park.series("absent", "t").unwrap(), None);
        assert_eq!(park.series_by_year("absent", "t").unwrap(), vec![]);
        assert_eq!(
            park.series_by_year("other", "t").unwrap(),
            vec![(2022, 5.0)]
        );
        let err = park.series_by_year(KEY, "kg").unwrap_err();
        assert!(err.contains("2023") && err.contains("`kg`"), "{err}");
        assert!(park.without(KEY).series(KEY, "t").unwrap().is_none());
    }
}
