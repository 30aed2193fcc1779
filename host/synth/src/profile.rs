//! The profile of a park: eligibility facts, reasons an indicator does not
//! apply, product names.

use crate::park::Entries;
use crate::plan::Plan;

/// Why an assembly-type park has no waste energy figures.
const NO_WASTE_ENERGY: &str = "装配型园区，无可回收的余热余冷余压 / assembly lines only: no waste heat, cold or pressure to recover";
/// Why a park with no product under a limit standard skips that indicator.
const NO_PRODUCTS: &str = "园区主要产品无国家单位产品能耗限额标准 / no main product has a national energy-consumption-limit standard";

pub(crate) fn profile(plan: &Plan) -> Entries {
    let mut out = Entries::default();
    let f = plan.flags;
    out.text("park.zone-level", f.zone_level);
    if let Some(emerging) = f.emerging {
        out.flag("park.provincial-emerging-industry-park", emerging);
    }
    out.flag("park.boundary-defined", f.boundary);
    out.flag("park.within-park", f.within_park);
    out.flag("park.energy-carbon-metering", f.metering);
    out.flag("park.energy-carbon-platform", f.platform);
    out.flag("park.major-incident-3y", f.incident);
    if plan.resources.waste_energy.is_none() {
        out.text("not-applicable.waste-energy-utilisation", NO_WASTE_ENERGY);
    }
    if plan.products.is_empty() {
        out.text("not-applicable.product-energy", NO_PRODUCTS);
    }
    for p in &plan.products {
        out.text(format!("product.{}.name", p.id), p.product.zh);
        if let Some(standard) = p.product.standard {
            out.text(format!("product.{}.limit-standard", p.id), standard);
        }
    }
    out
}
