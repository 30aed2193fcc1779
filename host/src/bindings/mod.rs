//! Host bindings, one module per supported WIT version, each converted into
//! the host's model (`crate::model`). A component is bound by the exact name
//! of the `evaluator` interface it exports, never by trying one version and
//! falling back to another.

use serde::Serialize;
use wasmtime::component::{Component, HasSelf, InstancePre, Linker};
use wasmtime::{Engine, Store};

use crate::model::{Evaluation, StandardError, StandardInfo};
use crate::state::StoreState;

/// The conversions written the same way for every version: each version's
/// generated types are distinct, so the code is expanded once per module
/// (where `wit` names that version's `types` interface).
macro_rules! shared_conversions {
    () => {
        use crate::sanitize::plugin_text as clean;

        fn text(t: wit::Text) -> Text {
            Text {
                zh: clean(t.zh),
                en: clean(t.en),
            }
        }

        fn wit_text(t: &Text) -> wit::Text {
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

        /// The standard's own error.
        pub fn evaluation_error(e: wit::EvaluationError) -> model::StandardError {
            match e {
                wit::EvaluationError::InvalidData(m) => model::StandardError::InvalidData(clean(m)),
                wit::EvaluationError::InvalidParameter(m) => {
                    model::StandardError::InvalidParameter(clean(m))
                }
                wit::EvaluationError::Internal(m) => model::StandardError::Internal(clean(m)),
            }
        }

        fn banded(list: Vec<wit::BandedThreshold>) -> Vec<model::BandedThreshold> {
            list.into_iter()
                .map(|b| model::BandedThreshold {
                    applies_when: text(b.applies_when),
                    threshold: threshold(b.threshold),
                })
                .collect()
        }

        fn requirement(r: wit::DataRequirement) -> model::DataRequirement {
            model::DataRequirement {
                key: clean(r.key),
                unit: clean(r.unit),
                required: r.required,
                description: text(r.description),
            }
        }

        fn assumption(a: wit::Assumption) -> model::Assumption {
            model::Assumption {
                name: clean(a.name),
                value: clean(a.value),
                provisional: a.provisional,
                description: text(a.description),
            }
        }

        fn wit_assumption(a: &model::Assumption) -> wit::Assumption {
            wit::Assumption {
                name: a.name.clone(),
                value: a.value.clone(),
                provisional: a.provisional,
                description: wit_text(&a.description),
            }
        }

        fn version(v: &str) -> Result<semver::Version, String> {
            semver::Version::parse(v).map_err(|e| format!("version `{v}` is not semver: {e}"))
        }

        /// The `effective` date, which must be a real `YYYY-MM-DD` day.
        fn effective(date: Option<String>) -> Result<Option<jiff::civil::Date>, String> {
            date.map(|d| crate::date::parse(&clean(d)).map_err(|e| format!("effective date {e}")))
                .transpose()
        }
    };
}

pub mod v1_0;
pub mod v1_1;

/// A version of the `zcp:evaluation` contract this host speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, schemars::JsonSchema)]
pub enum WitVersion {
    /// `wit/1.0.0`: the first release.
    #[serde(rename = "1.0.0")]
    V1_0,
    /// `wit/1.1.0`: defined keys, `not-applicable` and `assessed`, kinds in results.
    #[serde(rename = "1.1.0")]
    V1_1,
}

impl WitVersion {
    /// Every version this host runs, oldest first.
    pub const ALL: [WitVersion; 2] = [WitVersion::V1_0, WitVersion::V1_1];

    /// The newest version: what the SDK and the bundled standards target.
    pub const LATEST: WitVersion = WitVersion::V1_1;

    /// `1.0.0`, `1.1.0`.
    pub fn as_str(self) -> &'static str {
        match self {
            WitVersion::V1_0 => "1.0.0",
            WitVersion::V1_1 => "1.1.0",
        }
    }

    /// The name of the interface a standard of this version exports.
    pub fn evaluator_export(self) -> String {
        format!("zcp:evaluation/evaluator@{}", self.as_str())
    }

    /// The versions a component exports an `evaluator` of, by exact name.
    pub fn exported_by(engine: &Engine, component: &Component) -> Vec<WitVersion> {
        let names: Vec<String> = component
            .component_type()
            .exports(engine)
            .map(|(name, _)| name.to_owned())
            .collect();
        WitVersion::ALL
            .into_iter()
            .filter(|v| names.contains(&v.evaluator_export()))
            .collect()
    }

    /// Every version, `1.0.0, 1.1.0`, for messages.
    pub fn list() -> String {
        WitVersion::ALL.map(WitVersion::as_str).join(", ")
    }
}

