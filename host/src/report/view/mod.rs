//! The report as a person reads it, built once from a [`Report`] in one
//! language: the caveats, each park with its standards side by side and
//! each standard's section, then the receipt. The table, Markdown and HTML
//! renderers show this model and look nothing up of their own; `--format
//! json` prints the [`Report`] record itself, the machine interface.
//!
//! Text from plugins and park files is kept as written, less the control
//! and bidirectional characters [`crate::sanitize`] removes; each renderer
//! escapes it for its format.

mod grid;
mod receipt;
mod standard;

pub use grid::{Grid, Row};
pub use receipt::{DictionaryView, ParkReceipt, Receipt, StandardReceipt};
pub use standard::{
    AssumptionView, IndicatorView, NoteView, StandardSection, ThresholdView, TierView, VerdictView,
};

use super::Lang;
use crate::model::{IndicatorKind, Status};
use crate::record::{IndicatorRef, ParkSection, Report, StandardRef};
use crate::trust::Publisher;

/// What a view shows besides the report itself.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ViewOptions {
    /// Show, side by side, only the indicator rows whose outcome differs
    /// between the standards that have them (`--changed-only`); each
    /// standard's section stays complete.
    pub changed_only: bool,
}

/// A whole report, ready to render.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportView {
    /// The language every text is in.
    pub lang: Lang,
    /// Why the report must be read with care, each once; empty when nothing
    /// is provisional, draft or unverified.
    pub caveats: Vec<Caveat>,
    /// Warnings of the run (superseded versions, plugins that failed to load).
    pub warnings: Vec<String>,
    /// One section per park, in the order given.
    pub parks: Vec<ParkView>,
    /// What the report rests on, to reproduce it.
    pub receipt: Receipt,
}

/// Why a report must be read with care. Every format says so at the top.
#[derive(Debug, Clone, PartialEq)]
pub enum Caveat {
    /// A whole standard is a draft, unsigned, or unverified.
    Standard {
        /// `id@version`.
        standard: String,
        /// What is the matter with it, in words.
        sentence: &'static str,
    },
    /// A run of the standard applied a provisional value.
    Provisional {
        /// `id@version`.
        standard: String,
        /// The assumption's name.
        name: String,
        /// The value applied.
        value: String,
        /// What it is.
        description: String,
    },
}

/// One park: who it is, its errors, its standards side by side and each
/// standard's section.
#[derive(Debug, Clone, PartialEq)]
pub struct ParkView {
    /// The park file, as given.
    pub file: String,
    /// The park, when its file loaded.
    pub park: Option<ParkIdentity>,
    /// The assessment year.
    pub year: Option<i32>,
    /// Errors in the park file, every one found.
    pub errors: Vec<String>,
    /// Warnings about the park file.
    pub warnings: Vec<String>,
    /// The standards side by side, when there are several.
    pub grid: Option<Grid>,
    /// One section per standard, in the order asked.
    pub standards: Vec<StandardSection>,
}

/// A park's identity.
#[derive(Debug, Clone, PartialEq)]
pub struct ParkIdentity {
    /// Park id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its province (ISO 3166-2), when given.
    pub province: Option<String>,
    /// SHA-256 of the park file.
    pub data_digest: String,
}

impl ReportView {
    /// The view of `report` in `lang`.
    pub fn new(report: &Report, lang: Lang, options: ViewOptions) -> Self {
        ReportView {
            lang,
            caveats: caveats(report, lang),
            warnings: report.warnings.iter().map(|w| clean(w)).collect(),
            parks: report
                .parks
                .iter()
                .map(|section| park(section, report, lang, options))
                .collect(),
            receipt: Receipt::of(report, lang),
        }
    }

    /// The sentence that introduces the caveats.
    pub fn caveat_heading(&self) -> &'static str {
        self.lang.say(
            "⚠ 本报告依赖以下未经核实或暂定的内容（未签名或草案标准、非官方文件明确给出的项目约定取值），请在引用前核对：",
            "⚠ This report rests on what follows: unverified or draft standards, provisional values (project conventions, not found in an official text); check them before relying on it:",
        )
    }

    /// The note that values are rounded for display only.
    pub fn rounding_note(&self) -> &'static str {
        self.lang.say(
            "表中数值按量级修约显示；所有比较均使用完整、未修约的数值（GB/T 8170 全数值比较）。",
            "Values are shown rounded; every comparison uses the full, unrounded value (GB/T 8170 全数值比较).",
        )
    }
}

