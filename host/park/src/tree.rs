//! A document tree that keeps every member of every table, in order.
//!
//! `serde_json::Value` keeps the last of two members with the same name, so a
//! duplicated key would pass unseen; this tree keeps both and lets the
//! loader report them. TOML and JSON both deserialize into it.

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// The name under which the `toml` crate passes a date-time through serde.
const TOML_DATETIME: &str = "$__toml_private_datetime";

/// The deepest nesting of tables and lists a park file may have, the document
/// itself being the first level: the most `serde_json` reads, which TOML
/// files get too. A park file nests a handful of levels. Within the `toml`
/// crate's own limits (80 parts a dotted key, 80 levels of inline tables and
/// lists), dotted keys inside nested inline tables reach thousands of levels,
/// and reading or even dropping such a tree recursively overflows the stack.
const MAX_DEPTH: usize = 127;

/// One value of a park file.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Node {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    /// A TOML date or time, as written.
    Datetime(String),
    Array(Vec<Node>),
    /// Members in file order, duplicates kept.
    Table(Vec<(String, Node)>),
}

impl Node {
    /// How the value reads in a message: ``the number `5` ``, `a table`.
    pub(crate) fn describe(&self) -> String {
        match self {
            Node::Null => "`null`".to_owned(),
            Node::Bool(b) => format!("`{b}`"),
            Node::Num(n) => format!("the number `{}`", crate::number(*n)),
            Node::Str(s) => format!("the text `{}`", crate::clip(s)),
            Node::Datetime(d) => format!("the date `{}`", crate::clip(d)),
            Node::Array(_) => "a list".to_owned(),
            Node::Table(_) => "a table".to_owned(),
        }
    }

