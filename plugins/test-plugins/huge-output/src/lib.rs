//! A standard that prints 1 MiB to stdout and stderr, then returns an honest
//! evaluation: the host keeps the first bytes, flags the rest as dropped, and
//! never traps it for talking too much.

#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // exported only in the component

use std::io::Write as _;

use zcp_sdk::{Evaluation, EvaluationError, ParkData, StandardInfo, Verdict};

include!("../../common.rs");

struct HugeOutput;

impl zcp_sdk::Standard for HugeOutput {
    fn describe() -> StandardInfo {
        minimal_info("test-huge-output", "huge output")
    }

    fn evaluate(
        _data: &dyn ParkData,
        _parameters: &[(String, String)],
        _base: Option<Evaluation>,
    ) -> Result<Evaluation, EvaluationError> {
        let line = [b'x'; 1023];
        for _ in 0..1024 {
            // A write error is the host's refusal: stop printing, stay honest.
            let _ = std::io::stdout()
                .write_all(&line)
                .and_then(|()| std::io::stdout().write_all(b"\n"));
            let _ = writeln!(std::io::stderr(), "noise");
        }
        Ok(Evaluation {
            verdict: Verdict::Qualified,
            summary: None,
            tier: None,
            score: None,
            results: vec![],
            assumptions: vec![],
            notes: vec![],
        })
    }
}

zcp_sdk::export_standard!(HugeOutput);
