//! Each rule FakePark shares with the host's `YearView`, and the one it does
//! not (units).

#![allow(clippy::unwrap_used)]

use super::*;
use crate::{
    KeyDefinition, ParkData, Sign, Status, define_flag, define_quantity, define_text, text,
};

const GRID: &str = "electricity.grid-purchased";
const REVENUE: &str = "x-t.revenue";
const CAPITAL: &str = "x-t.registered-capital";
const PARK_TYPE: &str = "x-t.park-type";

fn requirement(key: &str, unit: &str) -> DataRequirement {
    DataRequirement {
        key: key.to_owned(),
        unit: unit.to_owned(),
        required: false,
        description: text("", ""),
    }
}

fn info(id: &str, requires: Vec<DataRequirement>, defines: Vec<KeyDefinition>) -> StandardInfo {
    StandardInfo {
        id: id.to_owned(),
        version: "1.0.0".to_owned(),
        title: text("", ""),
        issuer: text("", ""),
        source: text("", ""),
        jurisdiction: "CN".to_owned(),
        status: Status::Draft,
        effective: None,
        extends: None,
        indicators: vec![],
        requires,
        parameters: vec![],
        defines,
        tiers: vec![],
        max_score: None,
    }
}

/// Standard `t`: a yearly revenue, a profile capital, a profile park type.
fn standard_t() -> StandardInfo {
    let defines = vec![
        define_quantity(
            REVENUE,
            "currency",
            Sign::NonNegative,
            KeyScope::Year,
            "",
            "",
        ),
        define_quantity(
            CAPITAL,
            "currency",
            Sign::NonNegative,
            KeyScope::Profile,
            "",
            "",
        ),
        define_text(PARK_TYPE, &["a", "b"], KeyScope::Profile, "", ""),
    ];
    info("t", vec![requirement(REVENUE, "10^4 CNY")], defines)
}

fn park() -> FakePark {
    FakePark::for_standard(2025, &standard_t())
}

/// The builder's methods shadow the trait's: read through the trait.
fn read(park: &FakePark) -> &dyn ParkData {
    park
}

#[test]
fn the_shared_dictionary_parses_and_matches_alternations_and_names() {
    let park = park()
        .quantity("fuel.natural-gas.final", 3.0, "10^4 m3")
        .quantity("product.clinker-2.unit-energy", 107.0, "kgce/t")
        .text("product.clinker-2.name", "熟料");
    let data = read(&park);
    assert_eq!(
        data.quantity("fuel.natural-gas.final", "10^4 m3"),
        Ok(Some(3.0))
    );
    assert_eq!(data.quantity("fuel.natural-gas.power", "10^4 m3"), Ok(None));
    assert_eq!(
        data.quantity("product.clinker-2.unit-energy", "kgce/t"),
        Ok(Some(107.0))
    );
    assert_eq!(data.text("product.clinker-2.name").as_deref(), Some("熟料"));
    // `*` is a word: lowercase letters, digits and `-`.
    assert_eq!(
        data.quantity("product.Clinker.unit-energy", "kgce/t"),
        Err("unknown key `product.Clinker.unit-energy` (did you mean `product.<name>.unit-energy`?)".into())
    );
    assert!(data.quantity("fuel.natural-gas", "10^4 m3").is_err());
}

#[test]
fn an_unknown_key_is_the_hosts_error_for_quantities_and_none_for_text_and_flags() {
    let park = park().quantity(GRID, 1.0, "MWh");
    let data = read(&park);
    let typo =
        "unknown key `electricity.grid-purchase` (did you mean `electricity.grid-purchased`?)";
    assert_eq!(
        data.quantity("electricity.grid-purchase", "MWh"),
        Err(typo.into())
    );
    assert_eq!(
        data.series("electricity.grid-purchase", "MWh"),
        Err(typo.into())
    );
    assert_eq!(
        data.series_by_year("electricity.grid-purchase", "MWh"),
        Err(typo.into())
    );
    assert_eq!(
        data.quantity("nothing", "MWh"),
        Err("unknown key `nothing`".into())
    );
    // A standard's own keys are suggested too.
    assert_eq!(
        data.quantity("x-t.revenu", "10^4 CNY"),
        Err("unknown key `x-t.revenu` (did you mean `x-t.revenue`?)".into())
    );
    assert_eq!(data.text("park.zone-levels"), None);
    assert_eq!(data.flag("park.boundary-define"), None);
}

