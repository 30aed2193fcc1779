//! The compiled-component cache changes nothing but speed, and an entry this
//! host did not write for this user and this plugin is recompiled, never
//! executed.

use std::path::{Path, PathBuf};

use zcp::cache::{CACHE_DIR_ENV, CACHE_KEY_ENV};
use zcp_test_artifacts::test_plugins::{FORBIDDEN_IMPORT, PANICS};

use crate::{plugin_dir, stdout_of, zcp};

const PARK: &str = "examples/parks/ordos-green.toml";

/// How many standards the binary bundles: each is compiled, and cached, on
/// every run, whichever the run evaluates.
fn bundled() -> usize {
    zcp_artifacts::BUNDLED_STANDARDS.len()
}

/// A cache directory and a key file beside it, both private to the test,
/// and a standards directory (one path for every run: reports name it).
struct Cache {
    home: tempfile::TempDir,
    plugins: tempfile::TempDir,
}

impl Cache {
    fn new() -> Self {
        Cache {
            home: tempfile::tempdir().unwrap(),
            plugins: plugin_dir(&[PANICS]),
        }
    }

    fn dir(&self) -> PathBuf {
        self.home.path().join("cache")
    }

    /// `zcp evaluate PARK -s cn-zcp@1 [-s test-panics] --format json` with
    /// this cache and the key in `key`.
    fn report(&self, key: &str, with_panics: bool) -> String {
        let mut cmd = zcp();
        cmd.env(CACHE_DIR_ENV, self.dir())
            .env(CACHE_KEY_ENV, self.home.path().join(key))
            .args(["evaluate", PARK, "-s", "cn-zcp@1", "--format", "json"])
            .arg("--standards-dir")
            .arg(self.plugins.path());
        if with_panics {
            cmd.args(["-s", "test-panics"]);
        }
        stdout_of(&mut cmd, if with_panics { 1 } else { 0 })
    }

    fn entries(&self) -> Vec<PathBuf> {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(self.dir())
            .map(|d| d.map(|e| e.unwrap().path()).collect())
            .unwrap_or_default();
        entries.sort();
        entries
    }
}

#[cfg(unix)]
fn inode(metadata: &std::fs::Metadata) -> u64 {
    std::os::unix::fs::MetadataExt::ino(metadata)
}

#[cfg(not(unix))]
fn inode(_metadata: &std::fs::Metadata) -> u64 {
    0
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

#[test]
fn reports_are_byte_identical_cold_warm_and_without_cache() {
    let cache = Cache::new();
    let cold = cache.report("key", false);
    let cached = cache.entries();
    assert_eq!(
        cached.len(),
        bundled() + 1,
        "the bundled standards and test-panics: {cached:?}"
    );
    assert!(
        cached
            .iter()
            .all(|e| e.extension().is_some_and(|x| x == "cwasm"))
    );
    let identity = |entries: &[PathBuf]| -> Vec<(u64, std::time::SystemTime)> {
        entries
            .iter()
            .map(|e| {
                let metadata = std::fs::metadata(e).unwrap();
                (inode(&metadata), metadata.modified().unwrap())
            })
            .collect()
    };
    let before = identity(&cached);
    let warm = cache.report("key", false);
    assert_eq!(
        identity(&cache.entries()),
        before,
        "a warm run loads the entries, it does not rewrite them"
    );
    let uncached = stdout_of(
        zcp()
            .env(CACHE_DIR_ENV, "")
            .args(["evaluate", PARK, "-s", "cn-zcp@1", "--format", "json"]),
        0,
    );
    assert_eq!(cold, warm);
    assert_eq!(
        cold, uncached,
        "same digests, data and parameters give the same bytes"
    );
}

#[cfg(unix)]
#[test]
fn entries_and_key_are_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let cache = Cache::new();
    cache.report("key", false);
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&cache.dir()), 0o700);
    assert_eq!(mode(&cache.home.path().join("key")), 0o600);
    for entry in cache.entries() {
        assert_eq!(mode(&entry), 0o600, "{}", entry.display());
    }
}

