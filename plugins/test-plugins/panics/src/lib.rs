//! A standard with a bug: it panics. The host reports a crash with the panic
//! message the plugin printed, and carries on.

#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // exported only in the component

use zcp_sdk::{Evaluation, EvaluationError, ParkData, StandardInfo};

include!("../../common.rs");

struct Panics;

impl zcp_sdk::Standard for Panics {
    fn describe() -> StandardInfo {
        minimal_info("test-panics", "panics")
    }

    #[allow(clippy::panic)] // panicking is the point of this plugin
    fn evaluate(
        _data: &dyn ParkData,
        _parameters: &[(String, String)],
        _base: Option<Evaluation>,
    ) -> Result<Evaluation, EvaluationError> {
        panic!("coefficient table is empty")
    }
}

zcp_sdk::export_standard!(Panics);
