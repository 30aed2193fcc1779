//! The guest SDK: the copies it ships so that it builds outside this
//! repository (the contract, the data dictionary) are byte-identical to
//! their sources, and its `FakePark` answers as the host's `YearView` does.

use std::path::Path;
use std::sync::Arc;

use zcp_park::{Dictionary, Dimension, Fact, Format, KeyDef, KeyKind, Park, Scope, Sign};
use zcp_sdk::{
    DataRequirement, FakePark, KeyScope, ParkData, StandardInfo, Status, define_quantity,
    define_text, text,
};

use crate::root;

#[track_caller]
fn assert_same_bytes(source: &str, copy: &str) {
    let read = |path: &str| std::fs::read(root().join(path)).unwrap();
    assert!(
        read(source) == read(copy),
        "`{copy}` differs from `{source}`: copy it again (`cp {source} {copy}`)"
    );
}

#[test]
fn the_sdk_contract_is_the_released_wit_byte_for_byte() {
    assert_same_bytes("wit/1.1.0/evaluation.wit", "plugins/sdk/wit/evaluation.wit");
}

#[test]
fn the_sdk_dictionary_is_the_shared_one_byte_for_byte() {
    assert_same_bytes("data/dictionary.toml", "plugins/sdk/data/dictionary.toml");
}

/// Standard `t` as the SDK describes it: a yearly revenue, a profile
/// capital and a profile park type.
fn standard_t() -> StandardInfo {
    StandardInfo {
        id: "t".into(),
        version: "1.0.0".into(),
        title: text("", ""),
        issuer: text("", ""),
        source: text("", ""),
        jurisdiction: "CN".into(),
        status: Status::Draft,
        effective: None,
        extends: None,
        indicators: vec![],
        requires: Vec::<DataRequirement>::new(),
        parameters: vec![],
        defines: vec![
            define_quantity(
                "x-t.revenue",
                "currency",
                zcp_sdk::Sign::NonNegative,
                KeyScope::Year,
                "",
                "",
            ),
            define_quantity(
                "x-t.capital",
                "currency",
                zcp_sdk::Sign::NonNegative,
                KeyScope::Profile,
                "",
                "",
            ),
            define_text("x-t.park-type", &["a", "b"], KeyScope::Profile, "", ""),
        ],
        tiers: vec![],
        max_score: None,
    }
}

/// The same keys as the host's run dictionary holds them.
fn run_dictionary() -> Arc<Dictionary> {
    let currency = KeyKind::Quantity {
        dimension: Dimension::Currency,
        sign: Sign::NonNegative,
    };
    let def = |key: &str, kind: KeyKind, scope| {
        KeyDef::new(key.into(), kind, scope, String::new(), String::new())
    };
    let mut dictionary = Dictionary::bundled().unwrap().clone();
    dictionary
        .add_standard(
            "t",
            "t@1.0.0",
            vec![
                def("x-t.revenue", currency.clone(), Scope::Year),
                def("x-t.capital", currency, Scope::Profile),
                def(
                    "x-t.park-type",
                    KeyKind::Text {
                        values: Some(vec!["a".into(), "b".into()]),
                    },
                    Scope::Profile,
                ),
            ],
        )
        .unwrap();
    Arc::new(dictionary)
}

const PARK: &str = r#"
id = "sdk-check"
name = { zh = "SDK 核对", en = "SDK check" }

[profile]
park.zone-level = "national"
park.boundary-defined = true
product.clinker.name = "熟料"
x-t.capital = { value = 500, unit = "10^4 CNY" }
x-t.park-type = "a"

[years.2023]
electricity.grid-purchased = { value = 900, unit = "MWh" }
x-t.revenue = { value = 10, unit = "10^4 CNY" }

[years.2024]
electricity.grid-purchased = { value = 950, unit = "MWh" }
process.lime.factor-basis = "provincial inventory"

[years.2025]
electricity.grid-purchased = { value = 1000, unit = "MWh" }
electricity.direct-green = { value = 10, unit = "MWh" }
product.clinker.unit-energy = { value = 107, unit = "kgce/t" }
x-t.revenue = { value = 12, unit = "10^4 CNY" }
"#;

/// A FakePark holding what `park` holds, each quantity in its file's unit.
fn mirror(park: &Park) -> FakePark {
    let mut fake = FakePark::for_standard(2025, &standard_t());
    for (key, fact) in &park.profile {
        fake = match fact {
            Fact::Quantity { value, unit } => fake.quantity(key, *value, unit.symbol),
            Fact::Text(t) => fake.text(key, t),
            Fact::Flag(f) => fake.flag(key, *f),
        };
    }
    for (year, facts) in &park.years {
        for (key, fact) in facts {
            fake = match fact {
                Fact::Quantity { value, unit } => fake.quantity_in(*year, key, *value, unit.symbol),
                Fact::Text(t) => fake.text_in(*year, key, t),
                Fact::Flag(f) => fake.flag_in(*year, key, *f),
            };
        }
    }
    fake
}

/// A host answer as a standard receives it: an error is its message.
fn host<T>(answer: Result<T, zcp_park::DataError>) -> Result<T, String> {
    answer.map_err(|e| e.to_string())
}

/// Every read a standard can make, asked of the host's view and of the
/// FakePark holding the same file, in units the file uses (FakePark does
/// not convert): same values, same errors word for word, same keys.
#[test]
fn fake_park_answers_as_the_host_does() {
    let park =
        Park::parse_with(PARK, Format::Toml, Path::new("sdk.toml"), &run_dictionary()).unwrap();
    let fake = mirror(&park);
    let quantities = [
        ("electricity.grid-purchased", "MWh"),
        ("electricity.direct-green", "MWh"),
        ("product.clinker.unit-energy", "kgce/t"),
        ("x-t.revenue", "10^4 CNY"),
        ("x-t.capital", "10^4 CNY"),
        ("heat.purchased", "GJ"),
        ("electricity.grid-purchase", "MWh"),
        ("x-t.revenu", "10^4 CNY"),
        ("x-u.revenue", "10^4 CNY"),
        ("nothing", "t"),
        ("park.zone-level", "MWh"),
        ("park.boundary-defined", "%"),
        ("process.lime.factor-basis", "t"),
    ];
    let facts = [
        "park.zone-level",
        "park.boundary-defined",
        "park.within-park",
        "product.clinker.name",
        "process.lime.factor-basis",
        "x-t.park-type",
        "electricity.grid-purchased",
        "park.zone-levels",
    ];
    let prefixes = [
        "",
        "electricity.",
        "product.",
        "process.",
        "x-t.",
        "park.",
        "zzz",
    ];
    for year in [2023, 2024, 2025] {
        let view = park.year(year).unwrap();
        let fake = fake.clone().assessed_in(year);
        let data: &dyn ParkData = &fake;
        for (key, unit) in quantities {
            let at = format!("{key} in {unit}, {year}");
            assert_eq!(
                data.quantity(key, unit),
                host(view.quantity(key, unit)),
                "{at}"
            );
            assert_eq!(data.series(key, unit), host(view.series(key, unit)), "{at}");
            assert_eq!(
                data.series_by_year(key, unit),
                host(view.series_by_year(key, unit)),
                "{at}"
            );
        }
        for key in facts {
            assert_eq!(data.text(key), view.text(key), "{key}, {year}");
            assert_eq!(data.flag(key), view.flag(key), "{key}, {year}");
        }
        for prefix in prefixes {
            assert_eq!(data.keys(prefix), view.keys(prefix), "`{prefix}`, {year}");
        }
        assert_eq!(data.year(), view.year());
    }
}
