//! The tables and memories a component's core modules declare, checked
//! against the limits before it is compiled: a plugin asking for a table of
//! a million elements is refused by name, not by the pooling allocator's
//! generic message (growth past the limits at run time is the store's
//! `ResourceLimiter`'s job).

use wasmparser::{Parser, Payload};

use crate::limits::{LimitExceeded, Limits};

/// Bytes in a wasm page.
const PAGE_BYTES: u64 = 64 << 10;

/// The first table or memory whose initial size is over `limits`, if any.
/// Bytes that do not parse are left to the compiler, which names the fault.
pub(crate) fn over_limits(bytes: &[u8], limits: &Limits) -> Option<LimitExceeded> {
    for payload in Parser::new(0).parse_all(bytes) {
        match payload.ok()? {
            Payload::TableSection(tables) => {
                for table in tables {
                    let initial = table.ok()?.ty.initial;
                    if initial > limits.table_elements as u64 {
                        return Some(LimitExceeded::Table {
                            limit: limits.table_elements,
                            requested: usize::try_from(initial).unwrap_or(usize::MAX),
                        });
                    }
                }
            }
            Payload::MemorySection(memories) => {
                for memory in memories {
                    let initial = memory.ok()?.initial.saturating_mul(PAGE_BYTES);
                    if initial > limits.memory_bytes as u64 {
                        return Some(LimitExceeded::Memory {
                            limit: limits.memory_bytes,
                            requested: usize::try_from(initial).unwrap_or(usize::MAX),
                        });
                    }
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn check(wat: &str) -> Option<LimitExceeded> {
        over_limits(&wat::parse_str(wat).unwrap(), &Limits::default())
    }

    #[test]
    fn initial_tables_and_memories_over_the_limits_are_named() {
        assert_eq!(check("(module (table 20000 funcref) (memory 1024))"), None);
        assert_eq!(
            check("(module (table 20001 funcref))"),
            Some(LimitExceeded::Table {
                limit: 20_000,
                requested: 20_001
            })
        );
        assert_eq!(
            check("(component (core module (memory 1025)))"),
            Some(LimitExceeded::Memory {
                limit: 64 << 20,
                requested: 1025 << 16
            })
        );
        assert_eq!(
            over_limits(b"\0asm garbage", &Limits::default()),
            None,
            "left to the compiler"
        );
    }
}
