//! Guest SDK for zcp standards.
//!
//! A standard is plain Rust: implement [`Standard`] against the [`ParkData`]
//! trait, test it natively with [`FakePark`], and export it as a WebAssembly
//! component with [`export_standard!`]. It targets the contract
//! `zcp:evaluation@1.1.0` (`wit/evaluation.wit` in this crate, a copy of the
//! released `wit/1.1.0` of the zcp repository), whose types are re-exported
//! at the crate root. The crate's README walks through a complete standard,
//! `examples/demo_green.rs`, from its rules to `zcp test`.
//!
//! Besides the bindings: [`Inputs`] (the declared data in one call),
//! [`Params`] (parameters checked against their declared values),
//! [`meets`] and [`threshold_text`] (full-value comparison), [`verdict_of`]
//! (the pass/fail rule, by result kind), [`results_of_kind`] and
//! [`not_applicable`] (reading and writing evaluations), and
//! [`define_quantity`], [`define_text`], [`define_flag`] (the data keys a
//! standard adds to the dictionary).
//!
//! ```
//! use zcp_sdk::*;
//!
//! struct Tiny;
//!
//! const GRID: &str = "electricity.grid-purchased";
//!
//! impl Standard for Tiny {
//!     fn describe() -> StandardInfo {
//!         StandardInfo {
//!             id: "tiny".into(),
//!             version: "0.1.0".into(),
//!             title: text("示例", "example"),
//!             issuer: text("示例", "example"),
//!             source: text("无", "none"),
//!             jurisdiction: "CN".into(),
//!             status: Status::Draft,
//!             effective: None,
//!             extends: None,
//!             indicators: vec![],
//!             requires: vec![DataRequirement {
//!                 key: GRID.into(),
//!                 unit: "MWh".into(),
//!                 required: true,
//!                 description: text("电网购电", "grid purchase"),
//!             }],
//!             parameters: vec![],
//!             defines: vec![],
//!             tiers: vec![],
//!             max_score: None,
//!         }
//!     }
//!
//!     fn evaluate(
//!         data: &dyn ParkData,
//!         _parameters: &[(String, String)],
//!         _base: Option<Evaluation>,
//!     ) -> Result<Evaluation, EvaluationError> {
//!         let inputs = Inputs::fetch(data, &Self::describe().requires);
//!         let threshold = Threshold::AtMost(1_000.0);
//!         let (outcome, value) = match inputs.get(GRID) {
//!             Some(mwh) if meets(mwh, &threshold) => (Outcome::Pass, Some(mwh)),
//!             Some(mwh) => (Outcome::Fail, Some(mwh)),
//!             None => (Outcome::InsufficientData, None),
//!         };
//!         let shown = value.map_or("—".into(), |v| fmt_num(v, 0));
//!         let result = IndicatorResult {
//!             id: "core.grid".into(),
//!             kind: IndicatorKind::Core,
//!             outcome,
//!             value,
//!             unit: "MWh".into(),
//!             threshold,
//!             band: None,
//!             score: None,
//!             explanation: text(format!("电网购电 {shown} MWh"), format!("grid purchase {shown} MWh")),
//!             used: inputs.present(&[GRID]),
//!             missing: inputs.absent(&[GRID]),
//!         };
//!         let verdict = verdict_of(std::slice::from_ref(&result));
//!         // The one-line reason for the verdict: here the one result's explanation.
//!         let summary = Some(result.explanation.clone());
//!         Ok(Evaluation { verdict, summary, tier: None, score: None, results: vec![result], assumptions: vec![], notes: vec![] })
//!     }
//! }
//!
//! // In the crate root of a real standard: `zcp_sdk::export_standard!(Tiny);`
//! let park = FakePark::for_standard(2025, &Tiny::describe()).quantity(GRID, 800.0, "MWh");
//! let evaluation = Tiny::evaluate(&park, &[], None).unwrap();
//! assert_eq!(evaluation.verdict, Verdict::Qualified);
//! assert_eq!(results_of_kind(&evaluation, IndicatorKind::Core).count(), 1);
//! ```

