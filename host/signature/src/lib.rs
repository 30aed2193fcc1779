//! Signed plugins for zcp: publisher keys, detached signatures and the
//! evaluator's trust store.
//!
//! A publisher (a province, a standards body) holds an ed25519 [`KeyPair`]
//! and signs each plugin file: a [`Signature`], kept beside the plugin in
//! `<plugin>.sig`, covers the file's SHA-256 and the standard id and
//! version it is published as. An evaluator keeps a [`TrustStore`] listing
//! the publishers' [`PublicKey`]s, the standard ids and jurisdictions each
//! may sign, until when, and the keys revoked.
//!
//! The host checks in two stages, because it learns what a plugin is only
//! by running it: before compiling, [`TrustStore::verify`] checks the
//! signature against the file and the store and yields the [`Signer`];
//! after the plugin describes itself, [`Signer::check_claim`] checks the
//! id and version against those signed and the id and jurisdiction against
//! the publisher's scope. Either refuses with a [`Refusal`].
//!
//! ```
//! use std::path::Path;
//! use zcp_signature::{KeyPair, Signature, TrustStore, sha256_hex};
//!
//! let key = KeyPair::generate()?;
//! let plugin = b"\0asm...";
//! let signature = Signature::sign(&key, &sha256_hex(plugin), "cn-hn-zcp", "1.0.0")?;
//!
//! let store = TrustStore::parse(
//!     &format!(
//!         "format = \"zcp-trust-1\"\n\
//!          [[publisher]]\n\
//!          name = \"Hunan Industry and IT Department\"\n\
//!          key = \"{}\"\n\
//!          ids = [\"cn-hn-*\"]\n\
//!          jurisdictions = [\"CN-HN\"]\n",
//!         key.public().to_hex()
//!     ),
//!     "trust.toml",
//! )?;
//! let today = jiff::civil::date(2026, 6, 1);
//! let signer = store.verify(Path::new("cn-hn-zcp.wasm"), Some(&signature), &sha256_hex(plugin), today)?;
//! signer.check_claim("cn-hn-zcp", "1.0.0", "CN-HN")?;
//! assert!(signer.check_claim("cn-zcp", "1.0.0", "CN").is_err());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The cryptography is ed25519-dalek's (strict verification) and sha2's.

#![forbid(unsafe_code)]

mod document;
mod error;
mod keys;
mod refusal;
mod signature;
mod trust;

use sha2::{Digest as _, Sha256};

pub use error::Error;
pub use keys::{KeyPair, PUBLIC_KEY_FORMAT, PublicKey, SECRET_KEY_FORMAT};
pub use refusal::{OutOfScope, Refusal};
pub use signature::{SIGNATURE_FORMAT, Signature};
pub use trust::{Publisher, Revocation, Signer, TRUST_FORMAT, TRUST_STORE_ENV, TrustStore};

/// The SHA-256 of `bytes`, as 64 lowercase hex digits: what a signature
/// covers.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Today's date in UTC, the day [`TrustStore::verify`] compares `expires`
/// with when the caller has no other.
pub fn today() -> jiff::civil::Date {
    jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date()
}
