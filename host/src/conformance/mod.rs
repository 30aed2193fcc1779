//! Conformance cases: parks with the results a standard must return for
//! them, kept as data and run by `zcp test` and by the test suite alike.
//!
//! A case is a directory holding `case.toml` and one park file (see
//! `standards/README.md`, "Conformance cases"). `case.toml` states its
//! `derivation`, the hand arithmetic of the expected values, which reports
//! show beside a failure so that a person can tell a wrong standard from a
//! wrong expectation. Each standard crate ships its
//! cases in `standards/<crate>/cases/`, embedded in the binary with the
//! standard ([`Cases::Bundled`]); plugin authors keep theirs in any directory
//! ([`Cases::Dir`]). Cases run through the same path as `zcp evaluate`, and
//! everything wrong with a case (its `case.toml`, its park file, an unknown
//! parameter) fails that case rather than stopping the run.

mod case;
mod check;

use std::path::{Path, PathBuf};
use std::slice;
use std::sync::Arc;

use serde::Serialize;
use zcp_park::{Dictionary, Format, Park};

pub use case::{Case, DEFAULT_TOLERANCE, ErrorKind, Expect, ExpectedValue, IndicatorExpect};
pub use check::{Check, Failure};

use crate::chain::{self, Chain, ParamArg};
use crate::evaluate;
use crate::registry::{Registry, StandardSpec};
use crate::runtime::{Origin, Runtime};

/// The file that makes a directory a case.
pub const CASE_FILE: &str = "case.toml";

/// Park files used when `case.toml` names none.
const DEFAULT_PARKS: [&str; 2] = ["park.toml", "park.json"];

/// Where the cases of a run come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cases {
    /// The cases the standard's crate ships, embedded in the binary (only for
    /// a bundled standard).
    Bundled,
    /// A directory of case directories, or one case directory.
    Dir(PathBuf),
}

/// Why a run of conformance cases could not start.
#[derive(Debug, thiserror::Error)]
pub enum ConformanceError {
    /// The standard cannot be resolved (or one of its bases).
    #[error("{0}")]
    Standard(String),
    /// A standard from a file has no bundled cases.
    #[error(
        "`{label}` comes from {origin}, which ships no conformance cases: give a directory of cases (`zcp test {id}@={version} --cases DIR`)"
    )]
    NotBundled {
        /// id@version.
        label: String,
        /// Standard id.
        id: String,
        /// Version.
        version: String,
        /// Where it came from.
        origin: Origin,
    },
    /// A bundled standard with cases did not load.
    #[error("the bundled standard `{package}` did not load, so its cases cannot run")]
    NotLoaded {
        /// Cargo package name.
        package: String,
    },
    /// No case to run.
    #[error("no conformance cases found in {0}")]
    NoCases(String),
    /// The cases directory cannot be read.
    #[error("cannot read the cases directory `{}`: {error}", .dir.display())]
    ReadDir {
        /// The directory.
        dir: PathBuf,
        /// Why.
        error: std::io::Error,
    },
}

/// A case before it is read: its name and where its files are.
#[derive(Debug, Clone)]
pub struct CaseSource {
    /// The case directory's name.
    pub name: String,
    /// The case directory, as named in messages.
    pub dir: PathBuf,
    files: Files,
}

#[derive(Debug, Clone)]
enum Files {
    Embedded(&'static [(&'static str, &'static str)]),
    Disk,
}

impl CaseSource {
    /// The path of one of the case's files, as named in messages.
    fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    fn has(&self, name: &str) -> bool {
        match self.files {
            Files::Embedded(files) => files.iter().any(|(n, _)| *n == name),
            Files::Disk => self.path(name).is_file(),
        }
    }

    fn read_case(&self) -> Result<String, String> {
        if !self.has(CASE_FILE) {
            return Err(format!(
                "`{}`: no `{CASE_FILE}` (a case is a directory with a `{CASE_FILE}` and a park file)",
                self.dir.display()
            ));
        }
        match self.files {
            Files::Embedded(files) => Ok(files
                .iter()
                .find(|(n, _)| *n == CASE_FILE)
                .map(|(_, text)| (*text).to_owned())
                .unwrap_or_default()),
            Files::Disk => {
                let path = self.path(CASE_FILE);
                std::fs::read_to_string(&path)
                    .map_err(|e| format!("`{}`: cannot read the file: {e}", path.display()))
            }
        }
    }

    /// The park file, every problem of it one line each.
    fn load_park(&self, name: &str, dictionary: &Arc<Dictionary>) -> Result<Park, Vec<String>> {
        let path = self.path(name);
        let loaded = match self.files {
            Files::Disk => Park::load_with(&path, dictionary),
            Files::Embedded(files) => {
                let text = files.iter().find(|(n, _)| *n == name).map(|(_, t)| *t);
                let Some(text) = text else {
                    return Err(vec![format!(
                        "`{}`: the park file named in `{CASE_FILE}` is not in the case directory",
                        path.display()
                    )]);
                };
                let Some(format) = Format::from_path(&path) else {
                    return Err(vec![format!(
                        "`{}`: unsupported file type (a park file ends in `.toml` or `.json`)",
                        path.display()
                    )]);
                };
                Park::parse_with(text, format, &path, dictionary)
            }
        };
        loaded.map_err(|errors| errors.to_string().lines().map(str::to_owned).collect())
    }

