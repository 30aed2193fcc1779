//! One standard's section of a park: its verdict, tier and score, each
//! indicator result with its threshold and arithmetic, the assumptions and
//! the notes, every layer's included.

use super::{clean, declared, declared_kind, reference};
use crate::model::{IndicatorKind, IndicatorResult, Outcome, Threshold, Verdict};
use crate::record::{Report, StandardRef, StandardRun};
use crate::report::{
    Lang, display_number, display_score, jurisdiction_note, outcome_label, publisher_label,
    score_label, status_label, threshold_label, tier_label, verdict_label,
};
use crate::trust::Publisher;

/// The order of the indicator groups in a standard's section; `None` holds
/// the results the standard does not declare.
pub const GROUPS: [Option<IndicatorKind>; 6] = [
    Some(IndicatorKind::Eligibility),
    Some(IndicatorKind::Core),
    Some(IndicatorKind::Guiding),
    Some(IndicatorKind::Scored),
    Some(IndicatorKind::Informative),
    None,
];

/// One standard run on one park.
#[derive(Debug, Clone, PartialEq)]
pub struct StandardSection {
    /// `id@version`.
    pub label: String,
    /// The standard's name (empty when the report does not know it).
    pub title: String,
    /// Its life-cycle status, in words.
    pub status: Option<&'static str>,
    /// Who vouches for it, when it is not bundled with zcp.
    pub publisher: Option<String>,
    /// The verdict.
    pub verdict: VerdictView,
    /// Why, in the standard's words.
    pub summary: Option<String>,
    /// The tier reached, for a tiered standard.
    pub tier: Option<TierView>,
    /// The total score, out of the maximum when the standard declares one.
    pub score: Option<String>,
    /// Set when the standard's jurisdiction does not cover the park: its
    /// result is for comparison.
    pub jurisdiction_note: Option<String>,
    /// The base standard (`id@version`) it extends.
    pub extends: Option<String>,
    /// Why there is no evaluation.
    pub error: Option<String>,
    /// The plugin printed more than was kept.
    pub output_truncated: bool,
    /// Every result, the base's first, with the layer of those it keeps.
    pub results: Vec<IndicatorView>,
    /// The parameters given for it on the command line.
    pub parameters: Vec<(String, String)>,
    /// The values applied, its own and then each base layer's.
    pub assumptions: Vec<AssumptionView>,
    /// Its notes and each base layer's.
    pub notes: Vec<NoteView>,
}

/// A verdict, and in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerdictView {
    /// The verdict.
    pub verdict: Verdict,
    /// In words.
    pub label: &'static str,
}

/// A tier reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TierView {
    /// Its id (`two-star`).
    pub id: String,
    /// Its name, id and the score it starts at (`Two stars (two-star, ≥ 75)`),
    /// the bare id when the standard does not declare it.
    pub label: String,
}

/// One indicator result of a standard, ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorView {
    /// Indicator id (the shared vocabulary).
    pub id: String,
    /// Its name, as its layer declares it (empty when it does not).
    pub title: String,
    /// Its role, as its layer declares it.
    pub kind: Option<IndicatorKind>,
    /// The base standard (`id@version`) it comes from, when not the
    /// standard's own.
    pub layer: Option<String>,
    /// The value rounded for display, with its unit.
    pub value: Option<String>,
    /// The outcome.
    pub outcome: Outcome,
    /// The outcome in words.
    pub outcome_label: &'static str,
    /// Whether the outcome is a judgement to show: not for an accounting
    /// figure that simply passes.
    pub judged: bool,
    /// The threshold that applied.
    pub threshold: ThresholdView,
    /// The indicator's score, for a scored one.
    pub score: Option<String>,
    /// The arithmetic with its numbers.
    pub explanation: String,
    /// Data keys read.
    pub used: Vec<String>,
    /// Data keys needed and absent.
    pub missing: Vec<String>,
}

/// A threshold in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThresholdView {
    /// A numeric threshold without its unit (`≤ 0.20`), for a narrow cell;
    /// `None` for a qualitative or no threshold.
    pub short: Option<String>,
    /// The threshold with its unit, or the condition in words; `None` when
    /// there is none.
    pub full: Option<String>,
}

/// A value a run applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssumptionView {
    /// Its name.
    pub name: String,
    /// The value.
    pub value: String,
    /// Not found in an official text: a project convention.
    pub provisional: bool,
    /// What it is.
    pub description: String,
    /// The base standard (`id@version`) that applied it, when not the
    /// standard's own.
    pub layer: Option<String>,
}

/// A note of a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteView {
    /// The note.
    pub text: String,
    /// The base standard (`id@version`) it comes from, when not the
    /// standard's own.
    pub layer: Option<String>,
}