#[test]
#[should_panic(
    expected = "fake park: unknown key `electricity.grid-purchase` (did you mean `electricity.grid-purchased`?)"
)]
fn setting_an_unknown_quantity_panics() {
    let _ = park().quantity("electricity.grid-purchase", 1.0, "MWh");
}

#[test]
#[should_panic(expected = "fake park: unknown key `park.zone-levels`")]
fn setting_an_unknown_text_panics() {
    let _ = park().text("park.zone-levels", "national");
}

#[test]
#[should_panic(expected = "fake park: unknown key `x-t.certified`")]
fn setting_a_key_the_standard_does_not_define_panics() {
    let _ = park().flag("x-t.certified", true);
}

#[test]
#[should_panic(expected = "fake park: unknown key `park.boundary`")]
fn removing_an_unknown_key_panics() {
    let _ = park().without("park.boundary");
}

#[test]
fn a_key_of_another_kind_is_the_hosts_error() {
    let park = park()
        .quantity(GRID, 1.0, "MWh")
        .text("park.zone-level", "national")
        .flag("park.boundary-defined", true);
    let data = read(&park);
    assert_eq!(
        data.quantity("park.zone-level", "%"),
        Err("`park.zone-level` is a text key, not a quantity: read it with `text`".into())
    );
    assert_eq!(
        data.series_by_year("park.boundary-defined", "%"),
        Err("`park.boundary-defined` is a flag key, not a quantity: read it with `flag`".into())
    );
    assert_eq!(data.text(GRID), None);
    assert_eq!(data.flag("park.zone-level"), None);
    assert_eq!(data.text("park.boundary-defined"), None);
}

#[test]
#[should_panic(
    expected = "fake park: `electricity.grid-purchased` is a quantity key, not a text: set it with `quantity`"
)]
fn setting_a_value_of_another_kind_panics() {
    let _ = park().text(GRID, "a lot");
}

#[test]
fn a_profile_key_is_the_same_in_every_year() {
    let park = park()
        .quantity(CAPITAL, 12.5, "10^4 CNY")
        .text(PARK_TYPE, "a")
        .quantity(GRID, 3.0, "MWh");
    for year in [2020, 2025, 2030] {
        let park = park.clone().assessed_in(year);
        let data = read(&park);
        assert_eq!(data.quantity(CAPITAL, "10^4 CNY"), Ok(Some(12.5)), "{year}");
        assert_eq!(data.text(PARK_TYPE).as_deref(), Some("a"), "{year}");
    }
    assert_eq!(
        read(&park).series(CAPITAL, "10^4 CNY"),
        Err("`x-t.registered-capital` is a profile fact with one value for all years: read it with `quantity`".into())
    );
    assert_eq!(
        read(&park).series_by_year(CAPITAL, "10^4 CNY"),
        Err("`x-t.registered-capital` is a profile fact with one value for all years: read it with `quantity`".into())
    );
}

#[test]
#[should_panic(
    expected = "fake park: `x-t.registered-capital` is a profile fact with one value for all years"
)]
fn a_year_given_to_a_profile_key_panics() {
    let _ = park().quantity_in(2024, CAPITAL, 1.0, "10^4 CNY");
}

#[test]
fn year_keys_are_read_for_the_assessment_year() {
    let with_flag = info(
        "t",
        vec![],
        vec![define_flag("x-t.audited", KeyScope::Year, "", "")],
    );
    let park = FakePark::for_standard(2025, &with_flag)
        .quantity_in(2024, GRID, 2.0, "MWh")
        .quantity(GRID, 3.0, "MWh")
        .text_in(2024, "process.lime.factor-basis", "inventory 2023")
        .flag_in(2024, "x-t.audited", true);
    let data = read(&park);
    assert_eq!(data.quantity(GRID, "MWh"), Ok(Some(3.0)));
    assert_eq!(data.text("process.lime.factor-basis"), None);
    assert_eq!(data.flag("x-t.audited"), None);
    let earlier = park.clone().assessed_in(2024);
    let data = read(&earlier);
    assert_eq!(data.quantity(GRID, "MWh"), Ok(Some(2.0)));
    assert_eq!(
        data.text("process.lime.factor-basis").as_deref(),
        Some("inventory 2023")
    );
    assert_eq!(data.flag("x-t.audited"), Some(true));
    assert_eq!(
        read(&park.assessed_in(2023)).quantity(GRID, "MWh"),
        Ok(None)
    );
}

