//! The shares of the park's energy mix: clean energy (附件3, guiding) and
//! direct green electricity supply (the principle of 附件4 二(二)3①).

use zcp_sdk::{IndicatorResult, Inputs, Outcome, Threshold, text};

use crate::accounting::{Breakdown, FuelUse};
use crate::coefficients::HEAT_TCE_PER_GJ;
use crate::display::{amount, coef, percent};
use crate::guiding::{
    CLEAN_ENERGY_SHARE, CleanEnergyDefinition, DIRECT_GREEN_SUPPLY, DIRECT_GREEN_SUPPLY_MIN,
    insufficient, result, threshold_of, verdict_en, verdict_zh,
};
use crate::keys;
use crate::params::CLEAN_ENERGY_DEFINITION;

/// Clean energy counted, with its parts.
#[derive(Debug, Clone, PartialEq)]
pub struct CleanEnergy {
    /// Zero-factor electricity used by the park: direct + on-site + traded +
    /// certificates counted − green sent out, at least 0, MWh.
    pub green_mwh: f64,
    /// Green electricity counted: at most the electricity use, MWh.
    pub green_counted_mwh: f64,
    /// Green electricity counted, tce.
    pub green_tce: f64,
    /// Non-fossil heat used (received − sent out, at least 0), tce.
    pub heat_tce: f64,
    /// Natural gas counted in the energy consumption, tce (zero under `non-fossil`).
    pub gas_tce: f64,
    /// Clean energy, tce.
    pub clean_tce: f64,
    /// Share of the comprehensive energy consumption, %, at most 100.
    pub share: f64,
    /// Clean energy ÷ energy consumption before the cap: above 100 % when net
    /// heat exports make the consumption smaller than the clean energy.
    pub uncapped_share: f64,
}

/// Clean energy of the accounted year: non-fossil energy (zero-factor
/// electricity, non-fossil heat) and, under the national statistics
/// definition, natural gas.
///
/// Green electricity is capped at the electricity use: a park that exports
/// electricity cannot be more than 100 % green (provisional convention).
pub fn clean_energy(b: &Breakdown, definition: CleanEnergyDefinition) -> CleanEnergy {
    let e = &b.electricity;
    let f = &e.flows;
    let green_mwh =
        (f.direct_green + f.on_site_renewable + f.green_traded + e.certificates_counted_mwh
            - f.exported_green)
            .max(0.0);
    let green_counted_mwh = green_mwh.min(e.use_mwh.max(0.0));
    let green_tce = green_counted_mwh * e.tce_per_mwh;
    let heat_tce = b.heat.non_fossil_net_gj() * HEAT_TCE_PER_GJ;
    let gas_tce = match definition {
        CleanEnergyDefinition::NationalStatistics => b
            .fuels
            .iter()
            .filter(|fa| fa.fuel().natural_gas)
            .map(|fa| fa.energy_tce)
            .sum(),
        CleanEnergyDefinition::NonFossil => 0.0,
    };
    let clean_tce = green_tce + heat_tce + gas_tce;
    CleanEnergy {
        green_mwh,
        green_counted_mwh,
        green_tce,
        heat_tce,
        gas_tce,
        clean_tce,
        share: (clean_tce / b.energy_tce * 100.0).min(100.0),
        uncapped_share: clean_tce / b.energy_tce * 100.0,
    }
}

