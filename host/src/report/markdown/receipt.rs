//! The appendix of a Markdown report: what is needed to reproduce it.

use super::super::md::{Doc, MdTable, code, colon, origin_label};
use super::super::view::ReportView;
use super::given_list;

/// The receipt: digests, versions, the dictionary, standards, park files
/// and limits.
pub(super) fn receipt(view: &ReportView, doc: &mut Doc) {
    let lang = view.lang;
    let receipt = &view.receipt;
    doc.block(format!(
        "## {}",
        lang.say("附录：复核信息", "Appendix: receipt")
    ));
    let parameters = given_list(receipt.parameters.iter().map(|p| code(p)).collect(), view);
    let dictionary = &receipt.dictionary;
    let defined = if dictionary.defined.is_empty() {
        String::new()
    } else {
        let keys: Vec<String> = dictionary
            .defined
            .iter()
            .map(|(pattern, by)| format!("{} ({})", code(pattern), code(by)))
            .collect();
        format!(
            "{}{}",
            lang.say("；标准定义的键：", "; keys the standards define: "),
            keys.join(", ")
        )
    };
    let facts = [
        (
            lang.say(
                "结果摘要（`zcp reproduce` 据此复核）",
                "Result digest (`zcp reproduce` checks it)",
            ),
            code(&receipt.result_digest),
        ),
        (
            lang.say("zcp 版本", "zcp version"),
            receipt.host_version.clone(),
        ),
        (
            lang.say(
                "主机支持的评价接口（WIT）版本",
                "Contract (WIT) versions the host runs",
            ),
            receipt.wit_versions.join(", "),
        ),
        (
            lang.say("数据字典", "Data dictionary"),
            format!(
                "{} {}{}SHA-256 {}{defined}",
                lang.say("版本", "version"),
                dictionary.version,
                lang.say("，", ", "),
                code(&dictionary.digest),
            ),
        ),
        (lang.say("给定的参数", "Parameters given"), parameters),
    ];
    doc.block(
        facts
            .iter()
            .map(|(name, value)| format!("- {name}{}{value}", colon(lang)))
            .collect::<Vec<_>>()
            .join("\n"),
    );

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
    for s in &receipt.standards {
        standards.row(vec![
            code(&s.label),
            s.status.to_owned(),
            s.extends.as_deref().map_or_else(|| "—".to_owned(), code),
            origin_label(&s.origin, lang),
            s.publisher.clone(),
            s.wit_version.clone(),
            code(&s.digest),
        ]);
    }
    doc.block(standards.render());

    if !receipt.parks.is_empty() {
        doc.block(format!("### {}", lang.say("园区数据", "Park data")));
        let mut table = MdTable::new(&[
            lang.say("园区", "Park"),
            lang.say("文件", "File"),
            lang.say("年度", "Year"),
            "SHA-256",
        ]);
        for park in &receipt.parks {
            table.row(vec![
                code(&park.id),
                code(&park.file),
                park.year.map_or_else(|| "—".to_owned(), |y| y.to_string()),
                code(&park.digest),
            ]);
        }
        doc.block(table.render());
    }

    doc.block(format!(
        "### {}",
        lang.say("资源限制（每次调用）", "Limits (per call)")
    ));
    let mut table = MdTable::new(&[lang.say("限制", "Limit"), lang.say("取值", "Value")]);
    for (name, value) in &receipt.limits {
        table.row(vec![(*name).to_owned(), value.clone()]);
    }
    doc.block(table.render());
}
