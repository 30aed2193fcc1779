//! The data dictionary: its format, the bundled file, lookups.

use zcp_park::{Dictionary, Dimension, KeyKind, Scope, Sign};

fn bundled() -> &'static Dictionary {
    Dictionary::bundled().unwrap()
}

/// A one-entry dictionary file with the given fields.
fn entry(key: &str, fields: &str) -> String {
    format!("version = 1\n[keys.\"{key}\"]\n{fields}\nzh = \"中\"\nen = \"en\"\n")
}

fn parse_error(text: &str) -> String {
    Dictionary::parse(text).unwrap_err().to_string()
}

#[test]
fn bundled_dictionary_parses_and_every_key_looks_up() {
    let dictionary = bundled();
    let file = include_str!("../../../../data/dictionary.toml");
    assert_eq!(dictionary.entries().len(), file.matches("\n[keys.").count());
    assert!(dictionary.entries().len() >= 29);
    let keys = dictionary.expand();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    for key in &keys {
        let key = key.replace(zcp_park::dictionary::ANY_NAME, "some-product");
        let def = dictionary.lookup(&key).unwrap_or_else(|| panic!("{key}"));
        assert!(!def.zh.is_empty() && !def.en.is_empty(), "{key}");
    }
    // (11 coals and coal products + 4 coal gases + 14 oils + natural gas +
    // LNG) x 8 uses (附件4 二(一)1).
    let uses = [
        "final",
        "power",
        "heat",
        "conversion",
        "conversion-output",
        "feedstock",
        "bunker",
        "recovered",
    ];
    let by_use = |k: &str| uses.iter().any(|u| k.ends_with(&format!(".{u}")));
    let fuels: Vec<&str> = keys
        .iter()
        .map(String::as_str)
        .filter(|k| k.starts_with("fuel."))
        .collect();
    assert_eq!(fuels.iter().filter(|k| by_use(k)).count(), 31 * 8);
    // The 11 fuels without sourced coefficients take the park's own three.
    assert_eq!(fuels.iter().filter(|k| !by_use(k)).count(), 11 * 3);
}

#[test]
fn alternation_segments_match_any_listed_word() {
    let dictionary = bundled();
    let coke = dictionary.lookup("fuel.coke.power").unwrap();
    assert_eq!(
        coke.pattern,
        "fuel.{raw-coal|anthracite|coking-bituminous-coal|other-bituminous-coal|lignite|washed-coal|other-washed-coal|coal-products|gangue|coke|other-coking-products}.{final|power|heat|conversion|conversion-output|feedstock|bunker|recovered}"
    );
    assert_eq!(
        coke.kind,
        KeyKind::Quantity {
            dimension: Dimension::Mass,
            sign: Sign::NonNegative
        }
    );
    assert_eq!(coke.scope, Scope::Year);
    let gas = dictionary.lookup("fuel.natural-gas.bunker").unwrap();
    assert!(matches!(
        gas.kind,
        KeyKind::Quantity {
            dimension: Dimension::Volume,
            ..
        }
    ));
    // Same number of segments, each one listed, no partial words.
    assert!(dictionary.lookup("fuel.coke").is_none());
    assert!(dictionary.lookup("fuel.coke.power.extra").is_none());
    assert!(dictionary.lookup("fuel.peat.power").is_none());
    // Split into coking and other bituminous coal (附件4 二(一)1).
    assert!(dictionary.lookup("fuel.bituminous-coal.final").is_none());
    assert!(
        dictionary
            .lookup("fuel.{raw-coal|washed-coal|coke}.power")
            .is_none()
    );
    assert!(dictionary.lookup("fuel.coke|raw-coal.power").is_none());
    assert!(dictionary.lookup("").is_none());
    assert!(dictionary.is_prefix("fuel"));
    assert!(dictionary.is_prefix("fuel.coke"));
    assert!(!dictionary.is_prefix("fuel.coke.power"));
    assert!(!dictionary.is_prefix("fuel.peat"));
}

