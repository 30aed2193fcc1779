//! The `zcp` command line: the verbs live in the library (`zcp::commands`),
//! so benchmarks and tests run the very same code in a process of their own.

use std::process::ExitCode;

fn main() -> ExitCode {
    zcp::commands::main()
}
