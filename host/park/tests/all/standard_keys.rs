//! Keys a standard defines in its namespace `x-<id>.`: adding them to the
//! dictionary of a run, and reading park files with that dictionary.

use std::path::Path;
use std::sync::Arc;

use zcp_park::{
    DataError, DeclaredQuantity, Dictionary, DictionaryError, Dimension, Format, KeyDef, KeyKind,
    Location, Park, ParkError, ParkWarning, Scope, Sign,
};

use crate::{messages, toml_park};

fn quantity(pattern: &str, dimension: Dimension, scope: Scope) -> KeyDef {
    let kind = KeyKind::Quantity {
        dimension,
        sign: Sign::NonNegative,
    };
    KeyDef::new(pattern.into(), kind, scope, "中".into(), "en".into())
}

fn text(pattern: &str, values: &[&str]) -> KeyDef {
    let values = Some(values.iter().map(|v| (*v).to_owned()).collect());
    let kind = KeyKind::Text { values };
    KeyDef::new(
        pattern.into(),
        kind,
        Scope::Profile,
        "类型".into(),
        "type".into(),
    )
}

/// The shared dictionary plus `regional@1.1.0`'s keys.
fn regional() -> Dictionary {
    let mut dictionary = Dictionary::bundled().unwrap().clone();
    dictionary
        .add_standard(
            "regional",
            "regional@1.1.0",
            vec![
                quantity("x-regional.tech-revenue", Dimension::Currency, Scope::Year),
                quantity("x-regional.solar-output", Dimension::Energy, Scope::Year),
                text("x-regional.park-type", &["industrial", "logistics"]),
            ],
        )
        .unwrap();
    dictionary
}

fn add_error(dictionary: &mut Dictionary, owner: &str, label: &str, defs: Vec<KeyDef>) -> String {
    let before = dictionary.clone();
    let error = dictionary.add_standard(owner, label, defs).unwrap_err();
    assert_eq!(*dictionary, before, "a refused call changes nothing");
    error.to_string()
}

/// A TOML park `parks/a.toml` read with `dictionary`.
fn park_with(dictionary: &Arc<Dictionary>, body: &str) -> Result<Park, zcp_park::ParkErrors> {
    Park::parse_with(
        &toml_park(body),
        Format::Toml,
        Path::new("parks/a.toml"),
        dictionary,
    )
}

#[test]
fn added_keys_look_up_expand_and_are_suggested() {
    let shared = Dictionary::bundled().unwrap();
    let dictionary = regional();
    let def = dictionary.lookup("x-regional.tech-revenue").unwrap();
    assert_eq!(def.defined_by.as_deref(), Some("regional@1.1.0"));
    assert_eq!(
        def.kind,
        KeyKind::Quantity {
            dimension: Dimension::Currency,
            sign: Sign::NonNegative
        }
    );
    assert_eq!(
        dictionary.lookup("fuel.coke.power").unwrap().defined_by,
        None
    );
    assert!(dictionary.is_prefix("x-regional"));
    assert_eq!(
        dictionary.suggest("x-regional.tech-revenu").as_deref(),
        Some("x-regional.tech-revenue")
    );
    assert!(
        dictionary
            .expand()
            .contains(&"x-regional.park-type".to_owned())
    );
    assert_eq!(dictionary.expand().len(), shared.expand().len() + 3);
    // Every entry, shared and added, in key order.
    assert_eq!(dictionary.entries().len(), shared.entries().len() + 3);
    let patterns: Vec<&str> = dictionary
        .entries()
        .iter()
        .map(|e| e.pattern.as_str())
        .collect();
    let mut sorted = patterns.clone();
    sorted.sort_unstable();
    assert_eq!(patterns, sorted);
    let added: Vec<&str> = dictionary
        .defined_by_standards()
        .map(|e| e.pattern.as_str())
        .collect();
    assert_eq!(
        added,
        [
            "x-regional.park-type",
            "x-regional.solar-output",
            "x-regional.tech-revenue"
        ]
    );
    assert!(dictionary.owns("regional"));
    assert!(!dictionary.owns("cn-hn-zcp"));
    // The shared dictionary is untouched.
    assert!(shared.lookup("x-regional.tech-revenue").is_none());
    assert!(!shared.owns("regional"));
}

