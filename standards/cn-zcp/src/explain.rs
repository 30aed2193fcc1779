//! The arithmetic of the accounting in words, term by term, in both
//! languages, and the notes a report needs about it.

use zcp_sdk::{Text, text};

use crate::accounting::{Breakdown, ConversionItem, ElectricityConversion, FuelAccount, FuelUse};
use crate::coefficients::{ELECTRICITY_FOSSIL_TCO2_PER_MWH, Fuel, HEAT_TCE_PER_GJ};
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
        format!(
            "电力（电网购入 + 绿电直连 + 自发自用可再生 − 外送）{flows}（{}）= {} tce",
            method.zh(),
            amount(e.energy_tce)
        ),
        format!(
            "electricity (grid + direct green + on-site renewable − sent out) {flows} ({}) = {} tce",
            method.en(),
            amount(e.energy_tce)
        ),
    );
    let h = &b.heat;
    if !h.is_empty() {
        let flows = format!(
            "({} − {}) GJ × {} tce/GJ = {} tce",
            amount(h.flows.purchased),
            amount(h.flows.exported),
            coef(HEAT_TCE_PER_GJ),
            amount(h.energy_tce)
        );
        t.push(
            format!("热力（受入 − 送出）{flows}"),
            format!("heat (received − sent out) {flows}"),
        );
    }
    for fa in b.fuels.iter().filter(|fa| fa.energy_amount > 0.0) {
        let c = fa.coefficients();
        let tail = format!(
            "{} tce/{} = {} tce",
            coef(c.tce_per_unit),
            fa.fuel().unit,
            amount(fa.energy_tce)
        );
        let (zh, en) = fuel_amounts(fa, |u| b.options.in_energy(u));
        t.push(
            format!("{}{zh} × {tail}", fa.fuel().zh),
            format!("{}{en} × {tail}", fa.fuel().en),
        );
    }
    if !b.conversion.is_empty() {
        let c = &b.conversion;
        let (inputs, outputs) = (items(&c.inputs), items(&c.outputs));
        let (neg_zh, neg_en) = negative_words(c.energy_tce());
        t.push(
            format!(
                "加工转换损失（投入 − 产出）：投入 {}（{} tce）− 产出 {}（{} tce）= {} tce{neg_zh}",
                inputs.0,
                amount(c.input_tce()),
                or_none_zh(&outputs.0),
                amount(c.output_tce()),
                amount(c.energy_tce())
            ),
            format!(
                "energy conversion loss (inputs − outputs): inputs {} ({} tce) − outputs {} ({} tce) = {} tce{neg_en}",
                inputs.1,
                amount(c.input_tce()),
                or_none_en(&outputs.1),
                amount(c.output_tce()),
                amount(c.energy_tce())
            ),
        );
    }
    let options = &b.options;
    for (use_, counted, zh, en) in [
        (
            FuelUse::Feedstock,
            options.feedstock_in_denominator,
            "原料用能不计入（feedstock-in-denominator = false）",
            "feedstock not counted (feedstock-in-denominator = false)",
        ),
        (
            FuelUse::Bunker,
            options.bunker_in_energy,
            "国际航空航海燃料不计入（bunker-in-energy = false）",
            "international bunker fuel not counted (bunker-in-energy = false)",
        ),
        (
            FuelUse::Recovered,
            options.recovered_counted,
            "回收能不重复计入（recovered-energy = not-counted）",
            "recovered energy not counted again (recovered-energy = not-counted)",
        ),
    ] {
        let listed = fuel_list(b.used_for(use_));
        if !counted && !listed.0.is_empty() {
            t.push(format!("{zh}：{}", listed.0), format!("{en}: {}", listed.1));
        }
    }
    let total = amount(b.energy_tce);
    t.push(format!("合计 {total} tce"), format!("total {total} tce"));
    t.finish()
}

