//! `zcp describe ID@REQ`: a standard's indicators, thresholds, parameters and data.

use clap::Args;
use zcp::StandardSpec;
use zcp::report;

use super::{AsOfArgs, OutputArgs, PlainFormat, StandardsSource, Status};

/// Arguments of `zcp describe`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  zcp describe cn-zcp@1\n  zcp describe cn-zcp@=1.0.0 --lang zh"
)]
pub(crate) struct DescribeArgs {
    /// The standard: `ID`, `ID@1`, `ID@=1.0.0`.
    standard: StandardSpec,
    #[command(flatten)]
    as_of: AsOfArgs,
    #[command(flatten)]
    source: StandardsSource,
    #[command(flatten)]
    output: OutputArgs,
}

pub(crate) fn run(args: &DescribeArgs) -> anyhow::Result<Status> {
    let format = args.output.plain_format("describe")?;
    let (_runtime, registry) = args.source.load()?;
    let resolved = registry.resolve(&args.standard, args.as_of.as_of)?;
    for warning in &resolved.warnings {
        eprintln!("warning: {warning}");
    }
    let plugin = &resolved.plugin;
    match format {
        PlainFormat::Table => print!("{}", report::render_describe(plugin, args.output.lang)),
        PlainFormat::Markdown => print!(
            "{}",
            report::render_describe_markdown(plugin, args.output.lang)
        ),
        PlainFormat::Json => println!(
            "{}",
            report::to_json(&serde_json::json!({
                "digest": plugin.digest,
                "origin": plugin.origin,
                "info": plugin.info,
            }))
        ),
    }
    Ok(Status::Qualified)
}
