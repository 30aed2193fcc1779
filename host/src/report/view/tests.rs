//! The view of a hand-built report: rows, cells, layers, differences and
//! `--changed-only`, in every format.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::{Caveat, ReportView, ViewOptions};
use crate::bindings::WitVersion;
use crate::limits::Limits;
use crate::model::{
    Assumption, Evaluation, IndicatorKind, IndicatorResult, Outcome, Status, Text, Threshold, Tier,
    Verdict,
};
use crate::record::{
    DictionaryRef, IndicatorRef, ParkInfo, ParkSection, Report, StandardRef, StandardRun,
};
use crate::report::{Lang, render_report, render_report_html, render_report_markdown};
use crate::runtime::Origin;
use crate::trust::Publisher;

fn text(en: &str) -> Text {
    Text {
        zh: format!("中文 {en}"),
        en: en.to_owned(),
    }
}

fn standard(label: &str, status: Status, indicators: &[(&str, IndicatorKind)]) -> StandardRef {
    StandardRef {
        label: label.to_owned(),
        title: text(&format!("Standard {label}")),
        status,
        digest: "0".repeat(64),
        origin: Origin::Bundled(label.to_owned()),
        wit_version: WitVersion::V1_1,
        publisher: Publisher::Bundled,
        unverified_national: false,
        jurisdiction: "CN".to_owned(),
        extends: None,
        tiers: vec![],
        max_score: None,
        indicators: indicators
            .iter()
            .map(|(id, kind)| {
                (
                    (*id).to_owned(),
                    IndicatorRef {
                        title: text(&format!("Title of {}", id.replace('.', " "))),
                        kind: *kind,
                    },
                )
            })
            .collect(),
    }
}

fn result(id: &str, outcome: Outcome, value: Option<f64>, threshold: Threshold) -> IndicatorResult {
    IndicatorResult {
        id: id.to_owned(),
        kind: IndicatorKind::Core,
        outcome,
        value,
        unit: "%".to_owned(),
        threshold,
        band: None,
        score: None,
        explanation: text(&format!("arithmetic of {}", id.replace('.', " "))),
        used: vec!["a.key".to_owned()],
        missing: vec![],
    }
}

fn run(label: &str, verdict: Verdict, results: Vec<IndicatorResult>) -> StandardRun {
    StandardRun {
        standard: label.to_owned(),
        verdict,
        parameters: vec![],
        evaluation: Some(Evaluation {
            verdict,
            summary: None,
            tier: None,
            score: None,
            results,
            assumptions: vec![],
            notes: vec![],
        }),
        error: None,
        base: None,
        lineage: Default::default(),
        stdout: Default::default(),
        stderr: Default::default(),
        fuel_used: 0,
    }
}

/// Three standards on one park: `a`; `b`, with an indicator of its own;
/// `c`, extending `a` and overriding its core indicator.
///
/// | row          | a    | b    | c            | differs |
/// |--------------|------|------|--------------|---------|
/// | core.x       | pass | pass | fail         | yes     |
/// | guiding.y    | fail | pass | fail (of a)  | yes     |
/// | info.z       | pass | pass | pass (of a)  | no      |
/// | extra.w      | —    | pass | —            | no      |
fn report() -> Report {
    let provisional = Assumption {
        name: "coefficient".to_owned(),
        value: "0.3".to_owned(),
        provisional: true,
        description: text("a project convention"),
    };
    let x = |outcome| result("core.x", outcome, Some(0.1), Threshold::AtMost(0.2));
    let y = |outcome| result("guiding.y", outcome, Some(85.0), Threshold::AtLeast(90.0));
    let z = || result("info.z", Outcome::Pass, Some(1234.5), Threshold::Unbounded);
    let mut a = run(
        "a@1.0.0",
        Verdict::Qualified,
        vec![x(Outcome::Pass), y(Outcome::Fail), z()],
    );
    if let Some(e) = a.evaluation.as_mut() {
        e.assumptions.push(provisional.clone());
        e.notes.push(text("a note of a"));
    }
    let mut b = run(
        "b@1.0.0",
        Verdict::Qualified,
        vec![
            x(Outcome::Pass),
            y(Outcome::Pass),
            z(),
            result(
                "extra.w",
                Outcome::Pass,
                None,
                Threshold::Qualitative(text("a condition")),
            ),
        ],
    );
    if let Some(e) = b.evaluation.as_mut() {
        e.tier = Some("gold".to_owned());
        e.score = Some(6.0);
    }
    let mut c = run("c@1.0.0", Verdict::NotQualified, vec![x(Outcome::Fail)]);
    c.base = Some(Box::new(a.clone()));

    let kinds = [
        ("core.x", IndicatorKind::Core),
        ("guiding.y", IndicatorKind::Guiding),
        ("info.z", IndicatorKind::Informative),
    ];
    let mut with_w = kinds.to_vec();
    with_w.push(("extra.w", IndicatorKind::Eligibility));
    let mut b_ref = standard("b@1.0.0", Status::Draft, &with_w);
    b_ref.tiers = vec![Tier {
        id: "gold".to_owned(),
        title: text("Gold"),
        min_score: 5.0,
    }];
    b_ref.max_score = Some(6.0);
    let mut c_ref = standard("c@1.0.0", Status::Trial, &[("core.x", IndicatorKind::Core)]);
    c_ref.extends = Some("a@^1".to_owned());
    Report {
        host_version: "0.1.0".to_owned(),
        wit_versions: WitVersion::ALL.to_vec(),
        limits: Limits::default(),
        dictionary: DictionaryRef {
            shared_version: 1,
            shared_digest: "1".repeat(64),
            defined: BTreeMap::new(),
        },
        standards: vec![standard("a@1.0.0", Status::Trial, &kinds), b_ref, c_ref],
        parameters: vec![],
        as_of: None,
        warnings: vec![],
        parks: vec![ParkSection {
            file: PathBuf::from("park.toml"),
            park: Some(ParkInfo {
                id: "p".to_owned(),
                name: text("Park"),
                province: Some("CN-NM".to_owned()),
                data_digest: "2".repeat(64),
            }),
            year: Some(2025),
            errors: vec![],
            warnings: vec![],
            runs: vec![a, b, c],
            outside_jurisdiction: vec![],
        }],
        result_digest: "3".repeat(64),
    }
}

