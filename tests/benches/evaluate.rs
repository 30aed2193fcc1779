//! Prints what a plugin costs: loading (compile, import check, link,
//! describe), one sandboxed evaluation with a fresh instance, and the same
//! rules compiled natively, the limit the sandbox is measured against.
//!
//! `cargo bench -p zcp-tests --bench evaluate` (release build; figures vary
//! with the machine, so no target is asserted here).

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use zcp::{Limits, Origin, Runtime};
use zcp_park::Park;
use zcp_sdk::{FakePark, Standard};

fn time<T>(iterations: u32, mut f: impl FnMut() -> T) -> Duration {
    let start = Instant::now();
    for _ in 0..iterations {
        black_box(f());
    }
    start.elapsed() / iterations
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf();
    let park_file = root.join("tests/data/w1-green.toml");
    let bundled = zcp_artifacts::BUNDLED_STANDARDS
        .iter()
        .find(|b| b.package == "cn-zcp")
        .unwrap();
    let runtime = Runtime::new(Limits::default()).unwrap();

    let parse = time(200, || Park::load(&park_file).unwrap());
    let load = time(10, || {
        runtime
            .load(bundled.bytes, Origin::Bundled("cn-zcp".into()))
            .unwrap()
    });
    let plugin = runtime
        .load(bundled.bytes, Origin::Bundled("cn-zcp".into()))
        .unwrap();
    let park = Arc::new(Park::load(&park_file).unwrap());
    let trivial_bytes = std::fs::read(zcp_test_artifacts::test_plugins::FAKE_1_1_0).unwrap();
    let trivial = runtime
        .load(&trivial_bytes, Origin::File("fake".into()))
        .unwrap();
    let sandboxed = time(500, || {
        let run = runtime.evaluate(&plugin, Arc::clone(&park), 2025, &[], None);
        assert!(run.outcome.is_ok());
        run
    });

    // The same rules natively, fed the same values in the declared units.
    let info = cn_zcp::CnZcp::describe();
    let view = park.year(2025).unwrap();
    // Families (`product.*.…`) are read by prefix, not served by `declared`.
    let served = |key: &str| !key.split('.').any(|s| s == "*");
    let fake = info
        .requires
        .iter()
        .filter(|r| !r.unit.is_empty() && served(&r.key))
        .fold(FakePark::for_standard(2025, &info), |fake, r| {
            match view.quantity(&r.key, &r.unit).unwrap() {
                Some(value) => fake.quantity(&r.key, value, &r.unit),
                None => fake,
            }
        });
    let fake = ["park.boundary-defined", "park.energy-carbon-metering"]
        .iter()
        .fold(fake, |fake, key| fake.flag(key, true))
        .flag("park.major-incident-3y", false)
        .text("park.zone-level", "national");
    let native = time(5_000, || cn_zcp::CnZcp::evaluate(&fake, &[], None).unwrap());
    let native_declarations = time(5_000, || {
        (
            cn_zcp::describe::requirement_keys(),
            cn_zcp::params::declared(),
        )
    });
    let native_describe = time(5_000, cn_zcp::CnZcp::describe);

    let overhead = time(2_000, || {
        runtime.evaluate(&trivial, Arc::clone(&park), 2025, &[], None)
    });
    let row = |what: &str, mean: Duration| println!("{what:<56} {mean:>12.1?}");
    println!("{:<56} {:>12}", "what (cn-zcp@1.0.0 on park W1)", "mean");
    row("parse and validate a park file", parse);
    row("load a plugin (compile, check, link, describe)", load);
    row("evaluate in the sandbox (fresh instance)", sandboxed);
    row(
        "  a trivial plugin instead (instance and call overhead)",
        overhead,
    );
    row("evaluate natively (the limit)", native);
    row("  of which its keys and parameters", native_declarations);
    row("describe natively (the whole description)", native_describe);
    println!(
        "{:<56} {:>12.1}",
        "sandbox / native",
        sandboxed.as_secs_f64() / native.as_secs_f64().max(1e-12)
    );
}