#[test]
fn kinds_and_scopes_of_the_bundled_keys() {
    let dictionary = bundled();
    let level = dictionary.lookup("park.zone-level").unwrap();
    assert_eq!(level.scope, Scope::Profile);
    assert_eq!(
        level.kind,
        KeyKind::Text {
            values: Some(vec![
                "national".into(),
                "provincial".into(),
                "municipal".into(),
                "other".into()
            ])
        }
    );
    assert_eq!(
        dictionary.lookup("park.boundary-defined").unwrap().kind,
        KeyKind::Flag
    );
    assert_eq!(
        dictionary.lookup("economy.revenue-growth").unwrap().kind,
        KeyKind::Quantity {
            dimension: Dimension::Ratio,
            sign: Sign::Any
        }
    );
}

#[test]
fn coefficient_heat_and_process_keys() {
    let dictionary = bundled();
    let quantity = |key: &str| match dictionary.lookup(key).map(|d| (&d.kind, d.scope)) {
        Some((KeyKind::Quantity { dimension, sign }, scope)) => (*dimension, *sign, scope),
        other => panic!("{key}: {other:?}"),
    };
    let year = |dimension| (dimension, Sign::NonNegative, Scope::Year);
    for fuel in [
        "coking-bituminous-coal",
        "other-washed-coal",
        "coal-products",
        "gangue",
        "other-coking-products",
        "lubricants",
        "paraffin",
        "solvent-oil",
        "asphalt",
        "other-petroleum-products",
    ] {
        assert_eq!(
            quantity(&format!("fuel.{fuel}.ncv")),
            year(Dimension::CalorificValue),
            "{fuel}"
        );
        assert_eq!(
            quantity(&format!("fuel.{fuel}.carbon-content")),
            year(Dimension::CarbonContent)
        );
        assert_eq!(
            quantity(&format!("fuel.{fuel}.oxidation-rate")),
            year(Dimension::Ratio)
        );
    }
    assert_eq!(
        quantity("fuel.other-gas.ncv"),
        year(Dimension::CalorificValueVolume)
    );
    assert_eq!(
        quantity("fuel.other-gas.carbon-content"),
        year(Dimension::CarbonContent)
    );
    // A fuel with sourced coefficients takes none from the park.
    for key in [
        "fuel.natural-gas.ncv",
        "fuel.raw-coal.carbon-content",
        "fuel.other-bituminous-coal.oxidation-rate",
    ] {
        assert!(dictionary.lookup(key).is_none(), "{key}");
    }
    assert_eq!(
        quantity("fuel.blast-furnace-gas.recovered"),
        year(Dimension::Volume)
    );
    assert_eq!(
        quantity("electricity.exported-green"),
        year(Dimension::Energy)
    );
    for key in ["heat.purchased-non-fossil", "heat.exported-non-fossil"] {
        assert_eq!(quantity(key), year(Dimension::Energy), "{key}");
    }
    for key in ["heat.purchased-factor", "heat.exported-factor"] {
        assert_eq!(quantity(key), year(Dimension::Co2PerEnergy), "{key}");
    }
    assert_eq!(quantity("emissions.process"), year(Dimension::Co2));
    assert_eq!(
        quantity("process.clinker-portland.output"),
        year(Dimension::Mass)
    );
    assert_eq!(
        quantity("process.clinker-portland.factor"),
        year(Dimension::Co2PerMass)
    );
    let text = |key: &str| {
        let def = dictionary.lookup(key).unwrap();
        assert_eq!(def.kind, KeyKind::Text { values: None }, "{key}");
        def.scope
    };
    assert_eq!(text("process.clinker-portland.factor-basis"), Scope::Year);
    assert_eq!(text("process.clinker-portland.name"), Scope::Profile);
    assert_eq!(
        text("not-applicable.direct-green-supply-share"),
        Scope::Profile
    );
}

