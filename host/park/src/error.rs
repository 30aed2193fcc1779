//! Errors of park files ([`ParkError`]) and of reading park data
//! ([`DataError`]).

use std::fmt;
use std::path::PathBuf;

use crate::dictionary::{DictionaryError, Scope};
use crate::park::Format;
use crate::units::{ConvertError, Dimension, UnitError};
use crate::{did_you_mean, number};

/// Where in a park file a key was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Location {
    /// Under `[profile]`.
    Profile,
    /// Under `[years.<year>]`.
    Year(i32),
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Profile => f.write_str("profile"),
            Location::Year(year) => write!(f, "year {year}"),
        }
    }
}

/// One problem of a park file. Every message names the file.
#[derive(Debug, thiserror::Error)]
pub enum ParkError {
    /// The file could not be read.
    #[error("{}: cannot read the file: {error}", .path.display())]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// Why.
        error: std::io::Error,
    },
    /// The file is not UTF-8 text.
    #[error("{}: not UTF-8 text", .path.display())]
    NotUtf8 {
        /// The file.
        path: PathBuf,
    },
    /// Neither `.toml` nor `.json`.
    #[error("{}: unsupported file type (a park file ends in `.toml` or `.json`)", .path.display())]
    UnsupportedFormat {
        /// The file.
        path: PathBuf,
    },
    /// Not valid TOML or JSON.
    #[error("{}: invalid {format}{}: {message}", .path.display(), line_column(*.at))]
    Malformed {
        /// The file.
        path: PathBuf,
        /// The syntax of the file.
        format: Format,
        /// 1-based line and column, when known.
        at: Option<(usize, usize)>,
        /// The parser's message.
        message: String,
    },
    /// The document is not a table (a JSON array, say).
    #[error("{}: the file must hold a table of fields, found {found}", .path.display())]
    NotADocument {
        /// The file.
        path: PathBuf,
        /// What it holds.
        found: String,
    },
    /// A required field is absent.
    #[error("{}: missing field `{field}`", .path.display())]
    MissingField {
        /// The file.
        path: PathBuf,
        /// The field.
        field: &'static str,
    },
    /// A field this format does not have.
    #[error("{}: unknown field `{field}`{}", .path.display(), did_you_mean(.suggestion.as_deref()))]
    UnknownField {
        /// The file.
        path: PathBuf,
        /// The field, dotted from the top.
        field: String,
        /// The closest known field.
        suggestion: Option<String>,
    },
    /// The same field written twice.
    #[error("{}: field `{field}` is given twice", .path.display())]
    DuplicateField {
        /// The file.
        path: PathBuf,
        /// The field, dotted from the top.
        field: String,
    },
    /// A field with a value of the wrong shape.
    #[error("{}: field `{field}` must be {expected}, found {found}", .path.display())]
    InvalidField {
        /// The file.
        path: PathBuf,
        /// The field, dotted from the top.
        field: String,
        /// What it must be.
        expected: &'static str,
        /// What it is.
        found: String,
    },
    /// A table under `years` not named by a calendar year.
    #[error("{}: year `{year}` is not a calendar year from 1900 to 2200", .path.display())]
    InvalidYear {
        /// The file.
        path: PathBuf,
        /// The name as written.
        year: String,
    },
    /// A key that is not in the data dictionary.
    #[error("{}: {at}: unknown key `{key}`{}", .path.display(), did_you_mean(.suggestion.as_deref()))]
    UnknownKey {
        /// The file.
        path: PathBuf,
        /// Profile or year.
        at: Location,
        /// The key, dotted.
        key: String,
        /// The closest dictionary key.
        suggestion: Option<String>,
    },
    /// A value given to the start of keys rather than to a key.
    #[error(
        "{}: {at}: `{key}` is not a key but the start of keys such as `{example}`",
        .path.display()
    )]
    IncompleteKey {
        /// The file.
        path: PathBuf,
        /// Profile or year.
        at: Location,
        /// The partial key.
        key: String,
        /// A full key it starts.
        example: String,
    },
    /// The same key written twice in one section.
    #[error("{}: {at}: key `{key}` is given twice", .path.display())]
    DuplicateKey {
        /// The file.
        path: PathBuf,
        /// Profile or year.
        at: Location,
        /// The key, dotted.
        key: String,
    },
    /// A profile key under a year, or a yearly key under the profile.
    #[error("{}: {at}: {}", .path.display(), scope_hint(.key, *.scope))]
    WrongScope {
        /// The file.
        path: PathBuf,
        /// Where it was written.
        at: Location,
        /// The key.
        key: String,
        /// Where it belongs.
        scope: Scope,
    },
    /// A value of the wrong kind: a string for a flag, a bare number for a quantity.
    #[error("{}: {at}, key `{key}`: needs {expected}, found {found}", .path.display())]
    WrongKind {
        /// The file.
        path: PathBuf,
        /// Profile or year.
        at: Location,
        /// The key.
        key: String,
        /// What the key needs.
        expected: String,
        /// What was given.
        found: String,
    },
    /// A quantity table without `value` or `unit`.
    #[error("{}: {at}, key `{key}`: missing `{field}` (write {expected})", .path.display())]
    MissingQuantityField {
        /// The file.
        path: PathBuf,
        /// Profile or year.
        at: Location,
        /// The key.
        key: String,
        /// `value` or `unit`.
        field: &'static str,
        /// The shape of a quantity.
        expected: String,
    },
    /// A quantity table with another field than `value` and `unit`.
    #[error(
        "{}: {at}, key `{key}`: unknown field `{field}`{} (a quantity has `value` and `unit` only)",
        .path.display(), did_you_mean(.suggestion.as_deref())
    )]
    UnknownQuantityField {
        /// The file.
        path: PathBuf,
        /// Profile or year.
        at: Location,
        /// The key.
        key: String,
        /// The field given.
        field: String,
        /// `value` or `unit`, when close.
        suggestion: Option<String>,
    },
    /// `value` that is not a number, or `unit` that is not a string.
    #[error("{}: {at}, key `{key}`: `{field}` needs {expected}, found {found}", .path.display())]
    QuantityFieldType {
        /// The file.
        path: PathBuf,
        /// Profile or year.
        at: Location,
        /// The key.
        key: String,
        /// `value` or `unit`.
        field: &'static str,
        /// What it needs.
        expected: &'static str,
        /// What was given.
        found: String,
    },
    /// A unit outside the unit table.
    #[error(
        "{}: {at}, key `{key}`: unknown unit `{unit}` ({})",
        .path.display(),
        match .suggestion {
            Some(s) => format!("did you mean `{s}`?"),
            None => format!("use one of {}", crate::units::symbols(*.dimension)),
        }
    )]
    UnknownUnit {
        /// The file.
        path: PathBuf,
        /// Profile or year.
        at: Location,
        /// The key.
        key: String,
        /// The unit as written.
        unit: String,
        /// The closest unit the key takes.
        suggestion: Option<String>,
        /// The key's dimension.
        dimension: Dimension,
    },
    /// A unit of another dimension than the key's.
    #[error(
        "{}: {at}, key `{key}`: unit `{unit}` is {unit_dimension}, but `{key}` is {key_dimension} (use one of {})",
        .path.display(), crate::units::symbols(*.key_dimension)
    )]
    WrongDimension {
        /// The file.
        path: PathBuf,
        /// Profile or year.
        at: Location,
        /// The key.
        key: String,
        /// The unit as written.
        unit: String,
        /// The unit's dimension.
        unit_dimension: Dimension,
        /// The key's dimension.
        key_dimension: Dimension,
    },
    /// A negative amount.
    #[error(
        "{}: {at}, key `{key}`: value `{}` is negative, but `{key}` is an amount and cannot be",
        .path.display(), number(*.value)
    )]
    Negative {
        /// The file.
        path: PathBuf,
        /// Profile or year.
        at: Location,
        /// The key.
        key: String,
        /// The value.
        value: f64,
    },
    /// `nan`, `inf` or `-inf`.
    #[error(
        "{}: {at}, key `{key}`: value `{}` is not a finite number",
        .path.display(), number(*.value)
    )]
    NotFinite {
        /// The file.
        path: PathBuf,
        /// Profile or year.
        at: Location,
        /// The key.
        key: String,
        /// The value.
        value: f64,
    },
    /// A text outside the key's closed list of values.
    #[error(
        "{}: {at}, key `{key}`: value `{}` is not one of {}",
        .path.display(), crate::clip(.value), .allowed.join(", ")
    )]
    NotAllowed {
        /// The file.
        path: PathBuf,
        /// Profile or year.
        at: Location,
        /// The key.
        key: String,
        /// The value.
        value: String,
        /// The allowed values.
        allowed: Vec<String>,
    },
    /// The bundled data dictionary does not parse (a host bug).
    #[error(transparent)]
    Dictionary(#[from] DictionaryError),
}

