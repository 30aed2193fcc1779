//! What a batch did, counted from the rows as they are written: so the
//! summary always agrees with the output.

use std::fmt;

use serde::Serialize;

use super::row::Row;
use crate::model::Verdict;

/// How many runs of one standard gave each verdict.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub struct VerdictCounts {
    /// Qualified.
    pub qualified: u64,
    /// Not qualified.
    pub not_qualified: u64,
    /// Incomplete (missing data, or the run errored).
    pub incomplete: u64,
    /// The standard does not apply to the park.
    pub not_applicable: u64,
    /// Assessed without a gate.
    pub assessed: u64,
}

impl VerdictCounts {
    fn add(&mut self, verdict: Verdict) {
        *match verdict {
            Verdict::Qualified => &mut self.qualified,
            Verdict::NotQualified => &mut self.not_qualified,
            Verdict::Incomplete => &mut self.incomplete,
            Verdict::NotApplicable => &mut self.not_applicable,
            Verdict::Assessed => &mut self.assessed,
        } += 1;
    }
}

/// One standard across the batch.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct StandardTally {
    /// `id@version`.
    pub standard: String,
    /// Runs by verdict.
    pub verdicts: VerdictCounts,
    /// Runs that gave no evaluation (counted as `incomplete` too).
    pub errors: u64,
}

/// What a batch did.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Summary {
    /// Parks read from the inputs (bad ones included).
    pub parks_read: u64,
    /// Parks written to the output: all of those read, unless interrupted.
    pub parks_written: u64,
    /// Parks with one result per standard.
    pub parks_evaluated: u64,
    /// Parks that could not be read or assessed: one error line each.
    pub parks_with_errors: u64,
    /// Every park of the inputs, when counted before the batch ended.
    pub parks_total: Option<u64>,
    /// Each standard, in output order.
    pub standards: Vec<StandardTally>,
    /// Result lines written (parks evaluated × standards).
    pub evaluations: u64,
    /// Stopped by Ctrl-C: the output holds the first `parks_written` parks.
    pub interrupted: bool,
    /// Wall-clock seconds.
    pub elapsed_seconds: f64,
    /// Parks written per second.
    pub parks_per_second: f64,
    /// Result lines written per second.
    pub evaluations_per_second: f64,
    /// Where the rows went (`-` for standard output).
    pub output: String,
    /// The first few bad parks' errors, for a glance (all are in the output).
    pub first_errors: Vec<String>,
}

/// The bad parks' errors a summary shows.
const SHOWN_ERRORS: usize = 3;

impl Summary {
    pub(crate) fn new(standards: Vec<String>) -> Self {
        Summary {
            parks_read: 0,
            parks_written: 0,
            parks_evaluated: 0,
            parks_with_errors: 0,
            parks_total: None,
            standards: standards
                .into_iter()
                .map(|standard| StandardTally {
                    standard,
                    verdicts: VerdictCounts::default(),
                    errors: 0,
                })
                .collect(),
            evaluations: 0,
            interrupted: false,
            elapsed_seconds: 0.0,
            parks_per_second: 0.0,
            evaluations_per_second: 0.0,
            output: String::new(),
            first_errors: Vec::new(),
        }
    }

    /// Count one park's rows, as written.
    pub(crate) fn add_park(&mut self, rows: &[Row]) {
        self.parks_written += 1;
        let mut evaluated = false;
        // A park's results come in the standards' order: tallied by
        // position, so a standard asked for twice is counted twice.
        let mut tallies = self.standards.iter_mut();
        for row in rows {
            match row {
                Row::Result(row) => {
                    evaluated = true;
                    self.evaluations += 1;
                    if let Some(tally) = tallies.next() {
                        tally.verdicts.add(row.verdict);
                        tally.errors += u64::from(row.error.is_some());
                    }
                }
                Row::Error(row) => {
                    self.parks_with_errors += 1;
                    if self.first_errors.len() < SHOWN_ERRORS {
                        self.first_errors.push(row.error.clone());
                    }
                }
            }
        }
        self.parks_evaluated += u64::from(evaluated);
    }

    /// Set the time taken, and the rates from it.
    pub(crate) fn finish(&mut self, elapsed: std::time::Duration) {
        self.elapsed_seconds = elapsed.as_secs_f64();
        let seconds = self.elapsed_seconds.max(1e-9);
        self.parks_per_second = self.parks_written as f64 / seconds;
        self.evaluations_per_second = self.evaluations as f64 / seconds;
    }

    /// Some park could not be assessed, or some standard's run errored.
    pub fn has_errors(&self) -> bool {
        self.parks_with_errors > 0 || self.standards.iter().any(|t| t.errors > 0)
    }
}

/// The summary a person reads on stderr.
impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.interrupted {
            let of = self.parks_total.unwrap_or(self.parks_read);
            writeln!(f, "interrupted after {} of {of} parks", self.parks_written)?;
        }
        writeln!(
            f,
            "{} parks: {} evaluated, {} with errors, in {:.1} s ({:.1} parks/s, {:.1} evaluations/s)",
            self.parks_written,
            self.parks_evaluated,
            self.parks_with_errors,
            self.elapsed_seconds,
            self.parks_per_second,
            self.evaluations_per_second,
        )?;
        let width = self
            .standards
            .iter()
            .map(|t| t.standard.len())
            .max()
            .unwrap_or(0);
        for tally in &self.standards {
            let v = &tally.verdicts;
            writeln!(
                f,
                "  {:width$}  qualified {}, not-qualified {}, incomplete {}, not-applicable {}, assessed {}; runs errored {}",
                tally.standard,
                v.qualified,
                v.not_qualified,
                v.incomplete,
                v.not_applicable,
                v.assessed,
                tally.errors,
            )?;
        }
        for error in &self.first_errors {
            writeln!(f, "  error: {error}")?;
        }
        if self.parks_with_errors > self.first_errors.len() as u64 {
            writeln!(
                f,
                "  … and {} more (the lines with an `error`)",
                self.parks_with_errors - self.first_errors.len() as u64
            )?;
        }
        write!(f, "results: {}", self.output)
    }
}
