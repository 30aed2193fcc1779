//! [`FakePark`]: in-memory park data for native unit tests of a standard,
//! read by the host's rules.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::{DataRequirement, KeyDefinition, KeyKind, KeyScope, StandardInfo};

mod dictionary;
mod read;
#[cfg(test)]
mod tests;

use dictionary::{Dictionary, Entry, kind_name};

/// In-memory park data for native unit tests of a standard, served as the
/// host serves a park file.
///
/// It knows the shared data dictionary (a copy of the host's
/// `data/dictionary.toml`) and the keys the standard defines, and applies the
/// host's rules:
///
/// - a key outside the dictionary: [`ParkData::quantity`],
///   [`ParkData::series`] and [`ParkData::series_by_year`] return the
///   host's error (``unknown key `…` (did you mean `…`?)``);
///   [`ParkData::text`] and [`ParkData::flag`] return `None`;
/// - a text or flag key read as a quantity: the host's error;
/// - a `profile` key has one value for every year (a series of it is the
///   host's "profile fact" error); a `year` key belongs to its year, and
///   [`ParkData::quantity`] reads the assessment year's;
/// - [`ParkData::series`] and [`ParkData::series_by_year`] give the years
///   up to the assessment year that have the key, oldest first (a gap stays
///   a gap); [`ParkData::keys`] lists the assessment year's and the
///   profile's keys, sorted.
///
/// **One difference: it does not convert units.** The host converts a
/// quantity to any unit of its dimension; FakePark keeps the value in the
/// unit the test gave, serves it in that unit, and asked for it in another
/// returns an error naming both units (from [`ParkData::declared`], which
/// cannot return an error, it panics). Give test values in the units the
/// standard reads. For the same reason it checks no unit against a key's
/// dimension. Nor does it refuse what the host's park-file loader refuses
/// (a negative amount, a text outside a key's list of values, a number that
/// is not finite), so that a standard's defensive code can be tested.
///
/// It exists natively only: a component has the host's data.
///
/// ```
/// use zcp_sdk::{FakePark, ParkData};
///
/// let park = FakePark::new(2025, vec![])
///     .quantity_in(2024, "electricity.grid-purchased", 90.0, "MWh")
///     .quantity("electricity.grid-purchased", 100.0, "MWh")
///     .flag("park.boundary-defined", true);
/// let data: &dyn ParkData = &park;
/// assert_eq!(data.quantity("electricity.grid-purchased", "MWh"), Ok(Some(100.0)));
/// assert_eq!(
///     data.series_by_year("electricity.grid-purchased", "MWh"),
///     Ok(vec![(2024, 90.0), (2025, 100.0)])
/// );
/// assert!(data.quantity("electricity.grid-purchased", "kWh").is_err()); // no conversion
/// assert_eq!(
///     data.quantity("electricity.grid-purchase", "MWh"),
///     Err("unknown key `electricity.grid-purchase` (did you mean `electricity.grid-purchased`?)".into())
/// );
/// assert_eq!(data.flag("park.boundary-defined"), Some(true));
/// ```
///
/// # Panics
///
/// It is test-only code, and a mistake in a test must not pass silently:
/// every builder method panics on a key outside its dictionary (a typo), on
/// a value of the wrong kind for the key, and on a year given to a profile
/// key; [`FakePark::for_standard`] and [`FakePark::new`] panic on a
/// description the host would refuse at load (a defined key outside the
/// standard's namespace or clashing with another, a required key that is
/// not in the dictionary, a unit on a text or flag requirement).
///
/// [`ParkData::quantity`]: crate::ParkData::quantity
/// [`ParkData::series`]: crate::ParkData::series
/// [`ParkData::series_by_year`]: crate::ParkData::series_by_year
/// [`ParkData::text`]: crate::ParkData::text
/// [`ParkData::flag`]: crate::ParkData::flag
/// [`ParkData::keys`]: crate::ParkData::keys
/// [`ParkData::declared`]: crate::ParkData::declared
#[derive(Debug, Clone)]
pub struct FakePark {
    year: i32,
    requires: Vec<DataRequirement>,
    dictionary: Arc<Dictionary>,
    /// Facts about the park, valid for any year.
    profile: BTreeMap<String, Fact>,
    /// Facts of each calendar year.
    years: BTreeMap<i32, BTreeMap<String, Fact>>,
}

/// One value of a park.
#[derive(Debug, Clone, PartialEq)]
enum Fact {
    Quantity { value: f64, unit: String },
    Text(String),
    Flag(bool),
}

