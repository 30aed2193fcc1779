//! `zcp validate`'s report as text for a terminal, or as Markdown. Both
//! read the same rows: a park's status line, and per standard the required
//! keys missing, the optional ones not given (grouped by their first
//! segment) and the families.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::{FamilyCheck, Outcome, ParkCheck, StandardCheck, Validation};
use crate::needs::KeyScope;
use crate::report::Lang;

/// Optional keys of one group listed by name up to this many; beyond, counted.
const LISTED: usize = 8;

/// The report as lines of text.
pub fn render_table(validation: &Validation, lang: Lang) -> String {
    let mut out = String::new();
    for warning in &validation.warnings {
        let _ = writeln!(out, "{} {warning}", lang.say("警告：", "warning:"));
    }
    for park in &validation.parks {
        let _ = writeln!(out, "{}", park_line(park, lang));
        for error in &park.errors {
            let _ = writeln!(out, "  {} {error}", lang.say("错误：", "error:"));
        }
        for warning in &park.warnings {
            let _ = writeln!(out, "  {} {warning}", lang.say("警告：", "warning:"));
        }
        for standard in &park.standards {
            let _ = writeln!(out, "  {}", standard_line(standard, lang));
            let _ = writeln!(
                out,
                "    {}",
                lang.say("缺少的必填数据：", "required, missing:")
            );
            if standard.missing_required.is_empty() {
                let _ = writeln!(out, "      {}", lang.say("无", "none"));
            }
            for m in &standard.missing_required {
                let _ = writeln!(
                    out,
                    "      {} ({}) — {}",
                    m.key,
                    where_(&m.unit, m.scope, park.year),
                    lang.pick(&m.description)
                );
            }
            if !standard.missing_optional.is_empty() {
                let _ = writeln!(
                    out,
                    "    {} ({}):",
                    lang.say(
                        "未填写的选填数据，仅供参考",
                        "optional, not given, for information"
                    ),
                    standard.missing_optional.len()
                );
            }
            for (head, line) in groups(&standard.missing_optional, lang) {
                let _ = writeln!(out, "      {head:<16} {line}");
            }
            if !standard.families.is_empty() {
                let _ = writeln!(
                    out,
                    "    {}",
                    lang.say("按名称填写的数据族：", "families (one key per name):")
                );
                let width = standard
                    .families
                    .iter()
                    .map(|f| f.family.len())
                    .max()
                    .unwrap_or(0);
                for family in &standard.families {
                    let _ = writeln!(
                        out,
                        "      {:width$}  {}",
                        family.family,
                        family_line(family, lang)
                    );
                }
            }
        }
        out.push('\n');
    }
    out
}

