//! Parameters: the weights, floors and tier cut-offs of the score (all
//! provisional: no published figure was found), then cn-zcp's accounting
//! parameters, passed on to the national computation unchanged.
//!
//! Names: `weight-<indicator>`, `floor-<indicator>` and `cut-off-<tier>`,
//! with `<indicator>` one of `core`, `clean-energy`, `products`,
//! `solid-waste`, `waste-energy`, `water-reuse`, `direct-green`, and
//! `<tier>` one of `one-star`, `two-star`, `three-star`.

use cn_zcp::display::{amount, limit};
use cn_zcp::indicators::{MIDDLE_BAND_THRESHOLD, UPPER_BAND_THRESHOLD};
use cn_zcp::params::BELOW_BAND_THRESHOLD;
use zcp_sdk::{
    EvaluationError, NumberRange, Parameter, ParameterValues, Params, exclusive, inclusive, text,
};

use crate::scoring::{Direction, Spec, Target, specs};
use crate::tiers::{MAX_SCORE, TIERS};

/// Every parameter `describe` declares: the score's, then cn-zcp's.
pub fn declared() -> Vec<Parameter> {
    let mut all = scoring();
    all.extend(cn_zcp::params::declared());
    all
}

/// Whether `name` is one of cn-zcp's parameters (passed on to it).
pub fn is_national(name: &str) -> bool {
    cn_zcp::params::declared().iter().any(|p| p.name == name)
}

fn number(min: Option<zcp_sdk::Bound>, max: Option<zcp_sdk::Bound>) -> ParameterValues {
    ParameterValues::Number(NumberRange { min, max })
}

/// A figure as a parameter default: `40`, `2.1`, `0`.
fn figure(v: f64) -> String {
    v.to_string()
}

/// The score's own parameters: a weight and a floor per indicator, a
/// cut-off per tier. Every default is provisional.
pub fn scoring() -> Vec<Parameter> {
    let p = |name: String, zh: String, en: String, default: f64, values| Parameter {
        name,
        description: text(zh, en),
        default_value: figure(default),
        values,
        provisional: true,
    };
    let mut out = Vec::new();
    for s in specs() {
        out.push(p(
            s.weight_param(),
            format!(
                "{} 的权重（不小于零的数；各项权重之和按 100 分折算，默认合计 100）",
                s.id
            ),
            format!(
                "Weight of `{}` (a number, zero or more; the weights are scaled to a total of 100, and add up to 100 by default)",
                s.id
            ),
            s.default_weight,
            number(inclusive(0.0), None),
        ));
        let (range, zh, en) = floor_range(&s);
        out.push(p(
            s.floor_param(),
            format!(
                "{} 的下限值（{}，{zh}）：达到或劣于该值得 0 分，达到目标值得满分，其间线性插值",
                s.id, s.unit
            ),
            format!(
                "Floor of `{}` ({}, {en}): no points at or short of it, full points at the target, linear in between",
                s.id, s.unit
            ),
            s.default_floor,
            range,
        ));
    }
    for t in TIERS {
        out.push(p(
            t.param(),
            format!(
                "{}（{}）的最低总分（0 至 {}；须由一星级到三星级严格递增）",
                t.zh,
                t.id,
                MAX_SCORE
            ),
            format!(
                "Lowest total score of {} (`{}`) (from 0 to {}; strictly rising from one star to three)",
                t.en, t.id, MAX_SCORE
            ),
            t.default_cut_off,
            number(inclusive(0.0), inclusive(MAX_SCORE)),
        ));
    }
    out
}

/// The values a floor accepts: on the far side of its target.
fn floor_range(s: &Spec) -> (ParameterValues, String, String) {
    match (s.direction, s.target) {
        (Direction::HigherIsBetter, Target::Fixed(t)) => (
            number(inclusive(0.0), exclusive(t)),
            format!("不小于 0 且低于目标值 {} {}", amount(t), s.unit),
            format!("at least 0 and below the target {} {}", amount(t), s.unit),
        ),
        (Direction::LowerIsBetter, Target::Fixed(t)) => (
            number(exclusive(t), None),
            format!("高于目标值 {} {}", amount(t), s.unit),
            format!("above the target {} {}", amount(t), s.unit),
        ),
        // The core target depends on the park's band: the floor lies above
        // the highest published one (0.30), and above `below-band-threshold`,
        // checked when the standard runs.
        (_, Target::NationalBand) => (
            number(exclusive(UPPER_BAND_THRESHOLD), None),
            format!(
                "高于各档位目标值：高于 {} 且高于 cn-zcp 参数 {BELOW_BAND_THRESHOLD}",
                limit(UPPER_BAND_THRESHOLD)
            ),
            format!(
                "above every band's target: above {} and above cn-zcp's parameter {BELOW_BAND_THRESHOLD}",
                limit(UPPER_BAND_THRESHOLD)
            ),
        ),
    }
}

