//! The scored indicators and the linear score: each indicator earns its
//! weight times the fraction of the way its value has gone from a floor (no
//! points) to the national target (full points), capped to [0, 1].

use cn_zcp::guiding::{
    self, CLEAN_ENERGY_SHARE, DIRECT_GREEN_SUPPLY, PRODUCT_ENERGY, SOLID_WASTE, WASTE_ENERGY,
    WATER_REUSE,
};
use cn_zcp::indicators::{CARBON_PER_ENERGY, CORE_UNIT};
use zcp_sdk::{Threshold, meets};

/// Which way an indicator improves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// A rate to raise: the floor lies below the target.
    HigherIsBetter,
    /// An intensity to lower: the floor lies above the target.
    LowerIsBetter,
}

/// Where an indicator's target comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Target {
    /// The national threshold of the park's size band, as cn-zcp chooses it
    /// (附件3: 0.20 or 0.30 tCO2/tce; below 200,000 tce its parameter).
    NationalBand,
    /// A national value of 附件3 (or the principle of 附件4 二(二)3①).
    Fixed(f64),
}

/// One scored indicator: the national indicator it reuses, and its defaults.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spec {
    /// The shared indicator id (the same as cn-zcp's).
    pub id: &'static str,
    /// The word in its parameters' names: `weight-<name>`, `floor-<name>`.
    pub name: &'static str,
    /// The unit of its value.
    pub unit: &'static str,
    /// Which way it improves.
    pub direction: Direction,
    /// Its target: full points at or past it.
    pub target: Target,
    /// Default floor: no points at or short of it. Provisional.
    pub default_floor: f64,
    /// Default weight, out of 100 for all seven. Provisional.
    pub default_weight: f64,
}

impl Spec {
    /// The weight parameter: `weight-core`.
    pub fn weight_param(&self) -> String {
        format!("weight-{}", self.name)
    }

    /// The floor parameter: `floor-core`.
    pub fn floor_param(&self) -> String {
        format!("floor-{}", self.name)
    }

    /// The target as a threshold, given the national band's target for the
    /// core indicator.
    pub fn threshold(&self, target: f64) -> Threshold {
        match self.direction {
            Direction::HigherIsBetter => Threshold::AtLeast(target),
            Direction::LowerIsBetter => Threshold::AtMost(target),
        }
    }

    /// The fixed target, or `None` for the core indicator's band.
    pub fn fixed_target(&self) -> Option<f64> {
        match self.target {
            Target::Fixed(t) => Some(t),
            Target::NationalBand => None,
        }
    }
}

/// A national threshold of cn-zcp as a number (every guiding indicator has one).
fn national(id: &str) -> f64 {
    match guiding::threshold_of(id) {
        Threshold::AtLeast(v) | Threshold::AtMost(v) => v,
        // Not reached: every guiding id has a numeric threshold in cn-zcp.
        _ => f64::NAN,
    }
}

/// Default floor of the core indicator, tCO2/tce: the national park average
/// of about 2.1 (DOMAIN.md §1, context, confirmed); using it as the zero point is
/// provisional.
pub const CORE_FLOOR_DEFAULT: f64 = 2.1;

/// The seven scored indicators, in the order cn-zcp reports them. Targets
/// are the national values (confirmed); floors and weights are provisional defaults.
pub fn specs() -> [Spec; 7] {
    use Direction::{HigherIsBetter, LowerIsBetter};
    let spec = |id, name, unit, direction, target, default_floor, default_weight| Spec {
        id,
        name,
        unit,
        direction,
        target,
        default_floor,
        default_weight,
    };
    [
        spec(
            CARBON_PER_ENERGY,
            "core",
            CORE_UNIT,
            LowerIsBetter,
            Target::NationalBand,
            CORE_FLOOR_DEFAULT,
            40.0,
        ),
        spec(
            CLEAN_ENERGY_SHARE,
            "clean-energy",
            "%",
            HigherIsBetter,
            Target::Fixed(national(CLEAN_ENERGY_SHARE)),
            30.0,
            15.0,
        ),
        spec(
            PRODUCT_ENERGY,
            "products",
            "%",
            LowerIsBetter,
            Target::Fixed(national(PRODUCT_ENERGY)),
            120.0,
            5.0,
        ),
        spec(
            SOLID_WASTE,
            "solid-waste",
            "%",
            HigherIsBetter,
            Target::Fixed(national(SOLID_WASTE)),
            50.0,
            10.0,
        ),
        spec(
            WASTE_ENERGY,
            "waste-energy",
            "%",
            HigherIsBetter,
            Target::Fixed(national(WASTE_ENERGY)),
            20.0,
            10.0,
        ),
        spec(
            WATER_REUSE,
            "water-reuse",
            "%",
            HigherIsBetter,
            Target::Fixed(national(WATER_REUSE)),
            50.0,
            10.0,
        ),
        spec(
            DIRECT_GREEN_SUPPLY,
            "direct-green",
            "%",
            HigherIsBetter,
            Target::Fixed(national(DIRECT_GREEN_SUPPLY)),
            0.0,
            10.0,
        ),
    ]
}

