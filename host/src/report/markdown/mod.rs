//! The evaluation report as a GitHub-flavoured Markdown document an assessor
//! can file and sign: caveats first, then each park (summary, standards side
//! by side, each standard's section), then the receipt. Renders a
//! [`ReportView`].
//!
//! Deterministic: no timestamps, nothing but the report goes in.

mod receipt;
mod standard;

use std::fmt::Write as _;

use super::md::{Doc, MdTable, code, colon, inline, one_line};
use super::view::{Caveat, Grid, IndicatorView, ParkView, ReportView};

/// The whole evaluation report as Markdown.
pub fn render_report(view: &ReportView) -> String {
    let lang = view.lang;
    let mut doc = Doc::default();
    doc.block(format!(
        "# {}",
        lang.say("零碳园区评价报告", "Zero-carbon park evaluation report")
    ));
    banner(view, &mut doc);
    doc.block(labelled_list(
        lang.say("警告", "Warning"),
        &view.warnings,
        view,
    ));
    for park in &view.parks {
        park_section(park, view, &mut doc);
    }
    doc.block(format!("*{}*", view.rounding_note()));
    receipt::receipt(view, &mut doc);
    doc.finish()
}

/// The caveats as a blockquote, before anything else.
fn banner(view: &ReportView, doc: &mut Doc) {
    if view.caveats.is_empty() {
        return;
    }
    let mut quote = format!("> **{}**\n>\n", view.caveat_heading());
    for caveat in &view.caveats {
        let item = match caveat {
            Caveat::Standard { standard, sentence } => format!("{} {sentence}", code(standard)),
            Caveat::Provisional {
                standard,
                name,
                value,
                description,
            } => format!(
                "{} {} = {} — {}",
                code(standard),
                code(name),
                code(value),
                inline(description, ">   ")
            ),
        };
        let _ = writeln!(quote, "> - {item}");
    }
    doc.block(quote);
}

fn park_section(park: &ParkView, view: &ReportView, doc: &mut Doc) {
    let lang = view.lang;
    match &park.park {
        Some(identity) => {
            let province = identity
                .province
                .as_deref()
                .map(|p| format!(", {}", one_line(p)))
                .unwrap_or_default();
            doc.block(format!(
                "## {} ({}{province})",
                one_line(&identity.name),
                code(&identity.id)
            ));
            let year = park.year.map_or_else(|| "—".to_owned(), |y| y.to_string());
            doc.block(format!(
                "- {}{}{year}\n- {}{}{}\n- {}{}{}",
                lang.say("评价年度", "Assessment year"),
                colon(lang),
                lang.say("数据文件", "Data file"),
                colon(lang),
                code(&park.file),
                lang.say("数据 SHA-256", "Data SHA-256"),
                colon(lang),
                code(&identity.data_digest),
            ));
        }
        None => doc.block(format!("## {}", code(&park.file))),
    }
    doc.block(labelled_list(lang.say("错误", "Error"), &park.errors, view));
    doc.block(labelled_list(
        lang.say("警告", "Warning"),
        &park.warnings,
        view,
    ));
    if park.standards.is_empty() {
        return;
    }
    doc.block(summary(park, view));
    if let Some(grid) = &park.grid {
        doc.block(format!(
            "### {}",
            lang.say("标准对照", "Standards side by side")
        ));
        if let Some(note) = grid.filter_note(lang) {
            doc.block(format!("*{note}*"));
        }
        doc.block(side_by_side(grid, view));
    }
    for section in &park.standards {
        standard::section(section, view, doc);
    }
}

/// One row per standard: status, verdict, and the core indicators against
/// their thresholds.
fn summary(park: &ParkView, view: &ReportView) -> String {
    let lang = view.lang;
    let mut table = MdTable::new(&[
        lang.say("标准", "Standard"),
        lang.say("状态", "Status"),
        lang.say("结论", "Verdict"),
        lang.say(
            "核心指标（数值与限值）",
            "Core indicator (value vs threshold)",
        ),
    ]);
    for section in &park.standards {
        let core: Vec<String> = section
            .core()
            .map(|r| {
                let threshold = match (&r.threshold.full, &r.threshold.short) {
                    (None, _) => String::new(),
                    (Some(full), None) => format!(
                        "{}{}{}{full}{}",
                        lang.say("（", " ("),
                        r.outcome_label,
                        lang.say("；", "; "),
                        lang.say("）", ")"),
                    ),
                    (Some(full), Some(_)) => format!(
                        "{}{}{}{full}{}",
                        lang.say("（", " ("),
                        r.outcome_label,
                        lang.say("；限值 ", "; threshold "),
                        lang.say("）", ")"),
                    ),
                };
                format!("{} {}{threshold}", one_line(&r.title), value_text(r))
            })
            .collect();
        let core = if section.error.is_some() {
            lang.say("未能评价", "not evaluated").to_owned()
        } else if core.is_empty() {
            "—".to_owned()
        } else {
            core.join("\n")
        };
        table.row(vec![
            code(&section.label),
            section.status.unwrap_or("—").to_owned(),
            format!("**{}**", section.verdict.label),
            core,
        ]);
    }
    table.render()
}

