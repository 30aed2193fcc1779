//! Access to park data: the host's imports inside a component (natively,
//! [`FakePark`](crate::FakePark) serves the same trait).

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
