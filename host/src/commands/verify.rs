//! `zcp verify`: would this plugin run here, and who vouches for it.

use std::path::PathBuf;

use clap::Args;
use zcp::Publisher;

use super::{Status, TrustArgs};

/// Arguments of `zcp verify`.
#[derive(Debug, Args)]
#[command(
    after_help = "The trust store is TOML: one [[publisher]] per key (name, key, ids, jurisdictions, expires) and one [[revoked]] per revoked key (key-id, since, reason); see SECURITY.md.\n\nExit codes: 0 verified, 2 refused."
)]
pub(crate) struct VerifyArgs {
    /// The plugin (a `.wasm` component, its `<plugin>.sig` beside it).
    plugin: PathBuf,
    #[command(flatten)]
    trust: TrustArgs,
}

/// The checks `evaluate` makes on a plugin from a directory, reported.
pub(crate) fn run(args: &VerifyArgs) -> anyhow::Result<Status> {
    let trust = args.trust.trust()?;
    let runtime = super::runtime()?;
    match zcp::registry::load_file(&runtime, &trust, args.plugin.clone()) {
        Ok(plugin) => {
            let who = match &plugin.publisher {
                Publisher::Signed { name, key_id } => {
                    format!("signed by `{name}` (key {key_id}), within its scope")
                }
                Publisher::Unsigned => {
                    "UNSIGNED (allowed by --allow-unsigned, for development only)".to_owned()
                }
                Publisher::Bundled => "bundled".to_owned(),
            };
            println!(
                "`{}`: verified: {} (sha256 {}), {who}",
                args.plugin.display(),
                plugin.info.label(),
                &plugin.digest[..12]
            );
            Ok(Status::Qualified)
        }
        Err(error) => {
            println!("{error}");
            Ok(Status::Error)
        }
    }
}
