//! The evaluation report as a GitHub-flavoured Markdown document an assessor
//! can file and sign: caveats first, then each park (summary, standards side
//! by side, every indicator with its arithmetic and data), then a receipt.
//!
//! Deterministic: no timestamps, nothing but the report goes in.

use std::fmt::Write as _;
use std::time::Duration;

use super::md::{
    Doc, MdTable, code, colon, escape_pipes, inline, kind_label, one_line, origin_label,
};
use super::table::status_label;
use super::{
    Caveat, Lang, caveat_heading, caveats, display_number, display_score, group_thousands,
    jurisdiction_note, outcome_label, score_label, threshold_label, tier_label, verdict_label,
};
use crate::model::{IndicatorKind, IndicatorResult, Outcome, Threshold};
use crate::record::{IndicatorRef, ParkSection, Report, StandardRun};

/// The order of the indicator groups in a run's section.
const GROUPS: [Option<IndicatorKind>; 6] = [
    Some(IndicatorKind::Eligibility),
    Some(IndicatorKind::Core),
    Some(IndicatorKind::Guiding),
    Some(IndicatorKind::Scored),
    Some(IndicatorKind::Informative),
    None,
];

/// The whole evaluation report as Markdown.
pub fn render_report(report: &Report, lang: Lang) -> String {
    let mut doc = Doc::default();
    doc.block(format!(
        "# {}",
        lang.say("零碳园区评价报告", "Zero-carbon park evaluation report")
    ));
    banner(report, lang, &mut doc);
    doc.block(labelled_list(
        lang.say("警告", "Warning"),
        &report.warnings,
        lang,
    ));
    for section in &report.parks {
        park_section(section, report, lang, &mut doc);
    }
    doc.block(lang.say(
        "*表中数值按量级修约显示；所有比较均使用完整、未修约的数值（GB/T 8170 全数值比较）。*",
        "*Values are shown rounded; every comparison uses the full, unrounded value (GB/T 8170 全数值比较).*",
    ));
    receipt(report, lang, &mut doc);
    doc.finish()
}

/// The caveats as a blockquote, before anything else.
fn banner(report: &Report, lang: Lang, doc: &mut Doc) {
    let caveats = caveats(report);
    if caveats.is_empty() {
        return;
    }
    let mut quote = format!("> **{}**\n>\n", caveat_heading(lang));
    for caveat in caveats {
        let item = match (caveat.about_standard(lang), caveat) {
            (Some((standard, sentence)), _) => format!("{} {sentence}", code(standard)),
            (None, Caveat::Provisional(standard, a)) => format!(
                "{} {} = {} — {}",
                code(standard),
                code(&a.name),
                code(&a.value),
                inline(lang.pick(&a.description), ">   ")
            ),
            (None, _) => continue,
        };
        let _ = writeln!(quote, "> - {item}");
    }
    doc.block(quote);
}

fn park_section(section: &ParkSection, report: &Report, lang: Lang, doc: &mut Doc) {
    let file = section.file.display().to_string();
    match &section.park {
        Some(park) => {
            let province = park
                .province
                .as_deref()
                .map(|p| format!(", {p}"))
                .unwrap_or_default();
            doc.block(format!(
                "## {} ({}{province})",
                one_line(lang.pick(&park.name)),
                code(&park.id)
            ));
            let year = section
                .year
                .map_or_else(|| "—".to_owned(), |y| y.to_string());
            doc.block(format!(
                "- {}{}{year}\n- {}{}{}\n- {}{}{}",
                lang.say("评价年度", "Assessment year"),
                colon(lang),
                lang.say("数据文件", "Data file"),
                colon(lang),
                code(&file),
                lang.say("数据 SHA-256", "Data SHA-256"),
                colon(lang),
                code(&park.data_digest),
            ));
        }
        None => doc.block(format!("## {}", code(&file))),
    }
    doc.block(labelled_list(
        lang.say("错误", "Error"),
        &section.errors,
        lang,
    ));
    doc.block(labelled_list(
        lang.say("警告", "Warning"),
        &section.warnings,
        lang,
    ));
    if section.runs.is_empty() {
        return;
    }
    doc.block(summary(section, report, lang));
    if section.runs.len() > 1 {
        doc.block(format!(
            "### {}",
            lang.say("标准对照", "Standards side by side")
        ));
        doc.block(side_by_side(&section.runs, report, lang));
    }
    let province = section.park.as_ref().and_then(|p| p.province.as_deref());
    for run in &section.runs {
        let outside = province.filter(|_| section.outside_jurisdiction.contains(&run.standard));
        standard_run(run, report, outside, lang, doc);
    }
}

