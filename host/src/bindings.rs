//! Host bindings, one module per supported WIT version, each converted into
//! the host's model (`crate::model`).

/// `zcp:evaluation@1.0.0` (`wit/1.0.0`).
pub mod v1_0 {
    #![allow(missing_docs)]

    wasmtime::component::bindgen!({
        path: "../wit/1.0.0",
        world: "zcp:evaluation/standard",
        imports: { default: trappable },
    });

    use self::zcp::evaluation::types as wit;
    use crate::model;

    fn text(t: wit::Text) -> model::Text {
        model::Text { zh: t.zh, en: t.en }
    }

    fn wit_text(t: &model::Text) -> wit::Text {
        wit::Text {
            zh: t.zh.clone(),
            en: t.en.clone(),
        }
    }

    fn threshold(t: wit::Threshold) -> model::Threshold {
        match t {
            wit::Threshold::AtMost(v) => model::Threshold::AtMost(v),
            wit::Threshold::AtLeast(v) => model::Threshold::AtLeast(v),
            wit::Threshold::Within((a, b)) => model::Threshold::Within(a, b),
            wit::Threshold::Qualitative(t) => model::Threshold::Qualitative(text(t)),
            wit::Threshold::Unbounded => model::Threshold::Unbounded,
        }
    }

    fn wit_threshold(t: &model::Threshold) -> wit::Threshold {
        match t {
            model::Threshold::AtMost(v) => wit::Threshold::AtMost(*v),
            model::Threshold::AtLeast(v) => wit::Threshold::AtLeast(*v),
            model::Threshold::Within(a, b) => wit::Threshold::Within((*a, *b)),
            model::Threshold::Qualitative(t) => wit::Threshold::Qualitative(wit_text(t)),
            model::Threshold::Unbounded => wit::Threshold::Unbounded,
        }
    }

    fn kind(k: wit::IndicatorKind) -> model::IndicatorKind {
        match k {
            wit::IndicatorKind::Eligibility => model::IndicatorKind::Eligibility,
            wit::IndicatorKind::Core => model::IndicatorKind::Core,
            wit::IndicatorKind::Guiding => model::IndicatorKind::Guiding,
            wit::IndicatorKind::Scored => model::IndicatorKind::Scored,
            wit::IndicatorKind::Informative => model::IndicatorKind::Informative,
        }
    }

    fn status(s: wit::Status) -> model::Status {
        match s {
            wit::Status::Draft => model::Status::Draft,
            wit::Status::Trial => model::Status::Trial,
            wit::Status::InForce => model::Status::InForce,
            wit::Status::Superseded => model::Status::Superseded,
            wit::Status::Withdrawn => model::Status::Withdrawn,
        }
    }

    fn outcome(o: wit::Outcome) -> model::Outcome {
        match o {
            wit::Outcome::Pass => model::Outcome::Pass,
            wit::Outcome::Fail => model::Outcome::Fail,
            wit::Outcome::NotApplicable => model::Outcome::NotApplicable,
            wit::Outcome::InsufficientData => model::Outcome::InsufficientData,
        }
    }

    fn wit_outcome(o: model::Outcome) -> wit::Outcome {
        match o {
            model::Outcome::Pass => wit::Outcome::Pass,
            model::Outcome::Fail => wit::Outcome::Fail,
            model::Outcome::NotApplicable => wit::Outcome::NotApplicable,
            model::Outcome::InsufficientData => wit::Outcome::InsufficientData,
        }
    }

    fn verdict(v: wit::Verdict) -> model::Verdict {
        match v {
            wit::Verdict::Qualified => model::Verdict::Qualified,
            wit::Verdict::NotQualified => model::Verdict::NotQualified,
            wit::Verdict::Incomplete => model::Verdict::Incomplete,
        }
    }

    fn wit_verdict(v: model::Verdict) -> wit::Verdict {
        match v {
            model::Verdict::Qualified => wit::Verdict::Qualified,
            model::Verdict::NotQualified => wit::Verdict::NotQualified,
            model::Verdict::Incomplete => wit::Verdict::Incomplete,
        }
    }

    /// Convert a described standard; the version must be semver.
    pub fn standard_info(info: wit::StandardInfo) -> Result<model::StandardInfo, String> {
        let version = semver::Version::parse(&info.version)
            .map_err(|e| format!("version `{}` is not semver: {e}", info.version))?;
        Ok(model::StandardInfo {
            id: info.id,
            version,
            title: text(info.title),
            issuer: text(info.issuer),
            source: text(info.source),
            jurisdiction: info.jurisdiction,
            status: status(info.status),
            effective: info.effective,
            extends: info.extends,
            indicators: info
                .indicators
                .into_iter()
                .map(|i| model::Indicator {
                    id: i.id,
                    title: text(i.title),
                    kind: kind(i.kind),
                    unit: i.unit,
                    thresholds: i
                        .thresholds
                        .into_iter()
                        .map(|b| model::BandedThreshold {
                            applies_when: text(b.applies_when),
                            threshold: threshold(b.threshold),
                        })
                        .collect(),
                    description: text(i.description),
                })
                .collect(),
            requires: info
                .requires
                .into_iter()
                .map(|r| model::DataRequirement {
                    key: r.key,
                    unit: r.unit,
                    required: r.required,
                    description: text(r.description),
                })
                .collect(),
            parameters: info
                .parameters
                .into_iter()
                .map(|p| model::Parameter {
                    name: p.name,
                    description: text(p.description),
                    default_value: p.default_value,
                    allowed: p.allowed,
                    provisional: p.provisional,
                })
                .collect(),
        })
    }

    /// Convert an evaluation returned by a standard.
    pub fn evaluation(e: wit::Evaluation) -> model::Evaluation {
        model::Evaluation {
            verdict: verdict(e.verdict),
            tier: e.tier,
            score: e.score,
            results: e
                .results
                .into_iter()
                .map(|r| model::IndicatorResult {
                    id: r.id,
                    outcome: outcome(r.outcome),
                    value: r.value,
                    unit: r.unit,
                    threshold: threshold(r.threshold),
                    score: r.score,
                    explanation: text(r.explanation),
                    used: r.used,
                    missing: r.missing,
                })
                .collect(),
            assumptions: e
                .assumptions
                .into_iter()
                .map(|a| model::Assumption {
                    name: a.name,
                    value: a.value,
                    provisional: a.provisional,
                    description: text(a.description),
                })
                .collect(),
            notes: e.notes.into_iter().map(text).collect(),
        }
    }

    /// Convert a base evaluation back, to pass it to a derived standard.
    pub fn wit_evaluation(e: &model::Evaluation) -> wit::Evaluation {
        wit::Evaluation {
            verdict: wit_verdict(e.verdict),
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
            assumptions: e
                .assumptions
                .iter()
                .map(|a| wit::Assumption {
                    name: a.name.clone(),
                    value: a.value.clone(),
                    provisional: a.provisional,
                    description: wit_text(&a.description),
                })
                .collect(),
            notes: e.notes.iter().map(wit_text).collect(),
        }
    }

    /// The standard's own error, as a message.
    pub fn evaluation_error(e: wit::EvaluationError) -> crate::model::StandardError {
        match e {
            wit::EvaluationError::InvalidData(m) => crate::model::StandardError::InvalidData(m),
            wit::EvaluationError::InvalidParameter(m) => {
                crate::model::StandardError::InvalidParameter(m)
            }
            wit::EvaluationError::Internal(m) => crate::model::StandardError::Internal(m),
        }
    }
}
