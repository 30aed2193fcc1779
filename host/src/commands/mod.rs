//! The `zcp` command line: one module per verb, and the flags they share.

mod batch;
mod describe;
mod diff;
mod evaluate;
mod keygen;
mod new;
mod reproduce;
mod schema;
mod selection;
mod sign;
mod standards;
mod synth;
mod template;
mod test;
mod trust;
mod validate;
mod verify;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Args, Parser, Subcommand};
use zcp::report::{Format, Lang};
use zcp::{ComponentCache, Limits, Registry, Runtime, Trust};

/// Evaluate industrial parks against zero-carbon park standards.
///
/// Each standard (the national notice, its next versions, provincial
/// criteria) is a sandboxed WebAssembly component; zcp runs several side by
/// side on the same park data and shows where and why they differ.
#[derive(Debug, Parser)]
#[command(name = "zcp", version, propagate_version = true)]
#[command(
    after_help = "Examples:\n  zcp standards\n  zcp describe cn-zcp@1\n  zcp evaluate examples/parks/*.toml -s cn-zcp@1\n  zcp batch examples/parks -s cn-zcp@1 -o results.jsonl\n\nExit codes: 0 all qualified (or not applicable, or assessed without a gate), 1 some not qualified or incomplete, 2 error."
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// List the standards available: bundled and from standards directories.
    Standards(standards::StandardsArgs),
    /// Show a standard's indicators, thresholds, parameters and data keys.
    Describe(describe::DescribeArgs),
    /// Evaluate park files against one or more standards, side by side.
    Evaluate(evaluate::EvaluateArgs),
    /// Evaluate many parks against standards, in parallel, streaming one result per park and standard to JSONL or CSV.
    Batch(batch::BatchArgs),
    /// What differs between two standards: on a park, each difference with its reason; or in their rules.
    Diff(diff::DiffArgs),
    /// Print the JSON Schema of park files, of the JSON report or of a `zcp batch` line.
    Schema(schema::SchemaArgs),
    /// Run a standard's conformance cases: parks with the results it must return.
    Test(test::TestArgs),
    /// Write a park file skeleton with every key the standards read, to fill in.
    Template(template::TemplateArgs),
    /// Check park files against what the standards need, before evaluating.
    Validate(validate::ValidateArgs),
    /// Scaffold a standard crate of its own: rules, native tests, a conformance case.
    New(new::NewArgs),
    /// Make a publisher's signing key pair.
    Keygen(keygen::KeygenArgs),
    /// Sign a plugin as its publisher: a detached `<plugin>.sig` beside it.
    Sign(sign::SignArgs),
    /// Check a plugin's signature and its signer's scope against the trust store.
    Verify(verify::VerifyArgs),
    /// Add a publisher to the trust store, or list it.
    Trust(trust::TrustArgs),
    /// Run a JSON report again: the same result, or exactly what differs.
    Reproduce(reproduce::ReproduceArgs),
    /// Generate seeded synthetic park files (JSONL or TOML), for benchmarks and tests.
    Synth(synth::SynthArgs),
}

/// Where standards come from, besides those bundled in the binary.
#[derive(Debug, Args)]
pub(crate) struct StandardsSource {
    /// Directory of standard components (`*.wasm`); repeatable. Also read
    /// from ZCP_STANDARDS_PATH (`:`-separated).
    #[arg(long = "standards-dir", value_name = "DIR")]
    dirs: Vec<PathBuf>,
    #[command(flatten)]
    trust: TrustArgs,
}

/// Which plugins from files may run.
#[derive(Debug, Args)]
pub(crate) struct TrustArgs {
    /// Trust store: which publisher keys may sign which standards
    /// (default: `$XDG_CONFIG_HOME/zcp/trust.toml`, else
    /// `~/.config/zcp/trust.toml`).
    #[arg(long, value_name = "FILE", env = "ZCP_TRUST_STORE")]
    trust_store: Option<PathBuf>,
    /// Run unsigned plugins from standards directories too (development
    /// only: every report says so at the top).
    #[arg(long)]
    allow_unsigned: bool,
}

impl StandardsSource {
    /// A runtime with default limits and every standard loaded.
    pub(crate) fn load(&self) -> anyhow::Result<(Runtime, Registry)> {
        let runtime = runtime()?;
        let mut dirs = zcp::registry::dirs_from_env();
        dirs.extend(self.dirs.iter().cloned());
        let registry = Registry::load(&runtime, &dirs, &self.trust.trust()?);
        Ok((runtime, registry))
    }
}

