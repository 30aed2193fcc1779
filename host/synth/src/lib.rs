//! Seeded synthetic parks for zcp: reproducible park files for benchmarks
//! and tests.
//!
//! A [`Generator`] turns a seed, a [`Shape`] and a park index into one
//! [`SyntheticPark`], on its own: park `i` draws from a ChaCha8 stream of
//! its own (key from the seed, stream number from the index), so park
//! 70,000 is the same whether 10,000 or 100,000 parks are generated, in
//! order or in parallel, and nothing needs to be held in memory.
//!
//! The parks look like real submissions (DOMAIN.md): sizes spread over the
//! bands of the standards (below 20,000 tce, to 200,000, to 1,000,000, and
//! beyond, a few exactly on an edge), provinces with a bundled standard of
//! their own and others, eligibility facts, several years of value added and
//! revenue, fuels by use, electricity by kind, heat, products against their
//! level-2 values, process emissions, solid waste, waste energy and water.
//! Every key and unit is the data dictionary's. A few parks leave out an
//! optional figure (see [`Shape::gaps`]).
//!
//! The same seed, shape and [`GENERATOR_VERSION`] give the same bytes on
//! every platform.
//!
//! ```
//! use zcp_synth::{Generator, Shape, to_json_line};
//!
//! let generator = Generator::new(42, Shape::default())?;
//! let line = to_json_line(&generator.park(1));
//! assert!(line.starts_with(r#"{"id":"synth-42-000001""#));
//! # Ok::<(), zcp_synth::ShapeError>(())
//! ```

#![forbid(unsafe_code)]

mod catalog;
mod draw;
mod edge;
mod gaps;
mod park;
mod plan;
mod profile;
mod shape;
mod write;
mod year;

pub use park::{Entry, SyntheticPark, Traits, Value, Year};
pub use shape::{MAX_FUELS, MAX_PRODUCTS, MAX_YEARS, Shape, ShapeError};
pub use write::{to_json_line, to_toml};

use draw::Draw;
use plan::Plan;

/// Bumped whenever a change moves what a seed generates: the same seed,
/// shape and version give the same bytes.
pub const GENERATOR_VERSION: u32 = 1;

/// Generates synthetic parks from a seed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Generator {
    seed: u64,
    shape: Shape,
}

impl Generator {
    /// A generator of parks of `shape` from `seed`; a knob out of range is
    /// an error naming it.
    pub fn new(seed: u64, shape: Shape) -> Result<Generator, ShapeError> {
        shape.check()?;
        Ok(Generator { seed, shape })
    }

    /// The seed.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// The shape of its parks.
    pub fn shape(&self) -> &Shape {
        &self.shape
    }

    /// Park number `index`, drawn on its own stream.
    pub fn park(&self, index: u64) -> SyntheticPark {
        let mut d = Draw::new(self.seed, index);
        let plan = Plan::draw(&mut d, &self.shape);
        let mut edge_tce = None;
        let years = plan
            .years
            .iter()
            .map(|(year, scale)| {
                let (entries, reached) = year::year(&plan, &mut d, *scale);
                edge_tce = edge_tce.or(reached);
                Year {
                    year: *year,
                    entries: entries.0,
                }
            })
            .collect();
        let mut park = SyntheticPark {
            index,
            id: format!("synth-{}-{index:06}", self.seed),
            name_zh: format!(
                "{}{}产业园（合成 #{index}）",
                plan.province.zh, plan.industry.zh
            ),
            name_en: format!(
                "{} {} park (synthetic #{index})",
                plan.province.en, plan.industry.en
            ),
            province: plan.province.code,
            profile: profile::profile(&plan).0,
            years,
            traits: Traits {
                industry: plan.industry.id,
                profile: plan.profile.id(),
                energy_tce: plan.energy,
                edge_tce,
                gap: None,
            },
        };
        if d.percent(self.shape.gaps) {
            park.traits.gap = gaps::leave_out(&mut park, &mut d);
        }
        park
    }
}

#[cfg(test)]
mod tests;
