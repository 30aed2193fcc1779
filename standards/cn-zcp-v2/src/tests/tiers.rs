//! The tier ladder: the score on the six guiding indicators, a tier only
//! for a qualified park, and every report saying the draft is illustrative.

use cn_zcp::guiding::{
    CLEAN_ENERGY_SHARE, DIRECT_GREEN_SUPPLY, PRODUCT_ENERGY, SOLID_WASTE, WASTE_ENERGY, WATER_REUSE,
};
use zcp_sdk::{Outcome, Verdict};

use super::*;
use crate::tiers::tier_of;

#[test]
fn six_of_six_on_a_qualified_park_is_leading() {
    let e = ok(&leading(), &[]);
    assert_eq!(e.verdict, Verdict::Qualified);
    assert_eq!(e.score, Some(6.0));
    assert_eq!(e.tier.as_deref(), Some("leading"));
    for id in cn_zcp::guiding::ALL {
        let r = result(&e, id);
        assert_eq!((r.outcome, r.score), (Outcome::Pass, Some(1.0)), "{id}");
        assert!(
            r.explanation.en.ends_with("; illustrative tier score 1"),
            "{}",
            r.explanation.en
        );
    }
    // Eligibility, core and informative results carry no score.
    assert_eq!(core(&e).score, None);
}

#[test]
fn a_stated_reason_counts_and_a_zero_denominator_alone_does_not() {
    let park = ordos()
        .text(
            "not-applicable.product-energy",
            "no product with a limit standard",
        )
        .quantity("waste.solid.generated", 0.0, "t")
        .quantity("waste.solid.utilised", 0.0, "t");
    let e = ok(&park, &[]);
    let product = result(&e, PRODUCT_ENERGY);
    assert_eq!(
        (product.outcome, product.score),
        (Outcome::NotApplicable, Some(1.0))
    );
    let waste = result(&e, SOLID_WASTE);
    assert_eq!(
        (waste.outcome, waste.score),
        (Outcome::NotApplicable, Some(0.0))
    );
    assert!(
        waste
            .explanation
            .en
            .contains("state it under `not-applicable.solid-waste-utilisation` to count it"),
        "{}",
        waste.explanation.en
    );
    // Clean energy, direct green, products: 3; waste energy and water: no data.
    assert_eq!(result(&e, WASTE_ENERGY).score, Some(0.0));
    assert_eq!(result(&e, WATER_REUSE).score, Some(0.0));
    assert_eq!(e.score, Some(3.0));
    assert_eq!(e.tier.as_deref(), Some("basic"));
}

#[test]
fn a_tier_is_given_to_a_qualified_park_only() {
    let failed = ok(&leading().flag("park.major-incident-3y", true), &[]);
    assert_eq!(failed.verdict, Verdict::NotQualified);
    assert_eq!((failed.score, failed.tier.as_deref()), (Some(6.0), None));
    let incomplete = ok(&leading().without("electricity.grid-purchased"), &[]);
    assert_eq!(incomplete.verdict, Verdict::Incomplete);
    assert_eq!(result(&incomplete, CLEAN_ENERGY_SHARE).score, Some(0.0));
    assert_eq!(result(&incomplete, DIRECT_GREEN_SUPPLY).score, Some(0.0));
    assert_eq!(
        (incomplete.score, incomplete.tier.as_deref()),
        (Some(4.0), None)
    );
    for verdict in [Verdict::NotQualified, Verdict::Incomplete] {
        assert_eq!(tier_of(6.0, verdict), None);
    }
}

#[test]
fn the_ladder_cuts_at_4_and_6() {
    let q = Verdict::Qualified;
    assert_eq!(tier_of(0.0, q), Some("basic"));
    assert_eq!(tier_of(3.0, q), Some("basic"));
    assert_eq!(tier_of(4.0, q), Some("advanced"));
    assert_eq!(tier_of(5.0, q), Some("advanced"));
    assert_eq!(tier_of(6.0, q), Some("leading"));
}

#[test]
fn the_score_never_changes_the_verdict() {
    // The W2-like coal park: every guiding indicator fails or lacks data.
    let coal = eligible()
        .quantity("fuel.raw-coal.final", 200_000.0, "t")
        .quantity("electricity.grid-purchased", 400_000.0, "MWh");
    let e = ok(&coal, &[]);
    assert_eq!(e.score, Some(0.0));
    assert_eq!(e.verdict, Verdict::NotQualified);
    // A qualified park with no guiding point is still qualified, basic.
    let bare = eligible()
        .quantity("electricity.grid-purchased", 300_000.0, "MWh")
        .quantity("electricity.green-traded", 300_000.0, "MWh")
        .quantity("electricity.exported", 0.0, "MWh")
        .text("not-applicable.clean-energy-share", "illustration");
    let e = ok(&bare, &[]);
    assert_eq!(e.verdict, Verdict::Qualified);
    assert_eq!(e.score, Some(1.0), "only the stated reason counts");
    assert_eq!(e.tier.as_deref(), Some("basic"));
}

#[test]
fn every_report_says_it_is_an_illustrative_draft() {
    for park in [leading(), ordos().without("electricity.grid-purchased")] {
        let e = ok(&park, &[]);
        let first = &e.assumptions[0];
        assert_eq!(first.name, "illustrative-draft");
        assert!(first.provisional);
        assert!(first.description.en.contains("20231975-T-469"));
        let Some(summary) = &e.summary else {
            panic!("no summary")
        };
        assert!(
            summary
                .en
                .starts_with("illustrative draft, not an official standard: "),
            "{}",
            summary.en
        );
        assert!(summary.zh.starts_with("示例性草案（非正式标准）："));
        assert!(!summary.en.contains('\n'));
    }
    let e = ok(&leading(), &[]);
    assert_eq!(
        e.summary.map(|s| s.en),
        Some(
            "illustrative draft, not an official standard: core indicator 0.0314 tCO2/tce ≤ 0.20 (band 200,000–1,000,000 tce): qualified; guiding score 6 of 6, tier leading (引领级)".to_owned()
        )
    );
    assert!(
        e.notes[0]
            .en
            .starts_with("The illustrative draft's tier (provisional)"),
        "{}",
        e.notes[0].en
    );
    assert!(
        e.notes[0]
            .en
            .contains("= 6 of 6; tier leading (引领级, from 6 points)")
    );
}

#[test]
fn the_ladder_and_every_draft_parameter_are_provisional_assumptions() {
    let e = ok(&leading(), &[]);
    let find = |name: &str| e.assumptions.iter().find(|a| a.name == name);
    for name in [
        "illustrative-draft",
        "tier-score",
        "tier-ladder",
        "small-park-threshold",
        "band-edge-1000000",
        "equal-value-coefficient",
    ] {
        let Some(a) = find(name) else {
            panic!("no assumption {name}")
        };
        assert!(a.provisional, "{name}");
    }
    assert_eq!(
        find("tier-ladder").map(|a| a.value.as_str()),
        Some("basic ≥ 0, advanced ≥ 4, leading ≥ 6")
    );
    assert!(find("below-band-threshold").is_none());
    // A value the evaluator chose is theirs, not provisional.
    let e = ok(&leading(), &[("band-edge-1000000", "middle")]);
    let edge = e.assumptions.iter().find(|a| a.name == "band-edge-1000000");
    assert_eq!(
        edge.map(|a| (a.value.as_str(), a.provisional)),
        Some(("middle", false))
    );
}
