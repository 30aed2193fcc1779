//! The draft's tier ladder: a score on the six guiding indicators (the
//! five of 附件3 and the direct green supply principle of 附件4), and a tier
//! for a qualified park. The score never changes the verdict.
//!
//! Every figure here is provisional: no text gives a score or a tier.

use cn_zcp::guiding;
use cn_zcp::keys;
use zcp_sdk::{Assumption, IndicatorResult, Outcome, Text, Tier, Verdict, text};

/// The highest score: one point for each of the six guiding indicators.
/// Provisional: the draft's own ladder, no text gives one.
pub const MAX_SCORE: f64 = 6.0;

/// The tiers, lowest first: id, zh, en, minimum score. Provisional: the
/// draft's own cut-offs, no text gives them.
pub const TIERS: [(&str, &str, &str, f64); 3] = [
    ("basic", "基础级", "basic", 0.0),
    ("advanced", "先进级", "advanced", 4.0),
    ("leading", "引领级", "leading", 6.0),
];

/// The tiers as `describe` declares them.
pub fn declared() -> Vec<Tier> {
    TIERS
        .iter()
        .map(|(id, zh, en, min)| Tier {
            id: (*id).to_owned(),
            title: text(*zh, capitalised(en)),
            min_score: *min,
        })
        .collect()
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().chain(chars).collect::<String>()
    })
}

/// Why a guiding result scores what it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// It meets its guiding value: 1.
    Pass,
    /// It does not apply, for the reason the park states under
    /// `not-applicable.<name>`: 1.
    StatedNotApplicable,
    /// It does not apply (a zero denominator), but the park states no
    /// reason: 0.
    UnstatedNotApplicable,
    /// Below its guiding value: 0.
    Fail,
    /// Its data is missing: 0.
    NoData,
}

impl Reason {
    /// The reason of a guiding result. Not applicable "with the park's
    /// stated reason" is read from the result: it then rests on the key
    /// `not-applicable.<name>` (cn-zcp's `stated_not_applicable`).
    pub fn of(r: &IndicatorResult) -> Reason {
        match r.outcome {
            Outcome::Pass => Reason::Pass,
            Outcome::NotApplicable if r.used.contains(&keys::not_applicable(&r.id)) => {
                Reason::StatedNotApplicable
            }
            Outcome::NotApplicable => Reason::UnstatedNotApplicable,
            Outcome::Fail => Reason::Fail,
            Outcome::InsufficientData => Reason::NoData,
        }
    }

    /// The points it gives: 1 or 0.
    pub fn points(self) -> f64 {
        match self {
            Reason::Pass | Reason::StatedNotApplicable => 1.0,
            Reason::UnstatedNotApplicable | Reason::Fail | Reason::NoData => 0.0,
        }
    }

    /// The reason in words, for the result's explanation and the note.
    fn words(self, id: &str) -> Text {
        match self {
            Reason::Pass => text("达到引导值", "meets the guiding value"),
            Reason::StatedNotApplicable => text(
                "不适用，园区已说明理由",
                "does not apply, with the park's stated reason",
            ),
            Reason::UnstatedNotApplicable => {
                let key = keys::not_applicable(id);
                text(
                    format!("不适用但园区未说明理由（在 {key} 下说明理由方可计分）"),
                    format!(
                        "does not apply, but the park states no reason (state it under `{key}` to count it)"
                    ),
                )
            }
            Reason::Fail => text("未达到引导值", "below the guiding value"),
            Reason::NoData => text("数据不足", "no data"),
        }
    }
}

/// The score and tier of one evaluation.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    /// The total score, 0 to [`MAX_SCORE`].
    pub score: f64,
    /// The tier: only for a qualified park.
    pub tier: Option<&'static str>,
    /// The score term by term, and the tier or why none: a note of the report.
    pub note: Text,
}

