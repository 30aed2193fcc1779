//! What the file formats share: TOML documents with a `format` field, hex
//! values, dates, and files created without overwriting.

use std::fs::{File, OpenOptions};
use std::io::{ErrorKind, Read, Write};
use std::path::Path;

use jiff::civil::Date;
use serde::de::DeserializeOwned;

use crate::error::{Error, shown};

/// Parse `text` as a TOML table whose `format` is `expected`. The format is
/// checked first, so a file of a later format is reported as such rather
/// than by its unknown fields.
pub(crate) fn parse_table(
    text: &str,
    origin: &str,
    expected: &'static str,
) -> Result<toml::Table, Error> {
    let table: toml::Table = toml::from_str(text).map_err(|e| Error::Malformed {
        origin: origin.to_owned(),
        at: e.span().map(|span| line_column(text, span.start)),
        message: e.message().trim_end().to_owned(),
    })?;
    match table.get("format") {
        Some(toml::Value::String(found)) if found == expected => Ok(table),
        found => Err(Error::Format {
            origin: origin.to_owned(),
            found: found.map(|value| match value {
                toml::Value::String(s) => s.clone(),
                other => other.to_string(),
            }),
            expected,
        }),
    }
}

/// Deserialize a table into the fields of one document or entry; `context`
/// (such as "publisher `X`: ") prefixes the message.
pub(crate) fn fields<T: DeserializeOwned>(
    table: toml::Table,
    origin: &str,
    context: &str,
) -> Result<T, Error> {
    table.try_into().map_err(|e: toml::de::Error| {
        Error::invalid(origin, format!("{context}{}", e.message().trim_end()))
    })
}

/// Exactly `N` bytes written as `2 * N` hex digits.
pub(crate) fn decode_hex<const N: usize>(field: &str, value: &str) -> Result<[u8; N], String> {
    let mut bytes = [0u8; N];
    match hex::decode_to_slice(value, &mut bytes) {
        Ok(()) => Ok(bytes),
        Err(_) => Err(format!(
            "{field} `{}` is not {} hex digits",
            shown(value),
            2 * N
        )),
    }
}

/// An ISO date: a string `"2027-12-31"`, or a bare TOML date `2027-12-31`
/// (what people write by habit in TOML).
pub(crate) fn parse_date(field: &str, value: &toml::Value) -> Result<Date, String> {
    let problem = || {
        format!(
            "{field} `{}` is not a date like `2027-12-31`",
            match value {
                toml::Value::String(s) => shown(s),
                other => shown(&other.to_string()),
            }
        )
    };
    match value {
        // The round trip refuses what jiff would also accept (a time of
        // day, say), so a date means exactly one day.
        toml::Value::String(text) => text
            .parse::<Date>()
            .ok()
            .filter(|date| date.to_string() == *text)
            .ok_or_else(problem),
        toml::Value::Datetime(toml::value::Datetime {
            date: Some(date),
            time: None,
            offset: None,
        }) => Date::new(
            i16::try_from(date.year).map_err(|_| problem())?,
            i8::try_from(date.month).map_err(|_| problem())?,
            i8::try_from(date.day).map_err(|_| problem())?,
        )
        .map_err(|_| problem()),
        _ => Err(problem()),
    }
}

/// A key id: `zcp:` and 16 lowercase hex digits.
pub(crate) fn is_key_id(text: &str) -> bool {
    text.strip_prefix("zcp:").is_some_and(|digits| {
        digits.len() == 16
            && digits
                .bytes()
                .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    })
}

/// Read a whole file as text.
pub(crate) fn read_text(path: &Path) -> Result<String, Error> {
    std::fs::read_to_string(path).map_err(|source| Error::Read {
        path: path.to_owned(),
        cause: source,
    })
}

/// Read a secret key file, refusing (on Unix) one that group or others
/// may access. The mode is checked on the open file, not the path, so the
/// file checked is the file read.
pub(crate) fn read_secret_text(path: &Path) -> Result<String, Error> {
    let read_error = |source| Error::Read {
        path: path.to_owned(),
        cause: source,
    };
    let mut file = File::open(path).map_err(read_error)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = file.metadata().map_err(read_error)?.permissions().mode() & 0o7777;
        if mode & 0o077 != 0 {
            return Err(Error::Exposed {
                path: path.to_owned(),
                mode,
            });
        }
    }
    let mut text = String::new();
    file.read_to_string(&mut text).map_err(read_error)?;
    Ok(text)
}

