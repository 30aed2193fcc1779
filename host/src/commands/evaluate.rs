//! `zcp evaluate PARK... -s ID@REQ...`: one section per park, standards side by side.

use std::path::PathBuf;

use anyhow::Context as _;
use clap::Args;
use zcp::chain::ParamArg;
use zcp::lock::Lock;
use zcp::report::{self, Format, ReportView, ViewOptions};
use zcp::{Request, StandardSpec};

use super::{AsOfArgs, OutputArgs, StandardsSource, Status};

/// Arguments of `zcp evaluate`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  zcp evaluate examples/parks/*.toml -s cn-zcp@1\n  zcp evaluate examples/parks/* --all-bundled --report-only\n  zcp evaluate park.toml -s cn-zcp@1 --param cn-zcp:electricity-conversion=equal-value --format json\n  zcp evaluate park.toml -s cn-zcp@1 -s cn-zcp@2.0.0-draft.1 -p cn-zcp@1:equal-value-coefficient=0.29\n  zcp evaluate park.toml -s cn-zcp@1 --as-of 2025-07-08\n  zcp evaluate examples/parks/*.toml -s cn-zcp@1 --lang zh --format markdown > report.md\n  zcp evaluate examples/parks/ordos-green.toml --all-bundled --format html --changed-only > report.html\n\nExit codes: 0 all qualified (a standard that does not apply, `not-applicable`, or only assesses, `assessed`, is no failure), 1 some not qualified or incomplete, 2 error (also with --report-only)."
)]
pub(crate) struct EvaluateArgs {
    /// Park data files (TOML or JSON).
    #[arg(required = true, value_name = "PARK")]
    parks: Vec<PathBuf>,
    /// Standard to evaluate against: `ID@REQ`; repeat for several, side by side.
    #[arg(
        short = 's',
        long = "standard",
        required_unless_present = "all_bundled",
        value_name = "ID@REQ"
    )]
    standards: Vec<StandardSpec>,
    /// Every standard version bundled with zcp, side by side (national
    /// first, then by jurisdiction), before any given with `-s`.
    #[arg(long)]
    all_bundled: bool,
    /// A standard's parameter; repeatable. `ID:NAME=VALUE` is given to
    /// every version of ID in the run (bases included) that declares NAME,
    /// and is an error only when none does; `ID@REQ:NAME=VALUE` only to
    /// the versions matching REQ (`cn-zcp@1`, `cn-zcp@=2.0.0-draft.1`).
    /// The first `:` ends ID@REQ, the first `=` after it ends NAME; VALUE
    /// is the rest. A later one for the same version and name wins. Each
    /// run of the JSON report lists the parameters it received.
    #[arg(short = 'p', long = "param", value_name = "ID[@REQ]:NAME=VALUE")]
    params: Vec<ParamArg>,
    /// Assessment year (default: the latest year in each park file).
    #[arg(long)]
    year: Option<i32>,
    #[command(flatten)]
    as_of: AsOfArgs,
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
    let mut asked = if args.all_bundled {
        bundled(&registry, args.as_of.as_of)
    } else {
        vec![]
    };
    asked.extend(args.standards.iter().cloned());
    if asked.is_empty() {
        let day = args.as_of.as_of.map(|d| d.to_string()).unwrap_or_default();
        anyhow::bail!(
            "no bundled standard is in force on {day} (a version without an effective date is in force on no date; `zcp standards` lists them)"
        );
    }
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
        parameters: args.params.clone(),
        year: args.year,
        as_of: args.as_of.as_of,
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

/// Each bundled standard version, exactly (`ID@=VERSION`): national first
/// (`CN` sorts before `CN-HN`), then by jurisdiction, id and version. With
/// `as_of`, only the versions in force that day (effective on or before it).
pub(super) fn bundled(
    registry: &zcp::Registry,
    as_of: Option<jiff::civil::Date>,
) -> Vec<StandardSpec> {
    let mut plugins: Vec<_> = registry
        .plugins()
        .into_iter()
        .filter(|p| matches!(p.origin, zcp::Origin::Bundled(_)))
        .filter(|p| as_of.is_none_or(|day| p.info.effective.is_some_and(|e| e <= day)))
        .collect();
    plugins.sort_by(|a, b| a.info.jurisdiction.cmp(&b.info.jurisdiction));
    plugins
        .iter()
        .map(|p| StandardSpec::exact(&p.info.id, &p.info.version))
        .collect()
}
