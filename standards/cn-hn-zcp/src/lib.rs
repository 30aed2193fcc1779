//! `cn-hn-zcp` 1.0.0: the Hunan province zero-carbon park construction
//! scheme (interim).
//!
//! Encodes 《湖南省零碳园区建设方案（暂行）》（湘工信节能〔2025〕467号）,
//! issued 2025-12-24. Its main text is confirmed; its annex table of
//! thresholds was reported but not read, so every figure of that table is a
//! named provisional constant ([`stage`]) listed in every evaluation's
//! assumptions:
//!
//! - `core.carbon-per-energy` (tCO2/tce) on the national accounting of
//!   发改环资〔2025〕910号 附件4 (electricity at its equal value, 附件3 二.1),
//!   reused from the `cn-zcp` library with its accounting parameters, with
//!   the scheme's thresholds by stage (2027, 2030, 2035; parameter `stage`,
//!   by default the stage the assessment year falls in) and by band
//!   (20,000 to 1,000,000 tce, and 1,000,000 tce or more); below
//!   20,000 tce the scheme does not apply (verdict `not-applicable`, the
//!   core value and the totals still reported);
//! - `core.revenue-growth`: technology, industry and trade revenue growing
//!   year on year over a window of `revenue-years` years ([`revenue`]);
//! - the staged guiding indicators (clean energy share, solid waste, waste
//!   heat, cold and pressure, water reuse) computed by cn-zcp's guiding
//!   code against the stage's minimums, and products at level 2: never
//!   changing the verdict;
//! - the national basic conditions (附件1), reused from cn-zcp with the
//!   same ids (the scheme's own conditions were not read).
//!
//! It does not extend cn-zcp (its bands and floor differ): it links cn-zcp
//! as a library. `METHOD.md` beside this crate cites each rule, marks it
//! confirmed or provisional, and lists what is not encoded.
//!
//! Modules: [`describe`] (the self-description), [`stage`] (stages, bands
//! and the annex figures), [`params`], [`carbon`], [`revenue`], [`guiding`],
//! [`assumptions`], [`summary`], [`evaluate`].

pub mod assumptions;
pub mod carbon;
pub mod describe;
pub mod evaluate;
pub mod guiding;
pub mod params;
pub mod revenue;
pub mod stage;
pub mod summary;

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests;

use zcp_sdk::{Evaluation, EvaluationError, ParkData, StandardInfo};

/// The standard `cn-hn-zcp` version 1.0.0.
pub struct CnHnZcp;

impl zcp_sdk::Standard for CnHnZcp {
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
