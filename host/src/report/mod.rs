//! Rendering reports: terminal tables, Markdown or JSON, in Chinese or English.

mod catalogue;
mod conformance;
mod diff;
mod difference;
mod markdown;
mod md;
mod table;

use clap::ValueEnum;
use serde::Serialize;

use crate::model::{Assumption, Outcome, Status, Text, Threshold, Verdict};
use crate::record::{Report, StandardRef};
pub use catalogue::{
    render_describe, render_describe_markdown, render_standards, render_standards_markdown,
};
pub use conformance::render_test_markdown;
pub use diff::{
    render_park_diff, render_park_diff_markdown, render_rules_diff, render_rules_diff_markdown,
};
pub use difference::{differences, first_difference};
pub use markdown::render_report as render_report_markdown;
pub use table::render_report;

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Serialize)]
pub enum Format {
    /// Human-readable tables.
    Table,
    /// Machine-readable JSON, stable field names.
    Json,
    /// A GitHub-flavoured Markdown document, to file or sign off.
    Markdown,
}

/// Report language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Serialize)]
pub enum Lang {
    /// 中文.
    Zh,
    /// English.
    En,
}

impl Lang {
    /// The text in this language.
    pub fn pick(self, text: &Text) -> &str {
        match self {
            Lang::Zh => &text.zh,
            Lang::En => &text.en,
        }
    }

    /// Choose between a Chinese and an English literal.
    pub fn say(self, zh: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

/// Pretty JSON of any report value.
pub fn to_json<T: Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value)
        .unwrap_or_else(|e| format!("{{\"error\": \"cannot serialize the report: {e}\"}}"))
}

/// Why a report must be read with care: it rests on a draft standard or on
/// a provisional value. Every format says so at the top.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Caveat<'a> {
    /// The standard (`id@version`) is a draft.
    Draft(&'a str),
    /// The standard (`id@version`) claims national scope but comes from a
    /// directory: its publisher is not verified.
    UnverifiedNational(&'a str),
    /// The standard (`id@version`) is unsigned, run because unsigned
    /// plugins were allowed.
    Unsigned(&'a str),
    /// A run of the standard (`id@version`) applied a provisional value.
    Provisional(&'a str, &'a Assumption),
}

/// The caveats of a report, each once: draft standards first, then the
/// provisional assumptions of every run and of the base runs beneath it.
fn caveats(report: &Report) -> Vec<Caveat<'_>> {
    let mut caveats: Vec<Caveat<'_>> = report
        .standards
        .iter()
        .filter(|s| s.publisher == crate::trust::Publisher::Unsigned)
        .map(|s| Caveat::Unsigned(&s.label))
        .chain(
            report
                .standards
                .iter()
                .filter(|s| s.unverified_national)
                .map(|s| Caveat::UnverifiedNational(&s.label)),
        )
        .chain(
            report
                .standards
                .iter()
                .filter(|s| matches!(s.status, Status::Draft))
                .map(|s| Caveat::Draft(&s.label)),
        )
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
            let caveat = Caveat::Provisional(&run.standard, a);
            if !caveats.contains(&caveat) {
                caveats.push(caveat);
            }
        }
    }
    caveats
}

impl<'a> Caveat<'a> {
    /// A caveat about a whole standard: the standard and what it means, in
    /// words (`None` for a provisional value).
    fn about_standard(&self, lang: Lang) -> Option<(&'a str, &'static str)> {
        match *self {
            Caveat::Draft(standard) => Some((
                standard,
                lang.say("是草案，仅供示意", "is a draft, for illustration only"),
            )),
            Caveat::UnverifiedNational(standard) => Some((
                standard,
                lang.say(
                    "看似国家标准（管辖范围 CN 或 cn-zcp 系列的标识），但来自标准目录而非 zcp 内置：发布者未经核实",
                    "looks national (jurisdiction CN, or an id of the cn-zcp family) but comes from a standards directory, not with zcp: its publisher is not verified",
                ),
            )),
            Caveat::Unsigned(standard) => Some((
                standard,
                lang.say(
                    "未签名：因允许未签名插件（--allow-unsigned，仅供开发）而运行，无法证明其发布者",
                    "is unsigned: it ran because unsigned plugins were allowed (--allow-unsigned, for development only); nothing proves who published it",
                ),
            )),
            Caveat::Provisional(..) => None,
        }
    }
}

/// The sentence that introduces the caveats.
fn caveat_heading(lang: Lang) -> &'static str {
    lang.say(
        "⚠ 本报告依赖以下未经核实或暂定的内容（未签名或草案标准、非官方文件明确给出的项目约定取值），请在引用前核对：",
        "⚠ This report rests on what follows: unverified or draft standards, provisional values (project conventions, not found in an official text); check them before relying on it:",
    )
}

/// Who vouches for a plugin, in words.
pub fn publisher_label(publisher: &crate::trust::Publisher, lang: Lang) -> String {
    use crate::trust::Publisher;
    match publisher {
        Publisher::Bundled => lang
            .say("内置（摘要固定）", "bundled (pinned digest)")
            .to_owned(),
        Publisher::Signed { name, key_id } => {
            format!("{} {name} ({key_id})", lang.say("签名：", "signed:"))
        }
        Publisher::Unsigned => lang.say("未签名", "UNSIGNED").to_owned(),
    }
}

/// A tier in words: its name, id and the score it starts at (`Two stars
/// (two-star, ≥ 75)`); the bare id when the standard does not declare it.
pub fn tier_label(reference: Option<&StandardRef>, tier: &str, lang: Lang) -> String {
    match reference.and_then(|s| s.tier(tier)) {
        Some(t) => format!(
            "{} ({tier}, ≥ {})",
            lang.pick(&t.title),
            display_score(t.min_score)
        ),
        None => tier.to_owned(),
    }
}