impl FakePark {
    /// A park assessed in `year` for the standard `info` describes: it
    /// serves `declared()` for `info.requires`, and knows the shared
    /// dictionary plus the keys in `info.defines`.
    ///
    /// # Panics
    ///
    /// When the host would refuse the description (see [`FakePark`]).
    #[track_caller]
    pub fn for_standard(year: i32, info: &StandardInfo) -> Self {
        let mut dictionary = shared();
        let label = format!("{}@{}", info.id, info.version);
        if let Err(message) = dictionary.add_standard(&info.id, &label, &info.defines) {
            refuse(message);
        }
        check_requires(&info.requires, &dictionary, Some(&info.id), &label);
        FakePark::with(year, info.requires.clone(), dictionary)
    }

    /// A park assessed in `year` for a standard that defines no keys,
    /// serving `declared()` for `requires`. Keys in another standard's
    /// namespace (`x-<id>.…`) are known once [`FakePark::with_keys_of`]
    /// adds that standard.
    ///
    /// # Panics
    ///
    /// When `requires` names a shared key the dictionary lacks, or gives a
    /// unit to a text or flag key.
    #[track_caller]
    pub fn new(year: i32, requires: Vec<DataRequirement>) -> Self {
        let dictionary = shared();
        check_requires(&requires, &dictionary, None, "the standard");
        FakePark::with(year, requires, dictionary)
    }

    /// Also know the keys `other` defines, as the host does when `other` is
    /// loaded in the same run (the base of a derived standard).
    ///
    /// # Panics
    ///
    /// When the host would refuse `other`'s definitions beside those known.
    #[track_caller]
    pub fn with_keys_of(mut self, other: &StandardInfo) -> Self {
        let label = format!("{}@{}", other.id, other.version);
        let dictionary = Arc::make_mut(&mut self.dictionary);
        if let Err(message) = dictionary.add_standard(&other.id, &label, &other.defines) {
            refuse(message);
        }
        self
    }

    /// Add keys to the shared dictionary, as a newer host's may hold them:
    /// to test what a standard does with a key it does not know (a fuel
    /// added after it was written). Any namespace; no key may overlap one
    /// already known.
    ///
    /// # Panics
    ///
    /// On an invalid pattern or an overlap.
    #[track_caller]
    pub fn with_shared_keys(mut self, definitions: &[KeyDefinition]) -> Self {
        if let Err(message) = Arc::make_mut(&mut self.dictionary).add_shared(definitions) {
            refuse(message);
        }
        self
    }

    /// The same park assessed in another year, as the host evaluates one
    /// park file for any of its years: the profile stays, the year's keys
    /// and the series are read for `year`.
    pub fn assessed_in(mut self, year: i32) -> Self {
        self.year = year;
        self
    }

    fn with(year: i32, requires: Vec<DataRequirement>, dictionary: Dictionary) -> Self {
        FakePark {
            year,
            requires,
            dictionary: Arc::new(dictionary),
            profile: BTreeMap::new(),
            years: BTreeMap::new(),
        }
    }

    /// Set a quantity, in `unit`: a `year` key for the assessment year, a
    /// `profile` key for every year.
    ///
    /// # Panics
    ///
    /// On an unknown key, a key that is not a quantity, or an empty unit.
    #[track_caller]
    pub fn quantity(self, key: &str, value: f64, unit: &str) -> Self {
        let year = self.year;
        self.set(None, year, key, quantity(key, value, unit))
    }

    /// Set a quantity of a `year` key for `year` (the history before the
    /// assessment year, or a later year the standard must not see).
    ///
    /// # Panics
    ///
    /// As [`FakePark::quantity`], and on a `profile` key.
    #[track_caller]
    pub fn quantity_in(self, year: i32, key: &str, value: f64, unit: &str) -> Self {
        self.set(Some(year), year, key, quantity(key, value, unit))
    }

    /// Set a text fact: a `year` key for the assessment year, a `profile`
    /// key for every year.
    ///
    /// # Panics
    ///
    /// On an unknown key or a key that is not a text.
    #[track_caller]
    pub fn text(self, key: &str, value: &str) -> Self {
        let year = self.year;
        self.set(None, year, key, Fact::Text(value.to_owned()))
    }

    /// Set a text fact of a `year` key for `year`.
    ///
    /// # Panics
    ///
    /// As [`FakePark::text`], and on a `profile` key.
    #[track_caller]
    pub fn text_in(self, year: i32, key: &str, value: &str) -> Self {
        self.set(Some(year), year, key, Fact::Text(value.to_owned()))
    }

    /// Set a flag: a `year` key for the assessment year, a `profile` key for
    /// every year.
    ///
    /// # Panics
    ///
    /// On an unknown key or a key that is not a flag.
    #[track_caller]
    pub fn flag(self, key: &str, value: bool) -> Self {
        let year = self.year;
        self.set(None, year, key, Fact::Flag(value))
    }

