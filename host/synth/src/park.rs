//! One synthetic park: its facts in the order they are written, with a few
//! words on how it was drawn (for tests and summaries, never written).

/// One value of a park file.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A number in a unit of the key's dimension (a symbol of the unit table).
    Quantity {
        /// The number, finite.
        value: f64,
        /// Its unit: `MWh`, `10^4 m3`.
        unit: &'static str,
    },
    /// A text.
    Text(String),
    /// A yes/no fact.
    Flag(bool),
}

/// A key of the data dictionary and its value.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Dotted key: `electricity.grid-purchased`.
    pub key: String,
    /// Its value.
    pub value: Value,
}

/// The facts of one calendar year.
#[derive(Debug, Clone, PartialEq)]
pub struct Year {
    /// The calendar year.
    pub year: i32,
    /// Its facts, in the order written.
    pub entries: Vec<Entry>,
}

/// How a park was drawn: not written to its file.
#[derive(Debug, Clone, PartialEq)]
pub struct Traits {
    /// The industry: `chemicals`.
    pub industry: &'static str,
    /// `green`, `transition` or `fossil`: the carbon profile drawn.
    pub profile: &'static str,
    /// The energy the assessment year was drawn for, tce at the equal
    /// value: what its figures add up to, within their rounding.
    pub energy_tce: f64,
    /// The band edge (tce) the assessment year's energy sits on exactly,
    /// under the national method's defaults (electricity at 0.300 tce/MWh,
    /// heat at 0.03412 tce/GJ); such a park burns no fuel.
    pub edge_tce: Option<f64>,
    /// The optional figure left out, so that a standard finds data missing.
    pub gap: Option<String>,
}

/// A synthetic park, ready to write as a JSON line or a TOML file.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntheticPark {
    /// The index it was generated at.
    pub index: u64,
    /// `synth-<seed>-<index>`.
    pub id: String,
    /// Name in Chinese.
    pub name_zh: String,
    /// Name in English.
    pub name_en: String,
    /// ISO 3166-2 code: `CN-HN`.
    pub province: &'static str,
    /// Facts of every year.
    pub profile: Vec<Entry>,
    /// Facts by year, oldest first; the last is the assessment year.
    pub years: Vec<Year>,
    /// How it was drawn.
    pub traits: Traits,
}

impl SyntheticPark {
    /// The last year, the one a standard assesses by default.
    pub fn assessed(&self) -> Option<&Year> {
        self.years.last()
    }

    /// The value of `key` in the assessment year.
    pub fn quantity(&self, key: &str) -> Option<(f64, &'static str)> {
        self.assessed()?
            .entries
            .iter()
            .find_map(|e| match &e.value {
                Value::Quantity { value, unit } if e.key == key => Some((*value, *unit)),
                _ => None,
            })
    }
}

/// Builds the entries of one section in order.
#[derive(Debug, Default)]
pub(crate) struct Entries(pub(crate) Vec<Entry>);

impl Entries {
    pub(crate) fn quantity(&mut self, key: impl Into<String>, value: f64, unit: &'static str) {
        self.0.push(Entry {
            key: key.into(),
            // `+ 0.0` turns a negative zero into zero.
            value: Value::Quantity {
                value: value + 0.0,
                unit,
            },
        });
    }

    pub(crate) fn text(&mut self, key: impl Into<String>, text: impl Into<String>) {
        self.0.push(Entry {
            key: key.into(),
            value: Value::Text(text.into()),
        });
    }

    pub(crate) fn flag(&mut self, key: impl Into<String>, flag: bool) {
        self.0.push(Entry {
            key: key.into(),
            value: Value::Flag(flag),
        });
    }
}

/// `x` to `digits` significant figures, computed so that the shortest
/// decimal of the result has no more digits than that (a power of ten
/// divides an exact whole number). Plain arithmetic only: see `draw`.
pub(crate) fn round_sig(x: f64, digits: u32) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return 0.0;
    }
    let magnitude = x.abs();
    // The power of ten p with p <= |x| < 10 p.
    let mut exponent: i32 = 0;
    let mut p = 1.0_f64;
    while p * 10.0 <= magnitude && exponent < 300 {
        p *= 10.0;
        exponent += 1;
    }
    while p > magnitude && exponent > -300 {
        p /= 10.0;
        exponent -= 1;
    }
    let places = i32::try_from(digits).unwrap_or(1) - 1 - exponent;
    let mut scale = 1.0_f64;
    for _ in 0..places.unsigned_abs() {
        scale *= 10.0;
    }
    if places >= 0 {
        (x * scale).round() / scale
    } else {
        (x / scale).round() * scale
    }
}

#[cfg(test)]
mod tests {
    use super::round_sig;

    #[test]
    fn rounding_keeps_significant_figures_and_short_decimals() {
        assert_eq!(round_sig(123_456.0, 4), 123_500.0);
        assert_eq!(round_sig(0.123_456, 4), 0.1235);
        assert_eq!(round_sig(0.123_456, 4).to_string(), "0.1235");
        assert_eq!(round_sig(1.0, 5), 1.0);
        assert_eq!(round_sig(999.96, 4), 1000.0);
        assert_eq!(round_sig(-42.42, 2), -42.0);
        assert_eq!(round_sig(0.0, 3), 0.0);
        assert_eq!(round_sig(f64::NAN, 3), 0.0);
        assert_eq!(round_sig(3.333_333e-5, 3).to_string(), "0.0000333");
    }
}
