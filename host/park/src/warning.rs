//! What a park file holds that the host ignores rather than refuses.

use std::path::PathBuf;

use crate::error::Location;

/// A key in the namespace of a standard not loaded in this run
/// (`x-cn-hn-zcp.tech-revenue` when `cn-hn-zcp` is not): the same park file
/// serves runs with and without that standard, so the key is ignored, not
/// refused. Its value is not kept.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{}: {at}: `{key}` belongs to standard `{owner}`, which is not loaded in this run: ignored",
    .path.display()
)]
pub struct ParkWarning {
    /// The file.
    pub path: PathBuf,
    /// Profile or year.
    pub at: Location,
    /// The key, dotted.
    pub key: String,
    /// The id of the standard whose namespace the key is in.
    pub owner: String,
}
