//! `zcp reproduce REPORT.json PARK...`: run a report again and say whether
//! the result is the same, or exactly what differs.

use std::path::PathBuf;

use anyhow::Context as _;
use clap::Args;
use serde_json::Value;
use zcp::chain::ParamArg;
use zcp::report;
use zcp::{Request, StandardSpec};

use super::{StandardsSource, Status};

/// Arguments of `zcp reproduce`.
#[derive(Debug, Args)]
#[command(
    after_help = "Example:\n  zcp evaluate park.toml -s cn-zcp@1 --format json > report.json\n  zcp reproduce report.json park.toml\n\nThe standards are asked for by the digests the report names, with its parameters and assessment years. Exit codes: 0 the same result, 1 a different one, 2 error."
)]
pub(crate) struct ReproduceArgs {
    /// A JSON report (`zcp evaluate --format json`).
    report: PathBuf,
    /// The park files, in the report's order.
    #[arg(required = true, value_name = "PARK")]
    parks: Vec<PathBuf>,
    /// Change a parameter: `ID:NAME=VALUE` or `ID@REQ:NAME=VALUE`, as
    /// `zcp evaluate --param` reads it; it replaces the report's parameter
    /// of the same id, requirement and name; repeatable (to see what it
    /// changes).
    #[arg(short = 'p', long = "param", value_name = "ID[@REQ]:NAME=VALUE")]
    params: Vec<ParamArg>,
    #[command(flatten)]
    source: StandardsSource,
}

pub(crate) fn run(args: &ReproduceArgs) -> anyhow::Result<Status> {
    let text = std::fs::read_to_string(&args.report)
        .with_context(|| format!("cannot read `{}`", args.report.display()))?;
    let old: Value = serde_json::from_str(&text)
        .with_context(|| format!("`{}` is not a JSON report", args.report.display()))?;
    let request = request_of(&old, args)?;
    let (runtime, registry) = args.source.load()?;
    let new = zcp::run(&runtime, &registry, &request).map_err(anyhow::Error::msg)?;
    let new = serde_json::to_value(&new)?;
    let (was, now) = (zcp::receipt::digest(&old), zcp::receipt::digest(&new));
    if was == now {
        println!(
            "reproduced: the same result (sha256 {now}): {} park(s), {} standard(s)",
            request.parks.len(),
            request.standards.len()
        );
        return Ok(Status::Qualified);
    }
    println!("DIFFERENT: sha256 {was} in the report, {now} now");
    let differences = zcp::report::differences(
        &zcp::receipt::canonical(&old),
        &zcp::receipt::canonical(&new),
    );
    for difference in &differences {
        println!("  - {difference}");
    }
    if differences.is_empty() {
        println!("  - {}", report::first_difference(&old, &new));
    }
    Ok(Status::NotQualified)
}

/// The request that made the report: its standards by digest, in the
/// order of its runs; its parameters, changed as asked; its years; the
/// day whose versions in force it asked for.
fn request_of(report: &Value, args: &ReproduceArgs) -> anyhow::Result<Request> {
    let parks = report["parks"].as_array().cloned().unwrap_or_default();
    anyhow::ensure!(
        parks.len() == args.parks.len(),
        "the report holds {} park(s), {} given: give the park files in the report's order ({})",
        parks.len(),
        args.parks.len(),
        parks
            .iter()
            .map(|p| format!("`{}`", p["file"].as_str().unwrap_or("?")))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let digests: Vec<(&str, &str)> = report["standards"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| Some((s["label"].as_str()?, s["digest"].as_str()?)))
        .collect();
    let asked: Vec<&str> = parks
        .iter()
        .find_map(|p| p["runs"].as_array().filter(|r| !r.is_empty()))
        .into_iter()
        .flatten()
        .filter_map(|run| run["standard"].as_str())
        .collect();
    anyhow::ensure!(!asked.is_empty(), "the report holds no run to reproduce");
    let standards = asked
        .iter()
        .map(|label| {
            let (id, _) = label.split_once('@').unwrap_or((label, ""));
            let digest = digests
                .iter()
                .find(|(l, _)| l == label)
                .map(|(_, d)| *d)
                .with_context(|| format!("the report does not give the digest of `{label}`"))?;
            format!("{id}@sha256:{digest}")
                .parse::<StandardSpec>()
                .map_err(anyhow::Error::msg)
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    let mut parameters: Vec<ParamArg> = match &report["parameters"] {
        Value::Null => vec![],
        given => serde_json::from_value(given.clone())
            .context("the report's `parameters` cannot be read")?,
    };
    for change in &args.params {
        parameters.retain(|p| {
            !(p.standard == change.standard && p.req == change.req && p.name == change.name)
        });
        parameters.push(change.clone());
    }
    let years: Vec<Option<i64>> = parks.iter().map(|p| p["year"].as_i64()).collect();
    let year = match years.first() {
        Some(Some(year)) if years.iter().all(|y| *y == Some(*year)) => {
            Some(i32::try_from(*year).context("the report's year is out of range")?)
        }
        _ => None,
    };
    let as_of = match report["as_of"].as_str() {
        Some(date) => {
            Some(zcp::date::parse(date).map_err(|e| anyhow::anyhow!("the report's `as_of`: {e}"))?)
        }
        None => None,
    };
    Ok(Request {
        parks: args.parks.clone(),
        standards,
        parameters,
        year,
        as_of,
    })
}
