//! `cn-js-zcp` 1.0.0: the reference values of the Jiangsu (near-)zero-carbon
//! industrial park construction guide (trial).
//!
//! Encodes 《江苏省（近）零碳产业园区建设指南（暂行）》 (attribution inferred:
//! its issuing body, number and date were not found; a public repost of its
//! table is dated 2024-07-16). The guide sets 20 performance reference
//! values (绩效参考值) in 7 groups; they are references, not gates. This
//! version assesses 11 of them, each an indicator of kind `scored` with
//! weight 1 in its group:
//!
//! - 能效水平标杆化: energy per unit of industrial value added at the
//!   equivalent value (当量值) ≤ 0.35 tce/10^4 CNY, CO2 per unit of industrial
//!   value added ≤ 0.6 tCO2/10^4 CNY;
//! - 生产过程清洁化: green factories and green supply-chain enterprises ≥ 50 %;
//! - 能源供给零碳化: non-fossil share ≥ 20 %, renewable electricity share
//!   (green certificates included) ≥ 30 %, electrification ≥ 50 %;
//! - 基础设施绿色化: new-energy and clean-energy vehicles ≥ 80 %;
//! - 资源利用循环化: general industrial solid waste ≥ 96 %, water reuse ≥ 85 %,
//!   waste heat recovery ≥ 95 % (the shared ids of cn-zcp's guiding
//!   indicators, with Jiangsu's figures);
//! - 科技创新平台化: green and low-carbon R&D intensity ≥ 3.5 %.
//!
//! A value met scores 1, one not met 0; data missing or not applicable
//! scores nothing. The score is the number met, out of 11; no tiers; the
//! verdict is always `assessed`. The energy counts electricity at the
//! equivalent value, the opposite of the national notice's rule: the
//! accounting is cn-zcp's ([`cn_zcp::accounting`], [`cn_zcp::read`]) used as
//! a library with [`cn_zcp::accounting::ElectricityConversion::Equivalent`];
//! the parameter `electricity-conversion` may switch to the equal value,
//! labelled as not the guide's method. CO2 follows the national accounting
//! (附件4 of 发改环资〔2025〕910号): the guide's own method was not read
//! (provisional). The data the shared dictionary lacks (green factories,
//! vehicles, green R&D spending) is defined here, in `x-cn-js-zcp.`.
//!
//! `METHOD.md` beside this crate states every rule with its source and
//! marks what is provisional; every report lists the provisional choices
//! among its assumptions. Conformance cases ship in `cases/`.
//!
//! Modules: [`describe`] (the self-description), [`reference`](mod@reference) (the table of
//! reference values and the scoring rule), [`keys`] (the keys read and
//! defined), [`params`], [`accounting`] (the national accounting, read and
//! run), [`intensity`], [`supply`], [`resources`], [`defined`] (the
//! reference values by group of data), [`assumptions`], [`summary`],
//! [`evaluate`].

pub mod accounting;
pub mod assumptions;
pub mod defined;
pub mod describe;
pub mod evaluate;
pub mod intensity;
pub mod keys;
pub mod params;
pub mod reference;
pub mod resources;
pub mod summary;
pub mod supply;

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests;

use zcp_sdk::{Evaluation, EvaluationError, ParkData, StandardInfo};

/// The standard `cn-js-zcp` version 1.0.0.
pub struct CnJsZcp;

impl zcp_sdk::Standard for CnJsZcp {
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
