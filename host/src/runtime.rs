//! The runtime: one engine and linker; plugins compiled once into their
//! pre-instantiated form; a fresh store with its limits for every call.

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use serde::Serialize;
use wasmtime::component::{Component, Linker};
use wasmtime::{Config, Engine, InstanceAllocationStrategy, PoolingAllocationConfig, Store, Trap};
use zcp_park::{Dictionary, Park};

use crate::bindings::{Bound, Failure, WitVersion};
use crate::cache::ComponentCache;
use crate::contract;
use crate::limits::{LimitExceeded, Limits};
use crate::model::{Evaluation, StandardError, StandardInfo};
use crate::sandbox::{self, Output};
use crate::state::{Lineage, ParkSession, Requirement, StoreState};
use crate::teardown::Teardown;
use crate::trust::Publisher;
use crate::validate;

/// Set (to anything) to write `/tmp/perf-<pid>.map`, so that `perf report`
/// names the functions of the plugins' compiled code.
pub const PERFMAP_ENV: &str = "ZCP_PERFMAP";

/// How often the epoch advances; the wall-clock limit is counted in these.
const EPOCH_TICK: Duration = Duration::from_millis(10);

/// Where a plugin came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Origin {
    /// Embedded in the `zcp` binary (Cargo package name).
    Bundled(String),
    /// A `.wasm` file.
    File(PathBuf),
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Bundled(package) => write!(f, "bundled `{package}`"),
            Origin::File(path) => write!(f, "`{}`", path.display()),
        }
    }
}

/// Why a plugin could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum PluginError {
    /// The bytes are not a valid component.
    #[error("{origin}: not a valid WebAssembly component: {message}")]
    Compile {
        /// Where it came from.
        origin: Origin,
        /// The compiler's message.
        message: String,
    },
    /// Its signature or its signer's scope does not let it run.
    #[error("{origin}: refused: {reason}")]
    Untrusted {
        /// Where it came from.
        origin: Origin,
        /// Why (unsigned, tampered, an unknown, expired or revoked key, out of scope…).
        reason: String,
    },
    /// It declares a table or memory over the limits.
    #[error("{origin}: refused: {limit}")]
    OverLimit {
        /// Where it came from.
        origin: Origin,
        /// The limit and what it asked for.
        limit: LimitExceeded,
    },
    /// An import outside the sandbox's allow-list.
    #[error(
        "{origin}: refused: imports `{import}`, which standards may not use (allowed: `zcp:evaluation/park-data` and the WASI cli/io/insecure-seed interfaces)"
    )]
    ForbiddenImport {
        /// Where it came from.
        origin: Origin,
        /// The forbidden import names, joined by "`, `".
        import: String,
    },
    /// It does not implement the contract.
    #[error("{origin}: does not implement `zcp:evaluation/standard`: {message}")]
    Link {
        /// Where it came from.
        origin: Origin,
        /// Linker message.
        message: String,
    },
    /// `describe` trapped or hit a limit.
    #[error("{origin}: `describe` failed: {error}")]
    Describe {
        /// Where it came from.
        origin: Origin,
        /// What stopped it.
        error: RunError,
    },
    /// The description breaks the contract rules.
    #[error("{origin}: invalid description: {message}")]
    Invalid {
        /// Where it came from.
        origin: Origin,
        /// What is wrong.
        message: String,
    },
    /// A plugin from a directory claims the id of a bundled standard.
    #[error(
        "{origin}: refused: it claims `{label}`, but `{id}` is a standard bundled with zcp, whose versions come only with zcp itself (a signed release will be able to prove its publisher)"
    )]
    BundledId {
        /// Where it came from.
        origin: Origin,
        /// The id it claims.
        id: String,
        /// `id@version` it claims.
        label: String,
    },
    /// The file could not be read.
    #[error("cannot read `{}`: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The io error.
        source: std::io::Error,
    },
}

/// Why a call into a plugin produced no evaluation.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema, thiserror::Error)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum RunError {
    /// A limit stopped it.
    #[error("stopped: {limit}")]
    Limit {
        /// Which one.
        limit: LimitExceeded,
    },
    /// It trapped (a bug or a panic in the plugin).
    #[error("the plugin crashed: {message}")]
    Trap {
        /// The trap, and what the plugin printed to stderr.
        message: String,
    },
    /// The standard returned an error value.
    #[error("{error}")]
    Standard {
        /// The error.
        error: StandardError,
    },
    /// What it returned breaks the contract (an undeclared id, a verdict its
    /// own results contradict, a number that is not finite): nothing of it
    /// is reported.
    #[error("the plugin broke the contract: {violation}")]
    Contract {
        /// The first violation found, in one line.
        violation: String,
    },
    /// The base standard could not be evaluated, so this one was not called.
    #[error("base standard `{base}` could not be evaluated: {reason}")]
    Base {
        /// Base label.
        base: String,
        /// Why.
        reason: String,
    },
}

