//! Tiers through the score, and the summary that says which.

use super::*;
use crate::tier::{Tier, declared};

#[track_caller]
fn tier_and_score(e: &Evaluation) -> (Option<&str>, Option<f64>) {
    (e.tier.as_deref(), e.score)
}

#[test]
fn both_cores_met_reach_the_national_tier() {
    let e = ok(&ordos(), &[]);
    assert_eq!(e.verdict, Verdict::Qualified);
    assert_close(regional(&e).value, 10_811.0 / 344_150.0);
    assert_eq!(tier_and_score(&e), (Some("national"), Some(2.0)));
    let s = e.summary.unwrap();
    assert_eq!(
        s.en,
        "regional core 0.0314 (0.0314136278…) tCO2/tce ≤ 0.40 and national core 0.0314 (0.0314136278…) ≤ 0.20 (band 200,000–1,000,000 tce): qualified for the national tier"
    );
    assert!(
        s.zh.ends_with("符合国家级零碳园区指标（national 等级）"),
        "{}",
        s.zh
    );
}

#[test]
fn the_regional_core_alone_reaches_the_regional_tier() {
    let e = ok(&park(100_000.0, 900_000.0), &[]);
    assert_eq!(e.verdict, Verdict::Qualified);
    assert_eq!(tier_and_score(&e), (Some("regional"), Some(1.0)));
    assert_eq!(
        e.summary.unwrap().en,
        "regional core 0.2775 tCO2/tce ≤ 0.40: qualified for the regional tier; national core 0.2775 > 0.20 (band 200,000–1,000,000 tce): national criteria not met"
    );
}

#[test]
fn below_the_national_bands_the_bases_policy_decides_the_national_tier() {
    // 60,000 tce: cn-zcp's below-band threshold, 0.20 by default.
    let e = ok(&park(10_000.0, 190_000.0), &[]);
    assert_eq!(tier_and_score(&e), (Some("national"), Some(2.0)));
    assert!(
        e.summary
            .unwrap()
            .en
            .contains("national core 0.1388 (0.13875) ≤ 0.20 (band < 200,000 tce)")
    );
    let e = ok(&park(20_000.0, 180_000.0), &[]);
    assert_eq!(tier_and_score(&e), (Some("regional"), Some(1.0)));
}

#[test]
fn no_tier_nor_score_unless_qualified() {
    let failed = ok(&park(200_000.0, 800_000.0), &[]);
    assert_eq!(failed.verdict, Verdict::NotQualified);
    assert_eq!(tier_and_score(&failed), (None, None));
    assert_eq!(
        failed.summary.unwrap().en,
        "regional core 0.5550 tCO2/tce > 0.40: not qualified"
    );
    let incomplete = ok(&ordos().without("electricity.grid-purchased"), &[]);
    assert_eq!(incomplete.verdict, Verdict::Incomplete);
    assert_eq!(tier_and_score(&incomplete), (None, None));
    assert_eq!(
        incomplete.summary.unwrap().en,
        "`electricity.grid-purchased` is missing for `core.carbon-per-energy-regional`: incomplete"
    );
}

#[test]
fn each_tier_is_reached_at_its_declared_min_score() {
    let tiers = declared();
    for t in Tier::ALL {
        // The highest declared tier whose min-score the score reaches.
        let reached = tiers
            .iter()
            .filter(|d| d.min_score <= t.score())
            .max_by(|a, b| a.min_score.total_cmp(&b.min_score))
            .map(|d| d.id.as_str());
        assert_eq!(reached, Some(t.id()));
        assert!(t.score() <= crate::tier::MAX_SCORE);
    }
    assert_eq!(
        Tier::of(Verdict::Qualified, Verdict::Qualified),
        Some(Tier::National)
    );
    assert_eq!(
        Tier::of(Verdict::Qualified, Verdict::NotQualified),
        Some(Tier::Regional)
    );
    for v in [Verdict::NotQualified, Verdict::Incomplete] {
        assert_eq!(Tier::of(v, Verdict::Qualified), None);
    }
}
