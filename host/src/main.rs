//! The `zcp` command line: parses arguments and dispatches to one module per verb.

use std::process::ExitCode;

use clap::Parser;

mod commands;

fn main() -> ExitCode {
    let cli = commands::Cli::parse();
    match commands::run(cli) {
        Ok(status) => status.into(),
        Err(error) => {
            eprintln!("error: {error:#}");
            commands::Status::Error.into()
        }
    }
}