/// A loaded plugin: identity, description, and its pre-instantiated form.
pub struct Plugin {
    /// SHA-256 of the component bytes, lowercase hex.
    pub digest: String,
    /// Where it came from.
    pub origin: Origin,
    /// The contract version it was built for (the `evaluator` it exports).
    pub wit_version: WitVersion,
    /// What `describe` returned.
    pub info: StandardInfo,
    /// Who vouches for it.
    pub publisher: Publisher,
    /// Its requirements, resolved once for every evaluation.
    requires: Arc<[Requirement]>,
    pre: Bound,
}

impl Plugin {
    /// Resolve its requirements against the run's dictionary (which may hold
    /// keys other loaded standards define).
    pub(crate) fn bind_keys(&mut self, dictionary: &Dictionary) {
        self.requires = Requirement::resolve(&self.info.requires, dictionary);
    }
}

impl fmt::Debug for Plugin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Plugin")
            .field("label", &self.info.label())
            .field("digest", &self.digest)
            .finish()
    }
}

/// One evaluation call: its outcome and what was observed on the way.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Run {
    /// The evaluation, or why there is none.
    pub outcome: Result<Evaluation, RunError>,
    /// Data keys read.
    pub lineage: Lineage,
    /// What the plugin printed.
    pub stdout: Output,
    /// What the plugin printed to stderr.
    pub stderr: Output,
    /// Fuel consumed.
    pub fuel_used: u64,
}

/// The host runtime.
pub struct Runtime {
    engine: Engine,
    linker: Linker<StoreState>,
    limits: Limits,
    cache: Option<ComponentCache>,
    ticker: Arc<AtomicBool>,
    teardown: Teardown,
}

impl Drop for Runtime {
    fn drop(&mut self) {
        self.ticker.store(true, Ordering::Relaxed);
    }
}