/// The clean energy share of the accounted year against `min` %
/// ([`CLEAN_ENERGY_SHARE_MIN`](crate::guiding::CLEAN_ENERGY_SHARE_MIN) in
/// this standard): [`clean_energy`] ÷ the energy consumption, at most 100 %.
/// `insufficient-data` naming `core_missing` without a breakdown. Public for
/// standards with other minimums.
pub fn clean_energy_share(
    inputs: &Inputs,
    breakdown: Option<&Breakdown>,
    core_missing: &[String],
    definition: CleanEnergyDefinition,
    min: f64,
) -> IndicatorResult {
    let threshold = Threshold::AtLeast(min);
    let Some(b) = breakdown.filter(|b| b.energy_tce > 0.0) else {
        return insufficient(
            CLEAN_ENERGY_SHARE,
            core_missing,
            text(
                "缺少核算综合能耗所需的数据，无法计算",
                "the data needed to account the energy consumption is missing, so the share cannot be computed",
            ),
        );
    };
    let c = clean_energy(b, definition);
    let f = &b.electricity.flows;
    let cap_note = if c.green_counted_mwh < c.green_mwh {
        (
            format!("，以用电量 {} MWh 为上限", amount(c.green_counted_mwh)),
            format!(
                ", capped at the electricity use {} MWh",
                amount(c.green_counted_mwh)
            ),
        )
    } else {
        (String::new(), String::new())
    };
    let green = format!(
        "({} + {} + {} + {} − {}) MWh",
        amount(f.direct_green),
        amount(f.on_site_renewable),
        amount(f.green_traded),
        amount(b.electricity.certificates_counted_mwh),
        amount(f.exported_green)
    );
    let (heat_zh, heat_en) = if c.heat_tce > 0.0 {
        (
            format!(" + 非化石能源热力 {} tce", amount(c.heat_tce)),
            format!(" + non-fossil heat {} tce", amount(c.heat_tce)),
        )
    } else {
        (String::new(), String::new())
    };
    let (gas_zh, gas_en) = match definition {
        CleanEnergyDefinition::NationalStatistics => (
            format!(" + 天然气 {} tce", amount(c.gas_tce)),
            format!(" + natural gas {} tce", amount(c.gas_tce)),
        ),
        CleanEnergyDefinition::NonFossil => (
            format!("（{CLEAN_ENERGY_DEFINITION} = non-fossil：天然气不计入）"),
            format!(" ({CLEAN_ENERGY_DEFINITION} = non-fossil: natural gas not counted)"),
        ),
    };
    let passes = c.share >= min;
    let (share, min) = (percent(c.share), amount(min));
    let share = if c.uncapped_share > c.share {
        // Net heat exports are deducted from the consumption, not from the
        // clean energy: a share cannot exceed 100 %.
        format!("{} → {share}", percent(c.uncapped_share))
    } else {
        share
    };
    let explanation = text(
        format!(
            "清洁能源：绿电（直连 + 自发自用 + 绿电交易 + 非绑定绿证 − 绿电送出）{green}{} × {} tce/MWh = {} tce{heat_zh}{gas_zh}，合计 {} tce ÷ 综合能耗 {} tce = {share} %；{}",
            cap_note.0,
            coef(b.electricity.tce_per_mwh),
            amount(c.green_tce),
            amount(c.clean_tce),
            amount(b.energy_tce),
            verdict_zh(passes, &format!("≥ {min} %"))
        ),
        format!(
            "clean energy: green electricity (direct + on-site + traded + unbundled certificates − green sent out) {green}{} × {} tce/MWh = {} tce{heat_en}{gas_en}, total {} tce ÷ energy consumption {} tce = {share} %; {}",
            cap_note.1,
            coef(b.electricity.tce_per_mwh),
            amount(c.green_tce),
            amount(c.clean_tce),
            amount(b.energy_tce),
            verdict_en(passes, &format!("≥ {min} %"))
        ),
    );
    let gas_keys = b
        .fuels
        .iter()
        .filter(|fa| fa.fuel().natural_gas && fa.energy_amount > 0.0)
        .flat_map(|fa| {
            FuelUse::ALL
                .into_iter()
                .filter(|u| fa.amounts.get(*u) > 0.0)
                .map(|u| keys::fuel_key(fa.fuel(), u))
        });
    let used: Vec<String> = inputs
        .present(&keys::ELECTRICITY)
        .into_iter()
        .chain(inputs.present(&[
            keys::HEAT_PURCHASED_NON_FOSSIL,
            keys::HEAT_EXPORTED_NON_FOSSIL,
        ]))
        .chain(gas_keys)
        .collect();
    result(
        CLEAN_ENERGY_SHARE,
        passes,
        c.share,
        threshold,
        explanation,
        used,
    )
}

/// The direct green supply principle of 附件4 二(二)3①: direct non-fossil
/// supply and on-site renewables over the park's electricity use
/// (provisional denominator), at most 100 %.
pub(crate) fn direct_green_supply(
    inputs: &Inputs,
    breakdown: Option<&Breakdown>,
    core_missing: &[String],
) -> IndicatorResult {
    let Some(b) = breakdown else {
        return insufficient(
            DIRECT_GREEN_SUPPLY,
            core_missing,
            text(
                "缺少核算用电量所需的数据，无法计算",
                "the data needed to account the electricity use is missing, so the share cannot be computed",
            ),
        );
    };
    let e = &b.electricity;
    let f = &e.flows;
    let direct = f.direct_green + f.on_site_renewable;
    let used = inputs.present(&keys::ELECTRICITY);
    let (d, s, u) = (
        amount(f.direct_green),
        amount(f.on_site_renewable),
        amount(e.use_mwh),
    );
    let uses = format!(
        "({} + {d} + {s} − {}) = {u} MWh",
        amount(f.grid_purchased),
        amount(f.exported)
    );
    if e.use_mwh <= 0.0 {
        return IndicatorResult {
            outcome: Outcome::NotApplicable,
            explanation: text(
                format!(
                    "园区用电量（电网购入 + 绿电直连 + 自发自用 − 外送）{uses}，不大于 0，该原则不适用"
                ),
                format!(
                    "the park's electricity use (grid + direct + on-site − sent out) {uses} is not above 0: the principle does not apply"
                ),
            ),
            used,
            ..insufficient(DIRECT_GREEN_SUPPLY, &[], text("", ""))
        };
    }
    let share = (direct / e.use_mwh * 100.0).min(100.0);
    let passes = share >= DIRECT_GREEN_SUPPLY_MIN;
    let min = format!("≥ {} %", amount(DIRECT_GREEN_SUPPLY_MIN));
    let explanation = text(
        format!(
            "绿色电力直接供应（绿电直连 + 自发自用可再生）({d} + {s}) MWh ÷ 园区用电量（电网购入 + 绿电直连 + 自发自用 − 外送）{uses} = {} %；附件4 二(二)3① 的原则（原则上不低于 50 %），非附件3 指标；{}",
            percent(share),
            verdict_zh(passes, &min)
        ),
        format!(
            "direct green supply (direct + on-site renewable) ({d} + {s}) MWh ÷ park electricity use (grid + direct + on-site − sent out) {uses} = {} %; a principle of attachment 4 二(二)3① (in principle at least 50 %), not an indicator of attachment 3; {}",
            percent(share),
            verdict_en(passes, &min)
        ),
    );
    result(
        DIRECT_GREEN_SUPPLY,
        passes,
        share,
        threshold_of(DIRECT_GREEN_SUPPLY),
        explanation,
        used,
    )
}
