//! The evaluation report as terminal tables: for each park the standards
//! side by side, then each standard's verdict and indicators with value,
//! threshold, outcome and the arithmetic. Renders a [`ReportView`].

use std::fmt::Write as _;

use comfy_table::{ColumnConstraint, ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};

use super::view::{Caveat, Grid, IndicatorView, ParkView, ReportView, StandardSection};

/// Width used when stdout is not a terminal, so output is stable.
const DEFAULT_WIDTH: u16 = 120;

/// The cell of an indicator a standard does not declare (explained under
/// the table).
const NOT_DECLARED: &str = "·";

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

/// The whole evaluation report.
pub fn render_report(view: &ReportView) -> String {
    let lang = view.lang;
    let mut out = String::new();
    if !view.caveats.is_empty() {
        let _ = writeln!(out, "{}", view.caveat_heading());
        for caveat in &view.caveats {
            let _ = match caveat {
                Caveat::Standard { standard, sentence } => {
                    writeln!(out, "  - {standard} {sentence}")
                }
                Caveat::Provisional {
                    standard,
                    name,
                    value,
                    description,
                } => writeln!(out, "  - {standard} {name} = {value} — {description}"),
            };
        }
        out.push('\n');
    }
    for warning in &view.warnings {
        let _ = writeln!(out, "{} {warning}", lang.say("警告：", "warning:"));
    }
    for park in &view.parks {
        park_section(park, view, &mut out);
    }
    out
}

fn park_section(park: &ParkView, view: &ReportView, out: &mut String) {
    let lang = view.lang;
    match &park.park {
        Some(identity) => {
            let _ = writeln!(
                out,
                "══ {} ({}{})",
                identity.name,
                identity.id,
                identity
                    .province
                    .as_deref()
                    .map(|p| format!(", {p}"))
                    .unwrap_or_default()
            );
            let _ = writeln!(
                out,
                "   {} {} · {} {} · {} sha256 {:.12}",
                lang.say("文件", "file"),
                park.file,
                lang.say("评价年度", "year"),
                park.year.map_or_else(|| "—".to_owned(), |y| y.to_string()),
                lang.say("数据", "data"),
                identity.data_digest
            );
        }
        None => {
            let _ = writeln!(out, "══ {}", park.file);
        }
    }
    for error in &park.errors {
        let _ = writeln!(out, "   {} {error}", lang.say("错误：", "error:"));
    }
    for warning in &park.warnings {
        let _ = writeln!(out, "   {} {warning}", lang.say("警告：", "warning:"));
    }
    if let Some(grid) = &park.grid {
        let _ = writeln!(out, "{}", side_by_side(grid, view));
        if grid.shows_absent() {
            let _ = writeln!(
                out,
                "   {NOT_DECLARED} {}",
                lang.say("该标准无此指标", "not an indicator of that standard")
            );
        }
        if let Some(note) = grid.filter_note(lang) {
            let _ = writeln!(out, "   {note}");
        }
    }
    for section in &park.standards {
        standard_section(section, view, out);
    }
    out.push('\n');
}

/// Standards side by side: the verdicts, then one row per indicator id with
/// each standard's value and outcome, so differences line up.
fn side_by_side(grid: &Grid, view: &ReportView) -> Table {
    let lang = view.lang;
    let mut header = vec![lang.say("指标", "indicator").to_owned()];
    // `id` over `@version`, so that narrow columns break where it reads well.
    header.extend(grid.columns.iter().map(|c| c.replacen('@', "\n@", 1)));
    let mut table = new_table(&[]);
    if !table.is_tty() {
        // Off a terminal, room for the ids and about 16 columns a standard.
        let wanted = 40 + 17 * grid.columns.len();
        table.set_width(u16::try_from(wanted).unwrap_or(u16::MAX).max(DEFAULT_WIDTH));
    }
    table.set_header(header);
    let mut verdicts = vec![lang.say("结论", "verdict").to_owned()];
    verdicts.extend(grid.verdicts.iter().map(|v| v.label.to_owned()));
    table.add_row(verdicts);
    if let Some(tiers) = &grid.tiers {
        let mut row = vec![lang.say("等级", "tier").to_owned()];
        // The id alone: the name and the score it starts at follow in each
        // standard's section.
        row.extend(
            tiers
                .iter()
                .map(|t| t.as_ref().map_or_else(|| "—".to_owned(), |t| t.id.clone())),
        );
        table.add_row(row);
    }
    if let Some(scores) = &grid.scores {
        let mut row = vec![lang.say("得分", "score").to_owned()];
        row.extend(
            scores
                .iter()
                .map(|s| s.clone().unwrap_or_else(|| "—".to_owned())),
        );
        table.add_row(row);
    }
    for row in grid.rows() {
        let mut cells = vec![row.id.clone()];
        cells.extend(row.cells.iter().map(|cell| {
            cell.as_ref()
                .map_or_else(|| NOT_DECLARED.to_owned(), grid_cell)
                .trim_end()
                .to_owned()
        }));
        table.add_row(cells);
    }
    // Indicator ids are what rows line up by: never wrapped; the
    // standards' columns share the rest of the width.
    if let Some(ids) = table.column_mut(0) {
        ids.set_constraint(ColumnConstraint::ContentWidth);
    }
    table
}

