//! A standard that reaches outside the sandbox: it reads a file, or, built
//! with one of its features, opens a socket, sends an HTTP request, reads
//! the wall clock or draws secure random bytes. Its component imports the
//! WASI interface for it, which the host refuses at load, naming it.

#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // exported only in the component
use zcp_sdk::{Evaluation, EvaluationError, ParkData, StandardInfo};

include!("../../common.rs");

struct ForbiddenImport;

impl zcp_sdk::Standard for ForbiddenImport {
    fn describe() -> StandardInfo {
        minimal_info("test-forbidden-import", "forbidden import")
    }

    fn evaluate(
        _data: &dyn ParkData,
        _parameters: &[(String, String)],
        _base: Option<Evaluation>,
    ) -> Result<Evaluation, EvaluationError> {
        Err(EvaluationError::Internal(reach_out()))
    }
}

#[cfg(all(target_arch = "wasm32", feature = "sockets"))]
fn reach_out() -> String {
    use wasip2::sockets::{network::IpAddressFamily, tcp_create_socket};
    let socket = tcp_create_socket::create_tcp_socket(IpAddressFamily::Ipv4);
    format!("socket: {}", socket.is_ok())
}

#[cfg(all(target_arch = "wasm32", feature = "http"))]
fn reach_out() -> String {
    use wasip2::http::{outgoing_handler, types};
    let request = types::OutgoingRequest::new(types::Fields::new());
    let sent = outgoing_handler::handle(request, None);
    format!("request sent: {}", sent.is_ok())
}

#[cfg(all(target_arch = "wasm32", feature = "clocks"))]
fn reach_out() -> String {
    format!("now: {}", wasip2::clocks::wall_clock::now().seconds)
}

#[cfg(all(target_arch = "wasm32", feature = "random"))]
fn reach_out() -> String {
    format!("secret: {}", wasip2::random::random::get_random_u64())
}

#[cfg(not(all(
    target_arch = "wasm32",
    any(
        feature = "sockets",
        feature = "http",
        feature = "clocks",
        feature = "random"
    )
)))]
fn reach_out() -> String {
    let secret = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    format!("read {} bytes", secret.len())
}

zcp_sdk::export_standard!(ForbiddenImport);