fn line_column(at: Option<(usize, usize)>) -> String {
    at.map_or_else(String::new, |(line, column)| {
        format!(" at line {line}, column {column}")
    })
}

fn scope_hint(key: &str, scope: Scope) -> String {
    match scope {
        Scope::Profile => format!("`{key}` is a profile fact: put it under [profile]"),
        Scope::Year => format!("`{key}` is a yearly fact: put it under [years.<year>]"),
    }
}

/// Every problem found in one park file, in the order found.
#[derive(Debug)]
pub struct ParkErrors {
    errors: Vec<ParkError>,
}

impl ParkErrors {
    pub(crate) fn new(errors: Vec<ParkError>) -> Self {
        ParkErrors { errors }
    }

    /// The problems.
    pub fn errors(&self) -> &[ParkError] {
        &self.errors
    }

    /// The problems, owned.
    pub fn into_vec(self) -> Vec<ParkError> {
        self.errors
    }
}

impl From<ParkError> for ParkErrors {
    fn from(error: ParkError) -> Self {
        ParkErrors {
            errors: vec![error],
        }
    }
}

impl<'a> IntoIterator for &'a ParkErrors {
    type Item = &'a ParkError;
    type IntoIter = std::slice::Iter<'a, ParkError>;

    fn into_iter(self) -> Self::IntoIter {
        self.errors.iter()
    }
}

