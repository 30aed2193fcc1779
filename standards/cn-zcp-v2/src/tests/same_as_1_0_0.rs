//! Where the draft changes nothing, it gives what cn-zcp 1.0.0 gives: the
//! same results row by row, apart from the scores the ladder adds.

use cn_zcp::CnZcp;
use zcp_sdk::{FakePark, Standard};

use super::*;

/// `park` under both versions with `params`, every result compared but for
/// its score and the ladder's words at the end of guiding explanations.
#[track_caller]
fn same_rows(park: &FakePark, params: &[(&str, &str)]) {
    let given: Vec<(String, String)> = params
        .iter()
        .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
        .collect();
    let base = match CnZcp::evaluate(park, &given, None) {
        Ok(e) => e,
        Err(err) => panic!("cn-zcp 1.0.0 failed: {err:?}"),
    };
    let draft = ok(park, params);
    assert_eq!(draft.verdict, base.verdict);
    assert_eq!(draft.results.len(), base.results.len());
    for (d, b) in draft.results.iter().zip(&base.results) {
        let mut d = d.clone();
        d.score = None;
        if let Some(cut) = d.explanation.en.find("; illustrative tier score ") {
            d.explanation.en.truncate(cut);
        }
        if let Some(cut) = d.explanation.zh.find("；示例性分级得分 ") {
            d.explanation.zh.truncate(cut);
        }
        assert_eq!(&d, b, "{}", b.id);
    }
    // The draft adds its score note in front of 1.0.0's notes.
    assert_eq!(draft.notes[1..], base.notes[..]);
}

#[test]
fn the_middle_and_upper_bands_read_as_in_1_0_0() {
    let w1 = eligible()
        .quantity("electricity.grid-purchased", 1_800_000.0, "MWh")
        .quantity("electricity.green-traded", 1_700_000.0, "MWh")
        .quantity("electricity.green-certificates", 80_000.0, "MWh")
        .quantity("electricity.direct-green", 200_000.0, "MWh")
        .quantity("electricity.on-site-renewable", 100_000.0, "MWh")
        .quantity("fuel.natural-gas.final", 300.0, "10^4 m3");
    same_rows(&w1, &[]);
    same_rows(&w1, &[("electricity-conversion", "equivalent")]);
    same_rows(&leading(), &[]);
    same_rows(&leading().without("electricity.grid-purchased"), &[]);
    let coefficient_1 = [
        ("electricity-conversion", "equal-value"),
        ("equal-value-coefficient", "1"),
    ];
    // Exactly 1,000,000 tce takes the same band by default, and its
    // explanation also names the edge parameter (`bands.rs`).
    for energy in [200_000.0, 999_999.0, 1_000_001.0, 2_500_000.0] {
        same_rows(&sized(energy, 0.25), &coefficient_1);
    }
}

#[test]
fn errors_name_the_draft() {
    let park = eligible().quantity("electricity.grid-purchased", 0.0, "MWh");
    let Err(EvaluationError::InvalidData(m)) = run(&park, &[]) else {
        panic!("expected invalid data")
    };
    assert!(m.contains("0 tce"), "{m}");
}
