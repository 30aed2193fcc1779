//! Builds every bundled standard as a `wasm32-wasip2` component (the thin
//! component crate `standards/<id>/component`, package `<id>-component`)
//! and generates constants embedding them, pinned by SHA-256, with the
//! conformance cases each standard ships (`standards/<id>/cases/*/`). The
//! test plugins are built by `zcp-test-artifacts`, for the test suite only.
//!
//! Editing a conformance case only regenerates the case table.

#![allow(clippy::expect_used, clippy::panic, clippy::unwrap_used)] // a build script fails by panicking

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

#[path = "guests.rs"]
#[allow(dead_code)] // shared with the test artifacts' build script
mod guests;

use guests::{Guests, packages_in, sha256_of};

/// The directory of a standard holding its conformance cases.
const CASES: &str = "cases";

/// The directory of a standard holding its thin component crate.
const COMPONENT: &str = "component";

fn main() {
    let guests = Guests::from_env("../..");
    let root = guests.root.clone();
    guests.watch(&["standards", "plugins/sdk", "wit", "Cargo.lock"]);
    let standards: Vec<String> = packages_in(&root.join("standards"))
        .into_iter()
        .filter(|id| {
            root.join("standards")
                .join(id)
                .join(COMPONENT)
                .join("Cargo.toml")
                .is_file()
        })
        .collect();
    let cases: Vec<PathBuf> = standards
        .iter()
        .map(|id| root.join("standards").join(id).join(CASES))
        .collect();
    for dir in &cases {
        println!("cargo:rerun-if-changed={}", dir.display());
    }

    let stamp = guests.sources_digest(
        &["standards", "plugins/sdk", "wit"],
        &cases,
        include_str!("build.rs"),
    );
    let kept: Vec<PathBuf> = standards
        .iter()
        .map(|id| guests.out_dir.join(format!("{id}.wasm")))
        .collect();
    if !guests.up_to_date(&stamp, &kept) {
        guests.stamp(None);
        let components: Vec<String> = standards
            .iter()
            .map(|id| format!("{id}-{COMPONENT}"))
            .collect();
        guests.build(components.iter(), &[]);
        for (id, component) in standards.iter().zip(&components) {
            guests.keep(component, &format!("{id}.wasm"));
        }
        guests.stamp(Some(&stamp));
    }

    let mut code = String::new();
    code.push_str(
        "/// The standards bundled into the `zcp` binary, pinned by digest at build time.\n",
    );
    code.push_str("pub const BUNDLED_STANDARDS: &[BundledStandard] = &[\n");
    for (id, path) in standards.iter().zip(&kept) {
        let digest = sha256_of(path);
        writeln!(
            code,
            "    BundledStandard {{ package: {id:?}, sha256: {digest:?}, bytes: include_bytes!({path:?}) }},",
            path = path.display()
        )
        .expect("writing to a string");
    }
    code.push_str("];\n\n");
    code.push_str(
        "/// The conformance cases of each bundled standard (`standards/<package>/cases/`), by package then case name.\n",
    );
    code.push_str("pub const BUNDLED_CASES: &[BundledCases] = &[\n");
    for (id, dir) in standards.iter().zip(&cases) {
        writeln!(code, "    BundledCases {{ package: {id:?}, cases: &[")
            .expect("writing to a string");
        for (name, files) in cases_in(dir) {
            writeln!(code, "        BundledCase {{ name: {name:?}, files: &[")
                .expect("writing to a string");
            for (relative, path) in files {
                writeln!(
                    code,
                    "            ({relative:?}, include_str!({path:?})),",
                    path = path.display()
                )
                .expect("writing to a string");
            }
            code.push_str("        ] },\n");
        }
        code.push_str("    ] },\n");
    }
    code.push_str("];\n");
    fs::write(guests.out_dir.join("artifacts.rs"), code).expect("OUT_DIR is writable");
}

/// The cases under `dir` (one directory each, sorted by name), each with its
/// files (relative paths with `/`, sorted) and their absolute paths. Hidden
/// files and directories (`.name`) are left out.
fn cases_in(dir: &Path) -> Vec<(String, Vec<(String, PathBuf)>)> {
    let Ok(entries) = fs::read_dir(dir) else {
        return vec![];
    };
    let mut cases: Vec<(String, Vec<(String, PathBuf)>)> = entries
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|name| !name.starts_with('.'))
        .map(|name| {
            let mut files = Vec::new();
            case_files(&dir.join(&name), "", &mut files);
            files.sort();
            (name, files)
        })
        .collect();
    cases.sort();
    cases
}

fn case_files(dir: &Path, prefix: &str, files: &mut Vec<(String, PathBuf)>) {
    let entries =
        fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    for entry in entries.filter_map(Result::ok) {
        let Ok(name) = entry.file_name().into_string() else {
            panic!("{}: a case file name must be UTF-8", entry.path().display());
        };
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let relative = format!("{prefix}{name}");
        if path.is_dir() {
            case_files(&path, &format!("{relative}/"), files);
        } else {
            let bytes =
                fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            assert!(
                std::str::from_utf8(&bytes).is_ok(),
                "{}: a conformance case file must be UTF-8 text",
                path.display()
            );
            let absolute = path.canonicalize().unwrap_or(path);
            files.push((relative, absolute));
        }
    }
}
