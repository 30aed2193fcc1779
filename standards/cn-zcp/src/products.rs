//! The guiding indicator on products: each product's unit energy use at or
//! better than level 2 (二级) of its national energy-consumption-limit
//! standard (单位产品能源消耗限额), compared product by product.
//!
//! A park lists its main products under `product.<name>.*`: the unit energy
//! use and the level-2 value in kgce/t, or in kWh/t for limits set on
//! electricity (electrolytic aluminium, ferroalloys, polysilicon), or both.

use std::collections::BTreeSet;

use zcp_sdk::{EvaluationError, IndicatorResult, ParkData, fmt_num, text};

use crate::display::{amount, key_list, percent};
use crate::guiding::{PRODUCT_ENERGY, insufficient, result, threshold_of};
use crate::keys::{self, PRODUCT_PREFIX, product_key};

/// One pair of fields compared: the product's value and its level-2 limit.
struct Pair {
    value: &'static str,
    limit: &'static str,
    unit: &'static str,
    zh: &'static str,
    en: &'static str,
}

const PAIRS: [Pair; 2] = [
    Pair {
        value: "unit-energy",
        limit: "level-2-limit",
        unit: "kgce/t",
        zh: "单位产品综合能耗",
        en: "unit energy use",
    },
    Pair {
        value: "unit-electricity",
        limit: "level-2-electricity-limit",
        unit: "kWh/t",
        zh: "单位产品电耗",
        en: "unit electricity use",
    },
];

/// One comparison of a product with its level-2 value.
struct Comparison {
    line: (String, String),
    /// Value as % of the limit.
    ratio: f64,
    passes: bool,
}

/// The product indicator: `fail` when any product is worse than level 2
/// (whatever else is missing), else `insufficient-data` when a value or limit
/// is missing, else `pass`. The value is the worst product, in % of its
/// level-2 value.
pub fn product_energy(data: &dyn ParkData) -> Result<IndicatorResult, EvaluationError> {
    let names: BTreeSet<String> = data
        .keys(PRODUCT_PREFIX)
        .iter()
        .filter_map(|k| k.strip_prefix(PRODUCT_PREFIX)?.split('.').next())
        .map(str::to_owned)
        .collect();
    if names.is_empty() {
        let missing = vec![
            product_key("<name>", "unit-energy"),
            product_key("<name>", "level-2-limit"),
        ];
        let key = keys::not_applicable(PRODUCT_ENERGY);
        return Ok(insufficient(
            PRODUCT_ENERGY,
            &missing,
            text(
                format!(
                    "未填报任何产品（product.<名称>.unit-energy 与 level-2-limit）；如园区无适用能耗限额标准的产品，请在 {key} 中说明理由"
                ),
                format!(
                    "no product is given (`product.<name>.unit-energy` with its `level-2-limit`); if no product of the park has an energy-consumption-limit standard, state why in `{key}`"
                ),
            ),
        ));
    }
    let mut comparisons = Vec::new();
    let mut missing = Vec::new();
    let mut used = Vec::new();
    for name in &names {
        let label = label(data, name, &mut used);
        let mut compared_any = false;
        for pair in &PAIRS {
            let (value_key, limit_key) =
                (product_key(name, pair.value), product_key(name, pair.limit));
            let value = read(data, &value_key, pair.unit)?;
            let level_2 = read(data, &limit_key, pair.unit)?;
            match (value, level_2) {
                (Some(v), Some(l)) => {
                    used.extend([value_key, limit_key]);
                    comparisons.push(compare(&label, pair, v, l));
                    compared_any = true;
                }
                (None, None) => {}
                (Some(_), None) => {
                    used.push(value_key);
                    missing.push(limit_key);
                }
                (None, Some(_)) => {
                    used.push(limit_key);
                    missing.push(value_key);
                }
            }
        }
        if !compared_any
            && !missing
                .iter()
                .any(|k| k.starts_with(&product_key(name, "")))
        {
            missing.push(product_key(name, "unit-energy"));
            missing.push(product_key(name, "level-2-limit"));
        }
    }
    let lines_zh: Vec<&str> = comparisons.iter().map(|c| c.line.0.as_str()).collect();
    let lines_en: Vec<&str> = comparisons.iter().map(|c| c.line.1.as_str()).collect();
    let worst = comparisons
        .iter()
        .map(|c| c.ratio)
        .fold(f64::NEG_INFINITY, f64::max);
    let any_fails = comparisons.iter().any(|c| !c.passes);
    if !any_fails && !missing.is_empty() {
        let (list, verb) = key_list(&missing);
        let mut r = insufficient(
            PRODUCT_ENERGY,
            &missing,
            text(
                format!(
                    "{}缺少 {list}，无法对全部产品作出判断",
                    join_prefix(&lines_zh, "；")
                ),
                format!(
                    "{}{list} {verb} missing, so not every product can be compared",
                    join_prefix(&lines_en, "; ")
                ),
            ),
        );
        r.used = used;
        return Ok(r);
    }
    let (verdict_zh, verdict_en) = if any_fails {
        (
            "有产品未达到能耗限额标准二级（引导性指标，不影响结论）",
            "a product is worse than level 2 of its limit standard (guiding: does not change the verdict)",
        )
    } else {
        (
            "全部产品达到能耗限额标准二级及以上（引导性指标，不影响结论）",
            "every product is at or better than level 2 of its limit standard (guiding: does not change the verdict)",
        )
    };
    let explanation = text(
        format!(
            "{}；最差产品为二级限值的 {} %；{verdict_zh}",
            lines_zh.join("；"),
            percent(worst)
        ),
        format!(
            "{}; worst product at {} % of its level-2 value; {verdict_en}",
            lines_en.join("; "),
            percent(worst)
        ),
    );
    let mut r = result(
        PRODUCT_ENERGY,
        !any_fails,
        worst,
        threshold_of(PRODUCT_ENERGY),
        explanation,
        used,
    );
    r.missing = missing;
    Ok(r)
}

