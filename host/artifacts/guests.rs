//! Building guest components with a nested cargo, shared by the build
//! scripts of `zcp-artifacts` (the bundled standards, for the `zcp` binary)
//! and `zcp-test-artifacts` (the test plugins, for the test suite).
//!
//! Each build script builds into a target directory inside its own
//! `OUT_DIR`: two builds (a `cargo build` and a `cargo clippy`, say) never
//! write the same file, and the outer build's lock on the workspace target
//! directory is never waited for. The wrapper variables clippy sets are
//! dropped. A build is skipped when the guests' sources are byte for byte
//! those of the last successful build into this `OUT_DIR`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::{env, fs};

use sha2::{Digest, Sha256};

/// The guests' target.
pub const TARGET: &str = "wasm32-wasip2";

/// Where one build script builds and leaves its components.
pub struct Guests {
    /// The workspace root.
    pub root: PathBuf,
    /// This build script's `OUT_DIR`: the components are copied here.
    pub out_dir: PathBuf,
}

impl Guests {
    /// Build the workspace at `root` into `out_dir` (which holds the nested
    /// target directory).
    pub fn new(root: PathBuf, out_dir: PathBuf) -> Guests {
        Guests { root, out_dir }
    }

    /// From cargo's variables; `up` is the path from the manifest
    /// directory to the workspace root (`../..`).
    pub fn from_env(up: &str) -> Guests {
        let manifest_dir = PathBuf::from(
            env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
        );
        let root = manifest_dir
            .join(up)
            .canonicalize()
            .expect("workspace root exists");
        let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
        Guests { root, out_dir }
    }

    /// The nested cargo's target directory: inside `OUT_DIR`, this build's own.
    fn target_dir(&self) -> PathBuf {
        self.out_dir.join("guests")
    }

    /// Where the nested cargo leaves release components.
    pub fn release_dir(&self) -> PathBuf {
        self.target_dir().join(TARGET).join("release")
    }

    /// Ask cargo to rerun the build script when anything under these
    /// workspace paths changes.
    pub fn watch(&self, paths: &[&str]) {
        for watched in paths {
            println!(
                "cargo:rerun-if-changed={}",
                self.root.join(watched).display()
            );
        }
    }

    /// Whether the components named by `artifacts` (files in `OUT_DIR`)
    /// were built from sources whose digest is `stamp`.
    pub fn up_to_date(&self, stamp: &str, artifacts: &[PathBuf]) -> bool {
        fs::read_to_string(self.stamp_file()).is_ok_and(|s| s == stamp)
            && artifacts.iter().all(|a| a.is_file())
    }

    /// Forget the last build's stamp (before building), or record it (after).
    pub fn stamp(&self, stamp: Option<&str>) {
        match stamp {
            Some(stamp) => fs::write(self.stamp_file(), stamp).expect("OUT_DIR is writable"),
            None => {
                let _ = fs::remove_file(self.stamp_file());
            }
        }
    }

    fn stamp_file(&self) -> PathBuf {
        self.out_dir.join("guests.stamp")
    }