#[test]
fn a_standard_defining_no_key_still_owns_its_namespace() {
    let mut dictionary = Dictionary::bundled().unwrap().clone();
    dictionary
        .add_standard("quiet", "quiet@1.0.0", vec![])
        .unwrap();
    assert!(dictionary.owns("quiet"));
    assert_eq!(dictionary.owners().collect::<Vec<_>>(), ["quiet"]);
    assert_eq!(dictionary.defined_by_standards().count(), 0);
}

#[test]
fn the_shared_dictionary_is_parsed_once_and_shared() {
    let a = Dictionary::shared().unwrap();
    let b = Dictionary::shared().unwrap();
    assert!(Arc::ptr_eq(&a, &b));
    assert!(std::ptr::eq(&*a, Dictionary::bundled().unwrap()));
}

#[test]
fn keys_outside_the_namespace_are_refused() {
    let mut dictionary = regional();
    let mut outside = |pattern: &str| {
        add_error(
            &mut dictionary,
            "regional",
            "regional@1.1.0",
            vec![quantity(pattern, Dimension::Energy, Scope::Year)],
        )
    };
    assert_eq!(
        outside("electricity.foo"),
        "`regional@1.1.0` defines `electricity.foo` outside its namespace `x-regional.`"
    );
    for pattern in [
        "x-regional",
        "x-other.foo",
        "x-regionalx.foo",
        "{x-regional|x-other}.foo",
        "{x-regional}.foo",
        "*.foo",
    ] {
        assert_eq!(
            outside(pattern),
            format!("`regional@1.1.0` defines `{pattern}` outside its namespace `x-regional.`")
        );
    }
}

#[test]
fn a_refused_call_adds_nothing_not_even_its_good_keys() {
    let mut dictionary = Dictionary::bundled().unwrap().clone();
    add_error(
        &mut dictionary,
        "regional",
        "regional@1.1.0",
        vec![
            quantity("x-regional.good", Dimension::Energy, Scope::Year),
            quantity("electricity.bad", Dimension::Energy, Scope::Year),
        ],
    );
    assert!(dictionary.lookup("x-regional.good").is_none());
    assert!(!dictionary.owns("regional"));
}

#[test]
fn malformed_keys_owners_and_dimensions_are_refused() {
    let mut dictionary = Dictionary::bundled().unwrap().clone();
    assert_eq!(
        add_error(
            &mut dictionary,
            "regional",
            "regional@1.1.0",
            vec![quantity("x-regional.Tech", Dimension::Energy, Scope::Year)],
        ),
        "`regional@1.1.0` defines data key `x-regional.Tech`: a segment is lowercase letters, digits and `-`, an alternation `{a|b|c}` of such words, or `*`"
    );
    assert_eq!(
        add_error(
            &mut dictionary,
            "regional",
            "regional@1.1.0",
            vec![quantity("x-regional.{a|b", Dimension::Energy, Scope::Year)],
        ),
        "`regional@1.1.0` defines data key `x-regional.{a|b`: an alternation is written `{a|b|c}`"
    );
    assert_eq!(
        add_error(&mut dictionary, "Regional", "Regional@1.1.0", vec![]),
        "`Regional@1.1.0`: standard id `Regional` cannot name a data key namespace (it must be lowercase letters, digits and `-`)"
    );
    let error =
        KeyKind::standard_quantity("regional@1.1.0", "x-regional.heat", "joules", Sign::Any)
            .unwrap_err();
    assert!(matches!(error, DictionaryError::UnknownDimension { .. }));
    assert!(
        error.to_string().starts_with(
            "`regional@1.1.0` defines data key `x-regional.heat` with unknown dimension `joules` (expected one of energy, standard-coal,"
        ),
        "{error}"
    );
    assert_eq!(
        KeyKind::standard_quantity("regional@1.1.0", "x-regional.heat", "energy", Sign::Any),
        Ok(KeyKind::Quantity {
            dimension: Dimension::Energy,
            sign: Sign::Any
        })
    );
}

