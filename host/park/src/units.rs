//! The audited unit table.
//!
//! Hand-written on purpose: every factor here is checked by a person and by a
//! test, and a unit outside this table is refused rather than guessed. Units
//! only convert within their [`Dimension`]: turning energy into standard coal
//! or CO2 is a standard's choice, never the host's.
//!
//! | dimension | base | other units |
//! |---|---|---|
//! | `energy` | MWh | kWh, GWh, TWh, 10^4 kWh, MJ, GJ, TJ |
//! | `standard-coal` | tce | kgce, 10^4 tce |
//! | `co2` | tCO2 | kgCO2, 10^4 tCO2 |
//! | `mass` | t | kg, 10^4 t |
//! | `volume` | m3 | L, 10^4 m3, 10^8 m3 |
//! | `ratio` | % | |
//! | `currency` | 10^4 CNY | CNY, 10^8 CNY |
//! | `count` | 1 | |
//! | `specific-energy` | kgce/t | tce/t, kgce/kg |
//! | `specific-electricity` | kWh/t | MWh/t |
//! | `calorific-value` | GJ/t | MJ/kg (= 1), kJ/kg |
//! | `calorific-value-volume` | GJ/10^4 m3 | MJ/m3 (= 10), kJ/m3 |
//! | `carbon-content` | tC/TJ | kgC/GJ (= 1), tC/GJ |
//! | `co2-per-energy` | tCO2/GJ | kgCO2/GJ, tCO2/TJ |
//! | `co2-per-mass` | tCO2/t | kgCO2/t |
//!
//! The last five carry a fuel's coefficients and a product's process
//! emission factor as a park measures them (net calorific value by mass or
//! by volume, carbon per unit of heat, CO2 per unit of heat or of product).

use std::fmt;
use std::str::FromStr;

/// What a quantity measures. Units convert only within one dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dimension {
    /// Energy (electricity, heat), base MWh.
    Energy,
    /// Energy expressed as standard coal equivalent, base tce.
    StandardCoal,
    /// Carbon dioxide, base tCO2.
    Co2,
    /// Mass, base t.
    Mass,
    /// Volume, base m3.
    Volume,
    /// Ratio, base %.
    Ratio,
    /// Money, base 10^4 CNY.
    Currency,
    /// A plain count, base 1.
    Count,
    /// Energy per unit of product, as standard coal, base kgce/t (the unit of
    /// most national energy-consumption-limit standards).
    SpecificEnergy,
    /// Electricity per unit of product, base kWh/t (limits of electrolytic
    /// aluminium, ferroalloys, polysilicon).
    SpecificElectricity,
    /// Net calorific value of a fuel by mass, base GJ/t.
    CalorificValue,
    /// Net calorific value of a gaseous fuel by volume, base GJ/10^4 m3.
    CalorificValueVolume,
    /// Carbon per unit of heat of a fuel, base tC/TJ.
    CarbonContent,
    /// CO2 emission factor per unit of heat, base tCO2/GJ.
    Co2PerEnergy,
    /// CO2 emission factor per tonne of product, base tCO2/t.
    Co2PerMass,
}

impl Dimension {
    /// Every dimension, in table order.
    pub const ALL: [Dimension; 15] = [
        Dimension::Energy,
        Dimension::StandardCoal,
        Dimension::Co2,
        Dimension::Mass,
        Dimension::Volume,
        Dimension::Ratio,
        Dimension::Currency,
        Dimension::Count,
        Dimension::SpecificEnergy,
        Dimension::SpecificElectricity,
        Dimension::CalorificValue,
        Dimension::CalorificValueVolume,
        Dimension::CarbonContent,
        Dimension::Co2PerEnergy,
        Dimension::Co2PerMass,
    ];

