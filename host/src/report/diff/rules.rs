//! The view of two standards' descriptions: metadata, then indicators with
//! their banded thresholds, parameters, data keys, tiers and defined keys,
//! each row naming what differs and its value in A and in B.

use super::park::standard_fact;
use super::{Section, View, conclusion, heading, only_words, yes_no};
use crate::diff::rules::{FieldChange, RulesDiff};
use crate::model::{
    DataRequirement, DefinedKind, Indicator, KeyDefinition, Parameter, ParameterValues, Tier,
};
use crate::report::md::kind_word;
use crate::report::status_label;
use crate::report::{Lang, display_limit, display_score, threshold_label};

pub(super) fn view(diff: &RulesDiff, lang: Lang) -> View {
    let (a, b) = (diff.a.label.as_str(), diff.b.label.as_str());
    let (removed, added) = only_words(a, b, lang);
    let none = || "—".to_owned();
    let columns = |subject: &'static str| [subject, lang.say("差异", "change"), a, b];

    let mut fields = Section::new(
        heading("标准信息", "Standard", diff.fields.len(), lang),
        &[lang.say("项目", "field"), a, b],
    )
    .words();
    for field in &diff.fields {
        fields.rows.push(field_row(field, lang));
    }

    let mut indicators = Section::new(
        heading("指标", "Indicators", diff.indicators.len(), lang),
        &columns(lang.say("指标", "indicator")),
    );
    for i in &diff.indicators.only_in_a {
        let row = vec![
            i.id.clone(),
            removed.clone(),
            indicator_text(i, lang),
            none(),
        ];
        indicators.rows.push(row);
    }
    for i in &diff.indicators.only_in_b {
        let row = vec![i.id.clone(), added.clone(), none(), indicator_text(i, lang)];
        indicators.rows.push(row);
    }
    for change in &diff.indicators.changed {
        let mut row = |what: String, x: String, y: String| {
            indicators.rows.push(vec![change.id.clone(), what, x, y]);
        };
        if change.kind.a != change.kind.b {
            row(
                lang.say("类型", "kind").to_owned(),
                kind_word(change.kind.a, lang).to_owned(),
                kind_word(change.kind.b, lang).to_owned(),
            );
        }
        if change.unit.a != change.unit.b {
            row(
                lang.say("单位", "unit").to_owned(),
                change.unit.a.clone(),
                change.unit.b.clone(),
            );
        }
        if change.weight.a != change.weight.b {
            let weight = |w: Option<f64>| w.map_or_else(none, display_limit);
            row(
                lang.say("权重", "weight").to_owned(),
                weight(change.weight.a),
                weight(change.weight.b),
            );
        }
        let band = |when: &crate::model::Text| {
            format!(
                "{}{}",
                lang.say("档位：", "threshold when "),
                lang.pick(when)
            )
        };
        let (unit_a, unit_b) = (&change.unit.a, &change.unit.b);
        for x in &change.thresholds.only_in_a {
            let text = format!(
                "{removed}{}{}",
                lang.say("：", ": "),
                threshold_label(&x.threshold, unit_a, lang)
            );
            row(band(&x.applies_when), text, none());
        }
        for y in &change.thresholds.only_in_b {
            let text = format!(
                "{added}{}{}",
                lang.say("：", ": "),
                threshold_label(&y.threshold, unit_b, lang)
            );
            row(band(&y.applies_when), none(), text);
        }
        for c in &change.thresholds.changed {
            row(
                band(&c.applies_when),
                threshold_label(&c.a, unit_a, lang),
                threshold_label(&c.b, unit_b, lang),
            );
        }
    }

    let mut parameters = Section::new(
        heading("参数", "Parameters", diff.parameters.len(), lang),
        &columns(lang.say("参数", "parameter")),
    );
    for p in &diff.parameters.only_in_a {
        let row = vec![
            p.name.clone(),
            removed.clone(),
            parameter_text(p, lang),
            none(),
        ];
        parameters.rows.push(row);
    }
    for p in &diff.parameters.only_in_b {
        let row = vec![
            p.name.clone(),
            added.clone(),
            none(),
            parameter_text(p, lang),
        ];
        parameters.rows.push(row);
    }
    for change in &diff.parameters.changed {
        let mut row = |what: &str, x: String, y: String| {
            parameters
                .rows
                .push(vec![change.name.clone(), what.to_owned(), x, y]);
        };
        if let Some(d) = &change.default_value {
            row(lang.say("默认值", "default"), d.a.clone(), d.b.clone());
        }
        if let Some(v) = &change.values {
            row(
                lang.say("可选值", "allowed values"),
                values_text(&v.a, lang),
                values_text(&v.b, lang),
            );
        }
        if let Some(p) = &change.provisional {
            row(
                lang.say("暂定", "provisional"),
                yes_no(p.a, lang).to_owned(),
                yes_no(p.b, lang).to_owned(),
            );
        }
    }

    let mut requires = Section::new(
        heading("数据项", "Data keys", diff.requires.len(), lang),
        &columns(lang.say("数据项", "data key")),
    );
    for r in &diff.requires.only_in_a {
        let row = vec![
            r.key.clone(),
            removed.clone(),
            requirement_text(r, lang),
            none(),
        ];
        requires.rows.push(row);
    }
    for r in &diff.requires.only_in_b {
        let row = vec![
            r.key.clone(),
            added.clone(),
            none(),
            requirement_text(r, lang),
        ];
        requires.rows.push(row);
    }
    for change in &diff.requires.changed {
        if let Some(u) = &change.unit {
            let what = lang.say("单位", "unit").to_owned();
            requires
                .rows
                .push(vec![change.key.clone(), what, u.a.clone(), u.b.clone()]);
        }
        if let Some(r) = &change.required {
            let what = lang.say("必填", "required").to_owned();
            let (x, y) = (yes_no(r.a, lang).to_owned(), yes_no(r.b, lang).to_owned());
            requires.rows.push(vec![change.key.clone(), what, x, y]);
        }
    }

    let mut tiers = Section::new(
        heading("等级", "Tiers", diff.tiers.len(), lang),
        &columns(lang.say("等级", "tier")),
    );
    for t in &diff.tiers.only_in_a {
        let row = vec![t.id.clone(), removed.clone(), tier_text(t, lang), none()];
        tiers.rows.push(row);
    }
    for t in &diff.tiers.only_in_b {
        let row = vec![t.id.clone(), added.clone(), none(), tier_text(t, lang)];
        tiers.rows.push(row);
    }
    for change in &diff.tiers.changed {
        if let Some(title) = &change.title {
            let what = lang.say("名称", "title").to_owned();
            let (x, y) = (
                lang.pick(&title.a).to_owned(),
                lang.pick(&title.b).to_owned(),
            );
            tiers.rows.push(vec![change.id.clone(), what, x, y]);
        }
        if let Some(score) = &change.min_score {
            let what = lang.say("最低得分", "from score").to_owned();
            let (x, y) = (display_score(score.a), display_score(score.b));
            tiers.rows.push(vec![change.id.clone(), what, x, y]);
        }
    }

    let mut defines = Section::new(
        heading(
            "本标准定义的数据项",
            "Data keys defined",
            diff.defines.len(),
            lang,
        ),
        &columns(lang.say("数据项", "data key")),
    );
    for d in &diff.defines.only_in_a {
        let row = vec![
            d.key.clone(),
            removed.clone(),
            definition_text(d, lang),
            none(),
        ];
        defines.rows.push(row);
    }
    for d in &diff.defines.only_in_b {
        let row = vec![
            d.key.clone(),
            added.clone(),
            none(),
            definition_text(d, lang),
        ];
        defines.rows.push(row);
    }
    for change in &diff.defines.changed {
        if let Some(kind) = &change.kind {
            let what = lang.say("类型", "kind").to_owned();
            let (x, y) = (kind_text(&kind.a, lang), kind_text(&kind.b, lang));
            defines.rows.push(vec![change.key.clone(), what, x, y]);
        }
        if let Some(yearly) = &change.yearly {
            let what = lang.say("逐年", "per year").to_owned();
            let (x, y) = (
                yes_no(yearly.a, lang).to_owned(),
                yes_no(yearly.b, lang).to_owned(),
            );
            defines.rows.push(vec![change.key.clone(), what, x, y]);
        }
    }

    let mut sections = vec![fields, indicators, parameters, requires, tiers, defines];
    sections.retain(|s| !s.rows.is_empty());
    View {
        title: format!("{a} → {b}"),
        facts: vec![
            ("A".to_owned(), standard_fact(&diff.a, lang)),
            ("B".to_owned(), standard_fact(&diff.b, lang)),
        ],
        sections,
        conclusion: conclusion(diff.count(), lang),
    }
}

