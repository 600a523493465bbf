//! A bot that does anything at all: a fuzzer for the simulation and a
//! floor for calibration.

use super::Step;
use crate::sim::action::{Action, Reply};
use crate::sim::rng::SimRng;
use crate::sim::shift::Shift;

/// Random valid-looking actions at random intervals.
pub struct RandomBot {
    rng: SimRng,
}

impl RandomBot {
    /// A random bot with its own stream.
    pub fn new(seed: u64) -> RandomBot {
        RandomBot {
            rng: SimRng::new(seed, 2),
        }
    }
}

impl super::Bot for RandomBot {
    fn step(&mut self, s: &Shift) -> Step {
        let n = s.items().len();
        if n == 0 {
            return Step::Idle;
        }
        let sc = s.scenario();
        let r = &mut self.rng;
        let item = r.index(n) as u32;
        let saved = |r: &mut SimRng| {
            if sc.replies.is_empty() {
                Reply::Free("OK".into())
            } else {
                Reply::Saved(r.index(sc.replies.len()) as u16)
            }
        };
        let action = match r.range(0, 8) {
            0 => Action::Open(item),
            1 => Action::SwitchAccount(r.index(sc.accounts.len()) as u16),
            2 | 3 => Action::Post(item, saved(r)),
            4 => Action::Holding(item),
            5 => {
                let d = saved(r);
                Action::RequestApproval(item, d, None)
            }
            6 => Action::Dismiss(item),
            7 if !s.approvals().is_empty() => {
                Action::PostApproved(r.index(s.approvals().len()) as u32)
            }
            _ if !s.posts().is_empty() => Action::Delete(r.index(s.posts().len()) as u32),
            _ => Action::ReplyPersonal(item, saved(r)),
        };
        let cost = r.range(2_000, 60_000);
        Step::Act(action, cost)
    }
}
