//! The worked park at the equivalent value, its arithmetic in the
//! explanations, and what the equal value changes.

use zcp_sdk::{EvaluationError, Outcome};

use super::*;

#[test]
fn the_worked_park_at_the_equivalent_value() {
    let e = ok(&worked(), &[]);
    // E = 640,000 × 0.1229 + 200,000 × 0.03412 + 2,000 × 13.3 = 112,080 tce.
    assert_close(result(&e, "info.energy-consumption").value, 112_080.0);
    // C = 420,000 × 0.8325 + 200,000 × 0.11 + 2,000 × 21.622 = 414,894 tCO2.
    assert_close(result(&e, "info.co2-emissions").value, 414_894.0);
    let energy = result(&e, "ref.energy-per-value-added");
    assert_close(energy.value, 0.22416);
    assert_eq!((energy.outcome, energy.score), (Outcome::Pass, Some(1.0)));
    let carbon = result(&e, "ref.carbon-per-value-added");
    assert_close(carbon.value, 0.829788);
    assert_eq!((carbon.outcome, carbon.score), (Outcome::Fail, Some(0.0)));
    assert_close(
        result(&e, "ref.non-fossil-share").value,
        27_038.0 / 112_080.0 * 100.0,
    );
    assert_close(result(&e, "ref.renewable-electricity-share").value, 34.375);
    assert_close(
        result(&e, "ref.electrification").value,
        100.0 * 78_656.0 / 112_080.0,
    );
    assert_eq!(e.score, Some(4.0));
    assert_eq!(
        e.summary.map(|s| s.en),
        Some(
            "4 of 11 reference values met, 1 not met, 6 without data (reference values do not gate)"
                .to_owned()
        )
    );
}

#[test]
fn explanations_show_the_arithmetic_with_its_numbers() {
    let e = ok(&worked(), &[]);
    let en = |id: &str| result(&e, id).explanation.en.clone();
    assert_eq!(
        en("ref.energy-per-value-added"),
        "energy consumption (equivalent value) 112,080 tce ÷ industrial value added 500,000 × 10^4 CNY = 0.2242 (0.22416) tce/10^4 CNY; compared on the full value: ≤ 0.35 tce/10^4 CNY: reference value met (scores 1)"
    );
    assert!(
        en("ref.carbon-per-value-added").contains(
            "reference value ≤ 0.60 tCO2/10^4 CNY not met (scores 0; reference values do not gate)"
        ),
        "{}",
        en("ref.carbon-per-value-added")
    );
    assert!(
        en("ref.renewable-electricity-share").contains(
            "(0 + 40,000 + 120,000 + 60,000 − 0) MWh ÷ the park's electricity use (grid + direct + on-site − sent out) (600,000 + 0 + 40,000 − 0) = 640,000 MWh = 34.38 (34.3750) %"
        ),
        "{}",
        en("ref.renewable-electricity-share")
    );
    assert!(
        en("ref.non-fossil-share").contains("× 0.1229 tce/MWh (equivalent value) = 27,038 tce"),
        "{}",
        en("ref.non-fossil-share")
    );
    assert!(
        en("info.energy-consumption").contains("(equivalent value) = 78,656 tce"),
        "{}",
        en("info.energy-consumption")
    );
    let zh = &result(&e, "ref.energy-per-value-added").explanation.zh;
    assert!(zh.contains("达到参考值（计 1 分）"), "{zh}");
}

#[test]
fn the_equal_value_changes_the_energy_based_values_not_the_co2() {
    let e = ok(&worked(), &[("electricity-conversion", "equal-value")]);
    // E = 640,000 × 0.300 + 6,824 + 26,600 = 225,424 tce.
    assert_close(result(&e, "info.energy-consumption").value, 225_424.0);
    assert_close(result(&e, "info.co2-emissions").value, 414_894.0);
    let energy = result(&e, "ref.energy-per-value-added");
    assert_close(energy.value, 0.450848);
    assert_eq!(energy.outcome, Outcome::Fail, "the method decides");
    assert_close(
        result(&e, "ref.non-fossil-share").value,
        66_000.0 / 225_424.0 * 100.0,
    );
    assert_close(
        result(&e, "ref.electrification").value,
        100.0 * 192_000.0 / 225_424.0,
    );
    // Electricity in MWh only: unchanged.
    assert_close(result(&e, "ref.renewable-electricity-share").value, 34.375);
    assert_eq!(e.score, Some(3.0));
}

#[test]
fn data_the_national_accounting_refuses_is_refused_here_too() {
    let contradiction = worked().quantity("electricity.green-traded", 700_000.0, "MWh");
    let Err(EvaluationError::InvalidData(m)) = run(&contradiction, &[]) else {
        panic!("green traded above grid purchase was accepted")
    };
    assert!(m.contains("`electricity.green-traded`"), "{m}");
    let no_energy = park().quantity("electricity.grid-purchased", 0.0, "MWh");
    let Err(EvaluationError::InvalidData(m)) = run(&no_energy, &[]) else {
        panic!("a park without energy was accepted")
    };
    assert!(m.contains("0 tce"), "{m}");
}

#[test]
fn the_notes_list_the_reference_values_not_assessed() {
    let e = ok(&worked(), &[]);
    let Some(note) = e.notes.last() else {
        panic!("no note")
    };
    assert!(
        note.en.starts_with(
            "The guide sets 20 reference values; this version assesses 11 of them. The other 9"
        ),
        "{}",
        note.en
    );
    for row in [
        "3. ", "5. ", "6. ", "10. ", "11. ", "16. ", "17. ", "18. ", "20. ",
    ] {
        assert!(note.en.contains(row), "{row}");
    }
}
