//! Writing rows as JSONL or CSV. Each park's rows go out in one piece and
//! are flushed at once, so the output holds only complete lines whenever
//! the batch stops.

use std::collections::HashMap;
use std::io::{self, Write};
use std::path::Path;

use super::row::{ErrorRow, ResultRow, Row};

/// The syntax of a batch's output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    /// One JSON object per line.
    Jsonl,
    /// Comma-separated values with a header row.
    Csv,
}

impl OutputFormat {
    /// The format an output file's extension names (`.jsonl`, `.csv`, any case).
    pub fn from_path(path: &Path) -> Option<OutputFormat> {
        let extension = path.extension()?.to_str()?;
        if extension.eq_ignore_ascii_case("jsonl") {
            Some(OutputFormat::Jsonl)
        } else if extension.eq_ignore_ascii_case("csv") {
            Some(OutputFormat::Csv)
        } else {
            None
        }
    }
}

/// Where a batch's rows go.
pub trait RowWriter {
    /// Write one park's rows, whole, and flush them.
    fn write_park(&mut self, rows: &[Row]) -> io::Result<()>;
}

/// A writer of `format` onto `out`; a CSV writer writes its header at once,
/// with two columns per indicator id.
pub fn writer(
    format: OutputFormat,
    out: Box<dyn Write + Send>,
    indicator_ids: Vec<String>,
) -> io::Result<Box<dyn RowWriter + Send>> {
    Ok(match format {
        OutputFormat::Jsonl => Box::new(Jsonl {
            out,
            buffer: Vec::new(),
        }),
        OutputFormat::Csv => Box::new(Csv::new(out, indicator_ids)?),
    })
}

struct Jsonl {
    out: Box<dyn Write + Send>,
    buffer: Vec<u8>,
}

impl RowWriter for Jsonl {
    fn write_park(&mut self, rows: &[Row]) -> io::Result<()> {
        self.buffer.clear();
        for row in rows {
            serde_json::to_writer(&mut self.buffer, row)?;
            self.buffer.push(b'\n');
        }
        self.out.write_all(&self.buffer)?;
        self.out.flush()
    }
}

/// The columns before the indicators'.
const FIXED: [&str; 12] = [
    "source",
    "line",
    "park",
    "name",
    "province",
    "year",
    "standard",
    "verdict",
    "tier",
    "score",
    "max_score",
    "error",
];

struct Csv {
    out: csv::Writer<Box<dyn Write + Send>>,
    /// Column of each indicator's value (its outcome is the next one).
    columns: HashMap<String, usize>,
    width: usize,
    record: Vec<String>,
}

impl Csv {
    fn new(out: Box<dyn Write + Send>, indicator_ids: Vec<String>) -> io::Result<Self> {
        let mut out = csv::Writer::from_writer(out);
        let mut header: Vec<String> = FIXED.iter().map(|c| (*c).to_owned()).collect();
        let mut columns = HashMap::new();
        for id in indicator_ids {
            columns.insert(id.clone(), header.len());
            header.push(format!("{id}.outcome"));
            header.insert(header.len() - 1, id);
        }
        out.write_record(&header)?;
        out.flush()?;
        Ok(Csv {
            out,
            columns,
            width: header.len(),
            record: Vec::new(),
        })
    }

    fn fill_result(&mut self, row: &ResultRow) {
        let name = if row.name.en.is_empty() {
            &row.name.zh
        } else {
            &row.name.en
        };
        let fixed = [
            row.source.clone(),
            number(row.line),
            row.park.clone(),
            name.clone(),
            row.province.clone().unwrap_or_default(),
            row.year.to_string(),
            row.standard.clone(),
            row.verdict.as_str().to_owned(),
            row.tier.clone().unwrap_or_default(),
            number(row.score),
            number(row.max_score),
            row.error.clone().unwrap_or_default(),
        ];
        self.record.extend(fixed);
        self.record.resize(self.width, String::new());
        for cell in &row.indicators {
            if let Some(&column) = self.columns.get(&cell.id) {
                self.record[column] = number(cell.value);
                self.record[column + 1] = cell.outcome.as_str().to_owned();
            }
        }
    }

    fn fill_error(&mut self, row: &ErrorRow) {
        self.record.push(row.source.clone());
        self.record.push(number(row.line));
        self.record.resize(FIXED.len() - 1, String::new());
        self.record.push(row.error.clone());
        self.record.resize(self.width, String::new());
    }
}

impl RowWriter for Csv {
    fn write_park(&mut self, rows: &[Row]) -> io::Result<()> {
        for row in rows {
            self.record.clear();
            match row {
                Row::Result(row) => self.fill_result(row),
                Row::Error(row) => self.fill_error(row),
            }
            self.out.write_record(&self.record)?;
        }
        self.out.flush()
    }
}

/// A number as its shortest exact text; nothing when absent.
fn number<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}
