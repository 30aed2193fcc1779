//! The figures of one calendar year, from the park's plan.
//!
//! Each part is written in the unit of its whole and rounded no higher than
//! it (green traded within grid purchased, non-fossil heat within heat
//! purchased, and so on), so that no standard finds a part above its whole.

use crate::catalog::{Limit, Use};
use crate::draw::Draw;
use crate::edge::{self, EQUAL_VALUE, HEAT_TCE_PER_GJ};
use crate::park::{Entries, round_sig};
use crate::plan::{Plan, Scale};

/// Significant figures of an amount as a park reports it.
const DIGITS: u32 = 5;
/// Tonnes of coke per tonne of washed coal coked.
const COKE_YIELD: f64 = 0.75;

/// An amount in `unit`, `per` base units each, rounded.
fn amount(base: f64, per: f64) -> f64 {
    round_sig(base / per, DIGITS)
}

/// The entries of `year`; the band edge reached exactly, if any.
pub(crate) fn year(plan: &Plan, d: &mut Draw, scale: Scale) -> (Entries, Option<f64>) {
    let mut out = Entries::default();
    let energy = plan.energy * scale.energy;
    let back = f64::from(scale.back);
    let enterprises = plan
        .economy
        .enterprises
        .saturating_sub(u64::from(scale.back) * d.below(4))
        .max(1);
    out.quantity("park.enterprise-count", enterprises as f64, "1");
    economy(plan, scale, &mut out);
    let edge = plan.edge.filter(|_| scale.back == 0);
    let reached = match edge.and_then(|e| edge_year(plan, e, &mut out)) {
        Some(e) => Some(e),
        None => {
            electricity(plan, energy, back, &mut out);
            heat(plan, energy, &mut out);
            fuels(plan, energy, &mut out);
            None
        }
    };
    process(plan, energy, &mut out);
    resources(plan, d, energy, back, &mut out);
    products(plan, back, &mut out);
    (out, reached)
}

fn economy(plan: &Plan, scale: Scale, out: &mut Entries) {
    let e = &plan.economy;
    let (unit, per) = if e.in_yi {
        ("10^8 CNY", 10_000.0)
    } else {
        ("10^4 CNY", 1.0)
    };
    out.quantity(
        "economy.revenue",
        amount(e.revenue * scale.revenue, per),
        unit,
    );
    out.quantity(
        "economy.industrial-value-added",
        amount(e.value_added * scale.value_added, per),
        unit,
    );
}

/// Electricity: the grid supplies what on-site and direct supply do not,
/// plus what the park sends out.
fn electricity(plan: &Plan, energy: f64, back: f64, out: &mut Entries) {
    let (unit, per) = plan.electricity_unit;
    let use_mwh = energy * plan.electricity_share / EQUAL_VALUE;
    // Greener now than in the years before.
    let greener = (1.0 - 0.05 * back).max(0.5);
    let z = plan.zero_split;
    let on_site = use_mwh * z.on_site * greener;
    let direct = use_mwh * z.direct * greener;
    let exported = plan.export.map_or(0.0, |x| on_site * x.of_on_site);
    let grid = amount(use_mwh - on_site - direct + exported, per);
    out.quantity("electricity.grid-purchased", grid, unit);
    let traded = amount(use_mwh * z.traded * greener, per).min(grid);
    let certificates = amount(use_mwh * z.certificates * greener, per).min(grid - traded);
    let mut part = |key: &str, value: f64| {
        if value > 0.0 {
            out.quantity(key, value, unit);
        }
    };
    part("electricity.green-traded", traded);
    part("electricity.green-certificates", certificates);
    part("electricity.direct-green", amount(direct, per));
    part("electricity.on-site-renewable", amount(on_site, per));
    if let Some(x) = plan.export {
        let sent = amount(exported, per);
        part("electricity.exported", sent);
        part(
            "electricity.exported-green",
            amount(exported * x.green, per).min(sent),
        );
    }
}

fn heat(plan: &Plan, energy: f64, out: &mut Entries) {
    let Some(h) = plan.heat else {
        return;
    };
    let (unit, per) = if h.in_tj { ("TJ", 1000.0) } else { ("GJ", 1.0) };
    let purchased = amount(energy * h.purchased / HEAT_TCE_PER_GJ, per);
    out.quantity("heat.purchased", purchased, unit);
    let non_fossil = round_sig(purchased * h.non_fossil, DIGITS).min(purchased);
    if non_fossil > 0.0 {
        out.quantity("heat.purchased-non-fossil", non_fossil, unit);
    }
    if let Some(factor) = h.factor {
        out.quantity("heat.purchased-factor", round_sig(factor, 3), "tCO2/GJ");
    }
    if h.exported > 0.0 {
        let fuel_tce = energy * plan.fuel_share;
        let sent = amount(fuel_tce * h.exported / HEAT_TCE_PER_GJ, per);
        out.quantity("heat.exported", sent, unit);
    }
}