impl std::fmt::Display for WitVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Link the `park-data` imports of every version (served by the same code).
pub(crate) fn add_to_linker(linker: &mut Linker<StoreState>) -> wasmtime::Result<()> {
    v1_0::Standard::add_to_linker::<StoreState, HasSelf<StoreState>>(linker, |s| s)?;
    v1_1::Standard::add_to_linker::<StoreState, HasSelf<StoreState>>(linker, |s| s)
}

/// A component pre-instantiated with the bindings of its WIT version.
pub(crate) enum Bound {
    V1_0(v1_0::StandardPre<StoreState>),
    V1_1(v1_1::StandardPre<StoreState>),
}

/// The same call through the bindings of whichever version `$bound` holds:
/// `$call(module, pre)` is expanded once per version.
macro_rules! per_version {
    ($bound:expr, |$v:ident, $pre:ident| $call:expr) => {
        per_version!(Bound, $bound, |$v, $pre| $call)
    };
    ($enum:ident, $bound:expr, |$v:ident, $pre:ident| $call:expr) => {
        match $bound {
            $enum::V1_0($pre) => {
                use crate::bindings::v1_0 as $v;
                $call
            }
            $enum::V1_1($pre) => {
                use crate::bindings::v1_1 as $v;
                $call
            }
        }
    };
}

/// Where a call into a plugin failed.
pub(crate) enum Failure {
    /// Instantiating it, which is also where wasmtime checks the types of
    /// its exports against the contract's.
    Instantiate(wasmtime::Error),
    /// The call.
    Call(wasmtime::Error),
}

impl Bound {
    /// Bind a pre-instantiated component with the bindings of `version`.
    pub(crate) fn new(
        version: WitVersion,
        pre: InstancePre<StoreState>,
    ) -> wasmtime::Result<Bound> {
        match version {
            WitVersion::V1_0 => v1_0::StandardPre::new(pre).map(Bound::V1_0),
            WitVersion::V1_1 => v1_1::StandardPre::new(pre).map(Bound::V1_1),
        }
    }

    /// Instantiate and call `describe`, converted to the model.
    pub(crate) fn describe(
        &self,
        store: &mut Store<StoreState>,
    ) -> Result<Result<StandardInfo, String>, Failure> {
        per_version!(self, |v, pre| {
            let standard = pre.instantiate(&mut *store).map_err(Failure::Instantiate)?;
            standard
                .zcp_evaluation_evaluator()
                .call_describe(&mut *store)
                .map(v::standard_info)
                .map_err(Failure::Call)
        })
    }

    /// A fresh instance in `store`, which is also where wasmtime checks the
    /// types of the component's exports against the contract's.
    pub(crate) fn instantiate(&self, store: &mut Store<StoreState>) -> wasmtime::Result<Instance> {
        match self {
            Bound::V1_0(pre) => pre.instantiate(store).map(Instance::V1_0),
            Bound::V1_1(pre) => pre.instantiate(store).map(Instance::V1_1),
        }
    }
}

/// An instance of a plugin, bound to its WIT version: lives as long as its
/// store, which is never used for another evaluation.
pub(crate) enum Instance {
    V1_0(v1_0::Standard),
    V1_1(v1_1::Standard),
}

impl Instance {
    /// Call `evaluate`, the base converted to this version and the result
    /// back to the model.
    pub(crate) fn evaluate(
        &self,
        store: &mut Store<StoreState>,
        parameters: &[(String, String)],
        base: Option<&Evaluation>,
        info: &StandardInfo,
    ) -> wasmtime::Result<Result<Evaluation, StandardError>> {
        per_version!(Instance, self, |v, standard| {
            let base = base.map(v::wit_evaluation);
            standard
                .zcp_evaluation_evaluator()
                .call_evaluate(&mut *store, parameters, base.as_ref())
                .map(|r| {
                    r.map(|e| v::evaluation(e, info))
                        .map_err(v::evaluation_error)
                })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::v1_1;
    use super::v1_1::zcp::evaluation::types as wit;
    use crate::model::StandardError;

    /// A plugin once could print its own "verdict: QUALIFIED" over the real one.
    #[test]
    fn plugin_strings_lose_terminal_controls_at_the_boundary() {
        let error = v1_1::evaluation_error(wit::EvaluationError::InvalidData(
            "bad\x1b[1A\x1b[2K\rverdict: QUALIFIED".to_owned(),
        ));
        assert_eq!(
            error,
            StandardError::InvalidData("bad[1A[2Kverdict: QUALIFIED".to_owned())
        );
    }
}