/// A flipped byte in the compiled code, a truncated entry: recompiled and
/// rewritten, the report unchanged.
#[test]
fn a_tampered_or_truncated_entry_is_recompiled_not_executed() {
    let cache = Cache::new();
    let expected = cache.report("key", false);
    // Two of the entries the run loads (every bundled standard is loaded).
    let entries = cache.entries();
    let (first, second) = (&entries[0], &entries[1]);
    let (good_first, good_second) = (read(first), read(second));
    let mut tampered = good_first.clone();
    let middle = tampered.len() / 2;
    tampered[middle] ^= 0x01;
    std::fs::write(first, &tampered).unwrap();
    std::fs::write(second, &good_second[..good_second.len() / 3]).unwrap();
    assert_eq!(cache.report("key", false), expected);
    assert_eq!(read(first), good_first, "rewritten by the host");
    assert_eq!(read(second), good_second, "rewritten by the host");
}

/// Two valid entries exchanged (each authentic, for the other plugin): the
/// tag binds the plugin's digest, so neither is loaded as the other.
#[test]
fn entries_swapped_between_plugins_are_recompiled() {
    let cache = Cache::new();
    let expected = cache.report("key", true);
    // Two entries of two plugins the run loads.
    let entries = cache.entries();
    let (first, second) = (&entries[0], &entries[1]);
    let (a, b) = (read(first), read(second));
    std::fs::write(first, &b).unwrap();
    std::fs::write(second, &a).unwrap();
    assert_eq!(cache.report("key", true), expected);
    assert_eq!((read(first), read(second)), (a, b));
}

/// Entries written under another key (another user's, or a cache directory
/// restored from somewhere else) are not trusted: the key stays outside the
/// cache directory.
#[test]
fn entries_written_under_another_key_are_recompiled() {
    let cache = Cache::new();
    let expected = cache.report("key-a", false);
    let before: Vec<Vec<u8>> = cache.entries().iter().map(|e| read(e)).collect();
    assert_eq!(cache.report("key-b", false), expected);
    let after: Vec<Vec<u8>> = cache.entries().iter().map(|e| read(e)).collect();
    assert_eq!(before.len(), after.len());
    for (before, after) in before.iter().zip(&after) {
        assert_eq!(before.len(), after.len(), "same compiled code");
        assert_ne!(before, after, "rewritten with the other key's tag");
    }
}

#[test]
fn a_plugin_the_sandbox_refuses_is_never_cached() {
    let cache = Cache::new();
    let plugins = plugin_dir(&[FORBIDDEN_IMPORT]);
    let stdout = stdout_of(
        zcp()
            .env(CACHE_DIR_ENV, cache.dir())
            .env(CACHE_KEY_ENV, cache.home.path().join("key"))
            .args(["standards", "--standards-dir"])
            .arg(plugins.path()),
        2,
    );
    assert!(stdout.contains("refused: imports `wasi:"), "{stdout}");
    let digest = zcp::runtime::sha256_hex(&read(Path::new(FORBIDDEN_IMPORT)));
    let entries = cache.entries();
    assert_eq!(
        entries.len(),
        bundled(),
        "the bundled standards only: {entries:?}"
    );
    assert!(
        entries
            .iter()
            .all(|e| !e.to_string_lossy().contains(&digest))
    );
}

#[cfg(unix)]
#[test]
fn a_cache_directory_others_may_write_is_not_used_and_the_run_goes_on() {
    use std::os::unix::fs::PermissionsExt;
    let cache = Cache::new();
    std::fs::create_dir(cache.dir()).unwrap();
    std::fs::set_permissions(cache.dir(), std::fs::Permissions::from_mode(0o777)).unwrap();
    let output = zcp()
        .env(CACHE_DIR_ENV, cache.dir())
        .env(CACHE_KEY_ENV, cache.home.path().join("key"))
        .args(["evaluate", PARK, "-s", "cn-zcp@1"])
        .assert()
        .code(0)
        .get_output()
        .clone();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(
        stderr.trim_end(),
        format!(
            "warning: compile cache not used: `{}` writable by other users (mode 777); compiling every plugin",
            cache.dir().display()
        )
    );
    assert!(
        String::from_utf8(output.stdout)
            .unwrap()
            .contains("QUALIFIED")
    );
    assert!(cache.entries().is_empty(), "nothing written there");
}