/// One indicator's weight and floor, as applied.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scoring {
    /// The indicator.
    pub spec: Spec,
    /// Its weight.
    pub weight: f64,
    /// Its floor.
    pub floor: f64,
}

/// The score's parameters, parsed and checked together.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Weight and floor of each indicator, in the order of [`specs`].
    pub indicators: Vec<Scoring>,
    /// The cut-offs of one, two and three stars.
    pub cut_offs: [f64; 3],
}

impl Settings {
    /// Parse the score's parameters (`params` resolved against
    /// [`scoring`]); `below_band_threshold` is cn-zcp's core threshold
    /// below 200,000 tce, which `floor-core` must exceed. Weights all zero,
    /// a floor on the wrong side of its target and cut-offs not strictly
    /// rising are `invalid-parameter`, naming the parameters and values.
    pub fn parse(params: &Params, below_band_threshold: f64) -> Result<Self, EvaluationError> {
        let mut indicators = Vec::new();
        for spec in specs() {
            let weight = params.number(&spec.weight_param())?;
            let floor = params.number(&spec.floor_param())?;
            if weight < 0.0 {
                return Err(invalid(format!(
                    "parameter `{}` cannot be `{}` (a weight is zero or more)",
                    spec.weight_param(),
                    figure(weight)
                )));
            }
            check_floor(&spec, floor, below_band_threshold)?;
            indicators.push(Scoring {
                spec,
                weight,
                floor,
            });
        }
        if indicators.iter().all(|s| s.weight == 0.0) {
            let names: Vec<String> = indicators
                .iter()
                .map(|s| format!("`{}`", s.spec.weight_param()))
                .collect();
            return Err(invalid(format!(
                "every weight is 0 ({}): no score can be computed; give at least one weight above 0",
                names.join(", ")
            )));
        }
        let mut cut_offs = [0.0; 3];
        for (c, t) in cut_offs.iter_mut().zip(TIERS) {
            *c = params.number(&t.param())?;
            if !(0.0..=MAX_SCORE).contains(c) {
                return Err(invalid(format!(
                    "parameter `{}` cannot be `{}` (a score from 0 to {MAX_SCORE})",
                    t.param(),
                    figure(*c)
                )));
            }
        }
        if !(cut_offs[0] < cut_offs[1] && cut_offs[1] < cut_offs[2]) {
            let listed: Vec<String> = TIERS
                .iter()
                .zip(cut_offs)
                .map(|(t, c)| format!("`{}` = {}", t.param(), figure(c)))
                .collect();
            return Err(invalid(format!(
                "the tier cut-offs must rise strictly from one star to three stars: {}",
                listed.join(", ")
            )));
        }
        Ok(Settings {
            indicators,
            cut_offs,
        })
    }

    /// The total of the weights.
    pub fn total_weight(&self) -> f64 {
        self.indicators.iter().map(|s| s.weight).sum()
    }
}

/// A floor must lie on the far side of its target, or no score can be
/// interpolated.
fn check_floor(spec: &Spec, floor: f64, below_band_threshold: f64) -> Result<(), EvaluationError> {
    let name = spec.floor_param();
    let unit = spec.unit;
    match (spec.direction, spec.target) {
        (Direction::HigherIsBetter, Target::Fixed(t)) if !(0.0..t).contains(&floor) => {
            Err(invalid(format!(
                "parameter `{name}` cannot be `{}` {unit} (at least 0 and below the target {} {unit})",
                figure(floor),
                amount(t)
            )))
        }
        (Direction::LowerIsBetter, Target::Fixed(t)) if floor <= t => Err(invalid(format!(
            "parameter `{name}` cannot be `{}` {unit} (above the target {} {unit})",
            figure(floor),
            amount(t)
        ))),
        (_, Target::NationalBand) => {
            let highest = UPPER_BAND_THRESHOLD.max(below_band_threshold);
            if floor <= highest {
                Err(invalid(format!(
                    "parameter `{name}` is `{}` {unit}, not above every band's target: the targets are {} and {} {unit}, and `{BELOW_BAND_THRESHOLD}` = {} {unit} below 200,000 tce",
                    figure(floor),
                    limit(MIDDLE_BAND_THRESHOLD),
                    limit(UPPER_BAND_THRESHOLD),
                    limit(below_band_threshold)
                )))
            } else {
                Ok(())
            }
        }
        _ => Ok(()),
    }
}

fn invalid(message: String) -> EvaluationError {
    EvaluationError::InvalidParameter(message)
}