#[test]
fn suggestions_are_concrete_keys() {
    let dictionary = bundled();
    assert_eq!(
        dictionary.suggest("electricity.grid").as_deref(),
        Some("electricity.grid-purchased")
    );
    assert_eq!(
        dictionary.suggest("Electricity.Exported").as_deref(),
        Some("electricity.exported")
    );
    assert_eq!(
        dictionary.suggest("fuel.natural-gas.finale").as_deref(),
        Some("fuel.natural-gas.final")
    );
    assert_eq!(
        dictionary.suggest("fuel.cokes.power").as_deref(),
        Some("fuel.coke.power")
    );
    assert_eq!(
        dictionary.suggest("fuel.bituminous-coal.final").as_deref(),
        Some("fuel.other-bituminous-coal.final")
    );
    assert_eq!(dictionary.suggest("zzz"), None);
}

#[test]
fn star_segments_match_any_name_the_park_chooses() {
    let dictionary = bundled();
    let energy = dictionary.lookup("product.clinker.unit-energy").unwrap();
    assert_eq!(energy.pattern, "product.*.unit-energy");
    assert_eq!(
        energy.kind,
        KeyKind::Quantity {
            dimension: Dimension::SpecificEnergy,
            sign: Sign::NonNegative
        }
    );
    assert_eq!(
        dictionary.lookup("product.clinker.name").unwrap().scope,
        Scope::Profile
    );
    assert!(dictionary.is_prefix("product.clinker"));
    // A name is one word of lowercase letters, digits and `-`.
    assert!(dictionary.lookup("product.Clinker.unit-energy").is_none());
    assert!(dictionary.lookup("product..unit-energy").is_none());
    assert!(dictionary.lookup("product.clinker.unit-power").is_none());
    assert!(
        dictionary
            .expand()
            .contains(&"product.<name>.unit-energy".to_owned())
    );
}

#[test]
fn a_star_overlapping_a_listed_word_is_refused() {
    let text = format!(
        "{}{}",
        entry("p.*.x", "kind = \"flag\"\nscope = \"profile\""),
        entry("p.a.x", "kind = \"flag\"\nscope = \"profile\"").trim_start_matches("version = 1\n")
    );
    assert!(parse_error(&text).contains("overlap"), "{text}");
    assert!(parse_error(&entry("p.*x", "kind = \"flag\"\nscope = \"profile\"")).contains("or `*`"));
}

#[test]
fn a_small_dictionary_parses() {
    let text = format!(
        "{}\n[keys.\"a.{{x|y}}\"]\nkind = \"text\"\nscope = \"profile\"\nvalues = [\"p\", \"q\"]\nzh = \"乙\"\nen = \"b\"\n",
        entry(
            "b.c",
            "kind = \"quantity\"\ndimension = \"co2\"\nsign = \"any\"\nscope = \"year\""
        )
    );
    let dictionary = Dictionary::parse(&text).unwrap();
    assert_eq!(dictionary.expand(), ["a.x", "a.y", "b.c"]);
    assert_eq!(dictionary.entries().len(), 2);
    assert_eq!(dictionary.lookup("a.y").unwrap().pattern, "a.{x|y}");
    assert_eq!(
        dictionary.lookup("b.c").unwrap().kind,
        KeyKind::Quantity {
            dimension: Dimension::Co2,
            sign: Sign::Any
        }
    );
}

