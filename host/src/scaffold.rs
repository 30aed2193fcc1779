//! `zcp new`: a standalone standard crate, ready to build, test and run.
//!
//! The crate is its own workspace and depends on the SDK as the user says
//! (a path, a git repository, or a crates.io version), never through this
//! repository's workspace. It holds a sample standard (a core indicator and
//! a guiding one on a data key it defines), native tests, and one
//! conformance case with its park file.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::registry::StandardSpec;

/// Where the scaffold's SDK dependency comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SdkSource {
    /// A directory holding the SDK crate.
    Path(PathBuf),
    /// A git repository (the SDK crate is found in it by name).
    Git(String),
    /// A version requirement on crates.io.
    Version(String),
}

impl SdkSource {
    /// `PATH`, `GIT` (a URL, or anything ending in `.git`) or `VERSION`
    /// (`0.1`, `=0.1.0`), in that order: an existing directory is a path.
    pub fn parse(given: &str) -> Result<SdkSource, String> {
        let path = Path::new(given);
        if path.is_dir() {
            let absolute = path
                .canonicalize()
                .map_err(|e| format!("cannot read `{given}`: {e}"))?;
            return Ok(SdkSource::Path(absolute));
        }
        if ["https://", "http://", "ssh://", "git@", "file://"]
            .iter()
            .any(|p| given.starts_with(p))
            || given.ends_with(".git")
        {
            return Ok(SdkSource::Git(given.to_owned()));
        }
        if semver::VersionReq::parse(given).is_ok() {
            return Ok(SdkSource::Version(given.to_owned()));
        }
        Err(format!(
            "`--sdk {given}` is neither a directory, a git URL nor a version requirement"
        ))
    }

    /// The SDK this `zcp` was built with, when its checkout is still there;
    /// otherwise the crates.io release of the same version.
    pub fn default_for_this_build() -> SdkSource {
        let checkout = Path::new(env!("CARGO_MANIFEST_DIR")).join("../plugins/sdk");
        match checkout.join("Cargo.toml").is_file() {
            true => SdkSource::Path(checkout.canonicalize().unwrap_or(checkout)),
            false => SdkSource::Version(env!("CARGO_PKG_VERSION").to_owned()),
        }
    }

    /// The dependency's value in `Cargo.toml`.
    fn manifest_value(&self) -> String {
        match self {
            SdkSource::Path(path) => {
                format!("{{ path = {} }}", toml_string(&path.display().to_string()))
            }
            SdkSource::Git(url) => format!("{{ git = {} }}", toml_string(url)),
            SdkSource::Version(req) => toml_string(req),
        }
    }
}

impl fmt::Display for SdkSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SdkSource::Path(path) => write!(f, "path `{}`", path.display()),
            SdkSource::Git(url) => write!(f, "git `{url}`"),
            SdkSource::Version(req) => write!(f, "crates.io `{req}`"),
        }
    }
}

/// What to scaffold.
#[derive(Debug, Clone)]
pub struct NewStandard {
    /// Standard id and crate name: lowercase letters, digits and `-`.
    pub name: String,
    /// The base standard, when it extends one.
    pub extends: Option<StandardSpec>,
    /// ISO 3166-2 code.
    pub jurisdiction: String,
    /// The SDK dependency.
    pub sdk: SdkSource,
}

/// Why a scaffold was not written.
#[derive(Debug, thiserror::Error)]
pub enum ScaffoldError {
    /// The name cannot be a standard id and a crate name.
    #[error(
        "`{0}` cannot name a standard: use lowercase letters, digits and `-`, starting with a letter (e.g. `cn-hn-zcp`)"
    )]
    Name(String),
    /// Not an ISO 3166-2 code.
    #[error("`{0}` is not an ISO 3166-2 code such as `CN` or `CN-HN`")]
    Jurisdiction(String),
    /// The directory exists and is not empty.
    #[error("`{}` already exists and is not empty: choose another name or directory", .0.display())]
    Exists(PathBuf),
    /// Writing failed.
    #[error("cannot write `{}`: {source}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// The io error.
        source: std::io::Error,
    },
}

const CARGO_TOML: &str = include_str!("../templates/new/Cargo.toml.tmpl");
const GITIGNORE: &str = include_str!("../templates/new/gitignore.tmpl");
const README: &str = include_str!("../templates/new/README.md.tmpl");
const LIB_EXTENDS: &str = include_str!("../templates/new/lib_extends.rs.tmpl");
const TESTS_EXTENDS: &str = include_str!("../templates/new/tests_extends.rs.tmpl");
const LIB_STANDALONE: &str = include_str!("../templates/new/lib_standalone.rs.tmpl");
const TESTS_STANDALONE: &str = include_str!("../templates/new/tests_standalone.rs.tmpl");
const CASE: &str = include_str!("../templates/new/case.toml.tmpl");
const PARK: &str = include_str!("../templates/new/park.toml.tmpl");

/// The conformance case the scaffold ships.
pub const CASE_NAME: &str = "green-park";

