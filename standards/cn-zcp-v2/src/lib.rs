//! `cn-zcp` 2.0.0-draft.1: the national successor in draft, an
//! **illustrative draft**, not an official text.
//!
//! No text of the national standard due exists: 《零碳产业园区建设导则》
//! (national standard plan 20231975-T-469) is under review and unpublished,
//! as are the two other GB projects on zero-carbon and low-carbon parks.
//! This version shows what the successor of `cn-zcp@1.0.0` could look like,
//! so that reports can set the two side by side; when a real text lands, it
//! is one new version of the plugin. Every report says it is illustrative:
//! the status is `draft`, the title says so, the first assumption
//! (`illustrative-draft`, provisional) puts it in the banner, and the
//! summary line starts with it.
//!
//! It is built on the indicators of 《关于开展零碳园区建设的通知》
//! （发改环资〔2025〕910号）, 附件1, 附件3 and 附件4, through the `cn-zcp`
//! library: the accounting, the eligibility conditions, the core indicator
//! and its veto, the guiding indicators and every explanation are those of
//! `cn-zcp` 1.0.0, called, not copied. What the draft changes:
//!
//! 1. the trial's open points settled as parameters: the band below
//!    200,000 tce is a declared band (`small-park-threshold`, default 0.20),
//!    and the overlap of the printed bands at exactly 1,000,000 tce is
//!    `band-edge-1000000` (`upper`, 0.30, by default, or `middle`, 0.20):
//!    [`bands`] and [`params`];
//! 2. a tier ladder on the six guiding indicators (the five of 附件3 and
//!    the direct green supply principle of 附件4): one point for each that
//!    passes or does not apply with the park's stated reason, tiers `basic`
//!    (0), `advanced` (4) and `leading` (6) out of 6, given only to a
//!    qualified park: [`tiers`];
//! 3. the verdict is that of 1.0.0: the eligibility conditions and the core
//!    indicator decide, the guiding indicators never veto.
//!
//! Indicator ids and kinds are those of 1.0.0, so rows line up with
//! `cn-zcp@1.0.0` in a report. `METHOD.md` beside this crate cites each
//! change against the trial text it settles and lists every provisional
//! figure; conformance cases are in `cases/` (`zcp test
//! cn-zcp@2.0.0-draft.1`).
//!
//! Modules: [`describe`] (the self-description), [`params`] (parameters),
//! [`bands`] (the draft's bands, for `cn-zcp`'s core indicator), [`tiers`]
//! (score and tier), [`summary`] (the reason for the verdict in one line)
//! and [`evaluate`].

pub mod bands;
pub mod describe;
pub mod evaluate;
pub mod params;
pub mod summary;
pub mod tiers;

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests;

use zcp_sdk::{Evaluation, EvaluationError, ParkData, StandardInfo};

/// The standard `cn-zcp` version 2.0.0-draft.1, an illustrative draft.
pub struct CnZcpV2;

impl zcp_sdk::Standard for CnZcpV2 {
    fn describe() -> StandardInfo {
        describe::info()
    }

    fn evaluate(
        data: &dyn ParkData,
        parameters: &[(String, String)],
        // The draft extends nothing: it reuses the cn-zcp library instead.
        _base: Option<Evaluation>,
    ) -> Result<Evaluation, EvaluationError> {
        evaluate::evaluate(data, parameters)
    }
}
