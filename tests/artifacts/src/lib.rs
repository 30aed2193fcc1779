//! Paths of the test plugins built as components (`plugins/test-plugins/*`,
//! and `configurable` built as several standards): the hostile ones that
//! prove the sandbox's limits, and those the resolution, layering and
//! contract tests load. Built for the test suite only, never for `zcp`.

include!(concat!(env!("OUT_DIR"), "/artifacts.rs"));