impl TrustArgs {
    /// The trust store asked for (an error when it is missing), else the
    /// default one when it exists, else an empty one: without it only
    /// bundled standards (and unsigned ones, when allowed) run.
    pub(crate) fn trust(&self) -> anyhow::Result<Trust> {
        let trust = match &self.trust_store {
            Some(path) => Trust::load(path)?,
            None => match zcp_signature::TrustStore::default_path().filter(|p| p.is_file()) {
                Some(path) => Trust::load(&path)?,
                None => Trust::new(zcp_signature::TrustStore::empty()),
            },
        };
        Ok(trust.allowing_unsigned(self.allow_unsigned))
    }
}

/// A runtime with the default limits and the compile cache the
/// environment asks for.
pub(crate) fn runtime() -> anyhow::Result<Runtime> {
    let mut runtime = Runtime::new(Limits::default())
        .map_err(|e| anyhow::anyhow!("{e}"))
        .context("starting the WebAssembly runtime")?;
    match ComponentCache::from_env() {
        Some(Ok(cache)) => runtime = runtime.with_cache(cache),
        Some(Err(error)) => eprintln!("warning: {error}; compiling every plugin"),
        None => {}
    }
    Ok(runtime)
}

/// `--as-of`, for every verb that resolves standards.
#[derive(Debug, Args)]
pub(crate) struct AsOfArgs {
    /// Pick the versions in force on this day: of the versions matching
    /// each `ID@REQ`, the highest whose `effective` date is on or before
    /// it. A version that declares no effective date (a draft, a plan on
    /// trial) is in force on no date: left out, with a warning when it
    /// would have been chosen. A withdrawn highest version is refused, never
    /// passed over for a lower one.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = zcp::date::parse)]
    pub(crate) as_of: Option<jiff::civil::Date>,
}

/// Output flags shared by every verb.
#[derive(Debug, Args)]
pub(crate) struct OutputArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
    /// Report language.
    #[arg(long, value_enum, default_value = "en")]
    lang: Lang,
}

/// The output formats of a verb with no HTML report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PlainFormat {
    /// `--format table`.
    Table,
    /// `--format json`.
    Json,
    /// `--format markdown`.
    Markdown,
}

impl OutputArgs {
    /// The format asked for, by a verb that has no HTML output: only the
    /// report of `zcp evaluate` is rendered as HTML, so `--format html` is
    /// refused before the verb does any work.
    pub(crate) fn plain_format(&self, verb: &str) -> anyhow::Result<PlainFormat> {
        match self.format {
            Format::Table => Ok(PlainFormat::Table),
            Format::Json => Ok(PlainFormat::Json),
            Format::Markdown => Ok(PlainFormat::Markdown),
            Format::Html => anyhow::bail!(
                "`--format html` is for the report of `zcp evaluate`; `zcp {verb}` prints `table`, `json` or `markdown`"
            ),
        }
    }
}

/// Process exit status (ripgrep-style: meaningful codes, not just 0/1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Every park qualified under every standard (or the verb succeeded).
    Qualified,
    /// Some park is not qualified or incomplete.
    NotQualified,
    /// The command could not do its job (bad arguments, unreadable input).
    Error,
    /// `zcp diff`: the two standards do not differ (exit 0).
    Same,
    /// `zcp diff`: the two standards differ (exit 1, as `diff(1)`).
    Differ,
    /// `zcp batch`: some park could not be assessed, or some standard's
    /// run errored (exit 1).
    Partial,
    /// `zcp batch`: stopped by Ctrl-C (exit 130, as a shell reports SIGINT).
    Interrupted,
}

impl From<Status> for ExitCode {
    fn from(status: Status) -> Self {
        ExitCode::from(match status {
            Status::Qualified | Status::Same => 0,
            Status::NotQualified | Status::Differ | Status::Partial => 1,
            Status::Error => 2,
            Status::Interrupted => 130,
        })
    }
}

/// Parse the process's arguments, run the verb, print any error: the whole
/// `zcp` binary.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(status) => status.into(),
        Err(error) => {
            eprintln!("error: {error:#}");
            Status::Error.into()
        }
    }
}

/// Run the parsed command.
pub fn run(cli: Cli) -> anyhow::Result<Status> {
    match cli.command {
        Command::Standards(args) => standards::run(&args),
        Command::Describe(args) => describe::run(&args),
        Command::Evaluate(args) => evaluate::run(&args),
        Command::Batch(args) => batch::run(&args),
        Command::Diff(args) => diff::run(&args),
        Command::Schema(args) => schema::run(&args),
        Command::Test(args) => test::run(&args),
        Command::Template(args) => template::run(&args),
        Command::Validate(args) => validate::run(&args),
        Command::New(args) => new::run(&args),
        Command::Keygen(args) => keygen::run(&args),
        Command::Sign(args) => sign::run(&args),
        Command::Verify(args) => verify::run(&args),
        Command::Trust(args) => trust::run(&args),
        Command::Reproduce(args) => reproduce::run(&args),
        Command::Synth(args) => synth::run(&args),
    }
}