#[test]
fn another_version_redefining_a_key_differently_clashes() {
    let mut dictionary = regional();
    assert_eq!(
        add_error(
            &mut dictionary,
            "regional",
            "regional@2.0.0",
            vec![quantity(
                "x-regional.tech-revenue",
                Dimension::Mass,
                Scope::Year
            )],
        ),
        "data key `x-regional.tech-revenue` as defined by `regional@2.0.0` (quantity, mass, year) clashes with `x-regional.tech-revenue` as defined by `regional@1.1.0` (quantity, currency, year)"
    );
    // Same kind and dimension, other allowed values.
    assert_eq!(
        add_error(
            &mut dictionary,
            "regional",
            "regional@2.0.0",
            vec![text("x-regional.park-type", &["industrial"])],
        ),
        "data key `x-regional.park-type` as defined by `regional@2.0.0` (text, one of industrial, profile) clashes with `x-regional.park-type` as defined by `regional@1.1.0` (text, one of industrial|logistics, profile)"
    );
}

#[test]
fn another_version_defining_a_key_alike_is_accepted_once() {
    let mut dictionary = regional();
    let before = dictionary.entries().len();
    dictionary
        .add_standard(
            "regional",
            "regional@2.0.0",
            vec![
                quantity("x-regional.tech-revenue", Dimension::Currency, Scope::Year),
                quantity("x-regional.wind-output", Dimension::Energy, Scope::Year),
            ],
        )
        .unwrap();
    assert_eq!(dictionary.entries().len(), before + 1);
    assert_eq!(
        dictionary
            .lookup("x-regional.tech-revenue")
            .unwrap()
            .defined_by
            .as_deref(),
        Some("regional@1.1.0")
    );
    assert_eq!(
        dictionary
            .lookup("x-regional.wind-output")
            .unwrap()
            .defined_by
            .as_deref(),
        Some("regional@2.0.0")
    );
}

#[test]
fn a_key_defined_twice_in_one_call_clashes() {
    let mut dictionary = Dictionary::bundled().unwrap().clone();
    let key = || quantity("x-a.b", Dimension::Energy, Scope::Year);
    assert_eq!(
        add_error(&mut dictionary, "a", "a@1.0.0", vec![key(), key()]),
        "data key `x-a.b` as defined by `a@1.0.0` (quantity, energy, year) clashes with `x-a.b` as defined by `a@1.0.0` (quantity, energy, year)"
    );
}

#[test]
fn alternations_and_longer_keys_overlap() {
    let mut dictionary = Dictionary::bundled().unwrap().clone();
    dictionary
        .add_standard(
            "a",
            "a@1.0.0",
            vec![quantity("x-a.{b|c}", Dimension::Energy, Scope::Year)],
        )
        .unwrap();
    assert_eq!(
        add_error(
            &mut dictionary,
            "a",
            "a@2.0.0",
            vec![quantity("x-a.c", Dimension::Energy, Scope::Year)],
        ),
        "data key `x-a.c` as defined by `a@2.0.0` (quantity, energy, year) clashes with `x-a.{b|c}` as defined by `a@1.0.0` (quantity, energy, year)"
    );
    // A key that another starts.
    assert_eq!(
        add_error(
            &mut dictionary,
            "a",
            "a@2.0.0",
            vec![KeyDef::new(
                "x-a.b.detail".into(),
                KeyKind::Flag,
                Scope::Profile,
                "中".into(),
                "en".into()
            )],
        ),
        "data key `x-a.b.detail` as defined by `a@2.0.0` (flag, profile) clashes with `x-a.{b|c}` as defined by `a@1.0.0` (quantity, energy, year)"
    );
    // A `*` segment overlaps every word.
    assert!(
        add_error(
            &mut dictionary,
            "a",
            "a@2.0.0",
            vec![quantity("x-a.*", Dimension::Energy, Scope::Year)],
        )
        .starts_with("data key `x-a.*` as defined by `a@2.0.0`")
    );
}

