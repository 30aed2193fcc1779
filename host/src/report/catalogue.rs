//! Terminal tables for `zcp standards` and `zcp describe`.

use std::fmt::Write as _;
use std::sync::Arc;

use super::table::{new_table, status_label};
use super::{Lang, threshold_label};
use crate::model::StandardInfo;
use crate::runtime::{Plugin, PluginError};

/// `zcp standards`: every loaded standard, and those that failed to load.
pub fn render_standards(plugins: &[Arc<Plugin>], errors: &[PluginError], lang: Lang) -> String {
    let mut table = new_table(&[
        lang.say("标准", "standard"),
        lang.say("状态", "status"),
        lang.say("名称", "title"),
        lang.say("地区", "jurisdiction"),
        lang.say("来源", "origin"),
        "sha256",
    ]);
    for p in plugins {
        table.add_row(vec![
            p.info.label(),
            status_label(p.info.status, lang).to_owned(),
            lang.pick(&p.info.title).to_owned(),
            p.info.jurisdiction.clone(),
            p.origin.to_string(),
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
        info.effective.as_deref().unwrap_or("—")
    );
    if let Some(base) = &info.extends {
        let _ = writeln!(out, "{}: {base}", lang.say("扩展自", "extends"));
    }
    let _ = writeln!(
        out,
        "{}: {} · sha256 {}\n",
        lang.say("来源", "origin"),
        plugin.origin,
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
        if i.thresholds.is_empty() {
            indicators.add_row(vec![
                name.clone(),
                kind.clone(),
                String::new(),
                "—".to_owned(),
            ]);
        }
        // One row per band, so each condition sits beside its threshold.
        for (n, band) in i.thresholds.iter().enumerate() {
            let (name, kind) = if n == 0 {
                (name.clone(), kind.clone())
            } else {
                (String::new(), String::new())
            };
            indicators.add_row(vec![
                name,
                kind,
                lang.pick(&band.applies_when).to_owned(),
                threshold_label(&band.threshold, &i.unit, lang),
            ]);
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
            if p.allowed.is_empty() {
                "—".to_owned()
            } else {
                p.allowed.join(", ")
            },
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
    out
}
