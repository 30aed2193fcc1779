//! `zcp validate PARK... -s ID@REQ...`: what each park file lacks for the
//! standards, before any evaluation.

use std::path::PathBuf;

use clap::Args;
use zcp::StandardSpec;
use zcp::check::{self, Outcome};
use zcp::needs::Needs;
use zcp::report;

use super::{AsOfArgs, OutputArgs, PlainFormat, StandardsSource, Status};

/// Arguments of `zcp validate`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  zcp validate examples/parks/ordos-green.toml -s cn-zcp@1\n  zcp validate examples/parks/*.toml -s cn-zcp@1 --year 2025 --format json\n  zcp template -s cn-zcp@1 > park.toml && zcp validate park.toml -s cn-zcp@1\n\nFor each park file: its errors (malformed, unknown keys, bad units: every one), its\nwarnings (keys of standards not loaded), and for each standard and its bases, for the\nassessment year: the required keys missing, the optional keys not given (information,\nnot a failure), and the families (`product.*.unit-energy`) with the names given.\nNothing is evaluated.\n\n--format json: {\"host_version\", \"outcome\": complete|incomplete|error, \"standards\", \"warnings\", \"parks\": [{\"file\",\n\"outcome\", \"park\", \"year\", \"errors\", \"warnings\", \"standards\": [{\"standard\", \"base_of\", \"declared\",\n\"given\", \"missing_required\": [{\"key\", \"unit\", \"scope\", \"description\"}], \"missing_optional\",\n\"families\": [{\"family\", \"required\", \"members\"}]}]}]}.\n\nExit codes: 0 every park gives what every standard requires, 1 some required data is\nmissing, 2 error (a park file that does not load or lacks the year, bad arguments)."
)]
pub(crate) struct ValidateArgs {
    /// Park data files (TOML or JSON).
    #[arg(required = true, value_name = "PARK")]
    parks: Vec<PathBuf>,
    /// Standard to check against, with its bases: `ID@REQ`; repeat for several.
    #[arg(short = 's', long = "standard", required = true, value_name = "ID@REQ")]
    standards: Vec<StandardSpec>,
    /// Assessment year (default: the latest year in each park file).
    #[arg(long)]
    year: Option<i32>,
    #[command(flatten)]
    as_of: AsOfArgs,
    #[command(flatten)]
    source: StandardsSource,
    #[command(flatten)]
    output: OutputArgs,
}

pub(crate) fn run(args: &ValidateArgs) -> anyhow::Result<Status> {
    let format = args.output.plain_format("validate")?;
    let (_runtime, registry) = args.source.load()?;
    let needs =
        Needs::resolve(&registry, &args.standards, args.as_of.as_of).map_err(anyhow::Error::msg)?;
    let validation = check::validate(&registry, &needs, &args.parks, args.year);
    match format {
        PlainFormat::Table => print!("{}", check::render_table(&validation, args.output.lang)),
        PlainFormat::Json => println!("{}", report::to_json(&validation)),
        PlainFormat::Markdown => {
            print!("{}", check::render_markdown(&validation, args.output.lang))
        }
    }
    Ok(match validation.outcome {
        Outcome::Complete => Status::Qualified,
        Outcome::Incomplete => Status::NotQualified,
        Outcome::Error => Status::Error,
    })
}
