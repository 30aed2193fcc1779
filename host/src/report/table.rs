//! The evaluation report as terminal tables: the verdict first, then each indicator with value,
//! threshold, outcome and the arithmetic.

use std::fmt::Write as _;

use comfy_table::{ColumnConstraint, ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};

use super::{
    Caveat, Lang, caveat_heading, caveats, display_number, display_score, jurisdiction_note,
    outcome_label, score_label, threshold_label, tier_label, verdict_label,
};
use crate::model::{IndicatorKind, IndicatorResult, Outcome, Status, Threshold};
use crate::record::{ParkSection, Report, StandardRun};

/// Width used when stdout is not a terminal, so output is stable.
const DEFAULT_WIDTH: u16 = 120;

pub(super) fn new_table(header: &[&str]) -> Table {
    let mut table = Table::new();
    table
        .load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    if !table.is_tty() {
        table.set_width(DEFAULT_WIDTH);
    }
    table.set_header(header.iter().copied());
    table
}

/// A life-cycle status in words.
pub(super) fn status_label(status: Status, lang: Lang) -> &'static str {
    match status {
        Status::Draft => lang.say("草案", "draft"),
        Status::Trial => lang.say("试行", "trial"),
        Status::InForce => lang.say("现行", "in force"),
        Status::Superseded => lang.say("已被替代", "superseded"),
        Status::Withdrawn => lang.say("已废止", "withdrawn"),
    }
}

/// The whole evaluation report.
pub fn render_report(report: &Report, lang: Lang) -> String {
    let mut out = String::new();
    banner(report, lang, &mut out);
    for warning in &report.warnings {
        let _ = writeln!(out, "{} {warning}", lang.say("警告：", "warning:"));
    }
    for section in &report.parks {
        park_section(section, report, lang, &mut out);
    }
    out
}

/// Say at the top when a result rests on a provisional value or a draft.
fn banner(report: &Report, lang: Lang, out: &mut String) {
    let caveats = caveats(report);
    if caveats.is_empty() {
        return;
    }
    let _ = writeln!(out, "{}", caveat_heading(lang));
    for caveat in caveats {
        let _ = match (caveat.about_standard(lang), caveat) {
            (Some((standard, sentence)), _) => writeln!(out, "  - {standard} {sentence}"),
            (None, Caveat::Provisional(standard, a)) => writeln!(
                out,
                "  - {standard} {} = {} — {}",
                a.name,
                a.value,
                lang.pick(&a.description)
            ),
            (None, _) => Ok(()),
        };
    }
    out.push('\n');
}

fn park_section(section: &ParkSection, report: &Report, lang: Lang, out: &mut String) {
    match &section.park {
        Some(park) => {
            let _ = writeln!(
                out,
                "══ {} ({}{})",
                lang.pick(&park.name),
                park.id,
                park.province
                    .as_deref()
                    .map(|p| format!(", {p}"))
                    .unwrap_or_default()
            );
            let _ = writeln!(
                out,
                "   {} {} · {} {} · {} sha256 {:.12}",
                lang.say("文件", "file"),
                section.file.display(),
                lang.say("评价年度", "year"),
                section
                    .year
                    .map_or_else(|| "—".to_owned(), |y| y.to_string()),
                lang.say("数据", "data"),
                park.data_digest
            );
        }
        None => {
            let _ = writeln!(out, "══ {}", section.file.display());
        }
    }
    for error in &section.errors {
        let _ = writeln!(out, "   {} {error}", lang.say("错误：", "error:"));
    }
    for warning in &section.warnings {
        let _ = writeln!(out, "   {} {warning}", lang.say("警告：", "warning:"));
    }
    if section.runs.len() > 1 {
        let _ = writeln!(out, "{}", side_by_side(&section.runs, report, lang));
        let _ = writeln!(
            out,
            "   {NOT_DECLARED} {}",
            lang.say("该标准无此指标", "not an indicator of that standard")
        );
    }
    let province = section.park.as_ref().and_then(|p| p.province.as_deref());
    for run in &section.runs {
        let outside = province.filter(|_| section.outside_jurisdiction.contains(&run.standard));
        standard_run(run, report, outside, lang, out);
    }
    out.push('\n');
}

/// The cell of an indicator a standard does not declare (explained under
/// the table).
const NOT_DECLARED: &str = "·";

