//! Hostile plugins are stopped, reported by name, and never stop the others.

use std::time::Duration;

use zcp::model::Verdict;
use zcp::{LimitExceeded, Limits, PluginError, RunError};
use zcp_test_artifacts::test_plugins::{
    DEEP_RECURSION, DESCRIBE_LOOP, ENDLESS_LOOP, FORBIDDEN_IMPORT, HUGE_OUTPUT, HUGE_RESULT,
    MEMORY_BOMB, PANICS, UNKNOWN_KEY,
};

use crate::{evaluate, load, zcp};

const PARK: &str = "examples/parks/coal-heavy.toml";

#[test]
fn endless_loop_is_stopped_by_fuel_and_the_other_standards_still_report() {
    let limits = Limits {
        fuel: 20_000_000,
        ..Limits::default()
    };
    let (runtime, registry, _dir) = load(limits, &[ENDLESS_LOOP]);
    let report = evaluate(
        &runtime,
        &registry,
        &[PARK],
        &["test-endless-loop", "cn-zcp@1"],
    );
    let runs = &report.parks[0].runs;
    assert_eq!(
        runs[0].error,
        Some(RunError::Limit {
            limit: LimitExceeded::Fuel { fuel: 20_000_000 }
        })
    );
    assert_eq!(runs[0].verdict, Verdict::Incomplete);
    assert_eq!(
        runs[1].verdict,
        Verdict::NotQualified,
        "cn-zcp ran after the loop was stopped"
    );
}

#[test]
fn endless_loop_without_a_fuel_budget_hits_the_wall_clock_backstop() {
    let limits = Limits {
        fuel: u64::MAX,
        wall_clock: Duration::from_millis(200),
        ..Limits::default()
    };
    let (runtime, registry, _dir) = load(limits, &[ENDLESS_LOOP]);
    let report = evaluate(&runtime, &registry, &[PARK], &["test-endless-loop"]);
    assert_eq!(
        report.parks[0].runs[0].error,
        Some(RunError::Limit {
            limit: LimitExceeded::WallClock { seconds: 0 }
        })
    );
}

#[test]
fn memory_bomb_is_reported_as_the_memory_limit() {
    let limits = Limits {
        memory_bytes: 16 << 20,
        ..Limits::default()
    };
    let (runtime, registry, _dir) = load(limits, &[MEMORY_BOMB]);
    let report = evaluate(
        &runtime,
        &registry,
        &[PARK],
        &["test-memory-bomb", "cn-zcp@1"],
    );
    let runs = &report.parks[0].runs;
    let Some(RunError::Limit {
        limit: LimitExceeded::Memory { limit, requested },
    }) = &runs[0].error
    else {
        panic!("expected the memory limit, got {:?}", runs[0].error);
    };
    assert_eq!(*limit, 16 << 20);
    assert!(*requested > 16 << 20);
    assert!(
        runs[0]
            .error
            .as_ref()
            .unwrap()
            .to_string()
            .starts_with("stopped: memory limit 16 MiB exceeded"),
        "{}",
        runs[0].error.as_ref().unwrap()
    );
    assert_eq!(runs[1].verdict, Verdict::NotQualified);
}

#[test]
fn forbidden_import_is_refused_at_load_naming_the_import() {
    let (_runtime, registry, _dir) = load(Limits::default(), &[FORBIDDEN_IMPORT]);
    assert!(
        registry
            .plugins()
            .iter()
            .all(|p| p.info.id != "test-forbidden-import")
    );
    let [PluginError::ForbiddenImport { import, .. }] = registry.errors.as_slice() else {
        panic!("expected one refused import, got {:?}", registry.errors);
    };
    assert!(import.starts_with("wasi:"), "{import}");
    assert!(
        !import.starts_with("wasi:cli/") && !import.starts_with("wasi:io/"),
        "{import}"
    );
}

