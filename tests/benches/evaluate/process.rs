//! Measures taken on a process of its own: this bench binary re-executed as
//! the `zcp` command line (the same library code the `zcp` binary runs, built
//! with the same release profile).

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Set in a child process: run as `zcp` with the arguments given.
pub const AS_ZCP: &str = "ZCP_BENCH_AS_ZCP";

/// A `zcp` command: this executable, told to act as the CLI.
pub fn zcp(args: &[&str]) -> Command {
    let exe = std::env::current_exe().expect("the bench knows its own path");
    let mut command = Command::new(exe);
    command
        .env(AS_ZCP, "1")
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    command
}

/// Wall-clock time of one run, checked to have worked (exit 0 or 1).
pub fn timed(mut command: Command) -> Duration {
    let start = Instant::now();
    let output = command.output().expect("the bench can start itself");
    let elapsed = start.elapsed();
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "{command:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    elapsed
}

/// Cold start of `zcp evaluate PARK --all-bundled`: without the compile
/// cache (every plugin compiled), and with it warm. p50 of `runs` each.
pub fn cold_start(park: &Path, cache: &Path, runs: usize) -> (Duration, Duration) {
    let park = park.to_str().expect("a UTF-8 path");
    let run = |cache_dir: &Path| {
        let mut command = zcp(&["evaluate", park, "--all-bundled", "--format", "json"]);
        command
            .env("ZCP_CACHE_DIR", cache_dir)
            .env("ZCP_CACHE_KEY_FILE", cache.join("cache.key"));
        command
    };
    let uncached = cache.join("none");
    let mut without: Vec<Duration> = (0..runs.div_ceil(4).max(3))
        .map(|_| {
            let mut command = run(&uncached);
            command.env("ZCP_CACHE_DIR", "");
            timed(command)
        })
        .collect();
    let warm = cache.join("entries");
    timed(run(&warm));
    let mut with: Vec<Duration> = (0..runs).map(|_| timed(run(&warm))).collect();
    without.sort_unstable();
    with.sort_unstable();
    (without[without.len() / 2], with[with.len() / 2])
}

/// Peak resident memory of a child process, read from `/proc` while it
/// runs (its high-water mark only grows), with its wall-clock time.
pub fn peak_rss(mut command: Command) -> (u64, Duration) {
    let start = Instant::now();
    let mut child = command.spawn().expect("the bench can start itself");
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak_kib = 0;
    loop {
        if let Ok(status) = std::fs::read_to_string(&status_file)
            && let Some(kib) = status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        {
            peak_kib = peak_kib.max(kib);
        }
        if let Some(status) = child.try_wait().expect("the child can be waited for") {
            assert!(
                matches!(status.code(), Some(0 | 1)),
                "{command:?} failed: {status}"
            );
            return (peak_kib * 1024, start.elapsed());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}
