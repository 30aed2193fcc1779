//! Markdown building blocks shared by every Markdown output: a document of
//! blocks, tables whose rows always match their header, escaping.

use std::fmt::Write as _;

use super::Lang;
use crate::model::IndicatorKind;
use crate::runtime::Origin;

/// A Markdown document built block by block, one blank line between blocks,
/// no trailing spaces, one final newline.
#[derive(Debug, Default)]
pub(super) struct Doc {
    blocks: Vec<String>,
}

impl Doc {
    /// Add a block (a heading, a paragraph, a list, a table); blank ones are dropped.
    pub(super) fn block(&mut self, text: impl Into<String>) {
        let text = text.into();
        let text = text.trim_matches('\n');
        if !text.trim().is_empty() {
            self.blocks.push(text.to_owned());
        }
    }

    /// The document.
    pub(super) fn finish(self) -> String {
        let mut out = String::new();
        for line in self.blocks.join("\n\n").lines() {
            out.push_str(line.trim_end());
            out.push('\n');
        }
        out
    }
}

/// A Markdown table: every row has as many cells as the header.
#[derive(Debug)]
pub(super) struct MdTable {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl MdTable {
    /// A table with these column names.
    pub(super) fn new(header: &[&str]) -> Self {
        MdTable {
            header: header.iter().map(|h| (*h).to_owned()).collect(),
            rows: Vec::new(),
        }
    }

    /// Add a row of raw cells (escaped when rendered), padded or cut to the header.
    pub(super) fn row(&mut self, mut cells: Vec<String>) {
        cells.resize(self.header.len(), String::new());
        self.rows.push(cells);
    }

    /// The table as Markdown.
    pub(super) fn render(&self) -> String {
        let mut out = String::new();
        let mut line = |cells: &[String]| {
            out.push('|');
            for cell in cells {
                let _ = write!(out, " {} |", escape_cell(cell));
            }
            out.push('\n');
        };
        line(&self.header);
        line(&vec!["---".to_owned(); self.header.len()]);
        for row in &self.rows {
            line(row);
        }
        out
    }
}

/// Text made safe for one table cell: `|` escaped (see [`escape_pipes`]),
/// line breaks as `<br>`, surrounding whitespace trimmed.
pub(super) fn escape_cell(text: &str) -> String {
    let lines: Vec<String> = text
        .trim()
        .lines()
        .map(|l| escape_html(l.trim_end()))
        .collect();
    escape_pipes(&lines.join("<br>"))
}

/// Text with `<` written as an entity outside code spans, so that a
/// plugin's text never becomes HTML in a rendered report (and `<name>` in a
/// description is shown, not swallowed as a tag). A `>` alone starts no tag
/// and stays as written.
pub(super) fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if c == '`' {
            let fence = rest.len() - rest.trim_start_matches('`').len();
            let after = &rest[fence..];
            let closing = after
                .match_indices(&rest[..fence])
                .find(|(i, _)| !after[i + fence..].starts_with('`') && !after[..*i].ends_with('`'));
            if let Some((end, _)) = closing {
                out.push_str(&rest[..fence + end + fence]);
                rest = &after[end + fence..];
                continue;
            }
            out.push_str(&rest[..fence]);
            rest = after;
            continue;
        }
        match c {
            '<' => out.push_str("&lt;"),
            c => out.push(c),
        }
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// Text with every `|` escaped, so that it never splits a table row (nor
/// makes one); backslashes just before a `|` are doubled so that they do not
/// escape the escape.
pub(super) fn escape_pipes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut backslashes = 0;
    for c in text.chars() {
        if c == '\\' {
            backslashes += 1;
            continue;
        }
        let doubled = if c == '|' { 2 } else { 1 };
        out.extend(std::iter::repeat_n('\\', backslashes * doubled));
        if c == '|' {
            out.push('\\');
        }
        out.push(c);
        backslashes = 0;
    }
    out.extend(std::iter::repeat_n('\\', backslashes));
    out
}

/// The longest run of backticks in `text`: a fence around it must be longer.
fn longest_backtick_run(text: &str) -> usize {
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    longest
}

/// Text as a code span, whatever backticks it holds.
pub(super) fn code(text: &str) -> String {
    let fence = "`".repeat(longest_backtick_run(text) + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// Text as a fenced code block, shown as written, whatever backticks it
/// holds: the fence is longer than any run of them.
pub(super) fn fenced(text: &str) -> String {
    let fence = "`".repeat((longest_backtick_run(text) + 1).max(3));
    format!("{fence}text\n{}\n{fence}", text.trim_end())
}

/// Free text for a list item or a paragraph: pipes escaped, blank lines
/// dropped, further lines indented by `indent` so they stay in the item.
pub(super) fn inline(text: &str, indent: &str) -> String {
    escape_pipes(
        &text
            .lines()
            .map(|l| escape_html(l.trim()))
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(&format!("\n{indent}")),
    )
}

/// Text on one line (a title, a heading), HTML escaped.
pub(super) fn one_line(text: &str) -> String {
    escape_html(&text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// `：` or `: `.
pub(super) fn colon(lang: Lang) -> &'static str {
    lang.say("：", ": ")
}

/// An indicator kind in a word or two, as a table cell.
pub(super) fn kind_word(kind: IndicatorKind, lang: Lang) -> &'static str {
    match kind {
        IndicatorKind::Eligibility => lang.say("申报基本条件", "eligibility"),
        IndicatorKind::Core => lang.say("核心指标", "core"),
        IndicatorKind::Guiding => lang.say("引导性指标", "guiding"),
        IndicatorKind::Scored => lang.say("评分指标", "scored"),
        IndicatorKind::Informative => lang.say("核算结果", "informative"),
    }
}

/// An indicator kind in words, as the heading of its group.
pub(super) fn kind_label(kind: Option<IndicatorKind>, lang: Lang) -> &'static str {
    match kind {
        Some(IndicatorKind::Eligibility) => lang.say("申报基本条件", "Eligibility conditions"),
        Some(IndicatorKind::Core) => lang.say("核心指标", "Core indicators"),
        Some(IndicatorKind::Guiding) => lang.say("引导性指标", "Guiding indicators"),
        Some(IndicatorKind::Scored) => lang.say("评分指标", "Scored indicators"),
        Some(IndicatorKind::Informative) => lang.say("核算结果", "Accounting results"),
        None => lang.say(
            "其他（标准未声明的指标）",
            "Other (not declared by the standard)",
        ),
    }
}

/// Where a standard came from, in words.
pub(super) fn origin_label(origin: &Origin, lang: Lang) -> String {
    match origin {
        Origin::Bundled(package) => format!("{} {}", lang.say("内置", "bundled"), code(package)),
        Origin::File(path) => code(&path.display().to_string()),
    }
}

#[cfg(test)]
mod tests {
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
    fn html_is_escaped_outside_code_spans_only() {
        assert_eq!(
            escape_html("<script>alert(1)</script> `<kept>` a > b"),
            "&lt;script>alert(1)&lt;/script> `<kept>` a > b"
        );
        assert_eq!(escape_html("process.<product>.*"), "process.&lt;product>.*");
        assert_eq!(escape_html("``a`<b>`` <c>"), "``a`<b>`` &lt;c>");
        assert_eq!(escape_html("unclosed ` <d>"), "unclosed ` &lt;d>");
    }
}