/// A result in a narrow cell: its value, then its outcome and threshold.
fn grid_cell(r: &IndicatorView) -> String {
    let value = r.value.as_deref().unwrap_or("—");
    if !r.judged {
        return value.to_owned();
    }
    match (&r.threshold.short, &r.value) {
        (Some(threshold), _) => format!("{value}\n{} ({threshold})", r.outcome_label),
        (None, Some(value)) => format!("{value}\n{}", r.outcome_label),
        (None, None) => r.outcome_label.to_owned(),
    }
}

/// One standard's section.
fn standard_section(section: &StandardSection, view: &ReportView, out: &mut String) {
    let lang = view.lang;
    let _ = writeln!(
        out,
        "\n── {} ({}) {}",
        section.label,
        section.status.unwrap_or_default(),
        section.title
    );
    let mut fact = |name: &str, value: &str| {
        let _ = writeln!(out, "   {name}: {value}");
    };
    if let Some(publisher) = &section.publisher {
        fact(lang.say("发布者", "publisher"), publisher);
    }
    fact(lang.say("结论", "verdict"), section.verdict.label);
    if let Some(summary) = &section.summary {
        fact(lang.say("说明", "why"), summary);
    }
    if let Some(tier) = &section.tier {
        fact(lang.say("等级", "tier"), &tier.label);
    }
    if let Some(score) = &section.score {
        fact(lang.say("得分", "score"), score);
    }
    if let Some(note) = &section.jurisdiction_note {
        let _ = writeln!(out, "   {} {note}", lang.say("注意：", "note:"));
    }
    if let Some(error) = &section.error {
        let _ = writeln!(
            out,
            "   {} {error}",
            lang.say("未能评价：", "not evaluated:")
        );
    }
    if section.output_truncated {
        let _ = writeln!(
            out,
            "   {}",
            lang.say(
                "插件输出过多，已截断",
                "the plugin printed more than kept; its output was truncated"
            )
        );
    }
    if section.results.is_empty() {
        return;
    }
    let mut table = new_table(&[
        lang.say("指标", "indicator"),
        lang.say("数值", "value"),
        lang.say("限值", "threshold"),
        lang.say("结果", "outcome"),
    ]);
    let mut arithmetic = String::new();
    for r in &section.results {
        let layer = r
            .layer
            .as_deref()
            .map(|l| format!(" [{l}]"))
            .unwrap_or_default();
        let mut outcome = if r.judged { r.outcome_label } else { "—" }.to_owned();
        if let Some(score) = &r.score {
            let _ = write!(outcome, "\n{} {score}", lang.say("得分", "score"));
        }
        table.add_row(vec![
            format!("{}\n{}{layer}", r.title, r.id),
            r.value.clone().unwrap_or_else(|| "—".to_owned()),
            r.threshold.full.clone().unwrap_or_else(|| "—".to_owned()),
            outcome,
        ]);
        let _ = writeln!(arithmetic, "   · {}: {}", r.name(), r.explanation);
        if !r.missing.is_empty() {
            let _ = writeln!(
                arithmetic,
                "     {} {}",
                lang.say("缺少数据：", "missing:"),
                r.missing.join(", ")
            );
        }
    }
    let _ = writeln!(out, "{table}");
    let _ = writeln!(out, "   {}", lang.say("计算过程：", "arithmetic:"));
    out.push_str(&arithmetic);
    for note in &section.notes {
        let layer = note
            .layer
            .as_deref()
            .map(|l| format!(" [{l}]"))
            .unwrap_or_default();
        let _ = writeln!(out, "   {} {}{layer}", lang.say("注：", "note:"), note.text);
    }
}
