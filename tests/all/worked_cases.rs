//! DOMAIN.md's worked cases W1-W3, through the real `cn-zcp` component and
//! park files (so unit conversion by the host is part of what is checked).

use zcp::Limits;
use zcp::chain::ParamArg;
use zcp::model::{Outcome, Threshold, Verdict};

use crate::{assert_close, evaluate, load, result, root};

#[test]
fn w1_green_park_passes_the_band_020() {
    let (runtime, registry, _dir) = load(Limits::default(), &[]);
    let report = evaluate(
        &runtime,
        &registry,
        &["tests/data/w1-green.toml"],
        &["cn-zcp@1"],
    );
    let run = &report.parks[0].runs[0];
    let evaluation = run.evaluation.as_ref().expect("evaluated");
    assert_close(
        result(evaluation, "info.energy-consumption").value.unwrap(),
        633_990.0,
    );
    assert_close(
        result(evaluation, "info.co2-emissions").value.unwrap(),
        23_136.6,
    );
    let core = result(evaluation, "core.carbon-per-energy");
    assert_close(core.value.unwrap(), 23_136.6 / 633_990.0);
    assert_eq!(core.threshold, Threshold::AtMost(0.20));
    assert_eq!(core.outcome, Outcome::Pass);
    assert_eq!(run.verdict, Verdict::Qualified);
}

#[test]
fn w2_coal_park_fails_the_band_020() {
    let (runtime, registry, _dir) = load(Limits::default(), &[]);
    // Given in 10^4 t and GWh: the host converts to the declared t and MWh.
    let report = evaluate(
        &runtime,
        &registry,
        &["tests/data/w2-coal.json"],
        &["cn-zcp@1"],
    );
    let run = &report.parks[0].runs[0];
    let evaluation = run.evaluation.as_ref().expect("evaluated");
    assert_close(
        result(evaluation, "info.energy-consumption").value.unwrap(),
        262_860.0,
    );
    assert_close(
        result(evaluation, "info.co2-emissions").value.unwrap(),
        713_060.0,
    );
    let core = result(evaluation, "core.carbon-per-energy");
    assert_close(core.value.unwrap(), 713_060.0 / 262_860.0);
    assert_eq!(core.threshold, Threshold::AtMost(0.20));
    assert_eq!(core.outcome, Outcome::Fail);
    assert_eq!(run.verdict, Verdict::NotQualified);
}

#[test]
fn w3_equivalent_value_gives_a_smaller_denominator() {
    let (runtime, registry, _dir) = load(Limits::default(), &[]);
    let request = zcp::Request {
        parks: vec![root().join("tests/data/w1-green.toml")],
        standards: vec!["cn-zcp@1".parse().unwrap()],
        parameters: vec![
            "cn-zcp:electricity-conversion=equivalent"
                .parse::<ParamArg>()
                .unwrap(),
        ],
        ..zcp::Request::default()
    };
    let report = zcp::run(&runtime, &registry, &request).unwrap();
    let evaluation = report.parks[0].runs[0]
        .evaluation
        .as_ref()
        .expect("evaluated");
    assert_close(
        result(evaluation, "info.energy-consumption").value.unwrap(),
        262_080.0,
    );
    assert_close(
        result(evaluation, "core.carbon-per-energy").value.unwrap(),
        23_136.6 / 262_080.0,
    );
    let conversion = evaluation
        .assumptions
        .iter()
        .find(|a| a.name == "electricity-conversion")
        .unwrap();
    assert_eq!(conversion.value, "equivalent");
    assert!(
        !conversion.provisional,
        "a value the evaluator chose is not flagged as a provisional default"
    );
}
