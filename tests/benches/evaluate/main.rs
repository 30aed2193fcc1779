//! What evaluating costs, sandboxed against native, in one run:
//!
//! `cargo bench -p zcp-tests --bench evaluate` (release build). Sections can
//! be picked: `cargo bench -p zcp-tests --bench evaluate -- latency cold`
//! (`latency`, `cold`). Figures vary with the machine; `BENCHMARKS.md` holds
//! those of the project's reference machine and the targets. Nothing here
//! asserts a time: these machines are noisy.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod batch;
mod latency;
mod native;
mod process;
mod stats;
mod targets;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use zcp::{Limits, Origin, Registry, Runtime, Trust};
use zcp_park::Park;

use crate::stats::shown;
use crate::targets::Figures;

/// The park every standard is timed on: it has every figure each of them
/// reads (revenue and value added included).
const PARK: &str = "examples/parks/ordos-green.toml";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
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
    let mut figures = Figures::default();
    if wanted("latency") {
        latency(&mut figures);
    }
    if wanted("batch") {
        batch(&mut figures);
    }
    if wanted("cold") {
        cold(&mut figures);
    }
    if wanted("rss") {
        rss(&mut figures);
    }
    if wanted("latency") || wanted("batch") || wanted("cold") || wanted("rss") {
        figures.print();
    }
    // Not in the default run: a loop to record with `perf record`.
    if let [what, how, label] = sections.as_slice()
        && what == "profile"
    {
        profile(how, label);
    }
    std::process::ExitCode::SUCCESS
}

fn latency(figures: &mut Figures) {
    let runtime = Runtime::new(Limits::default()).unwrap();
    let registry = Registry::load(
        &runtime,
        &[],
        &Trust::new(zcp_signature::TrustStore::empty()),
    );
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
    println!(
        "\nparse and check a park file: {}",
        shown(start.elapsed() / parses)
    );

    let trivial_bytes = std::fs::read(zcp_test_artifacts::test_plugins::FAKE_1_1_0).unwrap();
    let trivial = runtime
        .load(&trivial_bytes, Origin::File("fake".into()))
        .unwrap();
    let (spread, phases) = latency::trivial(&runtime, &trivial, &park, year, 5_000);
    figures.trivial = Some(spread.p50);
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
    if let Some(national) = latencies.iter().find(|l| l.label == "cn-zcp@1.0.0") {
        figures.national = Some((national.native.p50, national.sandboxed.p50));
    }
    latency::print(&latencies);
}

/// Parks in the throughput run.
const BATCH_PARKS: u64 = 10_000;

/// The seed of every synthetic park set here.
const SEED: u64 = 42;

fn batch(figures: &mut Figures) {
    let dir = tempfile::tempdir().unwrap();
    let parks = dir.path().join("parks.jsonl");
    batch::synthesize(&parks, SEED, BATCH_PARKS);
    let runtime = Runtime::new(Limits::default()).unwrap();
    let registry = Registry::load(
        &runtime,
        &[],
        &Trust::new(zcp_signature::TrustStore::empty()),
    );
    let natives = native::bundled(registry.dictionary());
    let plan = zcp::batch::Plan {
        standards: natives
            .iter()
            .map(|n| n.label.replace('@', "@=").parse().unwrap())
            .collect(),
        ..zcp::batch::Plan::default()
    };
    let sandboxed = zcp::batch::Sandboxed::new(&runtime, &registry, &plan).unwrap();
    let native = batch::Native {
        standards: natives,
        dictionary: std::sync::Arc::clone(registry.dictionary()),
    };
    let standards = native.standards.len();
    println!(
        "\nbatch of {BATCH_PARKS} synthetic parks (seed {SEED}) x {standards} standards: parse, evaluate, write JSONL"
    );
    println!(
        "{:<10} {:>5} {:>12} {:>14} {:>10} {:>9}",
        "rules", "jobs", "parks/s", "evaluations/s", "elapsed", "speed-up"
    );
    for (name, evaluator) in [
        ("sandboxed", &sandboxed as &dyn zcp::batch::ParkEvaluator),
        ("native", &native),
    ] {
        let mut one = 0.0;
        for jobs in [1, 2] {
            let output = dir.path().join(format!("{name}-{jobs}.jsonl"));
            let (rate, elapsed, lines) = batch::throughput(&parks, &output, evaluator, jobs);
            assert_eq!(
                lines as u64,
                BATCH_PARKS * standards as u64,
                "one line per park and standard"
            );
            if jobs == 1 {
                one = rate;
            } else if name == "sandboxed" {
                figures.speed_up = Some(rate / one);
            }
            println!(
                "{name:<10} {jobs:>5} {rate:>12.0} {:>14.0} {:>10} {:>8.2}x",
                rate * standards as f64,
                shown(elapsed),
                rate / one
            );
        }
    }
}

/// Peak RSS of `zcp batch` over 10,000 and 100,000 synthetic parks, every
/// bundled standard, two jobs.
fn rss(figures: &mut Figures) {
    let dir = tempfile::tempdir().unwrap();
    println!("\npeak RSS of `zcp batch PARKS.jsonl --all-bundled -o OUT.jsonl -j 2`");
    for count in [10_000, 100_000] {
        let parks = dir.path().join(format!("parks-{count}.jsonl"));
        batch::synthesize(&parks, SEED, count);
        let output = dir.path().join("out.jsonl");
        let command = process::zcp(&[
            "batch",
            parks.to_str().unwrap(),
            "--all-bundled",
            "-o",
            output.to_str().unwrap(),
            "-j",
            "2",
            "--quiet",
        ]);
        let (bytes, elapsed) = process::peak_rss(command);
        figures.rss.push((count, bytes));
        println!(
            "{count:>7} parks: peak RSS {:.1} MB, {} ({:.0} parks/s)",
            bytes as f64 / 1e6,
            shown(elapsed),
            count as f64 / elapsed.as_secs_f64()
        );
        std::fs::remove_file(&parks).unwrap();
        std::fs::remove_file(&output).unwrap();
    }
}

fn cold(figures: &mut Figures) {
    let dir = tempfile::tempdir().unwrap();
    let (without, with) = process::cold_start(&root().join(PARK), dir.path(), 20);
    figures.cold_cached = Some(with);
    println!(
        "\ncold start, `zcp evaluate {PARK} --all-bundled`: without compile cache {}, with it {}",
        shown(without),
        shown(with)
    );
}

/// Evaluate one standard (`how`: `native` or `sandboxed`) for ten seconds.
fn profile(how: &str, label: &str) {
    let runtime = Runtime::new(Limits::default()).unwrap();
    let registry = Registry::load(
        &runtime,
        &[],
        &Trust::new(zcp_signature::TrustStore::empty()),
    );
    let park = Arc::new(Park::load_with(&root().join(PARK), registry.dictionary()).unwrap());
    let year = park.latest_year().unwrap();
    let natives = native::bundled(registry.dictionary());
    let native = natives
        .iter()
        .find(|n| n.label == label)
        .expect("a bundled label");
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
    println!(
        "{label} {how}: {} each",
        shown(start.elapsed() / u32::try_from(count).unwrap())
    );
}
