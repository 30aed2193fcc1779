//! Hostile plugins at evaluation (`plugins/test-plugins/hostile`, one
//! attack per value of its `attack` parameter): each is stopped with a
//! typed outcome, the host's work and memory stay bounded, and `cn-zcp`
//! reports beside it.

use zcp::model::Verdict;
use zcp::{LimitExceeded, Limits, Request, RunError, StandardRun};
use zcp_test_artifacts::test_plugins::HOSTILE;

use crate::{load, root};

const PARK: &str = "examples/parks/coal-heavy.toml";

/// Run `test-hostile` with `attack` beside `cn-zcp@1`; its run, after
/// checking cn-zcp reported normally.
fn attack(attack: &str) -> StandardRun {
    // Budgets stop these attacks, not time: a wall-clock backstop generous
    // enough that a loaded machine never reaches it first.
    let limits = Limits {
        wall_clock: std::time::Duration::from_secs(300),
        ..Limits::default()
    };
    let (runtime, registry, _dir) = load(limits, &[HOSTILE]);
    let request = Request {
        parks: vec![root().join(PARK)],
        standards: ["test-hostile", "cn-zcp@1"]
            .iter()
            .map(|s| s.parse().unwrap())
            .collect(),
        parameters: vec![format!("test-hostile:attack={attack}").parse().unwrap()],
        ..Request::default()
    };
    let report = zcp::run(&runtime, &registry, &request).unwrap();
    let [hostile, national] = report.parks[0].runs.clone().try_into().unwrap();
    assert_eq!(
        (national.verdict, &national.error),
        (Verdict::NotQualified, &None),
        "{attack}: cn-zcp reports beside it"
    );
    assert_eq!(hostile.verdict, Verdict::Incomplete, "{attack}");
    assert_eq!(hostile.evaluation, None, "{attack}");
    hostile
}

#[test]
fn an_unreachable_instruction_is_a_reported_trap() {
    let run = attack("unreachable");
    let Some(RunError::Trap { message }) = &run.error else {
        panic!("expected a trap, got {:?}", run.error);
    };
    assert!(message.contains("unreachable"), "{message}");
}

/// Distinct keys near the argument cap, without end: the work budget stops
/// it, and the lineage keeps at most its cap of keys.
#[test]
fn a_flood_of_distinct_keys_is_stopped_by_the_work_budget() {
    let run = attack("key-flood");
    assert_eq!(
        run.error,
        Some(RunError::Limit {
            limit: LimitExceeded::HostWork { limit: 64 << 20 }
        })
    );
    let limits = Limits::default();
    assert!(
        run.lineage.keys.len() <= limits.lineage_keys,
        "{} keys kept",
        run.lineage.keys.len()
    );
}

/// A 16 MiB key is refused before any lookup or suggestion.
#[test]
fn a_huge_string_in_a_host_call_is_refused_by_its_size() {
    let run = attack("huge-key");
    assert_eq!(
        run.error,
        Some(RunError::Limit {
            limit: LimitExceeded::HostArgument {
                limit: 1 << 10,
                size: 16 << 20
            }
        })
    );
}

/// Listing keys over and over: each answer is charged to the work budget,
/// but with this park's few keys the call count runs out first.
#[test]
fn listing_keys_without_end_is_stopped_by_a_host_limit() {
    let run = attack("prefix-flood");
    assert_eq!(
        run.error,
        Some(RunError::Limit {
            limit: LimitExceeded::HostCalls { limit: 100_000 }
        })
    );
}

