//! The arithmetic of the accounting in words, term by term, in both languages.

use zcp_sdk::{Text, text};

use crate::accounting::{Breakdown, FuelAccount, FuelUse};
use crate::coefficients::{Fuel, HEAT_TCE_PER_GJ, HEAT_TCO2_PER_GJ};
use crate::display::{amount, coef, quantity};

/// Terms of a sum in both languages.
#[derive(Debug, Default)]
struct Terms {
    zh: Vec<String>,
    en: Vec<String>,
}

impl Terms {
    fn push(&mut self, zh: String, en: String) {
        self.zh.push(zh);
        self.en.push(en);
    }

    fn finish(self) -> Text {
        text(self.zh.join("；"), self.en.join("; "))
    }
}

/// The energy consumption, term by term, ending with the total.
pub fn energy(b: &Breakdown) -> Text {
    let mut t = Terms::default();
    let e = &b.electricity;
    let f = &e.flows;
    let flows = format!(
        "({} + {} + {} − {}) MWh × {} tce/MWh",
        amount(f.grid_purchased),
        amount(f.direct_green),
        amount(f.on_site_renewable),
        amount(f.exported),
        coef(e.tce_per_mwh)
    );
    let method = e.method;
    t.push(
        format!("电力（电网购入 + 绿电直连 + 自发自用可再生 − 外送）{flows}（{}）= {} tce", method.zh(), amount(e.energy_tce)),
        format!(
            "electricity (grid + direct green + on-site renewable − exported) {flows} ({}) = {} tce",
            method.en(),
            amount(e.energy_tce)
        ),
    );
    let h = &b.heat;
    if h.flows.purchased > 0.0 || h.flows.exported > 0.0 {
        let flows = format!(
            "({} − {}) GJ × {} tce/GJ = {} tce",
            amount(h.flows.purchased),
            amount(h.flows.exported),
            coef(HEAT_TCE_PER_GJ),
            amount(h.energy_tce)
        );
        t.push(
            format!("热力（外购 − 外供）{flows}"),
            format!("heat (purchased − exported) {flows}"),
        );
    }
    for fa in b.fuels.iter().filter(|fa| fa.energy_amount > 0.0) {
        let counted: Vec<FuelUse> = FuelUse::ALL
            .into_iter()
            .filter(|u| {
                u.is_combustion() || (*u == FuelUse::Feedstock && b.feedstock_in_denominator)
            })
            .collect();
        let fuel = fa.fuel();
        let (zh, en) = fuel_amounts(fa, &counted);
        let tail = format!(
            "{} tce/{} = {} tce",
            coef(fuel.tce_per_unit),
            fuel.unit,
            amount(fa.energy_tce)
        );
        t.push(
            format!("{}{zh} × {tail}", fuel.zh),
            format!("{}{en} × {tail}", fuel.en),
        );
    }
    if !b.conversion.is_empty() {
        let c = &b.conversion;
        let (inputs, outputs) = (
            fuel_list(c.inputs.iter().copied()),
            fuel_list(c.outputs.iter().copied()),
        );
        let (clamp_zh, clamp_en) = clamp_words(c.output_tce > c.input_tce);
        t.push(
            format!(
                "加工转换损失（投入 − 产出）：投入 {}（{} tce）− 产出 {}（{} tce）= {} tce{clamp_zh}",
                inputs.0, amount(c.input_tce), or_none_zh(&outputs.0), amount(c.output_tce), amount(c.energy_tce())
            ),
            format!(
                "energy conversion loss (inputs − outputs): inputs {} ({} tce) − outputs {} ({} tce) = {} tce{clamp_en}",
                inputs.1, amount(c.input_tce), or_none_en(&outputs.1), amount(c.output_tce), amount(c.energy_tce())
            ),
        );
    }
    if !b.feedstock_in_denominator {
        let listed = fuel_list(b.feedstock());
        if !listed.0.is_empty() {
            t.push(
                format!(
                    "原料用能不计入（feedstock-in-denominator = false）：{}",
                    listed.0
                ),
                format!(
                    "feedstock not counted (feedstock-in-denominator = false): {}",
                    listed.1
                ),
            );
        }
    }
    let bunker: Vec<(&Fuel, f64)> = b.bunker().collect();
    if !bunker.is_empty() {
        let listed = fuel_list(bunker.iter().copied());
        let tce: f64 = bunker.iter().map(|(f, a)| a * f.tce_per_unit).sum();
        t.push(
            format!(
                "国际燃料舱用油单独列出、不计入：{}（{} tce）",
                listed.0,
                amount(tce)
            ),
            format!(
                "international bunker fuel listed separately, not counted: {} ({} tce)",
                listed.1,
                amount(tce)
            ),
        );
    }
    let total = amount(b.energy_tce);
    t.push(format!("合计 {total} tce"), format!("total {total} tce"));
    t.finish()
}

