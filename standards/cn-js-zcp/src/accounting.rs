//! The park's energy and CO2 of the year, by the national accounting of
//! `cn-zcp` used as a library: the same reading of the data, the same
//! checks, the same arithmetic, with electricity at the equivalent value
//! (the guide's method) unless the evaluator chooses the equal value.

use zcp_sdk::{
    DataRequirement, EvaluationError, IndicatorKind, IndicatorResult, Inputs, Outcome, ParkData,
    Text, Threshold, text,
};

use cn_zcp::accounting::{self, Breakdown, ElectricityConversion, Options};
use cn_zcp::display::{amount, key_list};
use cn_zcp::evaluate::{check_fuel_keys, is_accounting_key};
use cn_zcp::explain;
use cn_zcp::indicators::{CO2_EMISSIONS, ENERGY_CONSUMPTION};
use cn_zcp::keys;

/// Feedstock counts in the energy consumption (GB/T 2589), as cn-zcp's
/// default. Provisional: the guide's table says nothing of it.
pub const FEEDSTOCK_IN_ENERGY: bool = true;
/// International bunker fuel counts in the energy consumption, as cn-zcp's
/// default. Provisional.
pub const BUNKER_IN_ENERGY: bool = true;
/// Recovered energy (回收能) is not counted again, as cn-zcp's default.
/// Provisional.
pub const RECOVERED_COUNTED: bool = false;

/// The accounting of one park year.
#[derive(Debug, Clone)]
pub struct Accounting {
    /// Energy and CO2 term by term; none when `missing` is not empty.
    pub breakdown: Option<Breakdown>,
    /// Keys without which the energy cannot be accounted.
    pub missing: Vec<String>,
    /// Keys without which the emissions cannot be accounted (process data).
    pub emissions_missing: Vec<String>,
    /// The accounting keys the park gives.
    pub used: Vec<String>,
    /// Remarks for the report.
    pub notes: Vec<Text>,
}

impl Accounting {
    /// The comprehensive energy consumption, tce, when it can be accounted.
    pub fn energy_tce(&self) -> Option<f64> {
        self.breakdown.as_ref().map(|b| b.energy_tce)
    }

    /// The CO2 emissions, tCO2, when they can be accounted.
    pub fn emissions_tco2(&self) -> Option<f64> {
        self.breakdown
            .as_ref()
            .filter(|_| self.emissions_missing.is_empty())
            .map(|b| b.emissions_tco2)
    }

    /// The keys missing for the emissions: the energy's, then the process data.
    pub fn emissions_missing(&self) -> Vec<String> {
        self.missing
            .iter()
            .chain(&self.emissions_missing)
            .cloned()
            .collect()
    }
}

/// The accounting choices: `electricity` from the parameters, the rest the
/// provisional constants above.
pub fn options(electricity: ElectricityConversion) -> Options {
    Options {
        electricity,
        feedstock_in_denominator: FEEDSTOCK_IN_ENERGY,
        bunker_in_energy: BUNKER_IN_ENERGY,
        recovered_counted: RECOVERED_COUNTED,
    }
}

/// Read and account the park year. Data the national accounting refuses
/// (a negative amount, a part above its whole, a fuel it cannot account,
/// energy at or below zero) is `invalid-data`, as in cn-zcp.
pub fn account(
    data: &dyn ParkData,
    inputs: &Inputs,
    requires: &[DataRequirement],
    options: &Options,
) -> Result<Accounting, EvaluationError> {
    check_fuel_keys(data, requires)?;
    let read = cn_zcp::read::read(data, inputs)?;
    let keys: Vec<&str> = requires
        .iter()
        .filter(|r| !r.unit.is_empty() && is_accounting_key(&r.key))
        .map(|r| r.key.as_str())
        .collect();
    let mut used = inputs.present(&keys);
    used.extend(read.process_used.iter().cloned());
    accounting::validate(&read.inputs, &read.missing)?;
    let mut notes = read.notes.clone();
    let breakdown = if read.missing.is_empty() {
        let b = accounting::account(&read.inputs, options)?;
        if b.energy_tce <= 0.0 {
            return Err(EvaluationError::InvalidData(format!(
                "the comprehensive energy consumption is {} tce ({}), so no reference value on energy can be computed",
                amount(b.energy_tce),
                explain::energy(&b).en
            )));
        }
        notes.extend(explain::accounting_notes(&b));
        Some(b)
    } else {
        None
    };
    Ok(Accounting {
        breakdown,
        missing: read.missing,
        emissions_missing: read.emissions_missing,
        used,
        notes,
    })
}

/// Why a value lacks `missing` keys, both languages, with what each kind
/// of accounting key needs.
pub fn missing_text(missing: &[String]) -> Text {
    let (list, verb) = key_list(missing);
    let any = |p: &dyn Fn(&str) -> bool| missing.iter().any(|k| p(k));
    let mut zh = Vec::new();
    let mut en = Vec::new();
    if any(&|k| k == keys::GRID_PURCHASED) {
        zh.push("每个园区须填报电网购入电量，没有则填 0");
        en.push("every park gives its grid purchase, zero if none");
    }
    if any(&|k| k.starts_with(keys::FUEL_PREFIX)) {
        zh.push("该燃料无可引用的缺省系数，须填报园区实测低位发热量和单位热值含碳量");
        en.push("a fuel without sourced coefficients needs the park's measured net calorific value and carbon content");
    }
    if any(&|k| k.starts_with(keys::PROCESS_PREFIX)) {
        zh.push("附件4 三 未给出工业过程排放因子，须按产品填报产量和园区排放因子");
        en.push("attachment 4 三 prints no process factor: each product needs its output and the park's factor");
    }
    if zh.is_empty() {
        return text(
            format!("缺少 {list}，无法计算（不计分）"),
            format!("{list} {verb} missing, so the value cannot be computed (not scored)"),
        );
    }
    text(
        format!("缺少 {list}（{}），无法计算（不计分）", zh.join("；")),
        format!(
            "{list} {verb} missing ({}), so the value cannot be computed (not scored)",
            en.join("; ")
        ),
    )
}

/// The two informative totals: energy (at the method chosen) and CO2.
pub fn totals(a: &Accounting) -> Vec<IndicatorResult> {
    let total = |id: &str, unit: &str, value: Option<f64>, why: Text, missing: Vec<String>| {
        IndicatorResult {
            id: id.to_owned(),
            kind: IndicatorKind::Informative,
            // Informative totals have no threshold: computed is `pass`, as in cn-zcp.
            outcome: if value.is_some() {
                Outcome::Pass
            } else {
                Outcome::InsufficientData
            },
            value,
            unit: unit.to_owned(),
            threshold: Threshold::Unbounded,
            band: None,
            score: None,
            explanation: why,
            used: a.used.clone(),
            missing,
        }
    };
    let energy = match &a.breakdown {
        Some(b) => total(
            ENERGY_CONSUMPTION,
            "tce",
            Some(b.energy_tce),
            explain::energy(b),
            vec![],
        ),
        None => total(
            ENERGY_CONSUMPTION,
            "tce",
            None,
            missing_text(&a.missing),
            a.missing.clone(),
        ),
    };
    let co2 = match (&a.breakdown, a.emissions_tco2()) {
        (Some(b), Some(v)) => total(
            CO2_EMISSIONS,
            "tCO2",
            Some(v),
            explain::emissions(b),
            vec![],
        ),
        _ => {
            let missing = a.emissions_missing();
            total(CO2_EMISSIONS, "tCO2", None, missing_text(&missing), missing)
        }
    };
    vec![energy, co2]
}