/// Standards side by side: the verdicts, tiers and scores, then one row per
/// indicator id with each standard's value and outcome, so differences
/// line up.
fn side_by_side(grid: &Grid, view: &ReportView) -> String {
    let lang = view.lang;
    let labels: Vec<String> = grid.columns.iter().map(|c| code(c)).collect();
    let mut header = vec![lang.say("指标", "Indicator")];
    header.extend(labels.iter().map(String::as_str));
    let mut table = MdTable::new(&header);
    let mut verdicts = vec![format!("**{}**", lang.say("结论", "Verdict"))];
    verdicts.extend(grid.verdicts.iter().map(|v| format!("**{}**", v.label)));
    table.row(verdicts);
    if let Some(tiers) = &grid.tiers {
        let mut row = vec![lang.say("等级", "Tier").to_owned()];
        row.extend(tiers.iter().map(|t| {
            t.as_ref()
                .map_or_else(|| "—".to_owned(), |t| one_line(&t.label))
        }));
        table.row(row);
    }
    if let Some(scores) = &grid.scores {
        let mut row = vec![lang.say("得分", "Score").to_owned()];
        row.extend(
            scores
                .iter()
                .map(|s| s.clone().unwrap_or_else(|| "—".to_owned())),
        );
        table.row(row);
    }
    for row in grid.rows() {
        let mut cells = vec![indicator_cell(&row.title, &row.id, None, lang)];
        cells.extend(row.cells.iter().map(|cell| {
            match cell {
                None => lang
                    .say("（无此指标）", "(not in this standard)")
                    .to_owned(),
                Some(r) => grid_cell(r),
            }
        }));
        table.row(cells);
    }
    table.render()
}

/// A result in a cell: its value, outcome and threshold.
fn grid_cell(r: &IndicatorView) -> String {
    if !r.judged {
        return value_text(r);
    }
    match (&r.threshold.short, &r.value) {
        (Some(threshold), _) => format!("{} · {} ({threshold})", value_text(r), r.outcome_label),
        (None, Some(_)) => format!("{} · {}", value_text(r), r.outcome_label),
        (None, None) => r.outcome_label.to_owned(),
    }
}

/// ``Title (`id`)``, or just the id when the standard gives no title; with
/// the layer it comes from when that is not the standard run.
fn indicator_cell(title: &str, id: &str, from: Option<&str>, lang: crate::report::Lang) -> String {
    let title = one_line(title);
    let mut reference = code(id);
    if let Some(from) = from {
        let _ = write!(
            reference,
            "{}{}",
            lang.say(", 来自 ", ", from "),
            code(from)
        );
    }
    if title.is_empty() {
        reference
    } else {
        format!("{title} ({reference})")
    }
}

/// The value rounded for display, with its unit, or a dash.
fn value_text(r: &IndicatorView) -> String {
    r.value.clone().unwrap_or_else(|| "—".to_owned())
}

/// A list of messages each led by `label` in bold (empty without messages,
/// so the block is dropped).
fn labelled_list(label: &str, messages: &[String], view: &ReportView) -> String {
    let mut list = String::new();
    for message in messages {
        let _ = writeln!(
            list,
            "- **{label}**{}{}",
            colon(view.lang),
            inline(message, "  ")
        );
    }
    list
}

/// Items comma-separated, or words saying the defaults apply.
fn given_list(given: Vec<String>, view: &ReportView) -> String {
    if given.is_empty() {
        view.lang
            .say("无（均取默认值）", "none (defaults apply)")
            .to_owned()
    } else {
        given.join(", ")
    }
}