/// The CO2 emissions, term by term, ending with the total.
pub fn emissions(b: &Breakdown) -> Text {
    let mut t = Terms::default();
    let e = &b.electricity;
    let f = &e.flows;
    let g = e.factor;
    let residual = format!(
        "max(0, {} − {} − {} − {}) = {} MWh × {} tCO2/MWh",
        amount(f.grid_purchased),
        amount(f.exported),
        amount(f.green_traded),
        amount(f.green_certificates),
        amount(e.residual_mwh),
        coef(g.value)
    );
    let (auto_zh, auto_en) = if g.auto {
        ("，按 auto 规则选取", ", chosen by rule auto")
    } else {
        ("", "")
    };
    t.push(
        format!(
            "电网剩余电量（电网购入 − 外送 − 绿电交易 − 绿证）{residual}（{}，{} 年{auto_zh}）= {} tCO2",
            g.kind.zh(),
            g.year,
            amount(e.emissions_tco2)
        ),
        format!(
            "residual grid electricity (grid − exported − green traded − certificates) {residual} ({}, {}{auto_en}) = {} tCO2",
            g.kind.en(),
            g.year,
            amount(e.emissions_tco2)
        ),
    );
    let h = &b.heat;
    if h.flows.purchased > 0.0 || h.flows.exported > 0.0 {
        let flows = format!(
            "max(0, {} − {}) GJ × {} tCO2/GJ = {} tCO2",
            amount(h.flows.purchased),
            amount(h.flows.exported),
            coef(HEAT_TCO2_PER_GJ),
            amount(h.emissions_tco2)
        );
        t.push(
            format!("热力（外购 − 外供）{flows}"),
            format!("heat (purchased − exported) {flows}"),
        );
    }
    for fa in b.fuels.iter().filter(|fa| fa.combustion_amount > 0.0) {
        let counted: Vec<FuelUse> = FuelUse::ALL
            .into_iter()
            .filter(|u| u.is_combustion())
            .collect();
        let fuel = fa.fuel();
        let (zh, en) = fuel_amounts(fa, &counted);
        let tail = format!(
            "{} tCO2/{} = {} tCO2",
            coef(fuel.tco2_per_unit),
            fuel.unit,
            amount(fa.emissions_tco2)
        );
        t.push(
            format!("{}{zh} × {tail}", fuel.zh),
            format!("{}{en} × {tail}", fuel.en),
        );
    }
    if !b.conversion.is_empty() {
        let c = &b.conversion;
        let (inputs, outputs) = (
            fuel_list(c.inputs.iter().copied()),
            fuel_list(c.outputs.iter().copied()),
        );
        let (clamp_zh, clamp_en) = clamp_words(c.output_tco2 > c.input_tco2);
        t.push(
            format!(
                "加工转换碳平衡（投入 − 产出，按各自排放因子）：投入 {}（{} tCO2）− 产出 {}（{} tCO2）= {} tCO2{clamp_zh}",
                inputs.0, amount(c.input_tco2), or_none_zh(&outputs.0), amount(c.output_tco2), amount(c.emissions_tco2())
            ),
            format!(
                "energy conversion carbon balance (inputs − outputs at their CO2 factors): inputs {} ({} tCO2) − outputs {} ({} tCO2) = {} tCO2{clamp_en}",
                inputs.1, amount(c.input_tco2), or_none_en(&outputs.1), amount(c.output_tco2), amount(c.emissions_tco2())
            ),
        );
    }
    if b.process_tco2 > 0.0 {
        let p = amount(b.process_tco2);
        t.push(
            format!("工业生产过程 {p} tCO2"),
            format!("industrial processes {p} tCO2"),
        );
    }
    let feedstock = fuel_list(b.feedstock());
    if !feedstock.0.is_empty() {
        t.push(
            format!("原料用能不计入排放：{}", feedstock.0),
            format!("feedstock not counted in emissions: {}", feedstock.1),
        );
    }
    let bunker: Vec<(&Fuel, f64)> = b.bunker().collect();
    if !bunker.is_empty() {
        let listed = fuel_list(bunker.iter().copied());
        let co2: f64 = bunker.iter().map(|(f, a)| a * f.tco2_per_unit).sum();
        t.push(
            format!(
                "国际燃料舱用油单独列出、不计入：{}（{} tCO2）",
                listed.0,
                amount(co2)
            ),
            format!(
                "international bunker fuel listed separately, not counted: {} ({} tCO2)",
                listed.1,
                amount(co2)
            ),
        );
    }
    let total = amount(b.emissions_tco2);
    t.push(format!("合计 {total} tCO2"), format!("total {total} tCO2"));
    t.finish()
}

