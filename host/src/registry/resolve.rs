//! Choosing the version a request gets: the highest that matches (and is
//! in force on the day asked for), refused when withdrawn, warned about
//! when superseded.

use std::sync::Arc;

use jiff::civil::Date;
use semver::VersionReq;

use super::{Registry, StandardSpec};
use crate::model::Status;
use crate::runtime::Plugin;

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
    /// No version that matches is in force on the date asked for.
    #[error("no version of `{asked}` is in force on {date}: {versions}{}", if *.undated { "; a version without an effective date is in force on no date (leave out `--as-of` to use it)" } else { "" })]
    NotInForce {
        /// What was asked for: `id`, `id@req` or `id@sha256:…`.
        asked: String,
        /// The date (`--as-of`).
        date: Date,
        /// The versions that match, with their effective dates, oldest first.
        versions: String,
        /// Some of them declare no effective date.
        undated: bool,
    },
    /// The highest version that matches (in force on the date asked for)
    /// is withdrawn: refused, never passed over for a lower one.
    #[error("`{label}` is withdrawn and cannot be used{}", before(.instead))]
    Withdrawn {
        /// id@version.
        label: String,
        /// The highest usable version below it, as an exact request.
        instead: Option<String>,
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

/// The advice of a withdrawn error: the version below it, asked for exactly.
fn before(instead: &Option<String>) -> String {
    instead
        .as_ref()
        .map(|spec| {
            format!("; to use an earlier version, ask for it exactly (the latest usable: `{spec}`)")
        })
        .unwrap_or_default()
}

/// A resolved standard, with what the user should know about the choice.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// The plugin.
    pub plugin: Arc<Plugin>,
    /// The version is superseded and was not asked for exactly; a higher
    /// version was left out by `--as-of` for declaring no effective date.
    pub warnings: Vec<String>,
}

impl Registry {
    /// Why each plugin that failed to load failed.
    fn failures(&self) -> Vec<String> {
        self.errors.iter().map(ToString::to_string).collect()
    }

    /// The highest version matching `spec` (pre-releases only when the
    /// requirement names one, as semver matching does) and, given `as_of`,
    /// in force on that day: its `effective` date on or before it (a
    /// version that declares no date is in force on none). The highest is
    /// the one: a withdrawn highest is refused, never passed over for a
    /// lower version; a superseded one is warned about unless asked for
    /// exactly, as is a higher version left out for declaring no date.
    pub fn resolve(
        &self,
        spec: &StandardSpec,
        as_of: Option<Date>,
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
        let mut matching: Vec<&Arc<Plugin>> = same_id
            .iter()
            .copied()
            .filter(|p| spec.matches(p))
            .collect();
        matching.sort_by(|a, b| b.info.version.cmp(&a.info.version));
        if matching.is_empty() {
            let available: Vec<String> = same_id
                .iter()
                .map(|p| match spec.digest {
                    Some(_) => format!("{} (sha256 {})", p.info.version, &p.digest[..12]),
                    None => p.info.version.to_string(),
                })
                .collect();
            return Err(ResolveError::NoMatch {
                id: spec.id.clone(),
                req: requirement(spec),
                available: available.join(", "),
                failed: self.failures(),
            });
        }
        let in_force =
            |p: &Arc<Plugin>| as_of.is_none_or(|day| p.info.effective.is_some_and(|e| e <= day));
        let Some(position) = matching.iter().position(|p| in_force(p)) else {
            return Err(ResolveError::NotInForce {
                asked: if spec.req == VersionReq::STAR && spec.digest.is_none() {
                    spec.id.clone()
                } else {
                    spec.to_string()
                },
                date: as_of.unwrap_or_default(),
                undated: matching.iter().any(|p| p.info.effective.is_none()),
                versions: matching
                    .iter()
                    .rev()
                    .map(|p| dated(p))
                    .collect::<Vec<_>>()
                    .join(", "),
            });
        };
        let chosen = matching[position];
        if chosen.info.status == Status::Withdrawn {
            let lower = matching[position + 1..]
                .iter()
                .find(|p| in_force(p) && p.info.status != Status::Withdrawn);
            return Err(ResolveError::Withdrawn {
                label: chosen.info.label(),
                instead: lower
                    .map(|p| StandardSpec::exact(&p.info.id, &p.info.version).to_string()),
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
        let mut warnings: Vec<String> = matching[..position]
            .iter()
            .filter(|p| p.info.effective.is_none())
            .map(|p| {
                format!(
                    "`{}` declares no effective date, so `--as-of {}` leaves it out: {} is used",
                    p.info.label(),
                    as_of.map(|d| d.to_string()).unwrap_or_default(),
                    dated(chosen),
                )
            })
            .collect();
        if chosen.info.status == Status::Superseded && !spec.is_exact() {
            warnings.push(format!(
                "`{}` is superseded; ask for `{}@={}` to use it without this warning",
                chosen.info.label(),
                chosen.info.id,
                chosen.info.version
            ));
        }
        Ok(Resolved {
            plugin: Arc::clone(chosen),
            warnings,
        })
    }
}

/// What `spec` asks for, in a message: its requirement or its digest.
fn requirement(spec: &StandardSpec) -> String {
    match &spec.digest {
        Some(digest) => format!("sha256:{digest}"),
        None => spec.req.to_string(),
    }
}

/// `` `id@version` (effective DATE) ``, or `(no effective date)`, and
/// `withdrawn` when it is.
fn dated(plugin: &Plugin) -> String {
    let withdrawn = if plugin.info.status == Status::Withdrawn {
        ", withdrawn"
    } else {
        ""
    };
    match plugin.info.effective {
        Some(date) => format!("`{}` (effective {date}{withdrawn})", plugin.info.label()),
        None => format!("`{}` (no effective date{withdrawn})", plugin.info.label()),
    }
}

fn join_or_none(items: &[&str]) -> String {
    if items.is_empty() {
        "none".to_owned()
    } else {
        items.join(", ")
    }
}
