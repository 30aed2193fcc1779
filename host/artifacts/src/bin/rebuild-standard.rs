//! Rebuild a bundled standard from this checkout, in a fresh target
//! directory, with the flags the `zcp` build uses, and compare its SHA-256
//! with the digest pinned in this build:
//!
//! ```sh
//! cargo run -p zcp-artifacts --bin rebuild-standard -- cn-zcp
//! ```
//!
//! Exit 0 when they are identical, 1 when they differ, 2 on an error.

#![allow(clippy::expect_used, clippy::panic, clippy::unwrap_used)] // shares the build script's helpers, which panic

use std::path::PathBuf;
use std::process::ExitCode;

#[path = "../../guests.rs"]
#[allow(dead_code)] // shared with the build scripts
mod guests;

fn main() -> ExitCode {
    let Some(id) = std::env::args().nth(1) else {
        eprintln!(
            "usage: rebuild-standard ID (one of: {})",
            bundled().join(", ")
        );
        return ExitCode::from(2);
    };
    let Some(pinned) = zcp_artifacts::BUNDLED_STANDARDS
        .iter()
        .find(|s| s.package == id)
    else {
        eprintln!(
            "error: `{id}` is not a bundled standard (bundled: {})",
            bundled().join(", ")
        );
        return ExitCode::from(2);
    };
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let work = std::env::temp_dir().join(format!("zcp-rebuild-{}", std::process::id()));
    let digest = guests::rebuild_standard(
        root.canonicalize().expect("the checkout exists"),
        &work,
        &id,
    );
    let _ = std::fs::remove_dir_all(&work);
    println!("{id}: rebuilt from source  sha256 {digest}");
    println!("{id}: pinned in this build sha256 {}", pinned.sha256);
    if digest == pinned.sha256 {
        println!("identical");
        ExitCode::SUCCESS
    } else {
        println!("DIFFERENT: check the toolchain (`rust-toolchain.toml`) and the sources");
        ExitCode::from(1)
    }
}

fn bundled() -> Vec<&'static str> {
    zcp_artifacts::BUNDLED_STANDARDS
        .iter()
        .map(|s| s.package)
        .collect()
}