/// The CO2 emissions, term by term, ending with the total.
pub fn emissions(b: &Breakdown) -> Text {
    let mut t = Terms::default();
    let (zh, en) = electricity_emissions(b);
    t.push(zh, en);
    let h = &b.heat;
    if !h.is_empty() {
        let measured = |given: Option<f64>| {
            if given.is_some() {
                ("实测", "measured")
            } else {
                ("缺省值", "default")
            }
        };
        let (rz, re) = measured(h.flows.purchased_factor);
        let (sz, se) = measured(h.flows.exported_factor);
        let figures = |r: &str, s: &str, open: &str, close: &str| {
            format!(
                "({} − {}) GJ × {} tCO2/GJ{open}{r}{close} − ({} − {}) GJ × {} tCO2/GJ{open}{s}{close} = {} tCO2",
                amount(h.flows.purchased),
                amount(h.flows.purchased_non_fossil),
                coef(h.received_factor),
                amount(h.flows.exported),
                amount(h.flows.exported_non_fossil),
                coef(h.sent_factor),
                amount(h.emissions_tco2)
            )
        };
        t.push(
            format!(
                "热力（附件4 二(二)3②，化石能源热力受入 − 送出，非化石能源热力计 0）{}",
                figures(rz, sz, "（", "）")
            ),
            format!(
                "heat (attachment 4 二(二)3②, fossil heat received − sent out, non-fossil heat at 0) {}",
                figures(re, se, " (", ")")
            ),
        );
    }
    for fa in b.fuels.iter().filter(|fa| fa.emitting_amount > 0.0) {
        let tail = format!(
            "{} tCO2/{} = {} tCO2",
            coef(fa.coefficients().tco2_per_unit),
            fa.fuel().unit,
            amount(fa.emissions_tco2)
        );
        let (zh, en) = fuel_amounts(fa, |u| b.options.in_emissions(u));
        t.push(
            format!("{}{zh} × {tail}", fa.fuel().zh),
            format!("{}{en} × {tail}", fa.fuel().en),
        );
    }
    if !b.conversion.is_empty() {
        let c = &b.conversion;
        let (inputs, outputs) = (items_tco2(&c.inputs), items_tco2(&c.outputs));
        let (neg_zh, neg_en) = negative_words(c.emissions_tco2());
        t.push(
            format!(
                "加工转换碳平衡（附件4 二(二)2，碳氧化率取 100 %）：投入 {}（{} tCO2）− 产出 {}（{} tCO2）= {} tCO2{neg_zh}",
                inputs.0,
                amount(c.input_tco2()),
                or_none_zh(&outputs.0),
                amount(c.output_tco2()),
                amount(c.emissions_tco2())
            ),
            format!(
                "energy conversion carbon balance (attachment 4 二(二)2, oxidation taken as 100 %): inputs {} ({} tCO2) − outputs {} ({} tCO2) = {} tCO2{neg_en}",
                inputs.1,
                amount(c.input_tco2()),
                or_none_en(&outputs.1),
                amount(c.output_tco2()),
                amount(c.emissions_tco2())
            ),
        );
    }
    push_process(b, &mut t);
    let feedstock = fuel_list(b.used_for(FuelUse::Feedstock));
    if !feedstock.0.is_empty() {
        t.push(
            format!("原料用能不计入排放：{}", feedstock.0),
            format!("feedstock not counted in emissions: {}", feedstock.1),
        );
    }
    let bunker = b.bunker();
    if !bunker.is_empty() {
        let co2: f64 = bunker.iter().map(|i| i.tco2).sum();
        t.push(
            format!(
                "其中国际航空航海燃料 {} tCO2（计入总量，单独列出）",
                amount(co2)
            ),
            format!(
                "of which international bunker fuel {} tCO2 (in the total, listed separately)",
                amount(co2)
            ),
        );
    }
    let recovered = fuel_list(b.used_for(FuelUse::Recovered));
    if !b.options.recovered_counted && !recovered.0.is_empty() {
        t.push(
            format!("回收能不重复计入排放：{}", recovered.0),
            format!("recovered energy not counted again: {}", recovered.1),
        );
    }
    let total = amount(b.emissions_tco2);
    t.push(format!("合计 {total} tCO2"), format!("total {total} tCO2"));
    t.finish()
}