/// Give each guiding result in `results` its points (`score`, and the
/// reason at the end of its explanation), and return the total with the
/// tier `verdict` allows.
pub fn score(results: &mut [IndicatorResult], verdict: Verdict) -> Scored {
    let mut total = 0.0;
    let mut terms_zh = Vec::new();
    let mut terms_en = Vec::new();
    for r in results
        .iter_mut()
        .filter(|r| guiding::ALL.contains(&r.id.as_str()))
    {
        let reason = Reason::of(r);
        let points = reason.points();
        total += points;
        let words = reason.words(&r.id);
        let p = points_text(points);
        r.score = Some(points);
        // The outcome already says pass or fail: the reason only when it adds.
        let (why_zh, why_en) = match reason {
            Reason::Pass | Reason::Fail => (String::new(), String::new()),
            _ => (format!("（{}）", words.zh), format!(" ({})", words.en)),
        };
        r.explanation
            .zh
            .push_str(&format!("；示例性分级得分 {p}{why_zh}"));
        r.explanation
            .en
            .push_str(&format!("; illustrative tier score {p}{why_en}"));
        terms_zh.push(format!("{} {p}（{}）", r.id, words.zh));
        terms_en.push(format!("{} {p} ({})", r.id, words.en));
    }
    let tier = tier_of(total, verdict);
    let (max, total_text) = (points_text(MAX_SCORE), points_text(total));
    let (tier_zh, tier_en) = match tier.and_then(|id| TIERS.iter().find(|t| t.0 == id)) {
        Some((id, zh, _, min)) => (
            format!("{zh}（{id}，{} 分起）", points_text(*min)),
            format!("tier {id} ({zh}, from {} points)", points_text(*min)),
        ),
        None => (
            "不定级（仅符合的园区定级）".to_owned(),
            "no tier (a tier is given to a qualified park only)".to_owned(),
        ),
    };
    let note = text(
        format!(
            "示例性草案的分级（暂定）：每项引导性指标达到引导值或园区说明不适用计 1 分：{} = {total_text}/{max}；{tier_zh}；分级不影响结论",
            terms_zh.join(" + ")
        ),
        format!(
            "The illustrative draft's tier (provisional): 1 point for each guiding indicator that meets its value or does not apply with the park's stated reason: {} = {total_text} of {max}; {tier_en}; the tier never changes the verdict",
            terms_en.join(" + ")
        ),
    );
    Scored {
        score: total,
        tier,
        note,
    }
}

/// The highest tier reached at `score`, for a qualified park only.
pub fn tier_of(score: f64, verdict: Verdict) -> Option<&'static str> {
    if verdict != Verdict::Qualified {
        return None;
    }
    TIERS
        .iter()
        .rev()
        .find(|(_, _, _, min)| score >= *min)
        .map(|(id, ..)| *id)
}

/// Points without a needless decimal: `4`, `6`.
fn points_text(points: f64) -> String {
    cn_zcp::display::amount(points)
}

/// The ladder's provisional figures, as assumptions of the report.
pub fn assumptions() -> Vec<Assumption> {
    let ladder: Vec<String> = TIERS
        .iter()
        .map(|(id, _, _, min)| format!("{id} ≥ {}", points_text(*min)))
        .collect();
    vec![
        Assumption {
            name: "tier-score".to_owned(),
            value: format!(
                "1 point per guiding indicator, {} at most",
                points_text(MAX_SCORE)
            ),
            provisional: true,
            description: text(
                "分级得分：六项引导性指标（附件3 的五项与附件4 的绿电直供原则）中达到引导值或园区说明不适用的项数；本草案自定，无正式文本",
                "Tier score: how many of the six guiding indicators (the five of attachment 3 and the direct green supply principle of attachment 4) meet their value or do not apply with the park's stated reason; the draft's own rule, no official text",
            ),
        },
        Assumption {
            name: "tier-ladder".to_owned(),
            value: ladder.join(", "),
            provisional: true,
            description: text(
                "分级门槛：基础级 0 分、先进级 4 分、引领级 6 分起，仅符合的园区定级；本草案自定，无正式文本",
                "Tier cut-offs: basic from 0, advanced from 4, leading from 6 points, for a qualified park only; the draft's own, no official text",
            ),
        },
    ]
}
