//! The trust store: which publisher keys an evaluator accepts, for which
//! standard ids and jurisdictions, until when; and which keys are revoked.

use std::collections::HashMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::Deserialize;

use crate::document::{self, is_key_id, parse_date};
use crate::error::{Error, shown};
use crate::keys::PublicKey;
use crate::refusal::{OutOfScope, Refusal};
use crate::signature::Signature;

/// The `format` of a trust store file.
pub const TRUST_FORMAT: &str = "zcp-trust-1";

/// The environment variable naming the trust store file, overriding the
/// default under the user's configuration directory.
pub const TRUST_STORE_ENV: &str = "ZCP_TRUST_STORE";

/// The publishers an evaluator trusts, and the keys it refuses.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustStore {
    publishers: Vec<Publisher>,
    revoked: Vec<Revocation>,
}

/// A trusted publisher: its key and what it may sign.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Publisher {
    /// Who it is, as the trust store names it.
    pub name: String,
    /// Its public key.
    pub key: PublicKey,
    /// The key's id, derived from it.
    pub key_id: String,
    /// Standard id patterns: an exact id, or a prefix ending in `*`.
    pub ids: Vec<String>,
    /// Jurisdiction patterns: an exact ISO 3166-2 code, or a prefix ending
    /// in `*` (`CN-*`: any subdivision of China; `*`: anywhere).
    pub jurisdictions: Vec<String>,
    /// The last day its signatures are accepted, if limited.
    pub expires: Option<Date>,
}

/// A key no longer trusted.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Revocation {
    /// The key.
    pub key_id: String,
    /// When it was revoked. For the record only: a signature carries no
    /// trustworthy date, so every signature by the key is refused.
    pub since: Date,
    /// Why.
    pub reason: String,
}

