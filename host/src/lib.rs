//! zcp: evaluate industrial parks against zero-carbon park standards.
//!
//! Each standard version is a sandboxed WebAssembly component implementing
//! `zcp:evaluation/standard` (see `wit/`). The [`Runtime`] compiles each once,
//! checks its imports, and runs every call in a fresh store under [`Limits`];
//! the [`Registry`] loads bundled and user-supplied standards and resolves
//! `id@semver-req`; [`run`] evaluates parks against several standards side
//! by side; [`batch`] streams many parks through them in parallel.

#![deny(unsafe_code)]

// The CLI's modules name this crate `zcp::`, as outside code does.
extern crate self as zcp;

pub mod batch;
pub mod bindings;
pub mod cache;
pub mod chain;
pub mod check;
pub mod commands;
pub mod conformance;
mod contract;
pub mod date;
mod declared_sizes;
pub mod diff;
pub mod evaluate;
pub mod limits;
pub mod lock;
pub mod model;
pub mod needs;
pub mod receipt;
pub mod record;
pub mod registry;
pub mod report;
pub mod runtime;
mod sandbox;
pub mod sanitize;
pub mod scaffold;
pub mod schema;
mod state;
mod teardown;
pub mod template;
pub mod trust;
mod validate;

pub use cache::ComponentCache;
pub use conformance::{CaseReport, SuiteReport, TestReport};
pub use evaluate::{Request, run};
pub use limits::{LimitExceeded, Limits};
pub use record::{ParkSection, Report, StandardRun};
pub use registry::{Registry, StandardSpec};
pub use runtime::{Origin, Phases, Plugin, PluginError, Run, RunError, Runtime};
pub use sandbox::Output;
pub use state::Lineage;
pub use trust::{Publisher, Trust};
