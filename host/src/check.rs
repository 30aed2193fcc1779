//! `zcp validate`: what a park file lacks for a set of standards, before any
//! evaluation. The file is loaded as `zcp evaluate` loads it (every error,
//! every warning); then, for the assessment year, each standard's declared
//! keys (its bases' too) are looked up: required ones missing make the data
//! incomplete, optional ones missing are information, families are listed
//! with the members the park gives.

use std::path::{Path, PathBuf};

use serde::Serialize;
use zcp_park::{Park, YearView};

use crate::model::Text;
use crate::needs::{KeyScope, Layer, NeededKey, Needs};
use crate::registry::Registry;
use crate::validate;

mod render;

pub use render::{render_markdown, render_table};

/// A key a standard requires that the park does not give.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct MissingKey {
    /// The key (a family has `*` segments).
    pub key: String,
    /// The unit the standard reads it in (empty for text and flags).
    pub unit: String,
    /// `profile` or `year`.
    pub scope: KeyScope,
    /// What it is.
    pub description: Text,
}

/// A family of keys and the members the park gives.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct FamilyCheck {
    /// The family, with `*` segments: `product.*.unit-energy`.
    pub family: String,
    /// Whether the standard requires at least one member.
    pub required: bool,
    /// The members given, sorted (empty: the family is absent).
    pub members: Vec<String>,
}

/// One standard's keys against one park.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct StandardCheck {
    /// `id@version`.
    pub standard: String,
    /// The standard that extends this one, when it is checked as a base.
    pub base_of: Option<String>,
    /// Keys (not families) it declares, in all.
    pub declared: usize,
    /// The declared keys the park gives.
    pub given: Vec<String>,
    /// Required keys (or families with no member) the park does not give:
    /// the evaluation would be incomplete.
    pub missing_required: Vec<MissingKey>,
    /// Optional keys the park does not give: information, not a failure.
    pub missing_optional: Vec<String>,
    /// Families, present or absent.
    pub families: Vec<FamilyCheck>,
}

/// One park file.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct ParkCheck {
    /// The file.
    pub file: PathBuf,
    /// `complete`, `incomplete` (a required key is missing) or `error`.
    pub outcome: Outcome,
    /// The park's id, when the file loads.
    pub park: Option<String>,
    /// The assessment year checked.
    pub year: Option<i32>,
    /// Why the file does not load, or has no such year (every problem found).
    pub errors: Vec<String>,
    /// What the file holds that is ignored (keys of standards not loaded).
    pub warnings: Vec<String>,
    /// One check per standard, bases after the standard that extends them.
    pub standards: Vec<StandardCheck>,
}

/// `zcp validate`'s report.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Validation {
    /// zcp version.
    pub host_version: String,
    /// The worst outcome of its parks: what the exit code says.
    pub outcome: Outcome,
    /// The standards checked against, bases included (`id@version`).
    pub standards: Vec<String>,
    /// Plugins that failed to load, superseded versions chosen.
    pub warnings: Vec<String>,
    /// One entry per park file, in the order given.
    pub parks: Vec<ParkCheck>,
}

/// What a validation says of a park, or of all its parks (the worst),
/// in increasing order of gravity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// The park gives what every standard requires.
    Complete,
    /// A required key is missing.
    Incomplete,
    /// The park file does not load, or lacks the assessment year.
    Error,
}

/// Check every park file against the keys of `needs`, with the run's
/// dictionary; the assessment year is `year`, or the latest of each file.
pub fn validate(
    registry: &Registry,
    needs: &Needs,
    parks: &[PathBuf],
    year: Option<i32>,
) -> Validation {
    let parks: Vec<ParkCheck> = parks
        .iter()
        .map(|file| check_file(registry, needs, file, year))
        .collect();
    Validation {
        host_version: env!("CARGO_PKG_VERSION").to_owned(),
        outcome: parks
            .iter()
            .map(|p| p.outcome)
            .max()
            .unwrap_or(Outcome::Complete),
        standards: needs.labels(),
        warnings: needs.warnings.clone(),
        parks,
    }
}

fn check_file(registry: &Registry, needs: &Needs, file: &Path, year: Option<i32>) -> ParkCheck {
    let mut check = ParkCheck {
        file: file.to_path_buf(),
        outcome: Outcome::Error,
        park: None,
        year: None,
        errors: vec![],
        warnings: vec![],
        standards: vec![],
    };
    let park = match Park::load_with(file, registry.dictionary()) {
        Ok(park) => park,
        Err(errors) => {
            check.errors = errors.errors().iter().map(ToString::to_string).collect();
            return check;
        }
    };
    check.park = Some(park.id.clone());
    check.warnings = park.warnings.iter().map(ToString::to_string).collect();
    let Some(year) = year.or_else(|| park.latest_year()) else {
        check.errors.push(format!(
            "`{}`: the park file has no [years.YYYY] table to assess",
            file.display()
        ));
        return check;
    };
    let view = match park.year(year) {
        Ok(view) => view,
        Err(e) => {
            check.errors.push(e.to_string());
            return check;
        }
    };
    check.year = Some(year);
    check.standards = needs.layers.iter().map(|l| check_layer(l, &view)).collect();
    check.outcome = if check
        .standards
        .iter()
        .any(|s| !s.missing_required.is_empty())
    {
        Outcome::Incomplete
    } else {
        Outcome::Complete
    };
    check
}

fn check_layer(layer: &Layer, view: &YearView<'_>) -> StandardCheck {
    let mut check = StandardCheck {
        standard: layer.standard.clone(),
        base_of: layer.base_of.clone(),
        declared: layer.keys.iter().filter(|k| !k.family).count(),
        given: vec![],
        missing_required: vec![],
        missing_optional: vec![],
        families: vec![],
    };
    for need in &layer.keys {
        if need.family {
            let members = members(view, &need.key);
            if need.required && members.is_empty() {
                check.missing_required.push(missing(need));
            }
            check.families.push(FamilyCheck {
                family: need.key.clone(),
                required: need.required,
                members,
            });
        } else if view.keys(&need.key).contains(&need.key) {
            check.given.push(need.key.clone());
        } else if need.required {
            check.missing_required.push(missing(need));
        } else {
            check.missing_optional.push(need.key.clone());
        }
    }
    check
}

/// The keys of the park (this year and its profile) in a family.
fn members(view: &YearView<'_>, family: &str) -> Vec<String> {
    let prefix = family.split('*').next().unwrap_or_default();
    view.keys(prefix)
        .into_iter()
        .filter(|k| validate::in_family(family, k))
        .collect()
}

fn missing(need: &NeededKey) -> MissingKey {
    MissingKey {
        key: need.key.clone(),
        unit: need.unit.clone(),
        scope: need.scope,
        description: need.description.clone(),
    }
}
