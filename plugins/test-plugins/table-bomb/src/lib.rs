//! A standard whose function table starts at element 1,000,000 (see
//! `build.rs`): instantiating it asks the host for a table fifty times its
//! limit, which the host refuses by name.

#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // exported only in the component

use zcp_sdk::{Evaluation, EvaluationError, ParkData, StandardInfo};

include!("../../common.rs");

struct TableBomb;

impl zcp_sdk::Standard for TableBomb {
    fn describe() -> StandardInfo {
        minimal_info("test-table-bomb", "table bomb")
    }

    fn evaluate(
        _data: &dyn ParkData,
        _parameters: &[(String, String)],
        _base: Option<Evaluation>,
    ) -> Result<Evaluation, EvaluationError> {
        Err(EvaluationError::Internal("never instantiated".to_owned()))
    }
}

zcp_sdk::export_standard!(TableBomb);
