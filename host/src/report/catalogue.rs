//! `zcp standards` and `zcp describe`, as terminal tables or as Markdown.

use std::fmt::Write as _;
use std::sync::Arc;

use super::md::{
    Doc, MdTable, code, colon, escape_pipes, inline, kind_word, one_line, origin_label,
};
use super::table::new_table;
use super::{Lang, status_label, threshold_label};
use crate::model::{DefinedKind, Indicator, KeyDefinition, ParameterValues, StandardInfo};
use crate::runtime::{Plugin, PluginError};

/// `zcp standards`: every loaded standard, and those that failed to load.
pub fn render_standards(plugins: &[Arc<Plugin>], errors: &[PluginError], lang: Lang) -> String {
    let mut table = new_table(&[
        lang.say("标准", "standard"),
        lang.say("状态", "status"),
        lang.say("名称", "title"),
        lang.say("地区", "jurisdiction"),
        lang.say("来源", "origin"),
        lang.say("发布者", "publisher"),
        "WIT",
        "sha256",
    ]);
    for p in plugins {
        table.add_row(vec![
            p.info.label(),
            status_label(p.info.status, lang).to_owned(),
            lang.pick(&p.info.title).to_owned(),
            p.info.jurisdiction.clone(),
            p.origin.to_string(),
            super::publisher_label(&p.publisher, lang),
            p.wit_version.to_string(),
            p.digest[..12].to_owned(),
        ]);
    }
    let mut out = format!("{table}\n");
    for e in errors {
        let _ = writeln!(out, "{} {e}", lang.say("未加载：", "not loaded:"));
    }
    out
}

/// `zcp describe`: metadata, indicators with thresholds, parameters, data.
pub fn render_describe(plugin: &Plugin, lang: Lang) -> String {
    let info: &StandardInfo = &plugin.info;
    let mut out = String::new();
    let _ = writeln!(out, "{} — {}", info.label(), lang.pick(&info.title));
    let _ = writeln!(
        out,
        "{}: {}",
        lang.say("发布机构", "issuer"),
        lang.pick(&info.issuer)
    );
    let _ = writeln!(
        out,
        "{}: {}",
        lang.say("依据文件", "source"),
        lang.pick(&info.source)
    );
    let _ = writeln!(
        out,
        "{}: {} · {}: {} · {}: {}",
        lang.say("状态", "status"),
        status_label(info.status, lang),
        lang.say("地区", "jurisdiction"),
        info.jurisdiction,
        lang.say("施行", "effective"),
        info.effective
            .map_or_else(|| "—".to_owned(), |d| d.to_string())
    );
    if let Some(base) = &info.extends {
        let _ = writeln!(out, "{}: {base}", lang.say("扩展自", "extends"));
    }
    let _ = writeln!(
        out,
        "{}: {} · {} · WIT {} · sha256 {}\n",
        lang.say("来源", "origin"),
        plugin.origin,
        super::publisher_label(&plugin.publisher, lang),
        plugin.wit_version,
        plugin.digest
    );

    let mut indicators = new_table(&[
        lang.say("指标", "indicator"),
        lang.say("类型", "kind"),
        lang.say("适用条件", "applies when"),
        lang.say("限值", "threshold"),
    ]);
    for i in &info.indicators {
        let kind = format!("{:?}", i.kind).to_lowercase();
        let name = format!("{}\n{}", lang.pick(&i.title), i.id);
        for row in band_rows(i, name, kind, lang) {
            indicators.add_row(row);
        }
    }
    let _ = writeln!(out, "{indicators}");

    let mut params = new_table(&[
        lang.say("参数", "parameter"),
        lang.say("默认值", "default"),
        lang.say("可选值", "allowed"),
        lang.say("说明", "description"),
    ]);
    for p in &info.parameters {
        let provisional = if p.provisional {
            lang.say("（暂定）", " (provisional)")
        } else {
            ""
        };
        params.add_row(vec![
            p.name.clone(),
            format!("{}{provisional}", p.default_value),
            values_label(&p.values, lang, str::to_owned),
            lang.pick(&p.description).to_owned(),
        ]);
    }
    let _ = writeln!(out, "{params}");

    let mut data = new_table(&[
        lang.say("数据项", "data key"),
        lang.say("单位", "unit"),
        lang.say("必填", "required"),
    ]);
    for r in &info.requires {
        data.add_row(vec![
            r.key.clone(),
            r.unit.clone(),
            if r.required {
                lang.say("是", "yes")
            } else {
                ""
            }
            .to_owned(),
        ]);
    }
    let _ = writeln!(out, "{data}");
    if !info.defines.is_empty() {
        let mut defines = new_table(&[
            lang.say("本标准定义的数据项", "data key it defines"),
            lang.say("类型", "kind"),
            lang.say("范围", "scope"),
            lang.say("说明", "description"),
        ]);
        for d in &info.defines {
            defines.add_row(definition_row(d, lang, str::to_owned));
        }
        let _ = writeln!(out, "{defines}");
    }
    if !info.tiers.is_empty() {
        let mut tiers = new_table(&[lang.say("等级", "tier"), lang.say("最低得分", "from score")]);
        for t in &info.tiers {
            tiers.add_row(vec![
                format!("{} ({})", lang.pick(&t.title), t.id),
                super::display_limit(t.min_score),
            ]);
        }
        let _ = writeln!(out, "{tiers}");
    }
    out
}

