//! The guest components built for the host: the bundled standards (embedded
//! bytes, pinned by SHA-256 at build time) and the test plugins (paths).

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

include!(concat!(env!("OUT_DIR"), "/artifacts.rs"));
