//! `zcp diff`, as terminal tables or Markdown: one view of the
//! differences (a heading, facts, then one section per kind of
//! difference, each a table), built once from [`crate::diff`] and rendered
//! by each format. JSON is the diff itself ([`super::to_json`]).

mod markdown;
mod park;
mod rules;
mod table;
mod verdict;

use super::{Lang, display_number, threshold_label};
use crate::diff::{ParkDiff, RulesDiff};
use crate::model::{Text, Threshold};

/// The differences, ready to render.
#[derive(Debug)]
struct View {
    /// `A → B`.
    title: String,
    /// What was compared: each standard, the park, the year, parameters.
    facts: Vec<(String, String)>,
    /// One table per kind of difference, in the order they are read.
    sections: Vec<Section>,
    /// `3 differences`, or `no difference`.
    conclusion: String,
}

/// One kind of difference as a table.
#[derive(Debug)]
struct Section {
    /// Its heading, with the number of items.
    heading: String,
    /// Column names.
    header: Vec<String>,
    /// One row per difference, the first cell naming what differs.
    rows: Vec<Vec<String>>,
    /// The first cells are identifiers (indicator ids, parameter names,
    /// data keys): code in Markdown, never wrapped in a terminal.
    ids: bool,
    /// A sentence under the table.
    note: Option<String>,
}

impl Section {
    fn new(heading: String, header: &[&str]) -> Self {
        Section {
            heading,
            header: header.iter().map(|h| (*h).to_owned()).collect(),
            rows: Vec::new(),
            ids: true,
            note: None,
        }
    }

    /// The first cells are words, not identifiers.
    fn words(mut self) -> Self {
        self.ids = false;
        self
    }
}

/// `zcp diff PARK -s A -s B` as terminal tables.
pub fn render_park_diff(diff: &ParkDiff, lang: Lang) -> String {
    table::render(&park::view(diff, lang))
}

/// `zcp diff PARK -s A -s B --format markdown`.
pub fn render_park_diff_markdown(diff: &ParkDiff, lang: Lang) -> String {
    markdown::render(&park::view(diff, lang))
}

/// `zcp diff --rules-only -s A -s B` as terminal tables.
pub fn render_rules_diff(diff: &RulesDiff, lang: Lang) -> String {
    table::render(&rules::view(diff, lang))
}

/// `zcp diff --rules-only -s A -s B --format markdown`.
pub fn render_rules_diff_markdown(diff: &RulesDiff, lang: Lang) -> String {
    markdown::render(&rules::view(diff, lang))
}

/// `N differences`, or `no difference`.
fn conclusion(count: usize, lang: Lang) -> String {
    match (count, lang) {
        (0, Lang::Zh) => "无差异".to_owned(),
        (0, Lang::En) => "no difference".to_owned(),
        (n, Lang::Zh) => format!("共 {n} 处差异"),
        (1, Lang::En) => "1 difference".to_owned(),
        (n, Lang::En) => format!("{n} differences"),
    }
}

/// A heading with its number of items: `Outcomes flipped (2)`.
fn heading(zh: &str, en: &str, count: usize, lang: Lang) -> String {
    let words = match lang {
        Lang::Zh => zh,
        Lang::En => en,
    };
    format!("{words} ({count})")
}

/// A value with its unit, `—` when absent.
fn value_text(value: Option<f64>, unit: &str) -> String {
    value.map_or_else(
        || "—".to_owned(),
        |v| {
            format!("{} {unit}", display_number(v))
                .trim_end()
                .to_owned()
        },
    )
}

/// Two values with their units, each with its full figure when rounding
/// would show them alike.
fn value_pair(a: Option<f64>, b: Option<f64>, unit_a: &str, unit_b: &str) -> (String, String) {
    let (x, y) = (value_text(a, unit_a), value_text(b, unit_b));
    if x != y {
        return (x, y);
    }
    let full = |v: Option<f64>, unit: &str| {
        v.map_or_else(
            || "—".to_owned(),
            |v| format!("{v} {unit}").trim_end().to_owned(),
        )
    };
    (full(a, unit_a), full(b, unit_b))
}

/// A threshold with its unit, then the band it applied in.
fn threshold_text(threshold: &Threshold, unit: &str, band: Option<&Text>, lang: Lang) -> String {
    let limit = threshold_label(threshold, unit, lang);
    match band {
        Some(band) => format!("{limit}\n{}", lang.pick(band)),
        None => limit,
    }
}

/// `yes` or `no`.
fn yes_no(value: bool, lang: Lang) -> &'static str {
    if value {
        lang.say("是", "yes")
    } else {
        lang.say("否", "no")
    }
}

/// The words for what only one standard has: `removed` and `added` for two
/// versions of one standard, else `only in A` and `only in B`.
fn only_words(a: &str, b: &str, lang: Lang) -> (String, String) {
    let id = |label: &str| label.split('@').next().unwrap_or_default().to_owned();
    if id(a) == id(b) {
        (
            lang.say("删除", "removed").to_owned(),
            lang.say("新增", "added").to_owned(),
        )
    } else {
        match lang {
            Lang::Zh => (format!("仅 {a}"), format!("仅 {b}")),
            Lang::En => (format!("only in {a}"), format!("only in {b}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_rounding_alike_are_shown_in_full() {
        assert_eq!(
            value_pair(Some(344_150.0), Some(144_912.5), "tce", "tce"),
            ("344,150 tce".to_owned(), "144,912 tce".to_owned())
        );
        assert_eq!(
            value_pair(Some(0.031_41), Some(0.031_42), "tCO2/tce", "tCO2/tce"),
            ("0.03141 tCO2/tce".to_owned(), "0.03142 tCO2/tce".to_owned())
        );
        assert_eq!(
            value_pair(None, Some(1.0), "%", "%"),
            ("—".to_owned(), "1.00 %".to_owned())
        );
    }

    #[test]
    fn versions_of_one_standard_add_and_remove_others_have_their_own() {
        assert_eq!(
            only_words("cn-zcp@1.0.0", "cn-zcp@2.0.0-draft.1", Lang::En),
            ("removed".to_owned(), "added".to_owned())
        );
        assert_eq!(
            only_words("cn-zcp@1.0.0", "cn-hn-zcp@1.0.0", Lang::En),
            (
                "only in cn-zcp@1.0.0".to_owned(),
                "only in cn-hn-zcp@1.0.0".to_owned()
            )
        );
    }
}
