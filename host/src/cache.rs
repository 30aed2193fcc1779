//! An on-disk cache of compiled components, so that a CLI run does not
//! recompile every plugin (compiling `cn-zcp` takes about 0.2 s, loading its
//! compiled form a few milliseconds).
//!
//! A compiled component is native code that wasmtime maps and runs without
//! checking it (`Component::deserialize` is `unsafe`), so an entry is only
//! loaded when it provably came from this host for this user:
//! - the entry is named by the plugin's SHA-256 and a hash of the engine's
//!   configuration and the host version, so a stale entry is never found;
//! - its body is authenticated with keyed BLAKE3 under a per-user key kept
//!   *outside* the cache directory (`$ZCP_CACHE_KEY_FILE`, default
//!   `$XDG_STATE_HOME/zcp/cache.key`), binding the tag to the digest and the
//!   engine hash too, so a copied, swapped, truncated or tampered entry is
//!   recompiled, never executed;
//! - the directory, the key and each entry are owner-only (`0700`/`0600`),
//!   and a directory or key that others may write or read is not used;
//! - the entry is mapped only after its tag is checked, from the same path,
//!   and dropped if the file changed in between.
//!
//! What a same-user attacker can still do is written down in `SECURITY.md`.

use std::fs::{self, OpenOptions};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::Write as _;
use std::path::{Path, PathBuf};

use wasmtime::Engine;
use wasmtime::component::Component;

/// Environment variable naming the cache directory; empty disables the cache.
pub const CACHE_DIR_ENV: &str = "ZCP_CACHE_DIR";

/// Environment variable naming the file holding the cache's key.
pub const CACHE_KEY_ENV: &str = "ZCP_CACHE_KEY_FILE";

/// The last bytes of every entry: the format, so a future layout is a miss.
/// An entry is the compiled component as wasmtime serialized it, then the
/// tag, then this: wasmtime maps it as is and ignores what follows its code.
const MAGIC: &[u8; 16] = b"zcp-cwasm-v1\0\0\0\n";

/// Bytes of the keyed BLAKE3 tag before [`MAGIC`].
const TAG_BYTES: usize = 32;

/// Why the cache is not used for this run (the run goes on, compiling).
#[derive(Debug, thiserror::Error)]
pub enum CacheError {
    /// A directory or key that someone else could have written.
    #[error("compile cache not used: `{path}` {reason}")]
    Unsafe {
        /// The directory or key file.
        path: PathBuf,
        /// What is wrong with it.
        reason: String,
    },
    /// The directory or key could not be created or read.
    #[error("compile cache not used: `{path}`: {source}")]
    Io {
        /// The directory or key file.
        path: PathBuf,
        /// The failure.
        #[source]
        source: std::io::Error,
    },
}

/// A directory of compiled components, authenticated with a per-user key.
#[derive(Clone, PartialEq, Eq)]
pub struct ComponentCache {
    dir: PathBuf,
    key: [u8; 32],
}

impl std::fmt::Debug for ComponentCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ComponentCache")
            .field("dir", &self.dir)
            .finish_non_exhaustive()
    }
}

impl ComponentCache {
    /// The cache in `dir`, authenticated with the key in `key_file`; both
    /// are created owner-only when absent, and refused when others could
    /// write them (or read the key).
    pub fn open(dir: impl Into<PathBuf>, key_file: &Path) -> Result<Self, CacheError> {
        let dir = dir.into();
        private_dir(&dir)?;
        if let Some(parent) = key_file.parent().filter(|p| !p.as_os_str().is_empty()) {
            private_dir(parent)?;
        }
        let key = read_or_create_key(key_file)?;
        Ok(ComponentCache { dir, key })
    }

    /// The cache the environment asks for: `$ZCP_CACHE_DIR`, else
    /// `$XDG_CACHE_HOME/zcp`, else `$HOME/.cache/zcp`, keyed by
    /// `$ZCP_CACHE_KEY_FILE`, else `$XDG_STATE_HOME/zcp/cache.key`, else
    /// `$HOME/.local/state/zcp/cache.key`. `None` when `ZCP_CACHE_DIR` is set
    /// but empty, or no home is known.
    pub fn from_env() -> Option<Result<Self, CacheError>> {
        let dir = match std::env::var_os(CACHE_DIR_ENV) {
            Some(dir) if dir.is_empty() => return None,
            Some(dir) => PathBuf::from(dir),
            None => user_dir("XDG_CACHE_HOME", ".cache")?.join("zcp"),
        };
        let key_file = match std::env::var_os(CACHE_KEY_ENV).filter(|k| !k.is_empty()) {
            Some(file) => PathBuf::from(file),
            None => user_dir("XDG_STATE_HOME", ".local/state")?.join("zcp/cache.key"),
        };
        Some(ComponentCache::open(dir, &key_file))
    }

