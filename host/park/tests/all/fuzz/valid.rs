//! Parks that must load, in every layout, and what they read back as; odd
//! numbers, years, byte order marks and bytes that are not UTF-8.

use std::path::Path;

use proptest::prelude::*;
use proptest::sample::select;
use zcp_park::units::{self, ConvertError};
use zcp_park::{DataError, Fact, Format, KeyKind, Park, Scope, Sign};

use crate::fuzz::model::{self, Doc, Expected, Model, model, style};
use crate::fuzz::{clip, concrete_keys, config, dictionary, messages_of, parse};

/// The fact a loaded park holds for a key of a section (`None`: the profile).
fn fact<'p>(park: &'p Park, section: Option<&str>, key: &str) -> &'p Fact {
    let facts = match section {
        None => &park.profile,
        Some(year) => &park.years[&year.parse::<i32>().unwrap()],
    };
    facts
        .get(key)
        .unwrap_or_else(|| panic!("`{key}` missing from {section:?}"))
}

/// Every entry of the model reads back from the park as written, directly and
/// through the view of a year.
fn check_read_back(model: &Model, park: &Park) {
    assert_eq!(park.id, model.id);
    let written: usize = model.keys().filter(|(_, e)| e.expected.is_some()).count();
    let held = park.profile.len() + park.years.values().map(|f| f.len()).sum::<usize>();
    assert_eq!(held, written, "{park:#?}");
    let foreign: Vec<&str> = model
        .keys()
        .filter(|(_, e)| e.expected.is_none())
        .map(|(_, e)| e.key.as_str())
        .collect();
    assert_eq!(park.warnings.len(), foreign.len(), "{:?}", park.warnings);
    for warning in &park.warnings {
        assert!(foreign.contains(&warning.key.as_str()), "{warning}");
    }
    for (section, entry) in model.keys() {
        let Some(expected) = &entry.expected else {
            continue;
        };
        let key = entry.key.as_str();
        let year = match section {
            Some(year) => Some(year.parse::<i32>().unwrap()),
            None => park.latest_year(),
        };
        let view = year.map(|y| park.year(y).unwrap());
        match (expected, fact(park, section, key)) {
            (Expected::Quantity { value, unit }, Fact::Quantity { value: v, unit: u }) => {
                assert_eq!(v.to_bits(), value.to_bits(), "{key}");
                assert_eq!(u.symbol, units::unit(unit).unwrap().symbol, "{key}");
                let Some(view) = view else { continue };
                // Read back in the unit stored, and as written: bit for bit.
                for asked in [u.symbol, unit.as_str()] {
                    let back = view.quantity(key, asked).unwrap().unwrap();
                    assert_eq!(back.to_bits(), value.to_bits(), "{key} in `{asked}`");
                }
                // In the base unit: a finite number, or too large to express.
                match view.quantity(key, u.dimension.base().symbol) {
                    Ok(Some(base)) => assert!(base.is_finite(), "{key}: {base}"),
                    Err(DataError::Convert(ConvertError::OutOfRange { .. })) => {}
                    other => panic!("{key}: {other:?}"),
                }
            }
            (Expected::Text(text), Fact::Text(t)) => {
                assert_eq!(t, text);
                if let Some(view) = view {
                    assert_eq!(view.text(key).as_ref(), Some(text));
                }
            }
            (Expected::Flag(flag), Fact::Flag(f)) => {
                assert_eq!(f, flag);
                if let Some(view) = view {
                    assert_eq!(view.flag(key), Some(*flag));
                }
            }
            (expected, found) => panic!("{key}: expected {expected:?}, found {found:?}"),
        }
    }
}