fn park(section: &ParkSection, report: &Report, lang: Lang, options: ViewOptions) -> ParkView {
    let province = section.park.as_ref().and_then(|p| p.province.as_deref());
    let standards: Vec<StandardSection> = section
        .runs
        .iter()
        .map(|run| {
            let outside = province.filter(|_| section.outside_jurisdiction.contains(&run.standard));
            StandardSection::of(run, report, outside, lang)
        })
        .collect();
    ParkView {
        file: clean(&section.file.display().to_string()),
        park: section.park.as_ref().map(|p| ParkIdentity {
            id: clean(&p.id),
            name: clean(lang.pick(&p.name)),
            province: p.province.as_deref().map(clean),
            data_digest: p.data_digest.clone(),
        }),
        year: section.year,
        errors: section.errors.iter().map(|e| clean(e)).collect(),
        warnings: section.warnings.iter().map(|w| clean(w)).collect(),
        grid: (standards.len() > 1).then(|| Grid::of(&standards, options.changed_only)),
        standards,
    }
}

/// The caveats of a report, each once: unsigned, unverified and draft
/// standards first, then the provisional assumptions of every run and of
/// the base runs beneath it.
fn caveats(report: &Report, lang: Lang) -> Vec<Caveat> {
    let about = |filter: fn(&StandardRef) -> bool, sentence: &'static str| {
        report
            .standards
            .iter()
            .filter(move |s| filter(s))
            .map(move |s| Caveat::Standard {
                standard: clean(&s.label),
                sentence,
            })
    };
    let mut caveats: Vec<Caveat> = about(
        |s| s.publisher == Publisher::Unsigned,
        lang.say(
            "未签名：因允许未签名插件（--allow-unsigned，仅供开发）而运行，无法证明其发布者",
            "is unsigned: it ran because unsigned plugins were allowed (--allow-unsigned, for development only); nothing proves who published it",
        ),
    )
    .chain(about(
        |s| s.unverified_national,
        lang.say(
            "看似国家标准（管辖范围 CN 或 cn-zcp 系列的标识），但来自标准目录而非 zcp 内置：发布者未经核实",
            "looks national (jurisdiction CN, or an id of the cn-zcp family) but comes from a standards directory, not with zcp: its publisher is not verified",
        ),
    ))
    .chain(about(
        |s| matches!(s.status, Status::Draft),
        lang.say("是草案，仅供示意", "is a draft, for illustration only"),
    ))
    .collect();
    let runs = report
        .parks
        .iter()
        .flat_map(|p| &p.runs)
        .flat_map(|r| std::iter::successors(Some(r), |r| r.base.as_deref()));
    for run in runs {
        for a in run
            .evaluation
            .iter()
            .flat_map(|e| &e.assumptions)
            .filter(|a| a.provisional)
        {
            let caveat = Caveat::Provisional {
                standard: clean(&run.standard),
                name: clean(&a.name),
                value: clean(&a.value),
                description: clean(lang.pick(&a.description)),
            };
            if !caveats.contains(&caveat) {
                caveats.push(caveat);
            }
        }
    }
    caveats
}

/// The standard `label` of the report.
fn reference<'a>(report: &'a Report, label: &str) -> Option<&'a StandardRef> {
    report.standards.iter().find(|s| s.label == label)
}

/// The indicator `id` as its layer's standard declares it.
fn declared<'a>(report: &'a Report, layer: &str, id: &str) -> Option<&'a IndicatorRef> {
    reference(report, layer).and_then(|s| s.indicators.get(id))
}

/// The kind an indicator is declared with, if it is.
fn declared_kind(report: &Report, layer: &str, id: &str) -> Option<IndicatorKind> {
    declared(report, layer, id).map(|i| i.kind)
}

/// Text from a plugin or a park file, without terminal controls and
/// bidirectional overrides (the bindings remove them already; a report
/// read back from JSON or built by hand gets the same treatment).
fn clean(text: &str) -> String {
    crate::sanitize::plugin_text(text.to_owned())
}

#[cfg(test)]
mod tests;