/// A metadata field's name and its value in A and in B.
fn field_row(field: &FieldChange, lang: Lang) -> Vec<String> {
    let optional = |v: &Option<String>| v.clone().unwrap_or_else(|| "—".to_owned());
    let (name, a, b) = match field {
        FieldChange::Status(p) => (
            lang.say("状态", "status"),
            status_label(p.a, lang).to_owned(),
            status_label(p.b, lang).to_owned(),
        ),
        FieldChange::Effective(p) => (
            lang.say("施行", "effective"),
            optional(&p.a),
            optional(&p.b),
        ),
        FieldChange::Extends(p) => (
            lang.say("扩展自", "extends"),
            optional(&p.a),
            optional(&p.b),
        ),
        FieldChange::Jurisdiction(p) => {
            (lang.say("地区", "jurisdiction"), p.a.clone(), p.b.clone())
        }
        FieldChange::MaxScore(p) => {
            let score = |s: Option<f64>| s.map_or_else(|| "—".to_owned(), display_score);
            (lang.say("满分", "max score"), score(p.a), score(p.b))
        }
        FieldChange::Title(p) => (
            lang.say("名称", "title"),
            lang.pick(&p.a).to_owned(),
            lang.pick(&p.b).to_owned(),
        ),
        FieldChange::Issuer(p) => (
            lang.say("发布机构", "issuer"),
            lang.pick(&p.a).to_owned(),
            lang.pick(&p.b).to_owned(),
        ),
        FieldChange::Source(p) => (
            lang.say("依据文件", "source"),
            lang.pick(&p.a).to_owned(),
            lang.pick(&p.b).to_owned(),
        ),
    };
    vec![name.to_owned(), a, b]
}

