//! The reference values (绩效参考值) this version encodes: one table, the
//! single place each id, group, unit and threshold is stated, and the one
//! rule that turns figures into a scored result.
//!
//! A reference value met scores 1, one not met scores 0; a result without
//! data or that does not apply gets no score. Reference values never gate:
//! the verdict is always `assessed`.

use zcp_sdk::{IndicatorKind, IndicatorResult, Outcome, Text, Threshold, meets, text};

use cn_zcp::display::{amount, intensity, limit, percent};

/// Energy per unit of industrial value added, at the equivalent value.
pub const ENERGY_PER_VALUE_ADDED: &str = "ref.energy-per-value-added";
/// CO2 per unit of industrial value added.
pub const CARBON_PER_VALUE_ADDED: &str = "ref.carbon-per-value-added";
/// Green factories and green supply-chain enterprises among the park's enterprises.
pub const GREEN_FACTORIES: &str = "ref.green-factories";
/// Non-fossil share of energy consumption.
pub const NON_FOSSIL_SHARE: &str = "ref.non-fossil-share";
/// Renewable share of electricity, green certificates included.
pub const RENEWABLE_ELECTRICITY_SHARE: &str = "ref.renewable-electricity-share";
/// Electrification: electricity in the energy consumption.
pub const ELECTRIFICATION: &str = "ref.electrification";
/// New-energy and clean-energy vehicles in the park's fleet.
pub const NEV_FLEET: &str = "ref.nev-fleet";
/// General industrial solid waste utilisation (the shared id).
pub const SOLID_WASTE: &str = cn_zcp::guiding::SOLID_WASTE;
/// Industrial water reuse (the shared id).
pub const WATER_REUSE: &str = cn_zcp::guiding::WATER_REUSE;
/// Industrial waste heat recovery (the shared id of waste heat, cold and pressure).
pub const WASTE_ENERGY: &str = cn_zcp::guiding::WASTE_ENERGY;
/// Green and low-carbon R&D intensity.
pub const GREEN_RD_INTENSITY: &str = "ref.green-rd-intensity";

/// Unit of the intensity of energy.
pub const ENERGY_INTENSITY_UNIT: &str = "tce/10^4 CNY";
/// Unit of the intensity of CO2.
pub const CARBON_INTENSITY_UNIT: &str = "tCO2/10^4 CNY";

/// The guide's groups (类别), in its order. Six of its seven hold a
/// reference value this version encodes; 运营管理数智化 (digital operation)
/// holds none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// 能效水平标杆化: values 1-3.
    Efficiency,
    /// 生产过程清洁化: values 4-6.
    CleanProduction,
    /// 能源供给零碳化: values 7-9.
    ZeroCarbonSupply,
    /// 基础设施绿色化: values 10-12.
    GreenInfrastructure,
    /// 资源利用循环化: values 13-15.
    CircularResources,
    /// 科技创新平台化: values 19-20.
    Innovation,
}

impl Group {
    /// The group's name in both languages, as `describe` declares it.
    pub fn title(self) -> Text {
        match self {
            Group::Efficiency => text("能效水平标杆化", "Energy efficiency at benchmark level"),
            Group::CleanProduction => text("生产过程清洁化", "Cleaner production"),
            Group::ZeroCarbonSupply => text("能源供给零碳化", "Zero-carbon energy supply"),
            Group::GreenInfrastructure => {
                text("基础设施绿色化", "Green infrastructure and transport")
            }
            Group::CircularResources => text("资源利用循环化", "Circular use of resources"),
            Group::Innovation => text("科技创新平台化", "Innovation platforms"),
        }
    }
}

/// The direction and figure of a reference value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Limit {
    /// At most this figure.
    AtMost(f64),
    /// At least this figure.
    AtLeast(f64),
}