    /// The name used in the data dictionary and in messages: `standard-coal`.
    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::Energy => "energy",
            Dimension::StandardCoal => "standard-coal",
            Dimension::Co2 => "co2",
            Dimension::Mass => "mass",
            Dimension::Volume => "volume",
            Dimension::Ratio => "ratio",
            Dimension::Currency => "currency",
            Dimension::Count => "count",
            Dimension::SpecificEnergy => "specific-energy",
            Dimension::SpecificElectricity => "specific-electricity",
            Dimension::CalorificValue => "calorific-value",
            Dimension::CalorificValueVolume => "calorific-value-volume",
            Dimension::CarbonContent => "carbon-content",
            Dimension::Co2PerEnergy => "co2-per-energy",
            Dimension::Co2PerMass => "co2-per-mass",
        }
    }

    /// The unit every other unit of this dimension is defined against.
    pub fn base(self) -> &'static Unit {
        let symbol = match self {
            Dimension::Energy => "MWh",
            Dimension::StandardCoal => "tce",
            Dimension::Co2 => "tCO2",
            Dimension::Mass => "t",
            Dimension::Volume => "m3",
            Dimension::Ratio => "%",
            Dimension::Currency => "10^4 CNY",
            Dimension::Count => "1",
            Dimension::SpecificEnergy => "kgce/t",
            Dimension::SpecificElectricity => "kWh/t",
            Dimension::CalorificValue => "GJ/t",
            Dimension::CalorificValueVolume => "GJ/10^4 m3",
            Dimension::CarbonContent => "tC/TJ",
            Dimension::Co2PerEnergy => "tCO2/GJ",
            Dimension::Co2PerMass => "tCO2/t",
        };
        UNITS
            .iter()
            .find(|u| u.symbol == symbol)
            .unwrap_or(&UNITS[0])
    }
}

impl fmt::Display for Dimension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Dimension {
    type Err = UnitError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Dimension::ALL
            .into_iter()
            .find(|d| d.as_str() == s)
            .ok_or_else(|| UnitError::UnknownDimension { name: s.to_owned() })
    }
}

/// One unit of the table. The only instances are those of the table: get one
/// with [`unit()`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Unit {
    /// Canonical symbol: `MWh`, `10^4 tce`.
    pub symbol: &'static str,
    /// What it measures.
    pub dimension: Dimension,
    /// How many base units of its dimension one of this unit is.
    pub to_base: f64,
    /// `to_base` as an exact fraction, so that conversions round once or twice,
    /// never through `1 / 3.6`.
    num: u64,
    den: u64,
}

const fn u(symbol: &'static str, dimension: Dimension, num: u64, den: u64) -> Unit {
    Unit {
        symbol,
        dimension,
        to_base: num as f64 / den as f64,
        num,
        den,
    }
}

use Dimension::{
    CalorificValue, CalorificValueVolume, CarbonContent, Co2, Co2PerEnergy, Co2PerMass, Count,
    Currency, Energy, Mass, Ratio, SpecificElectricity, SpecificEnergy, StandardCoal, Volume,
};

/// The table. Factors are exact fractions of the dimension's base unit.
static UNITS: [Unit; 45] = [
    u("kWh", Energy, 1, 1_000),
    u("MWh", Energy, 1, 1),
    u("GWh", Energy, 1_000, 1),
    u("TWh", Energy, 1_000_000, 1),
    u("10^4 kWh", Energy, 10, 1),
    u("MJ", Energy, 1, 3_600),
    u("GJ", Energy, 10, 36),
    u("TJ", Energy, 10_000, 36),
    u("kgce", StandardCoal, 1, 1_000),
    u("tce", StandardCoal, 1, 1),
    u("10^4 tce", StandardCoal, 10_000, 1),
    u("kgCO2", Co2, 1, 1_000),
    u("tCO2", Co2, 1, 1),
    u("10^4 tCO2", Co2, 10_000, 1),
    u("kg", Mass, 1, 1_000),
    u("t", Mass, 1, 1),
    u("10^4 t", Mass, 10_000, 1),
    u("L", Volume, 1, 1_000),
    u("m3", Volume, 1, 1),
    u("10^4 m3", Volume, 10_000, 1),
    u("10^8 m3", Volume, 100_000_000, 1),
    u("%", Ratio, 1, 1),
    u("CNY", Currency, 1, 10_000),
    u("10^4 CNY", Currency, 1, 1),
    u("10^8 CNY", Currency, 10_000, 1),
    u("1", Count, 1, 1),
    u("kgce/t", SpecificEnergy, 1, 1),
    u("tce/t", SpecificEnergy, 1_000, 1),
    u("kgce/kg", SpecificEnergy, 1_000, 1),
    u("kWh/t", SpecificElectricity, 1, 1),
    u("MWh/t", SpecificElectricity, 1_000, 1),
    // 1 MJ/kg = 10^3 MJ/t = 1 GJ/t.
    u("GJ/t", CalorificValue, 1, 1),
    u("MJ/kg", CalorificValue, 1, 1),
    u("kJ/kg", CalorificValue, 1, 1_000),
    // 1 MJ/m3 = 10^4 MJ/10^4 m3 = 10 GJ/10^4 m3; 1 kJ/m3 = 10 MJ/10^4 m3.
    u("GJ/10^4 m3", CalorificValueVolume, 1, 1),
    u("MJ/m3", CalorificValueVolume, 10, 1),
    u("kJ/m3", CalorificValueVolume, 1, 100),
    // 1 kgC/GJ = 10^3 kgC/TJ = 1 tC/TJ.
    u("tC/TJ", CarbonContent, 1, 1),
    u("kgC/GJ", CarbonContent, 1, 1),
    u("tC/GJ", CarbonContent, 1_000, 1),
    u("tCO2/GJ", Co2PerEnergy, 1, 1),
    u("kgCO2/GJ", Co2PerEnergy, 1, 1_000),
    u("tCO2/TJ", Co2PerEnergy, 1, 1_000),
    u("tCO2/t", Co2PerMass, 1, 1),
    u("kgCO2/t", Co2PerMass, 1, 1_000),
];