    /// The directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The configuration of `engine` and the host version, which an entry
    /// is valid for.
    fn engine_hash(engine: &Engine) -> u64 {
        let mut hasher = DefaultHasher::new();
        engine.precompile_compatibility_hash().hash(&mut hasher);
        env!("CARGO_PKG_VERSION").hash(&mut hasher);
        hasher.finish()
    }

    fn entry(&self, digest: &str, engine_hash: u64) -> PathBuf {
        self.dir.join(format!("{digest}-{engine_hash:016x}.cwasm"))
    }

    /// The tag of `body` as the entry of `digest` for `engine_hash`.
    fn tag(&self, digest: &str, engine_hash: u64, body: &[u8]) -> blake3::Hash {
        blake3::Hasher::new_keyed(&self.key)
            .update(MAGIC)
            .update(digest.as_bytes())
            .update(&engine_hash.to_le_bytes())
            .update(body)
            .finalize()
    }

    /// The compiled form of the plugin with this digest, if a valid entry is
    /// cached; anything else (absent, stale, truncated, tampered, another
    /// key's) is a miss, and the caller's recompile overwrites it.
    pub(crate) fn get(&self, engine: &Engine, digest: &str) -> Option<Component> {
        let engine_hash = Self::engine_hash(engine);
        let path = self.entry(digest, engine_hash);
        let file = fs::File::open(&path).ok()?;
        let identity = FileIdentity::of(&file.metadata().ok()?);
        // Mapped, not read: the tag is checked over the page cache, with no
        // copy into fresh memory (a tenth of a cached cold start).
        // SAFETY: a read-only mapping of a file in a directory only this user
        // may write. Entries are replaced by rename, never rewritten in place,
        // so a change while mapped fails the tag or identity check below;
        // only a same-user attacker truncating it in place could stop the
        // process (SIGBUS), which that user can do anyway (SECURITY.md).
        #[allow(unsafe_code)]
        let mapped = unsafe { memmap2::Mmap::map(&file) }.ok()?;
        let bytes: &[u8] = &mapped;
        let rest = bytes.strip_suffix(MAGIC.as_slice())?;
        let (body, tag) = rest.split_at_checked(rest.len().checked_sub(TAG_BYTES)?)?;
        // `blake3::Hash` compares in constant time.
        if self.tag(digest, engine_hash, body) != blake3::Hash::from_slice(tag).ok()? {
            return None;
        }
        // SAFETY: the file's keyed tag was just verified, under a key only
        // this user can read, bound to this plugin's digest and this
        // engine's configuration: `put` below wrote it, from a component
        // this engine compiled and whose imports the sandbox had accepted.
        // It is mapped from the same path (wasmtime ignores the trailing tag),
        // in a directory only this user may write, and dropped below unless
        // it is still the file that was checked. wasmtime checks its header.
        #[allow(unsafe_code)]
        let component = unsafe { Component::deserialize_file(engine, &path) }.ok()?;
        let unchanged = fs::metadata(&path).is_ok_and(|m| FileIdentity::of(&m) == identity);
        unchanged.then_some(component)
    }

    /// Store a compiled component, owner-only and atomically; failures only
    /// cost a recompile next time.
    pub(crate) fn put(&self, engine: &Engine, digest: &str, component: &Component) {
        let Ok(body) = component.serialize() else {
            return;
        };
        let engine_hash = Self::engine_hash(engine);
        let path = self.entry(digest, engine_hash);
        let temporary = path.with_extension(format!("tmp{}", std::process::id()));
        let tag = self.tag(digest, engine_hash, &body);
        let written = private_file(&temporary)
            .and_then(|mut file| {
                file.write_all(&body)?;
                file.write_all(tag.as_bytes())?;
                file.write_all(MAGIC)?;
                file.sync_data()
            })
            .and_then(|()| fs::rename(&temporary, &path));
        if written.is_err() {
            let _ = fs::remove_file(&temporary);
        }
    }
}

/// What tells a file apart from a replacement or a rewrite of it.
#[derive(PartialEq, Eq)]
struct FileIdentity {
    #[cfg(unix)]
    inode: (u64, u64),
    size: u64,
    modified: Option<std::time::SystemTime>,
}

impl FileIdentity {
    fn of(metadata: &fs::Metadata) -> Self {
        #[cfg(unix)]
        use std::os::unix::fs::MetadataExt;
        FileIdentity {
            #[cfg(unix)]
            inode: (metadata.dev(), metadata.ino()),
            size: metadata.len(),
            modified: metadata.modified().ok(),
        }
    }
}

/// `$VAR`, else `$HOME/<fallback>`.
fn user_dir(var: &str, fallback: &str) -> Option<PathBuf> {
    std::env::var_os(var)
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|h| !h.is_empty())
                .map(|h| Path::new(&h).join(fallback))
        })
}

/// Create `dir` owner-only if absent; refuse it if it belongs to someone
/// else or others may write into it.
fn private_dir(dir: &Path) -> Result<(), CacheError> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir).map_err(|source| CacheError::Io {
        path: dir.to_owned(),
        source,
    })?;
    owner_only(dir, 0o022, "writable by other users")
}

