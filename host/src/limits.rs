//! Resource limits for every call into a plugin, and which one refused.

use std::time::Duration;

use serde::Serialize;
use wasmtime::ResourceLimiter;

/// Limits applied to each `describe` and each `evaluate`, with a fresh store.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Limits {
    /// Deterministic CPU budget (wasmtime fuel, about one unit per instruction).
    pub fuel: u64,
    /// Wall-clock backstop, enforced through epochs.
    pub wall_clock: Duration,
    /// Linear memory, bytes.
    pub memory_bytes: usize,
    /// Elements of any one table.
    pub table_elements: usize,
    /// Calls to the park-data interface.
    pub host_calls: u64,
    /// Longest string a plugin may pass to one park-data call (a key, a
    /// unit, a prefix), checked before any lookup.
    pub host_argument_bytes: usize,
    /// Host work per evaluation, in bytes of arguments read and of answers
    /// written (keys listed), plus a fixed cost per call.
    pub host_work_bytes: u64,
    /// Size of the returned evaluation, bytes of text and numbers (estimated).
    pub result_bytes: usize,
    /// Captured stdout and stderr, bytes each; more is dropped and flagged.
    pub output_bytes: usize,
    /// Distinct data keys kept in a run's lineage; more are counted, not kept.
    pub lineage_keys: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            fuel: 500_000_000,
            wall_clock: Duration::from_secs(10),
            memory_bytes: 64 << 20,
            table_elements: 20_000,
            host_calls: 100_000,
            host_argument_bytes: 1 << 10,
            host_work_bytes: 64 << 20,
            result_bytes: 4 << 20,
            output_bytes: 64 << 10,
            lineage_keys: 10_000,
        }
    }
}

/// A limit that stopped a plugin.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema, thiserror::Error)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum LimitExceeded {
    /// The fuel budget ran out.
    #[error("CPU budget of {fuel} fuel units exhausted")]
    Fuel {
        /// The budget.
        fuel: u64,
    },
    /// The wall-clock backstop fired.
    #[error("wall-clock limit of {seconds} s exceeded")]
    WallClock {
        /// The limit.
        seconds: u64,
    },
    /// A memory grow was refused.
    #[error("memory limit {} exceeded (asked for {})", mib(*limit), mib(*requested))]
    Memory {
        /// The limit, bytes.
        limit: usize,
        /// Size the plugin asked for, bytes.
        requested: usize,
    },
    /// A table grow was refused.
    #[error("table limit of {limit} elements exceeded (asked for {requested})")]
    Table {
        /// The limit.
        limit: usize,
        /// Elements asked for.
        requested: usize,
    },
    /// Too many park-data calls.
    #[error("host-call limit of {limit} park-data calls exceeded")]
    HostCalls {
        /// The limit.
        limit: u64,
    },
    /// A park-data call with a string longer than allowed.
    #[error("host-call argument limit of {limit} bytes exceeded (a string of {size} bytes)")]
    HostArgument {
        /// The limit, bytes.
        limit: usize,
        /// The argument's size, bytes.
        size: usize,
    },
    /// The park-data calls of one evaluation asked the host for too much work.
    #[error("host work limit of {limit} bytes exceeded")]
    HostWork {
        /// The limit, bytes.
        limit: u64,
    },
    /// The returned evaluation is too large.
    #[error("result size limit of {limit} bytes exceeded ({size} bytes)")]
    ResultSize {
        /// The limit.
        limit: usize,
        /// Estimated size of the result.
        size: usize,
    },
}

fn mib(bytes: usize) -> String {
    if bytes.is_multiple_of(1 << 20) {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{:.1} MiB", bytes as f64 / f64::from(1 << 20))
    }
}

/// The store's resource limiter: refuses grows past the limits and records
/// which one refused, so the trap that follows is reported by name.
#[derive(Debug)]
pub(crate) struct StoreLimiter {
    memory_bytes: usize,
    table_elements: usize,
    pub(crate) refused: Option<LimitExceeded>,
}

impl StoreLimiter {
    pub(crate) fn new(limits: &Limits) -> Self {
        StoreLimiter {
            memory_bytes: limits.memory_bytes,
            table_elements: limits.table_elements,
            refused: None,
        }
    }
}

impl ResourceLimiter for StoreLimiter {
    fn memory_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        if desired > self.memory_bytes {
            self.refused.get_or_insert(LimitExceeded::Memory {
                limit: self.memory_bytes,
                requested: desired,
            });
            return Ok(false);
        }
        Ok(true)
    }

    fn table_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        if desired > self.table_elements {
            self.refused.get_or_insert(LimitExceeded::Table {
                limit: self.table_elements,
                requested: desired,
            });
            return Ok(false);
        }
        Ok(true)
    }

    // One component holds a handful of core instances (the program and the
    // WASI adapter's shims) and tables, and exactly one linear memory.
    fn instances(&self) -> usize {
        32
    }

    fn tables(&self) -> usize {
        32
    }

    fn memories(&self) -> usize {
        1
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn memory_refusal_names_the_limit() {
        let mut limiter = StoreLimiter::new(&Limits::default());
        assert!(limiter.memory_growing(0, 1 << 20, None).unwrap());
        assert!(!limiter.memory_growing(1 << 20, 65 << 20, None).unwrap());
        assert_eq!(
            limiter.refused.unwrap().to_string(),
            "memory limit 64 MiB exceeded (asked for 65 MiB)"
        );
    }
}
