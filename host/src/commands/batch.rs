//! `zcp batch INPUT... -s ID@REQ... -o results.jsonl|csv`: many parks, in
//! parallel, one result per park and standard streamed to a file.

use std::io::IsTerminal as _;
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::Context as _;
use clap::{Args, ValueEnum};
use zcp::batch::{BatchOptions, OutputFormat, ParkEvaluator as _, Plan, Sandboxed};

use super::selection::SelectionArgs;
use super::{StandardsSource, Status};

/// Arguments of `zcp batch`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  zcp batch examples/parks -s cn-zcp@1 -s cn-hn-zcp@1 -o results.jsonl\n  zcp batch parks.jsonl more/ --all-bundled -o results.csv --summary summary.json\n  zcp batch parks/ -s cn-zcp@1 -o - --format csv --quiet | gzip > results.csv.gz\n\nOutput: one line (JSONL) or row (CSV) per park and standard, in input order whatever `--jobs`: source, line, park, name, province, year, standard, verdict, tier, score, max_score, the indicators (outcome and value of each) and error (why the standard gave no evaluation). A park that cannot be read or assessed is one line with source, line and error only. Each park's lines are written whole, so an interrupted batch leaves a valid file holding the first parks.\n\nExit codes: 0 every park evaluated (whatever the verdicts), 1 some park could not be read or assessed or some standard's run errored (see the lines with an `error`), 2 error before the batch started (bad standard or parameter, missing input, unwritable output), 130 interrupted (Ctrl-C)."
)]
pub(crate) struct BatchArgs {
    /// Park files (`.toml`, `.json`), JSONL files (`.jsonl`: one park per
    /// line in the JSON park format; blank lines skipped), or directories:
    /// walked recursively in name order for those files, skipping hidden
    /// entries and links to directories. An input that does not exist is
    /// refused before the batch starts; one that cannot be read is an
    /// error line.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<PathBuf>,
    #[command(flatten)]
    selection: SelectionArgs,
    /// Where the results go: a `.jsonl` or `.csv` file (replaced), or `-`
    /// for standard output.
    #[arg(short = 'o', long, value_name = "FILE")]
    output: PathBuf,
    /// Output format (default: from the output's extension; JSONL for `-`).
    #[arg(long, value_enum)]
    format: Option<BatchFormat>,
    /// Parks evaluated at once (default: the number of cores; at most the
    /// runtime's instance slots).
    #[arg(short = 'j', long, value_name = "N")]
    jobs: Option<NonZeroUsize>,
    /// No progress bar and no summary on stderr.
    #[arg(short = 'q', long)]
    quiet: bool,
    /// Also write the summary as JSON to FILE.
    #[arg(long, value_name = "FILE")]
    summary: Option<PathBuf>,
    #[command(flatten)]
    source: StandardsSource,
}

/// `--format` of `zcp batch`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum BatchFormat {
    /// One JSON object per line.
    Jsonl,
    /// Comma-separated values, two columns per indicator.
    Csv,
}

pub(crate) fn run(args: &BatchArgs) -> anyhow::Result<Status> {
    let to_stdout = args.output == Path::new("-");
    let format = match (args.format, OutputFormat::from_path(&args.output)) {
        (Some(BatchFormat::Jsonl), _) => OutputFormat::Jsonl,
        (Some(BatchFormat::Csv), _) => OutputFormat::Csv,
        (None, Some(format)) => format,
        (None, None) if to_stdout => OutputFormat::Jsonl,
        (None, None) => anyhow::bail!(
            "cannot tell the format of `{}`: name it `.jsonl` or `.csv`, or give `--format`",
            args.output.display()
        ),
    };
    zcp::batch::input::check(&args.inputs).map_err(anyhow::Error::msg)?;
    if !to_stdout {
        zcp::batch::input::check_output(&args.inputs, &args.output).map_err(anyhow::Error::msg)?;
    }
    let (runtime, registry) = args.source.load()?;
    let standards = args.selection.specs(&registry)?;
    let plan = Plan {
        standards,
        parameters: args.selection.params.clone(),
        year: args.selection.year,
        as_of: args.selection.day(),
    };
    let evaluator = Sandboxed::new(&runtime, &registry, &plan).map_err(anyhow::Error::msg)?;
    for warning in evaluator.warnings() {
        eprintln!("warning: {warning}");
    }
    let wanted = args.jobs.map_or_else(
        || std::thread::available_parallelism().map_or(1, NonZeroUsize::get),
        NonZeroUsize::get,
    );
    if args.jobs.is_some() && wanted > evaluator.max_jobs() {
        eprintln!(
            "warning: `--jobs {wanted}`: at most {} parks are evaluated at once",
            evaluator.max_jobs()
        );
    }
    // Before the output exists: from then on Ctrl-C leaves it whole.
    let interrupt = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&interrupt);
    if let Err(e) = ctrlc::set_handler(move || flag.store(true, Ordering::Relaxed)) {
        eprintln!("warning: Ctrl-C will not stop the batch cleanly: {e}");
    }
    let out: Box<dyn std::io::Write + Send> = if to_stdout {
        Box::new(std::io::stdout())
    } else {
        Box::new(
            std::fs::File::create(&args.output)
                .with_context(|| format!("cannot write `{}`", args.output.display()))?,
        )
    };
    let mut writer = zcp::batch::writer(format, out, evaluator.indicator_ids())
        .with_context(|| format!("cannot write `{}`", args.output.display()))?;
    let options = BatchOptions {
        jobs: wanted,
        progress: !args.quiet && std::io::stderr().is_terminal(),
        interrupt,
        output: args.output.display().to_string(),
    };
    let summary = zcp::batch::run(&args.inputs, &evaluator, writer.as_mut(), &options)?;
    if !args.quiet {
        eprintln!("{summary}");
    }
    if let Some(path) = &args.summary {
        let json = serde_json::to_string_pretty(&summary)?;
        std::fs::write(path, json + "\n")
            .with_context(|| format!("cannot write `{}`", path.display()))?;
    }
    Ok(if summary.interrupted {
        Status::Interrupted
    } else if summary.has_errors() {
        Status::Partial
    } else {
        Status::Qualified
    })
}
