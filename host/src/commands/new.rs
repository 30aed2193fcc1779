//! `zcp new NAME`: scaffold a standard crate of its own.

use std::path::PathBuf;

use anyhow::Context as _;
use clap::Args;
use zcp::StandardSpec;
use zcp::scaffold::{CASE_NAME, NewStandard, SdkSource};

use super::Status;

/// Arguments of `zcp new`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  zcp new cn-hn-zcp --extends cn-zcp@^1 --jurisdiction CN-HN\n  zcp new my-standard --sdk ../zcp/plugins/sdk\n  zcp new my-standard --sdk https://github.com/zcp-dev/zcp\n  zcp new my-standard --sdk 0.1\n\nThe crate is a workspace of its own. Then, in it:\n  rustup target add wasm32-wasip2\n  cargo test\n  cargo build --target wasm32-wasip2 --release\n  zcp test NAME@0 --standards-dir target/wasm32-wasip2/release --cases cases --allow-unsigned"
)]
pub(crate) struct NewArgs {
    /// The standard's id, also the crate's name: lowercase letters, digits and `-`.
    name: String,
    /// The standard it extends (`ID@REQ`): the host runs that one first and
    /// passes its evaluation on.
    #[arg(long, value_name = "ID@REQ")]
    extends: Option<StandardSpec>,
    /// ISO 3166-2 code of the jurisdiction.
    #[arg(long, default_value = "CN")]
    jurisdiction: String,
    /// The SDK: a directory, a git URL, or a crates.io version requirement.
    /// Default: the SDK of the checkout this `zcp` was built from, when it
    /// is still there, else the crates.io release of this version.
    #[arg(long, value_name = "PATH|GIT|VERSION")]
    sdk: Option<String>,
    /// Where to write the crate (default: `./NAME`); it must be empty or absent.
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,
}

pub(crate) fn run(args: &NewArgs) -> anyhow::Result<Status> {
    let sdk = match &args.sdk {
        Some(given) => SdkSource::parse(given).map_err(anyhow::Error::msg)?,
        None => SdkSource::default_for_this_build(),
    };
    let dir = args
        .dir
        .clone()
        .unwrap_or_else(|| PathBuf::from(&args.name));
    let new = NewStandard {
        name: args.name.clone(),
        extends: args.extends.clone(),
        jurisdiction: args.jurisdiction.clone(),
        sdk: sdk.clone(),
    };
    let files = new
        .write(&dir)
        .with_context(|| format!("scaffolding `{}`", args.name))?;
    println!(
        "created standard `{}` in `{}` (SDK: {sdk})",
        args.name,
        dir.display()
    );
    for file in files {
        println!("  {}", file.display());
    }
    // The templates are laid out for a typical name; rustfmt settles the
    // lines a long name or jurisdiction lengthens.
    let formatted = std::process::Command::new("cargo")
        .arg("fmt")
        .current_dir(&dir)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !formatted {
        println!("(`cargo fmt` did not run: format the crate with it before your first commit)");
    }
    println!(
        "\nnext:\n  cd {}\n  cargo test\n  cargo build --target wasm32-wasip2 --release\n  zcp test {name}@0 --standards-dir target/wasm32-wasip2/release --cases cases --allow-unsigned\n  zcp evaluate cases/{CASE_NAME}/park.toml -s {name}@0 --standards-dir target/wasm32-wasip2/release --allow-unsigned\n(unsigned, it runs only with `--allow-unsigned`: `zcp keygen` and `zcp sign` to publish)",
        dir.display(),
        name = args.name
    );
    Ok(Status::Qualified)
}
