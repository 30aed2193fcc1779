//! A standard that attacks the host in the way its `attack` parameter names
//! (one build, many attacks):
//! - `unreachable`: executes a wasm `unreachable` instruction;
//! - `key-flood`: asks for ever new distinct keys, each near the argument
//!   cap, without end, to grow the host's lineage and suggestion work;
//! - `huge-key`: passes a 16 MiB key to one host call;
//! - `prefix-flood`: lists the keys under a new prefix without end, to make
//!   the host build answers.
//!
//! Every attack ends in a trap the host classifies; none returns.

#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // exported only in the component

use zcp_sdk::{Evaluation, EvaluationError, Parameter, ParameterValues, ParkData, StandardInfo};

include!("../../common.rs");

const ATTACKS: [&str; 4] = ["unreachable", "key-flood", "huge-key", "prefix-flood"];

struct Hostile;

impl zcp_sdk::Standard for Hostile {
    fn describe() -> StandardInfo {
        let mut info = minimal_info("test-hostile", "hostile");
        info.parameters = vec![Parameter {
            name: "attack".to_owned(),
            description: zcp_sdk::text("攻击方式", "which attack"),
            default_value: ATTACKS[0].to_owned(),
            values: ParameterValues::OneOf(ATTACKS.iter().map(|a| (*a).to_owned()).collect()),
            provisional: false,
        }];
        info
    }

    fn evaluate(
        data: &dyn ParkData,
        parameters: &[(String, String)],
        _base: Option<Evaluation>,
    ) -> Result<Evaluation, EvaluationError> {
        let attack = parameters
            .iter()
            .find(|(name, _)| name == "attack")
            .map_or(ATTACKS[0], |(_, value)| value.as_str());
        match attack {
            "key-flood" => {
                let padding = "k".repeat(900);
                for i in 0u64.. {
                    let _ = data.quantity(&format!("fuel.{padding}-{i}.final"), "t");
                }
            }
            "huge-key" => {
                let key = "k".repeat(16 << 20);
                let _ = data.text(&key);
            }
            "prefix-flood" => {
                for i in 0u64.. {
                    let _ = data.keys(&format!("{i}"));
                    let _ = data.keys("");
                }
            }
            _ => {}
        }
        unreachable_instruction()
    }
}

/// A wasm `unreachable` trap, not a Rust panic (nothing is printed).
fn unreachable_instruction() -> ! {
    #[cfg(target_arch = "wasm32")]
    core::arch::wasm32::unreachable();
    #[cfg(not(target_arch = "wasm32"))]
    std::process::abort()
}

zcp_sdk::export_standard!(Hostile);
