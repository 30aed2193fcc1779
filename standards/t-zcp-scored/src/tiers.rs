//! The tiers (一星级, 二星级, 三星级) and the cut-offs that reach them.

use zcp_sdk::{Text, Tier, text};

/// The highest total score.
pub const MAX_SCORE: f64 = 100.0;

/// One tier: its id, its title and its default cut-off (provisional: no
/// cut-off of the group standards was found).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TierSpec {
    /// The id reported in `evaluation.tier`.
    pub id: &'static str,
    /// Chinese title.
    pub zh: &'static str,
    /// English title.
    pub en: &'static str,
    /// Default minimum total score. Provisional.
    pub default_cut_off: f64,
}

impl TierSpec {
    /// Its cut-off parameter: `cut-off-one-star`.
    pub fn param(&self) -> String {
        format!("cut-off-{}", self.id)
    }

    /// Its title in both languages.
    pub fn title(&self) -> Text {
        text(self.zh, self.en)
    }
}

/// The tiers, lowest first.
pub const TIERS: [TierSpec; 3] = [
    TierSpec {
        id: "one-star",
        zh: "一星级",
        en: "one star",
        default_cut_off: 60.0,
    },
    TierSpec {
        id: "two-star",
        zh: "二星级",
        en: "two stars",
        default_cut_off: 75.0,
    },
    TierSpec {
        id: "three-star",
        zh: "三星级",
        en: "three stars",
        default_cut_off: 90.0,
    },
];

/// The tiers as `describe` declares them, at their default cut-offs.
pub fn declared() -> Vec<Tier> {
    TIERS
        .iter()
        .map(|t| Tier {
            id: t.id.to_owned(),
            title: t.title(),
            min_score: t.default_cut_off,
        })
        .collect()
}

/// The highest tier whose cut-off `total` reaches (compared on the full
/// value), with its cut-off; `None` below the lowest. `cut_offs` are in the
/// order of [`TIERS`], strictly ascending.
pub fn reached(total: f64, cut_offs: &[f64; 3]) -> Option<(TierSpec, f64)> {
    TIERS
        .iter()
        .zip(cut_offs)
        .rev()
        .find(|(_, c)| total >= **c)
        .map(|(t, c)| (*t, *c))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_off_is_reached_at_exactly_its_score() {
        let c = [60.0, 75.0, 90.0];
        let id = |total| reached(total, &c).map(|(t, _)| t.id);
        assert_eq!(id(59.999_999), None);
        assert_eq!(id(60.0), Some("one-star"));
        assert_eq!(id(74.9), Some("one-star"));
        assert_eq!(id(75.0), Some("two-star"));
        assert_eq!(id(90.0), Some("three-star"));
        assert_eq!(id(100.0), Some("three-star"));
    }
}
