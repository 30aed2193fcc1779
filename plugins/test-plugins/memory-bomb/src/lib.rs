//! A standard whose `evaluate` allocates 1 MiB blocks until the host refuses:
//! the host must report the memory limit, not an anonymous trap.

#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // exported only in the component
use zcp_sdk::{Evaluation, EvaluationError, ParkData, StandardInfo};

include!("../../common.rs");

struct MemoryBomb;

impl zcp_sdk::Standard for MemoryBomb {
    fn describe() -> StandardInfo {
        minimal_info("test-memory-bomb", "memory bomb")
    }

    fn evaluate(
        _data: &dyn ParkData,
        _parameters: &[(String, String)],
        _base: Option<Evaluation>,
    ) -> Result<Evaluation, EvaluationError> {
        let mut blocks: Vec<Vec<u8>> = Vec::new();
        loop {
            blocks.push(std::hint::black_box(vec![1u8; 1 << 20]));
        }
    }
}

zcp_sdk::export_standard!(MemoryBomb);
