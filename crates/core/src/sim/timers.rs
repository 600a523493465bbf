//! The timer queue: what is due next, in time order, then in the order it
//! was set.
//!
//! Most timers are patience deadlines, always set at "now + the event's
//! patience" (when an item arrives or gets a holding reply). Deadlines with
//! the same patience are therefore set in time order: each patience value
//! gets a first-in-first-out lane, where setting and taking cost nothing.
//! Other timers (escalations, approvers' answers, spreading posts) go to a
//! binary heap. The earliest key is kept at hand, so asking what comes next
//! is free. The firing order is exactly that of one heap keyed by (time,
//! sequence number).

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

/// Deadlines of one patience value, in the order they were set (which is
/// time order). Taken ones stay behind `head`: a lane holds at most one
/// entry per arrival and holding reply of the shift.
#[derive(Clone, Debug)]
struct Lane {
    patience: Ms,
    queue: Vec<Scheduled>,
    head: usize,
}

/// Lanes kept at most; deadlines of further patience values use the heap.
const MAX_LANES: usize = 8;

/// Where the earliest timer is.
#[derive(Clone, Copy, Debug)]
enum Source {
    Heap,
    Lane(usize),
}

/// The queue of everything scheduled.
#[derive(Clone, Debug)]
pub(super) struct Timers {
    heap: BinaryHeap<Reverse<Scheduled>>,
    lanes: Vec<Lane>,
    seq: u32,
    /// The earliest timer's key and where it is.
    first: Option<((Ms, u32), Source)>,
}

impl Timers {
    /// An empty queue, sized for about `n` timers.
    pub fn with_capacity(n: usize) -> Timers {
        Timers {
            heap: BinaryHeap::with_capacity(n / 4 + 8),
            lanes: Vec::new(),
            seq: 0,
            first: None,
        }
    }

    fn set(&mut self, at: Ms, timer: Timer) -> Scheduled {
        self.seq += 1;
        Scheduled {
            at,
            seq: self.seq,
            timer,
        }
    }

    /// Keeps `first` up to date after adding `s` at `source`.
    fn added(&mut self, s: &Scheduled, source: Source) {
        if self.first.is_none_or(|(k, _)| s.key() < k) {
            self.first = Some((s.key(), source));
        }
    }

    /// Schedules `timer` at `at`.
    pub fn push(&mut self, at: Ms, timer: Timer) {
        let s = self.set(at, timer);
        self.push_scheduled(s);
    }

    /// Schedules the patience deadline `at` of `item`, set now with the
    /// given patience (so `at` is now + `patience`).
    pub fn push_patience(&mut self, at: Ms, patience: Ms, item: ItemId) {
        let s = self.set(at, Timer::Patience(item));
        let lane = match self.lanes.iter().position(|l| l.patience == patience) {
            Some(i) => Some(i),
            None if self.lanes.len() < MAX_LANES => {
                self.lanes.push(Lane {
                    patience,
                    queue: Vec::with_capacity(64),
                    head: 0,
                });
                Some(self.lanes.len() - 1)
            }
            None => None,
        };
        match lane {
            // In time order (always, unless a caller breaks the rule): the
            // lane stays sorted.
            Some(i) if self.lanes[i].queue.last().is_none_or(|l| l.at <= at) => {
                self.lanes[i].queue.push(s);
                self.added(&s, Source::Lane(i));
            }
            _ => self.push_scheduled(s),
        }
    }

    fn push_scheduled(&mut self, s: Scheduled) {
        self.heap.push(Reverse(s));
        self.added(&s, Source::Heap);
    }

    /// Finds the earliest timer again (after one was taken).
    fn refresh(&mut self) {
        let mut first = self.heap.peek().map(|Reverse(s)| (s.key(), Source::Heap));
        for (i, lane) in self.lanes.iter().enumerate() {
            if let Some(s) = lane.queue.get(lane.head)
                && first.is_none_or(|(k, _)| s.key() < k)
            {
                first = Some((s.key(), Source::Lane(i)));
            }
        }
        self.first = first;
    }

    /// When the next timer is due.
    pub fn next_at(&self) -> Option<Ms> {
        self.first.map(|((at, _), _)| at)
    }

    /// Takes the earliest timer if it is due at or before `now`.
    pub fn pop_due(&mut self, now: Ms) -> Option<Timer> {
        let ((at, _), source) = self.first?;
        if at > now {
            return None;
        }
        let timer = match source {
            Source::Heap => self.heap.pop().map(|Reverse(s)| s.timer),
            Source::Lane(i) => {
                let lane = &mut self.lanes[i];
                lane.head += 1;
                lane.queue.get(lane.head - 1).map(|s| s.timer)
            }
        };
        self.refresh();
        timer
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
    fn fires_in_time_then_in_setting_order_from_heap_or_lanes() {
        for lanes in [false, true] {
            let mut t = Timers::with_capacity(8);
            let patience = |t: &mut Timers, at: Ms, p: Ms, item: ItemId| {
                if lanes {
                    t.push_patience(at, p, item)
                } else {
                    t.push(at, Timer::Patience(item))
                }
            };
            patience(&mut t, 900, 900, 1); // seq 1
            t.push(500, Timer::Answer(0)); // seq 2
            patience(&mut t, 500, 300, 2); // seq 3: same time as the answer, set later
            patience(&mut t, 1_000, 900, 3); // seq 4
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
                ],
                "lanes: {lanes}"
            );
            assert_eq!(t.next_at(), None);
        }
    }

    #[test]
    fn out_of_order_and_many_patience_values_still_fire_in_order() {
        let mut t = Timers::with_capacity(8);
        // More distinct patience values than lanes, and one deadline set
        // earlier than its lane's last: both go through the heap.
        let n = MAX_LANES as u32 + 4;
        for i in 0..n {
            t.push_patience(10_000 - i as u64 * 100, 1_000 + i as u64, i);
        }
        t.push_patience(5_000, 1_000, 99);
        let mut expected: Vec<Timer> = (0..n).rev().map(Timer::Patience).collect();
        expected.insert(0, Timer::Patience(99));
        assert_eq!(drain(&mut t, Ms::MAX), expected);
    }
}
