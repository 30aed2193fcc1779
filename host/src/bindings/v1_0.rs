//! `zcp:evaluation@1.0.0` (`wit/1.0.0`), converted to and from the model.
//!
//! A 1.0.0 standard has no result kinds, defined keys, tiers, summaries or
//! the `not-applicable` and `assessed` verdicts. Up: a result's kind is the
//! one its standard declares. Down (a base evaluation handed to a 1.0.0
//! standard that extends a 1.1.0 one): `not-applicable` and `assessed` are
//! passed as `incomplete`, with a first note saying so; the summary becomes a
//! note; kinds and bands are dropped.

#![allow(missing_docs)]

wasmtime::component::bindgen!({
    path: "../wit/1.0.0",
    world: "zcp:evaluation/standard",
    imports: { default: trappable },
});

use self::zcp::evaluation::types as wit;
use crate::model::{self, Text};

shared_conversions!();

fn verdict(v: wit::Verdict) -> model::Verdict {
    match v {
        wit::Verdict::Qualified => model::Verdict::Qualified,
        wit::Verdict::NotQualified => model::Verdict::NotQualified,
        wit::Verdict::Incomplete => model::Verdict::Incomplete,
    }
}

/// A verdict in 1.0.0 terms, and the note that says so when it had to change.
fn wit_verdict(v: model::Verdict) -> (wit::Verdict, Option<wit::Text>) {
    let passed_as_incomplete = |zh: &str, en: &str| {
        Some(wit::Text {
            zh: format!(
                "基础标准的结论为「{zh}」（WIT 1.1.0）；1.0.0 契约没有这一结论，以「无法判定」传递"
            ),
            en: format!(
                "the base's verdict is `{en}` (WIT 1.1.0); the 1.0.0 contract has no such verdict, so it is passed as `incomplete`"
            ),
        })
    };
    match v {
        model::Verdict::Qualified => (wit::Verdict::Qualified, None),
        model::Verdict::NotQualified => (wit::Verdict::NotQualified, None),
        model::Verdict::Incomplete => (wit::Verdict::Incomplete, None),
        model::Verdict::NotApplicable => (
            wit::Verdict::Incomplete,
            passed_as_incomplete("不适用", "not-applicable"),
        ),
        model::Verdict::Assessed => (
            wit::Verdict::Incomplete,
            passed_as_incomplete("仅评估，不判定", "assessed"),
        ),
    }
}

/// Convert a described standard; the version must be semver.
pub fn standard_info(info: wit::StandardInfo) -> Result<model::StandardInfo, String> {
    Ok(model::StandardInfo {
        version: version(&info.version)?,
        id: clean(info.id),
        title: text(info.title),
        issuer: text(info.issuer),
        source: text(info.source),
        jurisdiction: clean(info.jurisdiction),
        status: status(info.status),
        effective: effective(info.effective)?,
        extends: info.extends.map(clean),
        indicators: info
            .indicators
            .into_iter()
            .map(|i| model::Indicator {
                id: clean(i.id),
                title: text(i.title),
                kind: kind(i.kind),
                unit: clean(i.unit),
                thresholds: banded(i.thresholds),
                description: text(i.description),
                group: None,
                weight: None,
            })
            .collect(),
        requires: info.requires.into_iter().map(requirement).collect(),
        parameters: info
            .parameters
            .into_iter()
            .map(|p| model::Parameter {
                name: clean(p.name),
                description: text(p.description),
                default_value: clean(p.default_value),
                values: if p.allowed.is_empty() {
                    model::ParameterValues::Any
                } else {
                    model::ParameterValues::OneOf(p.allowed.into_iter().map(clean).collect())
                },
                provisional: p.provisional,
            })
            .collect(),
        defines: vec![],
        tiers: vec![],
        max_score: None,
    })
}

/// Convert an evaluation returned by the standard described by `info`:
/// each result takes the kind `info` declares for it.
pub fn evaluation(e: wit::Evaluation, info: &model::StandardInfo) -> model::Evaluation {
    model::Evaluation {
        verdict: verdict(e.verdict),
        summary: None,
        tier: e.tier.map(clean),
        score: e.score,
        results: e
            .results
            .into_iter()
            .map(|r| model::IndicatorResult {
                kind: info.kind_of(&r.id),
                id: clean(r.id),
                outcome: outcome(r.outcome),
                value: r.value,
                unit: clean(r.unit),
                threshold: threshold(r.threshold),
                band: None,
                score: r.score,
                explanation: text(r.explanation),
                used: r.used.into_iter().map(clean).collect(),
                missing: r.missing.into_iter().map(clean).collect(),
            })
            .collect(),
        assumptions: e.assumptions.into_iter().map(assumption).collect(),
        notes: e.notes.into_iter().map(text).collect(),
    }
}

/// Convert a base evaluation down to 1.0.0, to pass it to a derived standard.
pub fn wit_evaluation(e: &model::Evaluation) -> wit::Evaluation {
    let (verdict, changed) = wit_verdict(e.verdict);
    let notes = changed
        .into_iter()
        .chain(e.summary.iter().map(wit_text))
        .chain(e.notes.iter().map(wit_text))
        .collect();
    wit::Evaluation {
        verdict,
        tier: e.tier.clone(),
        score: e.score,
        results: e
            .results
            .iter()
            .map(|r| wit::IndicatorResult {
                id: r.id.clone(),
                outcome: wit_outcome(r.outcome),
                value: r.value,
                unit: r.unit.clone(),
                threshold: wit_threshold(&r.threshold),
                score: r.score,
                explanation: wit_text(&r.explanation),
                used: r.used.clone(),
                missing: r.missing.clone(),
            })
            .collect(),
        assumptions: e.assumptions.iter().map(wit_assumption).collect(),
        notes,
    }
}
