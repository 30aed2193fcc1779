//! Many parks against the same standards, in parallel, streamed to one
//! output in input order (`zcp batch`).
//!
//! One reader walks the inputs, `jobs` workers parse and evaluate, and the
//! calling thread writes each park's rows in input order. At most
//! `4 × jobs` parks are in flight (read, not yet written), so memory stays
//! flat however many parks there are and however slow one of them is.
//! Stopping (Ctrl-C) ends the reading; what the workers hold is finished,
//! and every park before the first unfinished one is written.

mod evaluator;
pub mod input;
mod progress;
mod reorder;
mod row;
mod sandboxed;
mod summary;
mod write;

use std::panic::AssertUnwindSafe;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::sync_channel;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use zcp_park::{Format, Park};

pub use evaluator::{IndicatorCell, ParkEvaluator, ParkResult, StandardResult};
use input::{Body, Item, Items};
use progress::Progress;
use reorder::Reorder;
pub use row::{ErrorRow, ResultRow, Row};
pub use sandboxed::{Plan, Sandboxed};
pub use summary::{StandardTally, Summary, VerdictCounts};
pub use write::{OutputFormat, RowWriter, writer};

/// How a batch runs.
#[derive(Debug, Clone, Default)]
pub struct BatchOptions {
    /// Parks evaluated at once (at least 1, at most the evaluator's
    /// [`ParkEvaluator::max_jobs`]).
    pub jobs: usize,
    /// Show a progress bar on stderr.
    pub progress: bool,
    /// Set (by a Ctrl-C handler) to stop: no park is read after it.
    pub interrupt: Arc<AtomicBool>,
    /// Where the rows go, for messages and the summary.
    pub output: String,
}

/// Why a batch stopped without finishing.
#[derive(Debug, thiserror::Error)]
pub enum BatchError {
    /// The output refused a write (a full disk, a closed pipe).
    #[error("cannot write the results to `{output}`: {error}")]
    Write {
        /// The output.
        output: String,
        /// Why.
        error: std::io::Error,
    },
}

/// Parks in flight per job: enough that a slow park does not starve the
/// other workers while the writer waits for it.
const IN_FLIGHT_PER_JOB: usize = 4;

/// Evaluate every park of `inputs` with `evaluator`, writing each park's
/// rows to `writer` in input order; the summary counts what was written.
pub fn run(
    inputs: &[PathBuf],
    evaluator: &dyn ParkEvaluator,
    writer: &mut dyn RowWriter,
    options: &BatchOptions,
) -> Result<Summary, BatchError> {
    let started = Instant::now();
    let jobs = options.jobs.clamp(1, evaluator.max_jobs().max(1));
    let in_flight = jobs * IN_FLIGHT_PER_JOB;
    let interrupt = &*options.interrupt;
    // A failed write stops the batch as an interrupt does.
    let failed = AtomicBool::new(false);
    let stopped = || interrupt.load(Ordering::Relaxed) || failed.load(Ordering::Relaxed);
    let finished = AtomicBool::new(false);
    let progress = Progress::new(options.progress);
    let mut summary = Summary::new(evaluator.standards());
    let mut failure = None;

    let (read, exhausted, total) = std::thread::scope(|scope| {
        // Tokens bound the parks in flight: the reader takes one per park,
        // the writer gives it back once the park is written.
        let (token_tx, token_rx) = sync_channel::<()>(in_flight);
        for _ in 0..in_flight {
            let _ = token_tx.send(());
        }
        let (work_tx, work_rx) = sync_channel::<(u64, Item)>(jobs);
        let (done_tx, done_rx) = sync_channel::<(u64, Vec<Row>)>(in_flight);

        let counter = scope.spawn(|| {
            let total = Items::new(inputs)
                .take_while(|_| !finished.load(Ordering::Relaxed))
                .count() as u64;
            let counted = !finished.load(Ordering::Relaxed);
            if counted {
                progress.set_total(total);
            }
            counted.then_some(total)
        });

        let reader = scope.spawn(move || {
            let mut read = 0;
            let mut items = Items::new(inputs);
            loop {
                if stopped() || token_rx.recv().is_err() || stopped() {
                    return (read, false);
                }
                let Some(item) = items.next() else {
                    return (read, true);
                };
                if work_tx.send((read, item)).is_err() {
                    return (read, false);
                }
                read += 1;
            }
        });

        // Shared by the workers, and dropped with the last of them, so a
        // reader waiting to hand over a park is released when they stop.
        let work_rx = Arc::new(Mutex::new(work_rx));
        for _ in 0..jobs {
            let work_rx = Arc::clone(&work_rx);
            let done_tx = done_tx.clone();
            scope.spawn(move || {
                while !stopped() {
                    let next = match work_rx.lock() {
                        Ok(work_rx) => work_rx.recv(),
                        Err(_) => break,
                    };
                    let Ok((index, item)) = next else { break };
                    if done_tx.send((index, assess(evaluator, item))).is_err() {
                        break;
                    }
                }
            });
        }
        drop((work_rx, done_tx));

        let mut reorder = Reorder::new();
        for (index, rows) in done_rx {
            reorder.push(index, rows);
            while let Some(rows) = reorder.pop() {
                if failure.is_none() {
                    match writer.write_park(&rows) {
                        Ok(()) => {
                            summary.add_park(&rows);
                            progress.inc();
                        }
                        Err(error) => {
                            failure = Some(error);
                            failed.store(true, Ordering::Relaxed);
                        }
                    }
                }
                let _ = token_tx.send(());
            }
        }
        // Every worker is done: release a reader waiting for a token, and
        // the counter.
        drop(token_tx);
        finished.store(true, Ordering::Relaxed);
        let (read, exhausted) = reader.join().unwrap_or((0, false));
        (read, exhausted, counter.join().ok().flatten())
    });
    progress.finish();
    if let Some(error) = failure {
        return Err(BatchError::Write {
            output: options.output.clone(),
            error,
        });
    }
    summary.parks_read = read;
    summary.parks_total = total;
    summary.interrupted = !exhausted || summary.parks_written < read;
    summary.output = options.output.clone();
    summary.finish(started.elapsed());
    Ok(summary)
}