/// One row per standard: status, verdict, and the core indicators against their thresholds.
fn summary(section: &ParkSection, report: &Report, lang: Lang) -> String {
    let mut table = MdTable::new(&[
        lang.say("标准", "Standard"),
        lang.say("状态", "Status"),
        lang.say("结论", "Verdict"),
        lang.say(
            "核心指标（数值与限值）",
            "Core indicator (value vs threshold)",
        ),
    ]);
    for run in &section.runs {
        let status = report
            .standards
            .iter()
            .find(|s| s.label == run.standard)
            .map_or("—", |s| status_label(s.status, lang));
        let core: Vec<String> = run
            .layered_results()
            .into_iter()
            .filter(|(layer, r)| kind(report, layer, &r.id) == Some(IndicatorKind::Core))
            .map(|(layer, r)| {
                let threshold = match &r.threshold {
                    Threshold::Unbounded => String::new(),
                    Threshold::Qualitative(_) => format!(
                        "{}{}{}{}{}",
                        lang.say("（", " ("),
                        outcome_label(r.outcome, lang),
                        lang.say("；", "; "),
                        threshold_label(&r.threshold, &r.unit, lang),
                        lang.say("）", ")"),
                    ),
                    t => format!(
                        "{}{}{}{}{}",
                        lang.say("（", " ("),
                        outcome_label(r.outcome, lang),
                        lang.say("；限值 ", "; threshold "),
                        threshold_label(t, &r.unit, lang),
                        lang.say("）", ")"),
                    ),
                };
                format!(
                    "{} {}{threshold}",
                    title(report, layer, &r.id, lang),
                    value_text(r)
                )
            })
            .collect();
        let core = if run.error.is_some() {
            lang.say("未能评价", "not evaluated").to_owned()
        } else if core.is_empty() {
            "—".to_owned()
        } else {
            core.join("\n")
        };
        table.row(vec![
            code(&run.standard),
            status.to_owned(),
            format!("**{}**", verdict_label(run.verdict, lang)),
            core,
        ]);
    }
    table.render()
}

/// Standards side by side: the verdicts, then one row per indicator id with
/// each standard's value and outcome, so differences line up.
fn side_by_side(runs: &[StandardRun], report: &Report, lang: Lang) -> String {
    let labels: Vec<String> = runs.iter().map(|r| code(&r.standard)).collect();
    let mut header = vec![lang.say("指标", "Indicator")];
    header.extend(labels.iter().map(String::as_str));
    let mut table = MdTable::new(&header);
    let mut verdicts = vec![format!("**{}**", lang.say("结论", "Verdict"))];
    verdicts.extend(
        runs.iter()
            .map(|r| format!("**{}**", verdict_label(r.verdict, lang))),
    );
    table.row(verdicts);
    let reference = |r: &StandardRun| report.standards.iter().find(|s| s.label == r.standard);
    let evaluations = || runs.iter().map(|r| (r, r.evaluation.as_ref()));
    if evaluations().any(|(_, e)| e.is_some_and(|e| e.tier.is_some())) {
        let mut row = vec![lang.say("等级", "Tier").to_owned()];
        row.extend(evaluations().map(|(r, e)| {
            e.and_then(|e| e.tier.as_deref())
                .map_or_else(|| "—".to_owned(), |t| tier_label(reference(r), t, lang))
        }));
        table.row(row);
    }
    if evaluations().any(|(_, e)| e.is_some_and(|e| e.score.is_some())) {
        let mut row = vec![lang.say("得分", "Score").to_owned()];
        row.extend(evaluations().map(|(r, e)| {
            e.and_then(|e| e.score)
                .map_or_else(|| "—".to_owned(), |s| score_label(reference(r), s))
        }));
        table.row(row);
    }
    let layered: Vec<Vec<(&str, &IndicatorResult)>> =
        runs.iter().map(StandardRun::layered_results).collect();
    let mut ids: Vec<(&str, &str)> = Vec::new();
    for (layer, result) in layered.iter().flatten() {
        if !ids.iter().any(|(_, id)| *id == result.id) {
            ids.push((layer, &result.id));
        }
    }
    for (layer, id) in ids {
        let mut row = vec![indicator_cell(report, layer, id, None, lang)];
        for results in &layered {
            let cell = results.iter().find(|(_, r)| r.id == id).map_or_else(
                || {
                    lang.say("（无此指标）", "(not in this standard)")
                        .to_owned()
                },
                |(_, r)| match &r.threshold {
                    Threshold::Unbounded => value_text(r),
                    Threshold::Qualitative(_) => outcome_label(r.outcome, lang).to_owned(),
                    threshold => format!(
                        "{} · {} ({})",
                        value_text(r),
                        outcome_label(r.outcome, lang),
                        threshold_label(threshold, "", lang)
                    ),
                },
            );
            row.push(cell);
        }
        table.row(row);
    }
    table.render()
}

