//! Evaluating parks against several standards side by side: each park
//! loaded once, each standard run after its bases, every outcome recorded.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use zcp_park::Park;

use crate::Output;
use crate::bindings::WitVersion;
use crate::chain::{Assigned, Chain, ParamArg, assign_parameters, resolve_chain};
use crate::model::Verdict;
use crate::record::{
    DictionaryRef, ParkInfo, ParkSection, Report, StandardRef, StandardRun, covers,
};
use crate::registry::{Registry, StandardSpec};
use crate::runtime::{Plugin, RunError, Runtime};
use crate::state::Lineage;

/// What to evaluate.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// Park files.
    pub parks: Vec<PathBuf>,
    /// Standards, side by side.
    pub standards: Vec<StandardSpec>,
    /// Parameters, each for the versions it names (or that declare it).
    pub parameters: Vec<ParamArg>,
    /// Assessment year; the latest year of each file when absent.
    pub year: Option<i32>,
    /// Pick the versions in force on this day (`effective` on or before it).
    pub as_of: Option<jiff::civil::Date>,
}

/// Evaluate every park against every standard. Errors in the request
/// (unresolvable standards, unknown parameters) stop before any evaluation;
/// errors in a park file or a plugin's run are reported in their place.
pub fn run(runtime: &Runtime, registry: &Registry, request: &Request) -> Result<Report, String> {
    let mut warnings: Vec<String> = registry.errors.iter().map(ToString::to_string).collect();
    let mut chains = Vec::new();
    for spec in &request.standards {
        chains.push(resolve_chain(registry, spec, request.as_of, &mut warnings)?);
    }
    let assigned = assign_parameters(&chains, &request.parameters)?;
    let mut standards: Vec<StandardRef> = Vec::new();
    for plugin in chains.iter().flat_map(Chain::plugins) {
        if !standards.iter().any(|s| s.digest == plugin.digest) {
            standards.push(StandardRef::of(plugin));
        }
    }
    let parks = request
        .parks
        .iter()
        .map(|file| evaluate_park(runtime, registry, file, request, &chains, &assigned))
        .collect();
    let mut report = Report {
        host_version: env!("CARGO_PKG_VERSION").to_owned(),
        wit_versions: WitVersion::ALL.to_vec(),
        limits: runtime.limits().clone(),
        dictionary: DictionaryRef::of(registry),
        standards,
        parameters: request.parameters.clone(),
        as_of: request.as_of,
        warnings,
        parks,
        result_digest: String::new(),
    };
    let value =
        serde_json::to_value(&report).map_err(|e| format!("cannot serialize the report: {e}"))?;
    report.result_digest = crate::receipt::digest(&value);
    Ok(report)
}

fn evaluate_park(
    runtime: &Runtime,
    registry: &Registry,
    file: &Path,
    request: &Request,
    chains: &[Chain],
    assigned: &Assigned,
) -> ParkSection {
    match Park::load_with(file, registry.dictionary()) {
        Ok(park) => evaluate_loaded(runtime, Arc::new(park), request.year, assigned, chains),
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
/// chain, each plugin with the parameters assigned to it: the assessment
/// year is `year`, or else the latest in the park.
pub(crate) fn evaluate_loaded(
    runtime: &Runtime,
    park: Arc<Park>,
    year: Option<i32>,
    assigned: &Assigned,
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
        .map(|c| run_chain(runtime, &park, year, &c.standard, &c.bases, assigned))
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
    assigned: &Assigned,
) -> StandardRun {
    let parameters = assigned.of(plugin);
    let base = bases
        .split_first()
        .map(|(base, further)| Box::new(run_chain(runtime, park, year, base, further, assigned)));
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