/// Standards side by side: the verdicts, then one row per indicator id with
/// each standard's value and outcome, so differences line up.
fn side_by_side(runs: &[StandardRun], report: &Report, lang: Lang) -> Table {
    let mut header = vec![lang.say("指标", "indicator").to_owned()];
    // `id` over `@version`, so that narrow columns break where it reads well.
    header.extend(runs.iter().map(|r| r.standard.replacen('@', "\n@", 1)));
    let mut table = new_table(&[]);
    if !table.is_tty() {
        // Off a terminal, room for the ids and about 16 columns a standard.
        let wanted = 40 + 17 * runs.len();
        table.set_width(u16::try_from(wanted).unwrap_or(u16::MAX).max(DEFAULT_WIDTH));
    }
    table.set_header(header);
    let mut verdicts = vec![lang.say("结论", "verdict").to_owned()];
    verdicts.extend(
        runs.iter()
            .map(|r| verdict_label(r.verdict, lang).to_owned()),
    );
    table.add_row(verdicts);
    let reference = |r: &StandardRun| report.standards.iter().find(|s| s.label == r.standard);
    let evaluations = || runs.iter().map(|r| (r, r.evaluation.as_ref()));
    if evaluations().any(|(_, e)| e.is_some_and(|e| e.tier.is_some())) {
        let mut row = vec![lang.say("等级", "tier").to_owned()];
        row.extend(evaluations().map(|(_, e)| {
            // The id alone: the name and the score it starts at follow in
            // each standard's section.
            e.and_then(|e| e.tier.clone())
                .unwrap_or_else(|| "—".to_owned())
        }));
        table.add_row(row);
    }
    if evaluations().any(|(_, e)| e.is_some_and(|e| e.score.is_some())) {
        let mut row = vec![lang.say("得分", "score").to_owned()];
        row.extend(evaluations().map(|(r, e)| {
            e.and_then(|e| e.score)
                .map_or_else(|| "—".to_owned(), |s| score_label(reference(r), s))
        }));
        table.add_row(row);
    }
    let layered: Vec<Vec<(&str, &IndicatorResult)>> =
        runs.iter().map(StandardRun::layered_results).collect();
    let mut ids: Vec<&str> = Vec::new();
    for (_, result) in layered.iter().flatten() {
        if !ids.contains(&result.id.as_str()) {
            ids.push(&result.id);
        }
    }
    for id in ids {
        let mut row = vec![id.to_owned()];
        for results in &layered {
            let cell = results.iter().find(|(_, r)| r.id == id).map_or_else(
                || NOT_DECLARED.to_owned(),
                |(_, r)| {
                    let value = r.value.map_or_else(
                        || "—".to_owned(),
                        |v| format!("{} {}", display_number(v), r.unit),
                    );
                    match &r.threshold {
                        Threshold::Unbounded => value,
                        Threshold::Qualitative(_) if r.value.is_none() => {
                            outcome_label(r.outcome, lang).to_owned()
                        }
                        Threshold::Qualitative(_) => {
                            format!("{value}\n{}", outcome_label(r.outcome, lang))
                        }
                        threshold => format!(
                            "{value}\n{} ({})",
                            outcome_label(r.outcome, lang),
                            threshold_label(threshold, "", lang)
                        ),
                    }
                },
            );
            row.push(cell.trim_end().to_owned());
        }
        table.add_row(row);
    }
    // Indicator ids are what rows line up by: never wrapped; the
    // standards' columns share the rest of the width.
    if let Some(ids) = table.column_mut(0) {
        ids.set_constraint(ColumnConstraint::ContentWidth);
    }
    table
}

