//! `cn-zcp` 1.0.0: the national zero-carbon park indicator system (trial).
//!
//! Encodes 《关于开展零碳园区建设的通知》（发改环资〔2025〕910号）, issued by the
//! National Development and Reform Commission, the Ministry of Industry and
//! Information Technology and the National Energy Administration, signed
//! 2025-06-30:
//!
//! - 附件1, the basic conditions: the four `eligibility.*` indicators;
//! - 附件3 《国家级零碳园区建设指标体系（试行）》: the core indicator
//!   `core.carbon-per-energy` (单位能耗碳排放, tCO2/tce) with its bands by
//!   annual comprehensive energy consumption, electricity counted at its
//!   equal value (二.1); a park missing it may in principle not apply for
//!   acceptance;
//! - 附件3, the five guiding indicators (引导指标: clean energy share,
//!   products at level 2 of their limit standards, solid waste, waste heat,
//!   cold and pressure, water reuse), and the direct green supply principle
//!   of 附件4 二(二)3①, reported and never changing the verdict,
//!   `not-applicable` with the park's stated reason;
//! - 附件4 《零碳园区碳排放核算方法（试行）》: fuels of 二(一)1 by use (二(一)2,
//!   bunker fuel in the total and listed), fuel combustion (二(二)1), energy
//!   conversion as a carbon balance at 100 % oxidation (二(二)2), electricity
//!   received minus sent out at 0 or 0.8325 tCO2/MWh by kind (二(二)3①),
//!   heat by kind at a measured factor or 0.11 tCO2/GJ (二(二)3②), industrial
//!   processes by product with the park's factors (三).
//!
//! `METHOD.md` beside this crate states every rule with its clause. The
//! values the text does not give are parameters or named constants marked
//! provisional, and every report lists them among its assumptions: the
//! equal-value coefficient, the threshold below 200,000 tce, the treatment
//! of feedstock, bunker fuel in energy and recovered energy, the clean-energy
//! definition, the fuel coefficients (the national emission factor database
//! of 二(三)2 is not reachable here).
//!
//! Conformance cases ship in `cases/` (one directory per case: park file,
//! parameters, expected outcomes and their derivation by hand), run by
//! `zcp test cn-zcp@1`.
//!
//! Modules: [`describe`] (the self-description), [`coefficients`] (named
//! constants with their sources), [`read`] (park data into accounting
//! inputs), [`accounting`] (pure energy and CO2 arithmetic), [`indicators`]
//! (eligibility and core), [`bands`] (how the core indicator's band is
//! chosen and worded), [`guiding`], [`shares`] and [`products`]
//! (guiding indicators), [`params`] (parameters), [`summary`] (the reason
//! for the verdict in one line), and the helpers [`keys`], [`display`],
//! [`explain`], [`evaluate`].
//!
//! The component speaks the contract `zcp:evaluation@1.1.0` (`wit/1.1.0`,
//! through `zcp-sdk`): each result carries the kind its indicator is
//! declared with and, for the core indicator, the band that applied; the
//! evaluation carries a one-line summary. The rules are those of 1.0.0.

pub mod accounting;
pub mod bands;
pub mod coefficients;
pub mod describe;
pub mod display;
pub mod evaluate;
pub mod explain;
pub mod guiding;
pub mod indicators;
pub mod keys;
pub mod params;
pub mod products;
pub mod read;
pub mod shares;
pub mod summary;

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests;

use zcp_sdk::{Evaluation, EvaluationError, ParkData, StandardInfo};

/// The standard `cn-zcp` version 1.0.0.
pub struct CnZcp;

impl zcp_sdk::Standard for CnZcp {
    fn describe() -> StandardInfo {
        describe::info()
    }

    fn evaluate(
        data: &dyn ParkData,
        parameters: &[(String, String)],
        // The standard extends nothing: there is no base evaluation.
        _base: Option<Evaluation>,
    ) -> Result<Evaluation, EvaluationError> {
        evaluate::evaluate(data, parameters)
    }
}
