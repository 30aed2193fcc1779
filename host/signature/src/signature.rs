//! Detached signatures: a publisher's ed25519 signature over a plugin's
//! SHA-256 digest and the standard id and version it signs for, stored in
//! `<plugin>.sig` beside the plugin.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use ed25519_dalek::Signer as _;
use serde::Deserialize;

use crate::document::{self, decode_hex, is_key_id};
use crate::error::{Error, shown};
use crate::keys::{KeyPair, PublicKey};

/// The `format` of a signature file, and the first line of the message
/// signed.
pub const SIGNATURE_FORMAT: &str = "zcp-signature-1";

/// A detached signature of one plugin file, as read from or written to its
/// `.sig` file. Its fields are what the publisher vouches for; whether
/// they are true of a given file, and whether the publisher is trusted, is
/// for [`TrustStore::verify`](crate::TrustStore::verify) to say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    digest_hex: String,
    id: String,
    version: String,
    key_id: String,
    signature: ed25519_dalek::Signature,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct SignatureFile {
    #[allow(dead_code, reason = "checked by `parse_table`")]
    format: String,
    digest: String,
    id: String,
    version: String,
    key_id: String,
    signature: String,
}

impl Signature {
    /// Sign, with `key`, the plugin whose SHA-256 is `digest_hex` (see
    /// [`sha256_hex`](crate::sha256_hex)) as standard `id` at `version`.
    /// The id must be lowercase letters, digits and hyphens; the version
    /// ASCII letters, digits, `.`, `-` and `+`: the signed message is
    /// line-based, and other characters could make two claims sign alike.
    pub fn sign(
        key: &KeyPair,
        digest_hex: &str,
        id: &str,
        version: &str,
    ) -> Result<Signature, Error> {
        let digest_hex = digest_hex.to_ascii_lowercase();
        let unsignable = |message| Err(Error::Unsignable { message });
        if !is_digest_hex(&digest_hex) {
            return unsignable(format!(
                "digest `{}` is not 64 hex digits",
                shown(&digest_hex)
            ));
        }
        if !is_id(id) {
            return unsignable(format!(
                "id `{}` must be lowercase letters, digits and hyphens",
                shown(id)
            ));
        }
        if !is_version(version) {
            return unsignable(format!(
                "version `{}` must be letters, digits, `.`, `-` and `+`",
                shown(version)
            ));
        }
        let signature = key
            .signing_key()
            .sign(signed_message(&digest_hex, id, version).as_bytes());
        Ok(Signature {
            digest_hex,
            id: id.to_owned(),
            version: version.to_owned(),
            key_id: key.key_id(),
            signature,
        })
    }

    /// The SHA-256 of the signed file, 64 lowercase hex digits.
    pub fn digest_hex(&self) -> &str {
        &self.digest_hex
    }

    /// The standard id signed for.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The standard version signed for.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The id of the key that (the file says) signed.
    pub fn key_id(&self) -> &str {
        &self.key_id
    }

    /// Whether the signature is `key`'s over these fields. Strict
    /// verification: no malleable signatures, no weak keys.
    pub(crate) fn is_by(&self, key: &PublicKey) -> bool {
        key.verifying_key()
            .verify_strict(
                signed_message(&self.digest_hex, &self.id, &self.version).as_bytes(),
                &self.signature,
            )
            .is_ok()
    }

    /// The text of the `.sig` file.
    pub fn to_toml(&self) -> String {
        // Every value was checked to need no TOML escaping.
        format!(
            "format = \"{SIGNATURE_FORMAT}\"\ndigest = \"sha256:{}\"\nid = \"{}\"\nversion = \"{}\"\nkey-id = \"{}\"\nsignature = \"{}\"\n",
            self.digest_hex,
            self.id,
            self.version,
            self.key_id,
            hex::encode(self.signature.to_bytes()),
        )
    }

