//! The sandbox: which imports a plugin may have, and the minimal WASI a Rust
//! std guest needs, served with no environment, no files, no clock, no
//! network, captured output and a fixed seed.

use std::sync::{Arc, Mutex};

use wasmtime::Engine;
use wasmtime::component::{Component, HasData, Linker, ResourceTable};
use wasmtime_wasi::p2::bindings::{cli, random};
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};

/// Imports a plugin may have: the park data, and the WASI interfaces a Rust
/// std guest pulls in even when it never uses them. Versions `0.2.*`.
const ALLOWED_IMPORTS: &[&str] = &[
    "zcp:evaluation/park-data@1.0.0",
    "zcp:evaluation/types@1.0.0",
    "zcp:evaluation/park-data@1.1.0",
    "zcp:evaluation/types@1.1.0",
    "wasi:io/error@0.2.",
    "wasi:io/poll@0.2.",
    "wasi:io/streams@0.2.",
    "wasi:cli/environment@0.2.",
    "wasi:cli/exit@0.2.",
    "wasi:cli/stdin@0.2.",
    "wasi:cli/stdout@0.2.",
    "wasi:cli/stderr@0.2.",
    "wasi:cli/terminal-input@0.2.",
    "wasi:cli/terminal-output@0.2.",
    "wasi:cli/terminal-stdin@0.2.",
    "wasi:cli/terminal-stdout@0.2.",
    "wasi:cli/terminal-stderr@0.2.",
    "wasi:random/insecure-seed@0.2.",
];

/// The fixed seed behind `wasi:random/insecure-seed`: hash maps iterate the
/// same way on every run, so reports are reproducible.
const FIXED_SEED: u128 = 0x7a63_705f_7365_6564_5f66_6978_6564_2121;

/// Every import of `component` outside the allow-list.
pub(crate) fn forbidden_imports(engine: &Engine, component: &Component) -> Vec<String> {
    component
        .component_type()
        .imports(engine)
        .map(|(name, _)| name)
        .filter(|name| {
            !ALLOWED_IMPORTS
                .iter()
                .any(|allowed| allowed_name(allowed, name))
        })
        .map(str::to_owned)
        .collect()
}

fn allowed_name(allowed: &str, name: &str) -> bool {
    if allowed.ends_with('.') {
        name.strip_prefix(allowed)
            .is_some_and(|patch| !patch.is_empty() && patch.bytes().all(|b| b.is_ascii_digit()))
    } else {
        name == allowed
    }
}

/// Link the allowed WASI interfaces, one by one (never the catch-all).
pub(crate) fn add_wasi<T: WasiView + 'static>(linker: &mut Linker<T>) -> wasmtime::Result<()> {
    let l = linker;
    wasmtime_wasi::p2::bindings::sync::io::error::add_to_linker::<T, Io>(l, |t| t.ctx().table)?;
    wasmtime_wasi::p2::bindings::sync::io::poll::add_to_linker::<T, Io>(l, |t| t.ctx().table)?;
    wasmtime_wasi::p2::bindings::sync::io::streams::add_to_linker::<T, Io>(l, |t| t.ctx().table)?;
    use wasmtime_wasi::cli::{WasiCli, WasiCliView};
    cli::exit::add_to_linker::<T, WasiCli>(l, T::cli)?;
    cli::environment::add_to_linker::<T, WasiCli>(l, T::cli)?;
    cli::stdin::add_to_linker::<T, WasiCli>(l, T::cli)?;
    cli::stdout::add_to_linker::<T, WasiCli>(l, T::cli)?;
    cli::stderr::add_to_linker::<T, WasiCli>(l, T::cli)?;
    cli::terminal_input::add_to_linker::<T, WasiCli>(l, T::cli)?;
    cli::terminal_output::add_to_linker::<T, WasiCli>(l, T::cli)?;
    cli::terminal_stdin::add_to_linker::<T, WasiCli>(l, T::cli)?;
    cli::terminal_stdout::add_to_linker::<T, WasiCli>(l, T::cli)?;
    cli::terminal_stderr::add_to_linker::<T, WasiCli>(l, T::cli)?;
    random::insecure_seed::add_to_linker::<T, wasmtime_wasi::random::WasiRandom>(l, |t| {
        t.ctx().ctx.random()
    })?;
    Ok(())
}

/// Marker for the io interfaces, whose data is the resource table.
struct Io;

impl HasData for Io {
    type Data<'a> = &'a mut ResourceTable;
}

/// A fresh WASI context: no args, no environment, empty stdin, captured
/// stdout/stderr, fixed insecure seed.
pub(crate) fn wasi_ctx(stdout: &CapturedOutput, stderr: &CapturedOutput) -> WasiCtx {
    wasmtime_wasi::WasiCtxBuilder::new()
        .stdout(stdout.clone())
        .stderr(stderr.clone())
        .insecure_random_seed(FIXED_SEED)
        .build()
}