fn view(changed_only: bool) -> ReportView {
    ReportView::new(&report(), Lang::En, ViewOptions { changed_only })
}

#[test]
fn rows_are_indicator_ids_in_first_seen_order_and_columns_the_standards_asked() {
    let view = view(false);
    let grid = view.parks[0].grid.as_ref().unwrap();
    assert_eq!(grid.columns, ["a@1.0.0", "b@1.0.0", "c@1.0.0"]);
    let ids: Vec<&str> = grid.rows().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["core.x", "guiding.y", "info.z", "extra.w"]);
    let w = grid.rows().find(|r| r.id == "extra.w").unwrap();
    assert!(
        w.cells[0].is_none() && w.cells[2].is_none(),
        "not an indicator of a or c"
    );
    let w = w.cells[1].as_ref().unwrap();
    assert_eq!(w.value, None);
    assert_eq!(w.threshold.short, None, "a condition in words");
    assert_eq!(w.threshold.full.as_deref(), Some("a condition"));
    assert_eq!(w.title, "Title of extra w");
}

#[test]
fn a_derived_standard_s_cells_name_the_layer_they_come_from() {
    let view = view(false);
    let grid = view.parks[0].grid.as_ref().unwrap();
    let cell = |id: &str, column: usize| {
        grid.rows().find(|r| r.id == id).unwrap().cells[column]
            .clone()
            .unwrap()
    };
    assert_eq!(cell("guiding.y", 2).layer.as_deref(), Some("a@1.0.0"));
    assert_eq!(
        cell("core.x", 2).layer,
        None,
        "c's own result overrides a's"
    );
    assert_eq!(cell("core.x", 2).outcome, Outcome::Fail);
    assert_eq!(cell("core.x", 0).threshold.short.as_deref(), Some("≤ 0.20"));
    assert_eq!(
        cell("core.x", 0).threshold.full.as_deref(),
        Some("≤ 0.20 %")
    );
    assert_eq!(cell("core.x", 0).value.as_deref(), Some("0.1000 %"));
    // The title of a base result comes from the base's declaration.
    assert_eq!(cell("guiding.y", 2).title, "Title of guiding y");
    let z = cell("info.z", 0);
    assert!(
        !z.judged,
        "an accounting figure that passes is not a judgement"
    );
    assert_eq!(z.threshold.full, None);
    assert!(cell("guiding.y", 0).judged);
}

#[test]
fn verdict_tier_and_score_rows_follow_the_columns() {
    let view = view(false);
    let grid = view.parks[0].grid.as_ref().unwrap();
    let verdicts: Vec<&str> = grid.verdicts.iter().map(|v| v.label).collect();
    assert_eq!(verdicts, ["QUALIFIED", "QUALIFIED", "NOT QUALIFIED"]);
    let tiers = grid.tiers.as_ref().unwrap();
    assert_eq!(tiers[0], None);
    assert_eq!(tiers[1].as_ref().unwrap().id, "gold");
    assert_eq!(tiers[1].as_ref().unwrap().label, "Gold (gold, ≥ 5)");
    let scores = grid.scores.as_ref().unwrap();
    assert_eq!(scores[1].as_deref(), Some("6 / 6"));
    assert_eq!(scores[2], None);
}

#[test]
fn rows_whose_outcomes_differ_are_marked() {
    let view = view(false);
    let grid = view.parks[0].grid.as_ref().unwrap();
    let differs: Vec<(&str, bool)> = grid.rows().map(|r| (r.id.as_str(), r.differs)).collect();
    assert_eq!(
        differs,
        [
            ("core.x", true),
            ("guiding.y", true),
            ("info.z", false),
            // One standard has it: nothing to differ from.
            ("extra.w", false)
        ]
    );
    assert_eq!(grid.filter_note(Lang::En), None);
    assert!(grid.shows_absent(), "extra.w is not an indicator of a or c");
}

