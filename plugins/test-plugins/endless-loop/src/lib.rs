//! A standard whose `evaluate` never returns: the host must stop it by fuel
//! (or the epoch backstop), report it, and carry on with other standards.

#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // exported only in the component
use zcp_sdk::{Evaluation, EvaluationError, ParkData, StandardInfo};

include!("../../common.rs");

struct EndlessLoop;

impl zcp_sdk::Standard for EndlessLoop {
    fn describe() -> StandardInfo {
        minimal_info("test-endless-loop", "endless loop")
    }

    fn evaluate(
        _data: &dyn ParkData,
        _parameters: &[(String, String)],
        _base: Option<Evaluation>,
    ) -> Result<Evaluation, EvaluationError> {
        let mut counter = 0u64;
        loop {
            counter = std::hint::black_box(counter.wrapping_add(1));
        }
    }
}

zcp_sdk::export_standard!(EndlessLoop);