impl Runtime {
    /// An engine with fuel, epochs and NaN canonicalization, and a linker
    /// with the park data and the sandbox's WASI interfaces.
    pub fn new(limits: Limits) -> wasmtime::Result<Self> {
        let mut config = Config::new();
        config
            .wasm_component_model(true)
            .consume_fuel(true)
            .epoch_interruption(true)
            .cranelift_nan_canonicalization(true)
            // `ZCP_PERFMAP=1`: name the plugins' functions for `perf`.
            .profiler(if std::env::var_os(PERFMAP_ENV).is_some() {
                wasmtime::ProfilingStrategy::PerfMap
            } else {
                wasmtime::ProfilingStrategy::None
            })
            .allocation_strategy(InstanceAllocationStrategy::Pooling(pool(&limits)));
        let engine = Engine::new(&config)?;
        let mut linker = Linker::new(&engine);
        crate::bindings::add_to_linker(&mut linker)?;
        sandbox::add_wasi(&mut linker)?;
        let ticker = Arc::new(AtomicBool::new(false));
        let (stop, weak_engine) = (ticker.clone(), engine.weak());
        thread::Builder::new()
            .name("zcp-epoch".into())
            .spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    thread::sleep(EPOCH_TICK);
                    match weak_engine.upgrade() {
                        Some(engine) => engine.increment_epoch(),
                        None => break,
                    }
                }
            })?;
        Ok(Runtime {
            engine,
            linker,
            limits,
            cache: None,
            ticker,
            teardown: Teardown::background()?,
        })
    }

    /// Keep compiled components in `cache` across runs.
    pub fn with_cache(mut self, cache: ComponentCache) -> Self {
        self.cache = Some(cache);
        self
    }

    /// Drop every store on the thread that evaluated (by default a thread
    /// of its own drops them, off the evaluation's critical path).
    pub fn with_inline_teardown(mut self) -> Self {
        self.teardown = Teardown::Inline;
        self
    }

    /// How many evaluations may run at once (one per thread): each holds
    /// one of the pooling allocator's pre-reserved instance slots.
    pub fn max_parallel(&self) -> usize {
        MAX_PARALLEL
    }

    /// The limits every call runs under.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// Compile, check imports, link, describe and validate a plugin.
    pub fn load(&self, bytes: &[u8], origin: Origin) -> Result<Plugin, PluginError> {
        self.load_digested(bytes, sha256_hex(bytes), origin)
    }

    /// [`Runtime::load`] for bytes whose SHA-256 the caller already has.
    pub(crate) fn load_digested(
        &self,
        bytes: &[u8],
        digest: String,
        origin: Origin,
    ) -> Result<Plugin, PluginError> {
        let cached = self
            .cache
            .as_ref()
            .and_then(|c| c.get(&self.engine, &digest));
        let fresh = cached.is_none();
        let component = match cached {
            Some(component) => component,
            None => {
                if let Some(limit) = crate::declared_sizes::over_limits(bytes, &self.limits) {
                    return Err(PluginError::OverLimit { origin, limit });
                }
                Component::new(&self.engine, bytes).map_err(|e| PluginError::Compile {
                origin: origin.clone(),
                message: if bytes.starts_with(CORE_MODULE_HEADER) {
                    "a core WebAssembly module, not a component (build for `wasm32-wasip2`, or wrap it with `wasm-tools component new`)".to_owned()
                } else {
                    first_line(&e)
                },
            })?
            }
        };
        let forbidden = sandbox::forbidden_imports(&self.engine, &component);
        if !forbidden.is_empty() {
            return Err(PluginError::ForbiddenImport {
                origin,
                import: forbidden.join("`, `"),
            });
        }
        // Only what the sandbox accepts is cached.
        if let Some(cache) = self.cache.as_ref().filter(|_| fresh) {
            cache.put(&self.engine, &digest, &component);
        }
        let link_error = |message: String| PluginError::Link {
            origin: origin.clone(),
            message,
        };
        let wit_version = match WitVersion::exported_by(&self.engine, &component).pop() {
            Some(version) => version,
            None => {
                let exports: Vec<String> = component
                    .component_type()
                    .exports(&self.engine)
                    .map(|(name, _)| format!("`{name}`"))
                    .collect();
                return Err(link_error(format!(
                    "it exports no `zcp:evaluation/evaluator` of a version this host runs ({}); it exports {}",
                    WitVersion::list(),
                    if exports.is_empty() {
                        "nothing".to_owned()
                    } else {
                        exports.join(", ")
                    }
                )));
            }
        };
        let instance_pre = self
            .linker
            .instantiate_pre(&component)
            .map_err(|e| link_error(first_line(&e)))?;
        let pre = Bound::new(wit_version, instance_pre).map_err(|e| link_error(first_line(&e)))?;
        let mut store = self.store(None);
        let info = match pre.describe(&mut store) {
            Ok(info) => info,
            Err(failure) => {
                let (instantiating, e) = match failure {
                    Failure::Instantiate(e) => (true, e),
                    Failure::Call(e) => (false, e),
                };
                // Classified once: it takes what the plugin printed.
                let error = classify(&store, &e);
                // Neither the guest's trap nor a limit, while instantiating:
                // wasmtime refused export types that differ from the contract's.
                let refused_types = instantiating
                    && matches!(error, RunError::Trap { .. })
                    && e.downcast_ref::<Trap>().is_none();
                return Err(if refused_types {
                    link_error(format!(
                        "its exports do not have the types contract {wit_version} gives them ({})",
                        first_line(&e)
                    ))
                } else {
                    PluginError::Describe { origin, error }
                });
            }
        };
        let (info, dictionary) = info
            .and_then(|info| {
                validate::standard_info(&info, self.limits.result_bytes)
                    .map(|dictionary| (info, dictionary))
            })
            .map_err(|message| PluginError::Invalid {
                origin: origin.clone(),
                message,
            })?;
        let publisher = match origin {
            Origin::Bundled(_) => Publisher::Bundled,
            Origin::File(_) => Publisher::Unsigned,
        };
        Ok(Plugin {
            digest,
            publisher,
            origin,
            wit_version,
            requires: Requirement::resolve(&info.requires, &dictionary),
            info,
            pre,
        })
    }

    /// Evaluate `plugin` on `park` for `year`, in a fresh store. What it
    /// returns is checked against the contract (`contract::check`), then
    /// against the size limit, before anything is reported.
    pub fn evaluate(
        &self,
        plugin: &Plugin,
        park: Arc<Park>,
        year: i32,
        parameters: &[(String, String)],
        base: Option<&Evaluation>,
    ) -> Run {
        self.evaluate_timed(plugin, park, year, parameters, base).0
    }

    /// [`Runtime::evaluate`], and where its time went.
    pub fn evaluate_timed(
        &self,
        plugin: &Plugin,
        park: Arc<Park>,
        year: i32,
        parameters: &[(String, String)],
        base: Option<&Evaluation>,
    ) -> (Run, Phases) {
        let mut clock = Stopwatch::start();
        let session = ParkSession {
            park,
            year,
            requires: Arc::clone(&plugin.requires),
        };
        let mut store = self.store(Some(session));
        let store_time = clock.lap();
        let instance = plugin.pre.instantiate(&mut store);
        let instantiate = clock.lap();
        let called = instance
            .and_then(|instance| instance.evaluate(&mut store, parameters, base, &plugin.info));
        let call = clock.lap();
        let outcome = match called {
            Ok(Ok(evaluation)) => contract::check(&plugin.info, &evaluation)
                .map_err(|violation| RunError::Contract { violation })
                .and_then(|()| self.check_size(evaluation)),
            Ok(Err(error)) => Err(RunError::Standard { error }),
            Err(e) => Err(classify(&store, &e)),
        };
        let fuel_used = self
            .limits
            .fuel
            .saturating_sub(store.get_fuel().unwrap_or(0));
        let state = store.data_mut();
        let run = Run {
            outcome,
            lineage: std::mem::take(&mut state.lineage),
            stdout: state.stdout.take(),
            stderr: state.stderr.take(),
            fuel_used,
        };
        let check = clock.lap();
        self.teardown.dispose(store);
        let phases = Phases {
            store: store_time,
            instantiate,
            call,
            check,
            teardown: clock.lap(),
        };
        (run, phases)
    }

    fn store(&self, session: Option<ParkSession>) -> Store<StoreState> {
        let mut store = Store::new(&self.engine, StoreState::new(&self.limits, session));
        store.limiter(|state| &mut state.limiter);
        // Fuel is enabled on the engine, so setting it cannot fail.
        let _ = store.set_fuel(self.limits.fuel);
        let ticks = (self.limits.wall_clock.as_millis() / EPOCH_TICK.as_millis()).max(1);
        store.set_epoch_deadline(u64::try_from(ticks).unwrap_or(u64::MAX));
        store.epoch_deadline_trap();
        store
    }

    fn check_size(&self, evaluation: Evaluation) -> Result<Evaluation, RunError> {
        // Counted as serialized, without keeping the bytes.
        let mut counter = ByteCount(0);
        let size =
            serde_json::to_writer(&mut counter, &evaluation).map_or(usize::MAX, |()| counter.0);
        if size > self.limits.result_bytes {
            return Err(RunError::Limit {
                limit: LimitExceeded::ResultSize {
                    limit: self.limits.result_bytes,
                    size,
                },
            });
        }
        Ok(evaluation)
    }
}

