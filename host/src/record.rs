//! The record of a run: what each standard returned for each park, with
//! the identity of everything it rests on (standards by digest, the
//! dictionary, limits, parameters). `zcp evaluate --format json` prints it;
//! the renderers and receipts read it.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Serialize;
use zcp_park::Text;

use crate::Output;
use crate::bindings::WitVersion;
use crate::chain::ParamArg;
use crate::limits::Limits;
use crate::model::{Evaluation, IndicatorKind, IndicatorResult, Status, Verdict};
use crate::registry::Registry;
use crate::runtime::{Origin, Plugin, RunError};
use crate::state::Lineage;

/// The dictionary of a run, in a receipt: the shared file by digest, and
/// the keys the loaded standards added to it.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct DictionaryRef {
    /// The shared dictionary's format version (its `version`).
    pub shared_version: i64,
    /// SHA-256 of the shared dictionary file (`data/dictionary.toml`).
    pub shared_digest: String,
    /// Each key a standard defined (pattern → `id@version`).
    pub defined: BTreeMap<String, String>,
}

impl DictionaryRef {
    pub(crate) fn of(registry: &Registry) -> Self {
        DictionaryRef {
            shared_version: zcp_park::dictionary::DICTIONARY_VERSION,
            shared_digest: zcp_park::Dictionary::bundled_digest(),
            defined: registry
                .dictionary()
                .defined_by_standards()
                .map(|d| (d.pattern.clone(), d.defined_by.clone().unwrap_or_default()))
                .collect(),
        }
    }
}

/// A standard used in a report, with its identity.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct StandardRef {
    /// `id@version`.
    pub label: String,
    /// Name.
    pub title: Text,
    /// Life-cycle status.
    pub status: Status,
    /// SHA-256 of the component.
    pub digest: String,
    /// Where it came from.
    pub origin: Origin,
    /// The contract version it was built for.
    pub wit_version: WitVersion,
    /// Who vouches for it: bundled, signed (publisher and key) or unsigned.
    pub publisher: crate::trust::Publisher,
    /// Set when an unsigned standard from a directory looks national (the
    /// jurisdiction `CN`, or an id of the `cn-zcp` family): nothing proves
    /// who published it.
    pub unverified_national: bool,
    /// ISO 3166-2 code of where it applies (`CN`, `CN-HN`).
    pub jurisdiction: String,
    /// Base standard, when it extends one.
    pub extends: Option<String>,
    /// Tiers of a scored standard; empty for others.
    pub tiers: Vec<crate::model::Tier>,
    /// The highest total score, for a scored standard.
    pub max_score: Option<f64>,
    /// Indicator titles and kinds by id, for reports.
    pub indicators: BTreeMap<String, IndicatorRef>,
}

/// An indicator's name and role, as its standard declares them.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct IndicatorRef {
    /// Name.
    pub title: Text,
    /// Role in the verdict.
    pub kind: IndicatorKind,
}

/// The id family of the national criteria: a directory plugin named like
/// them (`cn-zcp2`, `cn-zcp-plus`) is flagged as a national claim.
const NATIONAL_ID_FAMILY: &str = "cn-zcp";

/// A national jurisdiction, or an id of the national criteria's family.
fn looks_national(id: &str, jurisdiction: &str) -> bool {
    jurisdiction.trim().eq_ignore_ascii_case("CN") || id.starts_with(NATIONAL_ID_FAMILY)
}

impl StandardRef {
    pub(crate) fn of(plugin: &Plugin) -> Self {
        StandardRef {
            label: plugin.info.label(),
            title: plugin.info.title.clone(),
            status: plugin.info.status,
            digest: plugin.digest.clone(),
            origin: plugin.origin.clone(),
            wit_version: plugin.wit_version,
            publisher: plugin.publisher.clone(),
            unverified_national: plugin.publisher == crate::trust::Publisher::Unsigned
                && looks_national(&plugin.info.id, &plugin.info.jurisdiction),
            jurisdiction: plugin.info.jurisdiction.clone(),
            extends: plugin.info.extends.clone(),
            tiers: plugin.info.tiers.clone(),
            max_score: plugin.info.max_score,
            indicators: plugin
                .info
                .indicators
                .iter()
                .map(|i| {
                    (
                        i.id.clone(),
                        IndicatorRef {
                            title: i.title.clone(),
                            kind: i.kind,
                        },
                    )
                })
                .collect(),
        }
    }
}

impl StandardRef {
    /// A tier by id, with its name and the score it starts at.
    pub fn tier(&self, id: &str) -> Option<&crate::model::Tier> {
        self.tiers.iter().find(|t| t.id == id)
    }
}

/// Whether a standard of `jurisdiction` covers a park in `province`: the
/// same ISO 3166-2 code, or a country covering its subdivisions (`CN`
/// covers `CN-HN`).
pub fn covers(jurisdiction: &str, province: &str) -> bool {
    let (j, p) = (jurisdiction.trim(), province.trim());
    p.eq_ignore_ascii_case(j)
        || (p.len() > j.len()
            && p.is_char_boundary(j.len())
            && p[..j.len()].eq_ignore_ascii_case(j)
            && p[j.len()..].starts_with('-'))
}

