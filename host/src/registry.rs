//! Loading standards (bundled and from directories) and resolving
//! `id@semver-req` to one version.

use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;

use semver::VersionReq;
use zcp_park::Dictionary;

use crate::model::Status;
use crate::runtime::{Origin, Plugin, PluginError, Runtime, sha256_hex};
use crate::trust::Trust;
use crate::validate::{self, Foreign};

/// Environment variable naming extra standards directories (`:`-separated).
pub const STANDARDS_PATH_ENV: &str = "ZCP_STANDARDS_PATH";

/// A request for a standard: `cn-zcp`, `cn-zcp@1`, `cn-zcp@=1.0.0`,
/// `cn-zcp@^2.0.0-draft`, or one exact plugin by digest,
/// `cn-zcp@sha256:55f539a1c077` (12 to 64 hex digits).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StandardSpec {
    /// Standard id.
    pub id: String,
    /// Version requirement (`*` when none was given, or a digest).
    pub req: VersionReq,
    /// The plugin's SHA-256, or its first hex digits, when asked by digest.
    pub digest: Option<String>,
}

/// Fewest hex digits a digest request may give.
const MIN_DIGEST_PREFIX: usize = 12;

impl StandardSpec {
    /// Exactly this version of `id` (`id@=version`).
    pub fn exact(id: &str, version: &semver::Version) -> StandardSpec {
        StandardSpec {
            id: id.to_owned(),
            req: VersionReq {
                comparators: vec![semver::Comparator {
                    op: semver::Op::Exact,
                    major: version.major,
                    minor: Some(version.minor),
                    patch: Some(version.patch),
                    pre: version.pre.clone(),
                }],
            },
            digest: None,
        }
    }

    /// Whether it names one exact version (`=1.0.0`) or one plugin (a digest).
    pub fn is_exact(&self) -> bool {
        self.digest.is_some()
            || (self.req.comparators.len() == 1
                && self.req.comparators[0].op == semver::Op::Exact
                && self.req.comparators[0].minor.is_some()
                && self.req.comparators[0].patch.is_some())
    }

    /// Whether `plugin` is what it asks for (version, and digest if given).
    fn matches(&self, plugin: &Plugin) -> bool {
        self.req.matches(&plugin.info.version)
            && self
                .digest
                .as_ref()
                .is_none_or(|d| plugin.digest.starts_with(d.as_str()))
    }
}

impl FromStr for StandardSpec {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (id, req) = s.split_once('@').unwrap_or((s, "*"));
        if id.is_empty() {
            return Err(format!(
                "`{s}` names no standard id (write `ID@VERSION-REQ`, e.g. `cn-zcp@1`)"
            ));
        }
        if let Some(digest) = req.strip_prefix("sha256:") {
            let hex = digest
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
            if !hex || !(MIN_DIGEST_PREFIX..=64).contains(&digest.len()) {
                return Err(format!(
                    "`{req}` in `{s}` is not a digest: write `sha256:` and {MIN_DIGEST_PREFIX} to 64 lowercase hex digits"
                ));
            }
            return Ok(StandardSpec {
                id: id.to_owned(),
                req: VersionReq::STAR,
                digest: Some(digest.to_owned()),
            });
        }
        let req = VersionReq::parse(req)
            .map_err(|e| format!("`{req}` in `{s}` is not a version requirement: {e}"))?;
        Ok(StandardSpec {
            id: id.to_owned(),
            req,
            digest: None,
        })
    }
}

impl fmt::Display for StandardSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.digest {
            Some(digest) => write!(f, "{}@sha256:{digest}", self.id),
            None => write!(f, "{}@{}", self.id, self.req),
        }
    }
}