    /// Parse the text of a `.sig` file; `origin` names it in messages.
    pub fn parse(text: &str, origin: &str) -> Result<Signature, Error> {
        let table = document::parse_table(text, origin, SIGNATURE_FORMAT)?;
        let file: SignatureFile = document::fields(table, origin, "")?;
        let invalid = |message| Err(Error::invalid(origin, message));
        let digest_hex = match file.digest.strip_prefix("sha256:") {
            Some(hex) if is_digest_hex(hex) => hex.to_owned(),
            _ => {
                return invalid(format!(
                    "digest `{}` is not `sha256:` and 64 lowercase hex digits",
                    shown(&file.digest)
                ));
            }
        };
        if !is_id(&file.id) {
            return invalid(format!(
                "id `{}` is not lowercase letters, digits and hyphens",
                shown(&file.id)
            ));
        }
        if !is_version(&file.version) {
            return invalid(format!(
                "version `{}` is not letters, digits, `.`, `-` and `+`",
                shown(&file.version)
            ));
        }
        if !is_key_id(&file.key_id) {
            return invalid(format!(
                "key-id `{}` is not `zcp:` and 16 lowercase hex digits",
                shown(&file.key_id)
            ));
        }
        let bytes = decode_hex::<64>("signature", &file.signature)
            .map_err(|message| Error::invalid(origin, message))?;
        Ok(Signature {
            digest_hex,
            id: file.id,
            version: file.version,
            key_id: file.key_id,
            signature: ed25519_dalek::Signature::from_bytes(&bytes),
        })
    }

    /// Read a `.sig` file.
    pub fn read(path: &Path) -> Result<Signature, Error> {
        let text = document::read_text(path)?;
        Signature::parse(&text, &path.display().to_string())
    }

    /// Read the signature beside `plugin` ([`Signature::path_for`]), or
    /// `None` if there is none. A signature file that exists but cannot be
    /// read or parsed is an error, not "unsigned".
    pub fn read_beside(plugin: &Path) -> Result<Option<Signature>, Error> {
        let path = Signature::path_for(plugin);
        match std::fs::read_to_string(&path) {
            Ok(text) => Signature::parse(&text, &path.display().to_string()).map(Some),
            Err(e) if e.kind() == ErrorKind::NotFound => Ok(None),
            Err(cause) => Err(Error::Read { path, cause }),
        }
    }

    /// Where the signature of `plugin` is kept: its path with `.sig`
    /// appended (`cn-hn-zcp.wasm` → `cn-hn-zcp.wasm.sig`).
    pub fn path_for(plugin: &Path) -> PathBuf {
        let mut path = plugin.as_os_str().to_owned();
        path.push(".sig");
        PathBuf::from(path)
    }
}

/// The exact bytes signed. The first line names the format, so a signature
/// cannot be replayed as one of another (later) format.
fn signed_message(digest_hex: &str, id: &str, version: &str) -> String {
    format!("{SIGNATURE_FORMAT}\ndigest=sha256:{digest_hex}\nid={id}\nversion={version}\n")
}

