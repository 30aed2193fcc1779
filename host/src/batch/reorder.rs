//! Back into input order: parks finish in any order across workers, and
//! leave here strictly by index, so the output is the same whatever the
//! number of jobs.

use std::collections::BTreeMap;

/// Items numbered from 0, released in order as the gaps before them fill.
#[derive(Debug)]
pub(crate) struct Reorder<T> {
    next: u64,
    waiting: BTreeMap<u64, T>,
}

impl<T> Reorder<T> {
    pub(crate) fn new() -> Self {
        Reorder {
            next: 0,
            waiting: BTreeMap::new(),
        }
    }

    /// Hold item `index` until every item before it has been released.
    pub(crate) fn push(&mut self, index: u64, item: T) {
        self.waiting.insert(index, item);
    }

    /// The next item in order, when it has arrived.
    pub(crate) fn pop(&mut self) -> Option<T> {
        let item = self.waiting.remove(&self.next)?;
        self.next += 1;
        Some(item)
    }

    /// How many items arrived but wait for an earlier one.
    #[cfg(test)]
    pub(crate) fn waiting(&self) -> usize {
        self.waiting.len()
    }
}

#[cfg(test)]
mod tests {
    use super::Reorder;

    fn drain(reorder: &mut Reorder<char>) -> String {
        std::iter::from_fn(|| reorder.pop()).collect()
    }

    #[test]
    fn items_leave_in_index_order_whatever_order_they_arrive_in() {
        let mut reorder = Reorder::new();
        reorder.push(2, 'c');
        reorder.push(1, 'b');
        assert_eq!(drain(&mut reorder), "", "0 has not arrived");
        assert_eq!(reorder.waiting(), 2);
        reorder.push(0, 'a');
        assert_eq!(drain(&mut reorder), "abc");
        reorder.push(4, 'e');
        assert_eq!(drain(&mut reorder), "");
        reorder.push(3, 'd');
        reorder.push(5, 'f');
        assert_eq!(drain(&mut reorder), "def");
        assert_eq!(reorder.waiting(), 0);
    }

    #[test]
    fn a_gap_that_never_fills_holds_back_everything_after_it() {
        // An interrupted batch: what waits behind a park never assessed is
        // not written, so the output is a prefix of the full run's.
        let mut reorder = Reorder::new();
        for (index, item) in [(0, 'a'), (2, 'c'), (3, 'd')] {
            reorder.push(index, item);
        }
        assert_eq!(drain(&mut reorder), "a");
        assert_eq!(reorder.waiting(), 2);
    }
}