/// The report as a Markdown document.
pub fn render_markdown(validation: &Validation, lang: Lang) -> String {
    let mut out = format!("# {}\n\n", lang.say("园区数据检查", "Park data validation"));
    let _ = writeln!(
        out,
        "{} {}\n",
        lang.say("标准：", "Standards:"),
        validation
            .standards
            .iter()
            .map(|s| format!("`{s}`"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    for warning in &validation.warnings {
        let _ = writeln!(out, "- **{}** {warning}", lang.say("警告：", "Warning:"));
    }
    if !validation.warnings.is_empty() {
        out.push('\n');
    }
    for park in &validation.parks {
        let _ = writeln!(
            out,
            "## `{}`\n\n{}\n",
            park.file.display(),
            status(park, lang)
        );
        for error in &park.errors {
            let _ = writeln!(out, "- **{}** {error}", lang.say("错误：", "Error:"));
        }
        for warning in &park.warnings {
            let _ = writeln!(out, "- **{}** {warning}", lang.say("警告：", "Warning:"));
        }
        if !park.errors.is_empty() || !park.warnings.is_empty() {
            out.push('\n');
        }
        for standard in &park.standards {
            let _ = writeln!(out, "### {}\n", standard_line(standard, lang));
            let _ = writeln!(
                out,
                "{}\n",
                lang.say("**缺少的必填数据：**", "**Required, missing:**")
            );
            if standard.missing_required.is_empty() {
                let _ = writeln!(out, "- {}", lang.say("无", "none"));
            }
            for m in &standard.missing_required {
                let _ = writeln!(
                    out,
                    "- `{}` ({}) — {}",
                    m.key,
                    where_(&m.unit, m.scope, park.year),
                    lang.pick(&m.description)
                );
            }
            if !standard.missing_optional.is_empty() {
                let _ = writeln!(
                    out,
                    "\n**{}** ({}):\n",
                    lang.say(
                        "未填写的选填数据，仅供参考",
                        "Optional, not given, for information"
                    ),
                    standard.missing_optional.len()
                );
            }
            for (head, line) in groups(&standard.missing_optional, lang) {
                let _ = writeln!(out, "- `{head}`: {line}");
            }
            if !standard.families.is_empty() {
                let _ = writeln!(
                    out,
                    "\n**{}**\n",
                    lang.say("按名称填写的数据族：", "Families (one key per name):")
                );
                for family in &standard.families {
                    let _ = writeln!(out, "- `{}`: {}", family.family, family_line(family, lang));
                }
            }
            out.push('\n');
        }
    }
    out
}

/// `file (park), year 2025: status`.
fn park_line(park: &ParkCheck, lang: Lang) -> String {
    let mut line = park.file.display().to_string();
    if let Some(id) = &park.park {
        let _ = write!(line, " ({id})");
    }
    if let Some(year) = park.year {
        let _ = write!(line, ", {} {year}", lang.say("年份", "year"));
    }
    format!("{line}: {}", status(park, lang))
}

fn status(park: &ParkCheck, lang: Lang) -> String {
    let missing: usize = park
        .standards
        .iter()
        .map(|s| s.missing_required.len())
        .sum();
    match (park.outcome, missing, lang) {
        (Outcome::Error, _, _) => lang
            .say(
                "错误：无法使用该园区文件",
                "ERROR: the park file cannot be used",
            )
            .to_owned(),
        (Outcome::Complete, _, _) => lang
            .say(
                "完整：已填写全部必填数据",
                "COMPLETE: every required key is given",
            )
            .to_owned(),
        (Outcome::Incomplete, n, Lang::Zh) => format!("不完整：缺少 {n} 项必填数据"),
        (Outcome::Incomplete, 1, Lang::En) => "INCOMPLETE: 1 required key is missing".to_owned(),
        (Outcome::Incomplete, n, Lang::En) => format!("INCOMPLETE: {n} required keys are missing"),
    }
}

/// `cn-zcp@1.0.0: 5 of 343 keys given` (and `, base of …`).
fn standard_line(standard: &StandardCheck, lang: Lang) -> String {
    let base = standard
        .base_of
        .as_ref()
        .map(|d| format!(" ({} {d})", lang.say("基础标准，扩展者", "base of")))
        .unwrap_or_default();
    match lang {
        Lang::Zh => format!(
            "{}{base}：已填写 {} / {} 项",
            standard.standard,
            standard.given.len(),
            standard.declared
        ),
        Lang::En => format!(
            "{}{base}: {} of {} keys given",
            standard.standard,
            standard.given.len(),
            standard.declared
        ),
    }
}

/// Where a missing key goes: `MWh, [years.2025]` or `[profile]`.
fn where_(unit: &str, scope: KeyScope, year: Option<i32>) -> String {
    let table = match (scope, year) {
        (KeyScope::Profile, _) => "[profile]".to_owned(),
        (KeyScope::Year, Some(year)) => format!("[years.{year}]"),
        (KeyScope::Year, None) => "[years.YYYY]".to_owned(),
    };
    if unit.is_empty() {
        table
    } else {
        format!("{unit}, {table}")
    }
}

/// Keys grouped by their first segment, sorted: the rest of each key when
/// few, else a count.
fn groups(keys: &[String], lang: Lang) -> Vec<(String, String)> {
    let mut by_head: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for key in keys {
        let (head, rest) = key.split_once('.').unwrap_or((key, ""));
        by_head.entry(head).or_default().push(rest);
    }
    by_head
        .into_iter()
        .map(|(head, rests)| {
            let line = if rests.len() <= LISTED {
                rests.join(", ")
            } else {
                match lang {
                    Lang::Zh => format!("{} 项（完整列表见 --format json）", rests.len()),
                    Lang::En => format!("{} keys (listed by --format json)", rests.len()),
                }
            };
            (head.to_owned(), line)
        })
        .collect()
}

/// The names the park gives in a family, or `absent`.
fn family_line(family: &FamilyCheck, lang: Lang) -> String {
    if family.members.is_empty() {
        return if family.required {
            lang.say("缺少（必填）", "absent (required)")
        } else {
            lang.say("未填写", "absent")
        }
        .to_owned();
    }
    let names: Vec<String> = family
        .members
        .iter()
        .map(|m| member_name(&family.family, m))
        .collect();
    format!("{}: {}", lang.say("已填写", "given for"), names.join(", "))
}

/// The names a member gives where its family has `*`: `silicon-ingot`.
fn member_name(family: &str, member: &str) -> String {
    family
        .split('.')
        .zip(member.split('.'))
        .filter(|(f, _)| *f == "*")
        .map(|(_, m)| m)
        .collect::<Vec<_>>()
        .join(".")
}
