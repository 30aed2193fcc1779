//! The result of `zcp test` as Markdown: one table of cases per standard,
//! failures spelled out, the derivation of each failed case's expected
//! values below the table, totals last.

use super::Lang;
use super::md::{Doc, MdTable, code, fenced, origin_label};
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
        for case in suite.cases.iter().filter(|c| !c.passed) {
            if let Some(derivation) = &case.derivation {
                doc.block(match lang {
                    Lang::Zh => format!("### {} 的推导", code(&case.name)),
                    Lang::En => format!("### Derivation of {}", code(&case.name)),
                });
                doc.block(fenced(derivation));
            }
        }
    }
    doc.block(match lang {
        Lang::Zh => format!("通过 {} 个，未通过 {} 个", report.passed, report.failed),
        Lang::En => format!("{} passed, {} failed", report.passed, report.failed),
    });
    doc.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conformance::{CaseReport, Failure, SuiteReport};
    use crate::runtime::Origin;

    fn case(name: &str, failures: Vec<Failure>) -> CaseReport {
        CaseReport {
            name: name.to_owned(),
            description: Some(format!("{name} case")),
            derivation: Some(format!("{name}: E = 1 + 2\n  = 3")),
            passed: failures.is_empty(),
            failures,
        }
    }

    #[test]
    fn a_failed_case_shows_its_derivation_below_the_table() {
        let suite = SuiteReport {
            standard: "cn-zcp@1.0.0".to_owned(),
            origin: Origin::Bundled("cn-zcp".to_owned()),
            digest: "ab".repeat(32),
            cases_dir: None,
            warnings: vec![],
            cases: vec![
                case("good", vec![]),
                case(
                    "bad",
                    vec![Failure::case("verdict: expected x, got y".into())],
                ),
            ],
            passed: 1,
            failed: 1,
        };
        let out = render_test_markdown(&TestReport::new(vec![suite]), Lang::En);
        assert!(
            out.contains("\n### Derivation of `bad`\n\n```text\nbad: E = 1 + 2\n  = 3\n```\n"),
            "{out}"
        );
        assert!(!out.contains("good: E"), "a passed case shows none: {out}");
        assert!(out.ends_with("\n1 passed, 1 failed\n"), "{out}");
    }
}
