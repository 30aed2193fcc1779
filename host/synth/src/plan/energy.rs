//! The energy of a park: its size, how green its electricity is, heat and
//! fuel rows.

use super::{FuelRow, HeatPlan, Profile, ZeroSplit};
use crate::catalog::{COKING_INPUT, COKING_OUTPUT, FUELS, Fuel, Industry, Use, Weight, fuel};
use crate::draw::Draw;

/// The assessment year's energy, tce: a spread over the bands, heavy
/// industries larger.
pub(super) fn size(d: &mut Draw, heavy: bool) -> f64 {
    let bands: [Weight<(f64, f64)>; 4] = [
        ((2_000.0, 20_000.0), if heavy { 3 } else { 12 }),
        ((20_000.0, 200_000.0), if heavy { 25 } else { 55 }),
        ((200_000.0, 1_000_000.0), if heavy { 45 } else { 28 }),
        ((1_000_000.0, 8_000_000.0), if heavy { 27 } else { 5 }),
    ];
    let (lo, hi) = d.pick(&bands, (20_000.0, 200_000.0));
    d.skewed(lo, hi)
}

/// The zero-factor share split between on-site, direct, traded and
/// certificates; windy provinces lean on direct supply lines.
pub(super) fn split(d: &mut Draw, zero: f64, windy: bool) -> ZeroSplit {
    let on_site = d.range(0.05, 0.3);
    let direct = if windy {
        d.range(0.2, 1.5)
    } else {
        d.range(0.0, 0.3)
    };
    let traded = d.range(0.2, 1.0);
    let certificates = d.range(0.0, 0.4);
    let total = on_site + direct + traded + certificates;
    let k = zero / total;
    ZeroSplit {
        on_site: on_site * k,
        direct: direct * k,
        traded: traded * k,
        certificates: certificates * k,
    }
}

pub(super) fn heat(
    d: &mut Draw,
    profile: Profile,
    heavy: bool,
    edge: bool,
    burns: bool,
) -> Option<HeatPlan> {
    // A park on a band edge buys heat: the second term that lets the sum
    // land on the edge exactly (`edge.rs`).
    if !edge && !d.percent(30) {
        return None;
    }
    let non_fossil = match profile {
        Profile::Green => d.range(0.7, 1.0),
        Profile::Transition => d.range(0.0, 0.4),
        Profile::Fossil => d.range(0.0, 0.1),
    };
    Some(HeatPlan {
        purchased: d.range(0.02, 0.10),
        non_fossil,
        factor: d.percent(25).then(|| d.range(0.09, 0.12)),
        exported: if heavy && burns && d.percent(30) {
            d.range(0.05, 0.25)
        } else {
            0.0
        },
        in_tj: !edge && d.percent(20),
    })
}

/// `count` distinct fuel rows: the industry's own first, then common ones.
pub(super) fn fuel_rows(d: &mut Draw, industry: &Industry, count: usize) -> Vec<FuelRow> {
    let mut rows: Vec<FuelRow> = Vec::with_capacity(count);
    if industry.coking && count >= 2 {
        let weight = d.range(0.5, 1.0);
        for (id, use_) in [COKING_INPUT, COKING_OUTPUT] {
            rows.push(FuelRow {
                fuel: fuel(id),
                use_,
                weight,
            });
        }
    }
    let mut pool: Vec<Weight<Option<(&'static Fuel, Use)>>> = industry
        .fuels
        .iter()
        .map(|((id, use_), w)| (Some((fuel(id), *use_)), *w * 100))
        .collect();
    // Every common row too, rarely drawn unless the industry's run out.
    for f in FUELS.iter().filter(|f| f.measured.is_none()) {
        for use_ in [Use::Final, Use::Heat, Use::Power] {
            pool.push((Some((f, use_)), 1));
        }
    }
    while rows.len() < count {
        pool.retain(|(row, _)| {
            row.is_some_and(|(f, u)| !rows.iter().any(|r| r.fuel.id == f.id && r.use_ == u))
        });
        let Some((fuel, use_)) = d.pick(&pool, None) else {
            break;
        };
        // The first row carries most of the fuel energy.
        let weight = if rows.is_empty() {
            1.0
        } else {
            d.range(0.08, 0.6)
        };
        rows.push(FuelRow { fuel, use_, weight });
    }
    rows
}
