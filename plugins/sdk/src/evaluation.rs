//! Reading and writing whole evaluations: a base's results by kind, and the
//! evaluation of a standard that does not apply.

use crate::{Evaluation, IndicatorKind, IndicatorResult, Text, Verdict};

/// The results of `evaluation` of one `kind`, in order.
///
/// How a derived standard reads its base: by kind, not by id, so that it
/// finds the base's core result whatever the base calls it
/// (`results_of_kind(&base, IndicatorKind::Core)`).
pub fn results_of_kind(
    evaluation: &Evaluation,
    kind: IndicatorKind,
) -> impl Iterator<Item = &IndicatorResult> {
    evaluation.results.iter().filter(move |r| r.kind == kind)
}

/// The evaluation of a standard that does not apply to the park (below its
/// size floor, a park type it does not cover): verdict `not-applicable`
/// with `summary` saying why, and no results.
pub fn not_applicable(summary: Text) -> Evaluation {
    Evaluation {
        verdict: Verdict::NotApplicable,
        summary: Some(summary),
        tier: None,
        score: None,
        results: vec![],
        assumptions: vec![],
        notes: vec![],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Outcome, Threshold, text};

    fn result(id: &str, kind: IndicatorKind) -> IndicatorResult {
        IndicatorResult {
            id: id.into(),
            kind,
            outcome: Outcome::Pass,
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
    fn results_are_found_by_kind_in_order() {
        let mut e = not_applicable(text("", ""));
        e.results = vec![
            result("eligibility.a", IndicatorKind::Eligibility),
            result("core.renamed", IndicatorKind::Core),
            result("guiding.b", IndicatorKind::Guiding),
            result("eligibility.c", IndicatorKind::Eligibility),
        ];
        let ids = |kind| {
            results_of_kind(&e, kind)
                .map(|r| r.id.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(IndicatorKind::Core), vec!["core.renamed"]);
        assert_eq!(
            ids(IndicatorKind::Eligibility),
            vec!["eligibility.a", "eligibility.c"]
        );
        assert!(ids(IndicatorKind::Scored).is_empty());
    }

    #[test]
    fn not_applicable_says_why_and_has_no_results() {
        let e = not_applicable(text("低于下限", "below the floor"));
        assert_eq!(e.verdict, Verdict::NotApplicable);
        assert_eq!(e.summary, Some(text("低于下限", "below the floor")));
        assert!(e.results.is_empty() && e.notes.is_empty() && e.assumptions.is_empty());
        assert_eq!((e.tier, e.score), (None, None));
    }
}
