//! A national result of cn-zcp turned into a scored result: the same value,
//! computed the same way, now earning points between its floor and target.

use cn_zcp::display::{amount, intensity, key_list, limit};
use cn_zcp::indicators::CORE_UNIT;
use zcp_sdk::{
    EvaluationError, IndicatorKind, IndicatorResult, Outcome, Text, Threshold, fmt_num, text,
    threshold_text,
};

use crate::params::Scoring;
use crate::scoring::{Position, Target, linear};

/// A scored result with what the total and the summary need.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    /// The result as reported.
    pub result: IndicatorResult,
    /// Its weight and floor.
    pub scoring: Scoring,
    /// The most it can earn on the 100-point scale (0 when not applicable).
    pub max: f64,
}

impl Scored {
    /// Points it fell short by, on the 100-point scale (0 when not applicable).
    pub fn shortfall(&self) -> f64 {
        self.result.score.map_or(0.0, |s| self.max - s)
    }
}

/// The national totals the core indicator's explanation cites.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Totals {
    /// CO2 emissions, tCO2 (`info.co2-emissions`).
    pub emissions: Option<f64>,
    /// Comprehensive energy consumption, tce (`info.energy-consumption`).
    pub energy: Option<f64>,
}

/// How the weights of one evaluation scale to 100 points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    /// The weights of the applicable indicators, added up.
    pub applicable_weight: f64,
}

impl Scale {
    /// Points of weight × fraction on the 100-point scale.
    pub fn of(&self, points: f64) -> f64 {
        points * (100.0 / self.applicable_weight)
    }

    /// Whether the weights already add up to 100.
    fn is_identity(&self) -> bool {
        self.applicable_weight == 100.0
    }
}

/// A value, floor or target as shown: tCO2/tce to 2 decimals or more,
/// percentages as amounts.
fn shown_limit(unit: &str, v: f64) -> String {
    if unit == CORE_UNIT {
        limit(v)
    } else {
        amount(v)
    }
}

/// A value as an operand of the score's formula, rounded for display: 4
/// decimals in tCO2/tce, 2 in %.
fn operand(unit: &str, v: f64) -> String {
    fmt_num(v, if unit == CORE_UNIT { 4 } else { 2 })
}

/// Points, to 2 decimals, for display only: the result's `score` carries
/// the full value, and only the total is compared (with the cut-offs).
pub fn points(v: f64) -> String {
    fmt_num(v, 2)
}

