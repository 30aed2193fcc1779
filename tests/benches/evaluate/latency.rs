//! One evaluation, sandboxed with a fresh instance each time against the
//! same rules natively, for every bundled standard; and a trivial plugin's
//! overhead.

use std::sync::Arc;
use std::time::{Duration, Instant};

use zcp::{Phases, Plugin, Registry, Runtime};
use zcp_park::Park;

use crate::native::NativeStandard;
use crate::stats::{Spread, shown};

/// Figures for one standard.
pub struct Latency {
    pub label: String,
    pub sandboxed: Spread,
    pub native: Spread,
    /// p50 of each phase of the sandboxed evaluation (summed over a chain).
    pub phases: Phases,
}

/// Run `plugin` (after its bases, each in a fresh instance) and time it.
pub fn sandboxed_once(
    runtime: &Runtime,
    chain: &[Arc<Plugin>],
    park: &Arc<Park>,
    year: i32,
) -> Phases {
    let mut base = None;
    let mut total = Phases::default();
    for plugin in chain {
        let (run, phases) =
            runtime.evaluate_timed(plugin, Arc::clone(park), year, &[], base.as_ref());
        let evaluation = run
            .outcome
            .expect("the bundled standards evaluate the bench park");
        base = Some(evaluation);
        total = add(total, phases);
    }
    total
}

fn add(a: Phases, b: Phases) -> Phases {
    Phases {
        store: a.store + b.store,
        instantiate: a.instantiate + b.instantiate,
        call: a.call + b.call,
        check: a.check + b.check,
        teardown: a.teardown + b.teardown,
    }
}

/// The plugin of `label` and its bases, base first.
pub fn chain_of(registry: &Registry, label: &str) -> Vec<Arc<Plugin>> {
    let plugin = registry
        .plugins()
        .into_iter()
        .find(|p| p.info.label() == label)
        .unwrap_or_else(|| panic!("`{label}` is bundled"));
    let mut chain = vec![plugin];
    while let Some(extends) = chain[0].info.extends.clone() {
        let spec = extends.parse().expect("a bundled `extends` parses");
        let base = registry
            .resolve(&spec, None)
            .expect("a bundled base resolves");
        chain.insert(0, base.plugin);
    }
    chain
}

pub fn measure(
    runtime: &Runtime,
    registry: &Registry,
    natives: &[NativeStandard],
    park: &Arc<Park>,
    year: i32,
    iterations: usize,
) -> Vec<Latency> {
    natives
        .iter()
        .map(|native| {
            let chain = chain_of(registry, &native.label);
            for _ in 0..iterations / 10 {
                sandboxed_once(runtime, &chain, park, year);
            }
            let samples: Vec<Phases> = (0..iterations)
                .map(|_| sandboxed_once(runtime, &chain, park, year))
                .collect();
            let mut native_times = Vec::with_capacity(iterations);
            for _ in 0..iterations / 10 {
                std::hint::black_box(native.evaluate(park, year).expect("natively too"));
            }
            for _ in 0..iterations {
                let start = Instant::now();
                std::hint::black_box(native.evaluate(park, year).expect("natively too"));
                native_times.push(start.elapsed());
            }
            let (sandboxed, phases) = spread_of(&samples);
            Latency {
                label: native.label.clone(),
                sandboxed,
                native: Spread::of(&mut native_times),
                phases,
            }
        })
        .collect()
}

/// A trivial plugin's fresh instance and call, p50 and p99, with its phases.
pub fn trivial(
    runtime: &Runtime,
    plugin: &Plugin,
    park: &Arc<Park>,
    year: i32,
    iterations: usize,
) -> (Spread, Phases) {
    let samples: Vec<Phases> = (0..iterations + iterations / 10)
        .map(|_| {
            let (run, phases) = runtime.evaluate_timed(plugin, Arc::clone(park), year, &[], None);
            assert!(run.outcome.is_ok());
            phases
        })
        .skip(iterations / 10)
        .collect();
    spread_of(&samples)
}

/// p50 and p99 of the totals, and the p50 of each phase.
fn spread_of(samples: &[Phases]) -> (Spread, Phases) {
    let p50 = |phase: fn(&Phases) -> Duration| {
        let mut durations: Vec<Duration> = samples.iter().map(phase).collect();
        Spread::of(&mut durations).p50
    };
    let phases = Phases {
        store: p50(|p| p.store),
        instantiate: p50(|p| p.instantiate),
        call: p50(|p| p.call),
        check: p50(|p| p.check),
        teardown: p50(|p| p.teardown),
    };
    // The total is the critical path: teardown is handed to another thread.
    let mut totals: Vec<Duration> = samples.iter().map(Phases::total).collect();
    (Spread::of(&mut totals), phases)
}

pub fn print(latencies: &[Latency]) {
    println!(
        "{:<22} {:>10} {:>10} {:>10} {:>10} {:>7} | {:>8} {:>8} {:>8} {:>8} {:>8}",
        "standard",
        "sandbox50",
        "sandbox99",
        "native50",
        "native99",
        "ratio",
        "store",
        "inst",
        "call",
        "check",
        "teardown"
    );
    for l in latencies {
        println!(
            "{:<22} {:>10} {:>10} {:>10} {:>10} {:>7.2} | {:>8} {:>8} {:>8} {:>8} {:>8}",
            l.label,
            shown(l.sandboxed.p50),
            shown(l.sandboxed.p99),
            shown(l.native.p50),
            shown(l.native.p99),
            l.sandboxed.p50.as_secs_f64() / l.native.p50.as_secs_f64().max(1e-12),
            shown(l.phases.store),
            shown(l.phases.instantiate),
            shown(l.phases.call),
            shown(l.phases.check),
            shown(l.phases.teardown),
        );
    }
}