/// One reference value of the guide's table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reference {
    /// The indicator id.
    pub id: &'static str,
    /// Its row (序号) in the guide's table of 20.
    pub number: u8,
    /// Its group (类别).
    pub group: Group,
    /// Title, as the guide words it.
    pub zh: &'static str,
    /// Title in English.
    pub en: &'static str,
    /// Unit of the value.
    pub unit: &'static str,
    /// The reference value.
    pub limit: Limit,
    /// How it is computed, both languages.
    pub formula: (&'static str, &'static str),
    /// The part of the definition this project inferred (provisional), when
    /// the guide's table gives the name and figure only.
    pub inferred: Option<Inferred>,
}

/// A definition this project inferred: the guide's table names the value
/// and its figure, not its numerator and denominator.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Inferred {
    /// The definition in a few words, as the report's assumption shows it.
    pub value: &'static str,
    /// What was inferred, in Chinese.
    pub zh: &'static str,
    /// What was inferred, in English.
    pub en: &'static str,
}

impl Reference {
    /// The threshold of the contract.
    pub fn threshold(&self) -> Threshold {
        match self.limit {
            Limit::AtMost(v) => Threshold::AtMost(v),
            Limit::AtLeast(v) => Threshold::AtLeast(v),
        }
    }

    /// The title in both languages.
    pub fn title(&self) -> Text {
        text(self.zh, self.en)
    }

    /// `≤ 0.35 tce/10^4 CNY`, `≤ 0.60 tCO2/10^4 CNY`, `≥ 20 %`, `≥ 3.5 %`.
    pub fn threshold_words(&self) -> String {
        let figure = |v: f64| {
            if self.unit == "%" {
                amount(v)
            } else {
                limit(v)
            }
        };
        match self.limit {
            Limit::AtMost(v) => format!("≤ {} {}", figure(v), self.unit),
            Limit::AtLeast(v) => format!("≥ {} {}", figure(v), self.unit),
        }
    }

    /// A value in its unit, rounded for display with the full value beside it.
    pub fn shown(&self, value: f64) -> String {
        if self.unit == "%" {
            format!("{} %", percent(value))
        } else {
            format!("{} {}", intensity(value), self.unit)
        }
    }
}

