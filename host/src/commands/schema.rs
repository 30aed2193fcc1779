//! `zcp schema park|report|batch`: the JSON Schema of park files, of the
//! JSON report, or of a line of `zcp batch`.

use clap::{Args, ValueEnum};

use super::{StandardsSource, Status};

/// Arguments of `zcp schema`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  zcp schema park > schemas/park.schema.json\n  zcp schema report > schemas/report.schema.json\n  zcp schema batch > schemas/batch.schema.json\n\nThe schemas are JSON Schema draft 2020-12; the files under `schemas/` are exactly what this prints with the bundled standards. With `--standards-dir`, the park schema also holds the keys those standards define."
)]
pub(crate) struct SchemaArgs {
    /// Which schema to print.
    #[arg(value_enum)]
    which: Which,
    /// The park schema holds the keys the loaded standards define.
    #[command(flatten)]
    source: StandardsSource,
}

/// The documents zcp publishes a schema for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Which {
    /// Park files (TOML or JSON), from the data dictionary.
    Park,
    /// The report of `zcp evaluate --format json`.
    Report,
    /// One line of `zcp batch` JSONL output.
    Batch,
}

pub(crate) fn run(args: &SchemaArgs) -> anyhow::Result<Status> {
    let schema = match args.which {
        Which::Park => {
            let (_, registry) = args.source.load()?;
            for error in &registry.errors {
                eprintln!("warning: not loaded: {error}");
            }
            zcp::schema::park_schema(registry.dictionary())
        }
        Which::Report => zcp::schema::report_schema(),
        Which::Batch => zcp::schema::batch_schema(),
    };
    println!("{}", serde_json::to_string_pretty(&schema)?);
    Ok(Status::Qualified)
}
