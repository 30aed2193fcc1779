//! The batch evaluator of `zcp batch`: every park through the same path as
//! `zcp evaluate`, each standard in a fresh sandboxed instance.

use std::sync::Arc;

use jiff::civil::Date;
use zcp_park::{Dictionary, Park};

use super::{IndicatorCell, ParkEvaluator, ParkResult, StandardResult};
use crate::chain::{Assigned, Chain, ParamArg, assign_parameters, resolve_chain};
use crate::evaluate::evaluate_loaded;
use crate::record::StandardRun;
use crate::registry::{Registry, StandardSpec};
use crate::runtime::Runtime;

/// What a batch evaluates each park against.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    /// Standards, in output order.
    pub standards: Vec<StandardSpec>,
    /// Parameters, each for the versions it names (or that declare it).
    pub parameters: Vec<ParamArg>,
    /// Assessment year; the latest year of each park when absent.
    pub year: Option<i32>,
    /// Pick the versions in force on this day.
    pub as_of: Option<Date>,
}

/// Standards run in the sandbox, resolved once for the whole batch.
pub struct Sandboxed<'a> {
    runtime: &'a Runtime,
    dictionary: Arc<Dictionary>,
    chains: Vec<Chain>,
    assigned: Assigned,
    year: Option<i32>,
    warnings: Vec<String>,
}

impl<'a> Sandboxed<'a> {
    /// Resolve the plan's standards with their bases and check its
    /// parameters, exactly as `zcp evaluate` does: a bad spec or parameter
    /// is an error before any park is read.
    pub fn new(runtime: &'a Runtime, registry: &Registry, plan: &Plan) -> Result<Self, String> {
        let mut warnings: Vec<String> = registry.errors.iter().map(ToString::to_string).collect();
        let chains = plan
            .standards
            .iter()
            .map(|spec| resolve_chain(registry, spec, plan.as_of, &mut warnings))
            .collect::<Result<Vec<_>, _>>()?;
        let assigned = assign_parameters(&chains, &plan.parameters)?;
        Ok(Sandboxed {
            runtime,
            dictionary: Arc::clone(registry.dictionary()),
            chains,
            assigned,
            year: plan.year,
            warnings,
        })
    }

    /// What resolving the standards warned about (superseded versions,
    /// plugins that failed to load).
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }
}

impl ParkEvaluator for Sandboxed<'_> {
    fn standards(&self) -> Vec<String> {
        self.chains
            .iter()
            .map(|c| c.standard.info.label())
            .collect()
    }

    fn indicator_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = Vec::new();
        // A base's indicators first, as a layered standard reports them.
        for chain in &self.chains {
            for plugin in chain.bases.iter().rev().chain([&chain.standard]) {
                for indicator in &plugin.info.indicators {
                    if !ids.contains(&indicator.id) {
                        ids.push(indicator.id.clone());
                    }
                }
            }
        }
        ids
    }

    fn evaluate(&self, park: Arc<Park>) -> Result<ParkResult, String> {
        let section = evaluate_loaded(self.runtime, park, self.year, &self.assigned, &self.chains);
        if !section.errors.is_empty() {
            return Err(section.errors.join("; "));
        }
        let year = section
            .year
            .ok_or_else(|| format!("{}: no assessment year", section.file.display()))?;
        let standards = section
            .runs
            .iter()
            .zip(&self.chains)
            .map(|(run, chain)| result_of(run, chain.standard.info.max_score))
            .collect();
        Ok(ParkResult { year, standards })
    }

    fn dictionary(&self) -> &Arc<Dictionary> {
        &self.dictionary
    }

    fn max_jobs(&self) -> usize {
        self.runtime.max_parallel()
    }
}

/// A run as one output line; a layered standard's base is in its
/// indicators, not a line of its own.
fn result_of(run: &StandardRun, max_score: Option<f64>) -> StandardResult {
    let evaluation = run.evaluation.as_ref();
    StandardResult {
        standard: run.standard.clone(),
        verdict: run.verdict,
        tier: evaluation.and_then(|e| e.tier.clone()),
        score: evaluation.and_then(|e| e.score),
        max_score,
        indicators: run
            .layered_results()
            .into_iter()
            .map(|(_, r)| IndicatorCell {
                id: r.id.clone(),
                outcome: r.outcome,
                value: r.value,
            })
            .collect(),
        error: run.error.as_ref().map(ToString::to_string),
    }
}