#[test]
fn a_key_of_the_shared_dictionary_in_the_namespace_clashes() {
    let mut dictionary = Dictionary::parse(
        "version = 1\n[keys.\"x-a.b\"]\nkind = \"flag\"\nscope = \"year\"\nzh = \"中\"\nen = \"en\"\n",
    )
    .unwrap();
    assert_eq!(
        add_error(
            &mut dictionary,
            "a",
            "a@1.0.0",
            vec![quantity("x-a.b", Dimension::Energy, Scope::Year)],
        ),
        "data key `x-a.b` as defined by `a@1.0.0` (quantity, energy, year) clashes with `x-a.b` of the shared data dictionary"
    );
}

#[test]
fn a_defined_quantity_converts_like_a_shared_one() {
    let dictionary = Arc::new(regional());
    let park = park_with(
        &dictionary,
        "[years.2025]\nx-regional.solar-output = { value = 1500, unit = \"kWh\" }\n",
    )
    .unwrap();
    assert!(Arc::ptr_eq(&park.dictionary, &dictionary));
    assert!(park.warnings.is_empty());
    let year = park.year(2025).unwrap();
    assert_eq!(
        year.quantity("x-regional.solar-output", "MWh").unwrap(),
        Some(1.5)
    );
    assert_eq!(
        year.quantity("x-regional.tech-revenue", "万元").unwrap(),
        None
    );
    let declared = DeclaredQuantity::new(&dictionary, "x-regional.solar-output", "MWh").unwrap();
    assert_eq!(declared.scope(), Scope::Year);
    assert_eq!(declared.unit().symbol, "MWh");
    assert_eq!(year.declared(&declared).unwrap(), Some(1.5));
    assert_eq!(
        DeclaredQuantity::new(&dictionary, "x-regional.solar-output", "t")
            .unwrap_err()
            .to_string(),
        "unit `t` is mass, but `x-regional.solar-output` is energy (use one of kWh, MWh, GWh, TWh, 10^4 kWh, MJ, GJ, TJ)"
    );
    // The shared dictionary does not know the key.
    assert!(matches!(
        DeclaredQuantity::new(
            &Dictionary::shared().unwrap(),
            "x-regional.solar-output",
            "MWh"
        ),
        Err(DataError::UnknownKey { .. })
    ));
}

#[test]
fn a_defined_quantity_is_checked_like_a_shared_one() {
    let dictionary = Arc::new(regional());
    let errors = messages(park_with(
        &dictionary,
        "[years.2025]\nx-regional.solar-output = { value = 1, unit = \"t\" }\n",
    ));
    assert_eq!(
        errors,
        [
            "parks/a.toml: year 2025, key `x-regional.solar-output`: unit `t` is mass, but `x-regional.solar-output` is energy (use one of kWh, MWh, GWh, TWh, 10^4 kWh, MJ, GJ, TJ)"
        ]
    );
}

#[test]
fn a_defined_text_key_keeps_to_its_values() {
    let dictionary = Arc::new(regional());
    let park = park_with(
        &dictionary,
        "[profile]\nx-regional.park-type = \"logistics\"\n",
    )
    .unwrap();
    let year_park = park_with(
        &dictionary,
        "[profile]\nx-regional.park-type = \"logistics\"\n[years.2025]\n",
    )
    .unwrap();
    assert_eq!(park.profile.len(), 1);
    assert_eq!(
        year_park
            .year(2025)
            .unwrap()
            .text("x-regional.park-type")
            .as_deref(),
        Some("logistics")
    );
    assert_eq!(
        messages(park_with(
            &dictionary,
            "[profile]\nx-regional.park-type = \"port\"\n"
        )),
        [
            "parks/a.toml: profile, key `x-regional.park-type`: value `port` is not one of industrial, logistics"
        ]
    );
}