/// The model written as TOML (in a style) and as JSON, after an optional BOM.
fn texts(model: &Model, style: model::Style, bom: bool) -> [(Format, &'static str, String); 2] {
    let doc = model.doc();
    let bom = if bom { "\u{feff}" } else { "" };
    [
        (
            Format::Toml,
            "parks/p.toml",
            format!("{bom}{}", model::toml(&doc, style)),
        ),
        (
            Format::Json,
            "parks/p.json",
            format!("{bom}{}", model::json(&doc)),
        ),
    ]
}

/// A quantity key of the dictionary, `*` segments named.
fn quantity_key() -> impl Strategy<Value = String> {
    let keys: Vec<String> = concrete_keys()
        .iter()
        .filter(|k| {
            let key = k.replace("<name>", "a");
            let def = dictionary().lookup(&key).unwrap();
            matches!(def.kind, KeyKind::Quantity { .. }) && def.scope == Scope::Year
        })
        .cloned()
        .collect();
    select(keys).prop_map(|k| k.replace("<name>", "p1"))
}

/// Numbers as a person might write them, or not quite.
fn absurd_number() -> impl Strategy<Value = String> {
    let written = select(vec![
        "nan",
        "+nan",
        "-nan",
        "NaN",
        "inf",
        "+inf",
        "-inf",
        "Infinity",
        "1e308",
        "-1e308",
        "1.7976931348623157e308",
        "1.7976931348623159e308",
        "1e309",
        "1e400",
        "-1e400",
        "1e-400",
        "5e-324",
        "2.4703282292062327e-324",
        "-0",
        "-0.0",
        "+0",
        "0e0",
        "-0e-0",
        "9223372036854775807",
        "9223372036854775808",
        "-9223372036854775808",
        "-9223372036854775809",
        "18446744073709551615",
        "18446744073709551616",
        "340282366920938463463374607431768211455",
        "340282366920938463463374607431768211456",
        "0x7FFFFFFFFFFFFFFF",
        "0xffffffffffffffff",
        "0o777",
        "0b101",
        "1_000",
        "1__0",
        "_1",
        "1.",
        ".5",
        "01",
        "1e",
        "1e+",
        "--1",
        "\"12\"",
        "'12'",
        "\"nan\"",
        "true",
        "[]",
        "[1]",
        "{}",
        "{ value = 1 }",
        "1979-05-27",
        "07:32:00",
        "1979-05-27T07:32:00Z",
    ])
    .prop_map(str::to_owned);
    prop_oneof![
        3 => written,
        1 => "-?[0-9]{300,400}",
        1 => "-?[0-9]{1,3}(\\.[0-9]{1,300})?[eE][+-]?[0-9]{1,6}",
        1 => "-?0\\.[0-9]{300,400}",
    ]
}

/// Names a table under `years` may have.
fn year_name() -> impl Strategy<Value = String> {
    prop_oneof![
        (1850..2250i32).prop_map(|y| y.to_string()),
        any::<i32>().prop_map(|y| y.to_string()),
        "[0-9]{0,6}",
        "[+-]?0?[0-9]{1,5}(\\.[0-9])?",
        "\\PC{0,8}",
        select(vec![
            "２０２５",
            "2025 ",
            " 2025",
            "02025",
            "+2025",
            "2025.0",
            "2e3",
            "",
            "٢٠٢٥"
        ])
        .prop_map(str::to_owned),
    ]
}

/// The invalid bytes spliced into a file.
fn not_utf8() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        select(vec![
            vec![0xff],
            vec![0xfe, 0xff],
            vec![0x80],
            vec![0xc0, 0x80],
            vec![0xe4, 0xb8],
            vec![0xed, 0xa0, 0x80],
            vec![0xf4, 0x90, 0x80, 0x80],
            vec![0xf8, 0x88, 0x80, 0x80, 0x80],
        ]),
        proptest::collection::vec(0x80..=0xffu8, 1..4)
            .prop_filter("not UTF-8", |b| std::str::from_utf8(b).is_err()),
    ]
}

/// A temporary park file holding `bytes`.
fn temp_file(extension: &str, bytes: &[u8]) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("park.{extension}"));
    std::fs::write(&path, bytes).unwrap();
    (dir, path)
}