/// The electricity term of 附件4 二(二)3①: received minus sent out, by kind.
fn electricity_emissions(b: &Breakdown) -> (String, String) {
    let e = &b.electricity;
    let f = &e.flows;
    let factor = coef(ELECTRICITY_FOSSIL_TCO2_PER_MWH);
    let capped = e.certificates_counted_mwh < f.green_certificates;
    let (cap_zh, cap_en) = if capped {
        (
            format!(
                "（非绑定绿证 {} MWh 以电网购入减绿电交易为上限）",
                amount(f.green_certificates)
            ),
            format!(
                " (unbundled certificates {} MWh, counted up to grid − green traded)",
                amount(f.green_certificates)
            ),
        )
    } else {
        (String::new(), String::new())
    };
    let zero_received = format!(
        "{} + {} + {}",
        amount(f.direct_green),
        amount(f.green_traded),
        amount(e.certificates_counted_mwh)
    );
    let fossil_received = format!(
        "({} − {} − {}) = {}",
        amount(f.grid_purchased),
        amount(f.green_traded),
        amount(e.certificates_counted_mwh),
        amount(e.fossil_received_mwh)
    );
    let fossil_sent = format!(
        "({} − {}) = {}",
        amount(f.exported),
        amount(f.exported_green),
        amount(e.fossil_sent_mwh)
    );
    let net = format!(
        "({} − {}) MWh × {factor} tCO2/MWh = {} tCO2",
        amount(e.fossil_received_mwh),
        amount(e.fossil_sent_mwh),
        amount(e.emissions_tco2)
    );
    (
        format!(
            "电力（附件4 二(二)3①，受入 − 送出）：受入排放因子计 0 的绿电直连 + 绿电交易 + 非绑定绿证 {zero_received} MWh{cap_zh}；受入按全国化石能源电力排放因子的电网购入 − 绿电交易 − 绿证 {fossil_received} MWh；送出绿电 {} MWh 计 0；其他送出 {fossil_sent} MWh；自发自用可再生 {} MWh 不属受入电力；{net}",
            amount(f.exported_green),
            amount(f.on_site_renewable)
        ),
        format!(
            "electricity (attachment 4 二(二)3①, received − sent out): received at factor 0, direct green + green traded + unbundled certificates {zero_received} MWh{cap_en}; received at the national fossil-electricity factor, grid − green traded − certificates {fossil_received} MWh; green power sent out {} MWh at 0; other power sent out {fossil_sent} MWh; on-site renewable {} MWh is not received electricity; {net}",
            amount(f.exported_green),
            amount(f.on_site_renewable)
        ),
    )
}

