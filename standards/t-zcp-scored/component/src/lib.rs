//! `t-zcp-scored` exported as a `zcp:evaluation` component. Only this crate
//! exports: the `t-zcp-scored` library holds the rules (and reuses the
//! `cn-zcp` library for the national accounting), so no build overwrites
//! one component with another.

zcp_sdk::export_standard!(t_zcp_scored::TZcpScored);
