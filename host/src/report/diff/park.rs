//! The view of two standards on one park: the verdicts with their reason,
//! then flipped outcomes, thresholds, values, the indicators only one has,
//! kinds, scores and assumptions.

use super::{Section, View, conclusion, heading, threshold_text, value_pair, value_text};
use crate::diff::Compared;
use crate::diff::assumptions::Assumed;
use crate::diff::results::{Cause, Flip, ParkDiff, Side, Single};
use crate::report::md::kind_word;
use crate::report::status_label;
use crate::report::{Lang, display_score, outcome_label, threshold_label};

pub(super) fn view(diff: &ParkDiff, lang: Lang) -> View {
    let (a, b) = (diff.a.label.as_str(), diff.b.label.as_str());
    let mut facts = vec![
        ("A".to_owned(), standard_fact(&diff.a, lang)),
        ("B".to_owned(), standard_fact(&diff.b, lang)),
        (
            lang.say("园区", "park").to_owned(),
            format!(
                "{} ({}{}) · {}",
                lang.pick(&diff.park.name),
                diff.park.id,
                diff.park
                    .province
                    .as_deref()
                    .map(|p| format!(", {p}"))
                    .unwrap_or_default(),
                diff.file.display()
            ),
        ),
        (
            lang.say("评价年度", "year").to_owned(),
            diff.year.map_or_else(|| "—".to_owned(), |y| y.to_string()),
        ),
    ];
    if !diff.parameters.is_empty() {
        let given: Vec<String> = diff.parameters.iter().map(|p| p.to_string()).collect();
        facts.push((lang.say("参数", "parameters").to_owned(), given.join(", ")));
    }
    let mut sections = vec![super::verdict::section(diff, lang)];
    sections.push(flips(diff, lang));
    let mut thresholds = Section::new(
        heading(
            "限值或档位不同",
            "Thresholds changed",
            diff.thresholds.len(),
            lang,
        ),
        &[lang.say("指标", "indicator"), a, b],
    );
    for both in &diff.thresholds {
        thresholds.rows.push(vec![
            both.id.clone(),
            threshold_text(&both.a.threshold, &both.a.unit, both.a.band.as_ref(), lang),
            threshold_text(&both.b.threshold, &both.b.unit, both.b.band.as_ref(), lang),
        ]);
    }
    sections.push(thresholds);
    let mut values = Section::new(
        heading("数值不同", "Values changed", diff.values.len(), lang),
        &[lang.say("指标", "indicator"), a, b, "B − A"],
    );
    for both in &diff.values {
        let (x, y) = value_pair(both.a.value, both.b.value, &both.a.unit, &both.b.unit);
        values
            .rows
            .push(vec![both.id.clone(), x, y, delta(&both.a, &both.b)]);
    }
    values.note = differing_assumptions(diff, lang);
    sections.push(values);
    sections.push(singles(
        heading(
            &format!("仅 {a} 有的指标"),
            &format!("Only in {a}"),
            diff.only_in_a.len(),
            lang,
        ),
        &diff.only_in_a,
        lang,
    ));
    sections.push(singles(
        heading(
            &format!("仅 {b} 有的指标"),
            &format!("Only in {b}"),
            diff.only_in_b.len(),
            lang,
        ),
        &diff.only_in_b,
        lang,
    ));
    let mut kinds = Section::new(
        heading("指标类型不同", "Kinds changed", diff.kinds.len(), lang),
        &[lang.say("指标", "indicator"), a, b],
    );
    for both in &diff.kinds {
        kinds.rows.push(vec![
            both.id.clone(),
            kind_word(both.a.kind, lang).to_owned(),
            kind_word(both.b.kind, lang).to_owned(),
        ]);
    }
    sections.push(kinds);
    let mut scores = Section::new(
        heading("指标得分不同", "Scores changed", diff.scores.len(), lang),
        &[lang.say("指标", "indicator"), a, b],
    );
    let score = |s: Option<f64>| s.map_or_else(|| "—".to_owned(), display_score);
    for both in &diff.scores {
        scores.rows.push(vec![
            both.id.clone(),
            score(both.a.score),
            score(both.b.score),
        ]);
    }
    sections.push(scores);
    sections.push(assumptions(diff, lang));
    sections.retain(|s| !s.rows.is_empty());
    View {
        title: format!("{a} → {b}"),
        facts,
        sections,
        conclusion: conclusion(diff.count(), lang),
    }
}