/// `core · tCO2/tce`, then each band: `E ≥ 1,000,000 tce: ≤ 0.30 tCO2/tce`.
fn indicator_text(i: &Indicator, lang: Lang) -> String {
    let mut lines = vec![if i.unit.is_empty() {
        kind_word(i.kind, lang).to_owned()
    } else {
        format!("{} · {}", kind_word(i.kind, lang), i.unit)
    }];
    for band in &i.thresholds {
        lines.push(format!(
            "{}{}{}",
            lang.pick(&band.applies_when),
            lang.say("：", ": "),
            threshold_label(&band.threshold, &i.unit, lang)
        ));
    }
    lines.join("\n")
}

/// `default 0.20 (provisional)`, then the values it accepts.
fn parameter_text(p: &Parameter, lang: Lang) -> String {
    format!(
        "{} {}{}\n{}",
        lang.say("默认值", "default"),
        p.default_value,
        if p.provisional {
            lang.say("（暂定）", " (provisional)")
        } else {
            ""
        },
        values_text(&p.values, lang)
    )
}

fn values_text(values: &ParameterValues, lang: Lang) -> String {
    match values {
        ParameterValues::Any => lang.say("任意值", "any value").to_owned(),
        ParameterValues::OneOf(words) => {
            format!("{}{}", lang.say("可选：", "one of "), words.join(", "))
        }
        ParameterValues::Number { .. } => {
            format!("{} {}", lang.say("数值", "a number"), values.describe())
        }
    }
}

/// `MWh, required`.
fn requirement_text(r: &DataRequirement, lang: Lang) -> String {
    let required = if r.required {
        lang.say("必填", "required")
    } else {
        lang.say("选填", "optional")
    };
    if r.unit.is_empty() {
        required.to_owned()
    } else {
        format!("{}{}{required}", r.unit, lang.say("，", ", "))
    }
}

/// `Basic, from 0`.
fn tier_text(t: &Tier, lang: Lang) -> String {
    format!(
        "{}{}{}",
        lang.pick(&t.title),
        lang.say("，最低得分 ", ", from "),
        display_score(t.min_score)
    )
}

fn kind_text(kind: &DefinedKind, lang: Lang) -> String {
    match kind {
        DefinedKind::Quantity { dimension, .. } => {
            format!("{} ({dimension})", lang.say("数量", "quantity"))
        }
        DefinedKind::Text { values } if values.is_empty() => lang.say("文本", "text").to_owned(),
        DefinedKind::Text { values } => {
            format!("{}: {}", lang.say("文本", "text"), values.join(", "))
        }
        DefinedKind::Flag => lang.say("是/否", "yes/no").to_owned(),
    }
}

/// What a defined key holds, and whether per year.
fn definition_text(d: &KeyDefinition, lang: Lang) -> String {
    format!(
        "{}{}{}",
        kind_text(&d.kind, lang),
        lang.say("，", ", "),
        if d.yearly {
            lang.say("逐年", "per year")
        } else {
            lang.say("园区概况", "profile")
        }
    )
}
