//! Loading standards (bundled and from directories); a request for one
//! (`id@semver-req`, [`spec`]) and choosing the version it gets
//! ([`resolve`]).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use zcp_park::Dictionary;

use crate::runtime::{Origin, Plugin, PluginError, Runtime, sha256_hex};
use crate::trust::Trust;
use crate::validate::{self, Foreign};

/// Environment variable naming extra standards directories (`:`-separated).
pub const STANDARDS_PATH_ENV: &str = "ZCP_STANDARDS_PATH";

mod resolve;
mod spec;

pub use resolve::{ResolveError, Resolved};
pub use spec::StandardSpec;

/// Read, admit (signature), compile and confirm (signer's scope) one
/// plugin file, as [`Registry::load`] does for each file of a directory.
pub fn load_file(runtime: &Runtime, trust: &Trust, path: PathBuf) -> Result<Plugin, PluginError> {
    let bytes = std::fs::read(&path).map_err(|source| PluginError::Read {
        path: path.clone(),
        source,
    })?;
    let digest = sha256_hex(&bytes);
    let admission = trust.admit(&path, &digest)?;
    let mut plugin = runtime.load_digested(&bytes, digest, Origin::File(path))?;
    plugin.publisher = admission.confirm(&plugin.info, &plugin.origin)?;
    Ok(plugin)
}

/// Every standard loaded for this run, and the run's data dictionary.
#[derive(Debug)]
pub struct Registry {
    plugins: Vec<Arc<Plugin>>,
    /// The shared dictionary plus the keys the loaded standards define.
    dictionary: Arc<Dictionary>,
    /// Plugins that failed to load: reported, never fatal for the others.
    pub errors: Vec<PluginError>,
}

/// Plugins loaded one by one, before the run's dictionary is built.
#[derive(Default)]
struct Loading {
    plugins: Vec<Plugin>,
    errors: Vec<PluginError>,
}

impl Loading {
    fn add(&mut self, loaded: Result<Plugin, PluginError>) {
        match loaded {
            // The same bytes twice (a bundled standard also in a directory) are one plugin.
            Ok(plugin) if self.plugins.iter().any(|p| p.digest == plugin.digest) => {}
            Ok(plugin) => self.plugins.push(plugin),
            Err(e) => self.errors.push(e),
        }
    }
}

/// Every bundled standard, checked against the digest pinned at build time
/// and loaded, in the bundled order; on as many threads as there are cores,
/// since a cold start loads them all (each read from the compile cache,
/// instantiated and described).
fn load_bundled(runtime: &Runtime) -> Vec<Result<Plugin, PluginError>> {
    let load = |bundled: &zcp_artifacts::BundledStandard| {
        let origin = Origin::Bundled(bundled.package.to_owned());
        if sha256_hex(bundled.bytes) != bundled.sha256 {
            return Err(PluginError::Invalid {
                origin,
                message: "its digest differs from the one pinned at build time".to_owned(),
            });
        }
        // Hashed once, just above.
        runtime.load_digested(bundled.bytes, bundled.sha256.to_owned(), origin)
    };
    let bundled = zcp_artifacts::BUNDLED_STANDARDS;
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let per_thread = bundled.len().div_ceil(threads.max(1)).max(1);
    std::thread::scope(|scope| {
        let chunks: Vec<_> = bundled
            .chunks(per_thread)
            .map(|chunk| scope.spawn(move || chunk.iter().map(load).collect::<Vec<_>>()))
            .collect();
        chunks
            .into_iter()
            .zip(bundled.chunks(per_thread))
            .flat_map(|(handle, chunk)| {
                handle.join().unwrap_or_else(|_| {
                    chunk
                        .iter()
                        .map(|b| {
                            Err(PluginError::Invalid {
                                origin: Origin::Bundled(b.package.to_owned()),
                                message: "loading the bundled standards failed in the host"
                                    .to_owned(),
                            })
                        })
                        .collect()
                })
            })
            .collect()
    })
}