/// The words added when a conversion balance was set to zero.
fn clamp_words(clamped: bool) -> (&'static str, &'static str) {
    if clamped {
        (
            "（按参考系数产出大于投入，取 0，为保守处理；应以实测热值和含碳量核实）",
            " (at the reference coefficients the outputs exceed the inputs: counted as 0, the conservative choice; measured calorific values and carbon contents should settle it)",
        )
    } else {
        ("", "")
    }
}

fn or_none_zh(listed: &str) -> &str {
    if listed.is_empty() { "无" } else { listed }
}

fn or_none_en(listed: &str) -> &str {
    if listed.is_empty() { "none" } else { listed }
}

/// Bunker fuel as a note for the report, `None` when there is none.
pub fn bunker_note(b: &Breakdown) -> Option<Text> {
    let bunker: Vec<(&Fuel, f64)> = b.bunker().collect();
    if bunker.is_empty() {
        return None;
    }
    let listed = fuel_list(bunker.iter().copied());
    let tce: f64 = bunker.iter().map(|(f, a)| a * f.tce_per_unit).sum();
    let co2: f64 = bunker.iter().map(|(f, a)| a * f.tco2_per_unit).sum();
    Some(text(
        format!(
            "国际燃料舱用油按核算方法单独列出，不计入综合能耗和碳排放：{}，折 {} tce、{} tCO2",
            listed.0,
            amount(tce),
            amount(co2)
        ),
        format!(
            "International bunker fuel is listed separately, as the accounting method says, and counted in neither energy nor emissions: {}, i.e. {} tce and {} tCO2",
            listed.1,
            amount(tce),
            amount(co2)
        ),
    ))
}

/// A note when a conversion balance was set to zero, `None` otherwise.
pub fn conversion_note(b: &Breakdown) -> Option<Text> {
    let c = &b.conversion;
    c.clamped().then(|| {
        text(
            format!(
                "加工转换产出按参考系数折算后多于投入（投入 {} tce、{} tCO2，产出 {} tce、{} tCO2），转换损失或碳平衡取 0（保守处理，使单位能耗碳排放偏高）；请以实测热值和含碳量核实",
                amount(c.input_tce), amount(c.input_tco2), amount(c.output_tce), amount(c.output_tco2)
            ),
            format!(
                "At the reference coefficients the energy conversion outputs exceed its inputs (inputs {} tce and {} tCO2, outputs {} tce and {} tCO2): the loss or the carbon balance is counted as 0 (conservative: it raises the intensity); measured calorific values and carbon contents should settle it",
                amount(c.input_tce), amount(c.input_tco2), amount(c.output_tce), amount(c.output_tco2)
            ),
        )
    })
}

/// The amounts of `fa` for the `counted` uses: a bare amount for final use
/// alone, else the uses named: `(final 100 + power 200) t`.
fn fuel_amounts(fa: &FuelAccount, counted: &[FuelUse]) -> (String, String) {
    let unit = fa.fuel().unit;
    let used: Vec<(FuelUse, f64)> = counted
        .iter()
        .map(|u| (*u, fa.amounts.get(*u)))
        .filter(|(_, a)| *a > 0.0)
        .collect();
    if let [(FuelUse::Final, a)] = used.as_slice() {
        let q = quantity(*a, unit);
        return (format!(" {q}"), format!(" {q}"));
    }
    let zh: Vec<String> = used
        .iter()
        .map(|(u, a)| format!("{} {}", u.zh(), amount(*a)))
        .collect();
    let en: Vec<String> = used
        .iter()
        .map(|(u, a)| format!("{} {}", u.id(), amount(*a)))
        .collect();
    let unit = if unit.starts_with("10^") {
        format!("× {unit}")
    } else {
        unit.to_owned()
    };
    (
        format!("（{}）{unit}", zh.join(" + ")),
        format!(" ({}) {unit}", en.join(" + ")),
    )
}

/// `raw coal 500 t, diesel 10 t` in both languages.
fn fuel_list<'a>(items: impl Iterator<Item = (&'a Fuel, f64)>) -> (String, String) {
    let items: Vec<(&Fuel, f64)> = items.collect();
    let zh: Vec<String> = items
        .iter()
        .map(|(f, a)| format!("{} {}", f.zh, quantity(*a, f.unit)))
        .collect();
    let en: Vec<String> = items
        .iter()
        .map(|(f, a)| format!("{} {}", f.en, quantity(*a, f.unit)))
        .collect();
    (zh.join("、"), en.join(", "))
}