/// `a；b；` when there are lines, else nothing.
fn join_prefix(lines: &[&str], sep: &str) -> String {
    if lines.is_empty() {
        String::new()
    } else {
        format!("{}{sep}", lines.join(sep))
    }
}

/// The product's name and standard, as given: `水泥熟料（clinker，GB 16780-2021）`.
fn label(data: &dyn ParkData, name: &str, used: &mut Vec<String>) -> (String, String) {
    let mut read_text = |field: &str| {
        let key = product_key(name, field);
        let value = data.text(&key);
        if value.is_some() {
            used.push(key);
        }
        value
    };
    let title = read_text("name");
    let standard = read_text("limit-standard");
    let zh = match (&title, &standard) {
        (Some(t), Some(s)) => format!("{t}（{name}，{s}）"),
        (Some(t), None) => format!("{t}（{name}）"),
        (None, Some(s)) => format!("{name}（{s}）"),
        (None, None) => name.to_owned(),
    };
    let en = match standard {
        Some(s) => format!("{name} ({s})"),
        None => name.to_owned(),
    };
    (zh, en)
}

fn read(data: &dyn ParkData, key: &str, unit: &str) -> Result<Option<f64>, EvaluationError> {
    let value = data
        .quantity(key, unit)
        .map_err(|e| EvaluationError::InvalidData(format!("`{key}`: {e}")))?;
    match value {
        Some(v) if !v.is_finite() || v < 0.0 => Err(EvaluationError::InvalidData(format!(
            "`{key}` is `{v}`: a unit energy use or limit must be a finite number, zero or more"
        ))),
        Some(v) if key.ends_with("limit") && v == 0.0 => Err(EvaluationError::InvalidData(
            format!("`{key}` is 0 {unit}: a level-2 value must be above zero"),
        )),
        other => Ok(other),
    }
}

fn compare(label: &(String, String), pair: &Pair, value: f64, level_2: f64) -> Comparison {
    // Compared on the full values; the ratio is for display and for the worst product.
    let passes = value <= level_2;
    let ratio = value / level_2 * 100.0;
    let (v, l, u) = (amount(value), amount(level_2), pair.unit);
    // The ratio is shown to one decimal: the comparison above is on the values.
    let r = fmt_num(ratio, 1);
    let (sign, zh_word, en_word) = if passes {
        ("≤", "达标", "at or better than level 2")
    } else {
        (">", "未达到二级", "worse than level 2")
    };
    Comparison {
        line: (
            format!(
                "{} {}：{v} {u} {sign} 二级 {l} {u}（{r} %），{zh_word}",
                label.0, pair.zh
            ),
            format!(
                "{} {}: {v} {u} {sign} level 2 {l} {u} ({r} %), {en_word}",
                label.1, pair.en
            ),
        ),
        ratio,
        passes,
    }
}