/// One standard's section; `outside` is the park's province when the
/// standard's jurisdiction does not cover it.
fn standard_run(
    run: &StandardRun,
    report: &Report,
    outside: Option<&str>,
    lang: Lang,
    doc: &mut Doc,
) {
    let reference = report.standards.iter().find(|s| s.label == run.standard);
    let title = reference.map_or("", |s| lang.pick(&s.title));
    doc.block(format!("### {} {}", code(&run.standard), one_line(title)));
    let publisher = reference
        .map(|s| &s.publisher)
        .filter(|p| **p != crate::trust::Publisher::Bundled);
    let mut facts = vec![
        (
            lang.say("状态", "Status"),
            reference
                .map_or("—", |s| status_label(s.status, lang))
                .to_owned(),
        ),
        (
            lang.say("结论", "Verdict"),
            format!("**{}**", verdict_label(run.verdict, lang)),
        ),
    ];
    facts.extend(publisher.map(|p| {
        (
            lang.say("发布者", "Publisher"),
            super::publisher_label(p, lang),
        )
    }));
    if let Some(evaluation) = &run.evaluation {
        if let Some(summary) = &evaluation.summary {
            facts.push((lang.say("说明", "Why"), one_line(lang.pick(summary))));
        }
        if let Some(tier) = &evaluation.tier {
            facts.push((lang.say("等级", "Tier"), tier_label(reference, tier, lang)));
        }
        if let Some(score) = evaluation.score {
            facts.push((lang.say("得分", "Score"), score_label(reference, score)));
        }
    }
    if let Some(province) = outside {
        facts.push((
            lang.say("注意", "Note"),
            jurisdiction_note(reference, province, lang),
        ));
    }
    if let Some(base) = &run.base {
        facts.push((
            lang.say("扩展自", "Extends"),
            format!(
                "{}{}",
                code(&base.standard),
                lang.say(
                    "（沿用的基础标准结果注明其来源）",
                    " (results kept from the base are marked with it)"
                )
            ),
        ));
    }
    let mut list = String::new();
    for (name, value) in facts {
        let _ = writeln!(list, "- {name}{}{value}", colon(lang));
    }
    if run.stdout.truncated || run.stderr.truncated {
        let _ = writeln!(
            list,
            "- {}",
            lang.say(
                "插件输出过多，已截断",
                "The plugin printed more than kept; its output was truncated"
            )
        );
    }
    doc.block(list);
    if let Some(error) = &run.error {
        doc.block(format!(
            "> **{}**{}{}",
            lang.say("未能评价", "Not evaluated"),
            colon(lang),
            inline(&error.to_string(), "> ")
        ));
        return;
    }
    let results = run.layered_results();
    for group in GROUPS {
        let members: Vec<(&str, &IndicatorResult)> = results
            .iter()
            .copied()
            .filter(|(layer, r)| kind(report, layer, &r.id) == group)
            .collect();
        if members.is_empty() {
            continue;
        }
        doc.block(format!("#### {}", kind_label(group, lang)));
        indicator_group(&members, group, run, report, lang, doc);
    }
    assumptions(run, lang, doc);
}