/// One standard's section; `outside` is the park's province when the
/// standard's jurisdiction does not cover it.
fn standard_run(
    run: &StandardRun,
    report: &Report,
    outside: Option<&str>,
    lang: Lang,
    out: &mut String,
) {
    let reference = report.standards.iter().find(|s| s.label == run.standard);
    let title = reference
        .map(|s| lang.pick(&s.title).to_owned())
        .unwrap_or_default();
    let status = reference
        .map(|s| status_label(s.status, lang))
        .unwrap_or_default();
    let _ = writeln!(out, "\n── {} ({status}) {title}", run.standard);
    if let Some(publisher) = reference
        .map(|s| &s.publisher)
        .filter(|p| **p != crate::trust::Publisher::Bundled)
    {
        let _ = writeln!(
            out,
            "   {}: {}",
            lang.say("发布者", "publisher"),
            super::publisher_label(publisher, lang)
        );
    }
    let _ = writeln!(
        out,
        "   {}: {}",
        lang.say("结论", "verdict"),
        verdict_label(run.verdict, lang)
    );
    if let Some(evaluation) = &run.evaluation {
        if let Some(summary) = &evaluation.summary {
            let _ = writeln!(
                out,
                "   {}: {}",
                lang.say("说明", "why"),
                lang.pick(summary)
            );
        }
        if let Some(tier) = &evaluation.tier {
            let _ = writeln!(
                out,
                "   {}: {}",
                lang.say("等级", "tier"),
                tier_label(reference, tier, lang)
            );
        }
        if let Some(score) = evaluation.score {
            let _ = writeln!(
                out,
                "   {}: {}",
                lang.say("得分", "score"),
                score_label(reference, score)
            );
        }
    }
    if let Some(province) = outside {
        let _ = writeln!(
            out,
            "   {} {}",
            lang.say("注意：", "note:"),
            jurisdiction_note(reference, province, lang)
        );
    }
    if let Some(error) = &run.error {
        let _ = writeln!(
            out,
            "   {} {error}",
            lang.say("未能评价：", "not evaluated:")
        );
    }
    if run.stdout.truncated || run.stderr.truncated {
        let _ = writeln!(
            out,
            "   {}",
            lang.say(
                "插件输出过多，已截断",
                "the plugin printed more than kept; its output was truncated"
            )
        );
    }
    let results = run.layered_results();
    if results.is_empty() {
        return;
    }
    let mut table = new_table(&[
        lang.say("指标", "indicator"),
        lang.say("数值", "value"),
        lang.say("限值", "threshold"),
        lang.say("结果", "outcome"),
    ]);
    let mut arithmetic = String::new();
    for (layer, result) in results {
        let title = indicator_title(report, layer, &result.id, lang);
        let layer_note = if layer == run.standard {
            String::new()
        } else {
            format!(" [{layer}]")
        };
        let value = result.value.map_or_else(
            || "—".to_owned(),
            |v| format!("{} {}", display_number(v), result.unit),
        );
        let informative =
            indicator_kind(report, layer, &result.id) == Some(IndicatorKind::Informative);
        let mut outcome = if informative && result.outcome == Outcome::Pass {
            "—".to_owned()
        } else {
            outcome_label(result.outcome, lang).to_owned()
        };
        if let Some(score) = result.score {
            let _ = write!(
                outcome,
                "\n{} {}",
                lang.say("得分", "score"),
                display_score(score)
            );
        }
        table.add_row(vec![
            format!("{title}\n{}{layer_note}", result.id),
            value.trim_end().to_owned(),
            threshold_label(&result.threshold, &result.unit, lang),
            outcome,
        ]);
        let _ = writeln!(
            arithmetic,
            "   · {}: {}",
            if title.is_empty() { &result.id } else { &title },
            lang.pick(&result.explanation)
        );
        if !result.missing.is_empty() {
            let _ = writeln!(
                arithmetic,
                "     {} {}",
                lang.say("缺少数据：", "missing:"),
                result.missing.join(", ")
            );
        }
    }
    let _ = writeln!(out, "{table}");
    let _ = writeln!(out, "   {}", lang.say("计算过程：", "arithmetic:"));
    out.push_str(&arithmetic);
    for note in run.evaluation.iter().flat_map(|e| &e.notes) {
        let _ = writeln!(out, "   {} {}", lang.say("注：", "note:"), lang.pick(note));
    }
}

/// The indicator's kind as its layer's standard declares it.
fn indicator_kind(report: &Report, layer: &str, id: &str) -> Option<IndicatorKind> {
    report
        .standards
        .iter()
        .find(|s| s.label == layer)
        .and_then(|s| s.indicators.get(id))
        .map(|i| i.kind)
}

/// The indicator's title as its layer's standard declares it.
fn indicator_title(report: &Report, layer: &str, id: &str, lang: Lang) -> String {
    report
        .standards
        .iter()
        .find(|s| s.label == layer)
        .and_then(|s| s.indicators.get(id))
        .map_or_else(String::new, |i| lang.pick(&i.title).to_owned())
}