fn is_digest_hex(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// A standard id as the host accepts it: lowercase letters, digits and
/// inner hyphens.
pub(crate) fn is_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A version: the characters of semantic versions.
fn is_version(version: &str) -> bool {
    !version.is_empty()
        && version
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'+'))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use super::*;
    use crate::sha256_hex;

    #[test]
    fn the_signed_message_is_exactly_the_documented_bytes() {
        assert_eq!(
            signed_message(&"ab".repeat(32), "cn-hn-zcp", "1.0.0"),
            format!(
                "zcp-signature-1\ndigest=sha256:{}\nid=cn-hn-zcp\nversion=1.0.0\n",
                "ab".repeat(32)
            )
        );
    }

    #[test]
    fn signatures_round_trip_through_toml() {
        let key = KeyPair::generate().unwrap();
        let digest = sha256_hex(b"plugin bytes");
        let signature =
            Signature::sign(&key, &digest.to_uppercase(), "cn-hn-zcp", "1.0.0+b1").unwrap();
        assert_eq!(signature.digest_hex(), digest);
        let text = signature.to_toml();
        assert!(
            text.contains(&format!("digest = \"sha256:{digest}\"\n")),
            "{text}"
        );
        let parsed = Signature::parse(&text, "x.sig").unwrap();
        assert_eq!(parsed, signature);
        assert!(parsed.is_by(&key.public()));
        assert!(!parsed.is_by(&KeyPair::generate().unwrap().public()));
        assert_eq!(
            (parsed.id(), parsed.version(), parsed.key_id()),
            ("cn-hn-zcp", "1.0.0+b1", key.key_id().as_str())
        );
    }

    #[test]
    fn claims_that_could_be_ambiguous_are_not_signed() {
        let key = KeyPair::generate().unwrap();
        let digest = sha256_hex(b"x");
        for (id, version) in [
            ("cn-hn-zcp\nversion=1", "2"),
            ("cn-hn-zcp", "1\nversion=2"),
            ("CN-HN", "1"),
            ("", "1"),
            ("cn", ""),
            ("cn", "1 0"),
        ] {
            let err = Signature::sign(&key, &digest, id, version).unwrap_err();
            assert!(err.to_string().starts_with("cannot sign: "), "{err}");
        }
        let err = Signature::sign(&key, "abc", "cn", "1").unwrap_err();
        assert_eq!(
            err.to_string(),
            "cannot sign: digest `abc` is not 64 hex digits"
        );
    }

    #[test]
    fn malformed_signature_files_are_refused_naming_the_value() {
        let key = KeyPair::generate().unwrap();
        let good = Signature::sign(&key, &sha256_hex(b"x"), "cn-hn-zcp", "1.0.0")
            .unwrap()
            .to_toml();
        let cases = [
            (good.replace("sha256:", "md5:"), "digest `md5:"),
            (
                good.replace("id = \"cn-hn-zcp\"", "id = \"cn hn\""),
                "id `cn hn`",
            ),
            (
                good.replace("version = \"1.0.0\"", "version = \"1.0.0\\n\""),
                "version `1.0.0\\n`",
            ),
            (
                good.replace("key-id = \"zcp:", "key-id = \"zcq:"),
                "key-id `zcq:",
            ),
            (
                good.replace("signature = \"", "signature = \"zz"),
                "signature `zz",
            ),
            (
                format!("{good}comment = \"hi\"\n"),
                "unknown field `comment`",
            ),
            (
                good.replace(
                    "format = \"zcp-signature-1\"",
                    "format = \"zcp-signature-2\"",
                ),
                "unsupported format `zcp-signature-2`",
            ),
        ];
        for (text, expected) in cases {
            let message = Signature::parse(&text, "p.wasm.sig")
                .unwrap_err()
                .to_string();
            assert!(message.starts_with("p.wasm.sig: "), "{message}");
            assert!(message.contains(expected), "{message} lacks {expected}");
        }
    }

    #[test]
    fn the_signature_lives_beside_the_plugin() {
        assert_eq!(
            Signature::path_for(Path::new("dir/cn-hn-zcp.wasm")),
            PathBuf::from("dir/cn-hn-zcp.wasm.sig")
        );
        let dir = tempfile::tempdir().unwrap();
        let plugin = dir.path().join("cn-hn-zcp.wasm");
        assert_eq!(Signature::read_beside(&plugin).unwrap(), None);
        let key = KeyPair::generate().unwrap();
        let signature = Signature::sign(&key, &sha256_hex(b"x"), "cn-hn-zcp", "1.0.0").unwrap();
        std::fs::write(Signature::path_for(&plugin), signature.to_toml()).unwrap();
        assert_eq!(
            Signature::read_beside(&plugin).unwrap(),
            Some(signature.clone())
        );
        assert_eq!(
            Signature::read(&Signature::path_for(&plugin)).unwrap(),
            signature
        );
        std::fs::write(Signature::path_for(&plugin), "not toml =").unwrap();
        assert!(Signature::read_beside(&plugin).is_err());
    }
}
