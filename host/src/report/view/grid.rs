//! Standards side by side: one column per standard, in the order asked;
//! the verdict, tier and score rows; then one row per indicator id, in the
//! order first seen across the standards' layered results, so that the
//! same indicator lines up whatever standard declares it.

use super::standard::{IndicatorView, StandardSection, TierView, VerdictView};
use crate::model::Outcome;
use crate::report::Lang;

/// The standards of a park side by side.
#[derive(Debug, Clone, PartialEq)]
pub struct Grid {
    /// One column per standard (`id@version`), in the order asked.
    pub columns: Vec<String>,
    /// Each standard's verdict.
    pub verdicts: Vec<VerdictView>,
    /// Each standard's tier, when any standard has one.
    pub tiers: Option<Vec<Option<TierView>>>,
    /// Each standard's total score, when any standard has one.
    pub scores: Option<Vec<Option<String>>>,
    /// Every indicator row, shown or not.
    rows: Vec<Row>,
    /// Only the rows that differ are shown (`--changed-only`).
    changed_only: bool,
}

/// One indicator across the standards.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Indicator id.
    pub id: String,
    /// Its name, as the first standard that has it declares it (empty when
    /// none does).
    pub title: String,
    /// One cell per column: the result, or `None` when the indicator is not
    /// one of that standard.
    pub cells: Vec<Option<IndicatorView>>,
    /// The outcome differs between the standards that have the indicator
    /// (a standard without it has no outcome to differ: that its indicators
    /// differ is what `zcp diff` tells).
    pub differs: bool,
}

impl Grid {
    /// The standards of `sections` side by side.
    pub(super) fn of(sections: &[StandardSection], changed_only: bool) -> Self {
        let mut rows: Vec<Row> = Vec::new();
        for result in sections.iter().flat_map(|s| &s.results) {
            if rows.iter().any(|row| row.id == result.id) {
                continue;
            }
            let cells: Vec<Option<IndicatorView>> = sections
                .iter()
                .map(|s| s.results.iter().find(|r| r.id == result.id).cloned())
                .collect();
            let outcomes: Vec<Outcome> = cells.iter().flatten().map(|c| c.outcome).collect();
            rows.push(Row {
                id: result.id.clone(),
                title: result.title.clone(),
                differs: outcomes.windows(2).any(|pair| pair[0] != pair[1]),
                cells,
            });
        }
        Grid {
            columns: sections.iter().map(|s| s.label.clone()).collect(),
            verdicts: sections.iter().map(|s| s.verdict).collect(),
            tiers: sections
                .iter()
                .any(|s| s.tier.is_some())
                .then(|| sections.iter().map(|s| s.tier.clone()).collect()),
            scores: sections
                .iter()
                .any(|s| s.score.is_some())
                .then(|| sections.iter().map(|s| s.score.clone()).collect()),
            rows,
            changed_only,
        }
    }

    /// The indicator rows shown: every one, or with `--changed-only` those
    /// that differ.
    pub fn rows(&self) -> impl Iterator<Item = &Row> {
        self.rows
            .iter()
            .filter(|row| row.differs || !self.changed_only)
    }

    /// Whether a row shown has an indicator some standard lacks (then a
    /// legend explains its mark).
    pub fn shows_absent(&self) -> bool {
        self.rows().any(|row| row.cells.iter().any(Option::is_none))
    }

    /// What a filtered grid leaves out, in words; `None` when it shows
    /// every row.
    pub fn filter_note(&self, lang: Lang) -> Option<String> {
        if !self.changed_only {
            return None;
        }
        let (shown, all) = (self.rows().count(), self.rows.len());
        Some(match lang {
            Lang::Zh => format!(
                "仅列出各标准结果不同的指标（--changed-only：{all} 项中的 {shown} 项）；下文各标准的章节列出全部指标。"
            ),
            Lang::En => format!(
                "Only the indicators whose outcome differs between the standards that have them are listed (--changed-only: {shown} of {all}); each standard's section below lists them all."
            ),
        })
    }
}
