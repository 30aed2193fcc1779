//! What evaluating costs, sandboxed against native, in one run:
//!
//! `cargo bench -p zcp-tests --bench evaluate` (release build). Sections can
//! be picked: `cargo bench -p zcp-tests --bench evaluate -- latency cold`
//! (`latency`, `cold`). Figures vary with the machine; `BENCHMARKS.md` holds
//! those of the project's reference machine and the targets. Nothing here
//! asserts a time: these machines are noisy.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod latency;
mod native;
mod process;
mod stats;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use zcp::{Limits, Origin, Registry, Runtime, Trust};
use zcp_park::Park;

use crate::stats::shown;

/// The park every standard is timed on: it has every figure each of them
/// reads (revenue and value added included).
const PARK: &str = "examples/parks/ordos-green.toml";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn main() -> std::process::ExitCode {
    if std::env::var_os(process::AS_ZCP).is_some() {
        return zcp::commands::main();
    }
    let sections: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let wanted = |s: &str| {
        sections.first().is_none_or(|first| first != "profile")
            && (sections.is_empty() || sections.iter().any(|w| w == s))
    };
    println!(
        "zcp {} on {} cores ({})",
        env!("CARGO_PKG_VERSION"),
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        std::env::consts::ARCH
    );
    if wanted("latency") {
        latency();
    }
    if wanted("cold") {
        cold();
    }
    // Not in the default run: a loop to record with `perf record`.
    if let [what, how, label] = sections.as_slice()
        && what == "profile"
    {
        profile(how, label);
    }
    std::process::ExitCode::SUCCESS
}

fn latency() {
    let mut runtime = Runtime::new(Limits::default()).unwrap();
    if std::env::var_os("ZCP_EXP_INLINE").is_some() { runtime = runtime.with_inline_teardown(); }
    let registry = Registry::load(&runtime, &[], &Trust::new(zcp_signature::TrustStore::empty()));
    assert!(registry.errors.is_empty(), "{:?}", registry.errors);
    let park_file = root().join(PARK);
    let park = Arc::new(Park::load_with(&park_file, registry.dictionary()).unwrap());
    let year = park.latest_year().unwrap();
    let natives = native::bundled(registry.dictionary());

    let start = Instant::now();
    let parses = 200;
    for _ in 0..parses {
        std::hint::black_box(Park::load_with(&park_file, registry.dictionary()).unwrap());
    }
    println!("\nparse and check a park file: {}", shown(start.elapsed() / parses));

    let trivial_bytes = std::fs::read(zcp_test_artifacts::test_plugins::FAKE_1_1_0).unwrap();
    let trivial = runtime.load(&trivial_bytes, Origin::File("fake".into())).unwrap();
    let (spread, phases) = latency::trivial(&runtime, &trivial, &park, year, 5_000);
    println!(
        "trivial plugin, fresh instance and call: p50 {} p99 {} (store {}, instantiate {}, call {}, check {}, teardown {})",
        shown(spread.p50),
        shown(spread.p99),
        shown(phases.store),
        shown(phases.instantiate),
        shown(phases.call),
        shown(phases.check),
        shown(phases.teardown)
    );

    println!("\none evaluation of {PARK}, {year} (phases: p50 of the sandboxed evaluation)");
    let latencies = latency::measure(&runtime, &registry, &natives, &park, year, 2_000);
    latency::print(&latencies);
}

fn cold() {
    let dir = tempfile::tempdir().unwrap();
    let (without, with) = process::cold_start(&root().join(PARK), dir.path(), 20);
    println!(
        "\ncold start, `zcp evaluate {PARK} --all-bundled`: without compile cache {}, with it {}",
        shown(without),
        shown(with)
    );
}

/// Evaluate one standard (`how`: `native` or `sandboxed`) for ten seconds.
fn profile(how: &str, label: &str) {
    let runtime = Runtime::new(Limits::default()).unwrap();
    let registry = Registry::load(&runtime, &[], &Trust::new(zcp_signature::TrustStore::empty()));
    let park = Arc::new(Park::load_with(&root().join(PARK), registry.dictionary()).unwrap());
    let year = park.latest_year().unwrap();
    let natives = native::bundled(registry.dictionary());
    let native = natives.iter().find(|n| n.label == label).expect("a bundled label");
    let chain = latency::chain_of(&registry, label);
    let start = Instant::now();
    let mut count = 0u64;
    while start.elapsed().as_secs() < 10 {
        if how == "native" {
            std::hint::black_box(native.evaluate(&park, year).unwrap());
        } else {
            latency::sandboxed_once(&runtime, &chain, &park, year);
        }
        count += 1;
    }
    println!("{label} {how}: {} each", shown(start.elapsed() / u32::try_from(count).unwrap()));
}