/// Why a spec did not resolve.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ResolveError {
    /// No standard has that id.
    #[error("no standard `{id}` is loaded (loaded: {known}){}", failures(.failed))]
    UnknownId {
        /// The id asked for.
        id: String,
        /// Ids that are loaded.
        known: String,
        /// Why each plugin that failed to load failed: one of them may be
        /// the standard asked for.
        failed: Vec<String>,
    },
    /// No version matches.
    #[error("no version of `{id}` matches `{req}` (available: {available}){}", failures(.failed))]
    NoMatch {
        /// Id.
        id: String,
        /// Requirement.
        req: String,
        /// Versions loaded.
        available: String,
        /// Why each plugin that failed to load failed.
        failed: Vec<String>,
    },
    /// The chosen version is withdrawn.
    #[error("`{label}` is withdrawn and cannot be used")]
    Withdrawn {
        /// id@version.
        label: String,
    },
    /// Two different plugins claim one id@version.
    #[error(
        "two different plugins claim `{label}`: {first} (sha256 {first_digest:.12}) and {second} (sha256 {second_digest:.12})"
    )]
    Conflict {
        /// id@version.
        label: String,
        /// One origin.
        first: String,
        /// Its digest.
        first_digest: String,
        /// The other.
        second: String,
        /// Its digest.
        second_digest: String,
    },
}

/// The plugins that failed to load, for an error that may be about one of
/// them: a standard that is missing because it failed says why.
fn failures(failed: &[String]) -> String {
    match failed {
        [] => String::new(),
        [one] => format!("; a plugin failed to load and may be the one asked for: {one}"),
        many => format!(
            "; {} plugins failed to load, one of them may be the one asked for: {}",
            many.len(),
            many.join("; ")
        ),
    }
}

/// Read, admit (signature), compile and confirm (signer's scope) one
/// plugin file, as [`Registry::load`] does for each file of a directory.
pub fn load_file(runtime: &Runtime, trust: &Trust, path: PathBuf) -> Result<Plugin, PluginError> {
    let bytes = std::fs::read(&path).map_err(|source| PluginError::Read {
        path: path.clone(),
        source,
    })?;
    let digest = sha256_hex(&bytes);
    let admission = trust.admit(&path, &digest)?;
    let mut plugin = runtime.load_digested(&bytes, digest, Origin::File(path))?;
    plugin.publisher = admission.confirm(&plugin.info, &plugin.origin)?;
    Ok(plugin)
}

/// A resolved standard, with a warning when it is superseded.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// The plugin.
    pub plugin: Arc<Plugin>,
    /// Set when the version is superseded and was not asked for exactly.
    pub warning: Option<String>,
}

/// Every standard loaded for this run, and the run's data dictionary.
#[derive(Debug)]
pub struct Registry {
    plugins: Vec<Arc<Plugin>>,
    /// The shared dictionary plus the keys the loaded standards define.
    dictionary: Arc<Dictionary>,
    /// Plugins that failed to load: reported, never fatal for the others.
    pub errors: Vec<PluginError>,
}

/// Plugins loaded one by one, before the run's dictionary is built.
#[derive(Default)]
struct Loading {
    plugins: Vec<Plugin>,
    errors: Vec<PluginError>,
}

impl Loading {
    fn add(&mut self, loaded: Result<Plugin, PluginError>) {
        match loaded {
            // The same bytes twice (a bundled standard also in a directory) are one plugin.
            Ok(plugin) if self.plugins.iter().any(|p| p.digest == plugin.digest) => {}
            Ok(plugin) => self.plugins.push(plugin),
            Err(e) => self.errors.push(e),
        }
    }
}

impl Registry {
    /// Load the bundled standards and every `*.wasm` in `dirs` (sorted by
    /// name) that `trust` lets run: its signature checked before it is
    /// compiled, its signer's scope once it has described itself.
    pub fn load(runtime: &Runtime, dirs: &[PathBuf], trust: &Trust) -> Registry {
        let mut registry = Loading::default();
        for bundled in zcp_artifacts::BUNDLED_STANDARDS {
            if sha256_hex(bundled.bytes) != bundled.sha256 {
                registry.errors.push(PluginError::Invalid {
                    origin: Origin::Bundled(bundled.package.to_owned()),
                    message: "its digest differs from the one pinned at build time".to_owned(),
                });
                continue;
            }
            registry.add(runtime.load(bundled.bytes, Origin::Bundled(bundled.package.to_owned())));
        }
        for dir in dirs {
            match wasm_files(dir) {
                Ok(files) => {
                    for path in files {
                        registry.add(load_file(runtime, trust, path));
                    }
                }
                Err(source) => registry.errors.push(PluginError::Read {
                    path: dir.clone(),
                    source,
                }),
            }
        }
        Registry::from_loaded(registry.plugins, registry.errors)
    }

