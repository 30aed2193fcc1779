//! `t-zcp-scored` 1.0.0: an illustrative scored, tiered group standard for
//! zero-carbon parks.
//!
//! Group standards (团体标准) that score parks and tier them exist —
//! T/CECA-G 0344-2025, T/DZJN 458-2025, T/HBAS 244-2025 — but their weights
//! and cut-offs were not found. This standard shows how such a standard runs
//! beside the national one: it is a `draft`, and an assumption
//! `illustrative` (provisional) puts it in every report's banner.
//!
//! It reuses the `cn-zcp` library for everything national: the carbon
//! accounting of 附件4 (electricity at its equal value), the basic
//! conditions of 附件1 (the four `eligibility.*` indicators, a failure makes
//! the park not qualified) and the values of the guiding indicators of
//! 附件3. Seven indicators score, with their national ids:
//! `core.carbon-per-energy` and the six `guiding.*` ones. Each earns its
//! weight times (value − floor) ÷ (target − floor), capped to [0, 1]: the
//! target is the national value (confirmed), the floor and the weight are
//! parameters (provisional). The total is the points over the weights of the
//! applicable indicators, on 100 points (an indicator the park declares not
//! applicable is left out and its weight redistributed); tiers one, two and
//! three stars at cut-offs 60, 75 and 90 (provisional parameters).
//!
//! `METHOD.md` beside this crate states every rule; `cases/` holds the
//! conformance cases, run by `zcp test t-zcp-scored@1`.
//!
//! Modules: [`describe`] (the self-description), [`scoring`] (the scored
//! indicators and the linear score), [`tiers`], [`params`] (weights,
//! floors, cut-offs, and cn-zcp's accounting parameters passed on),
//! [`scored`] (a national result turned into a scored one), [`evaluate`]
//! (the total, the tier, the verdict) and [`summary`].

pub mod describe;
pub mod evaluate;
pub mod params;
pub mod scored;
pub mod scoring;
pub mod summary;
pub mod tiers;

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests;

use zcp_sdk::{Evaluation, EvaluationError, ParkData, StandardInfo};

/// The standard `t-zcp-scored` version 1.0.0.
pub struct TZcpScored;

impl zcp_sdk::Standard for TZcpScored {
    fn describe() -> StandardInfo {
        describe::info()
    }

    fn evaluate(
        data: &dyn ParkData,
        parameters: &[(String, String)],
        // The standard extends nothing: cn-zcp is used as a library.
        _base: Option<Evaluation>,
    ) -> Result<Evaluation, EvaluationError> {
        evaluate::evaluate(data, parameters)
    }
}
