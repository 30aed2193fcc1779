//! The two tiers of the plan, expressed through the contract's score: a
//! park meeting the regional core is a regional-tier park (score 1); one
//! that meets the national criteria as well (the base is qualified) reaches
//! the national tier (score 2).

use zcp_sdk::{Text, Verdict, text};

/// The highest total score: the national tier.
pub const MAX_SCORE: f64 = 2.0;

/// A tier of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tier {
    /// 自治区级零碳园区: the regional core passes, the national criteria do not.
    Regional,
    /// The regional core passes and the national criteria are met too.
    National,
}

impl Tier {
    /// Every tier, lowest first.
    pub const ALL: [Tier; 2] = [Tier::Regional, Tier::National];

    /// The id reported in `evaluation.tier`.
    pub fn id(self) -> &'static str {
        match self {
            Tier::Regional => "regional",
            Tier::National => "national",
        }
    }

    /// The score that reaches it, its declared `min-score`.
    pub fn score(self) -> f64 {
        match self {
            Tier::Regional => 1.0,
            Tier::National => MAX_SCORE,
        }
    }

    /// Its title.
    pub fn title(self) -> Text {
        match self {
            Tier::Regional => text("自治区级", "Regional tier"),
            Tier::National => text("国家级指标亦达标", "National criteria met too"),
        }
    }

    /// The tier of a park with this `verdict`, whose base gave `base`:
    /// none unless qualified; national when the base is qualified too.
    pub fn of(verdict: Verdict, base: Verdict) -> Option<Tier> {
        match (verdict, base) {
            (Verdict::Qualified, Verdict::Qualified) => Some(Tier::National),
            (Verdict::Qualified, _) => Some(Tier::Regional),
            _ => None,
        }
    }
}

/// The tiers as `describe` declares them.
pub fn declared() -> Vec<zcp_sdk::Tier> {
    Tier::ALL
        .iter()
        .map(|t| zcp_sdk::Tier {
            id: t.id().to_owned(),
            title: t.title(),
            min_score: t.score(),
        })
        .collect()
}
