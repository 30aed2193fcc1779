//! The verdict rule shared by pass/fail standards.

use crate::{IndicatorKind, IndicatorResult, Outcome, Verdict};

/// The verdict from the eligibility and core results (DOMAIN.md §1), read
/// by each result's `kind`: any failure decides `not-qualified`, even when
/// other data is missing; otherwise any missing data gives `incomplete`;
/// otherwise `qualified`. Guiding, scored and informative results never
/// change the verdict.
pub fn verdict_of(results: &[IndicatorResult]) -> Verdict {
    let deciding = results
        .iter()
        .filter(|r| matches!(r.kind, IndicatorKind::Eligibility | IndicatorKind::Core));
    let mut incomplete = false;
    for r in deciding {
        match r.outcome {
            Outcome::Fail => return Verdict::NotQualified,
            Outcome::InsufficientData => incomplete = true,
            Outcome::Pass | Outcome::NotApplicable => {}
        }
    }
    if incomplete {
        Verdict::Incomplete
    } else {
        Verdict::Qualified
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Threshold, text};

    fn result(kind: IndicatorKind, outcome: Outcome) -> IndicatorResult {
        IndicatorResult {
            id: "x".into(),
            kind,
            outcome,
            value: None,
            unit: String::new(),
            threshold: Threshold::Unbounded,
            band: None,
            score: None,
            explanation: text("", ""),
            used: vec![],
            missing: vec![],
        }
    }

    #[test]
    fn a_deciding_failure_wins_over_missing_data() {
        use IndicatorKind::*;
        use Outcome::*;
        let verdict = |rs: &[(IndicatorKind, Outcome)]| {
            let results: Vec<IndicatorResult> = rs.iter().map(|(k, o)| result(*k, *o)).collect();
            verdict_of(&results)
        };
        assert_eq!(verdict(&[]), Verdict::Qualified);
        assert_eq!(
            verdict(&[(Core, InsufficientData), (Eligibility, Fail)]),
            Verdict::NotQualified
        );
        assert_eq!(
            verdict(&[(Eligibility, Pass), (Core, InsufficientData)]),
            Verdict::Incomplete
        );
        assert_eq!(
            verdict(&[(Eligibility, NotApplicable), (Core, Pass)]),
            Verdict::Qualified
        );
    }

    #[test]
    fn other_kinds_never_change_the_verdict() {
        for kind in [
            IndicatorKind::Guiding,
            IndicatorKind::Scored,
            IndicatorKind::Informative,
        ] {
            for outcome in [Outcome::Fail, Outcome::InsufficientData] {
                let results = [
                    result(IndicatorKind::Core, Outcome::Pass),
                    result(kind, outcome),
                ];
                assert_eq!(verdict_of(&results), Verdict::Qualified, "{kind:?}");
            }
        }
    }
}
