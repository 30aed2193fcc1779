//! What the fuzzing found, one test per finding.

use std::path::Path;

use zcp_park::units::{convert, unit};
use zcp_park::{Format, Park};

use crate::fuzz::huge::timed;
use crate::fuzz::{assert_refused_deep, on_small_stack};

/// Dotted keys inside nested inline tables nest far deeper than either of the
/// `toml` crate's limits (80 parts a key, 80 levels of inline tables):
/// reading the document, then dropping what was read, overflowed the stack.
#[test]
fn r1_dotted_keys_in_nested_inline_tables_overflowed_the_stack() {
    let key = vec!["a"; 78].join(".");
    let mut text = format!("id = \"a\"\nname = \"A\"\n[years.2025.{key}]\n{key} = ");
    text.push_str(&format!("{{ {key} = ").repeat(78));
    text.push('1');
    text.push_str(&" }".repeat(78));
    on_small_stack(move || assert_refused_deep(&text, Format::Toml));
}

/// Converting a value near the largest number to a smaller unit multiplied
/// first and overflowed: refused as "too large" though the result fits.
#[test]
fn r2_huge_values_overflowed_on_their_way_to_a_smaller_number() {
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-15 * b.abs();
    let (tj, gwh) = (unit("TJ").unwrap(), unit("GWh").unwrap());
    let (gj, mwh) = (unit("GJ").unwrap(), unit("MWh").unwrap());
    let value = -6.060687143403064e307;
    assert!(close(convert(value, tj, gwh).unwrap(), value / 3.6));
    assert!(close(convert(f64::MAX, gj, mwh).unwrap(), f64::MAX / 3.6));
    let park = Park::parse(
        "id = \"a\"\nname = \"A\"\n[years.2025]\nelectricity.exported = { value = 1.7e308, unit = \"GJ\" }\n",
        Format::Toml,
        Path::new("parks/a.toml"),
    )
    .unwrap();
    let view = park.year(2025).unwrap();
    let mwh = view
        .quantity("electricity.exported", "MWh")
        .unwrap()
        .unwrap();
    assert!(close(mwh, 1.7e308 / 3.6));
}

/// A key or a unit a megabyte long was compared with every key or unit for a
/// suggestion, at a cost growing with its length: seconds per key.
#[test]
fn r3_megabyte_long_keys_and_units_took_seconds_to_report() {
    let big = "a".repeat(1_000_000);
    for body in [
        format!("[years.2025]\n\"{big}\" = 1\n"),
        format!("[years.2025]\nelectricity.{big} = 1\n"),
        format!("[years.2025]\nelectricity.exported = {{ value = 1, unit = \"{big}\" }}\n"),
        format!("{big} = 1\n"),
    ] {
        let text = format!("id = \"a\"\nname = \"A\"\n{body}");
        let all = timed(&text, Format::Toml).unwrap_err();
        assert_eq!(all.len(), 1, "{all:?}");
        assert!(all[0].contains("aaaaaaaa…`"), "{}", all[0]);
    }
}

/// Each unknown key was compared with every key of the dictionary for a
/// suggestion: 50,000 of them (1.4 MB) took 40 seconds. The first hundred of
/// a file get one.
#[test]
fn r4_tens_of_thousands_of_unknown_keys_took_seconds_to_report() {
    const N: usize = 50_000;
    let mut toml = String::from("id = \"a\"\nname = \"A\"\n[years.2025]\n");
    for i in 0..N {
        toml.push_str(&format!("electricity.exportd{i} = 1\n"));
    }
    let all = timed(&toml, Format::Toml).unwrap_err();
    assert_eq!(all.len(), N);
    assert_eq!(
        all[0],
        "parks/huge.park: year 2025: unknown key `electricity.exportd0` (did you mean `electricity.exported`?)"
    );
    assert_eq!(all.iter().filter(|m| m.ends_with("?)")).count(), 100);
}
