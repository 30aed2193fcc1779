//! The lines of a batch's output: one per park and standard, or one for a
//! park that could not be assessed.

use serde::{Serialize, Serializer};
use zcp_park::{Park, Text};

use super::input::Source;
use super::{IndicatorCell, ParkResult};
use crate::model::Verdict;

/// One line of `zcp batch` output (JSONL), or one CSV row.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
#[serde(untagged)]
pub enum Row {
    /// A park's result under one standard.
    Result(Box<ResultRow>),
    /// A park that could not be read or assessed.
    Error(ErrorRow),
}

/// A park's result under one standard.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct ResultRow {
    /// The park file, or the JSONL file holding the park.
    pub source: String,
    /// The park's line in a JSONL file; null for a park file.
    pub line: Option<u64>,
    /// Park id.
    pub park: String,
    /// Park name.
    pub name: Text,
    /// ISO 3166-2 code of the park's province, when given.
    pub province: Option<String>,
    /// Assessment year.
    pub year: i32,
    /// The standard, `id@version`.
    pub standard: String,
    /// The verdict.
    pub verdict: Verdict,
    /// Tier, for a tiered standard.
    pub tier: Option<String>,
    /// Total score, for a scored standard.
    pub score: Option<f64>,
    /// The highest total score, for a scored standard.
    pub max_score: Option<f64>,
    /// Each indicator's outcome and unrounded value, by id, in the order
    /// the standard returned them (a base standard's first).
    #[serde(serialize_with = "by_id")]
    #[schemars(with = "std::collections::BTreeMap<String, IndicatorCell>")]
    pub indicators: Vec<IndicatorCell>,
    /// Why the standard gave no evaluation.
    pub error: Option<String>,
}

/// A park that could not be read or assessed: its parse errors, joined
/// with `; `, or why it has no assessment year.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct ErrorRow {
    /// The park file, or the JSONL file holding the park.
    pub source: String,
    /// The park's line in a JSONL file; null for a park file.
    pub line: Option<u64>,
    /// What is wrong, naming the file (`FILE:LINE` for a JSONL line).
    pub error: String,
}

fn by_id<S: Serializer>(cells: &[IndicatorCell], serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_map(cells.iter().map(|cell| (&cell.id, cell)))
}

impl Row {
    /// One row per standard of a park's result.
    pub fn results(source: &Source, park: &Park, result: ParkResult) -> Vec<Row> {
        result
            .standards
            .into_iter()
            .map(|standard| {
                Row::Result(Box::new(ResultRow {
                    source: source.file.display().to_string(),
                    line: source.line,
                    park: park.id.clone(),
                    name: park.name.clone(),
                    province: park.province.clone(),
                    year: result.year,
                    standard: standard.standard,
                    verdict: standard.verdict,
                    tier: standard.tier,
                    score: standard.score,
                    max_score: standard.max_score,
                    indicators: standard.indicators,
                    error: standard.error,
                }))
            })
            .collect()
    }

    /// The one row of a park that could not be assessed.
    pub fn error(source: &Source, error: String) -> Row {
        Row::Error(ErrorRow {
            source: source.file.display().to_string(),
            line: source.line,
            error,
        })
    }
}