/// Spellings accepted on input, and the canonical symbol each stands for.
static ALIASES: [(&str, &str); 16] = [
    ("m³", "m3"),
    ("万kWh", "10^4 kWh"),
    ("万tce", "10^4 tce"),
    ("万tCO2", "10^4 tCO2"),
    ("万t", "10^4 t"),
    ("万m3", "10^4 m3"),
    ("万m³", "10^4 m3"),
    ("亿m3", "10^8 m3"),
    ("亿m³", "10^8 m3"),
    ("元", "CNY"),
    ("万元", "10^4 CNY"),
    ("亿元", "10^8 CNY"),
    ("GJ/万m3", "GJ/10^4 m3"),
    ("GJ/万m³", "GJ/10^4 m3"),
    ("MJ/m³", "MJ/m3"),
    ("kJ/m³", "kJ/m3"),
];

fn table() -> &'static [Unit] {
    &UNITS
}

/// A unit symbol outside the table, or a dimension name outside the list.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum UnitError {
    /// The symbol is neither a canonical symbol nor an accepted alias.
    #[error("unknown unit `{symbol}`{}", crate::did_you_mean(.suggestion.as_deref()))]
    Unknown {
        /// The symbol as given.
        symbol: String,
        /// The closest known symbol, if one is close.
        suggestion: Option<String>,
    },
    /// The name is not one of the dimensions.
    #[error("unknown dimension `{name}` (expected one of {})", dimension_names())]
    UnknownDimension {
        /// The name as given.
        name: String,
    },
}

pub(crate) fn dimension_names() -> String {
    Dimension::ALL.map(Dimension::as_str).join(", ")
}

/// A conversion the host refuses.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ConvertError {
    /// The two units measure different things.
    #[error(
        "cannot convert `{from}` ({from_dimension}) to `{to}` ({to_dimension}): conversion across dimensions is the standard's choice"
    )]
    AcrossDimensions {
        /// Symbol of the unit converted from.
        from: &'static str,
        /// Its dimension.
        from_dimension: Dimension,
        /// Symbol of the unit converted to.
        to: &'static str,
        /// Its dimension.
        to_dimension: Dimension,
    },
    /// The value is too large to be expressed in the target unit.
    #[error("`{value} {from}` is too large to express in `{to}`", value = crate::number(*.value))]
    OutOfRange {
        /// The value converted.
        value: f64,
        /// Symbol of the unit converted from.
        from: &'static str,
        /// Symbol of the unit converted to.
        to: &'static str,
    },
}

/// The unit with this symbol or alias (surrounding whitespace ignored, case
/// significant: `Mwh` is not `MWh`).
pub fn unit(symbol: &str) -> Result<&'static Unit, UnitError> {
    let trimmed = symbol.trim();
    let canonical = ALIASES
        .iter()
        .find(|(alias, _)| *alias == trimmed)
        .map_or(trimmed, |(_, canonical)| canonical);
    table()
        .iter()
        .find(|u| u.symbol == canonical)
        .ok_or_else(|| UnitError::Unknown {
            symbol: symbol.to_owned(),
            suggestion: suggest(trimmed),
        })
}

