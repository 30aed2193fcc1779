//! Files of a few megabytes: loaded or refused in bounded time, never a
//! panic.

use std::path::Path;
use std::time::{Duration, Instant};

use zcp_park::{Fact, Format};

use crate::fuzz::{messages_of, parse};

/// Several times what any of these takes in a debug build (up to two
/// seconds); a file of a megabyte took 30 seconds before `r3`'s fix.
const BOUND: Duration = Duration::from_secs(10);

/// Parse `text`, checking the time it took.
pub(crate) fn timed(text: &str, format: Format) -> Result<zcp_park::Park, Vec<String>> {
    let start = Instant::now();
    let result = parse(text, format, Path::new("parks/huge.park"));
    let took = start.elapsed();
    assert!(took < BOUND, "{} bytes took {took:?}", text.len());
    result
}

/// 60,000 products (about 3 MB) load, each one kept.
#[test]
fn megabytes_of_keys_load() {
    const N: usize = 60_000;
    let mut toml = String::from("id = \"a\"\nname = \"A\"\n[profile]\n");
    let mut json = String::from("{\"id\": \"a\", \"name\": \"A\", \"profile\": {");
    for i in 0..N {
        toml.push_str(&format!("product.p{i}.name = \"product {i}\"\n"));
        let comma = if i + 1 < N { "," } else { "" };
        json.push_str(&format!("\"product.p{i}.name\": \"product {i}\"{comma}\n"));
    }
    json.push_str("}}");
    for (format, text) in [(Format::Toml, toml), (Format::Json, json)] {
        let park = timed(&text, format).unwrap();
        assert_eq!(park.profile.len(), N);
        assert_eq!(
            park.profile["product.p59999.name"],
            Fact::Text("product 59999".into())
        );
    }
}

/// 100,000 copies of one key in JSON are each reported.
#[test]
fn one_key_given_100_000_times() {
    const N: usize = 100_000;
    let member = "\"electricity.exported\": {\"value\": 1, \"unit\": \"MWh\"}";
    let json = format!(
        "{{\"id\": \"a\", \"name\": \"A\", \"years\": {{\"2025\": {{{}}}}}}}",
        vec![member; N].join(",")
    );
    let all = timed(&json, Format::Json).unwrap_err();
    assert_eq!(all.len(), N - 1);
}

/// Every calendar year and thousands that are not.
#[test]
fn thousands_of_years() {
    let mut toml = String::from("id = \"a\"\nname = \"A\"\n");
    for year in 0..5000 {
        toml.push_str(&format!(
            "[years.{year}]\nelectricity.exported = {{ value = {year}, unit = \"MWh\" }}\n"
        ));
    }
    let all = timed(&toml, Format::Toml).unwrap_err();
    assert_eq!(all.len(), 5000 - 301);
}

/// A text, a key, a unit and a number of megabytes each.
#[test]
fn huge_values() {
    let big = "园".repeat(1_000_000);
    let park = timed(
        &format!("id = \"a\"\nname = \"{big}\"\n[profile]\nproduct.p.name = \"{big}\"\n"),
        Format::Toml,
    )
    .unwrap();
    assert_eq!(park.name.en.len(), big.len());
    let cases = [
        (
            format!("[years.2025]\n\"{big}\" = 1\n"),
            "unknown key `园园",
        ),
        (
            format!("[years.2025]\nelectricity.exported = {{ value = 1, unit = \"{big}\" }}\n"),
            "unknown unit `园园",
        ),
        (
            format!(
                "[years.2025]\nelectricity.exported = {{ value = {}, unit = \"MWh\" }}\n",
                "9".repeat(1_000_000)
            ),
            "invalid TOML",
        ),
        (
            format!(
                "[years.2025]\nelectricity.exported = {{ value = 0.{}1, unit = \"MWh\" }}\n",
                "0".repeat(1_000_000)
            ),
            "",
        ),
        (format!("[years.{}]\n", "2".repeat(1_000_000)), "year `2222"),
    ];
    for (body, expected) in cases {
        let text = format!("id = \"a\"\nname = \"A\"\n{body}");
        match timed(&text, Format::Toml) {
            Ok(park) => assert!(expected.is_empty(), "{:?}", park.years),
            Err(all) => {
                assert!(all.iter().any(|m| m.contains(expected)), "{all:?}");
                // Each message stays short enough to read.
                assert!(all.iter().all(|m| m.chars().count() < 400), "{all:?}");
            }
        }
    }
}

/// The same 4 MB read from a file.
#[test]
fn a_huge_file_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.toml");
    let mut text = String::from("id = \"a\"\nname = \"A\"\n[years.2025]\n");
    text.push_str(&"# a comment line of some length\n".repeat(130_000));
    std::fs::write(&path, &text).unwrap();
    let start = Instant::now();
    let park = zcp_park::Park::load(&path).map_err(|e| messages_of(&e, &path));
    assert!(start.elapsed() < BOUND);
    assert!(park.unwrap().years[&2025].is_empty());
}