impl NewStandard {
    /// Write the crate into `dir` (created; it must not hold anything yet).
    /// Returns the files written, relative to `dir`.
    pub fn write(&self, dir: &Path) -> Result<Vec<PathBuf>, ScaffoldError> {
        if !is_name(&self.name) {
            return Err(ScaffoldError::Name(self.name.clone()));
        }
        if !is_jurisdiction(&self.jurisdiction) {
            return Err(ScaffoldError::Jurisdiction(self.jurisdiction.clone()));
        }
        if dir
            .read_dir()
            .is_ok_and(|mut entries| entries.next().is_some())
        {
            return Err(ScaffoldError::Exists(dir.to_owned()));
        }
        let files = self.files();
        for (relative, contents) in &files {
            let path = dir.join(relative);
            let write = |path: &Path| {
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent)?;
                }
                std::fs::write(path, contents)
            };
            write(&path).map_err(|source| ScaffoldError::Write {
                path: path.clone(),
                source,
            })?;
        }
        Ok(files.into_iter().map(|(relative, _)| relative).collect())
    }

    /// Every file of the crate, rendered.
    fn files(&self) -> Vec<(PathBuf, String)> {
        let (lib, tests, derivation, core_expect) = match &self.extends {
            // The expected core value is the national standard's on this park.
            Some(base) if base.id == "cn-zcp" => (
                LIB_EXTENDS,
                TESTS_EXTENDS,
                "The base evaluates first; on this park (the Ordos-like example) its core value is \
                 10,811 tCO2 ÷ 344,150 tce = 0.031413 tCO2/tce ≤ 0.10, the local threshold: pass. \
                 Renewable investment 0.15 × 10^8 CNY = 1,500 × 10^4 CNY ≥ 1,000: pass. The base's \
                 eligibility conditions all hold: qualified.",
                "\n[expect.indicators.\"core.carbon-per-energy\"]\nvalue = 0.0314134\ntolerance = 1e-5\noutcome = \"pass\"\n",
            ),
            Some(_) => (
                LIB_EXTENDS,
                TESTS_EXTENDS,
                "The base evaluates first and must qualify this park with a core value of at most \
                 0.10 tCO2/tce (check it against your base). Renewable investment 0.15 × 10^8 CNY = \
                 1,500 × 10^4 CNY ≥ 1,000: pass.",
                "",
            ),
            None => (
                LIB_STANDALONE,
                TESTS_STANDALONE,
                "Green share (225,000 + 900,000) ÷ (225,000 + 900,000) MWh = 100 % ≥ 60 %: pass. \
                 Renewable investment 0.15 × 10^8 CNY = 1,500 × 10^4 CNY ≥ 1,000: pass: qualified.",
                "\n[expect.indicators.\"core.green-electricity-share\"]\nvalue = 100\noutcome = \"pass\"\n",
            ),
        };
        let case_dir = PathBuf::from("cases").join(CASE_NAME);
        vec![
            (PathBuf::from("Cargo.toml"), self.render(CARGO_TOML)),
            (PathBuf::from(".gitignore"), GITIGNORE.to_owned()),
            (PathBuf::from("README.md"), self.render(README)),
            (PathBuf::from("src/lib.rs"), self.render(lib)),
            (PathBuf::from("src/tests.rs"), self.render(tests)),
            (
                case_dir.join("case.toml"),
                self.render(CASE)
                    .replace("{{derivation}}", derivation)
                    .replace("{{core_expect}}", core_expect),
            ),
            (case_dir.join("park.toml"), self.render(PARK)),
        ]
    }

    fn render(&self, template: &str) -> String {
        let extends = self.extends.as_ref().map(ToString::to_string);
        let type_name = type_name(&self.name);
        template
            .replace(
                "{{fake_park}}",
                &format!("FakePark::for_standard(2025, &{type_name}::describe())"),
            )
            .replace("{{type}}", &type_name)
            .replace("{{name}}", &self.name)
            .replace("{{sdk}}", &self.sdk.manifest_value())
            .replace("{{jurisdiction}}", &self.jurisdiction)
            .replace("{{extends}}", extends.as_deref().unwrap_or_default())
            .replace(
                "{{extends_note}}",
                &extends
                    .map(|e| format!(" extending `{e}`"))
                    .unwrap_or_default(),
            )
            .replace(
                "{{title_en}}",
                &format!("{} zero-carbon park criteria (draft)", self.name),
            )
    }
}

/// `cn-xx-demo` → `CnXxDemo`.
fn type_name(name: &str) -> String {
    name.split('-')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

fn is_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && !name.ends_with('-')
        && !name.contains("--")
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn is_jurisdiction(code: &str) -> bool {
    let (country, subdivision) = code
        .split_once('-')
        .map_or((code, None), |(c, s)| (c, Some(s)));
    country.len() == 2
        && country.bytes().all(|b| b.is_ascii_uppercase())
        && subdivision.is_none_or(|s| {
            (1..=3).contains(&s.len())
                && s.bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        })
}

/// A TOML basic string.
fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_types_and_sdk_sources() {
        assert_eq!(type_name("cn-xx-demo"), "CnXxDemo");
        assert!(is_name("cn-hn-zcp") && !is_name("Cn") && !is_name("9a") && !is_name("a--b"));
        assert!(is_jurisdiction("CN-HN") && !is_jurisdiction("cn") && !is_jurisdiction("CN-HUNAN"));
        assert_eq!(
            SdkSource::parse("https://github.com/zcp-dev/zcp").unwrap(),
            SdkSource::Git("https://github.com/zcp-dev/zcp".into())
        );
        assert_eq!(
            SdkSource::parse("0.1").unwrap(),
            SdkSource::Version("0.1".into())
        );
        assert!(SdkSource::parse("no such place").is_err());
        assert_eq!(SdkSource::Version("0.1".into()).manifest_value(), "\"0.1\"");
        assert_eq!(
            SdkSource::Path("/a \"b\"".into()).manifest_value(),
            "{ path = '/a \"b\"' }"
        );
    }

    #[test]
    fn every_placeholder_is_filled() {
        for extends in [None, Some("cn-zcp@^1".parse().unwrap())] {
            let new = NewStandard {
                name: "cn-xx-demo".into(),
                extends,
                jurisdiction: "CN-XX".into(),
                sdk: SdkSource::Version("0.1".into()),
            };
            for (path, text) in new.files() {
                assert!(
                    !text.contains("{{"),
                    "{} keeps a placeholder",
                    path.display()
                );
            }
        }
    }
}