    /// Sort every table by member name, recursively (stable: duplicates keep
    /// their order). The `toml` crate hands tables over in an order that
    /// depends on its features; sorting makes messages come out the same way
    /// in every build.
    pub(crate) fn sort_tables(&mut self) {
        match self {
            Node::Table(members) => {
                members.sort_by(|a, b| a.0.cmp(&b.0));
                for (_, node) in members {
                    node.sort_tables();
                }
            }
            Node::Array(items) => items.iter_mut().for_each(Node::sort_tables),
            _ => {}
        }
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Node, E> {
        Ok(Node::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Num(v as f64))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Node, E> {
        Ok(Node::Num(v as f64))
    }

    fn visit_i128<E>(self, v: i128) -> Result<Node, E> {
        Ok(Node::Num(v as f64))
    }

    fn visit_u128<E>(self, v: u128) -> Result<Node, E> {
        Ok(Node::Num(v as f64))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Node, E> {
        Ok(Node::Num(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Node, E> {
        Ok(Node::Str(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Node, E> {
        Ok(Node::Str(v))
    }

    fn visit_unit<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_none<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Node, D::Error> {
        Node::deserialize(d)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut members = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            if members.is_empty() && key == TOML_DATETIME {
                let text: String = map.next_value()?;
                return Ok(Node::Datetime(text));
            }
            members.push((key, map.next_value()?));
        }
        Ok(Node::Table(members))
    }
}

/// A document that does not parse: where and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Malformed {
    /// 1-based line and column, when the parser gave a place.
    pub(crate) at: Option<(usize, usize)>,
    /// The parser's message, on one line.
    pub(crate) message: String,
}

/// Parse a TOML document. A document nested deeper than [`MAX_DEPTH`] is
/// refused before it is read recursively.
pub(crate) fn parse_toml(text: &str) -> Result<Node, Malformed> {
    let malformed = |e: &toml::de::Error| Malformed {
        at: e.span().map(|span| line_column(text, span.start)),
        message: toml_limit(e.message()).unwrap_or_else(|| one_line(e.message())),
    };
    // `DeTable::parse` would drop what it read of a bad document itself,
    // recursively; `parse_recoverable` hands it over to `dismantle`.
    let (document, errors) = DeTable::parse_recoverable(text);
    let span = document.span();
    let document = document.into_inner();
    let refused = match errors.first() {
        Some(error) => Some(malformed(error)),
        None => too_deep(&document).map(|at| Malformed {
            at: Some(line_column(text, at)),
            message: deeper_than_max(),
        }),
    };
    if let Some(refused) = refused {
        dismantle(document);
        return Err(refused);
    }
    let document = toml::Deserializer::from(Spanned::new(span, document));
    let mut node = Node::deserialize(document).map_err(|e| malformed(&e))?;
    node.sort_tables();
    Ok(node)
}

/// The `toml` crate's messages for its own limits, which name neither what
/// is too deep nor the limit, said plainly.
fn toml_limit(message: &str) -> Option<String> {
    match message {
        "recursion limit" => Some("a key or table name of more than 80 dotted parts".to_owned()),
        "cannot recurse further; max recursion depth met" => {
            Some("inline tables and lists nested deeper than 80 levels".to_owned())
        }
        _ => None,
    }
}

/// The message of a document nested deeper than [`MAX_DEPTH`].
fn deeper_than_max() -> String {
    format!("tables and lists nested deeper than {MAX_DEPTH} levels")
}

/// Where a table or list lies deeper than [`MAX_DEPTH`] (its byte offset),
/// found without recursion.
fn too_deep(document: &DeTable<'_>) -> Option<usize> {
    let mut pending: Vec<(&Spanned<DeValue<'_>>, usize)> =
        document.values().map(|value| (value, 2)).collect();
    while let Some((value, depth)) = pending.pop() {
        match value.get_ref() {
            DeValue::Table(_) | DeValue::Array(_) if depth > MAX_DEPTH => {
                return Some(value.span().start);
            }
            DeValue::Table(table) => pending.extend(table.values().map(|v| (v, depth + 1))),
            DeValue::Array(items) => pending.extend(items.iter().map(|v| (v, depth + 1))),
            _ => {}
        }
    }
    None
}

/// Drop a parsed TOML tree without recursion, however deep.
fn dismantle(document: DeTable<'_>) {
    let mut pending = vec![DeValue::Table(document)];
    while let Some(value) = pending.pop() {
        match value {
            DeValue::Table(table) => {
                pending.extend(table.into_iter().map(|(_, v)| v.into_inner()));
            }
            DeValue::Array(items) => pending.extend(items.into_iter().map(Spanned::into_inner)),
            _ => {}
        }
    }
}

/// Parse a JSON document.
pub(crate) fn parse_json(text: &str) -> Result<Node, Malformed> {
    serde_json::from_str(text).map_err(|e| {
        let (line, column) = (e.line(), e.column());
        let full = e.to_string();
        let message = full
            .strip_suffix(&format!(" at line {line} column {column}"))
            .unwrap_or(&full);
        // serde_json puts an error on a line break at column 0 of the next
        // line; show it at the end of the line it ends.
        let at = match (line, column) {
            (0, _) => None,
            (line, 0) if line > 1 => text
                .lines()
                .nth(line - 2)
                .map(|previous| (line - 1, previous.chars().count() + 1)),
            (line, column) => Some((line, column.max(1))),
        };
        // The same limit as TOML files, in the same words.
        let message = if e.is_syntax() && message == "recursion limit exceeded" {
            deeper_than_max()
        } else {
            one_line(message)
        };
        Malformed { at, message }
    })
}

/// A TOML error as one line: `line 3, column 5: invalid string`.
pub(crate) fn toml_message(text: &str, error: &toml::de::Error) -> String {
    let message = one_line(error.message());
    match error.span() {
        Some(span) => {
            let (line, column) = line_column(text, span.start);
            format!("line {line}, column {column}: {message}")
        }
        None => message,
    }
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let before = text.get(..end).unwrap_or_default();
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before.get(line_start..).unwrap_or_default().chars().count() + 1;
    (line, column)
}

fn one_line(message: &str) -> String {
    message
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn json_keeps_duplicate_members_in_order() {
        let node = parse_json(r#"{"a": 1, "b": {"c": true}, "a": "x"}"#).unwrap();
        assert_eq!(
            node,
            Node::Table(vec![
                ("a".into(), Node::Num(1.0)),
                (
                    "b".into(),
                    Node::Table(vec![("c".into(), Node::Bool(true))])
                ),
                ("a".into(), Node::Str("x".into())),
            ])
        );
    }

    #[test]
    fn toml_dates_integers_and_dotted_keys() {
        let node = parse_toml("b.c = 2024-01-01\na = 3\n\"d.e\" = [1.5, nan]").unwrap();
        let Node::Table(members) = node else {
            unreachable!()
        };
        assert_eq!(members[0], ("a".into(), Node::Num(3.0)));
        assert_eq!(
            members[1],
            (
                "b".into(),
                Node::Table(vec![("c".into(), Node::Datetime("2024-01-01".into()))])
            )
        );
        let Node::Array(items) = &members[2].1 else {
            unreachable!()
        };
        assert!(matches!(items[1], Node::Num(n) if n.is_nan()));
    }

    #[test]
    fn toml_errors_have_line_and_column_on_one_line() {
        let e = parse_toml("a = 1\nb = \n").unwrap_err();
        assert_eq!(e.at, Some((2, 5)));
        assert!(!e.message.contains('\n'));
    }

    #[test]
    fn json_errors_have_line_and_column() {
        let e = parse_json("{\n  \"a\": tru\n}").unwrap_err();
        assert_eq!(e.at, Some((2, 11)));
        assert_eq!(e.message, "expected ident");
    }

    #[test]
    fn line_column_counts_characters_not_bytes() {
        assert_eq!(line_column("名称\nab", 8), (2, 2));
        assert_eq!(line_column("名称", 1), (1, 1));
        assert_eq!(line_column("", 10), (1, 1));
    }
}