/// The reference values this version encodes, in the order of the guide's
/// table: 11 of its 20. Thresholds per a public repost of the table.
#[rustfmt::skip]
pub const REFERENCES: [Reference; 11] = [
    Reference {
        id: ENERGY_PER_VALUE_ADDED, number: 1, group: Group::Efficiency,
        zh: "单位工业增加值综合能耗（当量值）", en: "Energy consumption per unit of industrial value added (equivalent value)",
        unit: ENERGY_INTENSITY_UNIT, limit: Limit::AtMost(0.35),
        formula: ("综合能耗（电力按当量值 0.1229 tce/MWh）÷ 工业增加值", "comprehensive energy consumption (electricity at its equivalent value, 0.1229 tce/MWh) ÷ industrial value added"),
        inferred: None,
    },
    Reference {
        id: CARBON_PER_VALUE_ADDED, number: 2, group: Group::Efficiency,
        zh: "单位工业增加值二氧化碳排放量", en: "CO2 emissions per unit of industrial value added",
        unit: CARBON_INTENSITY_UNIT, limit: Limit::AtMost(0.6),
        formula: ("二氧化碳排放量（按国家《零碳园区碳排放核算方法（试行）》核算）÷ 工业增加值", "CO2 emissions (accounted by the national method, 发改环资〔2025〕910号 attachment 4) ÷ industrial value added"),
        inferred: None,
    },
    Reference {
        id: GREEN_FACTORIES, number: 4, group: Group::CleanProduction,
        zh: "绿色工厂、绿色供应链管理企业占比", en: "Share of green factories and green supply-chain management enterprises",
        unit: "%", limit: Limit::AtLeast(50.0),
        formula: ("获评绿色工厂或绿色供应链管理企业的企业数 ÷ 园区企业数", "enterprises rated green factories or green supply-chain management enterprises ÷ enterprises of the park"),
        inferred: Some(Inferred { value: "x-cn-js-zcp.green-factories / park.enterprise-count", zh: "分母取园区全部企业数（park.enterprise-count），而非规上企业数", en: "the denominator is every enterprise of the park (`park.enterprise-count`), not those above the statistical size threshold" }),
    },
    Reference {
        id: NON_FOSSIL_SHARE, number: 7, group: Group::ZeroCarbonSupply,
        zh: "非化石能源消费占比", en: "Non-fossil share of energy consumption",
        unit: "%", limit: Limit::AtLeast(20.0),
        formula: ("非化石能源（零排放因子电力 + 非化石能源热力，电力按当量值）÷ 综合能耗", "non-fossil energy (zero-factor electricity + non-fossil heat, electricity at the equivalent value) ÷ comprehensive energy consumption"),
        inferred: Some(Inferred { value: "(zero-factor electricity + non-fossil heat) / energy consumption", zh: "非化石能源 = 零排放因子电力（绿电直连 + 自发自用 + 绿电交易 + 非绑定绿证 − 绿电送出，以用电量为上限）按当量值折标 + 非化石能源热力", en: "non-fossil energy = zero-factor electricity (direct + on-site + green traded + unbundled certificates − green sent out, capped at the electricity use) at the equivalent value + non-fossil heat" }),
    },
    Reference {
        id: RENEWABLE_ELECTRICITY_SHARE, number: 8, group: Group::ZeroCarbonSupply,
        zh: "可再生电力消费占比（含绿证）", en: "Renewable share of electricity consumption (green certificates included)",
        unit: "%", limit: Limit::AtLeast(30.0),
        formula: ("（绿电直连 + 自发自用 + 绿电交易 + 非绑定绿证 − 绿电送出）÷ 园区用电量", "(direct green + on-site renewable + green traded + unbundled certificates − green sent out) ÷ the park's electricity use"),
        inferred: Some(Inferred { value: "zero-factor electricity / electricity use", zh: "分子为附件4 计零排放因子的电量（绿电直连计为可再生），分母为园区用电量（电网购入 + 绿电直连 + 自发自用 − 外送）", en: "the numerator is the electricity attachment 4 counts at factor 0 (direct green supply counted as renewable), the denominator the park's electricity use (grid + direct + on-site − sent out)" }),
    },
    Reference {
        id: ELECTRIFICATION, number: 9, group: Group::ZeroCarbonSupply,
        zh: "终端电气化率", en: "Electrification of final energy use",
        unit: "%", limit: Limit::AtLeast(50.0),
        formula: ("园区用电量（按当量值折标）÷ 综合能耗", "the park's electricity use (at the equivalent value) ÷ comprehensive energy consumption"),
        inferred: Some(Inferred { value: "electricity / energy consumption", zh: "以综合能耗代替终端能源消费量作分母", en: "the comprehensive energy consumption stands for the final energy use in the denominator" }),
    },
    Reference {
        id: NEV_FLEET, number: 12, group: Group::GreenInfrastructure,
        zh: "园区新能源、清洁能源动力交通工具保有量占比", en: "New-energy and clean-energy vehicles in the park's fleet",
        unit: "%", limit: Limit::AtLeast(80.0),
        formula: ("新能源、清洁能源动力交通工具保有量 ÷ 园区交通工具保有量", "new-energy and clean-energy vehicles ÷ vehicles of the park"),
        inferred: Some(Inferred { value: "x-cn-js-zcp.vehicles-nev / x-cn-js-zcp.vehicles", zh: "按园区填报的交通工具保有量（x-cn-js-zcp.vehicles）计，车辆范围由园区说明", en: "counted on the vehicles the park reports (`x-cn-js-zcp.vehicles`), whose scope the park states" }),
    },
    Reference {
        id: SOLID_WASTE, number: 13, group: Group::CircularResources,
        zh: "一般工业固体废物综合利用率", en: "General industrial solid waste utilisation rate",
        unit: "%", limit: Limit::AtLeast(96.0),
        formula: ("综合利用量 ÷（产生量 + 综合利用往年贮存量）", "utilised ÷ (generated + earlier stock utilised)"),
        inferred: None,
    },
    Reference {
        id: WATER_REUSE, number: 14, group: Group::CircularResources,
        zh: "工业用水重复利用率", en: "Industrial water reuse rate",
        unit: "%", limit: Limit::AtLeast(85.0),
        formula: ("重复用水量 ÷（重复用水量 + 新鲜水取水量）", "water reused ÷ (reused + fresh intake)"),
        inferred: None,
    },
    Reference {
        id: WASTE_ENERGY, number: 15, group: Group::CircularResources,
        zh: "工业余热回收利用率", en: "Industrial waste heat recovery rate",
        unit: "%", limit: Limit::AtLeast(95.0),
        formula: ("余热回收利用量 ÷ 可回收量", "waste heat recovered ÷ recoverable"),
        inferred: Some(Inferred { value: "waste-energy.recovered / waste-energy.recoverable", zh: "读共用数据 waste-energy.*（余热、余冷、余压合计）；只有余热时即为余热回收利用率", en: "reads the shared data `waste-energy.*` (waste heat, cold and pressure together); for a park with waste heat only it is the waste heat recovery rate" }),
    },
    Reference {
        id: GREEN_RD_INTENSITY, number: 19, group: Group::Innovation,
        zh: "绿色低碳技术研究与试验发展经费投入强度", en: "Green and low-carbon R&D intensity",
        unit: "%", limit: Limit::AtLeast(3.5),
        formula: ("绿色低碳技术研究与试验发展经费 ÷ 技工贸总收入", "green and low-carbon R&D spending ÷ technology, industry and trade revenue"),
        inferred: Some(Inferred { value: "x-cn-js-zcp.green-rd-spending / economy.revenue", zh: "分母取技工贸总收入（economy.revenue）", en: "the denominator is the technology, industry and trade revenue (`economy.revenue`)" }),
    },
];

