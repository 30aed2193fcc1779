//! Batch throughput: `zcp batch`'s pipeline (parse, evaluate, write) over
//! synthetic parks, with the standards sandboxed or compiled natively.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use zcp::batch::{
    self, BatchOptions, IndicatorCell, OutputFormat, ParkEvaluator, ParkResult, StandardResult,
};
use zcp::model::{Outcome, Verdict};
use zcp_park::{Dictionary, Park};
use zcp_synth::{Generator, Shape};

use crate::native::NativeStandard;

/// Write `count` synthetic parks of `seed` to `path`, one JSON park per line.
pub fn synthesize(path: &Path, seed: u64, count: u64) {
    use std::io::Write as _;
    let generator = Generator::new(seed, Shape::default()).expect("the default shape");
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).expect("a temporary file"));
    for index in 1..=count {
        out.write_all(zcp_synth::to_json_line(&generator.park(index)).as_bytes())
            .unwrap();
        out.write_all(b"\n").unwrap();
    }
    out.flush().unwrap();
}

/// One batch run: parks per second, and how many result lines it wrote.
pub fn throughput(
    input: &Path,
    output: &Path,
    evaluator: &dyn ParkEvaluator,
    jobs: usize,
) -> (f64, Duration, usize) {
    let out = std::fs::File::create(output).unwrap();
    let mut writer = batch::writer(
        OutputFormat::Jsonl,
        Box::new(std::io::BufWriter::new(out)),
        evaluator.indicator_ids(),
    )
    .unwrap();
    let options = BatchOptions {
        jobs,
        progress: false,
        output: output.display().to_string(),
        ..BatchOptions::default()
    };
    let start = Instant::now();
    let summary = batch::run(&[PathBuf::from(input)], evaluator, &mut *writer, &options).unwrap();
    let elapsed = start.elapsed();
    drop(writer);
    let lines = std::fs::read_to_string(output).unwrap().lines().count();
    (
        summary.parks_read as f64 / elapsed.as_secs_f64(),
        elapsed,
        lines,
    )
}

/// The bundled standards natively, behind the batch's evaluator trait.
pub struct Native {
    pub standards: Vec<NativeStandard>,
    pub dictionary: Arc<Dictionary>,
}

impl ParkEvaluator for Native {
    fn standards(&self) -> Vec<String> {
        self.standards.iter().map(|s| s.label.clone()).collect()
    }

    fn indicator_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = Vec::new();
        for id in self.standards.iter().flat_map(|s| &s.indicator_ids) {
            if !ids.contains(id) {
                ids.push(id.clone());
            }
        }
        ids
    }

    fn evaluate(&self, park: Arc<Park>) -> Result<ParkResult, String> {
        let year = park.latest_year().ok_or("no year")?;
        let standards = self
            .standards
            .iter()
            .map(|standard| match standard.evaluate_layered(&park, year) {
                Ok((base, evaluation)) => StandardResult {
                    standard: standard.label.clone(),
                    verdict: verdict(evaluation.verdict),
                    tier: evaluation.tier.clone(),
                    score: evaluation.score,
                    max_score: standard.max_score,
                    indicators: base
                        .iter()
                        .flat_map(|b| &b.results)
                        .chain(&evaluation.results)
                        .map(|r| IndicatorCell {
                            id: r.id.clone(),
                            outcome: outcome(r.outcome),
                            value: r.value,
                        })
                        .collect(),
                    error: None,
                },
                Err(error) => StandardResult {
                    standard: standard.label.clone(),
                    verdict: Verdict::Incomplete,
                    tier: None,
                    score: None,
                    max_score: standard.max_score,
                    indicators: vec![],
                    error: Some(format!("{error:?}")),
                },
            })
            .collect();
        Ok(ParkResult { year, standards })
    }

    fn dictionary(&self) -> &Arc<Dictionary> {
        &self.dictionary
    }
}

fn verdict(v: zcp_sdk::Verdict) -> Verdict {
    match v {
        zcp_sdk::Verdict::Qualified => Verdict::Qualified,
        zcp_sdk::Verdict::NotQualified => Verdict::NotQualified,
        zcp_sdk::Verdict::Incomplete => Verdict::Incomplete,
        zcp_sdk::Verdict::NotApplicable => Verdict::NotApplicable,
        zcp_sdk::Verdict::Assessed => Verdict::Assessed,
    }
}

fn outcome(o: zcp_sdk::Outcome) -> Outcome {
    match o {
        zcp_sdk::Outcome::Pass => Outcome::Pass,
        zcp_sdk::Outcome::Fail => Outcome::Fail,
        zcp_sdk::Outcome::NotApplicable => Outcome::NotApplicable,
        zcp_sdk::Outcome::InsufficientData => Outcome::InsufficientData,
    }
}
