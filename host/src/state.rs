//! What a store holds for one call into a plugin, and the park-data host
//! functions served from it.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Serialize;
use wasmtime::component::ResourceTable;
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};
use zcp_park::{DeclaredQuantity, Dictionary, Park};

use crate::bindings::{v1_0, v1_1};
use crate::limits::{LimitExceeded, Limits, StoreLimiter};
use crate::model::DataRequirement;
use crate::sandbox::{self, CapturedOutput};
use crate::validate;

/// The park and year served to one evaluation.
pub(crate) struct ParkSession {
    pub(crate) park: Arc<Park>,
    pub(crate) year: i32,
    pub(crate) requires: Arc<[Requirement]>,
}

/// The work charged for any park-data call, beyond its arguments: the
/// lookups and conversion it does are short.
const CALL_COST: usize = 64;

/// One declared requirement of a plugin, resolved when it loaded: quantity
/// keys carry their dictionary entry and unit, so `declared()` looks nothing
/// up again.
#[derive(Debug, Clone)]
pub(crate) struct Requirement {
    key: String,
    /// `None` for text and flag requirements (read with `text` and `flag`)
    /// and for families (read with `keys` and `quantity`).
    quantity: Option<DeclaredQuantity>,
    /// A family of keys (`product.*.unit-energy`): no value of its own, and
    /// not a key of the lineage (its members are, when read).
    family: bool,
}

impl Requirement {
    /// The requirements of a description, against the run's dictionary; a
    /// quantity the dictionary refuses serves no value (descriptions are
    /// checked against it at load), nor does a family.
    pub(crate) fn resolve(
        requires: &[DataRequirement],
        dictionary: &Dictionary,
    ) -> Arc<[Requirement]> {
        requires
            .iter()
            .map(|r| {
                let family = validate::is_family(&r.key);
                Requirement {
                    key: r.key.clone(),
                    quantity: (!family && !r.unit.is_empty())
                        .then(|| DeclaredQuantity::new(dictionary, &r.key, &r.unit).ok())
                        .flatten(),
                    family,
                }
            })
            .collect()
    }
}

/// Every data key a standard asked for, and whether the park had it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Lineage {
    /// Key → present in the park data.
    pub keys: BTreeMap<String, bool>,
    /// Keys asked for beyond the lineage cap, counted but not kept.
    pub dropped: u64,
}

/// A store's data: WASI state, limits and the park session.
pub(crate) struct StoreState {
    /// Built on the first WASI call: most evaluations make none.
    wasi: Option<WasiCtx>,
    table: ResourceTable,
    pub(crate) limiter: StoreLimiter,
    pub(crate) session: Option<ParkSession>,
    pub(crate) lineage: Lineage,
    lineage_cap: usize,
    host_calls: u64,
    host_call_cap: u64,
    host_argument_cap: usize,
    host_work: u64,
    host_work_cap: u64,
    pub(crate) stdout: CapturedOutput,
    pub(crate) stderr: CapturedOutput,
    fuel: u64,
    wall_clock_seconds: u64,
}

impl StoreState {
    pub(crate) fn new(limits: &Limits, session: Option<ParkSession>) -> Self {
        let stdout = CapturedOutput::new(limits.output_bytes);
        let stderr = CapturedOutput::new(limits.output_bytes);
        StoreState {
            wasi: None,
            table: ResourceTable::new(),
            limiter: StoreLimiter::new(limits),
            session,
            lineage: Lineage::default(),
            lineage_cap: limits.lineage_keys,
            host_calls: 0,
            host_call_cap: limits.host_calls,
            host_argument_cap: limits.host_argument_bytes,
            host_work: 0,
            host_work_cap: limits.host_work_bytes,
            stdout,
            stderr,
            fuel: limits.fuel,
            wall_clock_seconds: limits.wall_clock.as_secs(),
        }
    }

    /// The fuel budget this store started with.
    pub(crate) fn fuel_limit(&self) -> u64 {
        self.fuel
    }

    /// The wall-clock backstop, seconds.
    pub(crate) fn wall_clock_seconds(&self) -> u64 {
        self.wall_clock_seconds
    }

