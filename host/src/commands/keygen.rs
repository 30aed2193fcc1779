//! `zcp keygen`: a publisher's signing key pair.

use std::path::PathBuf;

use anyhow::Context as _;
use clap::Args;
use zcp_signature::KeyPair;

use super::Status;

/// Arguments of `zcp keygen`.
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  zcp keygen --out keys/hunan --name \"Hunan DIIT\"")]
pub(crate) struct KeygenArgs {
    /// Write `PATH.key` (the secret key, owner-only: keep it private) and
    /// `PATH.pub` (the public key, for evaluators); neither is overwritten.
    #[arg(long, value_name = "PATH")]
    out: PathBuf,
    /// The publisher's name, recorded in both files.
    #[arg(long)]
    name: Option<String>,
}

pub(crate) fn run(args: &KeygenArgs) -> anyhow::Result<Status> {
    let key = KeyPair::generate()?;
    let (secret, public) = (
        args.out.with_extension("key"),
        args.out.with_extension("pub"),
    );
    if let Some(dir) = args.out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create `{}`", dir.display()))?;
    }
    key.write_secret(&secret, args.name.as_deref())?;
    key.public().write(&public, args.name.as_deref())?;
    println!(
        "key {} written: `{}` (secret: keep it private, sign with it) and `{}` (public: give it to evaluators)",
        key.key_id(),
        secret.display(),
        public.display()
    );
    println!(
        "\nAn evaluator trusts it for your ids and jurisdiction:\n  zcp trust add {} --ids '<your-id-prefix>-*' --jurisdictions <CN-XX> [--expires YYYY-MM-DD]",
        public.display()
    );
    Ok(Status::Qualified)
}
