//! A diff view as terminal text: the heading and facts, the conclusion,
//! then each section as a table.

use std::fmt::Write as _;

use comfy_table::ColumnConstraint;

use super::View;
use crate::report::table::new_table;

pub(super) fn render(view: &View) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", view.title);
    for (name, value) in &view.facts {
        let _ = writeln!(out, "   {name}: {value}");
    }
    let _ = writeln!(out, "   {}", view.conclusion);
    for section in &view.sections {
        let header: Vec<&str> = section.header.iter().map(String::as_str).collect();
        let mut table = new_table(&header);
        for row in &section.rows {
            table.add_row(row.clone());
        }
        if section.ids
            && let Some(ids) = table.column_mut(0)
        {
            ids.set_constraint(ColumnConstraint::ContentWidth);
        }
        let _ = writeln!(out, "\n── {}\n{table}", section.heading);
        if let Some(note) = &section.note {
            let _ = writeln!(out, "   {note}");
        }
    }
    out
}
