//! `zcp diff [PARK] -s A -s B`: what differs between two standards, on a
//! park (each difference with its reason) or in what they declare
//! (`--rules-only`).

use std::path::PathBuf;

use anyhow::bail;
use clap::{Args, ValueEnum};
use zcp::chain::ParamArg;
use zcp::report::{self, Lang};
use zcp::{Request, StandardSpec};

use super::{StandardsSource, Status};

/// Arguments of `zcp diff`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  zcp diff examples/parks/ordos-green.toml -s cn-zcp@1.0.0 -s cn-zcp@2.0.0-draft.1\n  zcp diff examples/parks/hunan-equipment.toml -s cn-zcp@1 -s cn-hn-zcp@1 --format markdown\n  zcp diff --rules-only -s cn-zcp@1.0.0 -s cn-zcp@2.0.0-draft.1 --format json\n\nExit codes, as diff(1): 0 no difference, 1 some difference, 2 error (a bad park file, a standard not found)."
)]
pub(crate) struct DiffArgs {
    /// Park data file (TOML or JSON) to evaluate under both standards.
    #[arg(
        value_name = "PARK",
        required_unless_present = "rules_only",
        conflicts_with = "rules_only"
    )]
    park: Option<PathBuf>,
    /// A standard to compare, `ID@REQ`: exactly two, `-s A -s B`.
    #[arg(short = 's', long = "standard", required = true, value_name = "ID@REQ")]
    standards: Vec<StandardSpec>,
    /// Compare what the two standards declare (indicators and their
    /// thresholds, parameters, data keys, tiers, status), without a park.
    #[arg(long)]
    rules_only: bool,
    /// A standard's parameter: `ID:NAME=VALUE`; repeatable.
    #[arg(
        short = 'p',
        long = "param",
        value_name = "ID:NAME=VALUE",
        conflicts_with = "rules_only"
    )]
    params: Vec<ParamArg>,
    /// Assessment year (default: the latest year in the park file).
    #[arg(long, conflicts_with = "rules_only")]
    year: Option<i32>,
    #[command(flatten)]
    source: StandardsSource,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    format: DiffFormat,
    /// Report language.
    #[arg(long, value_enum, default_value = "en")]
    lang: Lang,
}

/// The formats of a diff.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum DiffFormat {
    /// Human-readable tables.
    Table,
    /// Machine-readable JSON, stable field names.
    Json,
    /// A GitHub-flavoured Markdown document.
    Markdown,
}

pub(crate) fn run(args: &DiffArgs) -> anyhow::Result<Status> {
    let [a, b] = args.standards.as_slice() else {
        let given: Vec<String> = args.standards.iter().map(|s| format!("`{s}`")).collect();
        bail!(
            "`zcp diff` compares exactly two standards (`-s A -s B`); given {}: {}",
            given.len(),
            given.join(", ")
        );
    };
    let (runtime, registry) = args.source.load()?;
    let Some(park) = &args.park else {
        let mut plugins = Vec::new();
        for spec in [a, b] {
            let resolved = registry.resolve(spec, None)?;
            for warning in &resolved.warnings {
                eprintln!("warning: {warning}");
            }
            plugins.push(resolved.plugin);
        }
        let diff = zcp::diff::compare_rules(&plugins[0], &plugins[1]);
        print!(
            "{}",
            match args.format {
                DiffFormat::Table => report::render_rules_diff(&diff, args.lang),
                DiffFormat::Json => report::to_json(&diff) + "\n",
                DiffFormat::Markdown => report::render_rules_diff_markdown(&diff, args.lang),
            }
        );
        return Ok(status(diff.is_empty()));
    };
    let request = Request {
        parks: vec![park.clone()],
        standards: vec![a.clone(), b.clone()],
        parameters: args.params.clone(),
        year: args.year,
        ..Request::default()
    };
    let report = zcp::run(&runtime, &registry, &request).map_err(anyhow::Error::msg)?;
    for warning in report
        .warnings
        .iter()
        .chain(report.parks.iter().flat_map(|p| &p.warnings))
    {
        eprintln!("warning: {warning}");
    }
    let errors: Vec<&String> = report.parks.iter().flat_map(|p| &p.errors).collect();
    if !errors.is_empty() {
        for error in errors {
            eprintln!("error: {error}");
        }
        return Ok(Status::Error);
    }
    let diff = zcp::diff::compare_park(&report)?;
    print!(
        "{}",
        match args.format {
            DiffFormat::Table => report::render_park_diff(&diff, args.lang),
            DiffFormat::Json => report::to_json(&diff) + "\n",
            DiffFormat::Markdown => report::render_park_diff_markdown(&diff, args.lang),
        }
    );
    Ok(status(diff.is_empty()))
}

/// Exit 0 when nothing differs, 1 when something does.
fn status(same: bool) -> Status {
    if same { Status::Same } else { Status::Differ }
}