/// The national result `base` of a scored indicator, scored.
pub fn score(
    base: &IndicatorResult,
    scoring: Scoring,
    scale: Scale,
    totals: Totals,
) -> Result<Scored, EvaluationError> {
    let spec = scoring.spec;
    let w = amount(scoring.weight);
    let result = |outcome, value, threshold, score, explanation| IndicatorResult {
        id: base.id.clone(),
        kind: IndicatorKind::Scored,
        outcome,
        value,
        unit: base.unit.clone(),
        threshold,
        band: base.band.clone(),
        score,
        explanation,
        used: base.used.clone(),
        missing: base.missing.clone(),
    };
    if base.outcome == Outcome::NotApplicable {
        let explanation = joined(
            &without_national_verdict(&base.explanation),
            text(
                format!(
                    "不计分：其权重 {w} 由适用指标分摊（适用指标权重之和 {} 折算为 100 分）",
                    amount(scale.applicable_weight)
                ),
                format!(
                    "left out of the score: its weight {w} goes to the applicable indicators (their weights, {} in all, are scaled to 100)",
                    amount(scale.applicable_weight)
                ),
            ),
        );
        return Ok(Scored {
            result: result(
                Outcome::NotApplicable,
                None,
                base.threshold.clone(),
                None,
                explanation,
            ),
            scoring,
            max: 0.0,
        });
    }
    let max = scale.of(scoring.weight);
    let value = base.value.filter(|_| {
        base.missing.is_empty() && matches!(base.outcome, Outcome::Pass | Outcome::Fail)
    });
    let Some(value) = value else {
        // A product worse than level 2 while another lacks its data: cn-zcp
        // says `fail`; the worst product is not known, so it scores nothing.
        let (lacking_zh, lacking_en) = if base.outcome == Outcome::InsufficientData {
            (String::new(), String::new())
        } else {
            let (list, verb) = key_list(&base.missing);
            (format!("缺少 {list}；"), format!("{list} {verb} missing; "))
        };
        let explanation = joined(
            &without_national_verdict(&base.explanation),
            text(
                format!("{lacking_zh}得分：数据完整、一致前计 0 分（权重 {w}），总分为下限"),
                format!(
                    "{lacking_en}score: 0 points of weight {w} until the data is complete and consistent, so the total is a lower bound"
                ),
            ),
        );
        return Ok(Scored {
            result: result(
                Outcome::InsufficientData,
                None,
                base.threshold.clone(),
                Some(0.0),
                explanation,
            ),
            scoring,
            max,
        });
    };
    let target = match (spec.target, &base.threshold) {
        (Target::Fixed(t), _) => t,
        (Target::NationalBand, Threshold::AtMost(t)) => *t,
        (Target::NationalBand, _) => {
            return Err(EvaluationError::Internal(format!(
                "`{}` has a value but no band threshold from cn-zcp",
                base.id
            )));
        }
    };
    let threshold = spec.threshold(target);
    let line = linear(value, scoring.floor, target, spec.direction);
    let earned = scoring.weight * line.fraction;
    let on_scale = scale.of(earned);
    let outcome = if line.position == Position::AtTarget {
        Outcome::Pass
    } else {
        Outcome::Fail
    };
    let computation = if spec.target == Target::NationalBand {
        core_computation(base, value, &threshold, totals)
    } else {
        without_national_verdict(&base.explanation)
    };
    let explanation = joined(
        &computation,
        scoring_text(&scoring, value, target, &threshold, line, scale),
    );
    Ok(Scored {
        result: result(outcome, Some(value), threshold, Some(on_scale), explanation),
        scoring,
        max,
    })
}

/// The arithmetic of the score, and the outcome against the target.
fn scoring_text(
    s: &Scoring,
    value: f64,
    target: f64,
    threshold: &Threshold,
    line: crate::scoring::Linear,
    scale: Scale,
) -> Text {
    let u = s.spec.unit;
    let (v, f, t) = (
        operand(u, value),
        shown_limit(u, s.floor),
        shown_limit(u, target),
    );
    let (cap_zh, cap_en) = match line.position {
        Position::AtTarget if line.raw > 1.0 => {
            ("，封顶为 1（达到目标值）", ", capped at 1 (target reached)")
        }
        Position::AtFloor if line.raw < 0.0 => {
            ("，取 0（未超过下限）", ", capped at 0 (floor not passed)")
        }
        _ => ("", ""),
    };
    let earned = s.weight * line.fraction;
    let (w, raw, pts) = (amount(s.weight), fmt_num(line.raw, 4), points(earned));
    let (scale_zh, scale_en) = if scale.is_identity() {
        (String::new(), String::new())
    } else {
        let all = amount(scale.applicable_weight);
        let on = points(scale.of(earned));
        (
            format!("；折算为百分制：{pts} × 100 ÷ {all}（适用指标权重之和）= {on} 分"),
            format!(
                "; on the 100-point scale: {pts} × 100 ÷ {all} (the weights of the applicable indicators) = {on}"
            ),
        )
    };
    let th = threshold_text(threshold, u, if u == CORE_UNIT { 2 } else { 0 });
    let share = amount((line.fraction * 1000.0).round() / 10.0);
    let (outcome_zh, outcome_en) = if line.position == Position::AtTarget {
        (
            format!("达到目标值 {}：达标", th.zh),
            format!("target {} reached: pass", th.en),
        )
    } else {
        (
            format!("未达到目标值 {}：未达标，得该项分值的 {share} %", th.zh),
            format!(
                "short of the target {}: fail, {share} % of its points earned",
                th.en
            ),
        )
    };
    text(
        format!(
            "得分（下限 {f} {u} 得 0 分，目标值 {t} {u} 得满分，其间线性插值）：({v} − {f}) ÷ ({t} − {f}) = {raw}{cap_zh} × 权重 {w} = {pts} 分{scale_zh}；{outcome_zh}"
        ),
        format!(
            "score (linear from the floor {f} {u}, no points, to the target {t} {u}, full points): ({v} − {f}) ÷ ({t} − {f}) = {raw}{cap_en} × weight {w} = {pts} points{scale_en}; {outcome_en}"
        ),
    )
}

