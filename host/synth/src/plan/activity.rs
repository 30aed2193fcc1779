//! What a park makes, emits, wastes and earns, and its eligibility facts.

use super::{Economy, Flags, ProcessPlan, ProductPlan, Profile, Resources, Scale};
use crate::catalog::{Industry, PROCESS_PRODUCTS, PRODUCTS, ProcessProduct, Product};
use crate::draw::Draw;
use crate::shape::Shape;

/// `count` products: the industry's own first, then any, then again with
/// a number (`castings-2`: a second plant of the same product).
pub(super) fn products(d: &mut Draw, industry: &Industry, count: usize) -> Vec<ProductPlan> {
    let own = industry
        .products
        .iter()
        .filter_map(|id| PRODUCTS.iter().find(|p| p.id == *id));
    let mut order: Vec<&'static Product> = own.collect();
    let mut rest: Vec<&'static Product> = PRODUCTS.iter().filter(|p| !order.contains(p)).collect();
    // The others in a drawn order (a partial Fisher-Yates shuffle).
    for i in 0..rest.len() {
        let j = i + usize::try_from(d.below((rest.len() - i) as u64)).unwrap_or(0);
        rest.swap(i, j);
    }
    order.extend(rest);
    (0..count)
        .filter_map(|i| {
            let product = *order.get(i % order.len().max(1))?;
            let round = i / order.len().max(1);
            let id = match round {
                0 => product.id.to_owned(),
                n => format!("{}-{}", product.id, n + 1),
            };
            // About one product in four is worse than level 2.
            let ratio = d.range(0.82, 1.08);
            Some(ProductPlan { id, product, ratio })
        })
        .collect()
}

pub(super) fn process(d: &mut Draw, industry: &Industry, profile: Profile) -> Option<ProcessPlan> {
    let chance = match profile {
        Profile::Green => 10,
        Profile::Transition => 50,
        Profile::Fossil => 70,
    };
    if industry.process.is_empty() || !d.percent(chance) {
        return None;
    }
    let candidates: Vec<&'static ProcessProduct> = industry
        .process
        .iter()
        .filter_map(|id| PROCESS_PRODUCTS.iter().find(|p| p.id == *id))
        .collect();
    let two = candidates.len() >= 2 && d.percent(30);
    let first = usize::try_from(d.below(candidates.len() as u64)).unwrap_or(0);
    let picked = if two {
        candidates.clone()
    } else {
        candidates.get(first).into_iter().copied().collect()
    };
    let items = picked
        .into_iter()
        .map(|p| (p, d.range(0.3, 0.8), d.range(p.factor.0, p.factor.1)))
        .collect();
    Some(ProcessPlan {
        per_product: d.percent(60),
        items,
        basis: d.pick(
            &[
                ("核查数据 / verification data", 3),
                ("省级温室气体清单 / provincial inventory", 2),
                ("物料衡算 / mass balance", 2),
            ],
            "核查数据 / verification data",
        ),
    })
}

pub(super) fn resources(d: &mut Draw, heavy: bool, profile: Profile) -> Resources {
    let better = match profile {
        Profile::Green => 0.12,
        Profile::Transition => 0.05,
        Profile::Fossil => 0.0,
    };
    let waste_per_tce = if heavy {
        d.range(0.3, 1.5)
    } else {
        d.range(0.02, 0.3)
    };
    let waste_energy = (heavy || d.percent(50)).then(|| {
        let per_tce = if heavy {
            d.range(2.0, 8.0)
        } else {
            d.range(0.3, 2.0)
        };
        (per_tce, d.range(0.25, 0.8) + better)
    });
    Resources {
        waste_per_tce,
        waste_rate: (d.range(0.6, 0.95) + better).min(0.995),
        prior_stock: d.percent(10).then(|| d.range(0.02, 0.1)),
        waste_energy,
        water_per_tce: d.range(0.0005, 0.01),
        water_rate: (d.range(0.55, 0.9) + better).min(0.98),
    }
}

pub(super) fn flags(d: &mut Draw) -> Flags {
    let zone_level = d.pick(
        &[
            ("national", 45),
            ("provincial", 40),
            ("municipal", 10),
            ("other", 5),
        ],
        "provincial",
    );
    // A municipal park may still be an emerging-industry park the province
    // approved (附件1): then it is eligible.
    let emerging = if !matches!(zone_level, "municipal" | "other") {
        None
    } else if d.percent(40) {
        Some(true)
    } else if d.percent(50) {
        Some(false)
    } else {
        None
    };
    Flags {
        zone_level,
        emerging,
        boundary: d.percent(96),
        within_park: d.percent(15),
        metering: d.percent(94),
        platform: d.percent(70),
        incident: d.percent(3),
    }
}

pub(super) fn economy(d: &mut Draw, energy: f64, heavy: bool) -> Economy {
    // Energy per value added, tce/10^4 CNY at the equal value: light
    // industry well below Jiangsu's 0.35 (at the equivalent value), heavy
    // industry far above it.
    let intensity = if heavy {
        d.skewed(0.4, 3.0)
    } else {
        d.skewed(0.08, 0.7)
    };
    let value_added = energy / intensity;
    let enterprises = 12 + d.below(60) + (energy / 20_000.0).min(400.0) as u64;
    Economy {
        value_added,
        revenue: value_added * d.range(2.5, 6.0),
        in_yi: value_added >= 10_000.0 && d.percent(80),
        enterprises,
    }
}

/// The scale of each year from the assessment year back: revenue grows
/// most years, energy more slowly; some parks have a year of decline.
pub(super) fn scales(d: &mut Draw, shape: &Shape) -> Vec<(i32, Scale)> {
    let trend = d.range(0.02, 0.14);
    let decline = d.percent(12);
    let years: Vec<i32> = shape.calendar_years().collect();
    let count = years.len();
    let mut scale = Scale {
        energy: 1.0,
        revenue: 1.0,
        value_added: 1.0,
        back: 0,
    };
    let mut out = Vec::with_capacity(count);
    for (i, year) in years.iter().rev().enumerate() {
        if i > 0 {
            // The growth into the year after this one.
            let revenue = if decline && i == 1 {
                d.range(-0.08, -0.005)
            } else {
                trend + d.range(-0.03, 0.03)
            };
            let value_added = revenue + d.range(-0.02, 0.02);
            let energy = revenue * d.range(0.2, 0.8);
            scale = Scale {
                energy: scale.energy / (1.0 + energy),
                revenue: scale.revenue / (1.0 + revenue),
                value_added: scale.value_added / (1.0 + value_added),
                back: u32::try_from(i).unwrap_or(u32::MAX),
            };
        }
        out.push((*year, scale));
    }
    out.reverse();
    out
}