    /// Build the run's dictionary from the shared one and the keys each
    /// plugin defines, in load order: a plugin whose definitions clash with
    /// the dictionary or with a plugin before it is refused, as is one that
    /// requires keys of a standard that is not loaded. Every other plugin's
    /// requirements are then resolved against the run's dictionary.
    fn from_loaded(plugins: Vec<Plugin>, mut errors: Vec<PluginError>) -> Registry {
        let mut dictionary = match Dictionary::bundled() {
            Ok(shared) => shared.clone(),
            Err(e) => {
                errors.extend(plugins.into_iter().map(|p| PluginError::Invalid {
                    origin: p.origin,
                    message: e.to_string(),
                }));
                return Registry {
                    plugins: vec![],
                    dictionary: Arc::new(Dictionary::empty()),
                    errors,
                };
            }
        };
        // A bundled standard's id is zcp's own: a directory cannot replace it
        // nor offer a "newer" version that would win `id@REQ`.
        let bundled: Vec<String> = plugins
            .iter()
            .filter(|p| matches!(p.origin, Origin::Bundled(_)))
            .map(|p| p.info.id.clone())
            .collect();
        let (plugins, stolen): (Vec<Plugin>, Vec<Plugin>) = plugins
            .into_iter()
            .partition(|p| matches!(p.origin, Origin::Bundled(_)) || !bundled.contains(&p.info.id));
        errors.extend(stolen.into_iter().map(|p| PluginError::BundledId {
            label: p.info.label(),
            id: p.info.id.clone(),
            origin: p.origin,
        }));
        let mut defined = Vec::new();
        for plugin in plugins {
            let added = validate::key_defs(&plugin.info).and_then(|defs| {
                dictionary
                    .add_standard(&plugin.info.id, &plugin.info.label(), defs)
                    .map_err(|e| e.to_string())
            });
            match added {
                Ok(()) => defined.push(plugin),
                Err(message) => errors.push(PluginError::Invalid {
                    origin: plugin.origin,
                    message,
                }),
            }
        }
        let mut accepted = Vec::new();
        for mut plugin in defined {
            match validate::requirements(&plugin.info, &dictionary, Foreign::Check) {
                Ok(()) => {
                    plugin.bind_keys(&dictionary);
                    accepted.push(Arc::new(plugin));
                }
                Err(message) => errors.push(PluginError::Invalid {
                    origin: plugin.origin,
                    message,
                }),
            }
        }
        Registry {
            plugins: accepted,
            dictionary: Arc::new(dictionary),
            errors,
        }
    }

    /// The run's data dictionary: the shared one and the keys the loaded
    /// standards define. Park files of this run are read with it.
    pub fn dictionary(&self) -> &Arc<Dictionary> {
        &self.dictionary
    }

    /// Every loaded plugin, by id then version.
    pub fn plugins(&self) -> Vec<Arc<Plugin>> {
        let mut plugins = self.plugins.clone();
        plugins.sort_by(|a, b| (&a.info.id, &a.info.version).cmp(&(&b.info.id, &b.info.version)));
        plugins
    }

    /// Why each plugin that failed to load failed.
    fn failures(&self) -> Vec<String> {
        self.errors.iter().map(ToString::to_string).collect()
    }

