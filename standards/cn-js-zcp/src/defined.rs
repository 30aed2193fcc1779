//! Reference values 4, 12 and 19, read from the keys this standard defines
//! (`x-cn-js-zcp.*`): green factories among the park's enterprises,
//! new-energy vehicles in its fleet, green R&D spending over its revenue.

use zcp_sdk::{Inputs, text};

use cn_zcp::display::{amount, quantity};

use crate::keys::{
    ENTERPRISE_COUNT, GREEN_FACTORIES, GREEN_RD_SPENDING, REVENUE, VEHICLES, VEHICLES_NEV,
};
use crate::reference::{Figures, missing, share};

/// The two keys of a share, or what is missing.
fn pair(inputs: &Inputs, part: &str, whole: &str) -> Result<(f64, f64, Vec<String>), Figures> {
    let used = inputs.present(&[part, whole]);
    match (inputs.get(part), inputs.get(whole)) {
        (Some(p), Some(w)) => Ok((p, w, used)),
        _ => Err(missing(inputs.absent(&[part, whole]), used)),
    }
}

/// Reference value 4: enterprises rated green factories or green
/// supply-chain management enterprises ÷ the park's enterprises.
pub fn green_factories(inputs: &Inputs) -> Figures {
    let (green, all, used) = match pair(inputs, GREEN_FACTORIES, ENTERPRISE_COUNT) {
        Ok(p) => p,
        Err(f) => return f,
    };
    let (g, n) = (amount(green), amount(all));
    share(
        green,
        all,
        (
            format!("绿色工厂、绿色供应链管理企业 {g} 家 ÷ 园区企业 {n} 家"),
            format!(
                "green factories and green supply-chain management enterprises {g} ÷ enterprises of the park {n}"
            ),
        ),
        text(
            format!("园区填报的企业数量（{ENTERPRISE_COUNT}）为 0：该参考值不适用（不计分）"),
            format!(
                "the park reports no enterprise (`{ENTERPRISE_COUNT}` is 0): the reference value does not apply (not scored)"
            ),
        ),
        used,
    )
}

/// Reference value 12: new-energy and clean-energy vehicles ÷ the park's vehicles.
pub fn nev_fleet(inputs: &Inputs) -> Figures {
    let (nev, all, used) = match pair(inputs, VEHICLES_NEV, VEHICLES) {
        Ok(p) => p,
        Err(f) => return f,
    };
    let (v, n) = (amount(nev), amount(all));
    share(
        nev,
        all,
        (
            format!("新能源、清洁能源动力交通工具 {v} 辆 ÷ 园区交通工具 {n} 辆"),
            format!("new-energy and clean-energy vehicles {v} ÷ vehicles of the park {n}"),
        ),
        text(
            format!("园区填报的交通工具保有量（{VEHICLES}）为 0：该参考值不适用（不计分）"),
            format!(
                "the park reports no vehicle (`{VEHICLES}` is 0): the reference value does not apply (not scored)"
            ),
        ),
        used,
    )
}

/// Reference value 19: green and low-carbon R&D spending ÷ revenue
/// (provisional denominator).
pub fn green_rd_intensity(inputs: &Inputs) -> Figures {
    let (spent, revenue, used) = match pair(inputs, GREEN_RD_SPENDING, REVENUE) {
        Ok(p) => p,
        Err(f) => return f,
    };
    let (s, r) = (quantity(spent, "10^4 CNY"), quantity(revenue, "10^4 CNY"));
    share(
        spent,
        revenue,
        (
            format!("绿色低碳技术研发经费 {s} ÷ 技工贸总收入 {r}"),
            format!(
                "green and low-carbon R&D spending {s} ÷ technology, industry and trade revenue {r}"
            ),
        ),
        text(
            format!("园区填报的技工贸总收入（{REVENUE}）为 0：该参考值不适用（不计分）"),
            format!(
                "the park reports no revenue (`{REVENUE}` is 0): the reference value does not apply (not scored)"
            ),
        ),
        used,
    )
}