/// One park's rows: a result per standard, or one error row. A panic
/// while assessing it (a bug) is that park's error, not the batch's end.
fn assess(evaluator: &dyn ParkEvaluator, item: Item) -> Vec<Row> {
    let source = item.source.clone();
    std::panic::catch_unwind(AssertUnwindSafe(|| assess_item(evaluator, item))).unwrap_or_else(
        |_| {
            vec![Row::error(
                &source,
                format!(
                    "{}: internal error while assessing the park (a bug in zcp: please report it)",
                    source.label().display()
                ),
            )]
        },
    )
}

fn assess_item(evaluator: &dyn ParkEvaluator, item: Item) -> Vec<Row> {
    let source = item.source;
    let dictionary = evaluator.dictionary();
    let parsed = match item.body {
        Body::File => Park::load_with(&source.file, dictionary),
        Body::Line(text) => Park::parse_with(&text, Format::Json, &source.label(), dictionary),
        Body::Error(error) => return vec![Row::error(&source, error)],
    };
    let park = match parsed {
        Ok(park) => Arc::new(park),
        Err(errors) => {
            let messages: Vec<String> = errors.errors().iter().map(ToString::to_string).collect();
            return vec![Row::error(&source, messages.join("; "))];
        }
    };
    match evaluator.evaluate(Arc::clone(&park)) {
        Ok(result) => Row::results(&source, &park, result),
        Err(error) => vec![Row::error(&source, error)],
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use zcp_park::Dictionary;

    use super::*;
    use crate::model::Verdict;

    /// Parks finish out of order: the later a park, the sooner it is done.
    struct Slow(Arc<Dictionary>);

    impl ParkEvaluator for Slow {
        fn standards(&self) -> Vec<String> {
            vec!["fake@1.0.0".into()]
        }

        fn indicator_ids(&self) -> Vec<String> {
            vec![]
        }

        fn evaluate(&self, park: Arc<Park>) -> Result<ParkResult, String> {
            let n: u64 = park.id.trim_start_matches("p-").parse().unwrap();
            std::thread::sleep(Duration::from_millis(3 * (5 - n % 5)));
            Ok(ParkResult {
                year: 2025,
                standards: vec![StandardResult {
                    standard: "fake@1.0.0".into(),
                    verdict: Verdict::Qualified,
                    tier: None,
                    score: None,
                    max_score: None,
                    indicators: vec![],
                    error: None,
                }],
            })
        }

        fn dictionary(&self) -> &Arc<Dictionary> {
            &self.0
        }
    }

    /// Collects the park ids written; raises `interrupt` after `stop_after`.
    struct Collect {
        parks: Vec<String>,
        interrupt: Arc<AtomicBool>,
        stop_after: usize,
    }

    impl RowWriter for Collect {
        fn write_park(&mut self, rows: &[Row]) -> std::io::Result<()> {
            for row in rows {
                match row {
                    Row::Result(row) => self.parks.push(row.park.clone()),
                    Row::Error(row) => self.parks.push(row.error.clone()),
                }
            }
            if self.parks.len() == self.stop_after {
                self.interrupt.store(true, Ordering::Relaxed);
            }
            Ok(())
        }
    }

    const PARKS: usize = 40;

    fn run_batch(stop_after: usize) -> (Vec<String>, Summary) {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("parks.jsonl");
        let lines: Vec<String> = (0..PARKS)
            .map(|i| {
                format!(
                    r#"{{"id": "p-{i}", "name": "p", "years": {{"2025": {{"electricity.grid-purchased": {{"value": 1, "unit": "MWh"}}}}}}}}"#
                )
            })
            .collect();
        std::fs::write(&file, lines.join("\n")).unwrap();
        let interrupt = Arc::new(AtomicBool::new(false));
        let mut writer = Collect {
            parks: vec![],
            interrupt: Arc::clone(&interrupt),
            stop_after,
        };
        let options = BatchOptions {
            jobs: 4,
            progress: false,
            interrupt,
            output: "memory".into(),
        };
        let evaluator = Slow(Dictionary::shared().unwrap());
        let summary = run(&[file], &evaluator, &mut writer, &options).unwrap();
        (writer.parks, summary)
    }

    fn ids(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("p-{i}")).collect()
    }

    #[test]
    fn parks_finishing_out_of_order_are_written_in_input_order() {
        let (parks, summary) = run_batch(0);
        assert_eq!(parks, ids(PARKS));
        assert_eq!(summary.parks_read, PARKS as u64);
        assert_eq!(summary.standards[0].verdicts.qualified, PARKS as u64);
        assert!(!summary.interrupted);
    }

    #[test]
    fn an_interrupt_writes_the_parks_in_hand_in_order_and_reads_no_more() {
        let (parks, summary) = run_batch(10);
        assert!(parks.len() >= 10 && parks.len() < PARKS, "{}", parks.len());
        assert_eq!(parks, ids(parks.len()), "a prefix, in order");
        // Read but not written: at most the parks in flight.
        assert!(summary.parks_read <= 10 + 4 * IN_FLIGHT_PER_JOB as u64);
        assert_eq!(summary.parks_written, parks.len() as u64);
        assert!(summary.interrupted);
    }
}
