//! Publisher keys: an ed25519 key pair, its public half, their files, and
//! the short key id that names them.

use std::fmt;
use std::path::Path;

use ed25519_dalek::{SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

use crate::document::{self, decode_hex, is_key_id};
use crate::error::{Error, shown};

/// The `format` of a secret key file.
pub const SECRET_KEY_FORMAT: &str = "zcp-secret-key-1";
/// The `format` of a public key file.
pub const PUBLIC_KEY_FORMAT: &str = "zcp-public-key-1";

const SECRET_HEADER: &str = "# A zcp signing key. Whoever has this file can sign plugins as its publisher:\n# keep it private. Give evaluators the public key file, never this one.\n";
const PUBLIC_HEADER: &str = "# A zcp public key. Evaluators add it to their trust store, with the standard\n# ids and jurisdictions it may sign, to accept plugins it signed.\n";

/// A publisher's signing key (ed25519). Its `Debug` shows only the key id.
pub struct KeyPair {
    signing: SigningKey,
}

/// A publisher's public key (ed25519), which checks its signatures.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct PublicKey {
    verifying: VerifyingKey,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct SecretKeyFile {
    format: String,
    key_id: String,
    secret: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name: Option<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct PublicKeyFile {
    format: String,
    key_id: String,
    public: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name: Option<String>,
}

impl KeyPair {
    /// A new key pair from the operating system's randomness.
    pub fn generate() -> Result<KeyPair, Error> {
        let mut seed = [0u8; 32];
        getrandom::fill(&mut seed).map_err(|e| Error::Randomness {
            message: e.to_string(),
        })?;
        let signing = SigningKey::from_bytes(&seed);
        seed.fill(0);
        Ok(KeyPair { signing })
    }

    /// The key id, `zcp:` and 16 hex digits (see [`PublicKey::key_id`]).
    pub fn key_id(&self) -> String {
        self.public().key_id()
    }

    /// The public half, to give to evaluators.
    pub fn public(&self) -> PublicKey {
        PublicKey {
            verifying: self.signing.verifying_key(),
        }
    }

    pub(crate) fn signing_key(&self) -> &SigningKey {
        &self.signing
    }

    /// Write the secret key file at `path`, with the publisher's `name` if
    /// given. The file is created new (an existing file is never
    /// overwritten) and, on Unix, readable and writable by its owner only.
    pub fn write_secret(&self, path: &Path, name: Option<&str>) -> Result<(), Error> {
        let file = SecretKeyFile {
            format: SECRET_KEY_FORMAT.to_owned(),
            key_id: self.key_id(),
            secret: hex::encode(self.signing.to_bytes()),
            name: name.map(str::to_owned),
        };
        let body = to_toml(&file, path)?;
        document::create_new(path, &format!("{SECRET_HEADER}{body}"), true)
    }

    /// Read a secret key file written by [`KeyPair::write_secret`]. On
    /// Unix, a file that group or others may access is refused: the key
    /// may have leaked, and should not be used as it is.
    pub fn read_secret(path: &Path) -> Result<KeyPair, Error> {
        let text = document::read_secret_text(path)?;
        KeyPair::parse_secret(&text, &path.display().to_string())
    }

    /// Parse the text of a secret key file; `origin` names it in messages.
    pub fn parse_secret(text: &str, origin: &str) -> Result<KeyPair, Error> {
        let table = document::parse_table(text, origin, SECRET_KEY_FORMAT)?;
        let file: SecretKeyFile = document::fields(table, origin, "")?;
        // The secret value is never shown in a message.
        let mut seed = decode_hex::<32>("secret", &file.secret)
            .map_err(|_| Error::invalid(origin, "secret is not 64 hex digits"))?;
        let pair = KeyPair {
            signing: SigningKey::from_bytes(&seed),
        };
        seed.fill(0);
        check_key_id(origin, &file.key_id, &pair.key_id())?;
        Ok(pair)
    }
}

impl fmt::Debug for KeyPair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("KeyPair").field(&self.key_id()).finish()
    }
}

impl PublicKey {
    /// The key id: `zcp:` and the first 16 hex digits of the SHA-256 of the
    /// 32 public key bytes. Short enough to read, and what signatures and
    /// revocations name the key by.
    pub fn key_id(&self) -> String {
        let digest = Sha256::digest(self.verifying.as_bytes());
        format!("zcp:{}", hex::encode(&digest[..8]))
    }

    /// The 32 key bytes as 64 lowercase hex digits.
    pub fn to_hex(&self) -> String {
        hex::encode(self.verifying.as_bytes())
    }

    /// A public key from 64 hex digits, as [`PublicKey::to_hex`] writes it.
    pub fn from_hex(text: &str) -> Result<PublicKey, Error> {
        PublicKey::parse_hex("public key", text).map_err(|message| Error::Invalid {
            origin: String::new(),
            message,
        })
    }

