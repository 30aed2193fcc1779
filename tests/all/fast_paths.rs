//! The fast paths keep every evaluation isolated and every result the same:
//! stores dropped on another thread, pool slots reused, phases timed.

use std::sync::Arc;

use zcp::{Limits, Plugin, Registry, Runtime, Trust};
use zcp_park::Park;

use crate::root;

const PARK: &str = "examples/parks/ordos-green.toml";

fn national(runtime: &Runtime) -> (Arc<Plugin>, Arc<Park>) {
    let registry = Registry::load(
        runtime,
        &[],
        &Trust::new(zcp_signature::TrustStore::empty()),
    );
    let plugin = registry
        .plugins()
        .into_iter()
        .find(|p| p.info.label() == "cn-zcp@1.0.0")
        .unwrap();
    let park = Park::load_with(&root().join(PARK), registry.dictionary()).unwrap();
    (plugin, Arc::new(park))
}

/// Stores queued for the teardown thread hold pool slots: a long run of
/// evaluations must wait for it, never find the pool exhausted.
#[test]
fn evaluations_far_beyond_the_pool_size_reuse_its_slots_with_identical_results() {
    let background = Runtime::new(Limits::default()).unwrap();
    let inline = Runtime::new(Limits::default())
        .unwrap()
        .with_inline_teardown();
    let (plugin, park) = national(&background);
    let (inline_plugin, _) = national(&inline);
    let expected = inline.evaluate(&inline_plugin, Arc::clone(&park), 2025, &[], None);
    assert!(expected.outcome.is_ok(), "{:?}", expected.outcome);
    for _ in 0..150 {
        let run = background.evaluate(&plugin, Arc::clone(&park), 2025, &[], None);
        assert_eq!(run, expected);
    }
}

#[test]
fn every_allowed_thread_evaluating_at_once_fits_the_pool() {
    let runtime = Runtime::new(Limits::default()).unwrap();
    let (plugin, park) = national(&runtime);
    std::thread::scope(|scope| {
        for _ in 0..runtime.max_parallel() {
            scope.spawn(|| {
                for _ in 0..8 {
                    let run = runtime.evaluate(&plugin, Arc::clone(&park), 2025, &[], None);
                    assert!(run.outcome.is_ok(), "{:?}", run.outcome);
                }
            });
        }
    });
}

#[test]
fn the_phases_of_an_evaluation_add_up() {
    let runtime = Runtime::new(Limits::default()).unwrap();
    let (plugin, park) = national(&runtime);
    let (run, phases) = runtime.evaluate_timed(&plugin, park, 2025, &[], None);
    assert!(run.outcome.is_ok());
    assert!(!phases.instantiate.is_zero() && !phases.call.is_zero());
    assert_eq!(
        phases.total(),
        phases.store + phases.instantiate + phases.call + phases.check + phases.teardown
    );
}
