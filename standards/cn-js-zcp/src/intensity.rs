//! Reference values 1 and 2 (能效水平标杆化): energy and CO2 per unit of
//! industrial value added.

use zcp_sdk::{Inputs, text};

use cn_zcp::display::{amount, quantity};

use crate::accounting::Accounting;
use crate::keys::INDUSTRIAL_VALUE_ADDED;
use crate::reference::{Figures, missing};

/// Energy consumption (at the method chosen) ÷ industrial value added.
pub fn energy_per_value_added(a: &Accounting, inputs: &Inputs) -> Figures {
    let method = a.breakdown.as_ref().map(|b| b.electricity.method);
    let (zh, en) = method.map_or(("", ""), |m| (m.zh(), m.en()));
    per_value_added(
        a,
        inputs,
        a.energy_tce(),
        &a.missing,
        (
            format!("综合能耗（{zh}）"),
            format!("energy consumption ({en})"),
        ),
        "tce",
    )
}

/// CO2 emissions ÷ industrial value added.
pub fn carbon_per_value_added(a: &Accounting, inputs: &Inputs) -> Figures {
    per_value_added(
        a,
        inputs,
        a.emissions_tco2(),
        &a.emissions_missing(),
        ("二氧化碳排放".to_owned(), "CO2 emissions".to_owned()),
        "tCO2",
    )
}

fn per_value_added(
    a: &Accounting,
    inputs: &Inputs,
    amount_of: Option<f64>,
    amount_missing: &[String],
    name: (String, String),
    unit: &str,
) -> Figures {
    let value_added = inputs.get(INDUSTRIAL_VALUE_ADDED);
    let mut used = a.used.clone();
    used.extend(inputs.present(&[INDUSTRIAL_VALUE_ADDED]));
    match (amount_of, value_added) {
        (None, _) => {
            let mut keys = amount_missing.to_vec();
            keys.extend(inputs.absent(&[INDUSTRIAL_VALUE_ADDED]));
            missing(keys, used)
        }
        (Some(_), None) => missing(vec![INDUSTRIAL_VALUE_ADDED.to_owned()], used),
        (Some(_), Some(v)) if v <= 0.0 => Figures::NotApplicable {
            why: text(
                format!(
                    "园区填报的工业增加值（{INDUSTRIAL_VALUE_ADDED}）为 {}，单位工业增加值指标不适用（不计分）",
                    quantity(v, "10^4 CNY")
                ),
                format!(
                    "the park's industrial value added (`{INDUSTRIAL_VALUE_ADDED}`) is {}: an intensity per value added does not apply (not scored)",
                    quantity(v, "10^4 CNY")
                ),
            ),
            used,
        },
        (Some(total), Some(v)) => Figures::Value {
            value: total / v,
            formula: text(
                format!(
                    "{} {} {unit} ÷ 工业增加值 {}",
                    name.0,
                    amount(total),
                    quantity(v, "10^4 CNY")
                ),
                format!(
                    "{} {} {unit} ÷ industrial value added {}",
                    name.1,
                    amount(total),
                    quantity(v, "10^4 CNY")
                ),
            ),
            used,
        },
    }
}