    /// Decode and check a key, naming it `field` in the message if wrong.
    /// Weak (small-order) keys are refused: a signature could verify
    /// against them for many messages.
    pub(crate) fn parse_hex(field: &str, text: &str) -> Result<PublicKey, String> {
        let bytes = decode_hex::<32>(field, text)?;
        match VerifyingKey::from_bytes(&bytes) {
            Ok(verifying) if !verifying.is_weak() => Ok(PublicKey { verifying }),
            _ => Err(format!(
                "{field} `{}` is not a valid ed25519 public key",
                shown(text)
            )),
        }
    }

    pub(crate) fn verifying_key(&self) -> &VerifyingKey {
        &self.verifying
    }

    /// Write the public key file at `path`, with the publisher's `name` if
    /// given. An existing file is never overwritten.
    pub fn write(&self, path: &Path, name: Option<&str>) -> Result<(), Error> {
        let body = to_toml(
            &PublicKeyFile {
                format: PUBLIC_KEY_FORMAT.to_owned(),
                key_id: self.key_id(),
                public: self.to_hex(),
                name: name.map(str::to_owned),
            },
            path,
        )?;
        document::create_new(path, &format!("{PUBLIC_HEADER}{body}"), false)
    }

    /// Read a public key file, with the publisher's name it gives, if any.
    pub fn read(path: &Path) -> Result<(PublicKey, Option<String>), Error> {
        let text = document::read_text(path)?;
        PublicKey::parse(&text, &path.display().to_string())
    }

    /// Parse the text of a public key file; `origin` names it in messages.
    /// Returns the key and the publisher's name the file gives, if any.
    pub fn parse(text: &str, origin: &str) -> Result<(PublicKey, Option<String>), Error> {
        let table = document::parse_table(text, origin, PUBLIC_KEY_FORMAT)?;
        let file: PublicKeyFile = document::fields(table, origin, "")?;
        let key = PublicKey::parse_hex("public", &file.public)
            .map_err(|message| Error::invalid(origin, message))?;
        check_key_id(origin, &file.key_id, &key.key_id())?;
        Ok((key, file.name))
    }
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("PublicKey").field(&self.key_id()).finish()
    }
}

/// The key id a file states must be the one its key has: a mismatch means
/// the file was edited by hand, or its parts come from different keys.
fn check_key_id(origin: &str, stated: &str, actual: &str) -> Result<(), Error> {
    if !is_key_id(stated) {
        return Err(Error::invalid(
            origin,
            format!(
                "key-id `{}` is not `zcp:` and 16 lowercase hex digits",
                shown(stated)
            ),
        ));
    }
    if stated != actual {
        return Err(Error::invalid(
            origin,
            format!("key-id `{stated}` does not match the key, whose id is `{actual}`"),
        ));
    }
    Ok(())
}

fn to_toml(file: &impl Serialize, path: &Path) -> Result<String, Error> {
    toml::to_string(file).map_err(|e| Error::Write {
        path: path.to_owned(),
        cause: std::io::Error::other(e),
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use super::*;

    #[test]
    fn the_key_id_is_the_start_of_the_sha256_of_the_public_key() {
        // RFC 8032, test 1: a known seed and its public key.
        let seed = decode_hex::<32>(
            "secret",
            "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
        )
        .unwrap();
        let pair = KeyPair {
            signing: SigningKey::from_bytes(&seed),
        };
        let public = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
        assert_eq!(pair.public().to_hex(), public);
        let digest = Sha256::digest(hex::decode(public).unwrap());
        assert_eq!(pair.key_id(), format!("zcp:{}", &hex::encode(digest)[..16]));
        assert!(is_key_id(&pair.key_id()));
    }

    #[test]
    fn generated_keys_differ() {
        let a = KeyPair::generate().unwrap();
        let b = KeyPair::generate().unwrap();
        assert_ne!(a.public(), b.public());
        assert_ne!(a.key_id(), b.key_id());
    }

    #[test]
    fn from_hex_round_trips_and_refuses_what_is_not_a_key() {
        let key = KeyPair::generate().unwrap().public();
        assert_eq!(PublicKey::from_hex(&key.to_hex()).unwrap(), key);
        assert_eq!(
            PublicKey::from_hex(&key.to_hex().to_uppercase()).unwrap(),
            key
        );
        let err = PublicKey::from_hex("abcd").unwrap_err();
        assert_eq!(err.to_string(), "public key `abcd` is not 64 hex digits");
        // The identity point: small order, so weak.
        let weak = format!("01{}", "00".repeat(31));
        let err = PublicKey::from_hex(&weak).unwrap_err();
        assert!(
            err.to_string().contains("not a valid ed25519 public key"),
            "{err}"
        );
    }

    #[test]
    fn debug_never_shows_the_secret() {
        let pair = KeyPair::generate().unwrap();
        let secret = hex::encode(pair.signing.to_bytes());
        let shown = format!("{pair:?}");
        assert!(shown.contains(&pair.key_id()) && !shown.contains(&secret));
    }
}