/// The 32-byte key in `file`, created from the system's secure random
/// source when absent. Creation goes through a hard link, so two processes
/// starting at once agree on one key.
fn read_or_create_key(file: &Path) -> Result<[u8; 32], CacheError> {
    let io = |source| CacheError::Io {
        path: file.to_owned(),
        source,
    };
    if !file.exists() {
        let mut key = [0u8; 32];
        getrandom::fill(&mut key).map_err(|e| io(std::io::Error::other(e.to_string())))?;
        let temporary = file.with_extension(format!("tmp{}", std::process::id()));
        let created = private_file(&temporary)
            .and_then(|mut f| f.write_all(&key).and_then(|()| f.sync_all()))
            .and_then(|()| fs::hard_link(&temporary, file));
        let _ = fs::remove_file(&temporary);
        match created {
            Ok(()) => return Ok(key),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(io(e)),
        }
    }
    owner_only(file, 0o077, "can be read or written by other users")?;
    let bytes = fs::read(file).map_err(io)?;
    bytes
        .try_into()
        .map_err(|bytes: Vec<u8>| CacheError::Unsafe {
            path: file.to_owned(),
            reason: format!("holds {} bytes, not a 32-byte key", bytes.len()),
        })
}

/// A new file only the owner may read and write.
fn private_file(path: &Path) -> std::io::Result<fs::File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

/// Refuse `path` unless it belongs to this user and has none of the
/// permission bits in `forbidden`.
#[cfg(unix)]
fn owner_only(path: &Path, forbidden: u32, reason: &str) -> Result<(), CacheError> {
    use std::os::unix::fs::MetadataExt;
    let metadata = fs::metadata(path).map_err(|source| CacheError::Io {
        path: path.to_owned(),
        source,
    })?;
    let unsafe_because = |reason: String| CacheError::Unsafe {
        path: path.to_owned(),
        reason,
    };
    let me = rustix::process::geteuid().as_raw();
    if metadata.uid() != me {
        return Err(unsafe_because(format!(
            "belongs to user {}, not to this user ({me})",
            metadata.uid()
        )));
    }
    let mode = metadata.mode() & 0o777;
    if mode & forbidden != 0 {
        return Err(unsafe_because(format!("{reason} (mode {mode:03o})")));
    }
    Ok(())
}

/// Permissions are not checked where they are not Unix modes.
#[cfg(not(unix))]
fn owner_only(_path: &Path, _forbidden: u32, _reason: &str) -> Result<(), CacheError> {
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    #![allow(clippy::unwrap_used)]

    use std::os::unix::fs::PermissionsExt;

    use super::*;

    fn chmod(path: &Path, mode: u32) {
        fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
    }

    fn mode(path: &Path) -> u32 {
        fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn a_new_cache_and_its_key_are_owner_only_and_the_key_is_kept() {
        let home = tempfile::tempdir().unwrap();
        let (dir, key) = (home.path().join("cache"), home.path().join("state/key"));
        let first = ComponentCache::open(&dir, &key).unwrap();
        assert_eq!((mode(&dir), mode(&key)), (0o700, 0o600));
        assert_eq!(mode(key.parent().unwrap()), 0o700);
        assert_eq!(fs::read(&key).unwrap().len(), 32);
        let second = ComponentCache::open(&dir, &key).unwrap();
        assert_eq!(first.key, second.key, "the key is read, not replaced");
        let other = tempfile::tempdir().unwrap();
        let elsewhere = ComponentCache::open(&dir, &other.path().join("key")).unwrap();
        assert_ne!(first.key, elsewhere.key, "keys are random");
    }

    #[test]
    fn a_directory_others_may_write_is_not_used() {
        let home = tempfile::tempdir().unwrap();
        let dir = home.path().join("cache");
        fs::create_dir(&dir).unwrap();
        chmod(&dir, 0o777);
        let error = ComponentCache::open(&dir, &home.path().join("key")).unwrap_err();
        assert_eq!(
            error.to_string(),
            format!(
                "compile cache not used: `{}` writable by other users (mode 777)",
                dir.display()
            )
        );
    }

    #[test]
    fn a_key_others_may_read_or_of_the_wrong_size_is_not_used() {
        let home = tempfile::tempdir().unwrap();
        let key = home.path().join("key");
        fs::write(&key, [7u8; 32]).unwrap();
        chmod(&key, 0o644);
        let error = ComponentCache::open(home.path().join("c"), &key).unwrap_err();
        assert!(
            error
                .to_string()
                .ends_with("can be read or written by other users (mode 644)"),
            "{error}"
        );
        chmod(&key, 0o600);
        fs::write(&key, b"short").unwrap();
        let error = ComponentCache::open(home.path().join("c"), &key).unwrap_err();
        assert!(
            error
                .to_string()
                .ends_with("holds 5 bytes, not a 32-byte key"),
            "{error}"
        );
    }
}
