//! Hostile plugins refused at load, each with a message naming what is
//! wrong, while the bundled standards load beside them: imports of every
//! forbidden kind, components of the wrong world or the wrong types, a core
//! module, truncated bytes, a table bomb, a giant description, malformed ids
//! and versions.

use std::path::Path;

use zcp::{LimitExceeded, Limits, PluginError};
use zcp_test_artifacts::test_plugins::{
    BAD_ID, BAD_VERSION, CORE_MODULE, FORBIDDEN_CLOCKS, FORBIDDEN_HTTP, FORBIDDEN_IMPORT,
    FORBIDDEN_RANDOM, FORBIDDEN_SOCKETS, GIANT_DESCRIPTION, PANICS, TABLE_BOMB, WRONG_SIGNATURE,
    WRONG_WORLD,
};

use crate::load;

/// Load `plugin` beside the bundled standards: the one error it causes,
/// which names its file.
#[track_caller]
fn refusal(plugin: &str) -> PluginError {
    let (_runtime, mut registry, _dir) = load(Limits::default(), &[plugin]);
    assert!(
        registry.plugins().iter().any(|p| p.info.id == "cn-zcp"),
        "the bundled standard still loads"
    );
    assert_eq!(registry.errors.len(), 1, "{:?}", registry.errors);
    let error = registry.errors.remove(0);
    let file = Path::new(plugin).file_name().unwrap().to_string_lossy();
    assert!(error.to_string().contains(&*file), "{error}");
    error
}

#[test]
fn every_kind_of_forbidden_import_is_refused_naming_the_interface() {
    for (plugin, interface) in [
        (FORBIDDEN_IMPORT, "wasi:filesystem/"),
        (FORBIDDEN_SOCKETS, "wasi:sockets/"),
        (FORBIDDEN_HTTP, "wasi:http/outgoing-handler@"),
        (FORBIDDEN_CLOCKS, "wasi:clocks/wall-clock@"),
        (FORBIDDEN_RANDOM, "wasi:random/random@"),
    ] {
        let PluginError::ForbiddenImport { import, .. } = refusal(plugin) else {
            panic!("{plugin}: expected a refused import");
        };
        assert!(
            import.split("`, `").any(|i| i.starts_with(interface)),
            "{plugin}: {import}"
        );
        assert!(
            import
                .split("`, `")
                .all(|i| !i.starts_with("wasi:cli/") && !i.starts_with("wasi:io/")),
            "only the forbidden ones are named: {import}"
        );
    }
}

#[test]
fn a_component_of_another_world_is_refused_naming_what_it_exports() {
    let error = refusal(WRONG_WORLD);
    assert!(matches!(error, PluginError::Link { .. }), "{error:?}");
    assert!(
        error
            .to_string()
            .ends_with("it exports `wasi:cli/run@0.2.0`"),
        "{error}"
    );
}

#[test]
fn the_evaluator_name_with_functions_of_the_wrong_types_is_refused() {
    let error = refusal(WRONG_SIGNATURE);
    let PluginError::Link { message, .. } = &error else {
        panic!("expected a link error, got {error:?}");
    };
    assert_eq!(
        message,
        "its exports do not have the types contract 1.1.0 gives them (failed to convert function to given type)"
    );
}

#[test]
fn a_core_module_is_refused_as_one() {
    let error = refusal(CORE_MODULE);
    assert!(
        error.to_string().ends_with(
            "not a valid WebAssembly component: a core WebAssembly module, not a component (build for `wasm32-wasip2`, or wrap it with `wasm-tools component new`)"
        ),
        "{error}"
    );
}

#[test]
fn truncated_bytes_of_a_real_component_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = std::fs::read(PANICS).unwrap();
    let half = dir.path().join("half.wasm");
    std::fs::write(&half, &bytes[..bytes.len() / 2]).unwrap();
    crate::sign(&half, "test-panics");
    let error = refusal(half.to_str().unwrap());
    assert!(
        matches!(error, PluginError::Compile { .. })
            && error
                .to_string()
                .contains("not a valid WebAssembly component"),
        "{error}"
    );
    // Its first 8 bytes alone are a complete, empty component.
    let header = dir.path().join("header.wasm");
    std::fs::write(&header, &bytes[..8]).unwrap();
    crate::sign(&header, "test-panics");
    let error = refusal(header.to_str().unwrap());
    assert!(error.to_string().ends_with("it exports nothing"), "{error}");
}

/// A table of a million elements, declared: refused before compiling.
#[test]
fn a_table_bomb_is_refused_by_the_table_limit() {
    let PluginError::OverLimit { limit, .. } = refusal(TABLE_BOMB) else {
        panic!("expected the table limit");
    };
    let LimitExceeded::Table { limit, requested } = limit else {
        panic!("expected the table limit, got {limit:?}");
    };
    assert_eq!(limit, 20_000);
    assert!(requested > 1_000_000, "{requested}");
}

#[test]
fn a_giant_description_is_refused_by_its_size() {
    let error = refusal(GIANT_DESCRIPTION);
    let PluginError::Invalid { message, .. } = &error else {
        panic!("expected an invalid description, got {error:?}");
    };
    assert!(
        message.ends_with("bytes, over the limit of 4194304 bytes on what a plugin returns"),
        "{message}"
    );
}

#[test]
fn malformed_ids_and_versions_are_refused() {
    let error = refusal(BAD_ID);
    assert!(
        error.to_string().ends_with(
            "invalid description: id `Bad_Id!` must be lowercase letters, digits and hyphens"
        ),
        "{error}"
    );
    let error = refusal(BAD_VERSION);
    assert!(
        matches!(error, PluginError::Invalid { .. }) && error.to_string().contains("`1.0`"),
        "{error}"
    );
}