#[test]
fn keys_are_the_assessment_years_and_the_profiles_sorted() {
    let park = park()
        .quantity_in(2024, "heat.purchased", 1.0, "GJ")
        .quantity_in(2026, "heat.exported", 1.0, "GJ")
        .quantity(GRID, 1.0, "MWh")
        .quantity("electricity.direct-green", 1.0, "MWh")
        .text("park.zone-level", "national")
        .quantity(CAPITAL, 1.0, "10^4 CNY");
    let data = read(&park);
    assert_eq!(
        data.keys(""),
        vec![
            "electricity.direct-green",
            "electricity.grid-purchased",
            "park.zone-level",
            "x-t.registered-capital"
        ]
    );
    assert_eq!(
        data.keys("electricity."),
        vec!["electricity.direct-green", "electricity.grid-purchased"]
    );
    assert!(data.keys("heat.").is_empty());
    assert_eq!(
        read(&park.assessed_in(2024)).keys("heat."),
        vec!["heat.purchased"]
    );
}

#[test]
fn series_are_oldest_first_up_to_the_assessment_year_with_gaps_kept() {
    let park = park()
        .quantity_in(2026, REVENUE, 9.0, "10^4 CNY")
        .quantity_in(2023, REVENUE, 1.0, "10^4 CNY")
        .quantity(REVENUE, 3.0, "10^4 CNY")
        .quantity_in(2022, GRID, 5.0, "MWh");
    let data = read(&park);
    assert_eq!(data.series(REVENUE, "10^4 CNY"), Ok(Some(vec![1.0, 3.0])));
    assert_eq!(
        data.series_by_year(REVENUE, "10^4 CNY"),
        Ok(vec![(2023, 1.0), (2025, 3.0)])
    );
    assert_eq!(data.series_by_year(GRID, "MWh"), Ok(vec![(2022, 5.0)]));
    assert_eq!(data.series("heat.purchased", "GJ"), Ok(None));
    assert_eq!(data.series_by_year("heat.purchased", "GJ"), Ok(vec![]));
    let without = park.without(REVENUE);
    assert_eq!(read(&without).series(REVENUE, "10^4 CNY"), Ok(None));
}

#[test]
fn another_unit_is_an_error_naming_both_never_the_number() {
    let park = park()
        .quantity_in(2023, REVENUE, 1.0, "CNY")
        .quantity(REVENUE, 3.0, "10^4 CNY");
    let data = read(&park);
    assert_eq!(data.quantity(REVENUE, " 10^4 CNY "), Ok(Some(3.0)));
    assert_eq!(
        data.quantity(REVENUE, "10^8 CNY"),
        Err("fake park does not convert units: it holds `x-t.revenue` in `10^4 CNY`, asked in `10^8 CNY` (give it in `10^8 CNY` in the test)".into())
    );
    let err = data.series_by_year(REVENUE, "10^4 CNY").unwrap_err();
    assert!(
        err.contains("`x-t.revenue` for 2023 in `CNY`, asked in `10^4 CNY`"),
        "{err}"
    );
}

#[test]
fn declared_serves_quantities_in_their_units_and_none_for_text_and_flags() {
    let requires = vec![
        requirement(GRID, "MWh"),
        requirement("park.zone-level", ""),
        requirement("heat.purchased", "GJ"),
        requirement(REVENUE, "10^4 CNY"),
    ];
    let park = FakePark::for_standard(2025, &info("t", requires, standard_t().defines))
        .quantity(GRID, 7.0, "MWh")
        .text("park.zone-level", "national")
        .quantity(REVENUE, 2.0, "10^4 CNY")
        .quantity_in(2024, "heat.purchased", 1.0, "GJ");
    assert_eq!(park.declared(), vec![Some(7.0), None, None, Some(2.0)]);
}

#[test]
#[should_panic(expected = "fake park: `declared()`: fake park does not convert units")]
fn declared_panics_on_a_unit_it_would_have_to_convert() {
    let park = FakePark::new(2025, vec![requirement(GRID, "MWh")]).quantity(GRID, 7.0, "kWh");
    let _ = park.declared();
}

