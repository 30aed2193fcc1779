//! `cn-nm-zcp` exported as a `zcp:evaluation` component. Only this crate
//! exports: the `cn-nm-zcp` library holds the rules (and links the `cn-zcp`
//! library for its display helpers and ids), so no two standards' exports
//! clash and no build overwrites one component with another.

zcp_sdk::export_standard!(cn_nm_zcp::CnNmZcp);
