//! The random draws of one park.
//!
//! Each park reads raw 64-bit words from a ChaCha8 stream of its own and
//! turns them into numbers here, with plain arithmetic only (no `ln`, `exp`
//! or `powf`, whose last bit may differ between platforms' maths
//! libraries), and never through rand's distributions (whose algorithms may
//! change between rand versions). A park's bytes therefore depend on
//! ChaCha8, which is value-stable, and on this crate alone.

use rand::{Rng as _, SeedableRng as _};
use rand_chacha::ChaCha8Rng;

/// The draws of one park: its own ChaCha8 stream.
pub(crate) struct Draw {
    rng: ChaCha8Rng,
}

impl Draw {
    /// The stream of park `index` under `seed`: the key comes from the seed
    /// and the ChaCha stream number is the index, so that each park is drawn
    /// on its own, whatever is generated before or after it.
    pub(crate) fn new(seed: u64, index: u64) -> Self {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        rng.set_stream(index);
        Draw { rng }
    }

    /// Uniform in [0, 1), from the top 53 bits of a word.
    pub(crate) fn unit(&mut self) -> f64 {
        const SCALE: f64 = 1.0 / (1u64 << 53) as f64;
        (self.rng.next_u64() >> 11) as f64 * SCALE
    }

    /// Uniform in [lo, hi).
    pub(crate) fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }

    /// In [lo, hi), denser towards `lo` (the square of a uniform draw): most
    /// parks are small, few are large.
    pub(crate) fn skewed(&mut self, lo: f64, hi: f64) -> f64 {
        let u = self.unit();
        lo + (hi - lo) * u * u
    }

    /// Uniform in [0, n), 0 when n is 0 (the widening multiply: its bias,
    /// below n / 2^64, is far below what a park could show).
    pub(crate) fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.rng.next_u64()) * u128::from(n)) >> 64) as u64
    }

    /// True `percent` times in a hundred.
    pub(crate) fn percent(&mut self, percent: u32) -> bool {
        self.below(100) < u64::from(percent)
    }

    /// One of `items`, each as often as its weight; `default` when they
    /// weigh nothing.
    pub(crate) fn pick<T: Copy>(&mut self, items: &[(T, u32)], default: T) -> T {
        let total: u64 = items.iter().map(|(_, w)| u64::from(*w)).sum();
        let mut ticket = self.below(total);
        for (item, weight) in items {
            let weight = u64::from(*weight);
            if ticket < weight {
                return *item;
            }
            ticket -= weight;
        }
        default
    }
}

#[cfg(test)]
mod tests {
    use super::Draw;

    #[test]
    fn the_same_seed_and_index_draw_the_same_words() {
        let (mut a, mut b) = (Draw::new(7, 3), Draw::new(7, 3));
        let words: Vec<u64> = (0..8).map(|_| a.below(u64::MAX)).collect();
        assert_eq!(words, (0..8).map(|_| b.below(u64::MAX)).collect::<Vec<_>>());
        let mut other = Draw::new(7, 4);
        assert_ne!(
            words,
            (0..8).map(|_| other.below(u64::MAX)).collect::<Vec<_>>()
        );
    }

    #[test]
    fn draws_stay_in_their_ranges() {
        let mut d = Draw::new(1, 1);
        for _ in 0..1000 {
            let u = d.unit();
            assert!((0.0..1.0).contains(&u));
            assert!((2.0..5.0).contains(&d.skewed(2.0, 5.0)));
            assert!(d.below(3) < 3);
        }
        assert_eq!(d.below(0), 0);
        assert_eq!(d.pick::<u8>(&[(1, 0), (2, 0)], 9), 9);
        assert_eq!(d.pick(&[(1, 0), (2, 5)], 9), 2);
    }
}
