//! `cn-nm-zcp` 1.0.0: Inner Mongolia's regional tier of zero-carbon parks.
//!
//! Encodes the indicator part of 《内蒙古自治区零碳园区培育建设方案》, issued
//! in August 2025 by the Inner Mongolia Development and Reform Commission
//! with the regional Department of Industry and Information Technology and
//! Energy Administration:
//!
//! - a park aiming at national status uses the national indicators
//!   unchanged: this standard **extends `cn-zcp@^1`**, whose evaluation the
//!   host runs first and passes as `base`; its eligibility conditions and its
//!   accounting are the base's, never re-read nor recomputed here;
//! - the regional tier has one core indicator, 0.4 to 0.6 tCO2/tce:
//!   `core.carbon-per-energy-regional` takes the base's value of
//!   `core.carbon-per-energy` and compares it with the parameter
//!   `regional-core-threshold`, a number from 0.4 to 0.6 whose default, 0.40,
//!   is provisional (the plan does not say how a park's value is set);
//! - its 13 guiding indicators are not public: not assessed, said in a note.
//!
//! The two tiers are expressed through the contract's score: `regional`
//! (score 1) when the regional core passes, `national` (score 2) when the
//! base is qualified too. `METHOD.md` beside this crate states every rule
//! with its source and marks what is provisional. The crate was started with
//! `zcp new cn-nm-zcp --extends cn-zcp@^1 --jurisdiction CN-NM`.
//!
//! Modules: [`describe`] (the self-description), [`params`] (the one
//! parameter), [`regional`] (the regional core result), [`tier`] (tiers and
//! scores), [`summary`] (the reason for the verdict in one line),
//! [`evaluate`] (one evaluation, from the base's).

pub mod describe;
pub mod evaluate;
pub mod params;
pub mod regional;
pub mod summary;
pub mod tier;

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests;

use zcp_sdk::{Evaluation, EvaluationError, ParkData, StandardInfo};

/// The standard `cn-nm-zcp` version 1.0.0.
pub struct CnNmZcp;

impl zcp_sdk::Standard for CnNmZcp {
    fn describe() -> StandardInfo {
        describe::info()
    }

    fn evaluate(
        // Every figure comes from the base evaluation: no park data is read.
        _data: &dyn ParkData,
        parameters: &[(String, String)],
        base: Option<Evaluation>,
    ) -> Result<Evaluation, EvaluationError> {
        evaluate::evaluate(parameters, base)
    }
}