/// Create `path` with `contents`; never overwrite. A `secret` file is
/// created readable by its owner only (Unix), never briefly wider. A file
/// left half-written is removed.
pub(crate) fn create_new(path: &Path, contents: &str, secret: bool) -> Result<(), Error> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(if secret { 0o600 } else { 0o644 });
    }
    #[cfg(not(unix))]
    let _ = secret;
    let mut file = options.open(path).map_err(|source| {
        if source.kind() == ErrorKind::AlreadyExists {
            Error::Exists {
                path: path.to_owned(),
            }
        } else {
            Error::Write {
                path: path.to_owned(),
                cause: source,
            }
        }
    })?;
    if let Err(source) = file
        .write_all(contents.as_bytes())
        .and_then(|()| file.sync_all())
    {
        drop(file);
        let _ = std::fs::remove_file(path);
        return Err(Error::Write {
            path: path.to_owned(),
            cause: source,
        });
    }
    Ok(())
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .map_or(0, |last| last.chars().count())
        + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use super::*;

    #[test]
    fn dates_are_exactly_one_day() {
        let date = |v: toml::Value| parse_date("expires", &v);
        assert_eq!(
            date(toml::Value::String("2027-12-31".into())).unwrap(),
            jiff::civil::date(2027, 12, 31)
        );
        let bare: toml::Table = toml::from_str("d = 2027-12-31").unwrap();
        assert_eq!(
            date(bare["d"].clone()).unwrap(),
            jiff::civil::date(2027, 12, 31)
        );
        for bad in [
            "2027-13-01",
            "2027-02-30",
            "2027-12-31T10:00",
            "31/12/2027",
            "",
        ] {
            let message = date(toml::Value::String(bad.into())).unwrap_err();
            assert!(message.contains(&format!("`{bad}`")), "{message}");
        }
        let with_time: toml::Table = toml::from_str("d = 2027-12-31T10:00:00").unwrap();
        assert!(date(with_time["d"].clone()).is_err());
        assert!(date(toml::Value::Integer(20271231)).is_err());
    }

    #[test]
    fn key_ids_and_hex() {
        assert!(is_key_id("zcp:5f2c9a0d41e6b7c3"));
        for bad in [
            "zcp:5f2c9a0d41e6b7c",
            "zcp:5F2C9A0D41E6B7C3",
            "5f2c9a0d41e6b7c3",
            "zcp:5f2c9a0d41e6b7cg",
        ] {
            assert!(!is_key_id(bad), "{bad}");
        }
        assert_eq!(decode_hex::<2>("key", "0aff").unwrap(), [0x0a, 0xff]);
        let message = decode_hex::<2>("key", "0af").unwrap_err();
        assert_eq!(message, "key `0af` is not 4 hex digits");
    }

    #[test]
    fn syntax_errors_have_a_line_and_column() {
        let err = parse_table("format = \"x\"\nkey = = 1\n", "a.toml", "x").unwrap_err();
        let Error::Malformed { at, .. } = &err else {
            panic!("{err:?}")
        };
        assert_eq!(at.map(|(line, _)| line), Some(2));
        assert!(
            err.to_string()
                .starts_with("a.toml: invalid TOML at line 2"),
            "{err}"
        );
    }

    #[test]
    fn the_format_is_checked_first() {
        let err = parse_table("format = \"x-2\"\nnew-field = 1\n", "a.toml", "x-1").unwrap_err();
        assert_eq!(
            err.to_string(),
            "a.toml: unsupported format `x-2`, expected `format = \"x-1\"`"
        );
        let err = parse_table("id = 1\n", "a.toml", "x-1").unwrap_err();
        assert_eq!(
            err.to_string(),
            "a.toml: no `format` field, expected `format = \"x-1\"`"
        );
    }
}
