//! The standards of a park side by side in HTML: one column per standard,
//! the verdict, tier and score rows, then one row per indicator whose cells
//! are coloured by outcome and name it in words, each with its arithmetic
//! folded beneath the value.

use maud::{Markup, html};

use super::{colon, outcome_class, rich, standard_anchor, verdict_class};
use crate::report::view::{Grid, IndicatorView, ReportView};

/// The grid of the park at `park` (its index in the report).
pub(super) fn side_by_side(grid: &Grid, park: usize, view: &ReportView) -> Markup {
    let lang = view.lang;
    html! {
        h3 { (lang.say("标准对照", "Standards side by side")) }
        @if let Some(note) = grid.filter_note(lang) {
            p.filter-note { (note) }
        }
        div.grid-wrap {
            table.grid {
                thead {
                    tr {
                        th scope="col" { (lang.say("指标", "Indicator")) }
                        @for (column, label) in grid.columns.iter().enumerate() {
                            th scope="col" {
                                a href={ "#" (standard_anchor(park, column)) } { code { (label) } }
                            }
                        }
                    }
                }
                tbody.totals {
                    tr.verdicts {
                        th scope="row" { (lang.say("结论", "Verdict")) }
                        @for verdict in &grid.verdicts {
                            td.verdict.(verdict_class(verdict.verdict)) { (verdict.label) }
                        }
                    }
                    @if let Some(tiers) = &grid.tiers {
                        tr.tiers {
                            th scope="row" { (lang.say("等级", "Tier")) }
                            @for tier in tiers {
                                td { (tier.as_ref().map_or("—", |t| t.label.as_str())) }
                            }
                        }
                    }
                    @if let Some(scores) = &grid.scores {
                        tr.scores {
                            th scope="row" { (lang.say("得分", "Score")) }
                            @for score in scores {
                                td { (score.as_deref().unwrap_or("—")) }
                            }
                        }
                    }
                }
                tbody.indicators {
                    @for row in grid.rows() {
                        tr.differs[row.differs] {
                            th scope="row" {
                                @if !row.title.is_empty() {
                                    span.title { (row.title) }
                                }
                                code.id { (row.id) }
                                @if row.differs {
                                    span.differs-tag { (lang.say("结果不同", "differs")) }
                                }
                            }
                            @for cell in &row.cells {
                                @match cell {
                                    None => td.absent {
                                        span aria-hidden="true" { "·" }
                                        span.visually-hidden { (lang.say("该标准无此指标", "not an indicator of this standard")) }
                                    },
                                    Some(result) => (cell_of(result, view)),
                                }
                            }
                        }
                    }
                }
            }
        }
        @if grid.shows_absent() {
            p.legend { "· " (lang.say("该标准无此指标", "not an indicator of that standard")) }
        }
    }
}

/// One standard's result in a cell: value, outcome in words, threshold,
/// then the arithmetic in a fold.
fn cell_of(r: &IndicatorView, view: &ReportView) -> Markup {
    let lang = view.lang;
    let class = if r.judged {
        outcome_class(r.outcome)
    } else {
        "o-figure".to_owned()
    };
    html! {
        td.cell.(class) {
            // A condition met or not has no value to show; a figure or a
            // numeric threshold without one shows a dash.
            @if r.value.is_some() || !r.judged || r.threshold.short.is_some() {
                span.value { (r.value.as_deref().unwrap_or("—")) }
            }
            @if r.judged {
                " "
                span.outcome { (r.outcome_label) }
            }
            @if let Some(threshold) = &r.threshold.short {
                " "
                span.threshold { (threshold) }
            }
            details.arithmetic {
                summary { (lang.say("计算过程", "arithmetic")) }
                p.explanation { (rich(&r.explanation)) }
                @if !r.missing.is_empty() {
                    p.keys.missing {
                        (lang.say("缺少数据", "data missing")) (colon(lang))
                        @for (i, key) in r.missing.iter().enumerate() {
                            @if i > 0 { ", " }
                            code { (key) }
                        }
                    }
                }
            }
        }
    }
}