#[test]
fn host_call_limit_stops_a_standard_that_asks_too_often() {
    let limits = Limits {
        host_calls: 2,
        ..Limits::default()
    };
    let (runtime, registry, _dir) = load(limits, &[]);
    let report = evaluate(&runtime, &registry, &[PARK], &["cn-zcp@1"]);
    assert_eq!(
        report.parks[0].runs[0].error,
        Some(RunError::Limit {
            limit: LimitExceeded::HostCalls { limit: 2 }
        })
    );
}

#[test]
fn result_size_limit_refuses_an_oversized_evaluation() {
    let (runtime, registry, _dir) = load(Limits::default(), &[HUGE_RESULT]);
    let report = evaluate(&runtime, &registry, &[PARK], &["huge-result@1", "cn-zcp@1"]);
    let runs = &report.parks[0].runs;
    assert!(
        matches!(
            runs[0].error,
            Some(RunError::Limit {
                limit: LimitExceeded::ResultSize { limit, size }
            }) if limit == 4 << 20 && size > 5 << 20
        ),
        "{:?}",
        runs[0].error
    );
    assert_eq!(runs[1].verdict, Verdict::NotQualified);
}

/// The cap on an evaluation caps a description too (cn-zcp's is about
/// 90 kB): a plugin cannot flood the host at load either.
#[test]
fn result_size_limit_refuses_an_oversized_description_at_load() {
    let limits = Limits {
        result_bytes: 2_000,
        ..Limits::default()
    };
    let (_runtime, registry, _dir) = load(limits, &[]);
    // Every bundled standard describes itself in more than 2 kB.
    assert_eq!(
        registry.errors.len(),
        zcp_artifacts::BUNDLED_STANDARDS.len(),
        "{:?}",
        registry.errors
    );
    for error in &registry.errors {
        let PluginError::Invalid { message, .. } = error else {
            panic!("expected the bundled standards to be refused, got {error:?}");
        };
        assert!(
            message.starts_with("the description is ")
                && message
                    .ends_with(" bytes, over the limit of 2000 bytes on what a plugin returns"),
            "{message}"
        );
    }
}

#[test]
fn cli_reports_the_hostile_plugins_and_still_evaluates_cn_zcp() {
    let dir = crate::plugin_dir(&[ENDLESS_LOOP, MEMORY_BOMB, FORBIDDEN_IMPORT]);
    let stdout = crate::stdout_of(
        zcp()
            .args([
                "evaluate",
                PARK,
                "-s",
                "test-endless-loop",
                "-s",
                "test-memory-bomb",
                "-s",
                "cn-zcp@1",
            ])
            .arg("--standards-dir")
            .arg(dir.path()),
        1,
    );
    assert!(
        stdout.contains("not evaluated: stopped: CPU budget of 500000000 fuel units exhausted"),
        "{stdout}"
    );
    assert!(
        stdout.contains("not evaluated: stopped: memory limit 64 MiB exceeded"),
        "{stdout}"
    );
    assert!(stdout.contains("refused: imports `wasi:"), "{stdout}");
    assert!(stdout.contains("verdict: NOT QUALIFIED"), "{stdout}");
}

#[test]
fn huge_output_is_truncated_and_flagged_without_trapping_the_plugin() {
    let limits = Limits {
        output_bytes: 4096,
        ..Limits::default()
    };
    let (runtime, registry, _dir) = load(limits, &[HUGE_OUTPUT]);
    let report = evaluate(&runtime, &registry, &[PARK], &["test-huge-output"]);
    let run = &report.parks[0].runs[0];
    assert_eq!(
        run.error, None,
        "an honest plugin that prints too much is not trapped"
    );
    assert_eq!(run.verdict, Verdict::Qualified);
    assert!(run.stdout.truncated && run.stderr.truncated);
    assert_eq!(run.stdout.text.len(), 4096);
    assert!(run.stdout.text.bytes().all(|b| b == b'x' || b == b'\n'));
}

