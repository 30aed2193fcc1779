//! One standard's section of a park in HTML: its facts, its indicators
//! grouped by kind with the arithmetic and data keys folded under each row,
//! its assumptions (provisional ones flagged) and notes.

use maud::{Markup, html};

use super::{colon, outcome_class, rich, verdict_class};
use crate::model::IndicatorKind;
use crate::report::md::kind_label;
use crate::report::view::{IndicatorView, ReportView, StandardSection};

/// The section of one standard, with the anchor the grid links to.
pub(super) fn section(section: &StandardSection, anchor: &str, view: &ReportView) -> Markup {
    let lang = view.lang;
    html! {
        section.standard id=(anchor) {
            h3 {
                code { (section.label) }
                @if !section.title.is_empty() { " " (section.title) }
            }
            dl.facts {
                dt { (lang.say("状态", "Status")) }
                dd { (section.status.unwrap_or("—")) }
                dt { (lang.say("结论", "Verdict")) }
                dd { span.verdict.(verdict_class(section.verdict.verdict)) { (section.verdict.label) } }
                @if let Some(publisher) = &section.publisher {
                    dt { (lang.say("发布者", "Publisher")) }
                    dd { (publisher) }
                }
                @if let Some(summary) = &section.summary {
                    dt { (lang.say("说明", "Why")) }
                    dd { (rich(summary)) }
                }
                @if let Some(tier) = &section.tier {
                    dt { (lang.say("等级", "Tier")) }
                    dd { (tier.label) }
                }
                @if let Some(score) = &section.score {
                    dt { (lang.say("得分", "Score")) }
                    dd { (score) }
                }
                @if let Some(base) = &section.extends {
                    dt { (lang.say("扩展自", "Extends")) }
                    dd {
                        code { (base) }
                        (lang.say("（沿用的基础标准结果注明其来源）", " (results kept from the base are marked with it)"))
                    }
                }
            }
            @if let Some(note) = &section.jurisdiction_note {
                p.note { strong { (lang.say("注意", "Note")) } (colon(lang)) (rich(note)) }
            }
            @if section.output_truncated {
                p.note { (lang.say("插件输出过多，已截断", "The plugin printed more than kept; its output was truncated")) }
            }
            @if let Some(error) = &section.error {
                p.error {
                    strong { (lang.say("未能评价", "Not evaluated")) } (colon(lang))
                    span.message { (rich(error)) }
                }
            } @else {
                @for (kind, members) in section.groups() {
                    h4 { (kind_label(kind, lang)) }
                    (indicator_table(&members, kind == Some(IndicatorKind::Scored), view))
                }
                (assumptions(section, view))
            }
        }
    }
}

/// A group of results: one row each, its arithmetic and data in a fold
/// under it.
fn indicator_table(members: &[&IndicatorView], scored: bool, view: &ReportView) -> Markup {
    let lang = view.lang;
    let columns = if scored { 5 } else { 4 };
    html! {
        table.indicators {
            thead {
                tr {
                    th.name scope="col" { (lang.say("指标", "Indicator")) }
                    th.value scope="col" { (lang.say("数值", "Value")) }
                    th.threshold scope="col" { (lang.say("限值", "Threshold")) }
                    th.outcome scope="col" { (lang.say("结果", "Outcome")) }
                    @if scored { th.score scope="col" { (lang.say("得分", "Score")) } }
                }
            }
            @for r in members {
                tbody.result {
                    tr {
                        th scope="row" {
                            @if !r.title.is_empty() { span.title { (r.title) } }
                            code.id { (r.id) }
                            @if let Some(layer) = &r.layer {
                                span.layer { (lang.say("来自 ", "from ")) code { (layer) } }
                            }
                        }
                        td.value { (r.value.as_deref().unwrap_or("—")) }
                        td.threshold { (rich(r.threshold.full.as_deref().unwrap_or("—"))) }
                        @if r.judged {
                            td.outcome.(outcome_class(r.outcome)) { (r.outcome_label) }
                        } @else {
                            td.outcome.o-figure { "—" }
                        }
                        @if scored { td.score { (r.score.as_deref().unwrap_or("—")) } }
                    }
                    tr.arithmetic {
                        td colspan=(columns) {
                            details {
                                summary { (lang.say("计算过程与数据", "arithmetic and data")) }
                                p.explanation { (rich(&r.explanation)) }
                                (keys(lang.say("所用数据", "data used"), &r.used, "used", view))
                                (keys(lang.say("缺少数据", "data missing"), &r.missing, "missing", view))
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Data keys, led by a label; nothing when there are none.
fn keys(label: &str, keys: &[String], class: &str, view: &ReportView) -> Markup {
    html! {
        @if !keys.is_empty() {
            p.keys.(class) {
                (label) (colon(view.lang))
                @for (i, key) in keys.iter().enumerate() {
                    @if i > 0 { ", " }
                    code { (key) }
                }
            }
        }
    }
}

/// The parameters given, the values applied (each layer's), and the notes.
fn assumptions(section: &StandardSection, view: &ReportView) -> Markup {
    let lang = view.lang;
    html! {
        h4 { (lang.say("假设与参数", "Assumptions and parameters")) }
        p.parameters {
            (lang.say("命令行给定的参数", "Parameters given on the command line")) (colon(lang))
            @if section.parameters.is_empty() {
                (lang.say("无（均取默认值）", "none (defaults apply)"))
            }
            @for (i, (name, value)) in section.parameters.iter().enumerate() {
                @if i > 0 { ", " }
                code { (name) } " = " code { (value) }
            }
        }
        @if !section.assumptions.is_empty() {
            table.assumptions {
                thead {
                    tr {
                        th.name scope="col" { (lang.say("名称", "Name")) }
                        th.value scope="col" { (lang.say("取值", "Value")) }
                        th.provisional scope="col" { (lang.say("暂定", "Provisional")) }
                        th.description scope="col" { (lang.say("说明", "Description")) }
                    }
                }
                tbody {
                    @for a in &section.assumptions {
                        tr.provisional[a.provisional] {
                            td {
                                code { (a.name) }
                                @if let Some(layer) = &a.layer { " (" code { (layer) } ")" }
                            }
                            td { code { (a.value) } }
                            td {
                                @if a.provisional {
                                    span.flag { (lang.say("暂定", "provisional")) }
                                } @else {
                                    (lang.say("否", "no"))
                                }
                            }
                            td { (rich(&a.description)) }
                        }
                    }
                }
            }
        }
        @if !section.notes.is_empty() {
            h4 { (lang.say("注", "Notes")) }
            ul.notes {
                @for note in &section.notes {
                    li {
                        (rich(&note.text))
                        @if let Some(layer) = &note.layer { " (" code { (layer) } ")" }
                    }
                }
            }
        }
    }
}
