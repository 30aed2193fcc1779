//! Reference values 13 to 15 (资源利用循环化): solid waste, water reuse,
//! waste heat. The shared ids and data of cn-zcp's guiding indicators, read
//! by cn-zcp's own functions, with Jiangsu's reference values and scored.
//! A park may state why one does not apply (`not-applicable.<indicator>`,
//! the shared key).

use zcp_sdk::{Inputs, ParkData};

use cn_zcp::guiding::{
    Rate, missing_text, solid_waste_rate, stated_not_applicable, waste_energy_rate,
    water_reuse_rate,
};

use crate::reference::{Figures, SOLID_WASTE, WASTE_ENERGY, WATER_REUSE, share};

/// The figures of the shared resource indicator `id` (one of the three).
pub fn resource(data: &dyn ParkData, inputs: &Inputs, id: &str) -> Figures {
    if let Some(stated) = stated_not_applicable(data, id, "%") {
        return Figures::NotApplicable {
            why: stated.explanation,
            used: stated.used,
        };
    }
    let rate: Result<Rate<'static>, Vec<String>> = match id {
        SOLID_WASTE => solid_waste_rate(inputs),
        WATER_REUSE => water_reuse_rate(inputs),
        WASTE_ENERGY => waste_energy_rate(inputs),
        // Not a resource indicator: nothing to read.
        _ => Err(vec![]),
    };
    match rate {
        Ok(r) => share(r.numerator, r.denominator, r.formula, r.nothing, r.used),
        Err(missing) => Figures::Missing {
            why: missing_text(&missing),
            used: vec![],
            missing,
        },
    }
}