impl StandardSection {
    /// The section of `run`; `outside` is the park's province when the
    /// standard's jurisdiction does not cover it.
    pub(super) fn of(
        run: &StandardRun,
        report: &Report,
        outside: Option<&str>,
        lang: Lang,
    ) -> Self {
        let standard = reference(report, &run.standard);
        let evaluation = run.evaluation.as_ref();
        let other = |layer: &str| (layer != run.standard).then(|| clean(layer));
        let layers = || std::iter::successors(Some(run), |r| r.base.as_deref());
        StandardSection {
            label: clean(&run.standard),
            title: standard.map_or_else(String::new, |s| clean(lang.pick(&s.title))),
            status: standard.map(|s| status_label(s.status, lang)),
            publisher: standard
                .map(|s| &s.publisher)
                .filter(|p| **p != Publisher::Bundled)
                .map(|p| clean(&publisher_label(p, lang))),
            verdict: VerdictView::of(run.verdict, lang),
            summary: evaluation
                .and_then(|e| e.summary.as_ref())
                .map(|s| clean(lang.pick(s))),
            tier: evaluation
                .and_then(|e| e.tier.as_deref())
                .map(|tier| TierView::of(standard, tier, lang)),
            score: evaluation
                .and_then(|e| e.score)
                .map(|s| score_label(standard, s)),
            jurisdiction_note: outside
                .map(|province| clean(&jurisdiction_note(standard, province, lang))),
            extends: run.base.as_ref().map(|b| clean(&b.standard)),
            error: run.error.as_ref().map(|e| clean(&e.to_string())),
            output_truncated: run.stdout.truncated || run.stderr.truncated,
            results: run
                .layered_results()
                .into_iter()
                .map(|(layer, result)| IndicatorView::of(report, layer, other(layer), result, lang))
                .collect(),
            parameters: run
                .parameters
                .iter()
                .map(|(name, value)| (clean(name), clean(value)))
                .collect(),
            assumptions: layers()
                .filter_map(|layer| layer.evaluation.as_ref().map(|e| (layer, e)))
                .flat_map(|(layer, e)| {
                    e.assumptions.iter().map(move |a| AssumptionView {
                        name: clean(&a.name),
                        value: clean(&a.value),
                        provisional: a.provisional,
                        description: clean(lang.pick(&a.description)),
                        layer: other(&layer.standard),
                    })
                })
                .collect(),
            notes: layers()
                .filter_map(|layer| layer.evaluation.as_ref().map(|e| (layer, e)))
                .flat_map(|(layer, e)| {
                    e.notes.iter().map(move |note| NoteView {
                        text: clean(lang.pick(note)),
                        layer: other(&layer.standard),
                    })
                })
                .collect(),
        }
    }

    /// The results in groups of one kind each, in the order of [`GROUPS`],
    /// empty groups left out.
    pub fn groups(&self) -> Vec<(Option<IndicatorKind>, Vec<&IndicatorView>)> {
        GROUPS
            .into_iter()
            .map(|kind| {
                let members: Vec<&IndicatorView> =
                    self.results.iter().filter(|r| r.kind == kind).collect();
                (kind, members)
            })
            .filter(|(_, members)| !members.is_empty())
            .collect()
    }

    /// The results of the core indicators.
    pub fn core(&self) -> impl Iterator<Item = &IndicatorView> {
        self.results
            .iter()
            .filter(|r| r.kind == Some(IndicatorKind::Core))
    }
}

impl VerdictView {
    fn of(verdict: Verdict, lang: Lang) -> Self {
        VerdictView {
            verdict,
            label: verdict_label(verdict, lang),
        }
    }
}

impl TierView {
    fn of(standard: Option<&StandardRef>, tier: &str, lang: Lang) -> Self {
        TierView {
            id: clean(tier),
            label: clean(&tier_label(standard, tier, lang)),
        }
    }
}

impl IndicatorView {
    fn of(
        report: &Report,
        layer: &str,
        from: Option<String>,
        r: &IndicatorResult,
        lang: Lang,
    ) -> Self {
        let kind = declared_kind(report, layer, &r.id);
        let accounting =
            kind == Some(IndicatorKind::Informative) || matches!(r.threshold, Threshold::Unbounded);
        IndicatorView {
            id: clean(&r.id),
            title: declared(report, layer, &r.id)
                .map_or_else(String::new, |i| clean(lang.pick(&i.title))),
            kind,
            layer: from,
            value: r
                .value
                .map(|v| clean(format!("{} {}", display_number(v), r.unit).trim_end())),
            outcome: r.outcome,
            outcome_label: outcome_label(r.outcome, lang),
            judged: !(accounting && r.outcome == Outcome::Pass),
            threshold: ThresholdView {
                short: match r.threshold {
                    Threshold::Unbounded | Threshold::Qualitative(_) => None,
                    ref threshold => Some(threshold_label(threshold, "", lang)),
                },
                full: match r.threshold {
                    Threshold::Unbounded => None,
                    ref threshold => Some(clean(&threshold_label(threshold, &r.unit, lang))),
                },
            },
            score: r.score.map(display_score),
            explanation: clean(lang.pick(&r.explanation)),
            used: r.used.iter().map(|k| clean(k)).collect(),
            missing: r.missing.iter().map(|k| clean(k)).collect(),
        }
    }

    /// Its name, or its id when the standard gives none.
    pub fn name(&self) -> &str {
        if self.title.trim().is_empty() {
            &self.id
        } else {
            &self.title
        }
    }
}
