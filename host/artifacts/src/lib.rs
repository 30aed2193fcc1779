//! The guest components built for the host: the bundled standards (embedded
//! bytes, pinned by SHA-256 at build time) with their conformance cases
//! (embedded files). The test plugins are in `zcp-test-artifacts`.

/// A standard embedded in the `zcp` binary.
#[derive(Debug, Clone, Copy)]
pub struct BundledStandard {
    /// Cargo package name, e.g. `cn-zcp`.
    pub package: &'static str,
    /// SHA-256 of `bytes`, lowercase hex, computed when the binary was built.
    pub sha256: &'static str,
    /// The component.
    pub bytes: &'static [u8],
}

/// The conformance cases a bundled standard ships: every directory of
/// `standards/<package>/cases/`.
#[derive(Debug, Clone, Copy)]
pub struct BundledCases {
    /// Cargo package name of the standard, e.g. `cn-zcp`.
    pub package: &'static str,
    /// The cases, sorted by name.
    pub cases: &'static [BundledCase],
}

/// One conformance case: a directory of `standards/<package>/cases/`.
#[derive(Debug, Clone, Copy)]
pub struct BundledCase {
    /// The directory's name, e.g. `w1-green`.
    pub name: &'static str,
    /// Every file of the directory (`case.toml`, the park file): path relative
    /// to the directory with `/` separators, and contents; sorted by path.
    pub files: &'static [(&'static str, &'static str)],
}

include!(concat!(env!("OUT_DIR"), "/artifacts.rs"));