#[test]
fn keys_of_another_standard_are_known_once_it_is_added() {
    let derived = info("d", vec![requirement(REVENUE, "10^4 CNY")], vec![]);
    // Required from another namespace: deferred, as the host defers it.
    let park = FakePark::for_standard(2025, &derived);
    assert_eq!(
        read(&park).quantity(REVENUE, "10^4 CNY"),
        Err("unknown key `x-t.revenue`".into())
    );
    let park = park
        .with_keys_of(&standard_t())
        .quantity(REVENUE, 4.0, "10^4 CNY");
    assert_eq!(park.declared(), vec![Some(4.0)]);
    // Defined alike twice (two versions of one standard): not a clash.
    let _ = park.with_keys_of(&standard_t());
}

#[test]
#[should_panic(
    expected = "fake park: `t@1.0.0` defines `electricity.extra` outside its namespace `x-t.`"
)]
fn a_key_outside_the_namespace_panics() {
    let outside = define_flag("electricity.extra", KeyScope::Year, "", "");
    let _ = FakePark::for_standard(2025, &info("t", vec![], vec![outside]));
}

#[test]
#[should_panic(
    expected = "fake park: data key `x-t.revenue` as defined by `t@2.0.0` (quantity, mass, year) clashes with `x-t.revenue` as defined by `t@1.0.0` (quantity, currency, year)"
)]
fn two_versions_defining_a_key_differently_panic() {
    let mut next = standard_t();
    next.version = "2.0.0".into();
    next.defines = vec![define_quantity(
        REVENUE,
        "mass",
        Sign::NonNegative,
        KeyScope::Year,
        "",
        "",
    )];
    let _ = park().with_keys_of(&next);
}

#[test]
#[should_panic(
    expected = "fake park: `t@1.0.0` requires `electricity.grid`, which is not in the data dictionary"
)]
fn a_required_key_outside_the_dictionary_panics() {
    let _ = FakePark::for_standard(
        2025,
        &info("t", vec![requirement("electricity.grid", "MWh")], vec![]),
    );
}

#[test]
#[should_panic(expected = "fake park: `t@1.0.0` requires `x-t.turnover`, which it does not define")]
fn a_required_key_the_standard_does_not_define_panics() {
    let mut t = standard_t();
    t.requires.push(requirement("x-t.turnover", "10^4 CNY"));
    let _ = FakePark::for_standard(2025, &t);
}

#[test]
#[should_panic(
    expected = "fake park: `the standard` requires `park.zone-level` in `%`, but it is not a quantity (leave the unit empty)"
)]
fn a_unit_on_a_text_requirement_panics() {
    let _ = FakePark::new(2025, vec![requirement("park.zone-level", "%")]);
}

#[test]
fn a_newer_shared_key_is_known_once_added() {
    let peat = define_quantity(
        "fuel.peat.final",
        "mass",
        Sign::NonNegative,
        KeyScope::Year,
        "",
        "",
    );
    let park = park()
        .with_shared_keys(&[peat])
        .quantity("fuel.peat.final", 5.0, "t");
    assert_eq!(read(&park).keys("fuel."), vec!["fuel.peat.final"]);
    assert_eq!(read(&park).quantity("fuel.peat.final", "t"), Ok(Some(5.0)));
}

#[test]
#[should_panic(expected = "fake park: data dictionary: keys `fuel.{raw-coal|")]
fn a_newer_shared_key_may_not_overlap_one_known() {
    let coal = define_quantity(
        "fuel.raw-coal.final",
        "mass",
        Sign::NonNegative,
        KeyScope::Year,
        "",
        "",
    );
    let _ = park().with_shared_keys(&[coal]);
}

#[test]
fn a_family_requirement_is_accepted_and_declared_as_none() {
    let family = requirement("product.*.unit-energy", "kgce/t");
    let park =
        FakePark::new(2025, vec![family]).quantity("product.clinker.unit-energy", 107.0, "kgce/t");
    assert_eq!(park.declared(), vec![None]);
    assert_eq!(
        read(&park).keys("product."),
        vec!["product.clinker.unit-energy"]
    );
}

#[test]
#[should_panic(
    expected = "fake park: `the standard` requires the family `electricity.*`, but no key of the data dictionary has `*` at those places and the same words elsewhere"
)]
fn a_family_where_the_dictionary_has_no_star_panics() {
    let _ = FakePark::new(2025, vec![requirement("electricity.*", "MWh")]);
}
