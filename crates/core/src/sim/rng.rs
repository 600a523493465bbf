//! The simulation's only source of chance: ChaCha8 seeded from the run's
//! seed. Never the global RNG, so a seed always gives the same shift.

use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{Rng, SeedableRng};

/// A seeded random source.
#[derive(Clone, Debug)]
pub struct SimRng(ChaCha8Rng);

impl SimRng {
    /// A generator for `seed`; `stream` separates independent uses (the
    /// shift, each bot) so that one does not shift the other's draws.
    pub fn new(seed: u64, stream: u64) -> SimRng {
        let mut r = ChaCha8Rng::seed_from_u64(seed);
        r.set_stream(stream);
        SimRng(r)
    }

    /// A whole number in `lo..=hi` (returns `lo` when `hi <= lo`).
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        if hi <= lo {
            return lo;
        }
        let span = (hi - lo).wrapping_add(1);
        if span == 0 {
            // The whole range of u64.
            return self.0.next_u64();
        }
        loop {
            let v = self.0.next_u64();
            if let Some(r) = accept(v, span) {
                return lo + r;
            }
        }
    }

    /// An index below `n` (0 when `n` is 0).
    pub fn index(&mut self, n: usize) -> usize {
        self.range(0, n.saturating_sub(1) as u64) as usize
    }

    /// True with probability `percent`/100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.range(0, 99) < percent
    }
}

/// Rejection sampling without modulo bias: `v % span`, unless `v` falls in
/// the last block of `span` values below 2^64 (then draw again). The same
/// as accepting `v < u64::MAX - u64::MAX % span`, with one division
/// instead of two (none for powers of two).
fn accept(v: u64, span: u64) -> Option<u64> {
    let r = if span.is_power_of_two() {
        v & (span - 1)
    } else {
        v % span
    };
    (v - r).checked_add(span).map(|_| r)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The textbook form `accept` must match exactly (seeds replay).
    fn textbook(v: u64, span: u64) -> Option<u64> {
        let zone = u64::MAX - (u64::MAX % span);
        (v < zone).then(|| v % span)
    }

    #[test]
    fn accept_matches_the_textbook_rejection() {
        let spans = [
            1,
            2,
            3,
            5,
            7,
            64,
            100,
            1000,
            40_001,
            1 << 40,
            (1 << 63) + 1,
            u64::MAX,
        ];
        let mut r = ChaCha8Rng::seed_from_u64(3);
        for &span in &spans {
            let zone = u64::MAX - (u64::MAX % span);
            let edges = [
                0,
                1,
                span - 1,
                span,
                zone.saturating_sub(1),
                zone,
                u64::MAX - 1,
                u64::MAX,
            ];
            for v in edges.into_iter().chain((0..2000).map(|_| r.next_u64())) {
                assert_eq!(accept(v, span), textbook(v, span), "v {v} span {span}");
            }
        }
    }

    #[test]
    fn same_seed_same_draws() {
        let a: Vec<u64> = {
            let mut r = SimRng::new(7, 0);
            (0..20).map(|_| r.range(0, 1000)).collect()
        };
        let b: Vec<u64> = {
            let mut r = SimRng::new(7, 0);
            (0..20).map(|_| r.range(0, 1000)).collect()
        };
        assert_eq!(a, b);
        let mut c = SimRng::new(7, 1);
        let c: Vec<u64> = (0..20).map(|_| c.range(0, 1000)).collect();
        assert_ne!(a, c);
    }

    #[test]
    fn range_bounds() {
        let mut r = SimRng::new(1, 0);
        for _ in 0..1000 {
            let v = r.range(5, 9);
            assert!((5..=9).contains(&v));
        }
        assert_eq!(r.range(3, 3), 3);
        assert_eq!(r.range(4, 2), 4);
    }
}