/// A publisher whose signature of a plugin checked out, and what it signed.
/// Made only by [`TrustStore::verify`]; what the plugin then says of itself
/// is checked with [`Signer::check_claim`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signer {
    publisher: Publisher,
    id: String,
    version: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TrustFile {
    #[allow(dead_code, reason = "checked by `parse_table`")]
    format: String,
    #[serde(default)]
    publisher: Vec<toml::Table>,
    #[serde(default)]
    revoked: Vec<toml::Table>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PublisherEntry {
    name: String,
    key: String,
    ids: Vec<String>,
    jurisdictions: Vec<String>,
    #[serde(default)]
    expires: Option<toml::Value>,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct RevokedEntry {
    key_id: String,
    since: toml::Value,
    reason: String,
}

impl TrustStore {
    /// A store that trusts nobody.
    pub fn empty() -> TrustStore {
        TrustStore::default()
    }

    /// Read a trust store file.
    pub fn load(path: &Path) -> Result<TrustStore, Error> {
        let text = document::read_text(path)?;
        TrustStore::parse(&text, &path.display().to_string())
    }

    /// Parse the text of a trust store; `origin` names it in messages.
    /// Messages about an entry name it: a publisher by its `name`, a
    /// revocation by its `key-id`, or either by its position.
    pub fn parse(text: &str, origin: &str) -> Result<TrustStore, Error> {
        let table = document::parse_table(text, origin, TRUST_FORMAT)?;
        let file: TrustFile = document::fields(table, origin, "")?;
        let mut store = TrustStore::empty();
        let mut by_key_id: HashMap<String, String> = HashMap::new();
        for (i, entry) in file.publisher.into_iter().enumerate() {
            let context = entry_context(&entry, "name", "publisher", i);
            let fields: PublisherEntry = document::fields(entry, origin, &format!("{context}: "))?;
            let publisher = Publisher::from_entry(fields)
                .map_err(|message| Error::invalid(origin, format!("{context}: {message}")))?;
            if let Some(first) = by_key_id.insert(publisher.key_id.clone(), publisher.name.clone())
            {
                return Err(Error::invalid(
                    origin,
                    format!(
                        "{context}: key `{}` is already the key of publisher `{}` (list each key once)",
                        publisher.key_id,
                        shown(&first)
                    ),
                ));
            }
            store.publishers.push(publisher);
        }
        for (i, entry) in file.revoked.into_iter().enumerate() {
            let context = entry_context(&entry, "key-id", "revoked key", i);
            let fields: RevokedEntry = document::fields(entry, origin, &format!("{context}: "))?;
            let revocation = Revocation::from_entry(fields)
                .map_err(|message| Error::invalid(origin, format!("{context}: {message}")))?;
            store.revoked.push(revocation);
        }
        Ok(store)
    }

    /// The trust store to use when none is named: `$ZCP_TRUST_STORE` if
    /// set (and not empty), else `zcp/trust.toml` under
    /// `$XDG_CONFIG_HOME`, else under `$HOME/.config`. `None` if none of
    /// them is set.
    pub fn default_path() -> Option<PathBuf> {
        default_path_from(
            std::env::var_os(TRUST_STORE_ENV),
            std::env::var_os("XDG_CONFIG_HOME"),
            std::env::var_os("HOME"),
        )
    }

    /// The trusted publishers, in file order.
    pub fn publishers(&self) -> &[Publisher] {
        &self.publishers
    }

    /// The revoked keys, in file order.
    pub fn revoked(&self) -> &[Revocation] {
        &self.revoked
    }

    /// Check a plugin's signature before the plugin is run: `plugin` is
    /// its file (named in the message if unsigned), `signature` what
    /// [`Signature::read_beside`] found, `actual_digest_hex` the SHA-256 of
    /// its bytes ([`sha256_hex`](crate::sha256_hex)), `today` the day of
    /// the check (for `expires`).
    ///
    /// Checked in this order, the first failure refusing: a signature
    /// exists; it is of this file; its key is not revoked (even if also
    /// listed as a publisher); the store lists its key; the signature
    /// verifies against that key; the key has not expired.
    pub fn verify(
        &self,
        plugin: &Path,
        signature: Option<&Signature>,
        actual_digest_hex: &str,
        today: Date,
    ) -> Result<Signer, Refusal> {
        let Some(signature) = signature else {
            return Err(Refusal::Unsigned {
                signature_file: Signature::path_for(plugin),
            });
        };
        if !signature
            .digest_hex()
            .eq_ignore_ascii_case(actual_digest_hex)
        {
            return Err(Refusal::Tampered {
                signed: signature.digest_hex().to_owned(),
                actual: actual_digest_hex.to_ascii_lowercase(),
            });
        }
        let key_id = signature.key_id();
        if let Some(revocation) = self.revoked.iter().find(|r| r.key_id == key_id) {
            return Err(Refusal::Revoked {
                key_id: revocation.key_id.clone(),
                since: revocation.since,
                reason: revocation.reason.clone(),
            });
        }
        let Some(publisher) = self.publishers.iter().find(|p| p.key_id == key_id) else {
            return Err(Refusal::UnknownKey {
                key_id: key_id.to_owned(),
            });
        };
        if !signature.is_by(&publisher.key) {
            return Err(Refusal::BadSignature {
                key_id: publisher.key_id.clone(),
                publisher: publisher.name.clone(),
            });
        }
        if let Some(expires) = publisher.expires.filter(|expires| *expires < today) {
            return Err(Refusal::Expired {
                key_id: publisher.key_id.clone(),
                publisher: publisher.name.clone(),
                expired: expires,
            });
        }
        Ok(Signer {
            publisher: publisher.clone(),
            id: signature.id().to_owned(),
            version: signature.version().to_owned(),
        })
    }
}

impl Publisher {
    fn from_entry(entry: PublisherEntry) -> Result<Publisher, String> {
        if entry.name.trim().is_empty() {
            return Err("name is empty".to_owned());
        }
        let key = PublicKey::parse_hex("key", &entry.key)?;
        check_patterns("ids", &entry.ids, "[\"cn-hn-*\"]", |b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'
        })?;
        check_patterns("jurisdictions", &entry.jurisdictions, "[\"CN-HN\"]", |b| {
            b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-'
        })?;
        let expires = entry
            .expires
            .map(|value| parse_date("expires", &value))
            .transpose()?;
        Ok(Publisher {
            name: entry.name,
            key_id: key.key_id(),
            key,
            ids: entry.ids,
            jurisdictions: entry.jurisdictions,
            expires,
        })
    }

    /// Whether the publisher may sign standard `id` for `jurisdiction`.
    pub fn may_sign(&self, id: &str, jurisdiction: &str) -> bool {
        self.ids.iter().any(|p| matches_pattern(p, id))
            && self
                .jurisdictions
                .iter()
                .any(|p| matches_pattern(p, jurisdiction))
    }
}

impl Revocation {
    fn from_entry(entry: RevokedEntry) -> Result<Revocation, String> {
        if !is_key_id(&entry.key_id) {
            return Err(format!(
                "key-id `{}` is not `zcp:` and 16 lowercase hex digits",
                shown(&entry.key_id)
            ));
        }
        if entry.reason.trim().is_empty() {
            return Err(
                "reason is empty (say why the key is revoked, such as `key leaked`)".to_owned(),
            );
        }
        Ok(Revocation {
            key_id: entry.key_id,
            since: parse_date("since", &entry.since)?,
            reason: entry.reason,
        })
    }
}

impl Signer {
    /// Check what the plugin says of itself against what was signed and
    /// what the publisher may sign: the same id and version as signed, an
    /// id and a jurisdiction within the publisher's patterns.
    pub fn check_claim(
        &self,
        described_id: &str,
        described_version: &str,
        described_jurisdiction: &str,
    ) -> Result<(), Refusal> {
        if described_id != self.id || described_version != self.version {
            return Err(Refusal::NotWhatWasSigned {
                signed: format!("{}@{}", self.id, self.version),
                described: format!("{described_id}@{described_version}"),
            });
        }
        if !self
            .publisher
            .may_sign(described_id, described_jurisdiction)
        {
            return Err(Refusal::OutOfScope(Box::new(OutOfScope {
                publisher: self.publisher.name.clone(),
                key_id: self.publisher.key_id.clone(),
                id: described_id.to_owned(),
                jurisdiction: described_jurisdiction.to_owned(),
                ids: self.publisher.ids.clone(),
                jurisdictions: self.publisher.jurisdictions.clone(),
            })));
        }
        Ok(())
    }

    /// The publisher, as the trust store lists it.
    pub fn publisher(&self) -> &Publisher {
        &self.publisher
    }

    /// The publisher's name.
    pub fn publisher_name(&self) -> &str {
        &self.publisher.name
    }

    /// The id of the key that signed.
    pub fn key_id(&self) -> &str {
        &self.publisher.key_id
    }

    /// The id patterns the publisher may sign.
    pub fn ids(&self) -> &[String] {
        &self.publisher.ids
    }

    /// The jurisdiction patterns the publisher may sign.
    pub fn jurisdictions(&self) -> &[String] {
        &self.publisher.jurisdictions
    }

    /// The standard id signed.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The version signed.
    pub fn version(&self) -> &str {
        &self.version
    }
}

/// `publisher `name``, or `publisher #n` when the entry has no usable name.
fn entry_context(entry: &toml::Table, name_field: &str, what: &str, index: usize) -> String {
    match entry.get(name_field).and_then(toml::Value::as_str) {
        Some(name) if !name.trim().is_empty() => format!("{what} `{}`", shown(name)),
        _ => format!("{what} #{}", index + 1),
    }
}

/// At least one pattern; each an exact value or a prefix ending in `*`,
/// the rest made of `allowed` bytes.
fn check_patterns(
    field: &str,
    patterns: &[String],
    example: &str,
    allowed: impl Fn(u8) -> bool,
) -> Result<(), String> {
    if patterns.is_empty() {
        return Err(format!(
            "{field} is empty (list what it may sign, such as `{field} = {example}`, or `[\"*\"]` for any)"
        ));
    }
    for pattern in patterns {
        let fixed = pattern.strip_suffix('*').unwrap_or(pattern);
        if fixed.contains('*') {
            return Err(format!(
                "{field} pattern `{}` has a `*` other than at the end",
                shown(pattern)
            ));
        }
        if pattern.is_empty() || !fixed.bytes().all(&allowed) {
            return Err(format!(
                "{field} pattern `{}` is not {}",
                shown(pattern),
                if field == "ids" {
                    "lowercase letters, digits and hyphens, with an optional final `*`"
                } else {
                    "uppercase letters, digits and hyphens, with an optional final `*`"
                }
            ));
        }
    }
    Ok(())
}

/// `cn-hn-*` matches what starts with `cn-hn-`; anything else only itself.
fn matches_pattern(pattern: &str, value: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => value.starts_with(prefix),
        None => value == pattern,
    }
}

