//! What comes from the base: its eligibility decides, its absence is a bug.

use super::*;

#[test]
fn without_a_base_it_is_an_internal_error_naming_the_base() {
    let Err(EvaluationError::Internal(m)) = CnNmZcp::evaluate(&ordos(), &[], None) else {
        panic!("expected internal")
    };
    assert_eq!(
        m,
        "no base evaluation: cn-nm-zcp extends `cn-zcp@^1`, which the host runs first and passes on"
    );
}

#[test]
fn a_failed_base_condition_decides_though_the_cores_pass() {
    let e = ok(&ordos().flag("park.major-incident-3y", true), &[]);
    assert_eq!(regional(&e).outcome, Outcome::Pass);
    assert_eq!(e.verdict, Verdict::NotQualified);
    assert_eq!((e.tier, e.score), (None, None));
    assert_eq!(
        e.summary.unwrap().en,
        "basic condition `eligibility.no-major-incident` not met (cn-zcp@^1): not qualified"
    );
    // The condition is not returned again: the host shows the base's row.
    assert_eq!(e.results.len(), 1);
}

#[test]
fn a_failure_decides_even_when_data_is_missing() {
    let park = ordos()
        .without("electricity.grid-purchased")
        .text("park.zone-level", "municipal");
    let e = ok(&park, &[]);
    assert_eq!(regional(&e).outcome, Outcome::InsufficientData);
    assert_eq!(e.verdict, Verdict::NotQualified);
    // And the regional failure with a base condition missing.
    let park = park_over().without("park.energy-carbon-metering");
    let e = ok(&park, &[]);
    assert_eq!(e.verdict, Verdict::NotQualified);
    assert_eq!(
        e.summary.unwrap().en,
        "regional core 0.5550 tCO2/tce > 0.40: not qualified"
    );
}

/// 0.555 tCO2/tce, over the default regional threshold.
fn park_over() -> FakePark {
    park(200_000.0, 800_000.0)
}

#[test]
fn a_missing_base_condition_leaves_it_incomplete() {
    let e = ok(&ordos().without("park.energy-carbon-metering"), &[]);
    assert_eq!(regional(&e).outcome, Outcome::Pass);
    assert_eq!(e.verdict, Verdict::Incomplete);
    assert_eq!(
        e.summary.unwrap().en,
        "`park.energy-carbon-metering` is missing for `eligibility.metering`: incomplete"
    );
}

#[test]
fn a_base_that_does_not_apply_makes_it_not_applicable() {
    let mut base = fake_base(Verdict::NotApplicable, None);
    base.results.clear();
    base.summary = Some(text("低于规模下限", "below the size floor"));
    let e = CnNmZcp::evaluate(&eligible(), &[], Some(base)).unwrap();
    assert_eq!(e.verdict, Verdict::NotApplicable);
    assert_eq!(
        e.summary.unwrap().en,
        "the base cn-zcp@^1 does not apply: below the size floor"
    );
    assert!(e.results.is_empty() && e.tier.is_none());
}

#[test]
fn a_base_without_its_core_result_is_an_internal_error() {
    let mut base = fake_base(Verdict::Qualified, Some(0.1));
    base.results.retain(|r| r.kind != IndicatorKind::Core);
    let Err(EvaluationError::Internal(m)) = CnNmZcp::evaluate(&eligible(), &[], Some(base)) else {
        panic!("expected internal")
    };
    assert_eq!(
        m,
        "the base evaluation of `cn-zcp@^1` has no core result `core.carbon-per-energy`"
    );
}

#[test]
fn a_hand_made_base_is_read_by_kind_and_id() {
    // As the scaffold's tests do: a base built by hand, eligible, core 0.35.
    let e = CnNmZcp::evaluate(
        &eligible(),
        &[],
        Some(fake_base(Verdict::NotQualified, Some(0.35))),
    )
    .unwrap();
    assert_eq!(e.verdict, Verdict::Qualified);
    assert_eq!(e.tier.as_deref(), Some("regional"));
    assert_eq!(
        e.summary.unwrap().en,
        "regional core 0.3500 tCO2/tce ≤ 0.40: qualified for the regional tier; national core 0.3500 > 0.20: national criteria not met"
    );
}

#[test]
fn a_note_says_the_guiding_indicators_are_not_assessed() {
    let e = ok(&ordos(), &[]);
    assert_eq!(e.notes.len(), 1);
    assert!(
        e.notes[0].en.starts_with(
            "The 13 regional guiding indicators of the plan are not public and are not assessed"
        ),
        "{}",
        e.notes[0].en
    );
    assert!(e.notes[0].zh.contains("13 项自治区级引导性指标未公开"));
}
