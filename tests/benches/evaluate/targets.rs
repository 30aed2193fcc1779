//! The targets against what this run measured, reached or missed.

use std::time::Duration;

use crate::stats::shown;

/// What a run measured that a target is set for (`None`: section not run).
#[derive(Debug, Default)]
pub struct Figures {
    /// A trivial plugin's fresh instance and call, p50.
    pub trivial: Option<Duration>,
    /// cn-zcp@1.0.0 natively and sandboxed, p50.
    pub national: Option<(Duration, Duration)>,
    /// Sandboxed batch throughput at 2 threads over 1.
    pub speed_up: Option<f64>,
    /// `zcp evaluate` of one park against every bundled standard, warm cache.
    pub cold_cached: Option<Duration>,
    /// Parks, peak RSS in bytes.
    pub rss: Vec<(u64, u64)>,
}

impl Figures {
    pub fn print(&self) {
        println!("\n{:<52} {:>26}  result", "target", "measured");
        let row = |target: &str, measured: String, reached: bool| {
            let result = if reached { "reached" } else { "missed" };
            println!("{target:<52} {measured:>26}  {result}");
        };
        let us = |d: Duration| d.as_secs_f64() * 1e6;
        if let Some(t) = self.trivial {
            row(
                "trivial plugin, fresh instance and call < 10 µs",
                shown(t),
                us(t) < 10.0,
            );
        }
        if let Some((native, sandboxed)) = self.national {
            row("cn-zcp@1 native < 20 µs", shown(native), us(native) < 20.0);
            let limit = 2.0 * us(native) + 10.0;
            row(
                "cn-zcp@1 sandboxed < 2 x native + 10 µs",
                format!("{} (limit {limit:.0} µs)", shown(sandboxed)),
                us(sandboxed) < limit,
            );
        }
        if let Some(s) = self.speed_up {
            row(
                "batch, 2 threads >= 1.8 x one thread",
                format!("{s:.2} x"),
                s >= 1.8,
            );
        }
        if let Some(c) = self.cold_cached {
            row(
                "cached cold start, every bundled standard < 20 ms",
                shown(c),
                us(c) < 20_000.0,
            );
        }
        if let [(_, small), (_, large)] = self.rss[..] {
            let mb = |b: u64| b as f64 / 1e6;
            row(
                "peak RSS < 200 MB, flat from 10,000 to 100,000 parks",
                format!("{:.1} -> {:.1} MB", mb(small), mb(large)),
                mb(large) < 200.0 && mb(large) < mb(small) * 1.25,
            );
        }
    }
}