/// A total score out of the standard's maximum, when it declares one.
pub fn score_label(reference: Option<&StandardRef>, score: f64) -> String {
    match reference.and_then(|s| s.max_score) {
        Some(max) => format!("{} / {}", display_score(score), display_score(max)),
        None => display_score(score),
    }
}

/// A score: whole numbers without decimals, others to two decimals (the
/// full value stays in the JSON report).
pub fn display_score(score: f64) -> String {
    // −0 (an empty float sum) is shown as 0.
    let score = score + 0.0;
    if score.fract() == 0.0 && score.abs() < 1e15 {
        format!("{score:.0}")
    } else {
        format!("{score:.2}")
    }
}

/// Why a standard's result is for comparison only on this park.
pub fn jurisdiction_note(reference: Option<&StandardRef>, province: &str, lang: Lang) -> String {
    let (label, jurisdiction) = reference.map_or(("—", "—"), |s| {
        (s.label.as_str(), s.jurisdiction.as_str())
    });
    match lang {
        Lang::Zh => format!(
            "{label} 的适用地区为 {jurisdiction}，本园区位于 {province}：结果仅供对照，并非该地区的评价"
        ),
        Lang::En => format!(
            "{label} applies in {jurisdiction}; this park is in {province}: its result is for comparison, not an assessment there"
        ),
    }
}

/// A verdict in words.
pub fn verdict_label(verdict: Verdict, lang: Lang) -> &'static str {
    match verdict {
        Verdict::Qualified => lang.say("符合", "QUALIFIED"),
        Verdict::NotQualified => lang.say("不符合", "NOT QUALIFIED"),
        Verdict::Incomplete => lang.say("无法判定（数据不完整）", "INCOMPLETE"),
        Verdict::NotApplicable => lang.say("不适用", "NOT APPLICABLE"),
        Verdict::Assessed => lang.say("已评估（不设判定）", "ASSESSED"),
    }
}

/// An outcome in words.
pub fn outcome_label(outcome: Outcome, lang: Lang) -> &'static str {
    match outcome {
        Outcome::Pass => lang.say("达标", "pass"),
        Outcome::Fail => lang.say("未达标", "FAIL"),
        Outcome::NotApplicable => lang.say("不适用", "n/a"),
        Outcome::InsufficientData => lang.say("数据不足", "no data"),
    }
}

/// A value rounded for display by magnitude, with thousands separators.
/// Comparisons never use this.
pub fn display_number(value: f64) -> String {
    if value == 0.0 {
        return "0".to_owned();
    }
    let magnitude = value.abs();
    let decimals = if magnitude >= 1000.0 {
        0
    } else if magnitude >= 100.0 {
        1
    } else if magnitude >= 1.0 {
        2
    } else {
        4
    };
    group_thousands(&format!("{value:.decimals$}"))
}

fn group_thousands(fixed: &str) -> String {
    let (sign, digits) = fixed
        .strip_prefix('-')
        .map_or(("", fixed), |rest| ("-", rest));
    let (int, frac) = digits
        .split_once('.')
        .map_or((digits, None), |(i, f)| (i, Some(f)));
    let mut out = String::from(sign);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(frac) = frac {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// A limit as declared: its shortest exact form, at least two decimals
/// when fractional (`0.2` → `0.20`, `90` → `90`, `0.125` → `0.125`).
pub fn display_limit(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        return group_thousands(&format!("{value:.0}"));
    }
    let shortest = value.to_string();
    let decimals = shortest.split_once('.').map_or(0, |(_, f)| f.len());
    group_thousands(&format!("{value:.prec$}", prec = decimals.max(2)))
}

/// A threshold in words, with its unit.
pub fn threshold_label(threshold: &Threshold, unit: &str, lang: Lang) -> String {
    let unit = if unit.is_empty() {
        String::new()
    } else {
        format!(" {unit}")
    };
    match threshold {
        Threshold::AtMost(v) => format!("≤ {}{unit}", display_limit(*v)),
        Threshold::AtLeast(v) => format!("≥ {}{unit}", display_limit(*v)),
        Threshold::Within(a, b) => format!("{} – {}{unit}", display_limit(*a), display_limit(*b)),
        Threshold::Qualitative(text) => lang.pick(text).to_owned(),
        Threshold::Unbounded => "—".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_show_whole_numbers_bare_and_never_a_negative_zero() {
        assert_eq!(display_score(6.0), "6");
        assert_eq!(display_score(72.774_9), "72.77");
        assert_eq!(display_score(-0.0), "0");
        assert_eq!(display_score([].iter().sum::<f64>()), "0");
    }

    #[test]
    fn rounds_for_display_by_magnitude() {
        assert_eq!(display_number(262_080.0), "262,080");
        assert_eq!(display_number(-1_234_567.4), "-1,234,567");
        assert_eq!(display_number(0.071_270_5), "0.0713");
        assert_eq!(display_number(3.084_6), "3.08");
        assert_eq!(display_number(99.06), "99.06");
        assert_eq!(display_number(0.0), "0");
        assert_eq!(display_number(0.000_04), "0.0000");
    }

    #[test]
    fn shows_limits_exactly_as_declared() {
        assert_eq!(display_limit(0.2), "0.20");
        assert_eq!(display_limit(0.125), "0.125");
        assert_eq!(display_limit(90.0), "90");
        assert_eq!(display_limit(200_000.0), "200,000");
    }
}
