//! `zcp test [ID@REQ]`: run a standard's conformance cases.

use std::fmt::Write as _;
use std::path::PathBuf;

use clap::Args;
use zcp::conformance::{self, Cases, SuiteReport};
use zcp::report;
use zcp::{Origin, StandardSpec, TestReport};

use super::{OutputArgs, PlainFormat, StandardsSource, Status};

/// Arguments of `zcp test`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  zcp test\n  zcp test cn-zcp@1\n  zcp test my-standard@1 --standards-dir build/ --cases my-standard/cases/\n\nA case is a directory holding `case.toml` and one park file; see `standards/README.md`.\n\nExit codes: 0 every case passed, 1 some case failed, 2 error (standard not found, no cases)."
)]
pub(crate) struct TestArgs {
    /// Standard to test: `ID@REQ`. Without it, every bundled standard that
    /// ships conformance cases.
    #[arg(value_name = "ID@REQ")]
    standard: Option<StandardSpec>,
    /// Run the cases in this directory (a directory of case directories, or
    /// one case directory) instead of the standard's bundled cases.
    #[arg(long, value_name = "DIR", requires = "standard")]
    cases: Option<PathBuf>,
    #[command(flatten)]
    source: StandardsSource,
    #[command(flatten)]
    output: OutputArgs,
}

pub(crate) fn run(args: &TestArgs) -> anyhow::Result<Status> {
    let format = args.output.plain_format("test")?;
    let (runtime, registry) = args.source.load()?;
    for error in &registry.errors {
        eprintln!("warning: {error}");
    }
    let suites = match &args.standard {
        Some(spec) => {
            let cases = args.cases.clone().map_or(Cases::Bundled, Cases::Dir);
            vec![conformance::run(&runtime, &registry, spec, &cases)?]
        }
        None => conformance::run_bundled(&runtime, &registry)?,
    };
    let report = TestReport::new(suites);
    match format {
        PlainFormat::Json => println!("{}", report::to_json(&report)),
        PlainFormat::Markdown => print!(
            "{}",
            report::render_test_markdown(&report, args.output.lang)
        ),
        PlainFormat::Table => print!("{}", render(&report)),
    }
    Ok(if report.failed == 0 {
        Status::Qualified
    } else {
        Status::NotQualified
    })
}

/// The report as lines of text: a header per standard, a line per case with
/// its failures indented below (then, for a failed case, the derivation of
/// its expected values), and the totals.
fn render(report: &TestReport) -> String {
    let mut out = String::new();
    for suite in &report.suites {
        header(suite, &mut out);
        let width = suite.cases.iter().map(|c| c.name.len()).max().unwrap_or(0);
        for case in &suite.cases {
            let mark = if case.passed { "pass" } else { "FAIL" };
            let line = format!(
                "{mark}  {:width$}  {}",
                case.name,
                case.description.as_deref().unwrap_or("")
            );
            let _ = writeln!(out, "{}", line.trim_end());
            for failure in &case.failures {
                let _ = writeln!(out, "      {failure}");
            }
            if let Some(derivation) = case.derivation.as_deref().filter(|_| !case.passed) {
                let _ = writeln!(out, "      derivation:");
                for line in derivation.lines().filter(|l| !l.trim().is_empty()) {
                    let _ = writeln!(out, "        {}", line.trim_end());
                }
            }
        }
        out.push('\n');
    }
    let _ = writeln!(out, "{} passed, {} failed", report.passed, report.failed);
    out
}

fn header(suite: &SuiteReport, out: &mut String) {
    let origin = match &suite.origin {
        Origin::Bundled(_) => "bundled".to_owned(),
        Origin::File(path) => path.display().to_string(),
    };
    let digest = suite.digest.get(..8).unwrap_or(&suite.digest);
    let count = suite.cases.len();
    let plural = if count == 1 { "" } else { "s" };
    let from = suite
        .cases_dir
        .as_ref()
        .map(|dir| format!(" from {}", dir.display()))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "{} ({origin}, sha256 {digest}…): {count} case{plural}{from}",
        suite.standard
    );
    for warning in &suite.warnings {
        let _ = writeln!(out, "warning: {warning}");
    }
}
