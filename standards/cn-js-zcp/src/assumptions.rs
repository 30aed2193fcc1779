//! The choices an evaluation rests on, as the report's assumptions: the
//! parameters, the electricity coefficient, the national accounting and its
//! coefficients, the definitions this project inferred, the scoring.

use zcp_sdk::{Assumption, IndicatorResult, Text, text};

use cn_zcp::accounting::{ElectricityConversion, FuelUse};
use cn_zcp::coefficients::ELECTRICITY_FOSSIL_TCO2_PER_MWH;
use cn_zcp::display::coef;
use cn_zcp::evaluate::coefficient_assumptions;

use crate::accounting::{Accounting, BUNKER_IN_ENERGY, FEEDSTOCK_IN_ENERGY, RECOVERED_COUNTED};
use crate::params::{EQUAL_VALUE_COEFFICIENT, Settings};
use crate::reference::{ENCODED, REFERENCES};

fn assumption(name: &str, value: String, provisional: bool, description: Text) -> Assumption {
    Assumption {
        name: name.to_owned(),
        value,
        provisional,
        description,
    }
}

/// Every assumption of one evaluation.
pub fn all(settings: &Settings, a: &Accounting, results: &[IndicatorResult]) -> Vec<Assumption> {
    let mut out = settings.assumptions.clone();
    out.push(electricity_coefficient(settings));
    out.push(assumption(
        "emissions-method",
        "发改环资〔2025〕910号 附件4".to_owned(),
        true,
        text(
            "碳排放按国家《零碳园区碳排放核算方法（试行）》核算：未读到江苏指南自身的核算方法",
            "CO2 accounted by the national method (attachment 4 of the notice 发改环资〔2025〕910号): the Jiangsu guide's own accounting method was not read",
        ),
    ));
    out.push(assumption(
        "electricity-factor",
        format!("{} tCO2/MWh", coef(ELECTRICITY_FOSSIL_TCO2_PER_MWH)),
        false,
        text(
            "全国化石能源电力排放因子（附件4 二(二)3①）；绿电直连、绿证绿电交易的非化石能源电力计 0",
            "National fossil-electricity factor (attachment 4 二(二)3①); direct non-fossil supply and renewable power through certificates or green trading count 0",
        ),
    ));
    if let Some(b) = &a.breakdown {
        out.extend(coefficient_assumptions(b));
        let uses = |u: FuelUse| b.used_for(u).next().is_some();
        if uses(FuelUse::Feedstock) || uses(FuelUse::Bunker) || uses(FuelUse::Recovered) {
            out.push(assumption(
                "accounting-conventions",
                format!(
                    "feedstock-in-energy = {FEEDSTOCK_IN_ENERGY}, bunker-in-energy = {BUNKER_IN_ENERGY}, recovered-energy-counted = {RECOVERED_COUNTED}"
                ),
                true,
                text(
                    "原料用能计入综合能耗、国际航空航海燃料计入综合能耗、回收能不重复计入：沿用 cn-zcp 的缺省口径，指南未作规定",
                    "Feedstock and bunker fuel count in the energy consumption, recovered energy is not counted again: cn-zcp's defaults, the guide says nothing of them",
                ),
            ));
        }
    }
    // Only the definitions of the reference values computed are shown.
    let computed = |id: &str| results.iter().any(|r| r.id == id && r.value.is_some());
    for r in REFERENCES.iter().filter(|r| computed(r.id)) {
        if let Some(i) = r.inferred {
            out.push(assumption(
                &format!("definition.{}", r.id),
                i.value.to_owned(),
                true,
                text(
                    format!("{}：指南只给出名称和参考值，口径为推定：{}", r.zh, i.zh),
                    format!(
                        "{}: the guide gives the name and figure only; inferred definition: {}",
                        r.en, i.en
                    ),
                ),
            ));
        }
    }
    out.push(assumption(
        "scoring",
        format!("1 per reference value met, max {ENCODED}"),
        true,
        text(
            format!("达到一项参考值计 1 分，未达到计 0 分，缺少数据或不适用不计分；满分 {ENCODED}，不设等级：指南只给出参考值，不计分"),
            format!("A reference value met scores 1, one not met 0, one without data or not applicable none; the highest score is {ENCODED}, with no tiers: the guide gives reference values, not a score"),
        ),
    ));
    out
}

fn electricity_coefficient(settings: &Settings) -> Assumption {
    let given = settings
        .assumptions
        .iter()
        .any(|a| a.name == EQUAL_VALUE_COEFFICIENT && !a.provisional);
    let (zh, en, provisional) = match settings.electricity {
        ElectricityConversion::Equivalent => (
            "当量值，GB/T 2589-2020；江苏指南按当量值计算综合能耗",
            "equivalent value, GB/T 2589-2020; the Jiangsu guide counts energy at the equivalent value",
            false,
        ),
        ElectricityConversion::EqualValue(_) => (
            "等价值：并非江苏指南的方法；系数逐年取值",
            "equal value: not the Jiangsu guide's method; the coefficient is year-specific",
            !given,
        ),
    };
    assumption(
        "electricity-coefficient",
        format!("{} tce/MWh", coef(settings.electricity.tce_per_mwh())),
        provisional,
        text(
            format!("电力折标准煤系数（{zh}）"),
            format!("Electricity to standard coal ({en})"),
        ),
    )
}