/// The core indicator's arithmetic, from the national totals, and where
/// its target comes from.
fn core_computation(
    base: &IndicatorResult,
    value: f64,
    threshold: &Threshold,
    totals: Totals,
) -> Text {
    let v = intensity(value);
    let th = threshold_text(threshold, CORE_UNIT, 2);
    let (band_zh, band_en) = base
        .band
        .as_ref()
        .map_or((String::new(), String::new()), |b| {
            (format!("（{}）", b.zh), format!(" {}", b.en))
        });
    let (figures_zh, figures_en) = match (totals.emissions, totals.energy) {
        (Some(c), Some(e)) => (
            format!(
                "碳排放 {} tCO2 ÷ 综合能耗 {} tce = {v} {CORE_UNIT}（按 cn-zcp 核算，分项见 info.co2-emissions 与 info.energy-consumption）",
                amount(c),
                amount(e)
            ),
            format!(
                "emissions {} tCO2 ÷ energy consumption {} tce = {v} {CORE_UNIT} (accounted as cn-zcp does: the terms are under `info.co2-emissions` and `info.energy-consumption`)",
                amount(c),
                amount(e)
            ),
        ),
        _ => (
            format!("单位能耗碳排放 {v} {CORE_UNIT}"),
            format!("carbon per unit of energy {v} {CORE_UNIT}"),
        ),
    };
    text(
        format!(
            "{figures_zh}；目标值 {}：园区所在档位{band_zh}的国家限值（附件3）",
            th.zh
        ),
        format!(
            "{figures_en}; target {}, the national threshold (attachment 3) of the park's band{band_en}",
            th.en
        ),
    )
}

/// cn-zcp's explanation of a guiding indicator without its last clause,
/// the national verdict ("guiding: does not change the verdict"), which
/// does not hold here: the indicator scores. Left whole when that clause
/// is not found.
pub fn without_national_verdict(t: &Text) -> Text {
    text(
        strip(&t.zh, "；", "不影响结论"),
        strip(&t.en, "; ", "does not change the verdict"),
    )
}

fn strip(s: &str, separator: &str, marker: &str) -> String {
    match s.rfind(separator) {
        Some(i) if s[i..].contains(marker) => s[..i].to_owned(),
        _ => s.to_owned(),
    }
}

/// `a；b` and `a; b`.
fn joined(a: &Text, b: Text) -> Text {
    text(format!("{}；{}", a.zh, b.zh), format!("{}; {}", a.en, b.en))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn points_are_rounded_for_display() {
        assert_eq!(points(20.000_000_000_000_004), "20.00");
        assert_eq!(points(88.888_888_888_888_89), "88.89");
        assert_eq!(points(-0.0), "0.00");
    }

    #[test]
    fn only_the_national_verdict_clause_is_stripped() {
        let t = text(
            "a = 65 %；未达到引导值 ≥ 80 %（引导性指标，不影响结论）",
            "a = 65 %; below the guiding value ≥ 80 % (guiding: does not change the verdict)",
        );
        assert_eq!(without_national_verdict(&t), text("a = 65 %", "a = 65 %"));
        let other = text("a；b", "a; b");
        assert_eq!(without_national_verdict(&other), other);
    }
}
