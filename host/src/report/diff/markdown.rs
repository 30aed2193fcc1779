//! A diff view as a Markdown document: the heading and facts, the
//! conclusion, then each section as a table, what differs in code.

use std::fmt::Write as _;

use super::View;
use crate::report::md::{Doc, MdTable, code, inline, one_line};

pub(super) fn render(view: &View) -> String {
    let mut doc = Doc::default();
    let title: Vec<String> = view.title.split(" → ").map(code).collect();
    doc.block(format!("# {}", title.join(" → ")));
    let mut facts = String::new();
    for (name, value) in &view.facts {
        let _ = writeln!(facts, "- {name}: {}", inline(value, "  "));
    }
    doc.block(facts);
    doc.block(format!("**{}**", one_line(&view.conclusion)));
    for section in &view.sections {
        doc.block(format!("## {}", one_line(&section.heading)));
        let header: Vec<&str> = section.header.iter().map(String::as_str).collect();
        let mut table = MdTable::new(&header);
        for row in &section.rows {
            let mut cells = row.clone();
            if section.ids
                && let Some(first) = cells.first_mut()
            {
                *first = code(first);
            }
            table.row(cells);
        }
        doc.block(table.render());
        if let Some(note) = &section.note {
            doc.block(inline(note, ""));
        }
    }
    doc.finish()
}
