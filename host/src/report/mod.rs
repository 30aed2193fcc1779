//! Rendering reports: terminal tables, Markdown, HTML or JSON, in Chinese
//! or English. An evaluation report is first built into one view
//! ([`view::ReportView`]) that every human format renders.

mod catalogue;
mod conformance;
mod diff;
mod difference;
mod html;
mod markdown;
mod md;
mod table;
pub mod view;

use clap::ValueEnum;
use serde::Serialize;

use crate::model::{Outcome, Status, Text, Threshold, Verdict};
use crate::record::StandardRef;
pub use catalogue::{
    render_describe, render_describe_markdown, render_standards, render_standards_markdown,
};
pub use conformance::render_test_markdown;
pub use diff::{
    render_park_diff, render_park_diff_markdown, render_rules_diff, render_rules_diff_markdown,
};
pub use difference::{differences, first_difference};
pub use html::render_report as render_report_html;
pub use markdown::render_report as render_report_markdown;
pub use table::render_report;
pub use view::{ReportView, ViewOptions};

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Serialize)]
pub enum Format {
    /// Human-readable tables.
    Table,
    /// Machine-readable JSON, stable field names.
    Json,
    /// A GitHub-flavoured Markdown document, to file or sign off.
    Markdown,
    /// A self-contained HTML document, to open in a browser (evaluation
    /// reports only).
    Html,
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

/// A life-cycle status in words.
pub fn status_label(status: Status, lang: Lang) -> &'static str {
    match status {
        Status::Draft => lang.say("草案", "draft"),
        Status::Trial => lang.say("试行", "trial"),
        Status::InForce => lang.say("现行", "in force"),
        Status::Superseded => lang.say("已被替代", "superseded"),
        Status::Withdrawn => lang.say("已废止", "withdrawn"),
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
