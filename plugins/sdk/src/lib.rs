//! Guest SDK for zcp standards.
//!
//! A standard is plain Rust: implement [`Standard`] against the [`ParkData`]
//! trait, test it natively with [`FakePark`], and export it as a WebAssembly
//! component with [`export_standard!`]. The WIT types of
//! `zcp:evaluation@1.0.0` are re-exported at the crate root.

pub mod data;
pub mod inputs;
pub mod params;
pub mod text;
pub mod threshold;
pub mod verdict;

/// Bindings generated from `wit/1.0.0`, the one source of truth for the contract.
#[allow(missing_docs, clippy::all)]
pub mod bindings {
    wit_bindgen::generate!({
        path: "../../wit/1.0.0",
        world: "zcp:evaluation/standard",
        default_bindings_module: "zcp_sdk::bindings",
        pub_export_macro: true,
        export_macro_name: "export",
        additional_derives: [PartialEq],
    });
}

pub use bindings::zcp::evaluation::types::{
    Assumption, BandedThreshold, DataRequirement, Evaluation, EvaluationError, Indicator,
    IndicatorKind, IndicatorResult, Outcome, Parameter, StandardInfo, Status, Text, Threshold,
    Verdict,
};
pub use data::{FakePark, HostPark, ParkData};
pub use inputs::Inputs;
pub use params::Params;
pub use text::{fmt_num, text};
pub use threshold::{meets, threshold_text};
pub use verdict::verdict_of;

/// A standard version: its self-description and its rules.
pub trait Standard {
    /// Metadata, indicators with thresholds, data requirements and parameters.
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
