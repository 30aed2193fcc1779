//! The unit table: conversions within a dimension are finite and round-trip;
//! unknown units get a suggestion of the key's dimension when one is close.

use std::path::Path;

use proptest::prelude::*;
use proptest::sample::{Index, select};
use zcp_park::units::{
    self, ConvertError, Dimension, UnitError, convert, suggest_in, unit, units_of,
};
use zcp_park::{Format, KeyKind, Unit};

use crate::fuzz::model::spellings;
use crate::fuzz::{concrete_keys, config, dictionary, parse, quote};

/// Every pair of units of one dimension, the same unit twice included.
fn pairs() -> Vec<(&'static Unit, &'static Unit)> {
    Dimension::ALL
        .into_iter()
        .flat_map(|d| units_of(d).flat_map(move |a| units_of(d).map(move |b| (a, b))))
        .collect()
}

/// Every spelling of every unit, with its dimension.
fn all_spellings() -> Vec<(&'static str, Dimension)> {
    Dimension::ALL
        .into_iter()
        .flat_map(|d| spellings(d).into_iter().map(move |s| (s, d)))
        .collect()
}

/// A number from 1e-290 to 1e290 in size, of either sign, or zero.
fn moderate() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(0.0),
        Just(-0.0),
        (-10.0..10.0f64, -290..290i32).prop_map(|(m, e)| m * 10f64.powi(e)),
        -1e9..1e9f64,
    ]
}

/// A key of the dimension, for a park file.
fn key_of(dimension: Dimension) -> Option<String> {
    concrete_keys()
        .iter()
        .map(|k| k.replace("<name>", "p"))
        .find(|k| {
            matches!(
                dictionary().lookup(k).map(|d| &d.kind),
                Some(KeyKind::Quantity { dimension: d, .. }) if *d == dimension
            )
        })
}

/// One edit of a unit spelling.
fn near_miss() -> impl Strategy<Value = (String, &'static str, Dimension)> {
    let alphabet: Vec<char> = "aAbcCgGhHjJkKlLmMtTwW0123489/^ .万亿³%".chars().collect();
    (
        select(all_spellings()),
        0..5u8,
        any::<Index>(),
        select(alphabet),
    )
        .prop_map(|((spelling, dimension), edit, at, c)| {
            let mut chars: Vec<char> = spelling.chars().collect();
            let n = chars.len();
            match edit {
                0 if n > 1 => {
                    chars.remove(at.index(n));
                }
                1 => chars.insert(at.index(n + 1), c),
                2 => chars[at.index(n)] = c,
                3 if n > 1 => chars.swap(at.index(n - 1), at.index(n - 1) + 1),
                _ => chars = chars.iter().flat_map(|c| c.to_uppercase()).collect(),
            }
            (chars.into_iter().collect(), spelling, dimension)
        })
}

proptest! {
    #![proptest_config(config(2_000))]

    /// Between any two units of a dimension, a moderate number converts to a
    /// finite number and back within 1e-12 relative.
    #[test]
    fn conversions_are_finite_and_round_trip((from, to) in select(pairs()), value in moderate()) {
        let there = convert(value, from, to).unwrap();
        prop_assert!(there.is_finite(), "{} {} = {} {}", value, from.symbol, there, to.symbol);
        let back = convert(there, to, from).unwrap();
        prop_assert!(
            (back - value).abs() <= 1e-12 * value.abs(),
            "{} {} -> {} {} -> {}", value, from.symbol, there, to.symbol, back
        );
        if from.symbol == to.symbol {
            prop_assert_eq!(there.to_bits(), value.to_bits());
        }
    }

    /// Any finite number converts to a finite number or is refused as too
    /// large; never infinity or NaN.
    #[test]
    fn any_finite_number_converts_to_a_finite_number_or_out_of_range(
        (from, to) in select(pairs()),
        value in any::<f64>().prop_filter("finite", |v| v.is_finite()),
    ) {
        match convert(value, from, to) {
            Ok(there) => prop_assert!(there.is_finite()),
            Err(ConvertError::OutOfRange { .. }) => prop_assert!(from.to_base > to.to_base),
            Err(other) => panic!("{other}"),
        }
    }

    /// A spelling one edit away from a unit: unknown, with a suggestion of the
    /// key's dimension whenever one is close (as close as the loader's
    /// threshold); the loader says the same.
    #[test]
    fn near_misses_suggest_a_unit_of_the_dimension((written, meant, dimension) in near_miss()) {
        prop_assume!(unit(&written).is_err());
        let suggestion = suggest_in(&written, dimension);
        if let Some(s) = &suggestion {
            prop_assert_eq!(unit(s).unwrap().dimension, dimension, "`{}` for `{}`", s, written);
        }
        let lower = written.trim().to_lowercase();
        if lower == meant.to_lowercase() {
            prop_assert_eq!(suggestion.as_deref(), Some(unit(meant).unwrap().symbol));
        }
        if strsim::jaro_winkler(&lower, &meant.to_lowercase()) >= 0.85 {
            prop_assert!(suggestion.is_some(), "nothing for `{}` (meant `{}`)", written, meant);
        }
        let Err(UnitError::Unknown { suggestion: anywhere, .. }) = unit(&written) else {
            panic!("`{written}` is a unit")
        };
        if let Some(s) = anywhere {
            prop_assert!(unit(&s).is_ok());
        }
        if let Some(key) = key_of(dimension) {
            let text = format!(
                "id = \"a\"\nname = \"A\"\n[years.2025]\n{key} = {{ value = 1, unit = {} }}\n",
                quote(&written)
            );
            let all = parse(&text, Format::Toml, Path::new("p.toml")).unwrap_err();
            let hint = match &suggestion {
                Some(s) => format!("(did you mean `{s}`?)"),
                None => format!("(use one of {})", units_of(dimension).map(|u| u.symbol).collect::<Vec<_>>().join(", ")),
            };
            prop_assert_eq!(all.len(), 1);
            prop_assert!(all[0].starts_with(&format!("p.toml: year 2025, key `{key}`: unknown unit `")), "{}", all[0]);
            prop_assert!(all[0].ends_with(&hint), "{}", all[0]);
        }
    }

    /// Anything else suggests nothing or a unit of the dimension asked.
    #[test]
    fn garbage_units_suggest_nothing_or_the_dimension(written in "\\PC{0,12}", dimension in select(Dimension::ALL.to_vec())) {
        if let Some(s) = suggest_in(&written, dimension) {
            prop_assert_eq!(unit(&s).unwrap().dimension, dimension);
        }
        let _ = units::unit(&written);
    }
}
