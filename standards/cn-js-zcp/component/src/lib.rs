//! `cn-js-zcp` exported as a `zcp:evaluation` component. Only this crate
//! exports: the `cn-js-zcp` library holds the rules (and reuses the national
//! accounting of the `cn-zcp` library), so no build overwrites one component
//! with another and no symbols clash.

zcp_sdk::export_standard!(cn_js_zcp::CnJsZcp);