impl Registry {
    /// Load the bundled standards and every `*.wasm` in `dirs` (sorted by
    /// name) that `trust` lets run: its signature checked before it is
    /// compiled, its signer's scope once it has described itself.
    pub fn load(runtime: &Runtime, dirs: &[PathBuf], trust: &Trust) -> Registry {
        let mut registry = Loading::default();
        for loaded in load_bundled(runtime) {
            registry.add(loaded);
        }
        for dir in dirs {
            match wasm_files(dir) {
                Ok(files) => {
                    for path in files {
                        registry.add(load_file(runtime, trust, path));
                    }
                }
                Err(source) => registry.errors.push(PluginError::Read {
                    path: dir.clone(),
                    source,
                }),
            }
        }
        Registry::from_loaded(registry.plugins, registry.errors)
    }

    /// Build the run's dictionary from the shared one and the keys each
    /// plugin defines, in load order: a plugin whose definitions clash with
    /// the dictionary or with a plugin before it is refused, as is one that
    /// requires keys of a standard that is not loaded. Every other plugin's
    /// requirements are then resolved against the run's dictionary.
    fn from_loaded(plugins: Vec<Plugin>, mut errors: Vec<PluginError>) -> Registry {
        let mut dictionary = match Dictionary::bundled() {
            Ok(shared) => shared.clone(),
            Err(e) => {
                errors.extend(plugins.into_iter().map(|p| PluginError::Invalid {
                    origin: p.origin,
                    message: e.to_string(),
                }));
                return Registry {
                    plugins: vec![],
                    dictionary: Arc::new(Dictionary::empty()),
                    errors,
                };
            }
        };
        // A bundled standard's id is zcp's own: a directory cannot replace it
        // nor offer a "newer" version that would win `id@REQ`.
        let bundled: Vec<String> = plugins
            .iter()
            .filter(|p| matches!(p.origin, Origin::Bundled(_)))
            .map(|p| p.info.id.clone())
            .collect();
        let (plugins, stolen): (Vec<Plugin>, Vec<Plugin>) = plugins
            .into_iter()
            .partition(|p| matches!(p.origin, Origin::Bundled(_)) || !bundled.contains(&p.info.id));
        errors.extend(stolen.into_iter().map(|p| PluginError::BundledId {
            label: p.info.label(),
            id: p.info.id.clone(),
            origin: p.origin,
        }));
        let mut defined = Vec::new();
        for plugin in plugins {
            let added = validate::key_defs(&plugin.info).and_then(|defs| {
                dictionary
                    .add_standard(&plugin.info.id, &plugin.info.label(), defs)
                    .map_err(|e| e.to_string())
            });
            match added {
                Ok(()) => defined.push(plugin),
                Err(message) => errors.push(PluginError::Invalid {
                    origin: plugin.origin,
                    message,
                }),
            }
        }
        let mut accepted = Vec::new();
        for mut plugin in defined {
            match validate::requirements(&plugin.info, &dictionary, Foreign::Check) {
                Ok(()) => {
                    plugin.bind_keys(&dictionary);
                    accepted.push(Arc::new(plugin));
                }
                Err(message) => errors.push(PluginError::Invalid {
                    origin: plugin.origin,
                    message,
                }),
            }
        }
        Registry {
            plugins: accepted,
            dictionary: Arc::new(dictionary),
            errors,
        }
    }

    /// The run's data dictionary: the shared one and the keys the loaded
    /// standards define. Park files of this run are read with it.
    pub fn dictionary(&self) -> &Arc<Dictionary> {
        &self.dictionary
    }

    /// Every loaded plugin, by id then version.
    pub fn plugins(&self) -> Vec<Arc<Plugin>> {
        let mut plugins = self.plugins.clone();
        plugins.sort_by(|a, b| (&a.info.id, &a.info.version).cmp(&(&b.info.id, &b.info.version)));
        plugins
    }
}

/// The `*.wasm` files directly in `dir`, sorted.
fn wasm_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|ext| ext == "wasm") && p.is_file())
        .collect();
    files.sort();
    Ok(files)
}

/// Directories from the environment variable, in order.
pub fn dirs_from_env() -> Vec<PathBuf> {
    std::env::var_os(STANDARDS_PATH_ENV)
        .map(|v| {
            std::env::split_paths(&v)
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        })
        .unwrap_or_default()
}
