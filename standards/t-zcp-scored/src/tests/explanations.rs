//! What a reader sees: explanations, the summary, the banner's assumptions.

use zcp_sdk::Verdict;

use super::*;

#[test]
fn scored_explanations_show_the_arithmetic_not_the_national_verdict() {
    let e = ok(&mid_way(), &[]);
    for r in e.results.iter().filter(|r| r.score.is_some()) {
        assert!(
            !r.explanation.en.contains("does not change the verdict")
                && !r.explanation.zh.contains("不影响结论")
                && !r.explanation.en.contains("may in principle not apply"),
            "{}: {}",
            r.id,
            r.explanation.en
        );
    }
    let clean = &result(&e, "guiding.clean-energy-share").explanation;
    assert!(
        clean.en.contains("= 60.00 %")
            && clean
                .en
                .contains("(60.00 − 30) ÷ (90 − 30) = 0.5000 × weight 15 = 7.50 points"),
        "{}",
        clean.en
    );
    assert!(
        clean
            .en
            .contains("short of the target ≥ 90 %: fail, 50 % of its points earned")
    );
    assert!(clean.zh.contains("× 权重 15 = 7.50 分"), "{}", clean.zh);
    let core = &result(&e, "core.carbon-per-energy").explanation;
    assert!(
        core.en
            .contains("emissions 345,000 tCO2 ÷ energy consumption 300,000 tce = 1.1500 tCO2/tce")
            && core
                .en
                .contains("target ≤ 0.20 tCO2/tce, the national threshold (attachment 3) of the park's band 200,000 ≤ E"),
        "{}",
        core.en
    );
}

#[test]
fn capped_fractions_and_redistributed_weights_are_said() {
    let e = ok(&one_star(), &[]);
    let core = &result(&e, "core.carbon-per-energy").explanation.en;
    assert!(
        core.contains("capped at 1 (target reached) × weight 40 = 40.00 points"),
        "{core}"
    );
    let park = three_star()
        .text("not-applicable.waste-energy-utilisation", "no heat")
        .quantity("waste.solid.utilised", 3_000.0, "t");
    let e = ok(&park, &[]);
    let heat = &result(&e, "guiding.waste-energy-utilisation")
        .explanation
        .en;
    assert!(
        heat.contains("left out of the score: its weight 10"),
        "{heat}"
    );
    let solid = &result(&e, "guiding.solid-waste-utilisation").explanation.en;
    assert!(solid.contains("capped at 0 (floor not passed)"), "{solid}");
    let water = &result(&e, "guiding.water-reuse").explanation.en;
    assert!(
        water.contains("on the 100-point scale: 10.00 × 100 ÷ 90 (the weights of the applicable indicators) = 11.11"),
        "{water}"
    );
}

#[test]
fn the_summary_gives_total_tier_and_largest_shortfall() {
    let e = ok(&three_star(), &[]);
    let s = e.summary.clone().unwrap_or_else(|| panic!("no summary"));
    assert_eq!(
        s.en,
        "total 90.00 of 100, three stars (cut-off 90); largest shortfall `guiding.direct-green-supply-share`, 10.00 points short (0 % against ≥ 50 %): qualified"
    );
    let e = ok(&mid_way(), &[]);
    let s = e.summary.clone().unwrap_or_else(|| panic!("no summary"));
    assert!(s.en.starts_with("total 50.00"), "{}", s.en);
    assert!(
        s.en.contains("below the one star cut-off 60, no tier"),
        "{}",
        s.en
    );
    assert!(
        s.en.contains("largest shortfall `core.carbon-per-energy`, 20.00"),
        "{}",
        s.en
    );
    let e = ok(&three_star().without("water.reused"), &[]);
    assert_eq!(e.verdict, Verdict::Incomplete);
    let s = e.summary.clone().unwrap_or_else(|| panic!("no summary"));
    assert_eq!(
        s.en,
        "`water.reused` is missing for `guiding.water-reuse`; total at least 80.00 of 100 (a lower bound; at most 90.00 with full points there), no tier: incomplete"
    );
    let e = ok(&three_star().flag("park.major-incident-3y", true), &[]);
    let s = e.summary.clone().unwrap_or_else(|| panic!("no summary"));
    assert!(
        s.en.starts_with("basic condition `eligibility.no-major-incident` not met, so no tier (total 90.00 of 100)"),
        "{}",
        s.en
    );
}

#[test]
fn every_report_says_it_is_illustrative() {
    let e = ok(&one_star(), &[]);
    let first = &e.assumptions[0];
    assert_eq!(first.name, "illustrative");
    assert!(first.provisional);
    for name in [
        "weight-core",
        "floor-core",
        "cut-off-one-star",
        "cut-off-three-star",
    ] {
        let a = e.assumptions.iter().find(|a| a.name == name);
        assert_eq!(a.map(|a| a.provisional), Some(true), "{name}");
    }
    // cn-zcp's own assumptions follow: the electricity coefficient.
    assert!(
        e.assumptions
            .iter()
            .any(|a| a.name == "electricity-coefficient")
    );
    assert!(e.notes[0].en.starts_with("How the score is made"));
}
