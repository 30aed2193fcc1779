//! How big each synthetic park is: the knobs of the generator.

/// The most fuel rows a year holds.
pub const MAX_FUELS: usize = 24;
/// The most products a park lists.
pub const MAX_PRODUCTS: usize = 64;
/// The most years a park holds.
pub const MAX_YEARS: usize = 10;

/// The size of every park generated. The defaults give parks like the
/// examples of the repository: a few fuels, two products, three years (what
/// an application asks for, and what Hunan's revenue growth reads).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    /// Fuel rows in each year of a park (a fuel and its use:
    /// `fuel.natural-gas.final`), 0 to [`MAX_FUELS`]; default 3. A park at
    /// exactly a band edge burns no fuel (its energy is electricity and
    /// heat, so that the sum lands on the edge exactly); 0 makes every park
    /// all-electric.
    pub fuels: usize,
    /// Products with a level-2 energy limit per park, 0 to
    /// [`MAX_PRODUCTS`]; default 2. With 0 the park states why the product
    /// indicator does not apply.
    pub products: usize,
    /// Calendar years per park, 1 to [`MAX_YEARS`], ending with
    /// `last_year`; every year holds the park's full data; default 3.
    pub years: usize,
    /// The assessment year, the last of each park; default 2025, the
    /// baseline year of the national notice.
    pub last_year: i32,
    /// Parks in a hundred with one optional figure left out, so that
    /// standards find data missing (`insufficient-data`), 0 to 100;
    /// default 4.
    pub gaps: u32,
}

impl Default for Shape {
    fn default() -> Self {
        Shape {
            fuels: 3,
            products: 2,
            years: 3,
            last_year: 2025,
            gaps: 4,
        }
    }
}

/// A knob outside its range.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ShapeError {
    /// Above a cap, or below a floor.
    #[error("`{knob}` is {value}: it must be from {min} to {max}")]
    OutOfRange {
        /// `fuels`, `products`, `years`, `gaps`, `last-year`.
        knob: &'static str,
        /// The value given.
        value: i64,
        /// The least allowed.
        min: i64,
        /// The most allowed.
        max: i64,
    },
}

impl Shape {
    /// Every knob within its range, or the first one that is not.
    pub fn check(&self) -> Result<(), ShapeError> {
        let wide = |v: usize| i64::try_from(v).unwrap_or(i64::MAX);
        let years = wide(self.years);
        let checks = [
            ("fuels", wide(self.fuels), 0, wide(MAX_FUELS)),
            ("products", wide(self.products), 0, wide(MAX_PRODUCTS)),
            ("years", years, 1, wide(MAX_YEARS)),
            ("gaps", i64::from(self.gaps), 0, 100),
            // Park files hold the years 1900 to 2200.
            (
                "last-year",
                i64::from(self.last_year),
                1900 + years.clamp(1, wide(MAX_YEARS)) - 1,
                2200,
            ),
        ];
        match checks
            .into_iter()
            .find(|(_, value, min, max)| value < min || value > max)
        {
            Some((knob, value, min, max)) => Err(ShapeError::OutOfRange {
                knob,
                value,
                min,
                max,
            }),
            None => Ok(()),
        }
    }

    /// The calendar years of a park, oldest first.
    pub fn calendar_years(&self) -> impl Iterator<Item = i32> {
        let span = i32::try_from(self.years.clamp(1, MAX_YEARS)).unwrap_or(1);
        (self.last_year - span + 1)..=self.last_year
    }
}

#[cfg(test)]
mod tests {
    use super::{Shape, ShapeError};

    #[test]
    fn knobs_outside_their_range_are_named() {
        assert_eq!(Shape::default().check(), Ok(()));
        let too_many = Shape {
            fuels: 25,
            ..Shape::default()
        };
        assert_eq!(
            too_many.check().unwrap_err().to_string(),
            "`fuels` is 25: it must be from 0 to 24"
        );
        let no_year = Shape {
            years: 0,
            ..Shape::default()
        };
        assert!(matches!(
            no_year.check(),
            Err(ShapeError::OutOfRange { knob: "years", .. })
        ));
        let early = Shape {
            last_year: 1901,
            ..Shape::default()
        };
        assert!(early.check().is_err());
        assert_eq!(
            Shape::default().calendar_years().collect::<Vec<_>>(),
            [2023, 2024, 2025]
        );
    }
}