    /// The park file: as named, or the single `park.toml` / `park.json`.
    fn park_name(&self, case: &Case) -> Result<String, String> {
        if let Some(park) = &case.park {
            return Ok(park.clone());
        }
        let present: Vec<&str> = DEFAULT_PARKS
            .into_iter()
            .filter(|name| self.has(name))
            .collect();
        match present.as_slice() {
            [one] => Ok((*one).to_owned()),
            [] => Err(format!(
                "`{}`: no `park.toml` or `park.json`; name the park file with `park = \"…\"` in `{CASE_FILE}`",
                self.dir.display()
            )),
            _ => Err(format!(
                "`{}`: both `park.toml` and `park.json`; name one with `park = \"…\"` in `{CASE_FILE}`",
                self.dir.display()
            )),
        }
    }
}

/// The cases a bundled standard's crate ships, by name (none for an unknown package).
pub fn bundled_cases(package: &str) -> Vec<CaseSource> {
    zcp_artifacts::BUNDLED_CASES
        .iter()
        .filter(|b| b.package == package)
        .flat_map(|b| b.cases)
        .map(|case| CaseSource {
            name: case.name.to_owned(),
            dir: Path::new("standards")
                .join(package)
                .join("cases")
                .join(case.name),
            files: Files::Embedded(case.files),
        })
        .collect()
}

/// The cases in `dir`: `dir` itself when it holds a `case.toml`, else each
/// of its subdirectories (hidden ones left out), by name.
pub fn cases_in(dir: &Path) -> Result<Vec<CaseSource>, ConformanceError> {
    let read_error = |error| ConformanceError::ReadDir {
        dir: dir.to_path_buf(),
        error,
    };
    let disk = |name: String, dir: PathBuf| CaseSource {
        name,
        dir,
        files: Files::Disk,
    };
    if dir.join(CASE_FILE).is_file() {
        let name = dir
            .canonicalize()
            .ok()
            .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| dir.display().to_string());
        return Ok(vec![disk(name, dir.to_path_buf())]);
    }
    let mut cases = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(read_error)? {
        let entry = entry.map_err(read_error)?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.starts_with('.') && entry.path().is_dir() {
            cases.push(disk(name, entry.path()));
        }
    }
    cases.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(cases)
}

/// The result of one case.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CaseReport {
    /// The case directory's name.
    pub name: String,
    /// Its description (absent when `case.toml` cannot be read).
    pub description: Option<String>,
    /// The arithmetic of its expected values, as `case.toml` states it
    /// (absent when `case.toml` cannot be read).
    pub derivation: Option<String>,
    /// Whether it passed (no failures).
    pub passed: bool,
    /// Every way it failed.
    pub failures: Vec<Failure>,
}

/// The cases of one standard, run.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SuiteReport {
    /// `id@version` of the standard under test.
    pub standard: String,
    /// Where it came from.
    pub origin: Origin,
    /// SHA-256 of the component.
    pub digest: String,
    /// The cases directory, for cases not bundled with the standard.
    pub cases_dir: Option<PathBuf>,
    /// Warnings from resolving it (a superseded version).
    pub warnings: Vec<String>,
    /// One report per case, by name.
    pub cases: Vec<CaseReport>,
    /// Cases passed.
    pub passed: usize,
    /// Cases failed.
    pub failed: usize,
}

/// Every suite of a `zcp test` run, with the totals.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TestReport {
    /// One suite per standard.
    pub suites: Vec<SuiteReport>,
    /// Cases passed.
    pub passed: usize,
    /// Cases failed.
    pub failed: usize,
}

impl TestReport {
    /// The totals of these suites.
    pub fn new(suites: Vec<SuiteReport>) -> TestReport {
        let passed = suites.iter().map(|s| s.passed).sum();
        let failed = suites.iter().map(|s| s.failed).sum();
        TestReport {
            suites,
            passed,
            failed,
        }
    }
}