    /// Count a host call and charge its arguments to the work budget, before
    /// any lookup: past a cap, or with an argument longer than allowed, trap
    /// with the limit (so no call runs unbounded, whatever the plugin sends).
    fn call(&mut self, arguments: &[&str]) -> wasmtime::Result<&ParkSession> {
        self.host_calls += 1;
        if self.host_calls > self.host_call_cap {
            return Err(wasmtime::Error::new(LimitExceeded::HostCalls {
                limit: self.host_call_cap,
            }));
        }
        if let Some(size) = arguments
            .iter()
            .map(|a| a.len())
            .find(|size| *size > self.host_argument_cap)
        {
            return Err(wasmtime::Error::new(LimitExceeded::HostArgument {
                limit: self.host_argument_cap,
                size,
            }));
        }
        let bytes: usize = arguments.iter().map(|a| a.len()).sum();
        self.charge(CALL_COST + bytes)?;
        self.session
            .as_ref()
            .ok_or_else(|| wasmtime::Error::msg("park data is only available during `evaluate`"))
    }

    /// Add host work (bytes) to the evaluation's budget.
    fn charge(&mut self, bytes: usize) -> wasmtime::Result<()> {
        self.host_work = self
            .host_work
            .saturating_add(u64::try_from(bytes).unwrap_or(u64::MAX));
        if self.host_work > self.host_work_cap {
            return Err(wasmtime::Error::new(LimitExceeded::HostWork {
                limit: self.host_work_cap,
            }));
        }
        Ok(())
    }

    fn record(&mut self, key: &str, present: bool) {
        if let Some(seen) = self.lineage.keys.get_mut(key) {
            *seen |= present;
        } else if self.lineage.keys.len() < self.lineage_cap {
            self.lineage.keys.insert(key.to_owned(), present);
        } else {
            self.lineage.dropped += 1;
        }
    }
}

impl WasiView for StoreState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        let (stdout, stderr) = (&self.stdout, &self.stderr);
        let wasi = self
            .wasi
            .get_or_insert_with(|| sandbox::wasi_ctx(stdout, stderr));
        sandbox::view(wasi, &mut self.table)
    }
}

/// The park-data functions, written once and served to every WIT version.
impl StoreState {
    fn declared(&mut self) -> wasmtime::Result<Vec<Option<f64>>> {
        let session = self.call(&[])?;
        let view = session
            .park
            .year(session.year)
            .map_err(wasmtime::Error::msg)?;
        // Keys and units were resolved when the plugin loaded; text and flag
        // requirements are read with text/flag.
        let requires = Arc::clone(&session.requires);
        let values: Vec<Option<f64>> = requires
            .iter()
            .map(|r| {
                r.quantity
                    .as_ref()
                    .and_then(|q| view.declared(q).ok().flatten())
            })
            .collect();
        for (r, value) in requires.iter().zip(&values) {
            if !r.family {
                self.record(&r.key, value.is_some());
            }
        }
        Ok(values)
    }

    fn quantity(&mut self, key: &str, unit: &str) -> wasmtime::Result<Result<Option<f64>, String>> {
        let session = self.call(&[key, unit])?;
        let view = session
            .park
            .year(session.year)
            .map_err(wasmtime::Error::msg)?;
        let value = view.quantity(key, unit).map_err(|e| e.to_string());
        self.record(key, matches!(value, Ok(Some(_))));
        Ok(value)
    }

    fn text(&mut self, key: &str) -> wasmtime::Result<Option<String>> {
        let session = self.call(&[key])?;
        let value = session
            .park
            .year(session.year)
            .map_err(wasmtime::Error::msg)?
            .text(key);
        self.record(key, value.is_some());
        Ok(value)
    }

    fn flag(&mut self, key: &str) -> wasmtime::Result<Option<bool>> {
        let session = self.call(&[key])?;
        let value = session
            .park
            .year(session.year)
            .map_err(wasmtime::Error::msg)?
            .flag(key);
        self.record(key, value.is_some());
        Ok(value)
    }

    fn series(
        &mut self,
        key: &str,
        unit: &str,
    ) -> wasmtime::Result<Result<Option<Vec<f64>>, String>> {
        let session = self.call(&[key, unit])?;
        let view = session
            .park
            .year(session.year)
            .map_err(wasmtime::Error::msg)?;
        let value = view.series(key, unit).map_err(|e| e.to_string());
        self.record(key, matches!(value, Ok(Some(_))));
        Ok(value)
    }

    fn series_by_year(
        &mut self,
        key: &str,
        unit: &str,
    ) -> wasmtime::Result<Result<Vec<(i32, f64)>, String>> {
        let session = self.call(&[key, unit])?;
        let view = session
            .park
            .year(session.year)
            .map_err(wasmtime::Error::msg)?;
        let value = view.series_by_year(key, unit).map_err(|e| e.to_string());
        self.record(key, value.as_ref().is_ok_and(|v| !v.is_empty()));
        Ok(value)
    }

