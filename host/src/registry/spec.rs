//! A request for a standard: `id`, `id@semver-req`, or one plugin by digest.

use std::fmt;
use std::str::FromStr;

use semver::VersionReq;

use crate::runtime::Plugin;

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

    /// Whether `plugin` is what it asks for: its digest when one is given
    /// (whatever the version, a pre-release included), else its version.
    pub(super) fn matches(&self, plugin: &Plugin) -> bool {
        match &self.digest {
            Some(digest) => plugin.digest.starts_with(digest.as_str()),
            None => self.req.matches(&plugin.info.version),
        }
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
