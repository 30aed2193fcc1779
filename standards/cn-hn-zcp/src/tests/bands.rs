//! The size floor and the band edge, on energy that hits them exactly (an
//! equal-value coefficient of 0.25 is exact in binary).

use zcp_sdk::{Outcome, Threshold, Verdict};

use super::*;

const QUARTER: [(&str, &str); 1] = [("equal-value-coefficient", "0.25")];

/// `fossil` MWh from the grid and `direct` MWh of direct green supply at
/// 0.25 tce/MWh: E = (fossil + direct) / 4.
fn park(fossil: f64, direct: f64) -> FakePark {
    eligible(2027)
        .quantity("electricity.grid-purchased", fossil, "MWh")
        .quantity("electricity.direct-green", direct, "MWh")
}

#[test]
fn below_the_floor_the_scheme_does_not_apply_but_reports_its_figures() {
    let e = ok(&park(20_000.0, 59_996.0), &QUARTER);
    assert_eq!(e.verdict, Verdict::NotApplicable);
    let c = core(&e);
    assert_eq!(c.outcome, Outcome::NotApplicable);
    assert_close(c.value, 16_650.0 / 19_999.0);
    assert_close(result(&e, "info.energy-consumption").value, 19_999.0);
    assert_close(result(&e, "info.co2-emissions").value, 16_650.0);
    // Nothing is judged: no eligibility, revenue or guiding result.
    assert_eq!(e.results.len(), 3);
    let summary = e.summary.map(|s| s.en).unwrap_or_default();
    assert_eq!(
        summary,
        "energy consumption 19,999 tce < 20,000 tce, where the scheme's bands start (provisional): not applicable"
    );
}

#[test]
fn the_floor_itself_is_inside_the_lower_band() {
    let e = ok(&park(20_000.0, 60_000.0), &QUARTER);
    assert_eq!(e.verdict, Verdict::Qualified);
    assert_eq!(core(&e).threshold, Threshold::AtMost(1.0));
    assert_close(core(&e).value, 0.8325);
}

#[test]
fn one_million_takes_the_upper_band() {
    let below = ok(&park(1_260_000.0, 2_739_996.0), &QUARTER);
    assert_eq!(core(&below).threshold, Threshold::AtMost(1.0));
    assert_eq!(core(&below).outcome, Outcome::Fail);
    let edge = ok(&park(1_260_000.0, 2_740_000.0), &QUARTER);
    assert_eq!(core(&edge).threshold, Threshold::AtMost(1.1));
    assert_close(core(&edge).value, 1.04895);
    assert_eq!(core(&edge).outcome, Outcome::Pass);
    assert!(
        core(&edge)
            .explanation
            .en
            .contains("band: 1,000,000 ≥ 1,000,000 tce"),
        "{}",
        core(&edge).explanation.en
    );
}

#[test]
fn the_equivalent_value_can_move_a_park_below_the_floor() {
    // 150,000 MWh: 45,000 tce at the equal value, 18,435 at 0.1229.
    let p = eligible(2027)
        .quantity("electricity.grid-purchased", 150_000.0, "MWh")
        .quantity("electricity.green-traded", 105_000.0, "MWh");
    assert_eq!(ok(&p, &[]).verdict, Verdict::Qualified);
    let e = ok(&p, &[("electricity-conversion", "equivalent")]);
    assert_eq!(e.verdict, Verdict::NotApplicable);
    assert_close(result(&e, "info.energy-consumption").value, 18_435.0);
}

#[test]
fn zero_energy_is_refused_as_cn_zcp_refuses_it() {
    let p = eligible(2027).quantity("electricity.grid-purchased", 0.0, "MWh");
    assert!(matches!(run(&p, &[]), Err(EvaluationError::InvalidData(m)) if m.contains("0 tce")),);
}

#[test]
fn missing_grid_purchase_leaves_the_band_unknown() {
    let p = eligible(2027).quantity("electricity.green-traded", 1.0, "MWh");
    let e = ok(&p, &[]);
    assert_eq!(e.verdict, Verdict::Incomplete);
    assert_eq!(core(&e).outcome, Outcome::InsufficientData);
    assert_eq!(
        core(&e).missing,
        vec!["electricity.grid-purchased".to_owned()]
    );
    assert_eq!(
        e.summary.map(|s| s.en),
        Some(
            "`electricity.grid-purchased` is missing for `core.carbon-per-energy`: incomplete"
                .to_owned()
        )
    );
}

#[test]
fn missing_process_data_keeps_the_band_and_stage_threshold() {
    let p = grid_park(2030, 140_000.0).quantity("process.lime.output", 1_000.0, "t");
    let e = ok(&p, &[]);
    let c = core(&e);
    assert_eq!(c.outcome, Outcome::InsufficientData);
    assert_eq!(c.threshold, Threshold::AtMost(0.7));
    assert_eq!(c.missing, vec!["process.lime.factor".to_owned()]);
    assert_close(result(&e, "info.energy-consumption").value, 60_000.0);
}