    /// The highest version matching `spec` (pre-releases only when the
    /// requirement names one, as semver matching does), in force on `as_of`
    /// (ISO date) when given. Withdrawn versions are refused; superseded ones
    /// warned about unless asked for exactly.
    pub fn resolve(
        &self,
        spec: &StandardSpec,
        as_of: Option<&str>,
    ) -> Result<Resolved, ResolveError> {
        let same_id: Vec<&Arc<Plugin>> = self
            .plugins
            .iter()
            .filter(|p| p.info.id == spec.id)
            .collect();
        if same_id.is_empty() {
            let mut known: Vec<&str> = self.plugins.iter().map(|p| p.info.id.as_str()).collect();
            known.dedup();
            return Err(ResolveError::UnknownId {
                id: spec.id.clone(),
                known: join_or_none(&known),
                failed: self.failures(),
            });
        }
        let mut candidates: Vec<&Arc<Plugin>> = same_id
            .iter()
            .copied()
            .filter(|p| spec.matches(p))
            .filter(|p| {
                as_of.is_none_or(|date| p.info.effective.as_deref().is_some_and(|e| e <= date))
            })
            .collect();
        candidates.sort_by(|a, b| b.info.version.cmp(&a.info.version));
        let usable = candidates
            .iter()
            .find(|p| p.info.status != Status::Withdrawn || spec.is_exact());
        let Some(chosen) = usable else {
            if let Some(withdrawn) = candidates.first() {
                return Err(ResolveError::Withdrawn {
                    label: withdrawn.info.label(),
                });
            }
            let available: Vec<String> = same_id
                .iter()
                .map(|p| match spec.digest {
                    Some(_) => format!("{} (sha256 {})", p.info.version, &p.digest[..12]),
                    None => p.info.version.to_string(),
                })
                .collect();
            let req = match (&spec.digest, as_of) {
                (Some(digest), _) => format!("sha256:{digest}"),
                (None, Some(date)) => format!("{} in force on {date}", spec.req),
                (None, None) => spec.req.to_string(),
            };
            return Err(ResolveError::NoMatch {
                id: spec.id.clone(),
                req,
                available: available.join(", "),
                failed: self.failures(),
            });
        };
        if chosen.info.status == Status::Withdrawn {
            return Err(ResolveError::Withdrawn {
                label: chosen.info.label(),
            });
        }
        if let Some(other) = same_id
            .iter()
            .find(|p| p.info.version == chosen.info.version && p.digest != chosen.digest)
        {
            return Err(ResolveError::Conflict {
                label: chosen.info.label(),
                first: chosen.origin.to_string(),
                first_digest: chosen.digest.clone(),
                second: other.origin.to_string(),
                second_digest: other.digest.clone(),
            });
        }
        let warning = (chosen.info.status == Status::Superseded && !spec.is_exact()).then(|| {
            format!(
                "`{}` is superseded; ask for `{}@={}` to use it without this warning",
                chosen.info.label(),
                chosen.info.id,
                chosen.info.version
            )
        });
        Ok(Resolved {
            plugin: Arc::clone(chosen),
            warning,
        })
    }
}

fn join_or_none(items: &[&str]) -> String {
    if items.is_empty() {
        "none".to_owned()
    } else {
        items.join(", ")
    }
}

/// The `*.wasm` files directly in `dir`, sorted.
fn wasm_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|ext| ext == "wasm") && p.is_file())
        .collect();
    files.sort();
    Ok(files)
}

/// Directories from the environment variable, in order.
pub fn dirs_from_env() -> Vec<PathBuf> {
    std::env::var_os(STANDARDS_PATH_ENV)
        .map(|v| {
            std::env::split_paths(&v)
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn an_exact_spec_matches_its_version_only_pre_release_included() {
        let draft = semver::Version::parse("2.0.0-draft.1").unwrap();
        let spec = StandardSpec::exact("cn-zcp", &draft);
        assert!(spec.is_exact());
        assert_eq!(spec.to_string(), "cn-zcp@=2.0.0-draft.1");
        assert!(spec.req.matches(&draft));
        assert!(!spec.req.matches(&semver::Version::parse("2.0.0").unwrap()));
        assert!(
            !spec
                .req
                .matches(&semver::Version::parse("2.0.0-draft.2").unwrap())
        );
        let release = StandardSpec::exact("cn-zcp", &semver::Version::new(1, 0, 0));
        assert!(!release.req.matches(&semver::Version::new(1, 0, 1)));
    }

    #[test]
    fn parses_specs_with_and_without_requirements() {
        let spec: StandardSpec = "cn-zcp@1".parse().unwrap();
        assert_eq!(spec.id, "cn-zcp");
        assert!(spec.req.matches(&semver::Version::new(1, 4, 0)));
        assert!(!spec.req.matches(&semver::Version::parse("2.0.0").unwrap()));
        assert!(
            !spec
                .req
                .matches(&semver::Version::parse("1.1.0-draft.1").unwrap())
        );
        assert!(!spec.is_exact());
        assert!("cn-zcp@=1.0.0".parse::<StandardSpec>().unwrap().is_exact());
        assert_eq!(
            "cn-zcp".parse::<StandardSpec>().unwrap().req,
            VersionReq::STAR
        );
        assert!("@1".parse::<StandardSpec>().is_err());
        let err = "cn-zcp@one".parse::<StandardSpec>().unwrap_err();
        assert!(
            err.starts_with("`one` in `cn-zcp@one` is not a version requirement"),
            "{err}"
        );
    }
}
