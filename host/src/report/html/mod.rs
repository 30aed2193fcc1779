//! The evaluation report as one self-contained HTML document, to open in a
//! browser or file: inline CSS, no script, nothing fetched (no fonts,
//! images or links out). The caveats first; per park the standards side by
//! side with pass/fail colours and a word for each (never colour alone),
//! the arithmetic folded under each value; each standard's section; the
//! receipt. Renders a [`ReportView`].
//!
//! Every text is spliced through maud, which escapes `&`, `<`, `>` and `"`;
//! the view has already removed control and bidirectional characters.

mod grid;
mod receipt;
mod standard;

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::Lang;
use super::view::{Caveat, ParkView, ReportView};
use crate::model::{Outcome, Verdict};

/// The style sheet, inlined in the document.
const STYLE: &str = include_str!("style.css");

/// The whole evaluation report as an HTML document.
pub fn render_report(view: &ReportView) -> String {
    let lang = view.lang;
    let title = lang.say("零碳园区评价报告", "Zero-carbon park evaluation report");
    let document = html! {
        (DOCTYPE)
        html lang=(lang_tag(lang)) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                header {
                    h1 { (title) }
                    (contents(view))
                }
                main {
                    (banner(view))
                    @if !view.warnings.is_empty() {
                        ul.warnings {
                            @for warning in &view.warnings {
                                li { strong { (lang.say("警告", "Warning")) } (colon(lang)) (rich(warning)) }
                            }
                        }
                    }
                    @for (index, park) in view.parks.iter().enumerate() {
                        (park_section(park, index, view))
                    }
                    p.rounding { (view.rounding_note()) }
                    (receipt::receipt(view))
                }
            }
        }
    };
    let mut out = document.into_string();
    out.push('\n');
    out
}

/// A table of contents when there are several parks: one in-page link each.
fn contents(view: &ReportView) -> Markup {
    html! {
        @if view.parks.len() > 1 {
            nav.contents aria-label=(view.lang.say("目录", "Contents")) {
                ol {
                    @for (index, park) in view.parks.iter().enumerate() {
                        li { a href={ "#" (park_anchor(index)) } { (park_name(park)) } }
                    }
                }
            }
        }
    }
}