    fn keys(&mut self, prefix: &str) -> wasmtime::Result<Vec<String>> {
        let session = self.call(&[prefix])?;
        let keys = session
            .park
            .year(session.year)
            .map_err(wasmtime::Error::msg)?
            .keys(prefix);
        // The answer is host work too: a plugin listing every key again and
        // again is stopped by the budget, not only by the call count.
        self.charge(keys.iter().map(String::len).sum())?;
        Ok(keys)
    }

    fn year(&mut self) -> wasmtime::Result<i32> {
        Ok(self.call(&[])?.year)
    }
}

/// One `park-data` host implementation per WIT version, each calling the
/// functions above; `$extra` holds the functions only that version has.
macro_rules! serve_park_data {
    ($version:ident { $($extra:tt)* }) => {
        impl $version::zcp::evaluation::types::Host for StoreState {}

        impl $version::zcp::evaluation::park_data::Host for StoreState {
            fn declared(&mut self) -> wasmtime::Result<Vec<Option<f64>>> {
                StoreState::declared(self)
            }
            fn quantity(
                &mut self,
                key: String,
                unit: String,
            ) -> wasmtime::Result<Result<Option<f64>, String>> {
                StoreState::quantity(self, &key, &unit)
            }
            fn text(&mut self, key: String) -> wasmtime::Result<Option<String>> {
                StoreState::text(self, &key)
            }
            fn flag(&mut self, key: String) -> wasmtime::Result<Option<bool>> {
                StoreState::flag(self, &key)
            }
            fn series(
                &mut self,
                key: String,
                unit: String,
            ) -> wasmtime::Result<Result<Option<Vec<f64>>, String>> {
                StoreState::series(self, &key, &unit)
            }
            fn keys(&mut self, prefix: String) -> wasmtime::Result<Vec<String>> {
                StoreState::keys(self, &prefix)
            }
            fn year(&mut self) -> wasmtime::Result<i32> {
                StoreState::year(self)
            }
            $($extra)*
        }
    };
}

serve_park_data!(v1_0 {});

serve_park_data!(v1_1 {
    fn series_by_year(
        &mut self,
        key: String,
        unit: String,
    ) -> wasmtime::Result<Result<Vec<(i32, f64)>, String>> {
        StoreState::series_by_year(self, &key, &unit)
    }
});

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::model::Text;

    #[test]
    fn a_family_serves_nothing_in_declared() {
        let requirement = |key: &str, unit: &str| DataRequirement {
            key: key.to_owned(),
            unit: unit.to_owned(),
            required: false,
            description: Text {
                zh: String::new(),
                en: String::new(),
            },
        };
        let resolved = Requirement::resolve(
            &[
                requirement("product.*.unit-energy", "kgce/t"),
                requirement("electricity.grid-purchased", "MWh"),
            ],
            Dictionary::bundled().unwrap(),
        );
        assert!(resolved[0].family && resolved[0].quantity.is_none());
        assert!(!resolved[1].family);
        assert_eq!(
            resolved[1].quantity.as_ref().map(DeclaredQuantity::key),
            Some("electricity.grid-purchased")
        );
    }

    fn limit(error: &wasmtime::Error) -> Option<&LimitExceeded> {
        error.downcast_ref::<LimitExceeded>()
    }

    /// A 64 MiB key once kept the host busy for minutes in "did you mean".
    #[test]
    fn an_oversized_argument_is_refused_before_any_lookup() {
        let limits = Limits {
            host_argument_bytes: 16,
            ..Limits::default()
        };
        let mut state = StoreState::new(&limits, None);
        let error = state.quantity(&"k".repeat(17), "MWh").unwrap_err();
        assert_eq!(
            limit(&error),
            Some(&LimitExceeded::HostArgument {
                limit: 16,
                size: 17
            })
        );
        let error = state.keys(&"p".repeat(1000)).unwrap_err();
        assert!(matches!(
            limit(&error),
            Some(LimitExceeded::HostArgument { size: 1000, .. })
        ));
    }

    #[test]
    fn host_work_is_charged_to_a_budget() {
        let limits = Limits {
            host_work_bytes: 1_000,
            ..Limits::default()
        };
        let mut state = StoreState::new(&limits, None);
        // Each call costs 64 bytes plus its arguments (here 10): the 14th
        // passes 1,000 bytes.
        for _ in 0..13 {
            let error = state.text("electricit").unwrap_err();
            assert!(limit(&error).is_none(), "no session, not a limit: {error}");
        }
        let error = state.text("electricit").unwrap_err();
        assert_eq!(
            limit(&error),
            Some(&LimitExceeded::HostWork { limit: 1_000 })
        );
    }
}
