//! The guiding indicators of the annex table, computed by cn-zcp's guiding
//! code against the stage's minimums, and products at level 2. Reported,
//! never changing the verdict; `not-applicable` with the park's stated
//! reason, as in cn-zcp.

use cn_zcp::accounting::Breakdown;
use cn_zcp::guiding::{
    self as national, CLEAN_ENERGY_SHARE, CleanEnergyDefinition, PRODUCT_ENERGY, SOLID_WASTE,
    WASTE_ENERGY, WATER_REUSE, stated_not_applicable,
};
use zcp_sdk::{EvaluationError, IndicatorResult, Inputs, ParkData, Threshold};

use crate::stage::{
    CLEAN_ENERGY_SHARE_MIN, SOLID_WASTE_MIN, Stage, WASTE_ENERGY_MIN, WATER_REUSE_MIN,
};

/// The minimum of staged guiding indicator `id` in `stage`, %; none for an
/// indicator without stages.
pub fn stage_minimum(id: &str, stage: Stage) -> Option<f64> {
    let table = match id {
        CLEAN_ENERGY_SHARE => CLEAN_ENERGY_SHARE_MIN,
        SOLID_WASTE => SOLID_WASTE_MIN,
        WASTE_ENERGY => WASTE_ENERGY_MIN,
        WATER_REUSE => WATER_REUSE_MIN,
        _ => return None,
    };
    Some(table[stage.index()])
}

/// The five guiding results, in the order `describe` declares them.
///
/// `breakdown` is `None` when the accounting data is missing
/// (`core_missing`): the clean energy share then lacks the same data.
pub fn all(
    data: &dyn ParkData,
    inputs: &Inputs,
    breakdown: Option<&Breakdown>,
    core_missing: &[String],
    definition: CleanEnergyDefinition,
    stage: Stage,
) -> Result<Vec<IndicatorResult>, EvaluationError> {
    let min = |id: &str| stage_minimum(id, stage).unwrap_or(0.0);
    let clean = stated_not_applicable(data, CLEAN_ENERGY_SHARE, "%").unwrap_or_else(|| {
        national::clean_energy_share(
            inputs,
            breakdown,
            core_missing,
            definition,
            min(CLEAN_ENERGY_SHARE),
        )
    });
    let product = match stated_not_applicable(data, PRODUCT_ENERGY, "%") {
        Some(r) => r,
        None => national::product_energy(data)?,
    };
    let solid = stated_not_applicable(data, SOLID_WASTE, "%")
        .unwrap_or_else(|| national::solid_waste(inputs, min(SOLID_WASTE)));
    let waste_energy = stated_not_applicable(data, WASTE_ENERGY, "%")
        .unwrap_or_else(|| national::waste_energy(inputs, min(WASTE_ENERGY)));
    let water = stated_not_applicable(data, WATER_REUSE, "%")
        .unwrap_or_else(|| national::water_reuse(inputs, min(WATER_REUSE)));
    Ok(vec![
        staged(clean, stage),
        product,
        staged(solid, stage),
        staged(waste_energy, stage),
        staged(water, stage),
    ])
}

/// The stage's threshold and name on a staged result, whatever its outcome
/// (cn-zcp gives its national threshold to results it could not compute).
fn staged(mut r: IndicatorResult, stage: Stage) -> IndicatorResult {
    if let Some(min) = stage_minimum(&r.id, stage) {
        r.threshold = Threshold::AtLeast(min);
        r.band = Some(stage.applies_when());
    }
    r
}
