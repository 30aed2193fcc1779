//! `cn-zcp` exported as a `zcp:evaluation` component. Only this crate
//! exports: the `cn-zcp` library holds the rules, so a provincial standard
//! can depend on it (its accounting, its indicators) and export itself
//! without clashing symbols, and no build overwrites one component with
//! another.

zcp_sdk::export_standard!(cn_zcp::CnZcp);