pub mod data;
pub mod define;
pub mod evaluation;
#[cfg(not(target_arch = "wasm32"))]
pub mod fake;
pub mod inputs;
pub mod params;
pub mod text;
pub mod threshold;
pub mod verdict;

/// Bindings generated from `wit/evaluation.wit`, a byte-identical copy of
/// the contract `wit/1.1.0` (the zcp repository's tests check the copy).
#[allow(missing_docs, clippy::all)]
pub mod bindings {
    wit_bindgen::generate!({
        path: "wit",
        world: "zcp:evaluation/standard",
        default_bindings_module: "zcp_sdk::bindings",
        pub_export_macro: true,
        export_macro_name: "export",
        additional_derives: [PartialEq],
    });
}

pub use bindings::zcp::evaluation::types::{
    Assumption, BandedThreshold, Bound, DataRequirement, Evaluation, EvaluationError, Indicator,
    IndicatorKind, IndicatorResult, KeyDefinition, KeyKind, KeyScope, NumberRange, Outcome,
    Parameter, ParameterValues, QuantityKind, Sign, StandardInfo, Status, Text, Threshold, Tier,
    Verdict,
};
pub use data::{HostPark, ParkData};
pub use define::{define_flag, define_quantity, define_text};
pub use evaluation::{not_applicable, results_of_kind};
#[cfg(not(target_arch = "wasm32"))]
pub use fake::FakePark;
pub use inputs::Inputs;
pub use params::{Params, exclusive, inclusive};
pub use text::{fmt_num, text};
pub use threshold::{meets, threshold_text};
pub use verdict::verdict_of;

/// A standard version: its self-description and its rules.
pub trait Standard {
    /// Metadata, indicators with thresholds, data requirements, parameters,
    /// the keys it defines and, for a scored standard, its tiers.
    fn describe() -> StandardInfo;

    /// Evaluate the park served by `data`. `parameters` are those the
    /// evaluator set; `base` is the evaluation of the standard in `extends`.
    fn evaluate(
        data: &dyn ParkData,
        parameters: &[(String, String)],
        base: Option<Evaluation>,
    ) -> Result<Evaluation, EvaluationError>;
}

/// Export a [`Standard`] as the component's `evaluator` interface.
///
/// Call it once at the crate root: `zcp_sdk::export_standard!(MyStandard);`.
/// It only expands on `wasm32` so that the crate also builds natively for
/// unit tests.
#[macro_export]
macro_rules! export_standard {
    ($standard:ty) => {
        #[cfg(target_arch = "wasm32")]
        const _: () = {
            struct Exported;

            impl $crate::bindings::exports::zcp::evaluation::evaluator::Guest for Exported {
                fn describe() -> $crate::StandardInfo {
                    <$standard as $crate::Standard>::describe()
                }

                fn evaluate(
                    parameters: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
                    base: ::std::option::Option<$crate::Evaluation>,
                ) -> ::std::result::Result<$crate::Evaluation, $crate::EvaluationError> {
                    <$standard as $crate::Standard>::evaluate(&$crate::HostPark, &parameters, base)
                }
            }

    $crate::bindings::export!(Exported with_types_in $crate::bindings);
        };
    };
}

#[cfg(test)]
mod readme {
    /// The README shows the worked standard in full: it must be the example
    /// file that `cargo test` compiles and tests, character for character.
    #[test]
    fn shows_the_example_that_is_compiled_and_tested() {
        let readme = include_str!("../README.md");
        let example = include_str!("../examples/demo_green.rs");
        let block = format!("```rust\n{example}```\n");
        assert!(
            readme.contains(&block),
            "README.md must hold examples/demo_green.rs verbatim in a ```rust block"
        );
    }
}