/// One group of indicators: a table, then each one's arithmetic and data.
fn indicator_group(
    members: &[(&str, &IndicatorResult)],
    group: Option<IndicatorKind>,
    run: &StandardRun,
    report: &Report,
    lang: Lang,
    doc: &mut Doc,
) {
    let scored = group == Some(IndicatorKind::Scored);
    let mut header = vec![
        lang.say("指标", "Indicator"),
        lang.say("数值", "Value"),
        lang.say("限值", "Threshold"),
        lang.say("结果", "Outcome"),
    ];
    if scored {
        header.push(lang.say("得分", "Score"));
    }
    let mut table = MdTable::new(&header);
    let mut details = String::new();
    for &(layer, r) in members {
        // A result kept from a base layer says which.
        let from = (layer != run.standard).then_some(layer);
        let name = indicator_cell(report, layer, &r.id, from, lang);
        let outcome = if group == Some(IndicatorKind::Informative) && r.outcome == Outcome::Pass {
            "—"
        } else {
            outcome_label(r.outcome, lang)
        };
        let mut row = vec![
            name,
            value_text(r),
            threshold_label(&r.threshold, &r.unit, lang),
            outcome.to_owned(),
        ];
        if scored {
            row.push(r.score.map_or_else(|| "—".to_owned(), display_score));
        }
        table.row(row);

        let title = title(report, layer, &r.id, lang);
        let _ = writeln!(
            details,
            "- **{}**{}{}",
            escape_pipes(if title.is_empty() { &r.id } else { &title }),
            colon(lang),
            inline(lang.pick(&r.explanation), "  ")
        );
        for (label, keys) in [
            (lang.say("所用数据", "data used"), &r.used),
            (lang.say("缺少数据", "data missing"), &r.missing),
        ] {
            if !keys.is_empty() {
                let keys: Vec<String> = keys.iter().map(|k| code(k)).collect();
                let _ = writeln!(details, "  - {label}{}{}", colon(lang), keys.join(", "));
            }
        }
    }
    doc.block(table.render());
    doc.block(details);
}

/// The parameters given, the values applied (each layer's), and the notes.
fn assumptions(run: &StandardRun, lang: Lang, doc: &mut Doc) {
    doc.block(format!(
        "#### {}",
        lang.say("假设与参数", "Assumptions and parameters")
    ));
    let given = given_list(
        run.parameters
            .iter()
            .map(|(name, value)| format!("{} = {}", code(name), code(value))),
        lang,
    );
    doc.block(format!(
        "{}{}{given}",
        lang.say("命令行给定的参数", "Parameters given on the command line"),
        colon(lang)
    ));
    let layers = std::iter::successors(Some(run), |r| r.base.as_deref());
    let mut table = MdTable::new(&[
        lang.say("名称", "Name"),
        lang.say("取值", "Value"),
        lang.say("暂定", "Provisional"),
        lang.say("说明", "Description"),
    ]);
    let mut any = false;
    let mut notes = String::new();
    for layer in layers {
        let attribution = if layer.standard == run.standard {
            String::new()
        } else {
            format!(" ({})", code(&layer.standard))
        };
        let Some(evaluation) = &layer.evaluation else {
            continue;
        };
        for a in &evaluation.assumptions {
            any = true;
            table.row(vec![
                format!("{}{attribution}", code(&a.name)),
                code(&a.value),
                if a.provisional {
                    lang.say("是", "yes")
                } else {
                    lang.say("否", "no")
                }
                .to_owned(),
                lang.pick(&a.description).to_owned(),
            ]);
        }
        for note in &evaluation.notes {
            let _ = writeln!(notes, "- {}{attribution}", inline(lang.pick(note), "  "));
        }
    }
    if any {
        doc.block(table.render());
    }
    if !notes.is_empty() {
        doc.block(format!("#### {}", lang.say("注", "Notes")));
        doc.block(notes);
    }
}

/// A list of messages each led by `label` in bold (empty without messages,
/// so the block is dropped).
fn labelled_list(label: &str, messages: &[String], lang: Lang) -> String {
    let mut list = String::new();
    for message in messages {
        let _ = writeln!(
            list,
            "- **{label}**{}{}",
            colon(lang),
            inline(message, "  ")
        );
    }
    list
}

/// Parameters given, comma-separated, or words saying the defaults apply.
fn given_list(given: impl Iterator<Item = String>, lang: Lang) -> String {
    let given: Vec<String> = given.collect();
    if given.is_empty() {
        lang.say("无（均取默认值）", "none (defaults apply)")
            .to_owned()
    } else {
        given.join(", ")
    }
}

