//! The self-description is consistent, and the parameter's range is the
//! plan's.

use zcp_sdk::{BandedThreshold, NumberRange, ParameterValues, Params, Status, inclusive};

use super::*;
use crate::params::REGIONAL_CORE_THRESHOLD;
use crate::regional::applies_when;

#[test]
fn metadata() {
    let info = CnNmZcp::describe();
    assert_eq!(info.id, "cn-nm-zcp");
    assert_eq!(info.version, "1.0.0");
    assert_eq!(info.jurisdiction, "CN-NM");
    assert_eq!(info.status, Status::Trial);
    // The exact date of issue was not found.
    assert_eq!(info.effective, None);
    assert_eq!(info.extends.as_deref(), Some("cn-zcp@^1"));
    assert!(
        info.source
            .zh
            .contains("《内蒙古自治区零碳园区培育建设方案》")
    );
    assert!(info.requires.is_empty() && info.defines.is_empty());
}

#[test]
fn one_core_indicator_declared_at_the_default_threshold() {
    let info = CnNmZcp::describe();
    assert_eq!(info.indicators.len(), 1);
    let core = &info.indicators[0];
    assert_eq!(core.id, "core.carbon-per-energy-regional");
    assert_eq!(core.kind, IndicatorKind::Core);
    assert_eq!(core.unit, "tCO2/tce");
    assert_eq!(
        core.thresholds,
        vec![BandedThreshold {
            applies_when: applies_when(),
            threshold: Threshold::AtMost(0.4),
        }]
    );
    // Results carry the kind, unit and band words the description declares.
    for park in [ordos(), park(100_000.0, 900_000.0), eligible()] {
        let e = ok(&park, &[]);
        assert_eq!(e.results.len(), 1, "only its own results");
        let r = regional(&e);
        assert_eq!((r.kind, r.unit.as_str()), (core.kind, core.unit.as_str()));
        assert_eq!(r.band.as_ref(), Some(&core.thresholds[0].applies_when));
    }
}

#[test]
fn the_parameter_declares_the_plans_range_inclusive() {
    let info = CnNmZcp::describe();
    assert_eq!(info.parameters.len(), 1);
    let p = &info.parameters[0];
    assert_eq!(p.name, REGIONAL_CORE_THRESHOLD);
    assert_eq!(p.default_value, "0.40");
    assert!(p.provisional);
    assert_eq!(
        p.values,
        ParameterValues::Number(NumberRange {
            min: inclusive(0.4),
            max: inclusive(0.6),
        })
    );
    // What the host checks before the standard runs, as the SDK checks it.
    for good in ["0.4", "0.6", "0.5", "0.45"] {
        assert!(
            Params::resolve(
                &info.parameters,
                &params(&[(REGIONAL_CORE_THRESHOLD, good)])
            )
            .is_ok(),
            "{good}"
        );
    }
    for bad in ["0.39999", "0.6000001", "0.3", "1", "strict", "NaN", ""] {
        let Err(EvaluationError::InvalidParameter(m)) =
            run(&ordos(), &[(REGIONAL_CORE_THRESHOLD, bad)])
        else {
            panic!("`{bad}` must be refused")
        };
        assert_eq!(
            m,
            format!(
                "parameter `regional-core-threshold` cannot be `{bad}` (allowed: a number from 0.4 to 0.6)"
            )
        );
    }
    let Err(EvaluationError::InvalidParameter(m)) = run(&ordos(), &[("national-core", "0.3")])
    else {
        panic!("an unknown parameter must be refused")
    };
    assert!(m.contains("unknown parameter `national-core`"), "{m}");
}

#[test]
fn tiers_are_declared_with_their_scores() {
    let info = CnNmZcp::describe();
    let tiers: Vec<(&str, f64)> = info
        .tiers
        .iter()
        .map(|t| (t.id.as_str(), t.min_score))
        .collect();
    assert_eq!(tiers, vec![("regional", 1.0), ("national", 2.0)]);
    assert_eq!(info.max_score, Some(2.0));
    assert!(info.tiers[0].title.zh.contains("自治区级"));
}
