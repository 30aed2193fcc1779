//! A test standard whose identity and behaviour are set when it is built, so
//! that the artifacts crate can build several versions of one id (resolution
//! tests), standards that extend another (layering tests), standards that
//! define data keys (dictionary tests) and standards answering the verdicts
//! of contract 1.1.0.
//!
//! Build-time variables:
//! - `ZCP_TEST_ID`, `ZCP_TEST_VERSION`, `ZCP_TEST_STATUS`
//!   (draft|trial|in-force|superseded|withdrawn), `ZCP_TEST_EFFECTIVE` (ISO
//!   date or empty), `ZCP_TEST_EXTENDS` (requirement or empty);
//! - `ZCP_TEST_FAULT`: `describe-loop` (describe never returns),
//!   `unknown-key` (describe requires a key the data dictionary lacks), or
//!   one way `evaluate` breaks the contract (`faults.rs`): `lying-verdict`
//!   (`qualified` with its core result `fail`), `undeclared-id` (a result
//!   id it never declared), `duplicate-id` (its core result twice),
//!   `nan-value` (a core value NaN with outcome pass), `wrong-unit` (the
//!   core result in another unit than declared), `bad-tier` (a tier it
//!   does not declare); or `huge-result` (a note of 5 MiB, over the
//!   host's default cap on an evaluation); `giant-description` (an
//!   indicator described in 6 MiB of text, over the same cap on `describe`);
//! - `ZCP_TEST_DEFINES`: `revenue` (defines `x-<id>.tech-revenue`, a
//!   currency, and `x-<id>.park-type`, and judges the revenue's growth: see
//!   `revenue.rs`), `revenue-as-mass` (the same with the revenue a mass: two
//!   versions of one id that clash), `outside` (defines a key outside its
//!   namespace, which the host refuses), or empty;
//! - `ZCP_TEST_VERDICT`: `not-applicable` (no results, a summary saying
//!   why), `assessed` (a score of 72.5 out of 100, tier `b`), or empty.
//!
//! With a base evaluation it re-judges the base's core result on a stricter
//! threshold (`derived.rs`).

#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // exported only in the component

mod derived;
mod faults;
mod revenue;
mod verdicts;

use zcp_sdk::{
    BandedThreshold, Evaluation, EvaluationError, Indicator, IndicatorKind, KeyDefinition,
    KeyScope, ParkData, StandardInfo, Status, Text, Threshold, Verdict, define_quantity, text,
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
const DEFINES: &str = match option_env!("ZCP_TEST_DEFINES") {
    Some(s) => s,
    None => "",
};
const VERDICT: &str = match option_env!("ZCP_TEST_VERDICT") {
    Some(s) => s,
    None => "",
};

/// The core indicator every build declares.
const CORE: &str = "core.carbon-per-energy";

struct Configurable;

fn non_empty(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_owned())
}

/// `id@version`, in both languages.
fn label() -> Text {
    text(format!("{ID}@{VERSION}"), format!("{ID}@{VERSION}"))
}

/// An indicator without description.
fn indicator(
    id: &str,
    kind: IndicatorKind,
    title: Text,
    unit: &str,
    threshold: Option<Threshold>,
) -> Indicator {
    Indicator {
        id: id.to_owned(),
        title,
        kind,
        unit: unit.to_owned(),
        thresholds: threshold
            .map(|threshold| BandedThreshold {
                applies_when: text("所有园区", "every park"),
                threshold,
            })
            .into_iter()
            .collect(),
        description: text("", ""),
        group: None,
        weight: None,
    }
}

/// The keys this build defines.
fn defines() -> Vec<KeyDefinition> {
    match DEFINES {
        "revenue" | "revenue-as-mass" => revenue::defines(),
        "outside" => vec![define_quantity(
            "electricity.test-outside",
            "energy",
            zcp_sdk::Sign::NonNegative,
            KeyScope::Year,
            "命名空间之外的键",
            "A key outside the standard's namespace",
        )],
        _ => vec![],
    }
}

impl zcp_sdk::Standard for Configurable {
    fn describe() -> StandardInfo {
        if FAULT == "describe-loop" {
            let mut counter = 0u64;
            loop {
                counter = std::hint::black_box(counter.wrapping_add(1));
            }
        }
        let mut requires = match FAULT {
            "unknown-key" => vec![zcp_sdk::DataRequirement {
                key: "electricity.nonsense".to_owned(),
                unit: "MWh".to_owned(),
                required: true,
                description: text("", ""),
            }],
            _ => vec![],
        };
        let mut indicators = vec![indicator(
            CORE,
            IndicatorKind::Core,
            text(
                "单位能耗碳排放（更严）",
                "Carbon per unit of energy (stricter)",
            ),
            "tCO2/tce",
            None,
        )];
        if FAULT == "giant-description" {
            indicators[0].description = text("描".repeat(2 << 20), "");
        }
        if revenue::enabled() {
            requires.extend(revenue::requires());
            indicators.extend(revenue::indicators());
        }
        let (tiers, max_score) = verdicts::tiers();
        if VERDICT == "assessed" {
            indicators.push(verdicts::scored_indicator());
        }
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
            indicators,
            requires,
            parameters: vec![],
            defines: defines(),
            tiers,
            max_score,
        }
    }

    fn evaluate(
        data: &dyn ParkData,
        _parameters: &[(String, String)],
        base: Option<Evaluation>,
    ) -> Result<Evaluation, EvaluationError> {
        match VERDICT {
            "not-applicable" => return Ok(verdicts::not_applicable()),
            "assessed" => return Ok(verdicts::assessed()),
            _ => {}
        }
        if let Some(faulty) = faults::evaluation() {
            return Ok(faulty);
        }
        if let Some(base) = base {
            return Ok(derived::evaluate(base));
        }
        if revenue::enabled() {
            return revenue::evaluate(data);
        }
        Ok(Evaluation {
            verdict: Verdict::Qualified,
            summary: None,
            tier: None,
            score: None,
            results: vec![],
            assumptions: vec![],
            notes: vec![label()],
        })
    }
}

zcp_sdk::export_standard!(Configurable);