#[test]
fn bad_entries_are_refused_with_the_reason() {
    let q = "kind = \"quantity\"\nscope = \"year\"";
    let cases = [
        (
            entry("a", "kind = \"number\"\nscope = \"year\""),
            "data dictionary: key `a`: unknown kind `number` (expected quantity, text or flag)",
        ),
        (
            entry("a", &format!("{q}\ndimension = \"power\"\nsign = \"any\"")),
            "data dictionary: key `a`: unknown dimension `power` (expected energy, standard-coal, co2, mass, volume, ratio, currency, count, specific-energy, specific-electricity, calorific-value, calorific-value-volume, carbon-content, co2-per-energy, co2-per-mass)",
        ),
        (
            entry(
                "a",
                &format!("{q}\ndimension = \"mass\"\nsign = \"positive\""),
            ),
            "data dictionary: key `a`: unknown sign `positive` (expected non-negative or any)",
        ),
        (
            entry("a", "kind = \"flag\"\nscope = \"month\""),
            "data dictionary: key `a`: unknown scope `month` (expected profile or year)",
        ),
        (
            entry("a", &format!("{q}\nsign = \"any\"")),
            "data dictionary: key `a`: a quantity needs a `dimension`",
        ),
        (
            entry("a", &format!("{q}\ndimension = \"mass\"")),
            "data dictionary: key `a`: a quantity needs a `sign`",
        ),
        (
            entry(
                "a",
                "kind = \"flag\"\nscope = \"year\"\ndimension = \"mass\"",
            ),
            "data dictionary: key `a`: `dimension` does not apply to a flag key",
        ),
        (
            entry(
                "a",
                &format!("{q}\ndimension = \"mass\"\nsign = \"any\"\nvalues = [\"x\"]"),
            ),
            "data dictionary: key `a`: `values` does not apply to a quantity key",
        ),
        (
            entry("A.b", "kind = \"flag\"\nscope = \"year\""),
            "data dictionary: key `A.b`: a segment is lowercase letters, digits and `-`, an alternation `{a|b|c}` of such words, or `*`",
        ),
        (
            entry("a..b", "kind = \"flag\"\nscope = \"year\""),
            "data dictionary: key `a..b`: a segment is lowercase letters, digits and `-`, an alternation `{a|b|c}` of such words, or `*`",
        ),
        (
            entry("a.{x|y", "kind = \"flag\"\nscope = \"year\""),
            "data dictionary: key `a.{x|y`: an alternation is written `{a|b|c}`",
        ),
        (
            entry("a.{x|x}", "kind = \"flag\"\nscope = \"year\""),
            "data dictionary: key `a.{x|x}`: an alternation lists a word twice",
        ),
        (
            entry("a", "kind = \"flag\"\nscope = \"year\"\nunit = \"t\""),
            "data dictionary: line 5, column 1: unknown field `unit`, expected one of `kind`, `scope`, `dimension`, `sign`, `values`, `zh`, `en`",
        ),
        (
            "version = 2\n".to_owned(),
            "data dictionary: unsupported version `2` (this host reads version 1)",
        ),
        (
            "version = 1\n[keys.\"a\"\n".to_owned(),
            "data dictionary: line 2, column 10: unclosed table, expected `]`",
        ),
    ];
    for (text, message) in cases {
        assert_eq!(parse_error(&text), message, "{text}");
    }
}

#[test]
fn overlapping_patterns_are_refused() {
    let flag = "kind = \"flag\"\nscope = \"year\"\nzh = \"中\"\nen = \"en\"\n";
    let two =
        |a: &str, b: &str| format!("version = 1\n[keys.\"{a}\"]\n{flag}[keys.\"{b}\"]\n{flag}");
    assert_eq!(
        parse_error(&two("fuel.{coal|oil}.final", "fuel.{gas|oil}.final")),
        "data dictionary: keys `fuel.{coal|oil}.final` and `fuel.{gas|oil}.final` overlap: a key may match one entry only and cannot start another"
    );
    // A key that starts another: the shorter one could never hold a table.
    assert_eq!(
        parse_error(&two("heat", "heat.purchased")),
        "data dictionary: keys `heat` and `heat.purchased` overlap: a key may match one entry only and cannot start another"
    );
    // Disjoint alternations are fine.
    Dictionary::parse(&two("fuel.{coal|oil}.final", "fuel.gas.final")).unwrap();
    Dictionary::parse(&two("a.b", "a.c.d")).unwrap();
}