/// The spec of indicator `id`, if it is scored.
pub fn spec_of(id: &str) -> Option<Spec> {
    specs().into_iter().find(|s| s.id == id)
}

/// Where a value stands between floor and target.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Position {
    /// At or past the target: the fraction is capped at 1.
    AtTarget,
    /// Between floor and target: interpolated.
    Between,
    /// At or short of the floor: the fraction is capped at 0.
    AtFloor,
}

/// The linear score of one value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Linear {
    /// (value − floor) ÷ (target − floor), before the cap.
    pub raw: f64,
    /// The same, capped to [0, 1].
    pub fraction: f64,
    /// Where the value stands.
    pub position: Position,
}

/// The fraction of the way `value` has gone from `floor` to `target`,
/// capped to [0, 1]; the same formula for both directions (the target lies
/// below the floor when lower is better). Compared on the full values.
pub fn linear(value: f64, floor: f64, target: f64, direction: Direction) -> Linear {
    let raw = (value - floor) / (target - floor);
    let reached = match direction {
        Direction::HigherIsBetter => meets(value, &Threshold::AtLeast(target)),
        Direction::LowerIsBetter => meets(value, &Threshold::AtMost(target)),
    };
    let short = match direction {
        Direction::HigherIsBetter => value <= floor,
        Direction::LowerIsBetter => value >= floor,
    };
    let (fraction, position) = if reached {
        (1.0, Position::AtTarget)
    } else if short {
        (0.0, Position::AtFloor)
    } else {
        // `+ 0.0` turns a -0 into 0.
        (raw.clamp(0.0, 1.0) + 0.0, Position::Between)
    };
    Linear {
        raw,
        fraction,
        position,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn the_fraction_is_linear_and_capped_both_ways() {
        use Direction::*;
        let mid = linear(60.0, 30.0, 90.0, HigherIsBetter);
        assert_eq!((mid.fraction, mid.position), (0.5, Position::Between));
        let over = linear(99.0, 30.0, 90.0, HigherIsBetter);
        assert_eq!((over.fraction, over.position), (1.0, Position::AtTarget));
        assert!(over.raw > 1.0);
        let under = linear(10.0, 30.0, 90.0, HigherIsBetter);
        assert_eq!((under.fraction, under.position), (0.0, Position::AtFloor));
        assert!(under.raw < 0.0);
        // Lower is better: the target lies below the floor.
        let core = linear(2.7, 2.1, 0.2, LowerIsBetter);
        assert_eq!((core.fraction, core.position), (0.0, Position::AtFloor));
        let products = linear(110.0, 120.0, 100.0, LowerIsBetter);
        assert_eq!(products.fraction, 0.5);
        assert_eq!(linear(0.2, 2.1, 0.2, LowerIsBetter).fraction, 1.0);
        let at_floor = linear(120.0, 120.0, 100.0, LowerIsBetter);
        assert_eq!(at_floor.fraction.to_bits(), 0.0_f64.to_bits());
    }

    #[test]
    fn seven_indicators_weigh_100_by_default() {
        let specs = specs();
        assert_eq!(specs.iter().map(|s| s.default_weight).sum::<f64>(), 100.0);
        for s in &specs {
            if let Some(t) = s.fixed_target() {
                assert!(t.is_finite(), "{}", s.id);
                match s.direction {
                    Direction::HigherIsBetter => assert!(s.default_floor < t, "{}", s.id),
                    Direction::LowerIsBetter => assert!(s.default_floor > t, "{}", s.id),
                }
            }
        }
        assert_eq!(specs[0].weight_param(), "weight-core");
        assert_eq!(specs[6].floor_param(), "floor-direct-green");
    }
}
