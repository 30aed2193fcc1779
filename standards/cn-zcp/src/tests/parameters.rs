//! Parameter errors.

use super::*;

#[test]
fn unknown_parameter_is_rejected() {
    // The grid factor is printed in 附件4: it is no longer a parameter.
    for name in ["grid-factor-kind", "grid-factor-year"] {
        let Err(EvaluationError::InvalidParameter(m)) = run(&w1(), &[(name, "2023")]) else {
            panic!("expected invalid parameter")
        };
        assert!(m.contains(name), "{m}");
    }
}

#[test]
fn disallowed_values_are_rejected() {
    for (name, value) in [
        ("electricity-conversion", "coal"),
        ("bunker-in-energy", "maybe"),
        ("recovered-energy", "twice"),
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
