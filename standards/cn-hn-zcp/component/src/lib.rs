//! `cn-hn-zcp` exported as a `zcp:evaluation` component. Only this crate
//! exports: the `cn-hn-zcp` library holds the rules (and links the `cn-zcp`
//! library for the national accounting), so no symbols clash and no build
//! overwrites one component with another.

zcp_sdk::export_standard!(cn_hn_zcp::CnHnZcp);
