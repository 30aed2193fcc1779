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
//!   annual comprehensive energy consumption and its one-vote veto;
//! - 附件3, the five guiding indicators (引导性指标: clean energy share,
//!   products at level 2 of their limit standards, solid waste, waste heat,
//!   cold and pressure, water reuse), reported and never changing the
//!   verdict, `not-applicable` with the park's stated reason;
//! - 附件4 《零碳园区碳排放核算方法（试行）》: the accounting of energy and CO2
//!   from electricity by route, heat, 20 fossil fuels by use (final, power,
//!   heat, conversion as a carbon balance, feedstock, bunker) and industrial
//!   processes (`info.energy-consumption`, `info.co2-emissions`).
//!
//! Provisional values (project conventions not found in an official text) are
//! parameters or named constants documented as provisional, and every report
//! lists them among its assumptions: the threshold below 200,000 tce, the
//! electricity conversion, the grid factor kind and year, the clean-energy
//! definition, the treatment of feedstock, the fuel and heat coefficients.
//!
//! Conformance cases ship in `cases/` (one directory per case: park file,
//! parameters, expected outcomes), run by `zcp test cn-zcp@1`.
//!
//! Modules: [`describe`] (the self-description), [`coefficients`] (named
//! constants with their sources), [`accounting`] (pure energy and CO2
//! arithmetic), [`indicators`] (eligibility and core), [`guiding`] and
//! [`products`] (guiding indicators), [`params`] (parameters), and the
//! helpers [`keys`], [`display`], [`explain`], [`evaluate`].

pub mod accounting;
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

zcp_sdk::export_standard!(CnZcp);
