//! Percentiles of timed samples.

use std::time::Duration;

/// p50 and p99 of a set of samples.
#[derive(Debug, Clone, Copy, Default)]
pub struct Spread {
    pub p50: Duration,
    pub p99: Duration,
}

impl Spread {
    pub fn of(samples: &mut [Duration]) -> Spread {
        samples.sort_unstable();
        let at = |q: usize| {
            samples
                .get((samples.len() * q / 100).min(samples.len().saturating_sub(1)))
                .copied()
                .unwrap_or_default()
        };
        Spread {
            p50: at(50),
            p99: at(99),
        }
    }
}

/// A duration in µs with one decimal, or in ms past 10 ms.
pub fn shown(d: Duration) -> String {
    let us = d.as_secs_f64() * 1e6;
    if us >= 10_000.0 {
        format!("{:.1} ms", us / 1e3)
    } else {
        format!("{us:.1} µs")
    }
}
