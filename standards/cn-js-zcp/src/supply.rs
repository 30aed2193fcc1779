//! Reference values 7 to 9 (能源供给零碳化): the non-fossil share of the
//! energy, the renewable share of the electricity (green certificates
//! included), the electrification of energy use. All read the national
//! accounting's electricity flows: zero-factor electricity is what 附件4
//! counts at factor 0 (direct, on-site, green traded, unbundled
//! certificates, minus green sent out), capped at the electricity use.

use zcp_sdk::text;

use cn_zcp::accounting::Breakdown;
use cn_zcp::display::{amount, coef, percent};
use cn_zcp::guiding::CleanEnergyDefinition;
use cn_zcp::keys;
use cn_zcp::shares::{CleanEnergy, clean_energy};

use crate::accounting::Accounting;
use crate::reference::{Figures, missing, share};

/// The accounting, or the figures saying what is missing.
fn accounted(a: &Accounting) -> Result<&Breakdown, Figures> {
    a.breakdown
        .as_ref()
        .ok_or_else(|| missing(a.missing.clone(), a.used.clone()))
}

/// The park's electricity use in words: `(G + D + S − X) = U MWh`.
fn electricity_use(b: &Breakdown) -> String {
    let f = &b.electricity.flows;
    format!(
        "({} + {} + {} − {}) = {} MWh",
        amount(f.grid_purchased),
        amount(f.direct_green),
        amount(f.on_site_renewable),
        amount(f.exported),
        amount(b.electricity.use_mwh)
    )
}

/// Zero-factor electricity in words: `(D + S + T + C − XG) MWh`, capped.
fn zero_factor(b: &Breakdown, c: &CleanEnergy) -> (String, String) {
    let f = &b.electricity.flows;
    let flows = format!(
        "({} + {} + {} + {} − {}) MWh",
        amount(f.direct_green),
        amount(f.on_site_renewable),
        amount(f.green_traded),
        amount(b.electricity.certificates_counted_mwh),
        amount(f.exported_green)
    );
    if c.green_counted_mwh < c.green_mwh {
        let cap = amount(c.green_counted_mwh);
        (
            format!("{flows}，以用电量 {cap} MWh 为上限"),
            format!("{flows}, capped at the electricity use {cap} MWh"),
        )
    } else {
        (flows.clone(), flows)
    }
}

/// Reference value 7: (zero-factor electricity + non-fossil heat) ÷ the
/// comprehensive energy consumption, electricity at the method chosen.
pub fn non_fossil_share(a: &Accounting) -> Figures {
    let b = match accounted(a) {
        Ok(b) => b,
        Err(f) => return f,
    };
    let c = clean_energy(b, CleanEnergyDefinition::NonFossil);
    let (green_zh, green_en) = zero_factor(b, &c);
    let e = &b.electricity;
    let factor = format!("{} tce/MWh", coef(e.tce_per_mwh));
    let (heat_zh, heat_en) = if c.heat_tce > 0.0 {
        let (h, t) = (amount(c.heat_tce), amount(c.clean_tce));
        (
            format!(" + 非化石能源热力 {h} tce，合计 {t} tce"),
            format!(" + non-fossil heat {h} tce, total {t} tce"),
        )
    } else {
        (String::new(), String::new())
    };
    let (capped_zh, capped_en) = if c.uncapped_share > c.share {
        // Net heat exports make the consumption smaller than the non-fossil energy.
        let was = percent(c.uncapped_share);
        (
            format!("（{was} %，以 100 % 为上限）"),
            format!(" ({was} %, capped at 100 %)"),
        )
    } else {
        (String::new(), String::new())
    };
    let mut used = a.used.clone();
    used.retain(|k| {
        keys::ELECTRICITY.contains(&k.as_str())
            || k == keys::HEAT_PURCHASED_NON_FOSSIL
            || k == keys::HEAT_EXPORTED_NON_FOSSIL
    });
    Figures::Value {
        value: c.share,
        formula: text(
            format!(
                "非化石能源：零排放因子电力（绿电直连 + 自发自用 + 绿电交易 + 非绑定绿证 − 绿电送出）{green_zh} × {factor}（{}）= {} tce{heat_zh}，÷ 综合能耗 {} tce{capped_zh}",
                e.method.zh(),
                amount(c.green_tce),
                amount(b.energy_tce)
            ),
            format!(
                "non-fossil energy: zero-factor electricity (direct + on-site + green traded + unbundled certificates − green sent out) {green_en} × {factor} ({}) = {} tce{heat_en}; ÷ energy consumption {} tce{capped_en}",
                e.method.en(),
                amount(c.green_tce),
                amount(b.energy_tce)
            ),
        ),
        used,
    }
}

/// Reference value 8: zero-factor electricity ÷ the park's electricity use
/// (grid + direct + on-site − sent out).
pub fn renewable_electricity_share(a: &Accounting) -> Figures {
    let b = match accounted(a) {
        Ok(b) => b,
        Err(f) => return f,
    };
    let c = clean_energy(b, CleanEnergyDefinition::NonFossil);
    let (green_zh, green_en) = zero_factor(b, &c);
    let uses = electricity_use(b);
    let used = electricity_keys(a);
    share(
        c.green_counted_mwh,
        b.electricity.use_mwh,
        (
            format!(
                "可再生电力（绿电直连 + 自发自用 + 绿电交易 + 非绑定绿证 − 绿电送出）{green_zh} ÷ 园区用电量（电网购入 + 绿电直连 + 自发自用 − 外送）{uses}"
            ),
            format!(
                "renewable electricity (direct + on-site + green traded + unbundled certificates − green sent out) {green_en} ÷ the park's electricity use (grid + direct + on-site − sent out) {uses}"
            ),
        ),
        no_electricity_use(&uses),
        used,
    )
}

/// Reference value 9: the park's electricity use, at the method chosen, ÷
/// the comprehensive energy consumption.
pub fn electrification(a: &Accounting) -> Figures {
    let b = match accounted(a) {
        Ok(b) => b,
        Err(f) => return f,
    };
    let e = &b.electricity;
    let uses = electricity_use(b);
    let figures = format!(
        "{uses} × {} tce/MWh = {} tce ÷ {} tce",
        coef(e.tce_per_mwh),
        amount(e.energy_tce),
        amount(b.energy_tce)
    );
    if e.use_mwh <= 0.0 {
        return Figures::NotApplicable {
            why: no_electricity_use(&uses),
            used: electricity_keys(a),
        };
    }
    share(
        e.energy_tce,
        b.energy_tce,
        (
            format!(
                "园区用电量（电网购入 + 绿电直连 + 自发自用 − 外送，{}）÷ 综合能耗：{figures}",
                e.method.zh()
            ),
            format!(
                "the park's electricity use (grid + direct + on-site − sent out, {}) ÷ energy consumption: {figures}",
                e.method.en()
            ),
        ),
        text("", ""),
        a.used.clone(),
    )
}

fn electricity_keys(a: &Accounting) -> Vec<String> {
    a.used
        .iter()
        .filter(|k| keys::ELECTRICITY.contains(&k.as_str()))
        .cloned()
        .collect()
}

fn no_electricity_use(uses: &str) -> zcp_sdk::Text {
    text(
        format!(
            "园区用电量（电网购入 + 绿电直连 + 自发自用 − 外送）{uses}，不大于 0：该参考值不适用（不计分）"
        ),
        format!(
            "the park's electricity use (grid + direct + on-site − sent out) {uses} is not above 0: the reference value does not apply (not scored)"
        ),
    )
}
