//! An on-disk cache of compiled components, so that a CLI run does not
//! recompile every plugin (compiling `cn-zcp` takes about 0.2 s, loading its
//! compiled form a few milliseconds).
//!
//! Entries are keyed by the plugin's SHA-256, the engine's compatibility
//! hash and the host version, and written atomically by this host only.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};

use wasmtime::Engine;
use wasmtime::component::Component;

/// Environment variable naming the cache directory; empty disables the cache.
pub const CACHE_DIR_ENV: &str = "ZCP_CACHE_DIR";

/// A directory of compiled components.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComponentCache {
    dir: PathBuf,
}

impl ComponentCache {
    /// A cache in `dir` (created when first written).
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        ComponentCache { dir: dir.into() }
    }

    /// `$ZCP_CACHE_DIR`, else `$XDG_CACHE_HOME/zcp`, else `$HOME/.cache/zcp`;
    /// `None` when `ZCP_CACHE_DIR` is set but empty, or no home is known.
    pub fn from_env() -> Option<Self> {
        if let Some(dir) = std::env::var_os(CACHE_DIR_ENV) {
            return (!dir.is_empty()).then(|| ComponentCache::new(dir));
        }
        let base = std::env::var_os("XDG_CACHE_HOME")
            .filter(|d| !d.is_empty())
            .map(PathBuf::from)
            .or_else(|| {
                std::env::var_os("HOME")
                    .filter(|h| !h.is_empty())
                    .map(|h| Path::new(&h).join(".cache"))
            })?;
        Some(ComponentCache::new(base.join("zcp")))
    }

    /// The directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn entry(&self, engine: &Engine, digest: &str) -> PathBuf {
        let mut hasher = DefaultHasher::new();
        engine.precompile_compatibility_hash().hash(&mut hasher);
        env!("CARGO_PKG_VERSION").hash(&mut hasher);
        self.dir
            .join(format!("{digest}-{:016x}.cwasm", hasher.finish()))
    }

    /// The compiled form of the plugin with this digest, if cached.
    pub(crate) fn get(&self, engine: &Engine, digest: &str) -> Option<Component> {
        let path = self.entry(engine, digest);
        if !path.is_file() {
            return None;
        }
        // SAFETY: the file was written by `put` below, by this host version
        // for an engine with the same compatibility hash (both are in its
        // name), under the user's own cache directory, and renamed into place
        // only once complete. wasmtime also checks the header and refuses
        // artefacts from another version or configuration.
        #[allow(unsafe_code)]
        let component = unsafe { Component::deserialize_file(engine, &path) };
        component.ok()
    }

    /// Store a compiled component; failures only cost a recompile next time.
    pub(crate) fn put(&self, engine: &Engine, digest: &str, component: &Component) {
        let Ok(bytes) = component.serialize() else {
            return;
        };
        let path = self.entry(engine, digest);
        let temporary = path.with_extension(format!("tmp{}", std::process::id()));
        let written = std::fs::create_dir_all(&self.dir)
            .and_then(|()| std::fs::write(&temporary, bytes))
            .and_then(|()| std::fs::rename(&temporary, &path));
        if written.is_err() {
            let _ = std::fs::remove_file(&temporary);
        }
    }
}