    /// Set a flag of a `year` key for `year`.
    ///
    /// # Panics
    ///
    /// As [`FakePark::flag`], and on a `profile` key.
    #[track_caller]
    pub fn flag_in(self, year: i32, key: &str, value: bool) -> Self {
        self.set(Some(year), year, key, Fact::Flag(value))
    }

    /// Remove a key, from the profile and from every year.
    ///
    /// # Panics
    ///
    /// On an unknown key.
    #[track_caller]
    pub fn without(mut self, key: &str) -> Self {
        self.known(key);
        self.profile.remove(key);
        for facts in self.years.values_mut() {
            facts.remove(key);
        }
        self
    }

    /// Store `fact` where the key's scope puts it; `given` is the year the
    /// test named, if any.
    #[track_caller]
    fn set(mut self, given: Option<i32>, year: i32, key: &str, fact: Fact) -> Self {
        let entry = self.known(key);
        let (expected, found) = (kind_name(&entry.kind), fact_kind(&fact));
        if expected != found {
            refuse(format!(
                "`{key}` is a {expected} key, not a {found}: set it with `{expected}`"
            ));
        }
        let scope = entry.scope;
        match (scope, given) {
            (KeyScope::Profile, Some(_)) => refuse(format!(
                "`{key}` is a profile fact with one value for all years: set it without a year"
            )),
            (KeyScope::Profile, None) => {
                self.profile.insert(key.to_owned(), fact);
            }
            (KeyScope::Year, _) => {
                self.years
                    .entry(year)
                    .or_default()
                    .insert(key.to_owned(), fact);
            }
        }
        self
    }

    /// The dictionary entry of a key a test sets.
    #[track_caller]
    fn known(&self, key: &str) -> &Entry {
        match self.dictionary.lookup(key) {
            Some(entry) => entry,
            None => refuse(read::unknown_key(&self.dictionary, key)),
        }
    }
}

/// A quantity fact, with a unit.
#[track_caller]
fn quantity(key: &str, value: f64, unit: &str) -> Fact {
    if unit.trim().is_empty() {
        refuse(format!("quantity `{key}` needs a unit"));
    }
    Fact::Quantity {
        value,
        unit: unit.trim().to_owned(),
    }
}

fn fact_kind(fact: &Fact) -> &'static str {
    match fact {
        Fact::Quantity { .. } => "quantity",
        Fact::Text(_) => "text",
        Fact::Flag(_) => "flag",
    }
}

/// The shared dictionary, to add to.
#[track_caller]
fn shared() -> Dictionary {
    match Dictionary::shared() {
        Ok(shared) => (*shared).clone(),
        Err(message) => refuse(message),
    }
}

/// Check `requires` as the host does when it loads a standard: a key, or a
/// family of keys written with `*` where the dictionary's pattern has `*`
/// (`product.*.unit-energy`, served as `None` by `declared`). Keys in
/// another standard's namespace are checked when that standard is loaded
/// (here: never, as the host defers them).
#[track_caller]
fn check_requires(
    requires: &[DataRequirement],
    dictionary: &Dictionary,
    own: Option<&str>,
    label: &str,
) {
    let mut seen = std::collections::BTreeSet::new();
    for r in requires {
        let key = r.key.as_str();
        if !seen.insert(key) {
            refuse(format!("`{label}`: data key `{key}` is required twice"));
        }
        let owner = key.split('.').next().and_then(|s| s.strip_prefix("x-"));
        let family = key.split('.').any(|segment| segment == "*");
        let found = if family {
            dictionary.family(key)
        } else {
            dictionary.lookup(key)
        };
        let Some(entry) = found else {
            match owner {
                Some(o) if Some(o) != own && !dictionary.owns(o) => continue,
                _ if family => refuse(format!(
                    "`{label}` requires the family `{key}`, but no key of the data dictionary{} has `*` at those places and the same words elsewhere",
                    if owner.is_some() {
                        " or of those it defines"
                    } else {
                        ""
                    }
                )),
                Some(_) => refuse(format!(
                    "`{label}` requires `{key}`, which it does not define"
                )),
                None => refuse(format!(
                    "`{label}` requires `{key}`, which is not in the data dictionary"
                )),
            }
        };
        match (&entry.kind, r.unit.trim()) {
            (KeyKind::Quantity(_), "") => refuse(format!(
                "`{label}` requires quantity `{key}` without a unit (name the unit to read it in)"
            )),
            (KeyKind::Text(_) | KeyKind::Flag, unit) if !unit.is_empty() => refuse(format!(
                "`{label}` requires `{key}` in `{unit}`, but it is not a quantity (leave the unit empty)"
            )),
            _ => {}
        }
    }
}

/// Stop the test with `message`: FakePark is test-only code, and a mistake
/// in a test must not pass silently.
#[track_caller]
#[allow(clippy::panic)]
fn refuse(message: String) -> ! {
    panic!("fake park: {message}")
}
