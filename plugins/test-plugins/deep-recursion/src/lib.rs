//! A standard that recurses without end: the stack overflows, the host
//! reports the crash and carries on.

#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // exported only in the component

use zcp_sdk::{Evaluation, EvaluationError, ParkData, StandardInfo};

include!("../../common.rs");

struct DeepRecursion;

#[allow(unconditional_recursion)] // recursing without end is the point of this plugin
fn descend(depth: u64) -> u64 {
    // black_box keeps the frame: no tail call, no folding.
    std::hint::black_box(descend(std::hint::black_box(depth + 1))) + 1
}

impl zcp_sdk::Standard for DeepRecursion {
    fn describe() -> StandardInfo {
        minimal_info("test-deep-recursion", "deep recursion")
    }

    fn evaluate(
        _data: &dyn ParkData,
        _parameters: &[(String, String)],
        _base: Option<Evaluation>,
    ) -> Result<Evaluation, EvaluationError> {
        Err(EvaluationError::Internal(descend(0).to_string()))
    }
}

zcp_sdk::export_standard!(DeepRecursion);
