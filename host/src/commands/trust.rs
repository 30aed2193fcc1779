//! `zcp trust`: the evaluator's trust store, edited without a text editor.

use std::path::PathBuf;

use anyhow::Context as _;
use clap::{Args, Subcommand};
use zcp_signature::{PublicKey, TrustStore};

use super::Status;

/// Arguments of `zcp trust`.
#[derive(Debug, Args)]
pub(crate) struct TrustArgs {
    #[command(subcommand)]
    action: Action,
    /// The trust store (default: `$ZCP_TRUST_STORE`, else
    /// `$XDG_CONFIG_HOME/zcp/trust.toml`, else `~/.config/zcp/trust.toml`).
    #[arg(long, value_name = "FILE", global = true)]
    trust_store: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum Action {
    /// Trust a publisher's key for the standard ids and jurisdictions it may sign.
    #[command(
        after_help = "Example:\n  zcp trust add hunan.pub --ids 'cn-hn-*' --jurisdictions CN-HN --expires 2027-12-31"
    )]
    Add {
        /// The publisher's public key file (from `zcp keygen`).
        key: PathBuf,
        /// Standard ids it may sign: an exact id or a prefix ending in `*`; repeatable.
        #[arg(long = "ids", required = true, value_name = "PATTERN")]
        ids: Vec<String>,
        /// Jurisdictions it may sign for: an ISO 3166-2 code or a prefix ending in `*`; repeatable.
        #[arg(long = "jurisdictions", required = true, value_name = "PATTERN")]
        jurisdictions: Vec<String>,
        /// The last day its signatures are accepted (ISO date).
        #[arg(long, value_name = "DATE")]
        expires: Option<jiff::civil::Date>,
        /// The publisher's name (default: the one in the key file).
        #[arg(long)]
        name: Option<String>,
    },
    /// List the trusted publishers and the revoked keys.
    List,
}

pub(crate) fn run(args: &TrustArgs) -> anyhow::Result<Status> {
    let path = match &args.trust_store {
        Some(path) => path.clone(),
        None => TrustStore::default_path()
            .context("no trust store path: set ZCP_TRUST_STORE or HOME, or pass --trust-store")?,
    };
    match &args.action {
        Action::List => list(&path),
        Action::Add {
            key,
            ids,
            jurisdictions,
            expires,
            name,
        } => {
            let (public, key_name) = PublicKey::read(key)?;
            let name = name
                .clone()
                .or(key_name)
                .context("the key file names no publisher: pass --name")?;
            add(&path, &public, &name, ids, jurisdictions, *expires)
        }
    }
}

/// Append a `[[publisher]]`, checked as the whole store before it is written.
fn add(
    path: &std::path::Path,
    key: &PublicKey,
    name: &str,
    ids: &[String],
    jurisdictions: &[String],
    expires: Option<jiff::civil::Date>,
) -> anyhow::Result<Status> {
    let current = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            format!("format = \"{}\"\n", zcp_signature::TRUST_FORMAT)
        }
        Err(e) => return Err(e).with_context(|| format!("cannot read `{}`", path.display())),
    };
    let quoted = |s: &str| toml::Value::String(s.to_owned()).to_string();
    let list = |items: &[String]| {
        items
            .iter()
            .map(|s| quoted(s))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut entry = format!(
        "\n[[publisher]]\nname = {}\nkey = \"{}\"\nids = [{}]\njurisdictions = [{}]\n",
        quoted(name),
        key.to_hex(),
        list(ids),
        list(jurisdictions)
    );
    if let Some(date) = expires {
        entry.push_str(&format!("expires = \"{date}\"\n"));
    }
    let text = format!(
        "{}{entry}",
        current.trim_end_matches('\n').to_owned() + "\n"
    );
    TrustStore::parse(&text, &path.display().to_string())?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create `{}`", dir.display()))?;
    }
    std::fs::write(path, text).with_context(|| format!("cannot write `{}`", path.display()))?;
    let shown = |items: &[String]| {
        items
            .iter()
            .map(|s| format!("`{s}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    println!(
        "trusted `{name}` (key {}) for ids {} in {}: `{}`",
        key.key_id(),
        shown(ids),
        shown(jurisdictions),
        path.display()
    );
    Ok(Status::Qualified)
}

fn list(path: &std::path::Path) -> anyhow::Result<Status> {
    let store = TrustStore::load(path)?;
    println!("trust store `{}`", path.display());
    for p in store.publishers() {
        let expires = p
            .expires
            .map(|d| format!(", until {d}"))
            .unwrap_or_default();
        println!(
            "  {} (key {}): ids {} in {}{expires}",
            p.name,
            p.key_id,
            p.ids.join(", "),
            p.jurisdictions.join(", ")
        );
    }
    for r in store.revoked() {
        println!("  revoked: {} since {}: {}", r.key_id, r.since, r.reason);
    }
    Ok(Status::Qualified)
}