#[test]
fn changed_only_keeps_the_rows_that_differ_and_says_so() {
    let view = view(true);
    let grid = view.parks[0].grid.as_ref().unwrap();
    let ids: Vec<&str> = grid.rows().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["core.x", "guiding.y"]);
    assert!(!grid.shows_absent(), "no legend for rows left out");
    let note = grid.filter_note(Lang::En).unwrap();
    assert!(note.contains("2 of 4"), "{note}");
    assert!(
        grid.filter_note(Lang::Zh)
            .unwrap()
            .contains("4 项中的 2 项")
    );
    // The verdicts and each standard's section stay complete.
    assert_eq!(grid.verdicts.len(), 3);
    assert_eq!(view.parks[0].standards[0].results.len(), 3);
}

/// `--changed-only` in every human format: the unchanged rows leave the
/// grid (one mention fewer), the others stay, and the output says rows are
/// filtered.
#[test]
fn changed_only_filters_the_grid_of_every_format() {
    type Render = fn(&ReportView) -> String;
    let renderers: [(&str, Render); 3] = [
        ("table", render_report),
        ("markdown", render_report_markdown),
        ("html", render_report_html),
    ];
    for (format, render) in renderers {
        let (all, changed) = (render(&view(false)), render(&view(true)));
        let count = |text: &str, id: &str| text.matches(id).count();
        for id in ["info.z", "extra.w"] {
            assert_eq!(
                count(&changed, id) + 1,
                count(&all, id),
                "{format}: the unchanged row {id} leaves the grid only:\n{changed}"
            );
        }
        for id in ["core.x", "guiding.y"] {
            assert_eq!(count(&changed, id), count(&all, id), "{format}: {id}");
        }
        assert!(
            changed.contains("--changed-only: 2 of 4"),
            "{format}:\n{changed}"
        );
        assert!(!all.contains("--changed-only"), "{format}");
    }
}

#[test]
fn one_standard_has_no_grid() {
    let mut report = report();
    report.parks[0].runs.truncate(1);
    let view = ReportView::new(&report, Lang::En, ViewOptions { changed_only: true });
    assert!(view.parks[0].grid.is_none());
    assert_eq!(view.parks[0].standards.len(), 1);
}

#[test]
fn sections_carry_every_layer_s_assumptions_and_notes() {
    let view = view(false);
    let c = &view.parks[0].standards[2];
    assert_eq!(c.label, "c@1.0.0");
    assert_eq!(c.extends.as_deref(), Some("a@1.0.0"));
    assert_eq!(c.verdict.verdict, Verdict::NotQualified);
    let ids: Vec<&str> = c.results.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["guiding.y", "info.z", "core.x"], "the base's first");
    assert_eq!(c.assumptions.len(), 1);
    assert_eq!(c.assumptions[0].layer.as_deref(), Some("a@1.0.0"));
    assert_eq!(c.notes[0].layer.as_deref(), Some("a@1.0.0"));
    let kinds: Vec<Option<IndicatorKind>> = c.groups().iter().map(|(k, _)| *k).collect();
    assert_eq!(
        kinds,
        [
            Some(IndicatorKind::Core),
            Some(IndicatorKind::Guiding),
            Some(IndicatorKind::Informative)
        ]
    );
    assert_eq!(c.core().count(), 1);
    let b = &view.parks[0].standards[1];
    assert_eq!(b.tier.as_ref().unwrap().label, "Gold (gold, ≥ 5)");
    assert_eq!(b.score.as_deref(), Some("6 / 6"));
    assert_eq!(b.status, Some("draft"));
}

#[test]
fn caveats_name_drafts_then_each_provisional_value_once() {
    let view = view(false);
    assert_eq!(
        view.caveats,
        [
            Caveat::Standard {
                standard: "b@1.0.0".to_owned(),
                sentence: "is a draft, for illustration only",
            },
            // a's value, applied by a and by c's base run: once.
            Caveat::Provisional {
                standard: "a@1.0.0".to_owned(),
                name: "coefficient".to_owned(),
                value: "0.3".to_owned(),
                description: "a project convention".to_owned(),
            },
        ]
    );
}

#[test]
fn the_view_is_in_the_language_asked() {
    let view = ReportView::new(&report(), Lang::Zh, ViewOptions::default());
    let section = &view.parks[0].standards[0];
    assert_eq!(section.title, "中文 Standard a@1.0.0");
    assert_eq!(section.verdict.label, "符合");
    assert_eq!(section.results[0].explanation, "中文 arithmetic of core x");
    assert_eq!(view.parks[0].park.as_ref().unwrap().name, "中文 Park");
}

#[test]
fn control_and_bidi_characters_are_removed_from_report_text() {
    let mut report = report();
    if let Some(e) = report.parks[0].runs[0].evaluation.as_mut() {
        e.results[0].explanation.en = "a\u{202e}b\x1b[2Kc".to_owned();
    }
    let view = ReportView::new(&report, Lang::En, ViewOptions::default());
    assert_eq!(view.parks[0].standards[0].results[0].explanation, "ab[2Kc");
}