/// Fuel rows share the fuel energy (and the heat sent out, made from it)
/// by weight; a coking pair's share is its conversion loss.
fn fuels(plan: &Plan, energy: f64, out: &mut Entries) {
    let exported = plan.heat.map_or(0.0, |h| h.exported);
    let total = energy * plan.fuel_share * (1.0 + exported);
    let weights: f64 = plan
        .fuels
        .iter()
        .filter(|r| r.use_ != Use::ConversionOutput)
        .map(|r| r.weight)
        .sum();
    let mut coked = 0.0;
    for row in &plan.fuels {
        let f = row.fuel;
        let share = if weights > 0.0 {
            total * row.weight / weights
        } else {
            0.0
        };
        let in_unit = match row.use_ {
            // Coal in, less coke out, leaves the loss counted in energy.
            Use::Conversion => {
                let loss_per_t = f.tce - COKE_YIELD * crate::catalog::fuel("coke").tce;
                coked = round_sig(share / loss_per_t, DIGITS);
                coked
            }
            Use::ConversionOutput => round_sig(coked * COKE_YIELD, DIGITS),
            _ => share / f.tce,
        };
        let (unit, value) = match f.large {
            Some((large, per)) if in_unit >= 100.0 * per => (large, amount(in_unit, per)),
            _ => (f.unit, round_sig(in_unit, DIGITS)),
        };
        let key = format!("fuel.{}.{}", f.id, row.use_.id());
        out.quantity(key, value, unit);
        if let Some((ncv, carbon, oxidation)) = f.measured {
            out.quantity(format!("fuel.{}.ncv", f.id), ncv, "GJ/t");
            out.quantity(format!("fuel.{}.carbon-content", f.id), carbon, "tC/TJ");
            out.quantity(format!("fuel.{}.oxidation-rate", f.id), oxidation, "%");
        }
    }
}

/// Electricity and heat only, on the edge exactly; `None` when no pair of
/// figures reaches it (the year is then written as any other).
fn edge_year(plan: &Plan, edge: f64, out: &mut Entries) -> Option<f64> {
    let h = plan.heat?;
    let (grid, heat) = edge::solve(edge, edge * h.purchased / HEAT_TCE_PER_GJ)?;
    out.quantity("electricity.grid-purchased", grid, "MWh");
    let z = plan.zero_split;
    let traded = round_sig(grid * z.traded, DIGITS).min(grid);
    let certificates = round_sig(grid * z.certificates, DIGITS).min(grid - traded);
    for (key, value) in [
        ("electricity.green-traded", traded),
        ("electricity.green-certificates", certificates),
    ] {
        if value > 0.0 {
            out.quantity(key, value, "MWh");
        }
    }
    out.quantity("heat.purchased", heat, "GJ");
    let non_fossil = round_sig(heat * h.non_fossil, DIGITS).min(heat);
    if non_fossil > 0.0 {
        out.quantity("heat.purchased-non-fossil", non_fossil, "GJ");
    }
    if let Some(factor) = h.factor {
        out.quantity("heat.purchased-factor", round_sig(factor, 3), "tCO2/GJ");
    }
    Some(edge)
}

fn process(plan: &Plan, energy: f64, out: &mut Entries) {
    let Some(p) = &plan.process else {
        return;
    };
    let outputs: Vec<(f64, f64)> = p
        .items
        .iter()
        .map(|(product, share, factor)| {
            (
                round_sig(energy * product.per_tce * share, DIGITS),
                round_sig(*factor, 3),
            )
        })
        .collect();
    if !p.per_product {
        let total: f64 = outputs.iter().map(|(o, f)| o * f).sum();
        out.quantity("emissions.process", round_sig(total, DIGITS), "tCO2");
        return;
    }
    for ((product, _, _), (output, factor)) in p.items.iter().zip(outputs) {
        let key = |field: &str| format!("process.{}.{field}", product.id);
        out.quantity(key("output"), output, "t");
        out.quantity(key("factor"), factor, "tCO2/t");
        out.text(key("factor-basis"), p.basis);
    }
}

fn resources(plan: &Plan, d: &mut Draw, energy: f64, back: f64, out: &mut Entries) {
    let r = plan.resources;
    // Earlier years a little worse, and not exactly in proportion.
    let worse = 0.01 * back;
    let noise = if back > 0.0 { d.range(0.97, 1.03) } else { 1.0 };
    let generated = round_sig(energy * r.waste_per_tce * noise, DIGITS);
    let prior = r.prior_stock.map(|p| round_sig(generated * p, DIGITS));
    let base = generated + prior.unwrap_or(0.0);
    let utilised = round_sig(base * (r.waste_rate - worse), DIGITS).min(base);
    out.quantity("waste.solid.generated", generated, "t");
    out.quantity("waste.solid.utilised", utilised, "t");
    if let Some(prior) = prior {
        out.quantity("waste.solid.prior-stock-utilised", prior, "t");
    }
    if let Some((per_tce, rate)) = r.waste_energy {
        let recoverable = round_sig(energy * per_tce * noise, DIGITS);
        let rate = (rate - worse).clamp(0.05, 0.97);
        out.quantity("waste-energy.recoverable", recoverable, "GJ");
        out.quantity(
            "waste-energy.recovered",
            round_sig(recoverable * rate, DIGITS).min(recoverable),
            "GJ",
        );
    }
    let fresh = round_sig(energy * r.water_per_tce * noise, DIGITS);
    let rate = r.water_rate - worse;
    out.quantity("water.fresh-intake", fresh, "10^4 m3");
    out.quantity(
        "water.reused",
        round_sig(fresh * rate / (1.0 - rate), DIGITS),
        "10^4 m3",
    );
}

fn products(plan: &Plan, back: f64, out: &mut Entries) {
    for p in &plan.products {
        let ratio = p.ratio * (1.0 + 0.015 * back);
        let key = |field: &str| format!("product.{}.{field}", p.id);
        let (value, limit, unit, level) = match p.product.limit {
            Limit::Energy(l) => ("unit-energy", l, "kgce/t", "level-2-limit"),
            Limit::Electricity(l) => ("unit-electricity", l, "kWh/t", "level-2-electricity-limit"),
        };
        out.quantity(key(value), round_sig(limit * ratio, 4), unit);
        out.quantity(key(level), limit, unit);
    }
}