/// A parameter's accepted values in words.
fn values_label(values: &ParameterValues, lang: Lang, show: impl Fn(&str) -> String) -> String {
    match values {
        ParameterValues::Any => "—".to_owned(),
        ParameterValues::OneOf(words) => {
            words.iter().map(|w| show(w)).collect::<Vec<_>>().join(", ")
        }
        ParameterValues::Number { .. } => {
            format!("{} {}", lang.say("数值", "a number"), values.describe())
        }
    }
}

/// A defined key's row: key, kind (with dimension or values), scope, description.
fn definition_row(d: &KeyDefinition, lang: Lang, show: impl Fn(&str) -> String) -> Vec<String> {
    let kind = match &d.kind {
        DefinedKind::Quantity {
            dimension,
            negative_allowed,
        } => format!(
            "{} ({dimension}{})",
            lang.say("数量", "quantity"),
            if *negative_allowed {
                lang.say("，可为负", ", may be negative")
            } else {
                ""
            }
        ),
        DefinedKind::Text { values } if values.is_empty() => lang.say("文本", "text").to_owned(),
        DefinedKind::Text { values } => format!(
            "{}: {}",
            lang.say("文本", "text"),
            values
                .iter()
                .map(|v| show(v))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        DefinedKind::Flag => lang.say("是/否", "yes/no").to_owned(),
    };
    vec![
        show(&d.key),
        kind,
        if d.yearly {
            lang.say("逐年", "per year")
        } else {
            lang.say("园区概况", "profile")
        }
        .to_owned(),
        lang.pick(&d.description).to_owned(),
    ]
}

/// `zcp standards --format markdown`: every loaded standard, and those that failed to load.
pub fn render_standards_markdown(
    plugins: &[Arc<Plugin>],
    errors: &[PluginError],
    lang: Lang,
) -> String {
    let mut doc = Doc::default();
    doc.block(format!(
        "# {}",
        lang.say("可用的评价标准", "Available standards")
    ));
    let mut table = MdTable::new(&[
        lang.say("标准", "Standard"),
        lang.say("状态", "Status"),
        lang.say("名称", "Title"),
        lang.say("地区", "Jurisdiction"),
        lang.say("扩展自", "Extends"),
        lang.say("来源", "Origin"),
        lang.say("发布者", "Publisher"),
        "WIT",
        "SHA-256",
    ]);
    for p in plugins {
        table.row(vec![
            code(&p.info.label()),
            status_label(p.info.status, lang).to_owned(),
            lang.pick(&p.info.title).to_owned(),
            p.info.jurisdiction.clone(),
            p.info
                .extends
                .as_deref()
                .map_or_else(|| "—".to_owned(), code),
            origin_label(&p.origin, lang),
            super::publisher_label(&p.publisher, lang),
            p.wit_version.to_string(),
            code(&p.digest),
        ]);
    }
    if plugins.is_empty() {
        doc.block(lang.say("没有可用的标准。", "No standard is loaded."));
    } else {
        doc.block(table.render());
    }
    if !errors.is_empty() {
        let mut list = String::new();
        for e in errors {
            let _ = writeln!(
                list,
                "- **{}**{}{}",
                lang.say("未加载", "Not loaded"),
                colon(lang),
                inline(&e.to_string(), "  ")
            );
        }
        doc.block(list);
    }
    doc.finish()
}

/// `zcp describe --format markdown`: metadata, indicators with thresholds,
/// parameters, data keys.
pub fn render_describe_markdown(plugin: &Plugin, lang: Lang) -> String {
    let info: &StandardInfo = &plugin.info;
    let mut doc = Doc::default();
    doc.block(format!(
        "# {} {}",
        code(&info.label()),
        one_line(lang.pick(&info.title))
    ));
    let mut facts = vec![
        (
            lang.say("发布机构", "Issuer"),
            lang.pick(&info.issuer).to_owned(),
        ),
        (
            lang.say("依据文件", "Source"),
            lang.pick(&info.source).to_owned(),
        ),
        (
            lang.say("状态", "Status"),
            status_label(info.status, lang).to_owned(),
        ),
        (lang.say("地区", "Jurisdiction"), info.jurisdiction.clone()),
        (
            lang.say("施行", "Effective"),
            info.effective
                .map_or_else(|| "—".to_owned(), |d| d.to_string()),
        ),
    ];
    if let Some(base) = &info.extends {
        facts.push((lang.say("扩展自", "Extends"), code(base)));
    }
    facts.push((
        lang.say("来源", "Origin"),
        origin_label(&plugin.origin, lang),
    ));
    facts.push(("WIT", code(plugin.wit_version.as_str())));
    facts.push(("SHA-256", code(&plugin.digest)));
    let mut list = String::new();
    for (name, value) in facts {
        let _ = writeln!(list, "- {name}{}{}", colon(lang), inline(&value, "  "));
    }
    doc.block(list);

    doc.block(format!("## {}", lang.say("指标", "Indicators")));
    let mut indicators = MdTable::new(&[
        lang.say("指标", "Indicator"),
        lang.say("类型", "Kind"),
        lang.say("适用条件", "Applies when"),
        lang.say("限值", "Threshold"),
    ]);
    let mut descriptions = String::new();
    for i in &info.indicators {
        let title = one_line(lang.pick(&i.title));
        let name = if title.is_empty() {
            code(&i.id)
        } else {
            format!("{title} ({})", code(&i.id))
        };
        let kind = kind_word(i.kind, lang).to_owned();
        for row in band_rows(i, name, kind, lang) {
            indicators.row(row);
        }
        let description = inline(lang.pick(&i.description), "  ");
        if !description.is_empty() {
            let _ = writeln!(
                descriptions,
                "- **{}** ({}){}{description}",
                escape_pipes(if title.is_empty() { &i.id } else { &title }),
                code(&i.id),
                colon(lang)
            );
        }
    }
    if info.indicators.is_empty() {
        doc.block(lang.say("未声明指标。", "No indicator is declared."));
    } else {
        doc.block(indicators.render());
        doc.block(descriptions);
    }

    doc.block(format!("## {}", lang.say("参数", "Parameters")));
    let mut params = MdTable::new(&[
        lang.say("参数", "Parameter"),
        lang.say("默认值", "Default"),
        lang.say("暂定", "Provisional"),
        lang.say("可选值", "Allowed"),
        lang.say("说明", "Description"),
    ]);
    for p in &info.parameters {
        params.row(vec![
            code(&p.name),
            code(&p.default_value),
            if p.provisional {
                lang.say("是", "yes")
            } else {
                lang.say("否", "no")
            }
            .to_owned(),
            values_label(&p.values, lang, code),
            lang.pick(&p.description).to_owned(),
        ]);
    }
    if info.parameters.is_empty() {
        doc.block(lang.say("无参数。", "No parameters."));
    } else {
        doc.block(params.render());
    }

    doc.block(format!("## {}", lang.say("数据项", "Data keys")));
    let mut data = MdTable::new(&[
        lang.say("数据项", "Data key"),
        lang.say("单位", "Unit"),
        lang.say("必填", "Required"),
        lang.say("说明", "Description"),
    ]);
    for r in &info.requires {
        data.row(vec![
            code(&r.key),
            if r.unit.is_empty() {
                "—".to_owned()
            } else {
                r.unit.clone()
            },
            if r.required {
                lang.say("是", "yes")
            } else {
                lang.say("否", "no")
            }
            .to_owned(),
            lang.pick(&r.description).to_owned(),
        ]);
    }
    if info.requires.is_empty() {
        doc.block(lang.say("不读取园区数据。", "Reads no park data."));
    } else {
        doc.block(data.render());
    }
    if !info.defines.is_empty() {
        doc.block(format!(
            "## {}",
            lang.say("本标准定义的数据项", "Data keys it defines")
        ));
        let mut defines = MdTable::new(&[
            lang.say("数据项", "Data key"),
            lang.say("类型", "Kind"),
            lang.say("范围", "Scope"),
            lang.say("说明", "Description"),
        ]);
        for d in &info.defines {
            defines.row(definition_row(d, lang, code));
        }
        doc.block(defines.render());
    }
    if !info.tiers.is_empty() {
        doc.block(format!("## {}", lang.say("等级", "Tiers")));
        let mut tiers =
            MdTable::new(&[lang.say("等级", "Tier"), lang.say("最低得分", "From score")]);
        for t in &info.tiers {
            tiers.row(vec![
                format!("{} ({})", one_line(lang.pick(&t.title)), code(&t.id)),
                super::display_limit(t.min_score),
            ]);
        }
        doc.block(tiers.render());
    }
    doc.finish()
}

/// An indicator's rows in a catalogue: name, kind, condition, threshold; one
/// row per band, so each condition sits beside its threshold, the name and
/// kind on the first row only.
fn band_rows(i: &Indicator, name: String, kind: String, lang: Lang) -> Vec<Vec<String>> {
    if i.thresholds.is_empty() {
        return vec![vec![name, kind, "—".to_owned(), "—".to_owned()]];
    }
    let mut first = Some((name, kind));
    i.thresholds
        .iter()
        .map(|band| {
            let (name, kind) = first.take().unwrap_or_default();
            vec![
                name,
                kind,
                lang.pick(&band.applies_when).to_owned(),
                threshold_label(&band.threshold, &i.unit, lang),
            ]
        })
        .collect()
}
