//! `zcp standards`: what can be evaluated against.

use clap::Args;
use serde::Serialize;
use zcp::report;

use super::{OutputArgs, PlainFormat, StandardsSource, Status};

/// Arguments of `zcp standards`.
#[derive(Debug, Args)]
pub(crate) struct StandardsArgs {
    #[command(flatten)]
    source: StandardsSource,
    #[command(flatten)]
    output: OutputArgs,
}

#[derive(Serialize)]
struct Listed<'a> {
    standard: String,
    digest: &'a str,
    origin: &'a zcp::Origin,
    publisher: &'a zcp::Publisher,
    info: &'a zcp::model::StandardInfo,
}

pub(crate) fn run(args: &StandardsArgs) -> anyhow::Result<Status> {
    let format = args.output.plain_format("standards")?;
    let (_runtime, registry) = args.source.load()?;
    let plugins = registry.plugins();
    match format {
        PlainFormat::Table => print!(
            "{}",
            report::render_standards(&plugins, &registry.errors, args.output.lang)
        ),
        PlainFormat::Markdown => print!(
            "{}",
            report::render_standards_markdown(&plugins, &registry.errors, args.output.lang)
        ),
        PlainFormat::Json => {
            let listed: Vec<Listed> = plugins
                .iter()
                .map(|p| Listed {
                    standard: p.info.label(),
                    digest: &p.digest,
                    origin: &p.origin,
                    publisher: &p.publisher,
                    info: &p.info,
                })
                .collect();
            let errors: Vec<String> = registry.errors.iter().map(ToString::to_string).collect();
            println!(
                "{}",
                report::to_json(&serde_json::json!({ "standards": listed, "errors": errors }))
            );
        }
    }
    Ok(if registry.errors.is_empty() {
        Status::Qualified
    } else {
        Status::Error
    })
}