fn push_process(b: &Breakdown, t: &mut Terms) {
    use crate::accounting::Process;
    match &b.process {
        Process::None => {}
        Process::Total(total) => {
            let p = amount(*total);
            t.push(
                format!("工业生产过程（园区填报总量）{p} tCO2"),
                format!("industrial processes (the park's total) {p} tCO2"),
            );
        }
        Process::Products(products) => {
            let line = |zh: bool| -> String {
                products
                    .iter()
                    .map(|p| {
                        format!(
                            "{} {} t × {} tCO2/t = {} tCO2",
                            if zh { &p.label.0 } else { &p.label.1 },
                            amount(p.output_t),
                            coef(p.factor),
                            amount(p.emissions_tco2())
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(" + ")
            };
            let total = amount(b.process.emissions_tco2());
            t.push(
                format!(
                    "工业生产过程（附件4 三，产品产量 × 园区分产品排放因子）：{} = {total} tCO2",
                    line(true)
                ),
                format!(
                    "industrial processes (attachment 4 三, output × the park's product factor): {} = {total} tCO2",
                    line(false)
                ),
            );
        }
    }
}

/// Notes a report needs about the accounting: the method, when it is not
/// the notice's, then [`accounting_notes`].
pub fn notes(b: &Breakdown) -> Vec<Text> {
    let mut notes = Vec::new();
    if let ElectricityConversion::Equivalent = b.options.electricity {
        notes.push(text(
            "电力按当量值 0.1229 tce/MWh 折标准煤：并非通知附件3 二.1 规定的等价值方法，结论不能作为按通知的评价",
            "Electricity is converted at its equivalent value, 0.1229 tce/MWh: not the equal-value method attachment 3 二.1 prescribes, so this is not an assessment under the notice",
        ));
    }
    notes.extend(accounting_notes(b));
    notes
}

/// Notes about the accounting itself, whatever the electricity method:
/// negative terms, the literal credit for power sent out, bunker and
/// recovered energy. Public for standards that reuse the accounting with
/// another method as their own (they say in their own words which method
/// is theirs).
pub fn accounting_notes(b: &Breakdown) -> Vec<Text> {
    let mut notes = Vec::new();
    let e = &b.electricity;
    if e.fossil_sent_mwh > 0.0 {
        let credit = amount(e.fossil_sent_mwh * ELECTRICITY_FOSSIL_TCO2_PER_MWH);
        let sent = amount(e.fossil_sent_mwh);
        notes.push(text(
            format!(
                "外送电量中 {sent} MWh 未申报为绿电（electricity.exported-green），按附件4 二(二)3① 字面以 0.8325 tCO2/MWh 扣减 {credit} tCO2；若其中含园区自有可再生电力而未随绿证或绿电交易送出，字面规定同样给予该扣减"
            ),
            format!(
                "{sent} MWh sent out is not declared green (`electricity.exported-green`) and is deducted at 0.8325 tCO2/MWh as attachment 4 二(二)3① reads: a credit of {credit} tCO2; read literally, the text gives this credit even for the park's own renewable power sent out without certificates or green trading"
            ),
        ));
    }
    for (value, zh, en) in [
        (
            e.emissions_tco2,
            "电力净受入间接排放为负：送出按化石能源电力排放因子计的电量多于受入（附件4 未规定下限，按原值计入）",
            "The electricity term is negative: more power at the fossil factor is sent out than received (attachment 4 sets no floor; counted as it is)",
        ),
        (
            b.heat.emissions_tco2,
            "热力净受入间接排放为负：送出的化石能源热力排放多于受入（附件4 未规定下限，按原值计入）",
            "The heat term is negative: the fossil heat sent out carries more CO2 than the heat received (attachment 4 sets no floor; counted as it is)",
        ),
        (
            b.conversion.emissions_tco2(),
            "加工转换碳平衡为负：按碳氧化率 100 % 计，产出所含碳多于投入（附件4 未规定下限，按原值计入）；请以实测热值和含碳量核实",
            "The conversion carbon balance is negative: at 100 % oxidation the outputs carry more carbon than the inputs (attachment 4 sets no floor; counted as it is); measured calorific values and carbon contents should settle it",
        ),
    ] {
        if value < 0.0 {
            notes.push(text(
                format!("{zh}：{} tCO2", amount(value)),
                format!("{en}: {} tCO2", amount(value)),
            ));
        }
    }
    let bunker = b.bunker();
    if !bunker.is_empty() {
        let listed = fuel_list(bunker.iter().map(|i| (i.fuel, i.amount)));
        let tce: f64 = bunker.iter().map(|i| i.tce).sum();
        let co2: f64 = bunker.iter().map(|i| i.tco2).sum();
        let (energy_zh, energy_en) = if b.options.bunker_in_energy {
            ("计入", "counted in")
        } else {
            ("不计入", "not counted in")
        };
        notes.push(text(
            format!(
                "国际航空航海燃料按附件4 二(一) 不从总量中扣减、单独列出：{}，{} tCO2 计入碳排放；{} tce {energy_zh}综合能耗（参数 bunker-in-energy）",
                listed.0,
                amount(co2),
                amount(tce)
            ),
            format!(
                "International bunker fuel stays in the total and is listed separately (attachment 4 二(一)): {}, {} tCO2 in the emissions; {} tce {energy_en} the energy consumption (parameter bunker-in-energy)",
                listed.1,
                amount(co2),
                amount(tce)
            ),
        ));
    }
    let recovered = fuel_list(b.used_for(FuelUse::Recovered));
    if !recovered.0.is_empty() {
        let (zh, en) = if b.options.recovered_counted {
            (
                "按参数 recovered-energy = counted 计入能耗和排放",
                "counted in energy and emissions (recovered-energy = counted)",
            )
        } else {
            (
                "默认不重复计入能耗和排放（其能量和碳已计入来源燃料；参数 recovered-energy，暂定）",
                "not counted again in energy or emissions by default (its energy and carbon are in the fuel it came from; parameter recovered-energy, provisional)",
            )
        };
        notes.push(text(
            format!("回收能 {}：{zh}", recovered.0),
            format!("Recovered energy {}: {en}", recovered.1),
        ));
    }
    notes
}

fn negative_words(value: f64) -> (&'static str, &'static str) {
    if value < 0.0 {
        ("（为负，按原值计入）", " (negative, counted as it is)")
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

/// The amounts of `fa` for the uses that `counts`: a bare amount for final
/// use alone, else the uses named: `(final 100 + power 200) t`.
fn fuel_amounts(fa: &FuelAccount, counts: impl Fn(FuelUse) -> bool) -> (String, String) {
    let unit = fa.fuel().unit;
    let used: Vec<(FuelUse, f64)> = FuelUse::ALL
        .into_iter()
        .filter(|u| counts(*u))
        .map(|u| (u, fa.amounts.get(u)))
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

/// Conversion items with their standard coal: `washed coal 1,500 t`.
fn items(items: &[ConversionItem]) -> (String, String) {
    fuel_list(items.iter().map(|i| (i.fuel, i.amount)))
}

/// Conversion items with their factor at full oxidation:
/// `washed coal 1,500 t × 2.453469 tCO2/t`.
fn items_tco2(items: &[ConversionItem]) -> (String, String) {
    let each = |name: fn(&Fuel) -> &str| -> String {
        items
            .iter()
            .map(|i| {
                format!(
                    "{} {} × {} tCO2/{}",
                    name(i.fuel),
                    quantity(i.amount, i.fuel.unit),
                    coef(i.tco2 / i.amount),
                    i.fuel.unit
                )
            })
            .collect::<Vec<_>>()
            .join(" + ")
    };
    (each(|f| f.zh), each(|f| f.en))
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