/// [`TrustStore::default_path`] given the variables' values, so it can be
/// tested without touching the process environment.
fn default_path_from(
    explicit: Option<OsString>,
    xdg_config_home: Option<OsString>,
    home: Option<OsString>,
) -> Option<PathBuf> {
    let set = |value: Option<OsString>| value.filter(|v| !v.is_empty()).map(PathBuf::from);
    if let Some(path) = set(explicit) {
        return Some(path);
    }
    // The XDG spec: a relative XDG_CONFIG_HOME is invalid and ignored.
    let config = set(xdg_config_home)
        .filter(|dir| dir.is_absolute())
        .or_else(|| set(home).map(|home| home.join(".config")))?;
    Some(config.join("zcp").join("trust.toml"))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use super::*;

    #[test]
    fn patterns_match_exactly_or_by_prefix() {
        assert!(matches_pattern("cn-hn-*", "cn-hn-zcp"));
        assert!(!matches_pattern("cn-hn-*", "cn-hn"));
        assert!(!matches_pattern("cn-hn-*", "cn-zcp"));
        assert!(matches_pattern("cn-hn-zcp", "cn-hn-zcp"));
        assert!(!matches_pattern("cn-hn-zcp", "cn-hn-zcp2"));
        assert!(matches_pattern("*", "anything"));
        assert!(matches_pattern("CN-*", "CN-HN"));
        assert!(!matches_pattern("CN-*", "CN"));
    }

    #[test]
    fn the_default_path_honours_the_variable_then_xdg_then_home() {
        let os = |s: &str| Some(OsString::from(s));
        assert_eq!(
            default_path_from(os("/etc/zcp/trust.toml"), os("/xdg"), os("/home/a")),
            Some(PathBuf::from("/etc/zcp/trust.toml"))
        );
        assert_eq!(
            default_path_from(os(""), os("/xdg"), os("/home/a")),
            Some(PathBuf::from("/xdg/zcp/trust.toml"))
        );
        assert_eq!(
            default_path_from(None, os("relative"), os("/home/a")),
            Some(PathBuf::from("/home/a/.config/zcp/trust.toml"))
        );
        assert_eq!(
            default_path_from(None, None, os("/home/a")),
            Some(PathBuf::from("/home/a/.config/zcp/trust.toml"))
        );
        assert_eq!(default_path_from(None, os(""), os("")), None);
    }
}
