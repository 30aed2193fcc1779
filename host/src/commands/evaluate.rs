//! `zcp evaluate PARK... -s ID@REQ...`: one section per park, standards side by side.

use std::path::PathBuf;

use anyhow::Context as _;
use clap::Args;
use zcp::Request;
use zcp::lock::Lock;
use zcp::report::{self, Format, ReportView, ViewOptions};

use super::selection::SelectionArgs;
use super::{OutputArgs, StandardsSource, Status};

/// Arguments of `zcp evaluate`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  zcp evaluate examples/parks/*.toml -s cn-zcp@1\n  zcp evaluate examples/parks/* --all-bundled --report-only\n  zcp evaluate park.toml -s cn-zcp@1 --param cn-zcp:electricity-conversion=equal-value --format json\n  zcp evaluate park.toml -s cn-zcp@1 -s cn-zcp@2.0.0-draft.1 -p cn-zcp@1:equal-value-coefficient=0.29\n  zcp evaluate park.toml -s cn-zcp@1 --as-of 2025-07-08\n  zcp evaluate examples/parks/*.toml -s cn-zcp@1 --lang zh --format markdown > report.md\n  zcp evaluate examples/parks/ordos-green.toml --all-bundled --format html --changed-only > report.html\n\nExit codes: 0 all qualified (a standard that does not apply, `not-applicable`, or only assesses, `assessed`, is no failure), 1 some not qualified or incomplete, 2 error (also with --report-only)."
)]
pub(crate) struct EvaluateArgs {
    /// Park data files (TOML or JSON).
    #[arg(required = true, value_name = "PARK")]
    parks: Vec<PathBuf>,
    #[command(flatten)]
    selection: SelectionArgs,
    /// Write the exact standards used (bases included, by digest) to FILE.
    #[arg(long, value_name = "FILE")]
    write_lock: Option<PathBuf>,
    /// Replay a lockfile: each standard asked for by its locked digest, and
    /// a run using anything the lock does not pin refused.
    #[arg(long, value_name = "FILE", conflicts_with = "write_lock")]
    lock: Option<PathBuf>,
    /// Side by side, show only the indicators whose outcome differs between
    /// the standards that have them; each standard's own section stays
    /// complete. Table, Markdown and HTML.
    #[arg(long)]
    changed_only: bool,
    /// Exit 0 whatever the verdicts, as long as the run worked (for demos and pipelines).
    #[arg(long)]
    report_only: bool,
    #[command(flatten)]
    source: StandardsSource,
    #[command(flatten)]
    output: OutputArgs,
}

pub(crate) fn run(args: &EvaluateArgs) -> anyhow::Result<Status> {
    if args.changed_only && args.output.format == Format::Json {
        anyhow::bail!(
            "`--changed-only` filters the rows a person reads (`--format table`, `markdown` or `html`); the JSON report is the whole record"
        );
    }
    let lock = args
        .lock
        .as_deref()
        .map(Lock::load)
        .transpose()
        .map_err(anyhow::Error::msg)?;
    let (runtime, registry) = args.source.load()?;
    let asked = args.selection.specs(&registry)?;
    let standards = match &lock {
        Some(lock) => asked
            .iter()
            .map(|spec| lock.pin(spec))
            .collect::<Result<Vec<_>, _>>()
            .map_err(anyhow::Error::msg)?,
        None => asked,
    };
    let request = Request {
        parks: args.parks.clone(),
        standards,
        parameters: args.selection.params.clone(),
        year: args.selection.year,
        as_of: args.selection.day(),
    };
    let report = zcp::run(&runtime, &registry, &request).map_err(anyhow::Error::msg)?;
    if let Some(lock) = &lock {
        lock.check(&report).map_err(anyhow::Error::msg)?;
    }
    if let Some(path) = &args.write_lock {
        std::fs::write(path, Lock::of(&report).to_toml())
            .with_context(|| format!("cannot write `{}`", path.display()))?;
    }
    if args.changed_only && report.parks.iter().all(|p| p.runs.len() < 2) {
        eprintln!(
            "warning: `--changed-only` compares standards side by side; with one standard there is nothing to filter"
        );
    }
    let view = || {
        let options = ViewOptions {
            changed_only: args.changed_only,
        };
        ReportView::new(&report, args.output.lang, options)
    };
    match args.output.format {
        Format::Json => println!("{}", report::to_json(&report)),
        Format::Table => print!("{}", report::render_report(&view())),
        Format::Markdown => print!("{}", report::render_report_markdown(&view())),
        Format::Html => print!("{}", report::render_report_html(&view())),
    }
    Ok(if report.has_errors() {
        Status::Error
    } else if args.report_only || report.all_qualified() {
        Status::Qualified
    } else {
        Status::NotQualified
    })
}