/// What a plugin printed, kept up to a cap.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
pub struct Output {
    /// The first bytes printed, lossily decoded.
    pub text: String,
    /// More was printed than kept.
    pub truncated: bool,
}

/// A bounded output stream: accepts every write (so an honest plugin that
/// prints too much is never trapped), keeps the first `cap` bytes, and flags
/// the rest as dropped.
#[derive(Debug, Clone)]
pub(crate) struct CapturedOutput {
    inner: Arc<Mutex<(Vec<u8>, bool)>>,
    cap: usize,
}

impl CapturedOutput {
    pub(crate) fn new(cap: usize) -> Self {
        CapturedOutput {
            inner: Arc::default(),
            cap,
        }
    }

    fn push(&self, bytes: &[u8]) {
        if let Ok(mut guard) = self.inner.lock() {
            let (buf, truncated) = &mut *guard;
            let room = self.cap.saturating_sub(buf.len());
            buf.extend_from_slice(&bytes[..bytes.len().min(room)]);
            *truncated |= bytes.len() > room;
        }
    }

    pub(crate) fn take(&self) -> Output {
        match self.inner.lock() {
            Ok(guard) => Output {
                // What a plugin printed is shown in reports: no terminal control.
                text: crate::sanitize::plugin_text(String::from_utf8_lossy(&guard.0).into_owned()),
                truncated: guard.1,
            },
            Err(_) => Output::default(),
        }
    }
}

impl wasmtime_wasi::cli::IsTerminal for CapturedOutput {
    fn is_terminal(&self) -> bool {
        false
    }
}

impl wasmtime_wasi::cli::StdoutStream for CapturedOutput {
    fn p2_stream(&self) -> Box<dyn wasmtime_wasi::p2::OutputStream> {
        Box::new(self.clone())
    }

    fn async_stream(&self) -> Box<dyn tokio::io::AsyncWrite + Send + Sync> {
        Box::new(self.clone())
    }
}

/// Largest write a guest is told it may make at once.
const WRITE_BUDGET: usize = 64 << 10;

impl wasmtime_wasi::p2::OutputStream for CapturedOutput {
    fn write(&mut self, bytes: bytes::Bytes) -> wasmtime_wasi::p2::StreamResult<()> {
        self.push(&bytes);
        Ok(())
    }

    fn flush(&mut self) -> wasmtime_wasi::p2::StreamResult<()> {
        Ok(())
    }

    fn check_write(&mut self) -> wasmtime_wasi::p2::StreamResult<usize> {
        Ok(WRITE_BUDGET)
    }
}

#[async_trait::async_trait]
impl wasmtime_wasi::p2::Pollable for CapturedOutput {
    async fn ready(&mut self) {}
}

impl tokio::io::AsyncWrite for CapturedOutput {
    fn poll_write(
        self: std::pin::Pin<&mut Self>,
        _cx: &mut std::task::Context<'_>,
        buf: &[u8],
    ) -> std::task::Poll<std::io::Result<usize>> {
        self.push(buf);
        std::task::Poll::Ready(Ok(buf.len()))
    }

    fn poll_flush(
        self: std::pin::Pin<&mut Self>,
        _cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::task::Poll::Ready(Ok(()))
    }

    fn poll_shutdown(
        self: std::pin::Pin<&mut Self>,
        _cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::task::Poll::Ready(Ok(()))
    }
}

/// Borrow WASI state out of a store's data.
pub(crate) fn view<'a>(ctx: &'a mut WasiCtx, table: &'a mut ResourceTable) -> WasiCtxView<'a> {
    WasiCtxView { ctx, table }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allow_list_matches_patch_versions_only() {
        assert!(allowed_name(
            "wasi:cli/stdout@0.2.",
            "wasi:cli/stdout@0.2.6"
        ));
        assert!(!allowed_name(
            "wasi:cli/stdout@0.2.",
            "wasi:cli/stdout@0.3.0"
        ));
        assert!(!allowed_name(
            "wasi:cli/stdout@0.2.",
            "wasi:cli/stdout@0.2."
        ));
        assert!(!allowed_name(
            "wasi:random/insecure-seed@0.2.",
            "wasi:random/random@0.2.6"
        ));
    }

    #[test]
    fn captured_output_truncates_and_flags() {
        let out = CapturedOutput::new(5);
        out.push(b"hello");
        assert!(!out.take().truncated);
        out.push(b" world");
        assert_eq!(
            out.take(),
            Output {
                text: "hello".into(),
                truncated: true
            }
        );
    }
}
