//! Why a plugin is refused: every way its signature, or what it says of
//! itself, falls short of the trust store.

use std::path::PathBuf;

use jiff::civil::Date;

use crate::error::shown;

/// Why a plugin is not trusted. Each message is one line, saying what to
/// do where something can be done.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// No signature file beside the plugin.
    #[error(
        "unsigned: no signature file `{}` beside it (sign it with `zcp sign`, or allow unsigned plugins for development with `--allow-unsigned`)",
        .signature_file.display()
    )]
    Unsigned {
        /// Where the signature was looked for.
        signature_file: PathBuf,
    },
    /// The file is not the one signed.
    #[error(
        "tampered: the signature is for sha256 `{}`, the file is sha256 `{}` (it changed after it was signed: get it again from its publisher)",
        short_digests(.signed, .actual).0,
        short_digests(.signed, .actual).1
    )]
    Tampered {
        /// The digest signed.
        signed: String,
        /// The digest of the file.
        actual: String,
    },
    /// The signing key is revoked.
    #[error("signed by key `{key_id}`, revoked since {since}: {reason}")]
    Revoked {
        /// The key.
        key_id: String,
        /// When it was revoked.
        since: Date,
        /// Why.
        reason: String,
    },
    /// The trust store does not list the signing key.
    #[error(
        "signed by key `{}`, which the trust store does not list (add its publisher with the ids and jurisdictions it may sign)",
        shown(.key_id)
    )]
    UnknownKey {
        /// The key the signature names.
        key_id: String,
    },
    /// The signature is not the named key's over these fields.
    #[error(
        "the signature does not verify against key `{key_id}` of `{publisher}` (wrongly signed or altered)"
    )]
    BadSignature {
        /// The key the signature names.
        key_id: String,
        /// Its publisher in the trust store.
        publisher: String,
    },
    /// The trust store's `expires` for the key has passed.
    #[error(
        "signed by key `{key_id}` of `{publisher}`, which expired on {expired} (ask the publisher for a new key, or extend its `expires` in the trust store)"
    )]
    Expired {
        /// The key.
        key_id: String,
        /// Its publisher in the trust store.
        publisher: String,
        /// Its last valid day.
        expired: Date,
    },
    /// The plugin describes itself as another standard or version than was
    /// signed.
    #[error("signed as `{}` but describes itself as `{}`", shown(.signed), shown(.described))]
    NotWhatWasSigned {
        /// `id@version` signed.
        signed: String,
        /// `id@version` described.
        described: String,
    },
    /// The publisher may not sign this id, or for this jurisdiction.
    #[error("{0}")]
    OutOfScope(Box<OutOfScope>),
}

/// What [`Refusal::OutOfScope`] says: the claim, and the scope it is
/// outside of.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "out of scope: `{publisher}` (key `{key_id}`) may sign {} in {}, not `{}` in `{}`",
    scope(.ids, "any id", "ids"),
    scope(.jurisdictions, "any jurisdiction", ""),
    shown(.id),
    shown(.jurisdiction)
)]
pub struct OutOfScope {
    /// The publisher.
    pub publisher: String,
    /// Its key.
    pub key_id: String,
    /// The id the plugin describes.
    pub id: String,
    /// The jurisdiction the plugin describes.
    pub jurisdiction: String,
    /// The id patterns the publisher may sign.
    pub ids: Vec<String>,
    /// The jurisdiction patterns the publisher may sign.
    pub jurisdictions: Vec<String>,
}

/// The first 12 hex digits of each digest and `…`, or both whole if they
/// agree that far (so the message always shows a difference).
fn short_digests(signed: &str, actual: &str) -> (String, String) {
    const SHOWN: usize = 12;
    let head = |digest: &str| digest.get(..SHOWN).map(str::to_owned);
    match (head(signed), head(actual)) {
        (Some(a), Some(b)) if a != b => (format!("{a}…"), format!("{b}…")),
        _ => (shown(signed), shown(actual)),
    }
}

/// `` `cn-hn-*`, `cn-xx` `` after `noun`, or `any` for the pattern `*`.
fn scope(patterns: &[String], any: &str, noun: &str) -> String {
    if patterns.iter().any(|p| p == "*") {
        return any.to_owned();
    }
    let list = patterns
        .iter()
        .map(|p| format!("`{}`", shown(p)))
        .collect::<Vec<_>>()
        .join(", ");
    if noun.is_empty() {
        list
    } else {
        format!("{noun} {list}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digests_are_shortened_unless_that_hides_the_difference() {
        let a = format!("ab12{}", "0".repeat(60));
        let b = format!("cd34{}", "0".repeat(60));
        assert_eq!(
            Refusal::Tampered {
                signed: a.clone(),
                actual: b
            }
            .to_string(),
            "tampered: the signature is for sha256 `ab1200000000…`, the file is sha256 `cd3400000000…` (it changed after it was signed: get it again from its publisher)"
        );
        let c = format!("{}1", "0".repeat(63));
        let d = format!("{}2", "0".repeat(63));
        let message = Refusal::Tampered {
            signed: c.clone(),
            actual: d.clone(),
        }
        .to_string();
        assert!(message.contains(&c) && message.contains(&d), "{message}");
    }

    #[test]
    fn scopes_read_as_a_sentence() {
        let refusal = |ids: &[&str], jurisdictions: &[&str]| {
            Refusal::OutOfScope(Box::new(OutOfScope {
                publisher: "Hunan".into(),
                key_id: "zcp:0123456789abcdef".into(),
                id: "cn-zcp".into(),
                jurisdiction: "CN".into(),
                ids: ids.iter().map(|s| s.to_string()).collect(),
                jurisdictions: jurisdictions.iter().map(|s| s.to_string()).collect(),
            }))
            .to_string()
        };
        assert_eq!(
            refusal(&["cn-hn-*"], &["CN-HN"]),
            "out of scope: `Hunan` (key `zcp:0123456789abcdef`) may sign ids `cn-hn-*` in `CN-HN`, not `cn-zcp` in `CN`"
        );
        assert_eq!(
            refusal(&["cn-hn-*", "cn-hn"], &["*"]),
            "out of scope: `Hunan` (key `zcp:0123456789abcdef`) may sign ids `cn-hn-*`, `cn-hn` in any jurisdiction, not `cn-zcp` in `CN`"
        );
        assert!(refusal(&["*"], &["CN-*"]).contains("may sign any id in `CN-*`"));
    }
}
