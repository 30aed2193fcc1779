//! The result of `zcp test` as Markdown: one table of cases per standard,
//! failures spelled out, totals last.

use super::Lang;
use super::md::{Doc, MdTable, code, origin_label};
use crate::conformance::TestReport;

/// The conformance run as a Markdown document.
pub fn render_test_markdown(report: &TestReport, lang: Lang) -> String {
    let mut doc = Doc::default();
    doc.block(format!("# {}", lang.say("一致性测试", "Conformance cases")));
    for suite in &report.suites {
        doc.block(format!(
            "## {} ({}, SHA-256 {})",
            code(&suite.standard),
            origin_label(&suite.origin, lang),
            code(&suite.digest)
        ));
        for warning in &suite.warnings {
            doc.block(format!("> {} {warning}", lang.say("警告：", "warning:")));
        }
        let mut table = MdTable::new(&[
            lang.say("用例", "case"),
            lang.say("结果", "result"),
            lang.say("说明", "description"),
            lang.say("不符之处", "mismatches"),
        ]);
        for case in &suite.cases {
            let failures: Vec<String> = case.failures.iter().map(ToString::to_string).collect();
            table.row(vec![
                code(&case.name),
                if case.passed {
                    lang.say("通过", "pass").to_owned()
                } else {
                    format!("**{}**", lang.say("未通过", "FAIL"))
                },
                case.description.clone().unwrap_or_default(),
                failures.join("\n"),
            ]);
        }
        doc.block(table.render());
    }
    doc.block(match lang {
        Lang::Zh => format!("通过 {} 个，未通过 {} 个", report.passed, report.failed),
        Lang::En => format!("{} passed, {} failed", report.passed, report.failed),
    });
    doc.finish()
}