/// `id@version (status) title`.
pub(super) fn standard_fact(standard: &Compared, lang: Lang) -> String {
    format!(
        "{} ({}) {}",
        standard.label,
        status_label(standard.status, lang),
        lang.pick(&standard.title)
    )
}

fn flips(diff: &ParkDiff, lang: Lang) -> Section {
    let mut section = Section::new(
        heading("结果不同", "Outcomes flipped", diff.flipped.len(), lang),
        &[
            lang.say("指标", "indicator"),
            lang.say("类型", "kind"),
            &diff.a.label,
            &diff.b.label,
            lang.say("原因", "why"),
        ],
    );
    for flip in &diff.flipped {
        let kind = if flip.a.kind == flip.b.kind {
            kind_word(flip.a.kind, lang).to_owned()
        } else {
            format!(
                "{} → {}",
                kind_word(flip.a.kind, lang),
                kind_word(flip.b.kind, lang)
            )
        };
        let cell = |s: &Side| {
            format!(
                "{}\n{}\n{}",
                outcome_label(s.outcome, lang),
                value_text(s.value, &s.unit),
                threshold_label(&s.threshold, &s.unit, lang)
            )
        };
        section.rows.push(vec![
            flip.id.clone(),
            kind,
            cell(&flip.a),
            cell(&flip.b),
            flip_reason(flip, diff, lang),
        ]);
    }
    section
}

/// Which changed: the value, the threshold, both, data missing in one, or
/// neither.
fn flip_reason(flip: &Flip, diff: &ParkDiff, lang: Lang) -> String {
    let (a, b) = (&flip.a, &flip.b);
    let (va, vb) = value_pair(a.value, b.value, &a.unit, &b.unit);
    let (ta, tb) = (
        threshold_label(&a.threshold, &a.unit, lang),
        threshold_label(&b.threshold, &b.unit, lang),
    );
    let in_which = |outcome| {
        if a.outcome == outcome {
            (&diff.a.label, a)
        } else {
            (&diff.b.label, b)
        }
    };
    match (flip.cause, lang) {
        (Cause::Value, Lang::En) => {
            format!("the value changed from {va} to {vb}; the threshold is the same ({ta})")
        }
        (Cause::Value, Lang::Zh) => format!("数值由 {va} 变为 {vb}；限值相同（{ta}）"),
        (Cause::Threshold, Lang::En) => format!(
            "the threshold changed from {ta} to {tb}; the value is the same ({})",
            value_text(a.value, &a.unit)
        ),
        (Cause::Threshold, Lang::Zh) => format!(
            "限值由 {ta} 变为 {tb}；数值相同（{}）",
            value_text(a.value, &a.unit)
        ),
        (Cause::ValueAndThreshold, Lang::En) => {
            format!("both changed: the value from {va} to {vb}, the threshold from {ta} to {tb}")
        }
        (Cause::ValueAndThreshold, Lang::Zh) => {
            format!("两者均变：数值由 {va} 变为 {vb}，限值由 {ta} 变为 {tb}")
        }
        (Cause::DataMissing, _) => {
            let (label, side) = in_which(crate::model::Outcome::InsufficientData);
            let keys = if side.missing.is_empty() {
                String::new()
            } else {
                format!("{}{}", lang.say("：", ": "), side.missing.join(", "))
            };
            match lang {
                Lang::Zh => format!("{label} 缺少数据{keys}"),
                Lang::En => format!("data missing in {label}{keys}"),
            }
        }
        (Cause::NotApplicable, _) => {
            let (label, side) = in_which(crate::model::Outcome::NotApplicable);
            let band = side
                .band
                .as_ref()
                .map(|band| format!(" ({})", lang.pick(band)))
                .unwrap_or_default();
            match lang {
                Lang::Zh => format!("在 {label} 中不适用{band}"),
                Lang::En => format!("does not apply in {label}{band}"),
            }
        }
        (Cause::Judgement, Lang::En) => format!(
            "the same value ({}) against the same threshold ({ta}), judged differently",
            value_text(a.value, &a.unit)
        ),
        (Cause::Judgement, Lang::Zh) => format!(
            "数值（{}）与限值（{ta}）均相同，判定不同",
            value_text(a.value, &a.unit)
        ),
    }
}

