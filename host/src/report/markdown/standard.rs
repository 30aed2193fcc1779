//! One standard's section of a park in Markdown: its facts (status,
//! verdict, tier, score, notes on jurisdiction and layers), its indicators
//! grouped by kind with their arithmetic and data keys, its assumptions and
//! notes.

use std::fmt::Write as _;

use super::super::md::{Doc, MdTable, code, colon, escape_pipes, inline, kind_label, one_line};
use super::super::view::{IndicatorView, ReportView, StandardSection};
use super::{given_list, indicator_cell, value_text};
use crate::model::IndicatorKind;

/// The section of one standard.
pub(super) fn section(section: &StandardSection, view: &ReportView, doc: &mut Doc) {
    let lang = view.lang;
    doc.block(format!(
        "### {} {}",
        code(&section.label),
        one_line(&section.title)
    ));
    let mut facts = vec![
        (
            lang.say("状态", "Status"),
            section.status.unwrap_or("—").to_owned(),
        ),
        (
            lang.say("结论", "Verdict"),
            format!("**{}**", section.verdict.label),
        ),
    ];
    if let Some(publisher) = &section.publisher {
        facts.push((lang.say("发布者", "Publisher"), one_line(publisher)));
    }
    if let Some(summary) = &section.summary {
        facts.push((lang.say("说明", "Why"), one_line(summary)));
    }
    if let Some(tier) = &section.tier {
        facts.push((lang.say("等级", "Tier"), one_line(&tier.label)));
    }
    if let Some(score) = &section.score {
        facts.push((lang.say("得分", "Score"), score.clone()));
    }
    if let Some(note) = &section.jurisdiction_note {
        facts.push((lang.say("注意", "Note"), one_line(note)));
    }
    if let Some(base) = &section.extends {
        facts.push((
            lang.say("扩展自", "Extends"),
            format!(
                "{}{}",
                code(base),
                lang.say(
                    "（沿用的基础标准结果注明其来源）",
                    " (results kept from the base are marked with it)"
                )
            ),
        ));
    }
    let mut list = String::new();
    for (name, value) in facts {
        let _ = writeln!(list, "- {name}{}{value}", colon(lang));
    }
    if section.output_truncated {
        let _ = writeln!(
            list,
            "- {}",
            lang.say(
                "插件输出过多，已截断",
                "The plugin printed more than kept; its output was truncated"
            )
        );
    }
    doc.block(list);
    if let Some(error) = &section.error {
        doc.block(format!(
            "> **{}**{}{}",
            lang.say("未能评价", "Not evaluated"),
            colon(lang),
            inline(error, "> ")
        ));
        return;
    }
    for (kind, members) in section.groups() {
        doc.block(format!("#### {}", kind_label(kind, lang)));
        indicator_group(&members, kind, view, doc);
    }
    assumptions(section, view, doc);
}

/// One group of indicators: a table, then each one's arithmetic and data.
fn indicator_group(
    members: &[&IndicatorView],
    kind: Option<IndicatorKind>,
    view: &ReportView,
    doc: &mut Doc,
) {
    let lang = view.lang;
    let scored = kind == Some(IndicatorKind::Scored);
    let mut header = vec![
        lang.say("指标", "Indicator"),
        lang.say("数值", "Value"),
        lang.say("限值", "Threshold"),
        lang.say("结果", "Outcome"),
    ];
    if scored {
        header.push(lang.say("得分", "Score"));
    }
    let mut table = MdTable::new(&header);
    let mut details = String::new();
    for r in members {
        let mut row = vec![
            indicator_cell(&r.title, &r.id, r.layer.as_deref(), lang),
            value_text(r),
            r.threshold.full.clone().unwrap_or_else(|| "—".to_owned()),
            if r.judged { r.outcome_label } else { "—" }.to_owned(),
        ];
        if scored {
            row.push(r.score.clone().unwrap_or_else(|| "—".to_owned()));
        }
        table.row(row);

        let _ = writeln!(
            details,
            "- **{}**{}{}",
            escape_pipes(&one_line(r.name())),
            colon(lang),
            inline(&r.explanation, "  ")
        );
        for (label, keys) in [
            (lang.say("所用数据", "data used"), &r.used),
            (lang.say("缺少数据", "data missing"), &r.missing),
        ] {
            if !keys.is_empty() {
                let keys: Vec<String> = keys.iter().map(|k| code(k)).collect();
                let _ = writeln!(details, "  - {label}{}{}", colon(lang), keys.join(", "));
            }
        }
    }
    doc.block(table.render());
    doc.block(details);
}

/// The parameters given, the values applied (each layer's), and the notes.
fn assumptions(section: &StandardSection, view: &ReportView, doc: &mut Doc) {
    let lang = view.lang;
    doc.block(format!(
        "#### {}",
        lang.say("假设与参数", "Assumptions and parameters")
    ));
    let given = given_list(
        section
            .parameters
            .iter()
            .map(|(name, value)| format!("{} = {}", code(name), code(value)))
            .collect(),
        view,
    );
    doc.block(format!(
        "{}{}{given}",
        lang.say("命令行给定的参数", "Parameters given on the command line"),
        colon(lang)
    ));
    let attribution = |layer: &Option<String>| {
        layer
            .as_deref()
            .map_or_else(String::new, |l| format!(" ({})", code(l)))
    };
    if !section.assumptions.is_empty() {
        let mut table = MdTable::new(&[
            lang.say("名称", "Name"),
            lang.say("取值", "Value"),
            lang.say("暂定", "Provisional"),
            lang.say("说明", "Description"),
        ]);
        for a in &section.assumptions {
            table.row(vec![
                format!("{}{}", code(&a.name), attribution(&a.layer)),
                code(&a.value),
                if a.provisional {
                    lang.say("是", "yes")
                } else {
                    lang.say("否", "no")
                }
                .to_owned(),
                a.description.clone(),
            ]);
        }
        doc.block(table.render());
    }
    if !section.notes.is_empty() {
        let mut notes = String::new();
        for note in &section.notes {
            let _ = writeln!(
                notes,
                "- {}{}",
                inline(&note.text, "  "),
                attribution(&note.layer)
            );
        }
        doc.block(format!("#### {}", lang.say("注", "Notes")));
        doc.block(notes);
    }
}
