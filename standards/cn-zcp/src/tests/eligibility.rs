//! Each outcome of each eligibility condition.

use zcp_sdk::{Outcome, Verdict};

use super::*;
use crate::indicators::{BOUNDARY, METERING, NO_MAJOR_INCIDENT, ZONE_LEVEL};

fn outcome(park: &FakePark, id: &str) -> Outcome {
    result(&ok(park, &[]), id).outcome
}

#[test]
fn zone_level() {
    let base = w1().without("park.zone-level");
    for level in ["national", "provincial"] {
        assert_eq!(
            outcome(&base.clone().text("park.zone-level", level), ZONE_LEVEL),
            Outcome::Pass,
            "{level}"
        );
    }
    for level in ["municipal", "other"] {
        let park = base.clone().text("park.zone-level", level);
        assert_eq!(outcome(&park, ZONE_LEVEL), Outcome::Fail, "{level}");
        let e = ok(&park, &[]);
        assert_eq!(e.verdict, Verdict::NotQualified);
        let park = park.flag("park.provincial-emerging-industry-park", false);
        assert_eq!(outcome(&park, ZONE_LEVEL), Outcome::Fail, "{level}");
        // A provincially approved emerging-industry park qualifies at any level.
        let park = park.flag("park.provincial-emerging-industry-park", true);
        assert_eq!(outcome(&park, ZONE_LEVEL), Outcome::Pass, "{level}");
    }
    let park = base
        .clone()
        .flag("park.provincial-emerging-industry-park", true);
    assert_eq!(outcome(&park, ZONE_LEVEL), Outcome::Pass);

    let e = ok(&base, &[]);
    let r = result(&e, ZONE_LEVEL);
    assert_eq!(r.outcome, Outcome::InsufficientData);
    assert_eq!(
        r.missing,
        vec![
            "park.zone-level".to_owned(),
            "park.provincial-emerging-industry-park".to_owned()
        ]
    );
    assert_eq!(e.verdict, Verdict::Incomplete);

    let park = base
        .clone()
        .flag("park.provincial-emerging-industry-park", false);
    let e = ok(&park, &[]);
    let r = result(&e, ZONE_LEVEL);
    assert_eq!(r.outcome, Outcome::InsufficientData);
    assert_eq!(r.missing, vec!["park.zone-level".to_owned()]);
    assert_eq!(
        r.used,
        vec!["park.provincial-emerging-industry-park".to_owned()]
    );

    let park = base.text("park.zone-level", "county");
    assert!(
        matches!(run(&park, &[]), Err(EvaluationError::InvalidData(m)) if m.contains("county"))
    );
}

#[test]
fn flags_pass_fail_and_missing() {
    let cases = [
        (BOUNDARY, "park.boundary-defined", true),
        (METERING, "park.energy-carbon-metering", true),
        (NO_MAJOR_INCIDENT, "park.major-incident-3y", false),
    ];
    for (id, key, passing) in cases {
        let park = w1().flag(key, passing);
        let e = ok(&park, &[]);
        assert_eq!(result(&e, id).outcome, Outcome::Pass, "{id}");
        assert_eq!(result(&e, id).used, vec![key.to_owned()]);
        assert_eq!(e.verdict, Verdict::Qualified, "{id}");

        let e = ok(&w1().flag(key, !passing), &[]);
        assert_eq!(result(&e, id).outcome, Outcome::Fail, "{id}");
        assert_eq!(e.verdict, Verdict::NotQualified, "{id}");

        let e = ok(&w1().without(key), &[]);
        let r = result(&e, id);
        assert_eq!(r.outcome, Outcome::InsufficientData, "{id}");
        assert_eq!(r.missing, vec![key.to_owned()]);
        assert!(r.used.is_empty());
        assert_eq!(e.verdict, Verdict::Incomplete, "{id}");
    }
}
