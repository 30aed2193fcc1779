//! The verdict rule shared by pass/fail standards.

use crate::{IndicatorKind, IndicatorResult, Outcome, Verdict};

/// The verdict from eligibility and core results (DOMAIN.md §1):
/// any failure decides `not-qualified`, even when other data is missing;
/// otherwise any missing data gives `incomplete`; otherwise `qualified`.
/// Guiding, scored and informative results never change the verdict.
/// `kind_of` maps a result's indicator id to its kind.
pub fn verdict_of(
    results: &[IndicatorResult],
    kind_of: impl Fn(&str) -> Option<IndicatorKind>,
) -> Verdict {
    let deciding = results.iter().filter(|r| {
        matches!(
            kind_of(&r.id),
            Some(IndicatorKind::Eligibility | IndicatorKind::Core)
        )
    });
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
