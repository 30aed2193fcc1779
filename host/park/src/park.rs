//! Park files: one park, its profile and its data for one or more years.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use sha2::{Digest, Sha256};

use crate::dictionary::Dictionary;
use crate::error::{DataError, ParkError, ParkErrors};
use crate::load::Loader;
use crate::units::Unit;
use crate::view::YearView;
use crate::warning::ParkWarning;
use crate::{Text, tree};

/// The syntax of a park file, chosen by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// `.toml`
    Toml,
    /// `.json`
    Json,
}

impl Format {
    /// The format named by a file's extension (`.toml`, `.json`, any case).
    pub fn from_path(path: &Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?;
        if extension.eq_ignore_ascii_case("toml") {
            Some(Format::Toml)
        } else if extension.eq_ignore_ascii_case("json") {
            Some(Format::Json)
        } else {
            None
        }
    }

    /// `TOML` or `JSON`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Toml => "TOML",
            Format::Json => "JSON",
        }
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// One checked value of a park file.
#[derive(Debug, Clone, PartialEq)]
pub enum Fact {
    /// A number in a unit of the key's dimension, as written in the file.
    Quantity {
        /// The number.
        value: f64,
        /// Its unit (aliases resolved to the canonical unit).
        unit: &'static Unit,
    },
    /// A string.
    Text(String),
    /// A yes/no fact.
    Flag(bool),
}

/// A park file, checked against the data dictionary and the unit table.
#[derive(Debug, Clone, PartialEq)]
pub struct Park {
    /// The file it was read from.
    pub path: PathBuf,
    /// SHA-256 of the file's bytes, lowercase hex.
    pub digest: String,
    /// Short identifier: lowercase letters, digits and `-`.
    pub id: String,
    /// Name in both languages.
    pub name: Text,
    /// ISO 3166-2 code of the province (`CN-NM`), when given.
    pub province: Option<String>,
    /// Facts valid for every year, by key.
    pub profile: BTreeMap<String, Fact>,
    /// Facts of each calendar year, by year then key.
    pub years: BTreeMap<i32, BTreeMap<String, Fact>>,
    /// The dictionary the file was checked against, which the per-year view
    /// reads keys with: the shared one, or the dictionary of a run.
    pub dictionary: Arc<Dictionary>,
    /// What the file holds that was ignored, in the order found.
    pub warnings: Vec<ParkWarning>,
}

impl Park {
    /// Read and check a park file against the shared dictionary; the format
    /// follows the extension. Every problem of the file is reported at once.
    pub fn load(path: &Path) -> Result<Park, ParkErrors> {
        let dictionary = Dictionary::shared().map_err(ParkError::from)?;
        Self::load_with(path, &dictionary)
    }

    /// Read and check a park file against the dictionary of a run (the
    /// shared one plus the keys of the standards loaded for it).
    pub fn load_with(path: &Path, dictionary: &Arc<Dictionary>) -> Result<Park, ParkErrors> {
        let format = Format::from_path(path).ok_or_else(|| ParkError::UnsupportedFormat {
            path: path.to_owned(),
        })?;
        let bytes = std::fs::read(path).map_err(|error| ParkError::Unreadable {
            path: path.to_owned(),
            error,
        })?;
        let text = std::str::from_utf8(&bytes).map_err(|_| ParkError::NotUtf8 {
            path: path.to_owned(),
        })?;
        Self::parse_with(text, format, path, dictionary)
    }

    /// Check a park file already in memory against the shared dictionary;
    /// `path` names it in messages.
    pub fn parse(text: &str, format: Format, path: &Path) -> Result<Park, ParkErrors> {
        let dictionary = Dictionary::shared().map_err(ParkError::from)?;
        Self::parse_with(text, format, path, &dictionary)
    }

    /// Check a park file already in memory against the dictionary of a run;
    /// `path` names it in messages.
    pub fn parse_with(
        text: &str,
        format: Format,
        path: &Path,
        dictionary: &Arc<Dictionary>,
    ) -> Result<Park, ParkErrors> {
        let digest = hex(&Sha256::digest(text.as_bytes()));
        // Editors on Windows often start UTF-8 files with a byte order mark.
        let body = text.strip_prefix('\u{feff}').unwrap_or(text);
        let parsed = match format {
            Format::Toml => tree::parse_toml(body),
            Format::Json => tree::parse_json(body),
        };
        let root = parsed.map_err(|m| ParkError::Malformed {
            path: path.to_owned(),
            format,
            at: m.at,
            message: m.message,
        })?;
        Loader::new(path, format, dictionary).park(&root, digest)
    }

    /// The most recent year with data.
    pub fn latest_year(&self) -> Option<i32> {
        self.years.keys().next_back().copied()
    }

    /// The data served for an assessment year.
    pub fn year(&self, year: i32) -> Result<YearView<'_>, DataError> {
        match self.years.get(&year) {
            Some(facts) => Ok(YearView::new(self, year, facts)),
            None => Err(DataError::NoSuchYear {
                path: self.path.clone(),
                year,
                available: self.years.keys().copied().collect(),
            }),
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}