/// Every hostile plugin in one directory and one run, beside `cn-zcp`: each
/// is reported with its outcome, cn-zcp's verdict is printed, and the
/// process's peak memory stays far below what the attacks asked for.
#[cfg(target_os = "linux")]
#[test]
fn the_whole_hostile_suite_in_one_run_is_contained_in_bounded_memory() {
    use zcp_test_artifacts::test_plugins as p;
    let dir = crate::plugin_dir(&[
        HOSTILE,
        p::ENDLESS_LOOP,
        p::MEMORY_BOMB,
        p::DEEP_RECURSION,
        p::PANICS,
        p::HUGE_OUTPUT,
        p::HUGE_RESULT,
        p::LIAR,
        p::NAN_VALUE,
        p::FORBIDDEN_IMPORT,
        p::FORBIDDEN_SOCKETS,
        p::FORBIDDEN_HTTP,
        p::FORBIDDEN_CLOCKS,
        p::FORBIDDEN_RANDOM,
        p::TABLE_BOMB,
        p::GIANT_DESCRIPTION,
        p::WRONG_WORLD,
        p::WRONG_SIGNATURE,
        p::CORE_MODULE,
    ]);
    let mut args: Vec<String> = ["evaluate", PARK, "--standards-dir"]
        .map(str::to_owned)
        .into();
    args.push(dir.path().display().to_string());
    for standard in [
        "test-endless-loop",
        "test-memory-bomb",
        "test-deep-recursion",
        "test-panics",
        "test-huge-output",
        "huge-result",
        "liar",
        "nan-value",
        "test-hostile",
        "cn-zcp@1",
    ] {
        args.extend(["-s".to_owned(), standard.to_owned()]);
    }
    args.extend(["-p".to_owned(), "test-hostile:attack=key-flood".to_owned()]);
    let (output, code, peak_kib) = run_measuring_peak(&args);
    assert_eq!(code, 1, "{output}");
    for expected in [
        "stopped: CPU budget of 500000000 fuel units exhausted",
        "stopped: memory limit 64 MiB exceeded",
        "call stack exhausted",
        "coefficient table is empty",
        "stopped: result size limit of 4194304 bytes exceeded",
        "the plugin broke the contract: verdict `qualified`",
        "the plugin broke the contract:",
        "stopped: host work limit of 67108864 bytes exceeded",
        "refused: imports `wasi:sockets/",
        "refused: imports `wasi:http/",
        "refused: imports `wasi:clocks/",
        "refused: imports `wasi:random/random",
        "`wasi:filesystem/types@",
        "refused: table limit of 20000 elements exceeded",
        "its exports do not have the types contract 1.1.0 gives them",
        "over the limit of 4194304 bytes on what a plugin returns",
        "it exports `wasi:cli/run@0.2.0`",
        "a core WebAssembly module, not a component",
        "verdict: NOT QUALIFIED",
    ] {
        assert!(output.contains(expected), "missing `{expected}`:\n{output}");
    }
    eprintln!("peak resident memory of the hostile run: {peak_kib} KiB");
    assert!(peak_kib > 0, "the memory of the run was read");
    assert!(
        peak_kib < 512 * 1024,
        "peak resident memory {peak_kib} KiB: the attacks asked for far more"
    );
}

/// Run the `zcp` binary with `args` from the workspace root: its stderr
/// then stdout, its exit code, and the highest resident-memory mark (`VmHWM`, KiB) read
/// while it ran.
#[cfg(target_os = "linux")]
fn run_measuring_peak(args: &[String]) -> (String, i32, u64) {
    use std::io::Read as _;
    use zcp_test_artifacts::test_plugins as p;
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("zcp"))
        .args(args)
        .current_dir(root())
        .env_remove(zcp::registry::STANDARDS_PATH_ENV)
        .env(zcp::trust::TRUST_STORE_ENV, p::TRUST_STORE)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let read = |mut pipe: Box<dyn std::io::Read + Send>| {
        std::thread::spawn(move || {
            let mut out = String::new();
            pipe.read_to_string(&mut out).unwrap();
            out
        })
    };
    let stdout = read(Box::new(child.stdout.take().unwrap()));
    let stderr = read(Box::new(child.stderr.take().unwrap()));
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak = 0;
    let code = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status.code().unwrap();
        }
        let high_water = std::fs::read_to_string(&status_file)
            .ok()
            .and_then(|s| {
                let line = s.lines().find(|l| l.starts_with("VmHWM:"))?.to_owned();
                line.split_whitespace().nth(1)?.parse::<u64>().ok()
            })
            .unwrap_or(0);
        peak = peak.max(high_water);
        std::thread::sleep(std::time::Duration::from_millis(5));
    };
    let output = stderr.join().unwrap() + &stdout.join().unwrap();
    (output, code, peak)
}