/// The caveats, at the top: standards that are drafts, unsigned or
/// unverified in full; the provisional values counted by standard and
/// listed in a fold.
fn banner(view: &ReportView) -> Markup {
    let lang = view.lang;
    let standards: Vec<(&str, &str)> = view
        .caveats
        .iter()
        .filter_map(|c| match c {
            Caveat::Standard { standard, sentence } => Some((standard.as_str(), *sentence)),
            Caveat::Provisional { .. } => None,
        })
        .collect();
    let provisional: Vec<(&str, &str, &str, &str)> = view
        .caveats
        .iter()
        .filter_map(|c| match c {
            Caveat::Provisional {
                standard,
                name,
                value,
                description,
            } => Some((
                standard.as_str(),
                name.as_str(),
                value.as_str(),
                description.as_str(),
            )),
            Caveat::Standard { .. } => None,
        })
        .collect();
    let mut by_standard: Vec<(&str, usize)> = Vec::new();
    for (standard, ..) in &provisional {
        match by_standard.iter_mut().find(|(s, _)| s == standard) {
            Some((_, count)) => *count += 1,
            None => by_standard.push((standard, 1)),
        }
    }
    html! {
        @if !view.caveats.is_empty() {
            section.caveats role="note" {
                p.caveat-heading { strong { (view.caveat_heading()) } }
                ul {
                    @for (standard, sentence) in &standards {
                        li { code { (standard) } " " (sentence) }
                    }
                    @if !provisional.is_empty() {
                        li {
                            (provisional_count(provisional.len(), lang))
                            @for (i, (standard, count)) in by_standard.iter().enumerate() {
                                @if i > 0 { (lang.say("、", ", ")) }
                                code { (standard) } " (" (count) ")"
                            }
                        }
                    }
                }
                @if !provisional.is_empty() {
                    details.provisional {
                        summary { (lang.say("逐项列出暂定取值", "Every provisional value")) }
                        table {
                            thead { tr {
                                th scope="col" { (lang.say("标准", "Standard")) }
                                th scope="col" { (lang.say("名称", "Name")) }
                                th scope="col" { (lang.say("取值", "Value")) }
                                th scope="col" { (lang.say("说明", "Description")) }
                            } }
                            tbody {
                                @for (standard, name, value, description) in &provisional {
                                    tr {
                                        td { code { (standard) } }
                                        td { code { (name) } }
                                        td { code { (value) } }
                                        td { (rich(description)) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn provisional_count(count: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("依赖 {count} 项暂定取值（非官方文件明确给出的项目约定），按标准计："),
        Lang::En => format!(
            "{count} provisional values (project conventions, not found in an official text), by standard: "
        ),
    }
}

fn park_section(park: &ParkView, index: usize, view: &ReportView) -> Markup {
    let lang = view.lang;
    html! {
        section.park id=(park_anchor(index)) {
            h2 {
                (park_name(park))
                @if let Some(identity) = &park.park {
                    " "
                    span.park-id {
                        "(" code { (identity.id) }
                        @if let Some(province) = &identity.province { ", " (province) }
                        ")"
                    }
                }
            }
            dl.facts {
                @if let Some(identity) = &park.park {
                    dt { (lang.say("评价年度", "Assessment year")) }
                    dd { (park.year.map_or_else(|| "—".to_owned(), |y| y.to_string())) }
                    dt { (lang.say("数据文件", "Data file")) }
                    dd { code { (park.file) } }
                    dt { (lang.say("数据 SHA-256", "Data SHA-256")) }
                    dd { code.digest { (identity.data_digest) } }
                } @else {
                    dt { (lang.say("数据文件", "Data file")) }
                    dd { code { (park.file) } }
                }
            }
            @if !park.errors.is_empty() {
                ul.errors {
                    @for error in &park.errors {
                        li { strong { (lang.say("错误", "Error")) } (colon(lang)) span.message { (rich(error)) } }
                    }
                }
            }
            @if !park.warnings.is_empty() {
                ul.warnings {
                    @for warning in &park.warnings {
                        li { strong { (lang.say("警告", "Warning")) } (colon(lang)) span.message { (rich(warning)) } }
                    }
                }
            }
            @if let Some(grid) = &park.grid {
                (grid::side_by_side(grid, index, view))
            }
            @for (column, section) in park.standards.iter().enumerate() {
                (standard::section(section, &standard_anchor(index, column), view))
            }
        }
    }
}

/// The park's name, or its file when it did not load.
fn park_name(park: &ParkView) -> &str {
    park.park.as_ref().map_or(&park.file, |p| &p.name)
}

fn park_anchor(index: usize) -> String {
    format!("park-{}", index + 1)
}

fn standard_anchor(park: usize, column: usize) -> String {
    format!("park-{}-standard-{}", park + 1, column + 1)
}

/// Free text (an explanation, a note, a message) with its `code spans`
/// shown as code: the text between each pair of backticks. With an odd
/// number of backticks the text is shown as written. Every part is escaped.
fn rich(text: &str) -> Markup {
    let parts: Vec<&str> = text.split('`').collect();
    let paired = parts.len() % 2 == 1;
    html! {
        @for (i, part) in parts.iter().enumerate() {
            @if paired && i % 2 == 1 {
                code { (part) }
            } @else {
                @if !paired && i > 0 { "`" }
                (part)
            }
        }
    }
}

/// The `lang` attribute of the document.
fn lang_tag(lang: Lang) -> &'static str {
    lang.say("zh-CN", "en")
}

/// `：` or `: `.
fn colon(lang: Lang) -> &'static str {
    lang.say("：", ": ")
}

/// The class that colours an outcome.
fn outcome_class(outcome: Outcome) -> String {
    format!("o-{}", outcome.as_str())
}

/// The class that colours a verdict.
fn verdict_class(verdict: Verdict) -> String {
    format!("v-{}", verdict.as_str())
}
