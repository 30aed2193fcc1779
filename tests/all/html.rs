//! `--format html`: one self-contained document, checked by its structure
//! (a snapshot of the element tree), its escaping of plugin text, the
//! resources it does not reference, and its language.

use zcp::Limits;
use zcp::model::Text;
use zcp::report::{Lang, ReportView, ViewOptions, render_report_html};

use crate::{evaluate, load, zcp};

/// Elements without a closing tag.
const VOID: [&str; 6] = ["meta", "br", "hr", "img", "link", "input"];

/// Text kept per line of the structure: enough to recognise it.
const TEXT_CHARS: usize = 60;

/// The value of attribute `name` in the inside of a tag.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = tag[start..].find('"')? + start;
    Some(&tag[start..end])
}

/// An element, with its children: elements and texts.
#[derive(Default)]
struct Element {
    /// `tag.class.class` with its `lang`, `id`, `href` and `colspan`.
    head: String,
    children: Vec<Node>,
}

enum Node {
    Element(Element),
    Text(String),
}

/// The element tree of a document, the style sheet left out: one line per
/// element, indented by its depth, as `tag.class.class` with its `lang`,
/// `id`, `href` and `colspan`, and its text (each text cut to
/// [`TEXT_CHARS`]) on the same line when it holds nothing else. Panics
/// when a tag is closed out of order or left open.
fn structure(html: &str) -> String {
    let mut open: Vec<(String, Element)> = vec![(String::new(), Element::default())];
    let mut rest = html;
    while !rest.is_empty() {
        let start = rest.find('<').unwrap_or(rest.len());
        let text = rest[..start]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let (name, parent) = open.last_mut().unwrap();
        if !text.is_empty() && name != "style" {
            let mut shown: String = text.chars().take(TEXT_CHARS).collect();
            if text.chars().count() > TEXT_CHARS {
                shown.push('…');
            }
            parent.children.push(Node::Text(format!("\"{shown}\"")));
        }
        if start == rest.len() {
            break;
        }
        let end = rest[start..].find('>').expect("a tag ends") + start;
        let tag = &rest[start + 1..end];
        rest = &rest[end + 1..];
        if tag.starts_with('!') {
            continue;
        }
        if let Some(closing) = tag.strip_prefix('/') {
            let (name, element) = open.pop().unwrap();
            assert_eq!(name, closing, "closed out of order");
            open.last_mut()
                .unwrap()
                .1
                .children
                .push(Node::Element(element));
            continue;
        }
        let name = tag.split_whitespace().next().unwrap();
        let mut head = name.to_owned();
        if let Some(classes) = attribute(tag, "class") {
            for class in classes.split_whitespace() {
                head.push_str(&format!(".{class}"));
            }
        }
        for attribute_name in ["lang", "id", "href", "colspan"] {
            if let Some(value) = attribute(tag, attribute_name) {
                head.push_str(&format!(" {attribute_name}={value}"));
            }
        }
        let element = Element {
            head,
            children: vec![],
        };
        if VOID.contains(&name) {
            open.last_mut()
                .unwrap()
                .1
                .children
                .push(Node::Element(element));
        } else {
            open.push((name.to_owned(), element));
        }
    }
    let (_, root) = open.pop().unwrap();
    assert!(
        open.is_empty(),
        "left open: {:?}",
        open.iter().map(|(n, _)| n).collect::<Vec<_>>()
    );
    let mut out = String::new();
    for child in &root.children {
        print(child, 0, &mut out);
    }
    out
}

fn print(node: &Node, depth: usize, out: &mut String) {
    let indent = "  ".repeat(depth);
    match node {
        Node::Text(text) => out.push_str(&format!("{indent}{text}\n")),
        Node::Element(element) => match element.children.as_slice() {
            [Node::Text(text)] => out.push_str(&format!("{indent}{} {text}\n", element.head)),
            children => {
                out.push_str(&format!("{indent}{}\n", element.head));
                for child in children {
                    print(child, depth + 1, out);
                }
            }
        },
    }
}

fn html_of(args: &[&str], code: i32) -> String {
    let mut cmd = zcp();
    cmd.arg("evaluate").args(args).args(["--format", "html"]);
    crate::stdout_of(&mut cmd, code)
}

#[test]
fn html_report_structure() {
    let html = html_of(
        &[
            "examples/parks/coal-heavy.toml",
            "-s",
            "cn-zcp@1",
            "-s",
            "cn-nm-zcp@1",
        ],
        1,
    );
    assert!(
        html.starts_with("<!DOCTYPE html><html lang=\"en\">"),
        "{html}"
    );
    let tree = structure(&html);
    // The caveats come before the first park, the receipt last.
    let position = |needle: &str| {
        tree.find(needle)
            .unwrap_or_else(|| panic!("{needle}:\n{tree}"))
    };
    assert!(position("section.caveats") < position("section.park"));
    assert!(position("section.park") < position("section.receipt"));
    // One column per standard, the verdicts coloured, each value with its arithmetic folded.
    assert!(tree.contains("td.verdict.v-not-qualified"), "{tree}");
    assert!(tree.contains("td.cell.o-fail"), "{tree}");
    assert!(tree.contains("details.arithmetic"), "{tree}");
    let mut filters = crate::filters();
    // Digests, whole or cut to the text shown.
    filters.insert(0, (r"\b[0-9a-f]{40,}…?", "[digest]"));
    insta::with_settings!({ filters => filters }, {
        insta::assert_snapshot!(tree);
    });
}