impl fmt::Display for ParkErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, error) in self.errors.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ParkErrors {}

/// A request for park data that cannot be served. The message goes back to
/// the standard that asked, so it says what to do.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DataError {
    /// The park file has no table for the assessment year.
    #[error("{}: no data for year {year} ({})", .path.display(), years_hint(.available, *.year))]
    NoSuchYear {
        /// The file.
        path: PathBuf,
        /// The year asked for.
        year: i32,
        /// The years the file has.
        available: Vec<i32>,
    },
    /// A key that is not in the data dictionary.
    #[error("unknown key `{key}`{}", did_you_mean(.suggestion.as_deref()))]
    UnknownKey {
        /// The key asked for.
        key: String,
        /// The closest dictionary key.
        suggestion: Option<String>,
    },
    /// A text or flag key read as a quantity.
    #[error("`{key}` is a {kind} key, not a quantity: read it with `{kind}`")]
    NotAQuantity {
        /// The key.
        key: String,
        /// `text` or `flag`.
        kind: &'static str,
    },
    /// A unit of another dimension than the key's.
    #[error(
        "unit `{unit}` is {unit_dimension}, but `{key}` is {key_dimension} (use one of {})",
        crate::units::symbols(*.key_dimension)
    )]
    WrongDimension {
        /// The key.
        key: String,
        /// The unit asked for.
        unit: String,
        /// The unit's dimension.
        unit_dimension: Dimension,
        /// The key's dimension.
        key_dimension: Dimension,
    },
    /// A series asked for a profile key, which has one value for all years.
    #[error("`{key}` is a profile fact with one value for all years: read it with `quantity`")]
    NotYearly {
        /// The key.
        key: String,
    },
    /// An unknown unit.
    #[error(transparent)]
    Unit(#[from] UnitError),
    /// A conversion that overflows.
    #[error(transparent)]
    Convert(#[from] ConvertError),
    /// The bundled data dictionary does not parse (a host bug).
    #[error(transparent)]
    Dictionary(#[from] DictionaryError),
}

fn years_hint(available: &[i32], year: i32) -> String {
    if available.is_empty() {
        format!("the file has no years: add a [years.{year}] table")
    } else {
        let years: Vec<String> = available.iter().map(i32::to_string).collect();
        format!("the file has {}", years.join(", "))
    }
}