#[test]
fn keys_of_a_standard_not_loaded_are_ignored_with_a_warning() {
    let park = crate::toml(&toml_park(
        "[years.2025]\nx-absent.foo = { value = 3, unit = \"t\" }\nelectricity.grid-purchased = { value = 1, unit = \"MWh\" }\n",
    ))
    .unwrap();
    assert_eq!(
        park.warnings,
        [ParkWarning {
            path: "parks/a.toml".into(),
            at: Location::Year(2025),
            key: "x-absent.foo".into(),
            owner: "absent".into(),
        }]
    );
    assert_eq!(
        park.warnings[0].to_string(),
        "parks/a.toml: year 2025: `x-absent.foo` belongs to standard `absent`, which is not loaded in this run: ignored"
    );
    // The value is not kept.
    assert_eq!(
        park.year(2025).unwrap().keys(""),
        ["electricity.grid-purchased"]
    );
}

#[test]
fn a_table_of_an_absent_standard_gives_one_warning_per_key() {
    let park = crate::toml(&toml_park(
        "[profile]\nx-cn-hn-zcp.level = \"a\"\n[years.2025.x-cn-hn-zcp]\ntech-revenue = { value = 3, unit = \"万元\" }\ngroup.flag = true\n",
    ))
    .unwrap();
    let warnings: Vec<String> = park.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        [
            "parks/a.toml: profile: `x-cn-hn-zcp.level` belongs to standard `cn-hn-zcp`, which is not loaded in this run: ignored",
            "parks/a.toml: year 2025: `x-cn-hn-zcp.group.flag` belongs to standard `cn-hn-zcp`, which is not loaded in this run: ignored",
            "parks/a.toml: year 2025: `x-cn-hn-zcp.tech-revenue` belongs to standard `cn-hn-zcp`, which is not loaded in this run: ignored",
        ]
    );
    assert!(park.profile.is_empty());
    assert!(park.years[&2025].is_empty());
}

#[test]
fn an_unknown_key_of_a_loaded_standard_is_an_error() {
    let dictionary = Arc::new(regional());
    let errors = messages(park_with(
        &dictionary,
        "[years.2025]\nx-regional.tech-revenu = { value = 3, unit = \"万元\" }\n",
    ));
    assert_eq!(
        errors,
        [
            "parks/a.toml: year 2025: unknown key `x-regional.tech-revenu` (did you mean `x-regional.tech-revenue`?)"
        ]
    );
    // A standard that defines nothing still owns its namespace.
    let mut quiet = Dictionary::bundled().unwrap().clone();
    quiet.add_standard("quiet", "quiet@1.0.0", vec![]).unwrap();
    let errors = messages(park_with(
        &Arc::new(quiet),
        "[years.2025]\nx-quiet.a = true\n",
    ));
    assert_eq!(errors, ["parks/a.toml: year 2025: unknown key `x-quiet.a`"]);
}

#[test]
fn a_malformed_namespace_is_an_unknown_key() {
    let errors = messages(crate::toml(&toml_park(
        "[years.2025]\nx-.foo = true\nx-Absent.foo = true\nX-absent.foo = true\n",
    )));
    assert_eq!(errors.len(), 3, "{errors:#?}");
    for (error, key) in errors
        .iter()
        .zip(["X-absent.foo", "x-.foo", "x-Absent.foo"])
    {
        assert!(
            error.starts_with(&format!("parks/a.toml: year 2025: unknown key `{key}`")),
            "{error}"
        );
    }
    assert!(matches!(
        crate::toml(&toml_park("[years.2025]\nx-.foo = true\n"))
            .unwrap_err()
            .errors(),
        [ParkError::UnknownKey { .. }]
    ));
}

