//! The timer queue: what is due next, in time order, then in the order it
//! was set (a binary heap keyed by time and sequence number).

use super::action::ItemId;
use crate::scenario::Ms;
use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;

/// Something scheduled to happen at a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Timer {
    /// Patience of an item may run out (stale if the deadline moved).
    Patience(ItemId),
    /// The next escalation step of an item.
    Escalate(ItemId),
    /// An approver answers.
    Answer(u32),
    /// A wrong-account post spreads further.
    Spread(u32),
}

/// A timer in the queue, ordered by time, then by when it was set (the
/// sequence number is unique, so the timer itself never needs comparing).
#[derive(Clone, Copy, Debug)]
struct Scheduled {
    at: Ms,
    seq: u32,
    timer: Timer,
}

impl Scheduled {
    fn key(&self) -> (Ms, u32) {
        (self.at, self.seq)
    }
}

impl PartialEq for Scheduled {
    fn eq(&self, other: &Self) -> bool {
        self.key() == other.key()
    }
}

impl Eq for Scheduled {}

impl PartialOrd for Scheduled {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Scheduled {
    fn cmp(&self, other: &Self) -> Ordering {
        self.key().cmp(&other.key())
    }
}

/// The queue of everything scheduled.
#[derive(Clone, Debug)]
pub(super) struct Timers {
    heap: BinaryHeap<Reverse<Scheduled>>,
    seq: u32,
}

impl Timers {
    /// An empty queue, sized for about `n` timers.
    pub fn with_capacity(n: usize) -> Timers {
        Timers {
            heap: BinaryHeap::with_capacity(n + 8),
            seq: 0,
        }
    }

    /// Schedules `timer` at `at`.
    pub fn push(&mut self, at: Ms, timer: Timer) {
        self.seq += 1;
        self.heap.push(Reverse(Scheduled {
            at,
            seq: self.seq,
            timer,
        }));
    }

    /// When the next timer is due.
    pub fn next_at(&self) -> Option<Ms> {
        self.heap.peek().map(|Reverse(s)| s.at)
    }

    /// Takes the earliest timer if it is due at or before `now`.
    pub fn pop_due(&mut self, now: Ms) -> Option<Timer> {
        if self.next_at()? > now {
            return None;
        }
        self.heap.pop().map(|Reverse(s)| s.timer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pops everything due up to `until`, in order.
    fn drain(t: &mut Timers, until: Ms) -> Vec<Timer> {
        std::iter::from_fn(|| t.pop_due(until)).collect()
    }

    #[test]
    fn fires_in_time_then_in_setting_order() {
        let mut t = Timers::with_capacity(8);
        t.push(900, Timer::Patience(1)); // seq 1
        t.push(500, Timer::Answer(0)); // seq 2
        t.push(500, Timer::Patience(2)); // seq 3: same time as the answer, set later
        t.push(1_000, Timer::Patience(3)); // seq 4
        t.push(900, Timer::Spread(7)); // seq 5: same time as item 1, set later
        assert_eq!(t.next_at(), Some(500));
        assert_eq!(drain(&mut t, 499), vec![]);
        assert_eq!(
            drain(&mut t, 1_000),
            vec![
                Timer::Answer(0),
                Timer::Patience(2),
                Timer::Patience(1),
                Timer::Spread(7),
                Timer::Patience(3),
            ]
        );
        assert_eq!(t.next_at(), None);
    }
}