#[test]
fn a_panic_is_reported_with_its_message_and_the_others_still_run() {
    let (runtime, registry, _dir) = load(Limits::default(), &[PANICS]);
    let report = evaluate(&runtime, &registry, &[PARK], &["test-panics", "cn-zcp@1"]);
    let runs = &report.parks[0].runs;
    let Some(RunError::Trap { message }) = &runs[0].error else {
        panic!("expected a crash, got {:?}", runs[0].error);
    };
    assert!(message.contains("coefficient table is empty"), "{message}");
    assert_eq!(runs[1].verdict, Verdict::NotQualified);
}

#[test]
fn deep_recursion_is_a_reported_stack_overflow() {
    let (runtime, registry, _dir) = load(Limits::default(), &[DEEP_RECURSION]);
    let report = evaluate(
        &runtime,
        &registry,
        &[PARK],
        &["test-deep-recursion", "cn-zcp@1"],
    );
    let runs = &report.parks[0].runs;
    let Some(RunError::Trap { message }) = &runs[0].error else {
        panic!("expected a crash, got {:?}", runs[0].error);
    };
    assert!(message.contains("call stack exhausted"), "{message}");
    assert_eq!(runs[1].verdict, Verdict::NotQualified);
}

#[test]
fn describe_runs_under_the_same_limits_and_a_looping_one_is_refused() {
    let limits = Limits {
        fuel: 20_000_000,
        ..Limits::default()
    };
    let (_runtime, registry, _dir) = load(limits, &[DESCRIBE_LOOP]);
    let [PluginError::Describe { error, .. }] = registry.errors.as_slice() else {
        panic!("expected describe to be stopped, got {:?}", registry.errors);
    };
    assert_eq!(
        *error,
        RunError::Limit {
            limit: LimitExceeded::Fuel { fuel: 20_000_000 }
        }
    );
    assert!(
        registry.plugins().iter().any(|p| p.info.id == "cn-zcp"),
        "the others still load"
    );
}

#[test]
fn a_description_requiring_an_unknown_key_is_refused() {
    let (_runtime, registry, _dir) = load(Limits::default(), &[UNKNOWN_KEY]);
    let messages: Vec<String> = registry.errors.iter().map(ToString::to_string).collect();
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(
        messages[0].ends_with("invalid description: requires `electricity.nonsense`, which is not in the data dictionary"),
        "{}",
        messages[0]
    );
}

#[test]
fn bytes_that_are_not_a_component_are_refused_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("garbage.wasm"),
        b"\0asm definitely not a component",
    )
    .unwrap();
    std::fs::write(dir.path().join("empty.wasm"), b"").unwrap();
    let stdout = crate::stdout_of(
        zcp()
            .args(["standards", "--allow-unsigned", "--standards-dir"])
            .arg(dir.path()),
        2,
    );
    assert!(
        stdout.contains("cn-zcp@1.0.0"),
        "the bundled standard still loads:\n{stdout}"
    );
    for file in ["garbage.wasm", "empty.wasm"] {
        assert!(
            stdout.lines().any(|l| l.starts_with("not loaded:")
                && l.contains(file)
                && l.contains("not a valid WebAssembly component")),
            "{file}:\n{stdout}"
        );
    }
}

/// A standard that failed to load says why wherever it is asked for, not
/// only in `zcp standards`.
#[test]
fn a_standard_that_failed_to_load_is_named_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cn-xx-zcp.wasm"), b"\0asm not a component").unwrap();
    for args in [
        &[
            "evaluate",
            "examples/parks/ordos-green.toml",
            "-s",
            "cn-xx-zcp@1",
        ][..],
        &["describe", "cn-xx-zcp@1"][..],
    ] {
        let stderr = crate::stderr_of(
            zcp()
                .args(args)
                .args(["--allow-unsigned", "--standards-dir"])
                .arg(dir.path()),
            2,
        );
        assert!(
            stderr.starts_with("error: no standard `cn-xx-zcp` is loaded (loaded: ")
                && stderr.contains("cn-zcp")
                && stderr.contains("); a plugin failed to load and may be the one asked for: `")
                && stderr.contains("cn-xx-zcp.wasm`: not a valid WebAssembly component"),
            "{args:?}: {stderr}"
        );
    }
}