#[test]
fn a_park_file_loads_with_a_run_dictionary() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("park.toml");
    std::fs::write(
        &path,
        toml_park("[years.2025]\nx-regional.tech-revenue = { value = 2, unit = \"亿元\" }\n"),
    )
    .unwrap();
    let dictionary = Arc::new(regional());
    let park = Park::load_with(&path, &dictionary).unwrap();
    assert_eq!(
        park.year(2025)
            .unwrap()
            .quantity("x-regional.tech-revenue", "万元")
            .unwrap(),
        Some(20_000.0)
    );
    // The same file with the shared dictionary: `regional` is not loaded.
    let shared = Park::load(&path).unwrap();
    assert_eq!(shared.warnings.len(), 1);
    assert!(shared.years[&2025].is_empty());
    assert_ne!(shared, park);
}

#[test]
fn series_by_year_shows_gaps_and_stops_at_the_assessment_year() {
    let dictionary = Arc::new(regional());
    let park = park_with(
        &dictionary,
        r#"[profile]
x-regional.park-type = "industrial"
[years.2023]
x-regional.solar-output = { value = 1000, unit = "kWh" }
[years.2024]
electricity.grid-purchased = { value = 1, unit = "MWh" }
[years.2025]
x-regional.solar-output = { value = 3, unit = "MWh" }
[years.2026]
x-regional.solar-output = { value = 9, unit = "MWh" }
"#,
    )
    .unwrap();
    let year = park.year(2025).unwrap();
    assert_eq!(
        year.series_by_year("x-regional.solar-output", "MWh")
            .unwrap(),
        [(2023, 1.0), (2025, 3.0)]
    );
    // `series` skips the gap, as it always did.
    assert_eq!(
        year.series("x-regional.solar-output", "MWh").unwrap(),
        Some(vec![1.0, 3.0])
    );
    assert_eq!(
        park.year(2024)
            .unwrap()
            .series_by_year("x-regional.solar-output", "kWh")
            .unwrap(),
        [(2023, 1000.0)]
    );
    assert_eq!(
        year.series_by_year("x-regional.tech-revenue", "万元")
            .unwrap(),
        []
    );
    assert_eq!(
        year.series_by_year("electricity.grid-purchased", "kWh")
            .unwrap(),
        [(2024, 1000.0)]
    );
    assert!(matches!(
        year.series_by_year("x-regional.park-type", "MWh"),
        Err(DataError::NotAQuantity { kind: "text", .. })
    ));
    assert!(matches!(
        year.series_by_year("x-regional.solar-output", "t"),
        Err(DataError::WrongDimension { .. })
    ));
    assert!(matches!(
        year.series_by_year("x-regional.nope", "MWh"),
        Err(DataError::UnknownKey { .. })
    ));
    assert!(matches!(
        year.series_by_year("electricity.grid-purchased", "MWH"),
        Err(DataError::Unit(_))
    ));
}

#[test]
fn series_by_year_refuses_a_profile_quantity() {
    let mut dictionary = Dictionary::bundled().unwrap().clone();
    dictionary
        .add_standard(
            "a",
            "a@1.0.0",
            vec![quantity("x-a.area", Dimension::Count, Scope::Profile)],
        )
        .unwrap();
    let park = park_with(
        &Arc::new(dictionary),
        "[profile]\nx-a.area = { value = 4, unit = \"1\" }\n[years.2025]\n",
    )
    .unwrap();
    let year = park.year(2025).unwrap();
    assert_eq!(year.quantity("x-a.area", "1").unwrap(), Some(4.0));
    assert_eq!(
        year.series_by_year("x-a.area", "1")
            .unwrap_err()
            .to_string(),
        "`x-a.area` is a profile fact with one value for all years: read it with `quantity`"
    );
}
