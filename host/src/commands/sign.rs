//! `zcp sign`: a publisher signs its plugin.

use std::path::PathBuf;

use anyhow::Context as _;
use clap::Args;
use zcp::Origin;
use zcp_signature::{KeyPair, Signature, sha256_hex};

use super::Status;

/// Arguments of `zcp sign`.
#[derive(Debug, Args)]
#[command(
    after_help = "Example:\n  zcp sign target/wasm32-wasip2/release/cn_hn_zcp.wasm --key keys/hunan.key"
)]
pub(crate) struct SignArgs {
    /// The plugin (a `.wasm` component); the signature is written beside it
    /// as `<plugin>.sig`.
    plugin: PathBuf,
    /// The publisher's secret key (from `zcp keygen`).
    #[arg(long, value_name = "FILE")]
    key: PathBuf,
}

/// The plugin is loaded in the sandbox first: the signature covers its
/// digest and the id and version it describes itself with.
pub(crate) fn run(args: &SignArgs) -> anyhow::Result<Status> {
    let key = KeyPair::read_secret(&args.key)?;
    let bytes = std::fs::read(&args.plugin)
        .with_context(|| format!("cannot read `{}`", args.plugin.display()))?;
    let runtime = super::runtime()?;
    let plugin = runtime.load(&bytes, Origin::File(args.plugin.clone()))?;
    let digest = sha256_hex(&bytes);
    let version = plugin.info.version.to_string();
    let signature = Signature::sign(&key, &digest, &plugin.info.id, &version)?;
    let path = Signature::path_for(&args.plugin);
    std::fs::write(&path, signature.to_toml())
        .with_context(|| format!("cannot write `{}`", path.display()))?;
    println!(
        "signed {} (sha256 {}) with key {}: `{}`",
        plugin.info.label(),
        &digest[..12],
        key.key_id(),
        path.display()
    );
    Ok(Status::Qualified)
}
