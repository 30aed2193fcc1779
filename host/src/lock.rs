//! A lockfile: the exact standards of a run (bases included), by digest,
//! written by `zcp evaluate --write-lock FILE` and replayed by
//! `zcp evaluate --lock FILE`, which asks for each standard by its locked
//! digest and refuses a run that used anything the lock does not pin.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::record::Report;
use crate::registry::StandardSpec;
use crate::trust::Publisher;

/// The `format` of lockfiles this host writes and reads.
pub const LOCK_FORMAT: &str = "zcp-lock-1";

/// The standards of a run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lock {
    format: String,
    #[serde(rename = "standard", default)]
    standards: Vec<Locked>,
}

/// One standard, pinned.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Locked {
    /// Standard id.
    pub id: String,
    /// Its version.
    pub version: semver::Version,
    /// SHA-256 of the plugin, lowercase hex.
    pub digest: String,
    /// Who vouched for it when it was locked (for the reader).
    pub publisher: String,
}

impl Lock {
    /// The standards `report` used, bases included.
    pub fn of(report: &Report) -> Lock {
        let standards = report
            .standards
            .iter()
            .map(|s| {
                let (id, version) = s.label.split_once('@').unwrap_or((&s.label, "0.0.0"));
                Locked {
                    id: id.to_owned(),
                    version: version.parse().unwrap_or(semver::Version::new(0, 0, 0)),
                    digest: s.digest.clone(),
                    publisher: match &s.publisher {
                        Publisher::Bundled => "bundled".to_owned(),
                        Publisher::Signed { name, key_id } => format!("{name} ({key_id})"),
                        Publisher::Unsigned => "unsigned".to_owned(),
                    },
                }
            })
            .collect();
        Lock {
            format: LOCK_FORMAT.to_owned(),
            standards,
        }
    }

    /// As a TOML file.
    pub fn to_toml(&self) -> String {
        let body = toml::to_string(self).unwrap_or_default();
        format!(
            "# The standards of a zcp run, by digest: `zcp evaluate --lock FILE` replays them.\n{body}"
        )
    }

    /// Read a lockfile.
    pub fn load(path: &Path) -> Result<Lock, String> {
        let shown = path.display();
        let text =
            std::fs::read_to_string(path).map_err(|e| format!("cannot read `{shown}`: {e}"))?;
        let lock: Lock = toml::from_str(&text)
            .map_err(|e| format!("`{shown}` is not a lockfile: {}", e.message()))?;
        if lock.format != LOCK_FORMAT {
            return Err(format!(
                "`{shown}` has format `{}`, expected `{LOCK_FORMAT}`",
                lock.format
            ));
        }
        Ok(lock)
    }

    /// `spec` pinned to the digest of the highest locked version it matches.
    pub fn pin(&self, spec: &StandardSpec) -> Result<StandardSpec, String> {
        self.standards
            .iter()
            .filter(|l| l.id == spec.id)
            .filter(|l| match &spec.digest {
                // A digest names one plugin, a pre-release as well as a release.
                Some(d) => l.digest.starts_with(d.as_str()),
                None => spec.req.matches(&l.version),
            })
            .max_by(|a, b| a.version.cmp(&b.version))
            .map(|l| StandardSpec {
                id: l.id.clone(),
                req: semver::VersionReq::STAR,
                digest: Some(l.digest.clone()),
            })
            .ok_or_else(|| format!("`{spec}` is not in the lock (locked: {})", self.labels()))
    }

    /// Every standard `report` used is one the lock pins, with its digest.
    pub fn check(&self, report: &Report) -> Result<(), String> {
        let unpinned: Vec<String> = report
            .standards
            .iter()
            .filter(|s| {
                !self
                    .standards
                    .iter()
                    .any(|l| format!("{}@{}", l.id, l.version) == s.label && l.digest == s.digest)
            })
            .map(|s| {
                format!(
                    "`{}` (sha256 {})",
                    s.label,
                    &s.digest[..s.digest.len().min(12)]
                )
            })
            .collect();
        if unpinned.is_empty() {
            return Ok(());
        }
        Err(format!(
            "the run used {}, which the lock does not pin (locked: {})",
            unpinned.join(", "),
            self.labels()
        ))
    }

    fn labels(&self) -> String {
        self.standards
            .iter()
            .map(|l| {
                format!(
                    "`{}@{}` (sha256 {})",
                    l.id,
                    l.version,
                    &l.digest[..l.digest.len().min(12)]
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}
