//! A test standard whose identity is set when it is built, so that the
//! artifacts crate can build several versions of one id (resolution tests)
//! and a standard that extends `cn-zcp` (layering tests).
//!
//! Build-time variables: `ZCP_TEST_ID`, `ZCP_TEST_VERSION`, `ZCP_TEST_STATUS`
//! (draft|trial|in-force|superseded|withdrawn), `ZCP_TEST_EFFECTIVE` (ISO
//! date or empty), `ZCP_TEST_EXTENDS` (requirement or empty), and
//! `ZCP_TEST_FAULT`: `describe-loop` (describe never returns) or
//! `unknown-key` (describe requires a key the data dictionary lacks).

#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // exported only in the component

use zcp_sdk::{
    Evaluation, EvaluationError, Indicator, IndicatorKind, IndicatorResult, Outcome, ParkData,
    StandardInfo, Status, Threshold, Verdict, text,
};

const ID: &str = match option_env!("ZCP_TEST_ID") {
    Some(id) => id,
    None => "configurable",
};
const VERSION: &str = match option_env!("ZCP_TEST_VERSION") {
    Some(v) => v,
    None => "0.1.0",
};
const STATUS: &str = match option_env!("ZCP_TEST_STATUS") {
    Some(s) => s,
    None => "draft",
};
const EFFECTIVE: &str = match option_env!("ZCP_TEST_EFFECTIVE") {
    Some(s) => s,
    None => "",
};
const EXTENDS: &str = match option_env!("ZCP_TEST_EXTENDS") {
    Some(s) => s,
    None => "",
};

const FAULT: &str = match option_env!("ZCP_TEST_FAULT") {
    Some(s) => s,
    None => "",
};

/// The stricter core threshold a derived (provincial) test standard applies.
const STRICTER_CORE: f64 = 0.03;

struct Configurable;

fn non_empty(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_owned())
}

impl zcp_sdk::Standard for Configurable {
    fn describe() -> StandardInfo {
        if FAULT == "describe-loop" {
            let mut counter = 0u64;
            loop {
                counter = std::hint::black_box(counter.wrapping_add(1));
            }
        }
        let requires = match FAULT {
            "unknown-key" => vec![zcp_sdk::DataRequirement {
                key: "electricity.nonsense".to_owned(),
                unit: "MWh".to_owned(),
                required: true,
                description: text("", ""),
            }],
            _ => vec![],
        };
        let status = match STATUS {
            "trial" => Status::Trial,
            "in-force" => Status::InForce,
            "superseded" => Status::Superseded,
            "withdrawn" => Status::Withdrawn,
            _ => Status::Draft,
        };
        StandardInfo {
            id: ID.to_owned(),
            version: VERSION.to_owned(),
            title: text(
                format!("测试标准 {ID}@{VERSION}"),
                format!("test standard {ID}@{VERSION}"),
            ),
            issuer: text("zcp 测试", "zcp test suite"),
            source: text("无", "none"),
            jurisdiction: "CN-XX".to_owned(),
            status,
            effective: non_empty(EFFECTIVE),
            extends: non_empty(EXTENDS),
            indicators: vec![Indicator {
                id: "core.carbon-per-energy".to_owned(),
                title: text(
                    "单位能耗碳排放（更严）",
                    "Carbon per unit of energy (stricter)",
                ),
                kind: IndicatorKind::Core,
                unit: "tCO2/tce".to_owned(),
                thresholds: vec![],
                description: text("", ""),
            }],
            requires,
            parameters: vec![],
        }
    }

    fn evaluate(
        _data: &dyn ParkData,
        _parameters: &[(String, String)],
        base: Option<Evaluation>,
    ) -> Result<Evaluation, EvaluationError> {
        let Some(base) = base else {
            return Ok(Evaluation {
                verdict: Verdict::Qualified,
                tier: None,
                score: None,
                results: vec![],
                assumptions: vec![],
                notes: vec![text(format!("{ID}@{VERSION}"), format!("{ID}@{VERSION}"))],
            });
        };
        // A derived standard: re-judge the base's core value on a stricter threshold.
        let core = base
            .results
            .iter()
            .find(|r| r.id == "core.carbon-per-energy");
        let value = core.and_then(|r| r.value);
        let outcome = match value {
            Some(v) if v <= STRICTER_CORE => Outcome::Pass,
            Some(_) => Outcome::Fail,
            None => Outcome::InsufficientData,
        };
        let verdict = match (base.verdict, outcome) {
            (Verdict::NotQualified, _) | (_, Outcome::Fail) => Verdict::NotQualified,
            (Verdict::Qualified, Outcome::Pass) => Verdict::Qualified,
            _ => Verdict::Incomplete,
        };
        Ok(Evaluation {
            verdict,
            tier: None,
            score: None,
            results: vec![IndicatorResult {
                id: "core.carbon-per-energy".to_owned(),
                outcome,
                value,
                unit: "tCO2/tce".to_owned(),
                threshold: Threshold::AtMost(STRICTER_CORE),
                score: None,
                explanation: text(
                    "基础标准数值，更严限值",
                    "base value judged on a stricter threshold",
                ),
                used: vec![],
                missing: vec![],
            }],
            assumptions: vec![],
            notes: vec![],
        })
    }
}

zcp_sdk::export_standard!(Configurable);
