//! Evaluating parks against several standards side by side.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;

use serde::Serialize;
use zcp_park::{Park, Text};

use crate::Output;
use crate::bindings::WitVersion;
use crate::limits::Limits;
use crate::model::{Evaluation, IndicatorKind, IndicatorResult, Status, Verdict};
use crate::registry::{Registry, StandardSpec};
use crate::runtime::{Origin, Plugin, RunError, Runtime};
use crate::state::Lineage;

/// A parameter given on the command line: `ID:NAME=VALUE`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct ParamArg {
    /// Standard id it applies to (every version of it).
    pub standard: String,
    /// Parameter name.
    pub name: String,
    /// Value.
    pub value: String,
}

impl FromStr for ParamArg {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let parsed = s.split_once(':').and_then(|(standard, rest)| {
            let (name, value) = rest.split_once('=')?;
            (!standard.is_empty() && !name.is_empty()).then(|| ParamArg {
                standard: standard.to_owned(),
                name: name.to_owned(),
                value: value.to_owned(),
            })
        });
        parsed.ok_or_else(|| {
            format!("`{s}` is not `ID:NAME=VALUE` (e.g. `cn-zcp:equal-value-coefficient=0.2986`)")
        })
    }
}

/// What to evaluate.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// Park files.
    pub parks: Vec<PathBuf>,
    /// Standards, side by side.
    pub standards: Vec<StandardSpec>,
    /// Parameters.
    pub parameters: Vec<ParamArg>,
    /// Assessment year; the latest year of each file when absent.
    pub year: Option<i32>,
    /// Pick the versions in force on this ISO date.
    pub as_of: Option<String>,
}

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
    fn of(registry: &Registry) -> Self {
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
    fn of(plugin: &Plugin) -> Self {
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
    /// Parameters given for it.
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
    /// Parameters given.
    pub parameters: Vec<ParamArg>,
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

/// A standard resolved with its bases, nearest first.
pub(crate) struct Chain {
    pub(crate) standard: Arc<Plugin>,
    pub(crate) bases: Vec<Arc<Plugin>>,
}

impl Chain {
    fn plugins(&self) -> impl Iterator<Item = &Arc<Plugin>> {
        std::iter::once(&self.standard).chain(&self.bases)
    }
}

/// Evaluate every park against every standard. Errors in the request
/// (unresolvable standards, unknown parameters) stop before any evaluation;
/// errors in a park file or a plugin's run are reported in their place.
pub fn run(runtime: &Runtime, registry: &Registry, request: &Request) -> Result<Report, String> {
    let mut warnings: Vec<String> = registry.errors.iter().map(ToString::to_string).collect();
    let mut chains = Vec::new();
    for spec in &request.standards {
        chains.push(resolve_chain(
            registry,
            spec,
            request.as_of.as_deref(),
            &mut warnings,
        )?);
    }
    check_parameters(&chains, &request.parameters)?;
    let mut standards: Vec<StandardRef> = Vec::new();
    for plugin in chains.iter().flat_map(Chain::plugins) {
        if !standards.iter().any(|s| s.digest == plugin.digest) {
            standards.push(StandardRef::of(plugin));
        }
    }
    let parks = request
        .parks
        .iter()
        .map(|file| evaluate_park(runtime, registry, file, request, &chains))
        .collect();
    let mut report = Report {
        host_version: env!("CARGO_PKG_VERSION").to_owned(),
        wit_versions: WitVersion::ALL.to_vec(),
        limits: runtime.limits().clone(),
        dictionary: DictionaryRef::of(registry),
        standards,
        parameters: request.parameters.clone(),
        warnings,
        parks,
        result_digest: String::new(),
    };
    let value =
        serde_json::to_value(&report).map_err(|e| format!("cannot serialize the report: {e}"))?;
    report.result_digest = crate::receipt::digest(&value);
    Ok(report)
}

pub(crate) fn resolve_chain(
    registry: &Registry,
    spec: &StandardSpec,
    as_of: Option<&str>,
    warnings: &mut Vec<String>,
) -> Result<Chain, String> {
    let mut chain: Vec<Arc<Plugin>> = Vec::new();
    let mut next = Some(spec.clone());
    while let Some(spec) = next.take() {
        let resolved = registry
            .resolve(&spec, as_of)
            .map_err(|e| match chain.last() {
                Some(derived) => format!(
                    "`{}` extends `{spec}`, which cannot be used: {e}",
                    derived.info.label()
                ),
                None => e.to_string(),
            })?;
        warnings.extend(resolved.warning);
        let plugin = resolved.plugin;
        if chain.iter().any(|p| p.digest == plugin.digest) {
            let names: Vec<String> = chain
                .iter()
                .chain([&plugin])
                .map(|p| p.info.label())
                .collect();
            return Err(format!(
                "standards extend each other in a cycle: {}",
                names.join(" → ")
            ));
        }
        next = match &plugin.info.extends {
            Some(base) => Some(base.parse::<StandardSpec>().map_err(|e| {
                format!(
                    "`{}` declares `extends = {base}`, which is not `ID@REQ`: {e}",
                    plugin.info.label()
                )
            })?),
            None => None,
        };
        chain.push(plugin);
    }
    let standard = chain.remove(0);
    Ok(Chain {
        standard,
        bases: chain,
    })
}

pub(crate) fn check_parameters(chains: &[Chain], parameters: &[ParamArg]) -> Result<(), String> {
    for arg in parameters {
        let versions: Vec<&Arc<Plugin>> = chains
            .iter()
            .flat_map(Chain::plugins)
            .filter(|p| p.info.id == arg.standard)
            .collect();
        if versions.is_empty() {
            let ids: BTreeSet<&str> = chains
                .iter()
                .flat_map(Chain::plugins)
                .map(|p| p.info.id.as_str())
                .collect();
            return Err(format!(
                "`--param {}:{}` names standard `{}`, which this run does not use (it uses: {})",
                arg.standard,
                arg.name,
                arg.standard,
                ids.into_iter().collect::<Vec<_>>().join(", ")
            ));
        }
        for plugin in versions {
            let Some(declared) = plugin.info.parameters.iter().find(|p| p.name == arg.name) else {
                let known: Vec<&str> = plugin
                    .info
                    .parameters
                    .iter()
                    .map(|p| p.name.as_str())
                    .collect();
                return Err(format!(
                    "`{}` has no parameter `{}` (it has: {})",
                    plugin.info.label(),
                    arg.name,
                    if known.is_empty() {
                        "none".to_owned()
                    } else {
                        known.join(", ")
                    }
                ));
            };
            if let Some(reason) = declared.values.refuse(&arg.value) {
                return Err(format!(
                    "parameter `{}` of `{}` cannot be `{}` ({reason})",
                    arg.name,
                    plugin.info.label(),
                    arg.value,
                ));
            }
        }
    }
    Ok(())
}

fn evaluate_park(
    runtime: &Runtime,
    registry: &Registry,
    file: &Path,
    request: &Request,
    chains: &[Chain],
) -> ParkSection {
    match Park::load_with(file, registry.dictionary()) {
        Ok(park) => evaluate_loaded(
            runtime,
            Arc::new(park),
            request.year,
            &request.parameters,
            chains,
        ),
        Err(errors) => ParkSection {
            file: file.to_path_buf(),
            park: None,
            year: None,
            errors: errors.to_string().lines().map(str::to_owned).collect(),
            warnings: vec![],
            runs: vec![],
            outside_jurisdiction: vec![],
        },
    }
}

/// Evaluate a park already loaded (from a file or from memory) against every
/// chain: the assessment year is `year`, or else the latest in the park.
pub(crate) fn evaluate_loaded(
    runtime: &Runtime,
    park: Arc<Park>,
    year: Option<i32>,
    parameters: &[ParamArg],
    chains: &[Chain],
) -> ParkSection {
    let mut section = ParkSection {
        file: park.path.clone(),
        park: None,
        year: None,
        errors: vec![],
        warnings: park.warnings.iter().map(ToString::to_string).collect(),
        runs: vec![],
        outside_jurisdiction: match &park.province {
            Some(province) => chains
                .iter()
                .map(|c| &c.standard)
                .filter(|p| !covers(&p.info.jurisdiction, province))
                .map(|p| p.info.label())
                .collect(),
            None => vec![],
        },
    };
    section.park = Some(ParkInfo {
        id: park.id.clone(),
        name: park.name.clone(),
        province: park.province.clone(),
        data_digest: park.digest.clone(),
    });
    let year = match year.or_else(|| park.latest_year()) {
        Some(year) => year,
        None => {
            section.errors.push(format!(
                "`{}`: the park file has no [years.YYYY] table to assess",
                park.path.display()
            ));
            return section;
        }
    };
    if let Err(e) = park.year(year) {
        section.errors.push(e.to_string());
        return section;
    }
    section.year = Some(year);
    section.runs = chains
        .iter()
        .map(|c| run_chain(runtime, &park, year, &c.standard, &c.bases, parameters))
        .collect();
    section
}

/// Run a standard after its bases (nearest base first in `bases`).
fn run_chain(
    runtime: &Runtime,
    park: &Arc<Park>,
    year: i32,
    plugin: &Plugin,
    bases: &[Arc<Plugin>],
    params: &[ParamArg],
) -> StandardRun {
    let parameters: Vec<(String, String)> = params
        .iter()
        .filter(|p| p.standard == plugin.info.id)
        .map(|p| (p.name.clone(), p.value.clone()))
        .collect();
    let base = bases
        .split_first()
        .map(|(base, further)| Box::new(run_chain(runtime, park, year, base, further, params)));
    if let Some(base) = &base
        && base.evaluation.is_none()
    {
        let reason = base
            .error
            .as_ref()
            .map_or_else(|| "no evaluation".to_owned(), ToString::to_string);
        return StandardRun {
            standard: plugin.info.label(),
            verdict: Verdict::Incomplete,
            parameters,
            evaluation: None,
            error: Some(RunError::Base {
                base: base.standard.clone(),
                reason,
            }),
            base: Some(base.clone()),
            lineage: Lineage::default(),
            stdout: Output::default(),
            stderr: Output::default(),
            fuel_used: 0,
        };
    }
    let run = runtime.evaluate(
        plugin,
        Arc::clone(park),
        year,
        &parameters,
        base.as_ref().and_then(|b| b.evaluation.as_ref()),
    );
    let (verdict, evaluation, error) = match run.outcome {
        Ok(evaluation) => (evaluation.verdict, Some(evaluation), None),
        Err(error) => (Verdict::Incomplete, None, Some(error)),
    };
    StandardRun {
        standard: plugin.info.label(),
        verdict,
        parameters,
        evaluation,
        error,
        base,
        lineage: run.lineage,
        stdout: run.stdout,
        stderr: run.stderr,
        fuel_used: run.fuel_used,
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