proptest! {
    #![proptest_config(config(64))]

    /// Real keys, real units and finite numbers load in every layout, with or
    /// without a BOM, and read back bit for bit in the unit stored; TOML and
    /// JSON agree.
    #[test]
    fn valid_documents_load_and_read_back(model in model(), style in style(), bom: bool) {
        let [toml, json] = texts(&model, style, bom).map(|(format, path, text)| {
            parse(&text, format, Path::new(path))
                .unwrap_or_else(|e| panic!("refused: {e:#?}\n{text}"))
        });
        check_read_back(&model, &toml);
        check_read_back(&model, &json);
        prop_assert_eq!(&toml.profile, &json.profile);
        prop_assert_eq!(&toml.years, &json.years);
    }

    /// Numbers written oddly load as a finite number that reads back
    /// unchanged, or are refused naming the file, and the key unless the file
    /// does not parse.
    #[test]
    fn absurd_numbers_load_finite_or_are_refused(key in quantity_key(), written in absurd_number()) {
        let def = dictionary().lookup(&key).unwrap();
        let KeyKind::Quantity { dimension, sign } = def.kind else { unreachable!() };
        let unit = dimension.base().symbol;
        let texts = [
            (Format::Toml, format!(
                "id = \"a\"\nname = \"A\"\n[years.2025]\n{key} = {{ value = {written}, unit = \"{unit}\" }}\n"
            )),
            (Format::Json, format!(
                "{{\"id\": \"a\", \"name\": \"A\", \"years\": {{\"2025\": {{\"{key}\": {{\"value\": {written}, \"unit\": \"{unit}\"}}}}}}}}"
            )),
        ];
        for (format, text) in texts {
            let path = Path::new("parks/n.park");
            match parse(&text, format, path) {
                Ok(park) => {
                    let Fact::Quantity { value, .. } = park.years[&2025][&key] else {
                        panic!("{key}: not a quantity")
                    };
                    prop_assert!(value.is_finite(), "{} loaded as {}", written, value);
                    prop_assert!(sign == Sign::Any || value >= 0.0 || value == 0.0);
                    let back = park.year(2025).unwrap().quantity(&key, unit).unwrap().unwrap();
                    prop_assert_eq!(back.to_bits(), value.to_bits());
                }
                Err(all) => {
                    let malformed = format!("parks/n.park: invalid {format}");
                    let named = format!("`{key}`");
                    prop_assert!(
                        all.iter().any(|m| m.starts_with(&malformed) || m.contains(&named)),
                        "{:#?}", all
                    );
                }
            }
        }
    }

    /// A table under `years` loads when named by a calendar year from 1900 to
    /// 2200 written plainly, and is refused naming the name otherwise.
    #[test]
    fn years_load_only_when_calendar_years(name in year_name()) {
        let calendar = name.parse::<i32>().ok().filter(|y| (1900..=2200).contains(y) && y.to_string() == name);
        let mut doc = Doc::Table(vec![
            ("id".into(), Doc::Str("a".into())),
            ("name".into(), Doc::Str("A".into())),
        ]);
        let quantity = Doc::quantity(Doc::num("1"), Doc::Str("MWh".into()));
        let mut section = Doc::Table(vec![]);
        section.insert("electricity.exported", quantity, false);
        doc.insert("years", Doc::Table(vec![(name.clone(), section)]), true);
        for (format, text) in [(Format::Toml, model::toml(&doc, model::Style::Headers)), (Format::Json, model::json(&doc))] {
            let path = Path::new("parks/y.park");
            match (calendar, parse(&text, format, path)) {
                (Some(year), Ok(park)) => prop_assert!(park.years[&year].contains_key("electricity.exported")),
                (None, Err(all)) => {
                    let expected = format!(
                        "parks/y.park: year `{}` is not a calendar year from 1900 to 2200",
                        clip(&name)
                    );
                    prop_assert_eq!(all, vec![expected]);
                }
                (_, result) => panic!("`{name}`: {result:?}\n{text}"),
            }
        }
    }

    /// A file read from disk is the file parsed in memory; bytes that are
    /// not UTF-8 anywhere in it are refused naming the file.
    #[test]
    fn files_on_disk_load_as_parsed_or_are_not_utf8(
        model in model(),
        style in style(),
        bom: bool,
        bad in not_utf8(),
        at in any::<proptest::sample::Index>(),
    ) {
        for (format, _, text) in texts(&model, style, bom) {
            let extension = if format == Format::Toml { "toml" } else { "json" };
            let (_dir, path) = temp_file(extension, text.as_bytes());
            let loaded = Park::load(&path).unwrap();
            let parsed = Park::parse(&text, format, &path).unwrap();
            prop_assert_eq!(&loaded, &parsed);

            let mut bytes = text.into_bytes();
            let at = at.index(bytes.len() + 1);
            bytes.splice(at..at, bad.iter().copied());
            if std::str::from_utf8(&bytes).is_ok() {
                // The bytes completed a character cut in two.
                continue;
            }
            let (_dir, path) = temp_file(extension, &bytes);
            let errors = Park::load(&path).unwrap_err();
            let all = messages_of(&errors, &path);
            prop_assert_eq!(all, vec![format!("{}: not UTF-8 text", path.display())]);
        }
    }
}
