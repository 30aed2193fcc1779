//! Which plugins from a directory may run: each file's detached signature
//! (`<file>.wasm.sig`) is checked against its digest and the trust store
//! before it is compiled, and the signer's scope against the id, version
//! and jurisdiction the plugin describes before it evaluates anything.
//! Unsigned plugins are refused unless a developer allows them, and then
//! every report says so. Bundled standards are trusted by their digest,
//! pinned when the binary was built.

use std::path::Path;

use serde::Serialize;
use zcp_signature::{Signature, Signer, TrustStore};

use crate::model::StandardInfo;
use crate::runtime::{Origin, PluginError};

pub use zcp_signature::TRUST_STORE_ENV;

/// Who vouches for a plugin.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Publisher {
    /// Embedded in the `zcp` binary, pinned by digest at build time.
    Bundled,
    /// Signed by a key the trust store lists, within its scope.
    Signed {
        /// The publisher's name in the trust store.
        name: String,
        /// The key's id, `zcp:` and 16 hex digits.
        key_id: String,
    },
    /// Not signed, run because unsigned plugins were allowed for development.
    Unsigned,
}

/// The trust policy of a run.
#[derive(Debug)]
pub struct Trust {
    store: TrustStore,
    allow_unsigned: bool,
    today: jiff::civil::Date,
}

/// What the signature check let through, to be confirmed once the plugin
/// has described itself.
pub(crate) enum Admission {
    Signed(Box<Signer>),
    Unsigned,
}

impl Trust {
    /// Trust what `store` lists, on today's date (UTC); unsigned plugins
    /// refused.
    pub fn new(store: TrustStore) -> Self {
        Trust {
            store,
            allow_unsigned: false,
            today: zcp_signature::today(),
        }
    }

    /// The store in `path`.
    pub fn load(path: &Path) -> Result<Self, zcp_signature::Error> {
        Ok(Trust::new(TrustStore::load(path)?))
    }

    /// Run unsigned plugins too (development only; reports say so).
    pub fn allowing_unsigned(mut self, allow: bool) -> Self {
        self.allow_unsigned = allow;
        self
    }

    /// Check expiries as on `date` instead of today.
    pub fn on(mut self, date: jiff::civil::Date) -> Self {
        self.today = date;
        self
    }

    /// Before compiling the file at `path` whose SHA-256 is `digest`.
    pub(crate) fn admit(&self, path: &Path, digest: &str) -> Result<Admission, PluginError> {
        let refused = |reason: String| PluginError::Untrusted {
            origin: Origin::File(path.to_owned()),
            reason,
        };
        let signature = Signature::read_beside(path).map_err(|e| refused(e.to_string()))?;
        match self
            .store
            .verify(path, signature.as_ref(), digest, self.today)
        {
            Ok(signer) => Ok(Admission::Signed(Box::new(signer))),
            Err(zcp_signature::Refusal::Unsigned { .. }) if self.allow_unsigned => {
                Ok(Admission::Unsigned)
            }
            Err(refusal) => Err(refused(refusal.to_string())),
        }
    }
}

impl Admission {
    /// Once the plugin described itself: the publisher to report, or the
    /// refusal when it is not what was signed or outside the signer's scope.
    pub(crate) fn confirm(
        self,
        info: &StandardInfo,
        origin: &Origin,
    ) -> Result<Publisher, PluginError> {
        match self {
            Admission::Unsigned => Ok(Publisher::Unsigned),
            Admission::Signed(signer) => {
                signer
                    .check_claim(&info.id, &info.version.to_string(), &info.jurisdiction)
                    .map_err(|refusal| PluginError::Untrusted {
                        origin: origin.clone(),
                        reason: refusal.to_string(),
                    })?;
                Ok(Publisher::Signed {
                    name: signer.publisher_name().to_owned(),
                    key_id: signer.key_id().to_owned(),
                })
            }
        }
    }
}