    /// Build `packages` for the guest target in release, with `vars` set.
    pub fn build<'a>(&self, packages: impl Iterator<Item = &'a String>, vars: &[(&str, &str)]) {
        let args: Vec<String> = packages
            .flat_map(|p| ["-p".to_owned(), p.clone()])
            .collect();
        self.cargo_build(&args, vars);
    }

    /// Build `package` with one cargo `feature` enabled.
    pub fn build_with_feature(&self, package: &str, feature: &str) {
        let args = ["-p", package, "--features", feature].map(str::to_owned);
        self.cargo_build(&args, &[]);
    }

    fn cargo_build(&self, args: &[String], vars: &[(&str, &str)]) {
        let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let mut cmd = Command::new(cargo);
        cmd.current_dir(&self.root)
            .args(["build", "--release", "--target", TARGET, "--target-dir"])
            .arg(self.target_dir())
            .args(args);
        cmd.env("CARGO_ENCODED_RUSTFLAGS", self.rustflags());
        for var in [
            "RUSTFLAGS",
            "RUSTC_WORKSPACE_WRAPPER",
            "RUSTC_WRAPPER",
            "CARGO_TARGET_DIR",
            "CARGO_BUILD_TARGET",
            "CARGO_PRIMARY_PACKAGE",
        ] {
            cmd.env_remove(var);
        }
        cmd.envs(vars.iter().copied());
        let status = cmd.status().expect("cargo runs");
        assert!(
            status.success(),
            "building the guest components failed (are the pinned toolchain and its target installed? `rustup toolchain install` in the repository root)"
        );
    }

    /// The flags every guest is built with, whatever the caller's: a small
    /// stack ([`GUEST_STACK_BYTES`]), and paths
    /// that could reach the component (a panic's location) remapped, so
    /// that its bytes do not depend on where the sources, the target
    /// directory or cargo's registry are (the toolchain is pinned exactly in
    /// `rust-toolchain.toml`).
    fn rustflags(&self) -> String {
        let cargo_home = env::var_os("CARGO_HOME")
            .map(PathBuf::from)
            .or_else(|| env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")));
        // rustc applies the last matching prefix: the most specific last.
        let mut remaps = vec![(self.root.clone(), "/zcp"), (self.target_dir(), "/target")];
        remaps.extend(cargo_home.map(|home| (home, "/cargo")));
        remaps
            .iter()
            .map(|(from, to)| format!("--remap-path-prefix={}={to}", from.display()))
            .chain(std::iter::once(format!(
                "-Clink-arg=-zstack-size={GUEST_STACK_BYTES}"
            )))
            .collect::<Vec<_>>()
            .join("\x1f")
    }

    /// Copy the component cargo built for `package` to `OUT_DIR/<name>`.
    pub fn keep(&self, package: &str, name: &str) -> PathBuf {
        let file = wasm_file(package);
        let bytes = fs::read(self.release_dir().join(&file))
            .unwrap_or_else(|e| panic!("missing artifact {file}: {e}"));
        let kept = self.out_dir.join(name);
        fs::write(&kept, bytes).expect("OUT_DIR is writable");
        kept
    }

    /// SHA-256 over every file the guests are built from (paths and
    /// contents): the files under `dirs` but those under `except`, the
    /// lock file, and `script` (the build script's own text: its variants
    /// and flags).
    pub fn sources_digest(&self, dirs: &[&str], except: &[PathBuf], script: &str) -> String {
        let mut files = Vec::new();
        for dir in dirs {
            collect_files(&self.root.join(dir), &mut files);
        }
        files.push(self.root.join("Cargo.lock"));
        files.retain(|f| !except.iter().any(|c| f.starts_with(c)));
        files.sort();
        let mut hasher = Sha256::new();
        hasher.update(script);
        hasher.update(include_str!("guests.rs"));
        for file in files {
            let bytes =
                fs::read(&file).unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
            let relative = file.strip_prefix(&self.root).unwrap_or(&file);
            hasher.update(relative.to_string_lossy().as_bytes());
            hasher.update((bytes.len() as u64).to_le_bytes());
            hasher.update(&bytes);
        }
        hex(&hasher.finalize())
    }
}

/// Build the bundled standard `id` (its crate `standards/<id>/component`)
/// from the workspace at `root` into `work`, as the `zcp` build does: the
/// SHA-256 of the component.
pub fn rebuild_standard(root: PathBuf, work: &Path, id: &str) -> String {
    let guests = Guests::new(root, work.to_path_buf());
    let package = format!("{id}-component");
    guests.build([package.clone()].iter(), &[]);
    sha256_of(&guests.release_dir().join(wasm_file(&package)))
}

/// Names of the directories directly under `dir` that hold a `Cargo.toml`
/// (for standards and test plugins, directory name = package name).
pub fn packages_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .filter(|entry| entry.path().join("Cargo.toml").is_file())
        .filter_map(|entry| entry.file_name().into_string().ok())
        .collect();
    names.sort();
    names
}

/// `<package>.wasm`, as cargo names a cdylib (`-` becomes `_`).
pub fn wasm_file(package: &str) -> String {
    format!("{}.wasm", package.replace('-', "_"))
}

/// SHA-256 of a file, lowercase hex.
pub fn sha256_of(path: &Path) -> String {
    let bytes = fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    hex(&Sha256::digest(&bytes))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Every file under `dir`, recursively.
fn collect_files(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            collect_files(&path, files);
        } else if path.is_file() {
            files.push(path);
        }
    }
}

/// The guests' stack (Rust's default for wasm is 1 MiB): a fresh instance's
/// memory starts this much smaller, so less of it is touched and reset per
/// evaluation. Enough for the standards' rules by a wide margin; a guest
/// that runs out traps, reported as a crash, never corrupts its heap (the
/// stack sits below the data).
pub const GUEST_STACK_BYTES: usize = 256 << 10;