/// The appendix: what is needed to reproduce the report.
fn receipt(report: &Report, lang: Lang, doc: &mut Doc) {
    doc.block(format!(
        "## {}",
        lang.say("附录：复核信息", "Appendix: receipt")
    ));
    let parameters = given_list(report.parameters.iter().map(|p| code(&p.to_string())), lang);
    doc.block(format!(
        "- {}{}{}\n- {}{}{}\n- {}{}{}\n- {}{}{parameters}",
        lang.say(
            "结果摘要（`zcp reproduce` 据此复核）",
            "Result digest (`zcp reproduce` checks it)"
        ),
        colon(lang),
        code(&report.result_digest),
        lang.say("zcp 版本", "zcp version"),
        colon(lang),
        report.host_version,
        lang.say(
            "主机支持的评价接口（WIT）版本",
            "Contract (WIT) versions the host runs"
        ),
        colon(lang),
        report
            .wit_versions
            .iter()
            .map(|v| v.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        lang.say("给定的参数", "Parameters given"),
        colon(lang),
    ));

    doc.block(format!("### {}", lang.say("标准", "Standards")));
    let mut standards = MdTable::new(&[
        lang.say("标准", "Standard"),
        lang.say("状态", "Status"),
        lang.say("扩展自", "Extends"),
        lang.say("来源", "Origin"),
        lang.say("发布者", "Publisher"),
        "WIT",
        "SHA-256",
    ]);
    for s in &report.standards {
        standards.row(vec![
            code(&s.label),
            status_label(s.status, lang).to_owned(),
            s.extends.as_deref().map_or_else(|| "—".to_owned(), code),
            origin_label(&s.origin, lang),
            super::publisher_label(&s.publisher, lang),
            s.wit_version.to_string(),
            code(&s.digest),
        ]);
    }
    doc.block(standards.render());

    let parks: Vec<_> = report
        .parks
        .iter()
        .filter_map(|section| section.park.as_ref().map(|p| (section, p)))
        .collect();
    if !parks.is_empty() {
        doc.block(format!("### {}", lang.say("园区数据", "Park data")));
        let mut table = MdTable::new(&[
            lang.say("园区", "Park"),
            lang.say("文件", "File"),
            lang.say("年度", "Year"),
            "SHA-256",
        ]);
        for (section, park) in parks {
            table.row(vec![
                code(&park.id),
                code(&section.file.display().to_string()),
                section
                    .year
                    .map_or_else(|| "—".to_owned(), |y| y.to_string()),
                code(&park.data_digest),
            ]);
        }
        doc.block(table.render());
    }

    doc.block(format!(
        "### {}",
        lang.say("资源限制（每次调用）", "Limits (per call)")
    ));
    let limits = &report.limits;
    let mut table = MdTable::new(&[lang.say("限制", "Limit"), lang.say("取值", "Value")]);
    for (name, value) in [
        (
            lang.say("计算预算（fuel）", "CPU budget (fuel)"),
            count(limits.fuel),
        ),
        (
            lang.say("墙钟时间", "Wall clock"),
            duration(limits.wall_clock),
        ),
        (lang.say("内存", "Memory"), bytes(limits.memory_bytes)),
        (
            lang.say("表元素", "Table elements"),
            count(limits.table_elements),
        ),
        (
            lang.say("园区数据调用次数", "Park-data calls"),
            count(limits.host_calls),
        ),
        (
            lang.say("单个调用参数长度", "Park-data call argument"),
            bytes(limits.host_argument_bytes),
        ),
        (
            lang.say("主机工作量", "Host work"),
            bytes(usize::try_from(limits.host_work_bytes).unwrap_or(usize::MAX)),
        ),
        (
            lang.say("结果大小", "Result size"),
            bytes(limits.result_bytes),
        ),
        (
            lang.say(
                "输出捕获（stdout、stderr 各）",
                "Captured output (stdout, stderr each)",
            ),
            bytes(limits.output_bytes),
        ),
        (
            lang.say("数据溯源键数", "Lineage keys"),
            count(limits.lineage_keys),
        ),
    ] {
        table.row(vec![name.to_owned(), value]);
    }
    doc.block(table.render());
}

/// The indicator's declaration in its layer's standard.
fn declared<'a>(report: &'a Report, layer: &str, id: &str) -> Option<&'a IndicatorRef> {
    report
        .standards
        .iter()
        .find(|s| s.label == layer)
        .and_then(|s| s.indicators.get(id))
}

fn kind(report: &Report, layer: &str, id: &str) -> Option<IndicatorKind> {
    declared(report, layer, id).map(|i| i.kind)
}

fn title(report: &Report, layer: &str, id: &str, lang: Lang) -> String {
    declared(report, layer, id).map_or_else(String::new, |i| one_line(lang.pick(&i.title)))
}

/// ``Title (`id`)``, or just the id when the standard gives no title; with
/// the layer it comes from when that is not the standard run.
fn indicator_cell(
    report: &Report,
    layer: &str,
    id: &str,
    from: Option<&str>,
    lang: Lang,
) -> String {
    let title = title(report, layer, id, lang);
    let mut reference = code(id);
    if let Some(from) = from {
        let _ = write!(
            reference,
            "{}{}",
            lang.say(", 来自 ", ", from "),
            code(from)
        );
    }
    if title.is_empty() {
        reference
    } else {
        format!("{title} ({reference})")
    }
}