/// B − A, and its share of A: `−199,238 tce (−57.9 %)`; `—` when the
/// values cannot be subtracted.
fn delta(a: &Side, b: &Side) -> String {
    match (a.value, b.value) {
        (Some(x), Some(y)) if a.unit == b.unit => {
            let sign = if y >= x { "+" } else { "−" };
            let difference = format!("{sign}{}", value_text(Some((y - x).abs()), &a.unit));
            if x == 0.0 {
                difference
            } else {
                format!("{difference} ({sign}{:.1} %)", ((y - x) / x * 100.0).abs())
            }
        }
        _ => "—".to_owned(),
    }
}

fn singles(heading: String, singles: &[Single], lang: Lang) -> Section {
    let mut section = Section::new(
        heading,
        &[
            lang.say("指标", "indicator"),
            lang.say("类型", "kind"),
            lang.say("结果", "outcome"),
            lang.say("数值", "value"),
            lang.say("限值", "threshold"),
        ],
    );
    for single in singles {
        let s = &single.result;
        section.rows.push(vec![
            single.id.clone(),
            kind_word(s.kind, lang).to_owned(),
            outcome_label(s.outcome, lang).to_owned(),
            value_text(s.value, &s.unit),
            threshold_text(&s.threshold, &s.unit, s.band.as_ref(), lang),
        ]);
    }
    section
}

fn assumptions(diff: &ParkDiff, lang: Lang) -> Section {
    let changes = &diff.assumptions;
    let mut section = Section::new(
        heading(
            "所依据的参数与假设不同",
            "Assumptions the results rest on",
            changes.len(),
            lang,
        ),
        &[lang.say("名称", "name"), &diff.a.label, &diff.b.label],
    );
    let own = |assumed: &Assumed, standard: &Compared| {
        let a = &assumed.assumption;
        let mut text = a.value.clone();
        if a.provisional {
            text.push_str(lang.say("（暂定）", " (provisional)"));
        }
        if assumed.layer != standard.label {
            text.push_str(&format!(" [{}]", assumed.layer));
        }
        text
    };
    let none = || "—".to_owned();
    for change in &changes.changed {
        section.rows.push(vec![
            change.name.clone(),
            own(&change.a, &diff.a),
            own(&change.b, &diff.b),
        ]);
    }
    for x in &changes.only_in_a {
        section
            .rows
            .push(vec![x.assumption.name.clone(), own(x, &diff.a), none()]);
    }
    for y in &changes.only_in_b {
        section
            .rows
            .push(vec![y.assumption.name.clone(), none(), own(y, &diff.b)]);
    }
    section
}

/// Under the values: the assumptions both results rest on with different
/// values, which may explain them (`electricity-conversion`: `equal-value`
/// → `equivalent`).
fn differing_assumptions(diff: &ParkDiff, lang: Lang) -> Option<String> {
    let changed = &diff.assumptions.changed;
    if changed.is_empty() {
        return None;
    }
    let items: Vec<String> = changed
        .iter()
        .map(|c| {
            format!(
                "{} {} → {}",
                c.name, c.a.assumption.value, c.b.assumption.value
            )
        })
        .collect();
    Some(format!(
        "{}{}",
        lang.say(
            "两者都依据、但取值不同的参数与假设：",
            "assumptions both rest on, with different values: "
        ),
        items.join(lang.say("；", "; "))
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{IndicatorKind, Outcome, Threshold};

    fn side(value: Option<f64>, unit: &str) -> Side {
        Side {
            layer: "x@1.0.0".to_owned(),
            title: None,
            kind: IndicatorKind::Informative,
            outcome: Outcome::Pass,
            value,
            unit: unit.to_owned(),
            threshold: Threshold::Unbounded,
            band: None,
            score: None,
            missing: vec![],
        }
    }

    #[test]
    fn the_difference_is_signed_with_its_share_of_a() {
        let tce = |v| side(Some(v), "tce");
        assert_eq!(
            delta(&tce(356_548.0), &tce(177_677.0)),
            "−178,871 tce (−50.2 %)"
        );
        assert_eq!(delta(&tce(100.0), &tce(150.0)), "+50.00 tce (+50.0 %)");
        assert_eq!(delta(&tce(0.0), &tce(2.0)), "+2.00 tce");
        assert_eq!(delta(&tce(1.0), &side(Some(1.0), "GJ")), "—");
        assert_eq!(delta(&tce(1.0), &side(None, "tce")), "—");
    }
}
