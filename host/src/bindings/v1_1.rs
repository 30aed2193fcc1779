//! `zcp:evaluation@1.1.0` (`wit/1.1.0`), converted to and from the model.
//!
//! A result's kind is the one its standard declares for the indicator (the
//! standard's own claim only for an undeclared id); a 1.0.0 base handed to a
//! 1.1.0 standard arrives with the kinds its own description declares.

#![allow(missing_docs)]

wasmtime::component::bindgen!({
    path: "../wit/1.1.0",
    world: "zcp:evaluation/standard",
    imports: { default: trappable },
});

use self::zcp::evaluation::types as wit;
use crate::model::{self, Text};

shared_conversions!();

fn wit_kind(k: model::IndicatorKind) -> wit::IndicatorKind {
    match k {
        model::IndicatorKind::Eligibility => wit::IndicatorKind::Eligibility,
        model::IndicatorKind::Core => wit::IndicatorKind::Core,
        model::IndicatorKind::Guiding => wit::IndicatorKind::Guiding,
        model::IndicatorKind::Scored => wit::IndicatorKind::Scored,
        model::IndicatorKind::Informative => wit::IndicatorKind::Informative,
    }
}

fn verdict(v: wit::Verdict) -> model::Verdict {
    match v {
        wit::Verdict::Qualified => model::Verdict::Qualified,
        wit::Verdict::NotQualified => model::Verdict::NotQualified,
        wit::Verdict::Incomplete => model::Verdict::Incomplete,
        wit::Verdict::NotApplicable => model::Verdict::NotApplicable,
        wit::Verdict::Assessed => model::Verdict::Assessed,
    }
}

fn wit_verdict(v: model::Verdict) -> wit::Verdict {
    match v {
        model::Verdict::Qualified => wit::Verdict::Qualified,
        model::Verdict::NotQualified => wit::Verdict::NotQualified,
        model::Verdict::Incomplete => wit::Verdict::Incomplete,
        model::Verdict::NotApplicable => wit::Verdict::NotApplicable,
        model::Verdict::Assessed => wit::Verdict::Assessed,
    }
}

fn parameter_values(v: wit::ParameterValues) -> model::ParameterValues {
    match v {
        wit::ParameterValues::Any => model::ParameterValues::Any,
        wit::ParameterValues::OneOf(words) => {
            model::ParameterValues::OneOf(words.into_iter().map(clean).collect())
        }
        wit::ParameterValues::Number(range) => {
            let bound = |b: wit::Bound| model::Bound {
                value: b.value,
                inclusive: b.inclusive,
            };
            model::ParameterValues::Number {
                min: range.min.map(bound),
                max: range.max.map(bound),
            }
        }
    }
}

fn key_definition(d: wit::KeyDefinition) -> model::KeyDefinition {
    let kind = match d.kind {
        wit::KeyKind::Quantity(q) => model::DefinedKind::Quantity {
            dimension: clean(q.dimension),
            negative_allowed: matches!(q.sign, wit::Sign::Any),
        },
        wit::KeyKind::Text(values) => model::DefinedKind::Text {
            values: values.into_iter().map(clean).collect(),
        },
        wit::KeyKind::Flag => model::DefinedKind::Flag,
    };
    model::KeyDefinition {
        key: clean(d.key),
        kind,
        yearly: matches!(d.scope, wit::KeyScope::Year),
        description: text(d.description),
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
                group: i.group.map(text),
                weight: i.weight,
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
                values: parameter_values(p.values),
                provisional: p.provisional,
            })
            .collect(),
        defines: info.defines.into_iter().map(key_definition).collect(),
        tiers: info
            .tiers
            .into_iter()
            .map(|t| model::Tier {
                id: clean(t.id),
                title: text(t.title),
                min_score: t.min_score,
            })
            .collect(),
        max_score: info.max_score,
    })
}

/// Convert an evaluation returned by the standard described by `info`.
pub fn evaluation(e: wit::Evaluation, info: &model::StandardInfo) -> model::Evaluation {
    model::Evaluation {
        verdict: verdict(e.verdict),
        summary: e.summary.map(text),
        tier: e.tier.map(clean),
        score: e.score,
        results: e
            .results
            .into_iter()
            .map(|r| model::IndicatorResult {
                kind: info.indicator(&r.id).map_or(kind(r.kind), |i| i.kind),
                id: clean(r.id),
                outcome: outcome(r.outcome),
                value: r.value,
                unit: clean(r.unit),
                threshold: threshold(r.threshold),
                band: r.band.map(text),
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

/// Convert a base evaluation to pass it to a derived standard.
pub fn wit_evaluation(e: &model::Evaluation) -> wit::Evaluation {
    wit::Evaluation {
        verdict: wit_verdict(e.verdict),
        summary: e.summary.as_ref().map(wit_text),
        tier: e.tier.clone(),
        score: e.score,
        results: e
            .results
            .iter()
            .map(|r| wit::IndicatorResult {
                id: r.id.clone(),
                kind: wit_kind(r.kind),
                outcome: wit_outcome(r.outcome),
                value: r.value,
                unit: r.unit.clone(),
                threshold: wit_threshold(&r.threshold),
                band: r.band.as_ref().map(wit_text),
                score: r.score,
                explanation: wit_text(&r.explanation),
                used: r.used.clone(),
                missing: r.missing.clone(),
            })
            .collect(),
        assumptions: e.assumptions.iter().map(wit_assumption).collect(),
        notes: e.notes.iter().map(wit_text).collect(),
    }
}