/// The number of reference values encoded: the highest score.
pub const ENCODED: usize = REFERENCES.len();
/// The number of reference values in the guide's table.
pub const IN_THE_GUIDE: usize = 20;

/// What the data gives for one reference value.
#[derive(Debug, Clone, PartialEq)]
pub enum Figures {
    /// A value, with its formula and numbers (without the result).
    Value {
        /// The full value, in the reference value's unit.
        value: f64,
        /// The formula with its numbers, both languages.
        formula: Text,
        /// The data keys used.
        used: Vec<String>,
    },
    /// Data is missing.
    Missing {
        /// Why, both languages.
        why: Text,
        /// The keys given.
        used: Vec<String>,
        /// The keys missing.
        missing: Vec<String>,
    },
    /// The data contradicts itself (a share above 100 %): no score, said plainly.
    Contradiction {
        /// The formula with its numbers and the reason.
        why: Text,
        /// The keys given.
        used: Vec<String>,
    },
    /// The reference value does not apply to the park.
    NotApplicable {
        /// Why, both languages.
        why: Text,
        /// The keys that say so.
        used: Vec<String>,
    },
}

/// The scored result of reference value `r` from its `figures`.
pub fn result(r: &Reference, figures: Figures) -> IndicatorResult {
    let base = IndicatorResult {
        id: r.id.to_owned(),
        kind: IndicatorKind::Scored,
        outcome: Outcome::InsufficientData,
        value: None,
        unit: r.unit.to_owned(),
        threshold: r.threshold(),
        band: None,
        score: None,
        explanation: text("", ""),
        used: vec![],
        missing: vec![],
    };
    match figures {
        Figures::Value {
            value,
            formula,
            used,
        } => {
            let met = meets(value, &r.threshold());
            let (th, shown) = (r.threshold_words(), r.shown(value));
            let (zh, en) = if met {
                (
                    format!("{th}，达到参考值（计 1 分）"),
                    format!("{th}: reference value met (scores 1)"),
                )
            } else {
                (
                    format!("未达到参考值 {th}（计 0 分；参考值不设门槛）"),
                    format!(
                        "reference value {th} not met (scores 0; reference values do not gate)"
                    ),
                )
            };
            IndicatorResult {
                outcome: if met { Outcome::Pass } else { Outcome::Fail },
                value: Some(value),
                score: Some(if met { 1.0 } else { 0.0 }),
                explanation: text(
                    format!("{} = {shown}；按全数值比较：{zh}", formula.zh),
                    format!("{} = {shown}; compared on the full value: {en}", formula.en),
                ),
                used,
                ..base
            }
        }
        Figures::Missing { why, used, missing } => IndicatorResult {
            explanation: why,
            used,
            missing,
            ..base
        },
        Figures::Contradiction { why, used } => IndicatorResult {
            explanation: why,
            used,
            ..base
        },
        Figures::NotApplicable { why, used } => IndicatorResult {
            outcome: Outcome::NotApplicable,
            explanation: why,
            used,
            ..base
        },
    }
}

