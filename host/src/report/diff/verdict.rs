//! The verdict section of a park diff: each standard's verdict, tier and
//! score, and why they differ (the deciding indicators whose outcome
//! differs, a run that could not be evaluated) or that they do not.

use super::Section;
use crate::diff::Compared;
use crate::diff::results::{Deciding, ParkDiff};
use crate::report::md::kind_word;
use crate::report::{Lang, display_score, outcome_label, verdict_label};

/// The verdict, tier and score of each, with the reason they differ.
pub(super) fn section(diff: &ParkDiff, lang: Lang) -> Section {
    let v = &diff.verdict;
    let (a, b) = (&diff.a, &diff.b);
    let mut section = Section::new(
        lang.say("结论", "Verdict").to_owned(),
        &["", &a.label, &b.label, lang.say("原因", "why")],
    )
    .words();
    section.rows.push(vec![
        lang.say("结论", "verdict").to_owned(),
        verdict_label(v.a.verdict, lang).to_owned(),
        verdict_label(v.b.verdict, lang).to_owned(),
        verdict_reason(diff, lang),
    ]);
    if v.verdict_changed() && (v.a.summary.is_some() || v.b.summary.is_some()) {
        let summary = |s: Option<&crate::model::Text>| s.map_or("—", |s| lang.pick(s)).to_owned();
        section.rows.push(vec![
            lang.say("各自的说明", "each one's reason").to_owned(),
            summary(v.a.summary.as_ref()),
            summary(v.b.summary.as_ref()),
            String::new(),
        ]);
    }
    let tiered =
        !a.tiers.is_empty() || !b.tiers.is_empty() || v.a.tier.is_some() || v.b.tier.is_some();
    if tiered {
        let tier = |standard: &Compared, tier: Option<&String>| match tier {
            Some(id) => standard.tier(id).map_or_else(
                || id.clone(),
                |t| {
                    format!(
                        "{} ({id}, ≥ {})",
                        lang.pick(&t.title),
                        display_score(t.min_score)
                    )
                },
            ),
            None => "—".to_owned(),
        };
        let why = if !v.tier_changed() {
            lang.say("等级相同", "same tier").to_owned()
        } else if let Some(none) = [a, b].into_iter().find(|s| s.tiers.is_empty()) {
            match lang {
                Lang::Zh => format!("{} 未设等级", none.label),
                Lang::En => format!("{} declares no tiers", none.label),
            }
        } else {
            lang.say("随得分而定", "follows the score").to_owned()
        };
        section.rows.push(vec![
            lang.say("等级", "tier").to_owned(),
            tier(a, v.a.tier.as_ref()),
            tier(b, v.b.tier.as_ref()),
            why,
        ]);
    }
    if v.a.score.is_some() || v.b.score.is_some() {
        let score = |standard: &Compared, score: Option<f64>| match (score, standard.max_score) {
            (Some(s), Some(max)) => format!("{} / {}", display_score(s), display_score(max)),
            (Some(s), None) => display_score(s),
            (None, _) => "—".to_owned(),
        };
        let mut why: Vec<String> = Vec::new();
        if !v.score_changed() {
            why.push(lang.say("得分相同", "same score").to_owned());
        }
        for (standard, run) in [(a, &v.a), (b, &v.b)] {
            if run.score.is_none() && standard.max_score.is_none() {
                why.push(match lang {
                    Lang::Zh => format!("{} 不计分", standard.label),
                    Lang::En => format!("{} gives no score", standard.label),
                });
            }
        }
        if v.score_changed() && !v.scored.is_empty() {
            let n = v.scored.len();
            why.push(match (lang, n) {
                (Lang::Zh, n) => format!("{n} 项指标的得分不同"),
                (Lang::En, 1) => "the score of 1 indicator differs".to_owned(),
                (Lang::En, n) => format!("the scores of {n} indicators differ"),
            });
        }
        section.rows.push(vec![
            lang.say("得分", "score").to_owned(),
            score(a, v.a.score),
            score(b, v.b.score),
            why.join(lang.say("；", "; ")),
        ]);
    }
    section
}

/// Why the verdicts differ: the deciding indicators whose outcome differs,
/// a run that could not be evaluated; or that they are the same.
fn verdict_reason(diff: &ParkDiff, lang: Lang) -> String {
    let v = &diff.verdict;
    let deciding = deciding_text(&v.deciding, diff, lang);
    let mut why: Vec<String> = Vec::new();
    if !v.verdict_changed() {
        why.push(lang.say("结论相同", "same verdict").to_owned());
        if !deciding.is_empty() {
            why.push(format!(
                "{}{}",
                lang.say(
                    "但以下决定性指标不同：",
                    "though these deciding indicators differ: "
                ),
                deciding.join(lang.say("；", "; "))
            ));
        }
        return why.join(lang.say("，", ", "));
    }
    why.extend(deciding);
    for (standard, run) in [(&diff.a, &v.a), (&diff.b, &v.b)] {
        if let Some(error) = &run.error {
            why.push(match lang {
                Lang::Zh => format!("{} 未能评价：{error}", standard.label),
                Lang::En => format!("{} not evaluated: {error}", standard.label),
            });
        }
    }
    if why.is_empty() {
        why.push(
            lang.say(
                "决定性指标的结果相同，结论由各标准自身的规则决定",
                "no deciding indicator differs: each standard's own rule decides",
            )
            .to_owned(),
        );
    }
    why.join(lang.say("；", "; "))
}

/// The deciding indicators that differ: `core.x (core): FAIL → pass` for
/// each both have, then those only one has, together: `only in B:
/// core.y (core, pass)`.
fn deciding_text(deciding: &[Deciding], diff: &ParkDiff, lang: Lang) -> Vec<String> {
    let sep = lang.say("：", ": ");
    let mut out: Vec<String> = deciding
        .iter()
        .filter_map(|d| match (d.a, d.b) {
            (Some(a), Some(b)) => Some(format!(
                "{} ({}){sep}{} → {}",
                d.id,
                kind_word(d.kind, lang),
                outcome_label(a, lang),
                outcome_label(b, lang)
            )),
            _ => None,
        })
        .collect();
    for (standard, only_here) in [
        (
            &diff.a,
            deciding
                .iter()
                .filter(|d| d.b.is_none())
                .collect::<Vec<_>>(),
        ),
        (&diff.b, deciding.iter().filter(|d| d.a.is_none()).collect()),
    ] {
        let items: Vec<String> = only_here
            .iter()
            .filter_map(|d| {
                let outcome = d.a.or(d.b)?;
                Some(format!(
                    "{} ({}{}{})",
                    d.id,
                    kind_word(d.kind, lang),
                    lang.say("，", ", "),
                    outcome_label(outcome, lang)
                ))
            })
            .collect();
        if !items.is_empty() {
            let only = match lang {
                Lang::Zh => format!("仅 {} 有", standard.label),
                Lang::En => format!("only in {}", standard.label),
            };
            out.push(format!("{only}{sep}{}", items.join(", ")));
        }
    }
    out
}
