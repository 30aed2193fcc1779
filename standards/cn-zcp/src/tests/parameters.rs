//! Parameter errors.

use super::*;

#[test]
fn unknown_parameter_is_rejected() {
    let Err(EvaluationError::InvalidParameter(m)) = run(&w1(), &[("grid-year", "2023")]) else {
        panic!("expected invalid parameter")
    };
    assert!(m.contains("grid-year"), "{m}");
}

#[test]
fn disallowed_values_are_rejected() {
    for (name, value) in [
        ("electricity-conversion", "coal"),
        ("grid-factor-kind", "regional"),
        ("grid-factor-year", "2024"),
        ("feedstock-in-denominator", "yes"),
        ("equal-value-coefficient", "-0.3"),
        ("equal-value-coefficient", "NaN"),
        ("below-band-threshold", "strict"),
    ] {
        let Err(EvaluationError::InvalidParameter(m)) = run(&w1(), &[(name, value)]) else {
            panic!("expected invalid parameter for {name} = {value}")
        };
        assert!(m.contains(name) && m.contains(value), "{m}");
    }
}