/// The closest known symbol to an unknown one: an exact match ignoring case,
/// else the most similar symbol or alias when it is similar enough.
fn suggest(symbol: &str) -> Option<String> {
    closest(symbol, |_| true)
}

/// The closest known symbol of `dimension` to an unknown one, as [`unit()`]
/// suggests one but among the units a key of that dimension takes.
pub fn suggest_in(symbol: &str, dimension: Dimension) -> Option<String> {
    closest(symbol.trim(), |u| u.dimension == dimension)
}

fn closest(symbol: &str, keep: impl Fn(&Unit) -> bool) -> Option<String> {
    let lower = symbol.to_lowercase();
    let spellings = table()
        .iter()
        .map(|u| (u.symbol, u.symbol))
        .chain(ALIASES.iter().copied())
        .filter(|(_, canonical)| table().iter().any(|u| u.symbol == *canonical && keep(u)));
    let mut best: Option<(f64, &str)> = None;
    for (spelling, canonical) in spellings {
        let candidate = spelling.to_lowercase();
        if candidate == lower {
            return Some(canonical.to_owned());
        }
        let score = crate::similarity(&lower, &candidate);
        if score >= 0.85 && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, canonical));
        }
    }
    best.map(|(_, canonical)| canonical.to_owned())
}

/// `value` expressed in `from`, converted to `to`. A value asked for in its
/// own unit is returned bit for bit; units of different dimensions are
/// refused.
pub fn convert(value: f64, from: &Unit, to: &Unit) -> Result<f64, ConvertError> {
    if from.dimension != to.dimension {
        return Err(ConvertError::AcrossDimensions {
            from: from.symbol,
            from_dimension: from.dimension,
            to: to.symbol,
            to_dimension: to.dimension,
        });
    }
    if from.symbol == to.symbol {
        return Ok(value);
    }
    // value * (from.num / from.den) / (to.num / to.den), as one reduced fraction.
    let mut num = u128::from(from.num) * u128::from(to.den);
    let mut den = u128::from(from.den) * u128::from(to.num);
    let g = gcd(num, den);
    if g > 1 {
        num /= g;
        den /= g;
    }
    let (num, den) = (num as f64, den as f64);
    let converted = if den == 1.0 {
        value * num
    } else if num == 1.0 {
        value / den
    } else {
        // Multiplying first rounds once less, but overflows for a value
        // near the largest number whose result is smaller still: divide
        // first then.
        let converted = value * num / den;
        if converted.is_finite() {
            converted
        } else {
            value / den * num
        }
    };
    if value.is_finite() && !converted.is_finite() {
        return Err(ConvertError::OutOfRange {
            value,
            from: from.symbol,
            to: to.symbol,
        });
    }
    Ok(converted)
}

fn gcd(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// The units of one dimension, in table order (for help texts).
pub fn units_of(d: Dimension) -> impl Iterator<Item = &'static Unit> {
    table().iter().filter(move |u| u.dimension == d)
}

/// The symbols of one dimension, comma-separated, for messages.
pub(crate) fn symbols(d: Dimension) -> String {
    units_of(d).map(|u| u.symbol).collect::<Vec<_>>().join(", ")
}

/// The accepted aliases as `(alias, canonical symbol)` pairs.
pub fn aliases() -> impl Iterator<Item = (&'static str, &'static str)> {
    ALIASES.iter().copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_alias_names_a_unit_of_the_table() {
        for (alias, canonical) in aliases() {
            assert_eq!(unit(alias).map(|u| u.symbol), Ok(canonical), "{alias}");
        }
    }

    #[test]
    fn symbols_are_unique_and_fractions_match_to_base() {
        let mut symbols: Vec<_> = table().iter().map(|u| u.symbol).collect();
        symbols.sort_unstable();
        symbols.dedup();
        assert_eq!(symbols.len(), UNITS.len());
        for u in table() {
            assert_eq!(u.to_base, u.num as f64 / u.den as f64, "{}", u.symbol);
        }
    }

    #[test]
    fn every_dimension_has_its_base_unit_with_factor_one() {
        for d in Dimension::ALL {
            let base = d.base();
            assert_eq!(base.dimension, d);
            assert_eq!(base.to_base, 1.0);
        }
    }
}