/// A writer that only counts what is written to it.
struct ByteCount(usize);

impl std::io::Write for ByteCount {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 = self.0.saturating_add(buf.len());
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Where the time of one sandboxed evaluation went.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Phases {
    /// Making the store: its state, limits and fuel.
    pub store: Duration,
    /// A fresh instance from the pre-instantiated component.
    pub instantiate: Duration,
    /// The `evaluate` call, its park-data calls and the conversion of what
    /// it returned.
    pub call: Duration,
    /// The contract and size checks, and taking the lineage and output.
    pub check: Duration,
    /// Disposing of the store, on this thread or handed to another.
    pub teardown: Duration,
}

impl Phases {
    /// The whole evaluation.
    pub fn total(&self) -> Duration {
        self.store + self.instantiate + self.call + self.check + self.teardown
    }
}

/// Laps of a monotonic clock.
struct Stopwatch(Instant);

impl Stopwatch {
    fn start() -> Self {
        Stopwatch(Instant::now())
    }

    /// Time since the last lap.
    fn lap(&mut self) -> Duration {
        let now = Instant::now();
        let lap = now - self.0;
        self.0 = now;
        lap
    }
}

/// The preamble of a core WebAssembly module (a component's has layer 1).
const CORE_MODULE_HEADER: &[u8] = b"\0asm\x01\0\0\0";

/// Evaluations running at once, at most (one per thread).
const MAX_PARALLEL: usize = 16;

/// Stores alive at once: one per evaluation running, those queued for
/// teardown and the one being dropped, and one loading (each slot reserves
/// address space, not memory).
const POOL_SLOTS: u32 = (MAX_PARALLEL + crate::teardown::QUEUE + 2) as u32;

/// Memory a pool slot keeps mapped between instances, zeroed rather than
/// returned to the kernel: a fresh instance then takes no page faults and
/// its teardown no `madvise` (with its cross-core TLB flushes). Measured:
/// a trivial plugin's call 12.8 → 1.9 µs, cn-zcp's 397 → 337 µs.
const RESIDENT_BYTES: usize = 2 << 20;

/// A pooling allocator sized by the limits: instances reuse pre-reserved
/// slots instead of mapping memory for every evaluation.
fn pool(limits: &Limits) -> PoolingAllocationConfig {
    let mut pool = PoolingAllocationConfig::new();
    pool.total_component_instances(POOL_SLOTS)
        .total_core_instances(POOL_SLOTS * 16)
        .total_memories(POOL_SLOTS)
        .total_tables(POOL_SLOTS * 8)
        // Fiber stacks serve async calls only, which this runtime never
        // makes: reserving (and guarding) the default thousand of them was
        // a twentieth of a cached cold start.
        .total_stacks(1)
        .max_memories_per_component(1)
        .max_memory_size(limits.memory_bytes)
        .table_elements(limits.table_elements);
    pool.linear_memory_keep_resident(RESIDENT_BYTES)
        .table_keep_resident(RESIDENT_BYTES);
    pool
}

/// Turn a failed call into a typed outcome: a recorded limit first, then
/// fuel and epoch traps, then any other trap with what the plugin printed.
fn classify(store: &Store<StoreState>, error: &wasmtime::Error) -> RunError {
    if let Some(limit) = store.data().limiter.refused.clone() {
        return RunError::Limit { limit };
    }
    if let Some(limit) = error.downcast_ref::<LimitExceeded>() {
        return RunError::Limit {
            limit: limit.clone(),
        };
    }
    match error.downcast_ref::<Trap>() {
        Some(Trap::OutOfFuel) => {
            return RunError::Limit {
                limit: LimitExceeded::Fuel {
                    fuel: store_fuel_limit(store),
                },
            };
        }
        Some(Trap::Interrupt) => {
            return RunError::Limit {
                limit: LimitExceeded::WallClock {
                    seconds: store.data().wall_clock_seconds(),
                },
            };
        }
        _ => {}
    }
    let printed = crate::sanitize::plugin_text(store.data().stderr.take().text);
    let said = panic_message(&printed)
        .map(|m| format!(" ({m})"))
        .unwrap_or_default();
    RunError::Trap {
        message: format!("{}{said}", root_message(error)),
    }
}

/// A Rust panic's location and message from what the plugin printed to
/// stderr (`thread '…' panicked at src/lib.rs:23:9:` then the message), or
/// else its first line.
fn panic_message(stderr: &str) -> Option<String> {
    let mut lines = stderr.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next()?;
    match first.split_once("panicked at ") {
        Some((_, location)) => {
            let location = location.trim_end_matches(':');
            Some(format!(
                "panicked at {location}: {}",
                lines.next().unwrap_or("no message")
            ))
        }
        None => Some(format!("it printed: {first}")),
    }
}

fn store_fuel_limit(store: &Store<StoreState>) -> u64 {
    store.data().fuel_limit()
}

fn root_message(error: &wasmtime::Error) -> String {
    match error.downcast_ref::<Trap>() {
        Some(trap) => trap.to_string(),
        None => first_line(error),
    }
}

fn first_line(error: &wasmtime::Error) -> String {
    error
        .to_string()
        .lines()
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// SHA-256 of `bytes`, lowercase hex: a plugin's and a park file's identity
/// (the digest signatures are made over).
pub use zcp_signature::sha256_hex;

#[cfg(test)]
mod tests {
    use super::panic_message;

    #[test]
    fn reads_the_panic_location_and_message() {
        let stderr = "\nthread '<unnamed>' (1) panicked at src/lib.rs:23:9:\ncoefficient table is empty\nnote: run with `RUST_BACKTRACE=1`\n";
        assert_eq!(
            panic_message(stderr).unwrap(),
            "panicked at src/lib.rs:23:9: coefficient table is empty"
        );
        assert_eq!(panic_message("oops\n").unwrap(), "it printed: oops");
        assert_eq!(panic_message(" \n"), None);
    }
}
