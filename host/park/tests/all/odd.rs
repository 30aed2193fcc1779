//! Odd and hostile input: never a panic, always one-line messages.

use zcp_park::{Format, Park};

use crate::{json, messages, toml, toml_park};

/// Parse in both syntaxes; every message must be one line naming the file.
fn survives(text: &str) {
    for (format, name) in [(Format::Toml, "odd.toml"), (Format::Json, "odd.json")] {
        if let Err(errors) = Park::parse(text, format, std::path::Path::new(name)) {
            assert!(!errors.errors().is_empty());
            for error in &errors {
                let message = error.to_string();
                assert!(!message.contains('\n'), "{message}");
                assert!(message.starts_with(name), "{message}");
                assert!(!message.ends_with('.'), "{message}");
            }
        }
    }
}

#[test]
fn deeply_nested_tables_and_arrays() {
    let deep_key = format!("[years.2025.{}]\n", vec!["a"; 5000].join("."));
    survives(&toml_park(&deep_key));
    survives(&toml_park(&format!(
        "x = {}1{}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    )));
    survives(&toml_park(&format!(
        "x = {}{}",
        "{a=".repeat(10_000),
        "}".repeat(10_000)
    )));
    survives(&format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)));
    survives(&format!(
        "{}1{}",
        "{\"a\":".repeat(100_000),
        "}".repeat(100_000)
    ));
    // Nesting within the parsers' limits, under an unknown key.
    let nested = format!(
        r#"{{"id": "a", "name": "A", "years": {{"2025": {}1{}}}}}"#,
        "{\"x\": ".repeat(100),
        "}".repeat(100)
    );
    let all = messages(json(&nested));
    assert_eq!(all.len(), 1);
    assert!(
        all[0].starts_with("parks/a.json: year 2025: unknown key `x.x.x.x"),
        "{}",
        all[0]
    );
}

#[test]
fn huge_and_odd_numbers() {
    let park = toml(&toml_park(
        "[years.2025]\nelectricity.exported = { value = 1e308, unit = \"kWh\" }\nheat.exported = { value = 5e-324, unit = \"TJ\" }",
    ))
    .unwrap();
    assert_eq!(park.latest_year(), Some(2025));
    survives(&toml_park(
        "[years.2025]\nelectricity.exported = { value = 1e400, unit = \"kWh\" }",
    ));
    survives(&toml_park(
        "[years.2025]\nelectricity.exported = { value = 99999999999999999999, unit = \"kWh\" }",
    ));
    survives(
        r#"{"id": "a", "name": "A", "years": {"2025": {"electricity.exported": {"value": 1e400, "unit": "kWh"}}}}"#,
    );
    survives(
        r#"{"id": "a", "name": "A", "years": {"2025": {"electricity.exported": {"value": 99999999999999999999999, "unit": "kWh"}}}}"#,
    );
    survives(
        r#"{"id": "a", "name": "A", "years": {"2025": {"electricity.exported": {"value": -0, "unit": "kWh"}}}}"#,
    );
}

#[test]
fn strings_arrays_and_nulls_where_tables_are_expected() {
    for body in [
        "years = \"2025\"",
        "years = [[1], [2]]",
        "[[years]]\na = 1",
        "[[years.2025]]\na = 1",
        "[[years.2025.electricity]]\nexported = 1",
        "[years.2025]\nelectricity = \"lots\"",
        "[years.2025]\nelectricity.exported = { value = [1], unit = [\"MWh\"] }",
        "[years.2025]\nelectricity.exported = { value = { value = 1 }, unit = { unit = \"MWh\" } }",
        "[years.2025]\nelectricity.exported = {}",
        "[years.2025]\n\"\" = 1\n\"electricity.\" = 1\n\".electricity\" = 1\n\"electricity..exported\" = 1",
        "profile = [1]",
        "[profile]\npark = 1",
        "[years.2025]\n\"a\\nb\" = 1\n\"\\u0000\" = true",
        "name = { zh = [], en = {} }",
        "name = {}",
        "province = 5",
        "id = 1979-05-27T07:32:00Z",
    ] {
        let text = toml_park(body);
        survives(&text);
        assert!(toml(&text).is_err(), "{body}");
    }
    for text in [
        "null",
        "5",
        "\"park\"",
        "{}",
        r#"{"id": null, "name": null, "province": null, "profile": null, "years": null}"#,
        r#"{"id": "a", "name": "A", "years": {"2025": null}}"#,
        r#"{"id": "a", "name": "A", "years": {"2025": {"electricity": null}}}"#,
        r#"{"id": "a", "name": "A", "years": {"2025": {"electricity.exported": {"value": null, "unit": null}}}}"#,
        r#"{"id": "a", "name": {"zh": "甲", "zh": "乙", "en": "A"}}"#,
        "{\"id\": \"a\"",
        "\u{0}\u{1}\u{2}",
    ] {
        survives(text);
        assert!(json(text).is_err(), "{text}");
    }
}

#[test]
fn mutated_files_never_panic() {
    let seeds = [
        include_str!("../data/ordos.toml"),
        include_str!("../data/ordos.json"),
    ];
    // A small linear congruential generator: deterministic, no dependency.
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move |bound: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((state >> 33) as usize) % bound.max(1)
    };
    let pieces = [
        "",
        "{",
        "}",
        "[",
        "]",
        "\"",
        "=",
        ",",
        ".",
        "nan",
        "-",
        "1e999",
        "\n",
        "[years.2025]",
        "万",
        "value",
        "unit",
        "\\",
        "null",
        "true",
        ":",
    ];
    let (mut loaded, mut rejected) = (0, 0);
    for round in 0..3000 {
        let seed = seeds[round % seeds.len()];
        let mut chars: Vec<char> = seed.chars().collect();
        for _ in 0..1 + next(4) {
            let at = next(chars.len() + 1);
            match next(3) {
                0 if at < chars.len() => {
                    let end = (at + next(8)).min(chars.len());
                    chars.drain(at..end);
                }
                1 => {
                    let end = (at + next(40)).min(chars.len());
                    let copy: Vec<char> = chars[at..end].to_vec();
                    chars.splice(at..at, copy);
                }
                _ => {
                    let piece = pieces[next(pieces.len())];
                    chars.splice(at..at, piece.chars());
                }
            }
        }
        let text: String = chars.into_iter().collect();
        survives(&text);
        let format = if round % 2 == 0 {
            Format::Toml
        } else {
            Format::Json
        };
        let Ok(park) = Park::parse(&text, format, std::path::Path::new("m")) else {
            rejected += 1;
            continue;
        };
        loaded += 1;
        for year in park.years.keys() {
            let view = park.year(*year).unwrap();
            for key in view.keys("") {
                let _ = view.quantity(&key, "kWh");
                let _ = view.series(&key, "t");
                let _ = view.text(&key);
                let _ = view.flag(&key);
            }
        }
    }
    // Both paths were exercised: some mutants still load, most do not.
    assert!(
        loaded > 100 && rejected > 1000,
        "{loaded} loaded, {rejected} rejected"
    );
}