/// The value rounded for display, with its unit.
fn value_text(result: &IndicatorResult) -> String {
    result.value.map_or_else(
        || "—".to_owned(),
        |v| {
            format!("{} {}", display_number(v), result.unit)
                .trim_end()
                .to_owned()
        },
    )
}

fn count(n: impl ToString) -> String {
    group_thousands(&n.to_string())
}

fn bytes(n: usize) -> String {
    const KIB: usize = 1 << 10;
    const MIB: usize = 1 << 20;
    if n >= MIB && n.is_multiple_of(MIB) {
        format!("{} MiB", count(n / MIB))
    } else if n >= KIB && n.is_multiple_of(KIB) {
        format!("{} KiB", count(n / KIB))
    } else {
        format!("{} B", count(n))
    }
}

fn duration(d: Duration) -> String {
    if d.subsec_nanos() == 0 {
        format!("{} s", count(d.as_secs()))
    } else {
        format!("{} ms", count(d.as_millis()))
    }
}

#[cfg(test)]
mod tests {
    use super::super::md::{escape_cell, fenced};
    use super::*;

    #[test]
    fn escapes_pipes_in_cells() {
        assert_eq!(escape_cell("a | b"), r"a \| b");
        assert_eq!(escape_cell("`x|y`"), r"`x\|y`");
        assert_eq!(escape_cell("||"), r"\|\|");
        assert_eq!(escape_cell("no pipe"), "no pipe");
    }

    #[test]
    fn doubles_backslashes_that_would_escape_the_escape() {
        // `a\|b` as text: the backslash stays, the pipe is no cell border.
        assert_eq!(escape_pipes(r"a\|b"), r"a\\\|b");
        assert_eq!(escape_pipes(r"a\\|b"), r"a\\\\\|b");
        // Backslashes elsewhere are left alone.
        assert_eq!(escape_pipes(r"C:\parks\a.toml"), r"C:\parks\a.toml");
        assert_eq!(escape_pipes(r"end\"), r"end\");
    }

    #[test]
    fn keeps_a_cell_on_one_line() {
        assert_eq!(escape_cell("  one  \r\ntwo\n"), "one<br>two");
        assert_eq!(escape_cell("a|\nb"), r"a\|<br>b");
        assert_eq!(escape_cell(""), "");
    }

    #[test]
    fn code_spans_survive_backticks() {
        assert_eq!(code("a.b"), "`a.b`");
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("`a`"), "`` `a` ``");
    }

    #[test]
    fn fenced_blocks_survive_backticks() {
        assert_eq!(
            fenced("E = 1 + 2\n  = 3\n"),
            "```text\nE = 1 + 2\n  = 3\n```"
        );
        assert_eq!(fenced("a ```` b"), "`````text\na ```` b\n`````");
    }

    #[test]
    fn tables_are_well_formed() {
        let mut table = MdTable::new(&["a", "b"]);
        table.row(vec!["1 | 2".to_owned()]);
        table.row(vec!["x".to_owned(), "y".to_owned(), "dropped".to_owned()]);
        assert_eq!(
            table.render(),
            "| a | b |\n| --- | --- |\n| 1 \\| 2 |  |\n| x | y |\n"
        );
    }

    #[test]
    fn documents_have_one_blank_line_between_blocks_and_no_trailing_spaces() {
        let mut doc = Doc::default();
        doc.block("# title  \n");
        doc.block("\n\n");
        doc.block("text\n\n");
        assert_eq!(doc.finish(), "# title\n\ntext\n");
    }

    #[test]
    fn inline_text_stays_in_its_list_item() {
        assert_eq!(inline("one\n\n two \n", "  "), "one\n  two");
        assert_eq!(inline("a | b\n--- | ---", "  "), "a \\| b\n  --- \\| ---");
        assert_eq!(one_line(" a\n  b "), "a b");
    }

    #[test]
    fn limits_in_their_natural_units() {
        assert_eq!(bytes(64 << 20), "64 MiB");
        assert_eq!(bytes(64 << 10), "64 KiB");
        assert_eq!(bytes(1500), "1,500 B");
        assert_eq!(duration(Duration::from_secs(10)), "10 s");
        assert_eq!(duration(Duration::from_millis(1500)), "1,500 ms");
    }
}
