//! Parks exactly on a band edge.
//!
//! The standards band a park on its comprehensive energy consumption E,
//! compared unrounded (GB/T 8170). For a park that buys electricity G (MWh)
//! and heat H (GJ) and burns nothing, the national accounting (cn-zcp's,
//! which the provincial standards and the drafts reuse) computes, at its
//! default coefficients, E = G × 0.300 + H × 0.03412 in floating point: each
//! product rounded, then the sum. Not every edge is a product of 0.300 (no
//! double G gives G × 0.300 = 200,000 exactly), so H is fixed first and G is
//! searched among the doubles next to (edge − H × 0.03412) ÷ 0.300 until the
//! sum is the edge itself.

/// Electricity at its equal value, tce/MWh (附件3 二.1: cn-zcp's default).
pub(crate) const EQUAL_VALUE: f64 = 0.300;
/// Heat, tce/GJ (GB/T 2589).
pub(crate) const HEAT_TCE_PER_GJ: f64 = 0.03412;

/// The grid purchase (MWh) and purchased heat (GJ: a whole number, `heat_gj`
/// or a little more) whose energy is exactly `edge` tce.
pub(crate) fn solve(edge: f64, heat_gj: f64) -> Option<(f64, f64)> {
    let start = heat_gj.round().max(1.0);
    for step in 0..64 {
        let heat = start + f64::from(step);
        let heat_tce = heat * HEAT_TCE_PER_GJ;
        let mut grid = (edge - heat_tce) / EQUAL_VALUE;
        for _ in 0..8 {
            grid = grid.next_down();
        }
        for _ in 0..17 {
            if grid * EQUAL_VALUE + heat_tce == edge {
                return Some((grid, heat));
            }
            grid = grid.next_up();
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{EQUAL_VALUE, HEAT_TCE_PER_GJ, solve};
    use crate::plan::EDGES;

    #[test]
    fn every_edge_is_reached_exactly() {
        for edge in EDGES {
            for heat in [1_000.0, 58_621.0, 300_000.0] {
                let (grid, heat) = solve(edge, heat).unwrap();
                assert_eq!(grid * EQUAL_VALUE + heat * HEAT_TCE_PER_GJ, edge);
            }
        }
    }
}