/// How far above 100 % a share may come out of floating-point sums and
/// still be all of the whole.
const SUM_ROUNDING: f64 = 1e-9;

/// `100 × part ÷ whole` as a share in %, checked: a whole at or below zero
/// means the share does not apply (`nothing`), a share above 100 % is a
/// contradiction of the data. Multiplying first keeps a share of whole
/// numbers exact (30,000 of 100,000 is 30, not 30.000000000000004).
pub fn share(
    part: f64,
    whole: f64,
    formula: (String, String),
    nothing: Text,
    used: Vec<String>,
) -> Figures {
    if whole <= 0.0 {
        return Figures::NotApplicable { why: nothing, used };
    }
    let value = 100.0 * part / whole;
    // The part and the whole are sums of the same figures in another order
    // when the part is all of it (a park using only electricity): a few
    // ulps above 100 % is that rounding, 100 %, not a contradiction.
    if value > 100.0 && value <= 100.0 * (1.0 + SUM_ROUNDING) {
        return Figures::Value {
            value: 100.0,
            formula: text(formula.0, formula.1),
            used,
        };
    }
    if value > 100.0 {
        return Figures::Contradiction {
            why: text(
                format!(
                    "{} = {} %：超过 100 %，数据自相矛盾，请核实（不计分）",
                    formula.0,
                    percent(value)
                ),
                format!(
                    "{} = {} %: above 100 %, the data contradict each other; check them (not scored)",
                    formula.1,
                    percent(value)
                ),
            ),
            used,
        };
    }
    Figures::Value {
        value,
        formula: text(formula.0, formula.1),
        used,
    }
}

/// `insufficient-data` figures for `missing` keys, saying what each needs.
pub fn missing(missing: Vec<String>, used: Vec<String>) -> Figures {
    Figures::Missing {
        why: crate::accounting::missing_text(&missing),
        used,
        missing,
    }
}

/// The reference values of the guide this version does not assess: row,
/// Chinese, English, reference value. Their data (enterprise audits,
/// buildings, freight, disclosure, platforms) is in no dictionary of this
/// version; METHOD.md lists them.
#[rustfmt::skip]
pub const NOT_ENCODED: [(u8, &str, &str, &str); 9] = [
    (3, "企业能效水平达到行业标杆比例", "enterprises at their sector's energy-efficiency benchmark", "≥ 50 %"),
    (5, "清洁生产审核企业数量占比", "enterprises with a cleaner-production audit", "≥ 50 %"),
    (6, "参与“智改数转”诊断的规上企业数量占比", "enterprises above the size threshold diagnosed for intelligent and digital transformation", "100 %"),
    (10, "新建建筑中二星及以上绿色建筑占比", "two-star or better green buildings among new buildings", "≥ 50 %"),
    (11, "货物清洁运输比例", "clean freight transport", "≥ 80 %"),
    (16, "开展碳排放核查企业占比", "enterprises with a carbon emissions verification", "≥ 10 %"),
    (17, "开展碳足迹核算认证企业占比", "enterprises with a carbon footprint accounting or certification", "≥ 10 %"),
    (18, "规上企业环境信息披露率", "environmental disclosure of enterprises above the size threshold", "≥ 50 %"),
    (20, "省级以上绿色低碳相关创新平台", "green and low-carbon innovation platforms at provincial level or above", "≥ 1"),
];