/// Plugin text is escaped wherever it appears: titles, explanations,
/// summaries, notes, assumptions; bidirectional overrides are removed.
#[test]
fn plugin_text_is_escaped_in_html() {
    const HOSTILE: &str = "<script>alert(1)</script> \"quoted\" & more\u{202e}";
    const ESCAPED: &str = "&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; more";
    let (runtime, registry, _dir) = load(Limits::default(), &[]);
    let mut report = evaluate(
        &runtime,
        &registry,
        &["examples/parks/ordos-green.toml"],
        &["cn-zcp@1", "cn-nm-zcp@1"],
    );
    let hostile = || Text {
        zh: HOSTILE.to_owned(),
        en: HOSTILE.to_owned(),
    };
    for indicator in report.standards[0].indicators.values_mut() {
        indicator.title = hostile();
    }
    report.standards[0].title = hostile();
    let evaluation = report.parks[0].runs[0].evaluation.as_mut().unwrap();
    evaluation.summary = Some(hostile());
    evaluation.notes.push(hostile());
    evaluation.results[0].explanation = hostile();
    evaluation.results[0].unit = HOSTILE.to_owned();
    evaluation.assumptions[0].description = hostile();
    evaluation.assumptions[0].value = HOSTILE.to_owned();
    evaluation.tier = Some(HOSTILE.to_owned());
    report.parks[0].errors.push(HOSTILE.to_owned());
    for lang in [Lang::En, Lang::Zh] {
        let html = render_report_html(&ReportView::new(&report, lang, ViewOptions::default()));
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains('\u{202e}'), "bidi override kept");
        // Titles (grid and sections), explanation, summary, note,
        // assumption, unit, tier, error: each escaped.
        assert!(html.matches(ESCAPED).count() >= 8, "{html}");
        structure(&html);
    }
}

#[test]
fn html_references_no_external_resource() {
    let html = html_of(
        &[
            "examples/parks/ordos-green.toml",
            "--all-bundled",
            "--report-only",
        ],
        0,
    );
    for forbidden in [
        "src=",
        "href=\"http",
        "href=http",
        "@import",
        "url(",
        "<link",
        "<script",
        "<img",
        "<iframe",
        "<object",
        "<embed",
    ] {
        assert!(!html.contains(forbidden), "`{forbidden}` in the report");
    }
    let links: Vec<&str> = html
        .match_indices("href=\"")
        .map(|(i, _)| &html[i + 6..])
        .collect();
    assert!(!links.is_empty());
    for link in links {
        assert!(
            link.starts_with('#'),
            "a link out of the page: {:.40}",
            link
        );
    }
    assert!(html.contains("<style>"), "the style sheet is inline");
    structure(&html);
}

#[test]
fn html_in_chinese_has_chinese_labels() {
    let html = html_of(
        &[
            "examples/parks/ordos-green.toml",
            "-s",
            "cn-zcp@1",
            "-s",
            "cn-hn-zcp@1",
            "--lang",
            "zh",
        ],
        0,
    );
    assert!(html.starts_with("<!DOCTYPE html><html lang=\"zh-CN\">"));
    for label in [
        "零碳园区评价报告",
        "标准对照",
        "结论",
        "达标",
        "计算过程",
        "附录：复核信息",
    ] {
        assert!(html.contains(label), "`{label}` missing");
    }
    for english in ["Standards side by side", ">Verdict<", ">pass<", "Appendix"] {
        assert!(!html.contains(english), "`{english}` in the Chinese report");
    }
}

/// The indicator rows of the first side-by-side grid of a document.
fn grid_rows(html: &str) -> usize {
    let start = html.find("<tbody class=\"indicators\">").expect("a grid");
    let end = html[start..].find("</tbody>").unwrap() + start;
    html[start..end].matches("<tr").count()
}

#[test]
fn changed_only_html_keeps_the_rows_that_differ() {
    let args = [
        "examples/parks/ordos-green.toml",
        "-s",
        "cn-zcp@1",
        "-s",
        "cn-js-zcp@1",
    ];
    let all = html_of(&args, 0);
    let changed = html_of(&[&args[..], &["--changed-only"]].concat(), 0);
    // cn-js-zcp fails solid waste and water reuse, which cn-zcp passes.
    assert_eq!(grid_rows(&changed), 2, "{changed}");
    assert!(grid_rows(&all) > 10);
    assert!(changed.contains("class=\"filter-note\""));
    assert!(!all.contains("class=\"filter-note\""));
    // Each standard's section is complete in both.
    assert_eq!(
        all.matches("<tbody class=\"result\">").count(),
        changed.matches("<tbody class=\"result\">").count()
    );
}

/// Only `zcp evaluate` has an HTML report: the other verbs refuse
/// `--format html` before doing any work.
#[test]
fn html_is_refused_by_verbs_without_an_html_report() {
    for args in [
        &["standards"][..],
        &["describe", "cn-zcp@1"],
        &["test", "cn-zcp@1"],
        &[
            "validate",
            "examples/parks/ordos-green.toml",
            "-s",
            "cn-zcp@1",
        ],
    ] {
        let stderr = crate::stderr_of(zcp().args(args).args(["--format", "html"]), 2);
        assert!(
            stderr.contains(&format!(
                "`--format html` is for the report of `zcp evaluate`; `zcp {}` prints `table`, `json` or `markdown`",
                args[0]
            )),
            "{stderr}"
        );
    }
}