/// Run `cases` against the standard `spec` resolves to (with its bases, as
/// `zcp evaluate` does). Errors only when nothing can run: the standard
/// cannot be resolved, has no bundled cases, or no case is found.
pub fn run(
    runtime: &Runtime,
    registry: &Registry,
    spec: &StandardSpec,
    cases: &Cases,
) -> Result<SuiteReport, ConformanceError> {
    let mut warnings = Vec::new();
    let chain = chain::resolve_chain(registry, spec, None, &mut warnings)
        .map_err(ConformanceError::Standard)?;
    let plugin = &chain.standard;
    if plugin.publisher == crate::trust::Publisher::Unsigned {
        warnings.push(
            "unsigned: it ran because unsigned plugins were allowed (--allow-unsigned, for development only); sign it before publishing".to_owned(),
        );
    }
    let (sources, cases_dir) = match cases {
        Cases::Bundled => {
            let Origin::Bundled(package) = &plugin.origin else {
                return Err(ConformanceError::NotBundled {
                    label: plugin.info.label(),
                    id: plugin.info.id.clone(),
                    version: plugin.info.version.to_string(),
                    origin: plugin.origin.clone(),
                });
            };
            let sources = bundled_cases(package);
            if sources.is_empty() {
                return Err(ConformanceError::NoCases(format!(
                    "`standards/{package}/cases` (bundled with `{}`)",
                    plugin.info.label()
                )));
            }
            (sources, None)
        }
        Cases::Dir(dir) => {
            let sources = cases_in(dir)?;
            if sources.is_empty() {
                return Err(ConformanceError::NoCases(format!(
                    "`{}` (a case is a directory with a `{CASE_FILE}`)",
                    dir.display()
                )));
            }
            (sources, Some(dir.clone()))
        }
    };
    let reports: Vec<CaseReport> = sources
        .iter()
        .map(|source| run_case(runtime, registry.dictionary(), &chain, source))
        .collect();
    let passed = reports.iter().filter(|r| r.passed).count();
    Ok(SuiteReport {
        standard: plugin.info.label(),
        origin: plugin.origin.clone(),
        digest: plugin.digest.clone(),
        cases_dir,
        warnings,
        failed: reports.len() - passed,
        passed,
        cases: reports,
    })
}

/// Run the bundled cases of every bundled standard that ships some.
pub fn run_bundled(
    runtime: &Runtime,
    registry: &Registry,
) -> Result<Vec<SuiteReport>, ConformanceError> {
    let plugins = registry.plugins();
    let mut suites = Vec::new();
    for bundled in zcp_artifacts::BUNDLED_CASES {
        if bundled.cases.is_empty() {
            continue;
        }
        let origin = Origin::Bundled(bundled.package.to_owned());
        let plugin = plugins.iter().find(|p| p.origin == origin).ok_or_else(|| {
            ConformanceError::NotLoaded {
                package: bundled.package.to_owned(),
            }
        })?;
        let spec = StandardSpec {
            id: plugin.info.id.clone(),
            req: semver::VersionReq {
                comparators: vec![semver::Comparator {
                    op: semver::Op::Exact,
                    major: plugin.info.version.major,
                    minor: Some(plugin.info.version.minor),
                    patch: Some(plugin.info.version.patch),
                    pre: plugin.info.version.pre.clone(),
                }],
            },
            digest: None,
        };
        suites.push(run(runtime, registry, &spec, &Cases::Bundled)?);
    }
    if suites.is_empty() {
        return Err(ConformanceError::NoCases(
            "the bundled standards (none ships a `cases` directory)".to_owned(),
        ));
    }
    Ok(suites)
}

fn run_case(
    runtime: &Runtime,
    dictionary: &Arc<Dictionary>,
    chain: &Chain,
    source: &CaseSource,
) -> CaseReport {
    let mut report = CaseReport {
        name: source.name.clone(),
        description: None,
        derivation: None,
        passed: false,
        failures: vec![],
    };
    let case = match source
        .read_case()
        .and_then(|text| Case::parse(&text, &source.path(CASE_FILE)))
    {
        Ok(case) => case,
        Err(message) => {
            report.failures.push(Failure::case(message));
            return report;
        }
    };
    report.description = Some(case.description.clone());
    report.derivation = Some(case.derivation.clone());
    report.failures = failures(runtime, dictionary, chain, source, &case);
    report.passed = report.failures.is_empty();
    report
}

fn failures(
    runtime: &Runtime,
    dictionary: &Arc<Dictionary>,
    chain: &Chain,
    source: &CaseSource,
    case: &Case,
) -> Vec<Failure> {
    let lines = |lines: Vec<String>| lines.into_iter().map(Failure::case).collect();
    let park = match source.park_name(case) {
        Ok(name) => match source.load_park(&name, dictionary) {
            Ok(park) => park,
            Err(errors) => return lines(errors),
        },
        Err(message) => return vec![Failure::case(message)],
    };
    // The case's parameters are for the version under test, not its bases.
    let version = StandardSpec::exact(&chain.standard.info.id, &chain.standard.info.version);
    let parameters: Vec<ParamArg> = case
        .parameters
        .iter()
        .map(|(name, value)| ParamArg {
            standard: version.id.clone(),
            req: Some(version.req.clone()),
            name: name.clone(),
            value: value.clone(),
        })
        .collect();
    let chains = slice::from_ref(chain);
    let assigned = match chain::assign_parameters(chains, &parameters) {
        Ok(assigned) => assigned,
        Err(message) => {
            let path = source.path(CASE_FILE);
            return vec![Failure::case(format!("`{}`: {message}", path.display()))];
        }
    };
    let section = evaluate::evaluate_loaded(runtime, Arc::new(park), case.year, &assigned, chains);
    if !section.errors.is_empty() {
        return lines(section.errors);
    }
    match section.runs.first() {
        Some(run) => check::check(&case.expect, run),
        None => vec![Failure::case("the standard was not run".to_owned())],
    }
}
