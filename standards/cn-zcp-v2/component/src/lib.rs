//! `cn-zcp` 2.0.0-draft.1 (an illustrative draft) exported as a
//! `zcp:evaluation` component. Only this crate exports: the `cn-zcp-v2`
//! library holds the rules, on top of the `cn-zcp` library.

zcp_sdk::export_standard!(cn_zcp_v2::CnZcpV2);
