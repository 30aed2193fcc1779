//! Tests of zcp-park, one module per area.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod dictionary;
mod errors;
mod fuzz;
mod odd;
mod park;
mod standard_keys;
mod units;
mod view;

use std::path::{Path, PathBuf};

use zcp_park::{Format, Park, ParkErrors};

/// A file of `tests/data`.
fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

/// A TOML park named `parks/a.toml`.
fn toml(text: &str) -> Result<Park, ParkErrors> {
    Park::parse(text, Format::Toml, Path::new("parks/a.toml"))
}

/// A JSON park named `parks/a.json`.
fn json(text: &str) -> Result<Park, ParkErrors> {
    Park::parse(text, Format::Json, Path::new("parks/a.json"))
}

/// The messages of a park that must not load.
fn messages(result: Result<Park, ParkErrors>) -> Vec<String> {
    match result {
        Ok(park) => panic!("loaded, but should not have: {park:?}"),
        Err(errors) => errors.errors().iter().map(ToString::to_string).collect(),
    }
}

/// The one message of a TOML park with one problem.
fn toml_error(text: &str) -> String {
    let mut all = messages(toml(text));
    assert_eq!(all.len(), 1, "{all:#?}");
    all.remove(0)
}

/// The one message of a JSON park with one problem.
fn json_error(text: &str) -> String {
    let mut all = messages(json(text));
    assert_eq!(all.len(), 1, "{all:#?}");
    all.remove(0)
}

/// A minimal TOML park with `body` after its header.
fn toml_park(body: &str) -> String {
    format!("id = \"a\"\nname = \"A\"\n{body}")
}
