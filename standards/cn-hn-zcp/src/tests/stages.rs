//! The stage: chosen by the assessment year under `auto`, or by the parameter.

use zcp_sdk::{Outcome, Threshold, Verdict, text};

use super::*;
use crate::stage::{Stage, StageChoice};

#[test]
fn years_fall_in_their_stage() {
    for (year, stage) in [
        (2020, Stage::S2027),
        (2027, Stage::S2027),
        (2028, Stage::S2030),
        (2030, Stage::S2030),
        (2031, Stage::S2035),
        (2035, Stage::S2035),
        (2040, Stage::S2035),
    ] {
        assert_eq!(Stage::of_year(year), stage, "{year}");
    }
    assert!(StageChoice::new(None, 2036).beyond_last_stage());
    assert!(!StageChoice::new(None, 2035).beyond_last_stage());
    assert!(!StageChoice::new(Some(Stage::S2035), 2036).beyond_last_stage());
}

#[test]
fn auto_takes_the_assessment_years_stage() {
    // 40,000 MWh at 0.8325 = 33,300 tCO2 over 60,000 tce: 0.555.
    for (year, max, outcome) in [
        (2027, 1.0, Outcome::Pass),
        (2029, 0.7, Outcome::Pass),
        (2033, 0.3, Outcome::Fail),
    ] {
        let e = ok(&grid_park(year, 160_000.0), &[]);
        let c = core(&e);
        assert_close(c.value, 0.555);
        assert_eq!(c.threshold, Threshold::AtMost(max), "{year}");
        assert_eq!(c.outcome, outcome, "{year}");
    }
}

#[test]
fn the_parameter_overrides_the_year() {
    let park = grid_park(2027, 140_000.0);
    let e = ok(&park, &[]);
    assert_eq!(core(&e).outcome, Outcome::Pass);
    assert_eq!(e.verdict, Verdict::Qualified);
    let e = ok(&park, &[("stage", "2030")]);
    let c = core(&e);
    assert_close(c.value, 0.8325);
    assert_eq!(c.threshold, Threshold::AtMost(0.7));
    assert_eq!(
        c.band,
        Some(text(
            "2030 年阶段，20,000 ≤ E < 1,000,000 tce",
            "stage 2030, 20,000 ≤ E < 1,000,000 tce"
        ))
    );
    assert!(
        c.explanation
            .en
            .contains("stage 2030 (parameter stage = 2030; assessment year 2027)"),
        "{}",
        c.explanation.en
    );
    assert_eq!(e.verdict, Verdict::NotQualified);
    let stage = e.assumptions.iter().find(|a| a.name == "stage-applied");
    assert_eq!(
        stage.map(|a| (a.value.as_str(), a.provisional)),
        Some(("2030", false))
    );
}

#[test]
fn after_2035_the_last_stage_applies_with_a_note() {
    let e = ok(&grid_park(2037, 180_000.0), &[]);
    assert_eq!(core(&e).threshold, Threshold::AtMost(0.3));
    assert_close(core(&e).value, 0.2775);
    assert!(
        e.notes.iter().any(|n| n
            .en
            .contains("2037 is after 2035: the scheme sets no later stage")),
        "{:?}",
        e.notes
    );
    let stage = e.assumptions.iter().find(|a| a.name == "stage-applied");
    assert_eq!(
        stage.map(|a| (a.value.as_str(), a.provisional)),
        Some(("2035", true))
    );
    assert!(ok(&grid_park(2035, 180_000.0), &[]).notes.is_empty());
}

#[test]
fn the_summary_names_stage_band_and_growth() {
    let e = ok(&grid_park(2027, 140_000.0), &[]);
    assert_eq!(
        e.summary.map(|s| s.en),
        Some(
            "core indicator 0.8325 tCO2/tce ≤ 1.00 (stage 2027, band 20,000–1,000,000 tce); revenue growth at least 10.00 % a year: qualified"
                .to_owned()
        )
    );
    let e = ok(&grid_park(2029, 140_000.0), &[]);
    assert_eq!(
        e.summary.map(|s| s.en),
        Some(
            "core indicator 0.8325 tCO2/tce > 0.70 (stage 2030, band 20,000–1,000,000 tce): not qualified"
                .to_owned()
        )
    );
}
