//! What differs between two standards (`zcp diff`): on a park, what each
//! returned and why it differs ([`results`]), or, without a park, what each
//! declares ([`rules`]). A standard's side is `A`, the other's `B`, in the
//! order asked; the JSON field names (`a`, `b`, `only_in_a`, `only_in_b`,
//! `changed`) are stable.

pub mod assumptions;
pub mod results;
pub mod rules;

use serde::Serialize;

use crate::model::{Status, Text, Tier};
use crate::record::StandardRef;
use crate::runtime::Plugin;
pub use results::{DiffError, ParkDiff, compare_park};
pub use rules::{RulesDiff, compare_rules};

/// What a field is in each standard.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pair<T> {
    /// In A.
    pub a: T,
    /// In B.
    pub b: T,
}

impl<T: PartialEq> Pair<T> {
    /// The pair when the two sides differ, else `None`.
    pub fn differing(a: T, b: T) -> Option<Self> {
        (a != b).then_some(Pair { a, b })
    }
}

/// Items only one standard has, and those both have that differ.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Changes<T, C> {
    /// Only in A (removed, when B is A's successor).
    pub only_in_a: Vec<T>,
    /// Only in B (added, when B is A's successor).
    pub only_in_b: Vec<T>,
    /// In both, with what differs.
    pub changed: Vec<C>,
}

impl<T, C> Default for Changes<T, C> {
    fn default() -> Self {
        Changes {
            only_in_a: Vec::new(),
            only_in_b: Vec::new(),
            changed: Vec::new(),
        }
    }
}

impl<T, C> Changes<T, C> {
    /// Nothing differs.
    pub fn is_empty(&self) -> bool {
        self.only_in_a.is_empty() && self.only_in_b.is_empty() && self.changed.is_empty()
    }

    /// How many items differ.
    pub fn len(&self) -> usize {
        self.only_in_a.len() + self.only_in_b.len() + self.changed.len()
    }
}

/// One of the two standards compared.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Compared {
    /// `id@version`.
    pub label: String,
    /// Name.
    pub title: Text,
    /// Life-cycle status.
    pub status: Status,
    /// SHA-256 of the component.
    pub digest: String,
    /// Tiers, for a tiered standard.
    pub tiers: Vec<Tier>,
    /// Highest total score, for a scored standard.
    pub max_score: Option<f64>,
}

impl Compared {
    pub(crate) fn of_ref(standard: &StandardRef) -> Self {
        Compared {
            label: standard.label.clone(),
            title: standard.title.clone(),
            status: standard.status,
            digest: standard.digest.clone(),
            tiers: standard.tiers.clone(),
            max_score: standard.max_score,
        }
    }

    pub(crate) fn of_plugin(plugin: &Plugin) -> Self {
        Compared {
            label: plugin.info.label(),
            title: plugin.info.title.clone(),
            status: plugin.info.status,
            digest: plugin.digest.clone(),
            tiers: plugin.info.tiers.clone(),
            max_score: plugin.info.max_score,
        }
    }

    /// A tier by id.
    pub fn tier(&self, id: &str) -> Option<&Tier> {
        self.tiers.iter().find(|t| t.id == id)
    }
}

/// Whether two values are the same quantity: both absent, or equal within
/// a relative 1e-9 (so that two ways of summing the same figures, which
/// differ in the last bit, are not a difference).
pub fn same_value(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => a == b || (a - b).abs() <= 1e-9 * a.abs().max(b.abs()),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::same_value;

    #[test]
    fn values_equal_to_the_last_bits_are_the_same_and_others_are_not() {
        assert!(same_value(
            Some(83.333_333_333_333_34),
            Some(83.333_333_333_333_33)
        ));
        assert!(same_value(None, None));
        assert!(same_value(Some(0.0), Some(-0.0)));
        assert!(!same_value(Some(344_150.0), Some(144_912.5)));
        assert!(!same_value(Some(0.891_3), Some(0.891_4)));
        assert!(!same_value(Some(1.0), None));
    }
}
