//! Errors of key, signature and trust-store files, and of making them.

use std::path::PathBuf;

/// A key, signature or trust-store file that cannot be read, written or
/// understood. Every message names the file (or what was being parsed).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The file could not be read.
    #[error("{}: cannot read the file: {cause}", .path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// Why (in the message, so not a separate source).
        cause: std::io::Error,
    },
    /// The file could not be written.
    #[error("{}: cannot write the file: {cause}", .path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// Why (in the message, so not a separate source).
        cause: std::io::Error,
    },
    /// Key files are never overwritten.
    #[error("{}: already exists (a key file is never overwritten: choose another path or remove it)", .path.display())]
    Exists {
        /// The file.
        path: PathBuf,
    },
    /// A secret key file that users other than its owner may access.
    #[error(
        "{path}: the secret key is accessible by group or others (mode {mode:04o}): run `chmod 600 {path}`",
        path = .path.display()
    )]
    Exposed {
        /// The file.
        path: PathBuf,
        /// Its permission bits.
        mode: u32,
    },
    /// Not valid TOML.
    #[error("{origin}: invalid TOML{}: {message}", line_column(*.at))]
    Malformed {
        /// The file, or what was parsed.
        origin: String,
        /// 1-based line and column, when known.
        at: Option<(usize, usize)>,
        /// The parser's message.
        message: String,
    },
    /// The `format` field is absent, or names a format this version does
    /// not read.
    #[error("{origin}: {}, expected `format = \"{expected}\"`", found_format(.found.as_deref()))]
    Format {
        /// The file, or what was parsed.
        origin: String,
        /// The `format` the file declares, if any.
        found: Option<String>,
        /// The format expected.
        expected: &'static str,
    },
    /// A field or value that is wrong: unknown, missing, malformed,
    /// duplicated.
    #[error("{}{message}", origin_prefix(.origin))]
    Invalid {
        /// The file, or what was parsed; empty for a lone value.
        origin: String,
        /// What is wrong, naming the field, the entry and the value.
        message: String,
    },
    /// The operating system gave no randomness for a new key.
    #[error("cannot generate a key: no randomness from the operating system: {message}")]
    Randomness {
        /// The system's message.
        message: String,
    },
    /// An id or version that cannot be signed.
    #[error("cannot sign: {message}")]
    Unsignable {
        /// What is wrong with it.
        message: String,
    },
}

impl Error {
    pub(crate) fn invalid(origin: &str, message: impl Into<String>) -> Self {
        Error::Invalid {
            origin: origin.to_owned(),
            message: message.into(),
        }
    }
}

/// `origin: `, or nothing for a lone value.
fn origin_prefix(origin: &str) -> String {
    if origin.is_empty() {
        String::new()
    } else {
        format!("{origin}: ")
    }
}

/// ` at line L, column C`, or nothing.
fn line_column(at: Option<(usize, usize)>) -> String {
    at.map(|(line, column)| format!(" at line {line}, column {column}"))
        .unwrap_or_default()
}

fn found_format(found: Option<&str>) -> String {
    match found {
        None => "no `format` field".to_owned(),
        Some(found) => format!("unsupported format `{}`", shown(found)),
    }
}

/// A value from a file as shown in a message: control characters escaped,
/// and cut short if long, so a hostile file cannot garble the terminal.
pub(crate) fn shown(value: &str) -> String {
    const MAX_CHARS: usize = 80;
    let mut out = String::new();
    for (i, c) in value.chars().enumerate() {
        if i == MAX_CHARS {
            out.push('…');
            break;
        }
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}