/// One standard run on one park.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct StandardRun {
    /// `id@version`.
    pub standard: String,
    /// The verdict (`incomplete` when there is no evaluation).
    pub verdict: Verdict,
    /// The parameters it received: those given (`--param`) for its
    /// version that it declares.
    pub parameters: Vec<(String, String)>,
    /// What the standard returned.
    pub evaluation: Option<Evaluation>,
    /// Why there is no evaluation.
    pub error: Option<RunError>,
    /// The base standard's run, for a standard that extends one.
    pub base: Option<Box<StandardRun>>,
    /// Data keys read.
    pub lineage: Lineage,
    /// What the plugin printed.
    pub stdout: Output,
    /// What it printed to stderr.
    pub stderr: Output,
    /// Fuel consumed.
    pub fuel_used: u64,
}

impl StandardRun {
    /// Results with the layer each comes from: the base's first, overridden
    /// by the derived standard's results with the same id.
    pub fn layered_results(&self) -> Vec<(&str, &IndicatorResult)> {
        let own: Vec<(&str, &IndicatorResult)> = self
            .evaluation
            .iter()
            .flat_map(|e| e.results.iter().map(|r| (self.standard.as_str(), r)))
            .collect();
        let Some(base) = &self.base else { return own };
        let mut merged: Vec<(&str, &IndicatorResult)> = base
            .layered_results()
            .into_iter()
            .filter(|(_, r)| !own.iter().any(|(_, o)| o.id == r.id))
            .collect();
        merged.extend(own);
        merged
    }
}

/// The park identity in a report.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct ParkInfo {
    /// Park id.
    pub id: String,
    /// Name.
    pub name: Text,
    /// Province code.
    pub province: Option<String>,
    /// SHA-256 of the park file.
    pub data_digest: String,
}

/// One park: its runs, or why it could not be evaluated.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct ParkSection {
    /// The park file.
    pub file: PathBuf,
    /// The park, when its file loaded.
    pub park: Option<ParkInfo>,
    /// Assessment year.
    pub year: Option<i32>,
    /// Errors in the park file (every one found).
    pub errors: Vec<String>,
    /// Warnings about the park file (keys of standards not in this run).
    pub warnings: Vec<String>,
    /// One run per standard, in the order asked.
    pub runs: Vec<StandardRun>,
    /// The standards of this run (`id@version`) whose jurisdiction does not
    /// cover the park's province: their results are for comparison, not an
    /// assessment there. Empty when the park gives no province.
    pub outside_jurisdiction: Vec<String>,
}

/// A whole evaluation, with what is needed to reproduce it.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Report {
    /// zcp version.
    pub host_version: String,
    /// Contract versions this host runs.
    pub wit_versions: Vec<WitVersion>,
    /// Limits every call ran under.
    pub limits: Limits,
    /// The data dictionary park files were read with.
    pub dictionary: DictionaryRef,
    /// Standards used, resolved.
    pub standards: Vec<StandardRef>,
    /// Parameters given (each run records those it received).
    pub parameters: Vec<ParamArg>,
    /// The day whose versions in force were asked for (`--as-of`,
    /// `YYYY-MM-DD`); absent when none was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>", extend("format" = "date"))]
    pub as_of: Option<jiff::civil::Date>,
    /// Warnings (superseded versions, plugins that failed to load).
    pub warnings: Vec<String>,
    /// One section per park.
    pub parks: Vec<ParkSection>,
    /// SHA-256 of this report without its file paths and load warnings
    /// ([`crate::receipt`]): the same standards, data and parameters give
    /// the same digest wherever they run; `zcp reproduce` checks it.
    pub result_digest: String,
}

impl Report {
    /// Any park file that could not be evaluated.
    pub fn has_errors(&self) -> bool {
        self.parks.iter().any(|p| !p.errors.is_empty())
    }

    /// Every run qualified, or gave a verdict that is not a judgement on
    /// the park (`not-applicable`, `assessed`): `zcp evaluate` exits 0.
    pub fn all_qualified(&self) -> bool {
        self.parks
            .iter()
            .flat_map(|p| &p.runs)
            .all(|r| r.verdict.is_success())
    }
}

#[cfg(test)]
mod tests {
    use super::{covers, looks_national};

    #[test]
    fn a_jurisdiction_covers_itself_and_its_subdivisions() {
        assert!(covers("CN", "CN-NM"));
        assert!(covers("CN-HN", "CN-HN"));
        assert!(covers("cn-hn", " CN-HN "));
        assert!(!covers("CN-HN", "CN-NM"));
        assert!(
            !covers("CN-HN", "CN"),
            "a province does not cover the country"
        );
        assert!(!covers("CN", "CNX-1"), "a prefix is not a subdivision");
        assert!(!covers("CN-H", "CN-HN"));
        assert!(!covers("CN", "中国"));
    }

    #[test]
    fn national_claims_are_by_jurisdiction_or_the_national_id_family() {
        assert!(looks_national("my-standard", "CN"));
        assert!(looks_national("my-standard", " cn "));
        assert!(looks_national("cn-zcp2", "CN-HN"));
        assert!(looks_national("cn-zcp-plus", "CN-NM"));
        assert!(!looks_national("cn-hn-zcp", "CN-HN"));
        assert!(!looks_national("t-zcp-scored", "CN-XX"));
    }
}
