//! A standard that reads a file: its component imports `wasi:filesystem`,
//! which the host refuses at load, naming the import.

#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // exported only in the component
use zcp_sdk::{Evaluation, EvaluationError, ParkData, StandardInfo};

include!("../../common.rs");

struct ForbiddenImport;

impl zcp_sdk::Standard for ForbiddenImport {
    fn describe() -> StandardInfo {
        minimal_info("test-forbidden-import", "forbidden import")
    }

    fn evaluate(
        _data: &dyn ParkData,
        _parameters: &[(String, String)],
        _base: Option<Evaluation>,
    ) -> Result<Evaluation, EvaluationError> {
        let secret = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
        Err(EvaluationError::Internal(format!(
            "read {} bytes",
            secret.len()
        )))
    }
}

zcp_sdk::export_standard!(ForbiddenImport);
